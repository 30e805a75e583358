"""The twenty-second blind layout set, spent: measured once (files, dates, boards and kinds
10/10, points 62/62, case numbers 40/44 (91%), closed 10/12, no open point wrongly closed, 1
secret phrase findable by search/ask, cited 4/10) and then studied for round 28.

Each file under tests/resources/layouts_blind22/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 28 read what the first read missed (see test_reader28.py): a decision protocol whose
points stand under "ÅBEN DAGSORDEN" / "LUKKET DAGSORDEN" with the case number on the heading
line ("Punkt 7   Sag nr. 23/19988", the title below it) — the case number took the closed group's
status away, so the closed points' bodies were read and indexed — and a Word file that writes its
case numbers in KLE form with the scheme's name after the label ("Sagsnummer: KLE
09.02.20-P15-2-23"), read as no case number.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind22"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = ("Side 117", "Eksporteret", "Til toppen")
# This gold names each board with who publishes it ("Byrådet, Ravnsmark Kommune", "City Council,
# Ulvedal Municipality"); the reader reads the municipality as the publisher, never part of the
# board (README, Header), as every earlier gold does. A company's board is named with the company
# ("Bestyrelsen for Sølvkær Forsyning A/S"), as in layouts_blind18's and blind21's golds, while
# the reader reads "Bestyrelsen" (see test_layouts_blind21.py). The benchmark's prefix match
# takes each of them; here only the board may differ, and only so.
_PUBLISHER = "the gold adds who publishes to the board's name; the reader reads the board alone"
KNOWN = {
    "ulvedal_council_minutes_en.txt": _PUBLISHER,
    "kalvbjerg_oeu_2023-11-07_pdftotext.txt": _PUBLISHER,
    "toevlinge_kb_1986_ocr.txt": _PUBLISHER,
    "lindsvig_tmu_referat.docx": _PUBLISHER,
    "bregnehoej_handicapraad_export.html": _PUBLISHER,
    "soelvkaer_forsyning_bestyrelse.eml": "the gold names the company's board with the company",
    "fjordby_aeldreraad_dagsorden.txt": _PUBLISHER,
    "groennerup_ssu_tillaegsreferat.txt": _PUBLISHER,
    "ravnsmark_byraad_beslutningsprotokol.txt": _PUBLISHER,
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


@pytest.mark.parametrize("file", sorted(KNOWN))
def test_only_the_board_differs_and_it_heads_the_gold(
    meetings: dict[str, Meeting], file: str
) -> None:
    e = next(e for e in GOLD.expected if e["file"] == file)
    differences = gold_differences(meetings[file], e)
    assert [d.split(":")[0] for d in differences] == ["board"], differences
    board = meetings[file].board
    assert e["board"].startswith(f"{board}, ") or e["board"].startswith(f"{board} for "), board


def test_the_closed_group_closes_points_with_the_case_on_the_heading(
    meetings: dict[str, Meeting],
) -> None:
    m = meetings["ravnsmark_byraad_beslutningsprotokol.txt"]
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False), (2, False), (3, False), (4, False),
        (5, False), (6, False), (7, True), (8, True),
    ]  # fmt: skip
    assert [p.case_number for p in m.points[6:]] == ["23/19988", "24/00170"]
    assert m.points[2].sections  # an open point keeps its decisions


def test_kle_case_numbers_after_the_case_label(meetings: dict[str, Meeting]) -> None:
    m = meetings["lindsvig_tmu_referat.docx"]
    assert [p.case_number for p in m.points] == [
        None, "09.02.20-P15-2-23", "05.13.00-G01-7-24", "06.00.05-G01-2-24",
        "07.00.00-P20-1-24", None,
    ]  # fmt: skip
    assert m.points[3].closed and not m.points[3].sections
