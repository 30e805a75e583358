"""The twenty-fourth blind layout set, spent: measured once (files 10/10, dates 10/10, boards
9/10, kinds 10/10, points 60/67, case numbers 47/53 (89%), closed 11/13, 4 secret phrases
findable by search/ask, cited 4/10) and then studied for round 30.

Each file under tests/resources/layouts_blind24/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 30 read what the first read missed (see test_reader30.py): Markdown minutes whose points
are ATX headings without numbers, the closed ones under "# Lukkede punkter" (read as the three
items of a numbered list in one point's body, so no case numbers, no closed point, and four
secret phrases indexed); a school board's minutes whose decision is a numbered list 1-3 right
before point 4 (the list swallowed points 4-7, and the run from 4 won: points 1-3 lost); and an
OCR'd title "Referat af rnøde i Kommunalbestyrelsen" ("rn" for "m"), read as the board
"Rnøde i Kommunalbestyrelsen".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind24"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = ("Message-ID", "=3D", "Content-Type")
# This gold writes one kind without Danish letters ("tillaegsreferat"); the reader names the kind
# as KINDS spells it ("tillægsreferat"), and the benchmark folds the two together.
KNOWN = {
    "Tillaegsreferat_Byraadet_22062023.htm": "the gold spells the kind 'tillaegsreferat'; the "
    "reader writes 'tillægsreferat' (indexer.models.KINDS)",
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


@pytest.mark.parametrize("file", sorted(KNOWN))
def test_only_the_kinds_spelling_differs(meetings: dict[str, Meeting], file: str) -> None:
    e = next(e for e in GOLD.expected if e["file"] == file)
    differences = gold_differences(meetings[file], e)
    assert differences == ["kind: read 'tillægsreferat', gold 'tillaegsreferat'"]


def test_markdown_headings_without_numbers(meetings: dict[str, Meeting]) -> None:
    m = meetings["referat-aeldreraadet-2022-11-08.md"]
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False), (2, False), (3, False), (4, False), (5, False), (6, True), (7, True),
    ]  # fmt: skip
    assert [p.case_number for p in m.points][5:] == ["22/19877", "22/20101"]
    assert not m.points[5].sections and not m.points[6].sections


def test_a_decision_list_before_the_next_point(meetings: dict[str, Meeting]) -> None:
    m = meetings["Skolebestyrelsen_referat_12-09-2017.txt"]
    assert [p.number for p in m.points] == list(range(1, 8))
    assert m.points[5].closed and not m.points[5].sections


def test_ocr_rn_for_m_before_the_board(meetings: dict[str, Meeting]) -> None:
    m = meetings["scan_KB_Ulvsund_1978-11-14_OCR.txt"]
    assert m.board == "Kommunalbestyrelsen"
