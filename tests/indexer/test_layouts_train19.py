"""Training layouts of round 23: invented minutes in layout families no set had.

Each file under tests/resources/layouts_train19/ is an invented meeting (our own words, names
and case numbers): an Acadre-like decision protocol page with each point in a label/value
table ("Punkt nr. | 21", "Overskrift | Title", "Åben/lukket | Lukket"), dated "d. 3/2 2021"; a
Word file whose points are "List Number" paragraphs (the number is Word's, not the text's)
with the case number in a one-row table beside the caseworker; pdftotext output of a two-column
layout (section names in a left column, text in the right, the case number at the end of the
heading line "Pkt. 57   Title   2021-000214"), dated "2021-02-03"; a "Dagsorden og referat"
whose points give "Beslutning i <udvalg> den <dato>" twice (postponed, then decided), dated
"3. feb. 2021"; a regional council's page with the number and the title in separate elements
and a point that is only "Lukket punkt"; a joint committee of two municipalities ("Det
fælleskommunale Affaldsudvalg for Lervig og Hjortsø Kommuner") with lettered points and
"Sagen:" sections; an English council's "Point 4 – Title (Closed item)" with "File number:";
a municipal council whose closed points are listed last under "Lukkede punkter", their numbers
going on, dated "den 25.3.2021". expected.json holds what a reader of each file sees, in the
gold format of benchmarks/layouts.py, and the words only a closed body holds. make_docx.py
builds the .docx file.

First read (before this round's rules for it): files, dates, kinds 8/8, boards 7/8, points
41/48, case numbers 37/42, closed 8/9, no secret findable, cited 5/8.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train19"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1 af",
    "Punkt nr.",
    "Overskrift",
    "Åben/lukket",
    "Sagsnr",
    "Sagsnummer",
    "Sagsbehandler",
    "J.nr.",
    "File number",
    "Rådhustorvet",
    "Damvej 4",
    "Tilgængelighedserklæring",
    "Lukkede punkter",
)
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
