"""Training layouts of round 13: invented minutes in forms the reader misread when written.

Each file under tests/resources/layouts_train13/ is an invented meeting (our own words, names and
case numbers): PDF text with running footers that hold the page ("Økonomiudvalget | 14-01-2027 |
Side 1 af 3") and an export stamp, a Markdown portal export with metadata as list items, a web
page that sets each point's number in an element of its own, a typed 1994 protocol with titles
ending in a period and a closed group, a local council's minutes in a mail citing the
municipality's case number, a Word file with a metadata table under each heading, an agenda
with a lettered point, and a utility's board minutes whose closed point has only marks for a
title. Several titles open with a number ("2027-budget …", "2. behandling …", "10-års plan").
expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train13"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1 af", "Side 2 af", "Udskrevet", "eksporteret", "genereret", "underskrevet digitalt",
    "Sagsbehandler", "Sagsnr", "Status:",
)  # fmt: skip
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
