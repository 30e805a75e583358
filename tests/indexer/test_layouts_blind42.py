"""The forty-second blind layout set, spent: measured once and then studied for round 50.

Each file under tests/resources/layouts_blind42/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

The first read found the other files with every point and closed point, and their dates and
kinds. It missed (see test_reader50.py):

- the typed 1976 protocol 02's closed point: "Derefter behandledes for lukkede døre:" between
  two points, a lead that names no subject, closed nothing, and three words only the closed
  body holds were findable; and its board was read "Byraadet", the council's word in the
  spelling before 1948, where the gold writes "Byrådet";
- the OCR'd 05 altogether ("no meeting date"): its date is typed "den 2l. oktober l998", OCR's
  "l" for "1";
- the case numbers of the Markdown agenda 10, labelled by the board's word joined to "sag"
  ("Lokalrådssag LR-2026-03");
- the PDF 07's board, read "Sølvhede Fjernvarme a.m.b.a." from its running head
  ("Sølvhede Fjernvarme a.m.b.a.  ·  Bestyrelsesmøde 18. november 2009") above "Referat af
  bestyrelsesmøde": the company's board, "Bestyrelsen for …", as layouts_blind18's gold names
  such a board.

And closing matter was the last points' text (no secret, no title): 01's row of the signers'
names, set apart by tabs, and 04's footer under a rule of "=" and its e-mail disclaimer typed
over two lines.

And 02's first title lost its second line ("… fra mødet" / "den 12. februar 1976.", set in the
title's column under a hanging indent, no case number under it), read as the point's text.

Left: 09's gold spells the kind without Danish letters (a gold disagreement, not a miss).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind42"
# A typed protocol's and a scan's page furniture and closing lines: none of it a point's text.
FURNITURE = (
    # 01: the signers' row and the meeting system's footer.
    "Karsten Lyhne\tPia Holmgaard",
    "Genereret af eDoc",
    # 02: the protocol's page numbers and closing line.
    "Side 47",
    "Side 48",
    "Mødet hævet",
    # 04: the mail's footer under a rule and its disclaimer, typed over two lines.
    "=====",
    "Sekretariat: Rådhusvej 4",
    "Denne e-mail kan indeholde",
    "rette modtager",
    # 05: the scan's running head and the referent's line.
    "KRAGEDAL KORNMUNE",
    "Referent: Kirsten Qvist",
    # 07: the PDF's running header.
    "Bestyrelsesmøde 18. november 2009",
    # 10: the wiki page's trail, edit line and footer.
    "Senest redigeret",
    "Til toppen",
    "CVR 41 55 20 87",
)
KNOWN = {
    "09_egesoe_oekonomiudvalget_2004.rtf": "the gold spells the kind 'tillaegsreferat'; the "
    "reader writes 'tillægsreferat' (indexer.models.KINDS)",
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


@pytest.mark.parametrize(
    ("file", "difference"),
    [
        (
            "09_egesoe_oekonomiudvalget_2004.rtf",
            "kind: read 'tillægsreferat', gold 'tillaegsreferat'",
        ),
    ],
)
def test_only_the_known_differences(
    meetings: dict[str, Meeting], file: str, difference: str
) -> None:
    e = next(e for e in GOLD.expected if e["file"] == file)
    assert gold_differences(meetings[file], e) == [difference]


def test_the_closed_points_hold_no_text(meetings: dict[str, Meeting]) -> None:
    for file, number in (
        ("02_havrebakke_byraadet_1976.txt", 7),
        ("05_kragedal_handicapraadet_1998.txt", 5),
        ("10_vibeskov_lokalraadet-vibeskov-nord_2026.md", 5),
    ):
        point = meetings[file].point(number)
        assert point is not None and point.closed, file
        assert not any(s.text.strip() for s in point.sections), file
    # The points above the closed part stay open and keep their text.
    six = meetings["02_havrebakke_byraadet_1976.txt"].point(6)
    assert six is not None and not six.closed and "plejehjem Solbakken" in six.text
    assert "lukkede døre" not in six.text


def test_the_ocr_scan_is_read(meetings: dict[str, Meeting]) -> None:
    m = meetings["05_kragedal_handicapraadet_1998.txt"]
    assert m.date.isoformat() == "1998-10-21"
    assert [p.case_number for p in m.points][1:5] == [
        "05.13.00-G01-2-98", "27.00.00-P22-1-98", "27.12.04-A00-3-98", "27.24.00-K09-7-98",
    ]  # fmt: skip
