"""The sixteenth blind layout set, spent: measured once (files 10/10, dates 9/10, boards 9/10,
kinds 10/10, points 65/65, case numbers 47/48, closed 12/12, 0 secrets, cited 6/10) and then
studied for round 21.

Each file under tests/resources/layouts_blind16/ is an invented meeting written by a helper who
saw neither the reader nor the other sets: a municipal web page with a contents list, a Word
file with "Pkt. 153" headings and a contents list with page numbers, PDF text with "Nr.58 -"
headings, running page headers and dotted leaders, an agenda system's text export with rule
lines under each "Punkt 1 -" heading and its fields in columns, a Markdown portal page, typed
OCR'd minutes of 1997 titled "Protokol for Kommunalbestyrelsens møde" with "§ 1." points, an
agenda's web page, a tillægsreferat, a utility company's board seminar over two days (dated
"torsdag den 30. og fredag den 31. august 2012", its programme grouped under each day's
heading, "Ad 1" points and a closed mark under a point's case number), and a city council's
English minutes with "Item 1" headings. expected.json holds what a reader of each file sees, in
the gold format of benchmarks/layouts.py, and the words only a closed body holds.

The gold of 09 writes the utility's board as "Bestyrelsen", the convention of layouts_train13,
14, 17 and 18 for a company's board (the benchmark counted "Bestyrelsen" as right against the
first gold, "Bestyrelsen for Vestkyst Forsyning A/S").
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind16"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1 af",
    "Side 112",
    "Side 113",
    "Sagsbehandler:",
    "Udskrevet",
    "CVR-nr.",
    "J.nr.",
    "Åbent/lukket:",
)
GOLD = gold_checks(
    BLIND,
    furniture=FURNITURE,
    known={
        "06_kommunalbestyrelsen_1997-11-12_ocr.txt": "point 5's heading is OCR'd "
        "'Ansøgnlng om lån fra Tvilum Boldklub' (an 'l' for an 'i'); the reader keeps a title as "
        "written and guesses no word, the gold writes it right",
    },
)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
