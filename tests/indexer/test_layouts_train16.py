"""Training layouts of round 17: invented minutes in layout families the reader had little of.

Each file under tests/resources/layouts_train16/ is an invented meeting (our own words, names
and case numbers): a Word file whose header is a Word table and whose points are an
automatically numbered Word list (the numbers are not in the text); a Word tillægsreferat with
"Ad punkt N - Title" headings and "J.nr."; an agenda-system page saved in windows-1252 whose
closed points are marked by a lock image's alt text or by a CSS class alone; a web protocol
whose points are the rows of a table (number, title, case number, status, decision); PDF text
with two-column header lines, the case number in the heading line's right column and a page
header repeating the board and date; minutes whose board only the "Beslutning i X den …" lines
name; an extraordinary meeting with roman-numeral points and "d. 3/4-2019"; English minutes of
a Faroese-style town council with lettered points; informal minutes with the agenda listed
above "Ad 1." points and a date written "11. april 19"; an agenda of fifteen points with
"Meddelelser", "Eventuelt" and a "LUKKEDE PUNKTER" group. expected.json holds what a reader of
each file sees, in the gold format of benchmarks/layouts.py, and the words only a closed body
holds. make_files.py builds the .docx files and the windows-1252 page.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train16"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1 af", "Side 2 af", "Sagsnr", "Sags-ID", "Journalnr", "J.nr", "Case no",
    "Udskrevet", "Torvet 1", "Rådhuspladsen 2", "Plan- og Miljøudvalget, 14.05.2024",
)  # fmt: skip
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
