"""The twenty-fifth blind layout set, spent: measured once (files 9/10, points 59/60, case
numbers 41/45, closed 12/12, cited 4/10) and then studied for round 31.

Each file under tests/resources/layouts_blind25/ is an invented meeting written by a helper who
saw neither the reader nor the other sets (make_docx.py builds the two Word files).
expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.

Round 31 read what the first read missed (see test_reader31.py): a company board's Word minutes
without numbers, the agenda a bulleted list under "Dagsorden" and each point under its bold
title (not read at all; its first entry's date "29. marts 2023" would have dated the meeting);
the closed point's "(Lukket punkt – ikke offentlig)"; a first point "ØU 112 Godkendelse af
dagsorden" with only a decision, lost from a run of "ØU 113 …" headings; and a web page's
"Link til punkt" permalink between each heading and its "Sagsnr.:", which hid four case
numbers.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind25"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = ("Message-ID", "=3D", "Content-Type", "Link til punkt", "Udskriv punkt")
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_listed_word_titles_without_numbers(meetings: dict[str, Meeting]) -> None:
    m = meetings["lindholt_forsyning_bestyrelse_2023-06-21.docx"]
    assert m.date.isoformat() == "2023-06-21"
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False), (2, False), (3, False), (4, False), (5, True), (6, False), (7, False),
    ]  # fmt: skip
    assert not m.points[4].sections


def test_a_first_code_point_with_only_a_decision(meetings: dict[str, Meeting]) -> None:
    m = meetings["hallerup_oekonomiudvalg_2019-11-12.txt"]
    assert [p.number for p in m.points] == list(range(112, 119))


def test_permalinks_leave_the_case_numbers(meetings: dict[str, Meeting]) -> None:
    m = meetings["fredbo_referat_2021-03-15.html"]
    assert [p.case_number for p in m.points] == [
        None, "21/2317", "20/11842", "21/0954", "21/1630", None,
    ]  # fmt: skip
