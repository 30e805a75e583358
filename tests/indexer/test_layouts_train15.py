"""Training layouts of round 15: invented minutes in layout families the reader had little of.

Each file under tests/resources/layouts_train15/ is an invented meeting (our own words, names
and case numbers), written by a helper who saw no code: a finance committee's PDF text with a
dotted contents list, running headers and "Pkt. N" headings; a web page whose points are
tables with the case number in a cell and the decision's label said again under its heading
("Beslutning" / "Beslutning: Godkendt."); Word files with a "LUKKET PUNKT" line above a closed
heading; an agenda in Markdown with a breadcrumb and a site footer ending the last point; an
English summary whose board line gives the Danish name in brackets ("Finance Committee
(Økonomiudvalget)"); labelled header fields in columns with "Sag nr." above "Nr.N - Title"
and labels such as "Beskrivelse af sagen:" and "Forvaltningen indstiller:"; committee codes
with an open/closed letter ("ØU-44/25-L Lukket punkt"); unnumbered points with "Åben sag"
lines; a tillægsreferat with "Sags-id". expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train15"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1 af", "Side 2 af", "Sagsnr", "Sag nr", "Sags-id", "Journalnr", "Case no",
    "Sagsbehandler", "Til toppen", "Rådhustorvet 1", "____", "Udskrevet",
)  # fmt: skip
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
