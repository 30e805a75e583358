"""The seventeenth blind layout set, spent: measured once (files 10/10, dates 10/10, boards
9/10, kinds 9/10, points 68/74, case numbers 56/63, closed 10/11, 0 secrets, cited 5/10) and
then studied for round 22.

Each file under tests/resources/layouts_blind17/ is an invented meeting written by a helper who
saw neither the reader nor the other sets: a municipal web page with a contents table and a
signature sheet after the points, an agenda system's text export, a school board's Word file
with a table of decisions by point after the points, a Markdown page exported from an intranet
(front matter, a breadcrumb of links split by "›", a stamp in a quote, a contents list of links
whose closed entry has none), an agenda's web page, a tillægsreferat, a council's decision
protocol, a city council's English summary, typed OCR'd minutes of 1994, and a utility
company's "BESLUTNINGSREFERAT" whose points are a table typed in columns ("Pkt.  Emne /
Sagsnr.   Beslutning", the case under the title, a closed note in the decision column).
expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind17"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1/3",
    "Side 2/3",
    "CVR 33 71 45 90",
    "Sidst opdateret af",
    "Rapportér fejl på siden",
    "Privatlivspolitik",
    "](",
)
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
