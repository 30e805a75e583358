"""Training layouts of round 20: invented minutes in layout families no set had.

Each file under tests/resources/layouts_train18/ is an invented meeting (our own words, names
and case numbers): a case system's export with points "Sag 12 Title", "Sagsnummer:
EMN-2025-00412", "Udvalgets beslutning" and "Punktet er lukket." (dated "06-03-25"); a region
council's protocol with "§ 31 Title" points and decisions under "Afgørelse:", a point closed by
"Fortrolig" alone; an SBSYS-like web page with an attendance table and each point's "Sags-ID"
and status in a table; a utility company's board minutes in Markdown with points "### 01 Title",
a Markdown attendance table and "**Bestyrelsens beslutning:**"; Netpublicator-like PDF text
with a contents list, repeated page headers and "Sags-ID:" lines; a TAB attendance table and
"Punkt 1." with the title below; an English youth council's "Agenda item 2 - Title" with "This
item is confidential."; a Word file whose points are "Sag 1 - Title" in heading styles with a
Sagsnr. | Status table; typed minutes of 1994 with "Sag nr. 94/0312" and "Afgørelse:"; an agenda
dated "06.03.25" with "Sag: 25/1120". expected.json holds what a reader of each file sees, in
the gold format of benchmarks/layouts.py, and the words only a closed body holds. make_files.py
builds the .docx file.

First read (before this round's rules for it): files, dates, boards, kinds 10/10, points 38/43,
case numbers 32/36, closed 8/10, 1 secret findable, cited 8/10.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train18"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 2 af",
    "Sagsnummer",
    "Sags-ID",
    "Sagsbehandler",
    "Sag nr.",
    "Torvet 1",
    "Fremmøde",
)
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
