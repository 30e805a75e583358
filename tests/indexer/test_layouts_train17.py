"""Training layouts of round 18: invented minutes in layout families the reader had little of.

Each file under tests/resources/layouts_train17/ is an invented meeting (our own words, names
and case numbers): a regional council's minutes as PDF text with every line numbered (the
numbers restarting on each page); informal school board minutes of a meeting held "via Teams"
at "kl. 16.00-18.30" with "1)" points and a point "behandlet for lukkede døre"; a housing
association board's minutes dated only in the file name; an agenda system's export with each
point an <article> and its metadata in <dl><dt>Sagsnr.</dt><dd>…</dd>; a Word file whose
decisions sit in a two-column table (Indstilling | Beslutning); a council's protocol with
points numbered "§ 41."; a senior council's points numbered "Sag 31/2024:" in the year's run;
one file holding the agenda and then the minutes ("Ad 1."); a "Beslutningsprotokol" with
"Indstilling:", "Behandling:" and "Beslutning:" inline; a utility company board's minutes with
"Ad dagsordenens punkt 3:" and a point "ikke til offentliggørelse". expected.json holds what a
reader of each file sees, in the gold format of benchmarks/layouts.py, and the words only a
closed body holds. make_files.py builds the .docx file.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train17"
# Furniture and metadata that must never reach a section's text.
FURNITURE = ("Side 1 af", "Side 2 af", "Sagsnr", "J.nr", "Torvet 1", "Åben/lukket")
GOLD = gold_checks(TRAIN, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section
