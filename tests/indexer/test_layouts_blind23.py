"""The twenty-third blind layout set, spent: measured once (files 9/10, dates 9/10, boards 8/10,
kinds 9/10, points 55/60, case numbers 46/52 (88%), closed 10/11, 3 secret phrases findable by
search/ask, cited 2/10) and then studied for round 29.

Each file under tests/resources/layouts_blind23/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 29 read what the first read missed (see test_reader29.py): a supplement whose points are
numbered by the committee's code with one space before the title ("SSU 88 Title", read as
points 1-5 with the code in the title) and whose closed point's badge ended up after its KLE
case line ("KLE: … (Lukket)", read as no case and no status, so three secret phrases were
indexed); an e-mail whose points are underlined titles (not read at all); "Til stede fra
bestyrelsen:" read as the board; and a web page's "Vis alle punkter   Skjul alle punkter"
toggle, which made the contents' last entry a point of its own (the real one renumbered).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind23"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = ("Til toppen", "Skjul alle punkter", "Message-ID", "=3D", "Del på Facebook")
# This gold writes one kind without Danish letters ("tillaegsreferat"); the reader names the kind
# as KINDS spells it ("tillægsreferat"), and the benchmark folds the two together.
KNOWN = {
    "tillaegsreferat_ssu_04-06-2018.htm": "the gold spells the kind 'tillaegsreferat'; the "
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


def test_points_numbered_by_the_committee_code(meetings: dict[str, Meeting]) -> None:
    m = meetings["tillaegsreferat_ssu_04-06-2018.htm"]
    assert [(p.number, p.label, p.closed) for p in m.points] == [
        (88, "SSU 88", False), (89, "SSU 89", False), (90, "SSU 90", False),
        (91, "SSU 91", True), (92, "SSU 92", False),
    ]  # fmt: skip
    assert m.points[3].case_number == "32.18.08-K07-2-18" and not m.points[3].sections


def test_underlined_titles_of_an_email(meetings: dict[str, Meeting]) -> None:
    m = meetings["Referat skolebestyrelsesmøde januar.eml"]
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False), (2, False), (3, False), (4, False), (5, True), (6, False),
    ]  # fmt: skip
    assert m.board == "Skolebestyrelsen ved Egebakkeskolen"
    assert "Malthe" not in m.text


def test_the_contents_last_entry_is_no_point(meetings: dict[str, Meeting]) -> None:
    m = meetings["dagsorden-og-referat_teknik-og-miljoudvalget_11-03-2021.txt"]
    assert [p.number for p in m.points] == list(range(41, 49))
    assert m.points[-1].case_number == "21/0042" and not m.warnings


def test_present_from_the_board_is_no_board(meetings: dict[str, Meeting]) -> None:
    m = meetings["Beslutningsprotokol_bestyrelsesmoede_19092024.txt"]
    assert m.board == "Bestyrelsen for Nordkyst Forsyning A/S"
    assert len(m.attendees) == 5
