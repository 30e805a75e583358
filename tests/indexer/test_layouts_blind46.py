"""The forty-sixth blind layout set, spent: measured once and then studied for round 54.

The first read missed (see test_reader54.py): the case numbers of 04 ("Journalnr.:
SF-2022-101"), 05 ("Acadre-sag 16/0012") and 07 ("Ref: HPC/18/0170") were read, but the gold
writes each with its label and a label before a number opening with letters, a system's name
joined to "sag", and "Ref:" were not known as labels (indexer.models.case_key), so the two did
not agree; 07's board, "Planning and Licensing Committee – Minutes" under "East Harwick Town
Council", was read as the council; 10, a typed protocol whose decisions stand as bare sentences
and which ends "Mødet hævet kl. 21.45.", was read as an agenda.

Left: the boards of 04 and 09 (see KNOWN; the measure counts each right), and the period that
ends every title of the typed protocols 02 and 10. (08's board, a parish's church council in
capitals, is written as a name since round 59.)
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind46"
_PERIOD = (
    "every title of the typed protocol ends in a period ('Meddelelser.'), which the reader "
    "drops as it does from any title; the gold keeps it (as layouts_blind31's: the benchmark "
    "counts points by number, and its case numbers agree)"
)
KNOWN = {
    "02_vesterlund_sogneraad_1978.txt": _PERIOD,
    "04_skovby_forsyning_bestyrelse_2022.pdf": "board read 'Bestyrelsen', the gold writes the "
    "company's ('Bestyrelsen for Skovby Forsyning A/S'); the company's name alone heads the "
    "paper above 'Referat af bestyrelsesmøde', and the reader reads no board in a company's "
    "name alone (layouts_blind45's 04 is the same form): not studied in round 54",
    "09_soelund_skolebestyrelsen_2023.html": "board read 'Skolebestyrelsen', the gold writes "
    "whose it is ('Skolebestyrelsen ved Sølund Skole'); the school's name stands apart from "
    "the board's word, as in layouts_blind45's 03: not studied in round 54",
    "10_fjordby_byraad_1994.txt": _PERIOD,
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
