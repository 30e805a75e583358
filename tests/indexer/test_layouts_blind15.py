"""The fifteenth blind layout set, spent: measured once (files 10/10, dates 10/10, boards 10/10,
kinds 10/10, points 65/67, case numbers 44/59, closed 10/10, 0 secrets) and then studied for
round 20.

Each file under tests/resources/layouts_blind15/ is an invented meeting written by a helper who
saw neither the reader nor the other sets: web and Word exports, PDF text, a Markdown portal
page, an agenda system's text export whose point headings are framed by rule lines ("-----"
above and below, the case number under the lower rule), typed minutes of 1998 with KLE case
numbers whose facet is joined to its digits ("J.nr. 00.30.10 S00"), a utility's agenda, a
tillægsreferat, an Acadre page, and a growth board's minutes with "Ad pkt. 2 –" headings and
the case number under a "KLE-nr.:" label in full case form ("13.03.00-G01-2-12").
expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind15"
# Furniture and metadata that must never reach a section's text.
FURNITURE = ("Side 87", "Side 88", "Sagsansvarlig:", "KLE-nr.", "J.nr.", "Udskrevet fra")
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
