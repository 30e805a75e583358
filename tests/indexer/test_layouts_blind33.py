"""The thirty-third blind layout set, spent: measured once (files 9/10, points 52/58, case
numbers 36/42, closed 8/10) and then studied for round 40.

Each file under tests/resources/layouts_blind33/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 40 read what the first read missed (see test_reader40.py): a municipal council's minutes
saved as Rich Text Format were read as plain text, control words and all, and not read at all;
RTF is now read through striprtf. Typed minutes that give each point a page opened every page
with "Punkt: N   Sagsnr.: …", alike but for the digits, and that line was dropped as a running
header: six points of seven were lost. A bare labelled heading is no running header now, a case
field with a dash for its value is no title, and a section heading with its colon is no title
below a closed mark alone.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind33"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = (
    "Message-ID",
    "Content-Type",
    "Side 2 af 8",
    "Side 8 af 8",
    "Krogsvang Kommune                    Økonomiudvalget",
    "________",
    "Side \\chpgn",
    "Times New Roman",
    "\\par",
)
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_rtf_minutes_are_read(meetings: dict[str, Meeting]) -> None:
    page = meetings["10_raevelund_kommunalbestyrelsen_1993.rtf"]
    assert (page.board, page.date.isoformat(), page.kind) == (
        "Kommunalbestyrelsen",
        "1993-03-29",
        "referat",
    )
    assert [(p.number, p.case_number, p.closed) for p in page.points] == [
        (41, None, False),
        (42, "17.02.06P20", False),
        (43, "01.02.05P16", False),
        (44, "05.01.00Ø00", False),
        (45, "07.18.04G01", True),
        (46, None, False),
    ]
    # The footer group ("… - Side \chpgn") is furniture; no control word reaches the text.
    assert "\\" not in page.text and "Side" not in page.text


def test_the_paged_points_are_not_running_headers(meetings: dict[str, Meeting]) -> None:
    page = meetings["04_krogsvang_oekonomiudvalget_1997.txt"]
    assert [(p.number, p.case_number, p.closed) for p in page.points] == [
        (1, "97/0412", False),
        (2, "97/0388", False),
        (3, "97/0156", False),
        (4, "96/2210", False),
        (5, "97/0501", True),
        (6, "97/0477", True),
        (7, None, False),
    ]
    assert page.points[-1].title == "Eventuelt"
    # The closed point's mark stands in the title's place; its first section is no title.
    assert page.points[4].title == "Lukket"
