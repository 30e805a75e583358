"""The thirty-fourth blind layout set, spent: measured once (files 9/10, boards 8/10, kinds 8/10,
points 58/58 and case numbers 42/42 of the files read, closed 9/9) and then studied for round 41.

Each file under tests/resources/layouts_blind34/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 41 read what the first read missed (see test_reader41.py): a committee's page that heads
each point with an accordion's toggle button, its number and title in spans and no heading
element, lost every heading with the button and was not read at all; such a toggle is the
point's heading now. An agenda's status line ("Referat offentliggøres efter mødet") made the
agenda read as minutes; a kind announced as still to come names what the file is not. A harbour
board's PDF titled "<Harbour> - Referat af bestyrelsesmøde" above "Referat af møde i Bestyrelsen
for <Harbour>" was read as the harbour's board "<Harbour>"; the board of it is read now.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind34"
# Furniture, metadata and what an e-mail or a web page carries besides its text.
FURNITURE = (
    "Message-ID",
    "Content-Type",
    "Side 1 af 10",
    "Side 9 af 10",
    "Gå til indhold",
    "Til toppen",
    "Fold alle ud",
    "Privatlivspolitik",
    "Tilgængelighedserklæring",
    "Cookiepolitik",
    "Log ind",
)
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_toggle_headed_points_are_read(meetings: dict[str, Meeting]) -> None:
    page = meetings["01_lyngdrup_teknik-og-miljoeudvalget_2019.html"]
    assert (page.board, page.date.isoformat(), page.kind) == (
        "Teknik- og Miljøudvalget",
        "2019-09-17",
        "referat",
    )
    assert [(p.number, p.case_number, p.closed) for p in page.points] == [
        (1, None, False),
        (2, "19/14022", False),
        (3, "19/09517", False),
        (4, "18/22610", False),
        (5, "19/11873", False),
        (6, "19/15030", True),
        (7, "19/15512", True),
        (8, None, False),
    ]
    # The badge in the toggle is the closed mark; the title before it is the point's.
    assert page.points[5].title.startswith("Erstatning for ekspropriation")
    assert page.points[0].title == "Godkendelse af dagsorden"


def test_the_agenda_that_promises_minutes_is_an_agenda(meetings: dict[str, Meeting]) -> None:
    page = meetings["08_egelykke_boerne-og-ungeudvalget_2026.html"]
    assert (page.kind, page.date.isoformat()) == ("dagsorden", "2026-01-14")


def test_the_harbours_board_is_read_in_full(meetings: dict[str, Meeting]) -> None:
    page = meetings["10_kalvoe_havnebestyrelsen_2017.pdf"]
    assert page.board == "Bestyrelsen for Kalvø Havn"
