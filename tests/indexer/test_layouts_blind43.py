"""The forty-third blind layout set, spent: measured once and then studied for round 51.

The first read missed (see test_reader51.py): 09's date (wrapped over two lines), board (named
in a sentence going on "held in the"), points 1-3 and 7 (a wrapped list of members opening
"S. Dhillon" read as a lettered point 19) and its closed point under "PART II - CONFIDENTIAL
(NOT FOR PUBLICATION)", whose secret words were findable; 10's closed minutes set after the
open ones under a "LUKKET REFERAT - …" banner, read as open points 8 and 9 (secret words
findable); 05's case numbers written "Sag S2024-101" under each heading.

Left: 08's closed title is read as its mark alone; 10's closed points, written again in full
under the banner, are read as points 8 and 9 (closed) beside the open minutes' placeholders.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind43"
KNOWN = {
    "08_nordmark_kommunalbestyrelse_ocr1978.txt": "the closed title is read as its mark alone",
    "10_skovlund_beskaeftigelse_aabent_lukket.html": "the closed minutes' points are read again "
    "as points 8 and 9 (closed), the placeholders' titles as 'Lukket'",
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
