"""The twenty-ninth blind layout set, spent: measured once (files 9/10, case numbers 50/51) and
then studied for round 36.

Each file under tests/resources/layouts_blind29/ is an invented meeting written by a helper who
saw neither the reader nor the other sets (make_docx.py builds the Word file). expected.json
holds what a reader of each file sees, in the gold format of benchmarks/layouts.py, and the
words only a closed body holds.

Round 36 read what the first read missed (see test_reader36.py): an English summary page whose
only line naming the board names the municipality after it ("City Council (Byrådet), …
Municipality") was not read at all, the municipality's English name taken for part of the
board; it is the publisher, as "… Kommune" is on a Danish page. A typed 1987 protocol's title
cut at a comma ("… maskinhus ," / "Tranevej 3 .") goes on to its period, so the case number
under it is the point's.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind29"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = ("Message-ID", "Content-Type", "Side 1 af", "Dansk | English")
KNOWN = {
    "06_toervslev_teknisk_1987.txt": (
        "the scan's letters are read as scanned ('pa' for 'på', 'omradet' for 'området') and "
        "its titles keep their typed double spaces; 'TEKNISK UDVALG' is read 'Teknisk udvalg' "
        "(the benchmark's folded comparison counts titles and board right)"
    ),
    "07_hammerholt_citycouncil_2023.html": (
        "the page names the council in both languages, 'City Council (Byrådet)': the reader "
        "reads the Danish name the archive knows it by, as since round 19 (layouts_blind14's "
        "gold for the same form is 'Byrådet'); this gold writes 'City Council'"
    ),
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_english_page_reads_but_for_the_boards_language(meetings: dict[str, Meeting]) -> None:
    page = meetings["07_hammerholt_citycouncil_2023.html"]
    assert (page.board, page.date.isoformat(), page.kind) == ("Byrådet", "2023-10-26", "referat")
    assert [(p.number, p.case_number, p.closed) for p in page.points] == [
        (1, None, False),
        (2, "23/1021", False),
        (3, "23/4410", False),
        (4, "23/3876", False),
        (5, "23/5120", False),
        (6, "23/5503", True),
        (7, None, False),
    ]


def test_every_case_number_of_the_typed_protocol_is_read(meetings: dict[str, Meeting]) -> None:
    typed = meetings["06_toervslev_teknisk_1987.txt"]
    assert [p.case_number for p in typed.points] == [
        "87/114",
        "87/098",
        "87/131",
        "87/140",
        "87/087",
        "87/102",
    ]
    assert typed.points[2].title.endswith("Tranevej  3")
