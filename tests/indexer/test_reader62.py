"""Round 62 of the reader: the form layouts_blind54 (measured once, now spent) leaked, in
invented words. "Udelukket fra offentlighed: Title" — the status without the definite ending
minutes usually give it ("offentligheden") — closes the point, as a title's mark and as a
closing sentence ("Punktet er udelukket fra offentlighed.")."""

from __future__ import annotations

from indexer.headings import closed_title
from indexer.parse import parse_text

MINUTES = """REFERAT Teknik- og Miljøudvalget d. 03-03-2021

Punkt 1: Udelukket fra offentlighed: Køb af et areal ved havnen

21/0301

Sagsfremstilling

Sælgeren Strandvig Ejendomme ApS forlanger 4.100.000 kr.

Punkt 2: Nye bænke på torvet

21/0302

Sagsfremstilling

Der opstilles seks bænke.
"""


def test_excluded_from_the_public_without_its_ending_closes_the_point() -> None:
    assert closed_title("Udelukket fra offentlighed: Køb af et areal ved havnen")
    assert closed_title("Køb af et areal ved havnen (udelukket for offentlighed)")
    meeting = parse_text(MINUTES, "invented.txt")
    first, second = meeting.points
    assert first.closed and not any("Strandvig" in s.text for s in first.sections)
    assert not second.closed
