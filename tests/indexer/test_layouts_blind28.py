"""The twenty-eighth blind layout set, spent: measured once (everything read as its gold but the
case numbers, 39/44) and then studied for round 34.

Each file under tests/resources/layouts_blind28/ is an invented meeting written by a helper who
saw neither the reader nor the other sets (make_docx.py builds the Word file). expected.json
holds what a reader of each file sees, in the gold format of benchmarks/layouts.py, and the
words only a closed body holds.

Round 34 read what the first read missed (see test_reader34.py): a scanned 1996 protocol's
journal numbers, a KLE number and the journal's year/serial joined by a spaced dash
("J.nr. 00.30.10 - 96/418"), read whole rather than as the KLE number alone. Round 35 (see
test_reader35.py): a web page's numbered list in a body whose "2." item was taken for a heading
(hvidkaer: a second punkt 2 that cut point 3's text) is read as that body's list. Round 36 (see
test_reader36.py): a page's last line of links beside a link to its top ("Til toppen · Alle
møder", "Back to top | Print | Contact …") ends the last point's text as the page's footer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks

from indexer.models import Meeting, case_agrees

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind28"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = (
    "Message-ID", "=3D", "Content-Type", "Side 1 af", "Hent samlet PDF", "Cookiepolitik",
    "Tilgængelighedserklæring",
)  # fmt: skip
# A web page's link back to its top, checked apart: two pages' last link line reached the last
# point's text until round 36 read a line of links beside a link to the top as the page's footer.
TO_TOP = ("Til toppen", "Back to top")
# (The benchmark counts the kind right; the strict check compares as written.)
KNOWN = {
    "ravnsholt_kb_tillaegsreferat_23-6-2021.txt": (
        "the gold spells the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat'"
    ),
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


@pytest.mark.parametrize("file", [e["file"] for e in GOLD.expected])
def test_links_to_the_top_never_reach_a_section(meetings: dict[str, Meeting], file: str) -> None:
    for p in meetings[file].points:
        for s in p.sections:
            assert not any(f in s.text for f in TO_TOP), (p.number, s.text)


def test_journal_numbers_read_whole(meetings: dict[str, Meeting]) -> None:
    scan = meetings["broendsted_socialudvalget_1996_scan_ocr.txt"]
    cases = [p.case_number for p in scan.points if p.case_number]
    assert cases == [
        "00.30.10 - 96/418",
        "27.12.08 - 96/377",
        "27.36.00 - 96/402",
        "81.06.00 - 96/409",
        "03.02.04 - 95/1127",
    ]
    # Either half still finds its point, as the KLE number alone did before.
    assert case_agrees(cases[0], "96/418") and case_agrees(cases[0], "00.30.10")
