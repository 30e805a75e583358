"""The fourteenth blind layout set, spent: measured once (files 10/10, dates 10/10, boards 9/10,
kinds 10/10, points 60/64, case numbers 54/64, closed 13/14) and then studied for round 19.

Each file under tests/resources/layouts_blind14/ is an invented meeting written by a helper who
saw neither the reader nor the other sets: a city council's minutes as text, web exports, a
Word file, a Markdown file, an agenda with "Nr.1 - Title" points and "Sag nr. 2417" under each,
a tillægsreferat whose points are "Tillægspunkt 15:" (one closed by a note under its heading),
an English summary page of the city council ("City Council (Byrådet)") under a site's menus.
expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind14"
# Furniture and metadata that must never reach a section's text.
FURNITURE = ("Side 1 af", "Sagsid:", "Case no.")
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
