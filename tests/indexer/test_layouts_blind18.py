"""The eighteenth blind layout set, spent: measured once (files 10/10, dates 9/10, boards
10/10, kinds 10/10, points 74/74, case numbers 47/47, closed 11/11, 0 secrets, cited 4/10) and
then studied for round 24.

Each file under tests/resources/layouts_blind18/ is an invented meeting written by a helper who
saw neither the reader nor the other sets: a municipal web page of a committee's minutes, a
finance committee's text export with page numbers, a children's committee's Word file, a
utility company's board minutes exported from an intranet as Markdown (front matter whose
"exported:" field dates the file, a breadcrumb of links, a table of facts, the meeting's date
in a heading below them), an agenda's web page, a tillægsreferat, a council's decision protocol,
a region's English summary, typed OCR'd minutes of 1994 and a school board's minutes sent as an
e-mail. expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind18"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 2 af 9",
    "exported_by",
    "Privatlivspolitik",
    "Accessibility statement",
    "](",
)
GOLD = gold_checks(
    BLIND,
    furniture=FURNITURE,
    known={
        "norrevang_forsyning_bestyrelse.md": "the board is read as 'Bestyrelsen', the gold "
        "names whose ('Bestyrelsen for Nørrevang Forsyning A/S': the company stands alone in "
        "the heading above the minutes' title)",
        "hedelund_teknisk_1994_ocr.txt": "the board, typed in capitals ('TEKNISK UDVALG'), is "
        "read 'Teknisk udvalg'; the gold writes 'Teknisk Udvalg'",
    },
)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_only_the_known_boards_differ(meetings: dict[str, Meeting]) -> None:
    """The known files differ from their gold in the board alone: the Markdown export's date is
    its heading's (27 November 2024), not the front matter's "exported:" (9 December)."""
    for e in GOLD.expected:
        if e["file"] in ("norrevang_forsyning_bestyrelse.md", "hedelund_teknisk_1994_ocr.txt"):
            differences = gold_differences(meetings[e["file"]], e)
            assert [d.split(":")[0] for d in differences] == ["board"], differences
    assert meetings["norrevang_forsyning_bestyrelse.md"].date.isoformat() == "2024-11-27"
