"""The forty-fifth blind layout set, spent: measured once and then studied for round 53.

The first read missed (see test_reader53.py): 02's closed point, headed "Sag behandlet for
lukkede døre: …", was read open and its secret words were findable, and the protocol, whose
decisions are labelled "Besluttet:" and which names no kind, was read as an agenda; 05's case
lines "Acadre-sag 16/00102" were not read as case numbers; 07's board, named by its metadata
field "udvalg: Søholm Byråd", was read "Byrådet"; 08's "ASHCOMBE PARISH COUNCIL", above
"Minutes of the meeting of the Parish Council", was read "Parish Council".

Left: the boards of 03 and 04 by their word alone, the gold names whose they are (see KNOWN;
the measure counts both right, the gold's name opening with the reader's).
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind45"
KNOWN = {
    "03_norrebjerg_skolebestyrelse_2021.docx": "board read 'Skolebestyrelsen', the gold "
    "writes whose it is ('Skolebestyrelsen ved Nørrebjerg Skole'); the school's name stands "
    "alone above 'Referat af møde i skolebestyrelsen', the reader joins only a name written "
    "after the board's word ('… ved/for <name>')",
    "04_lindegaard_forsyning_bestyrelse_2022.pdf": "board read 'Bestyrelsen', the gold writes "
    "the company's ('Bestyrelsen for Lindegård Forsyning A/S'); the company's name heads the "
    "paper above 'Referat af bestyrelsesmøde', a form the reader joins for 'a.m.b.a.' names "
    "but not here: not studied in round 53",
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
