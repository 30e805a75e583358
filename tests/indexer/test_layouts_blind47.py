"""The forty-seventh blind layout set, spent: measured once and then studied for round 55.

The first read missed (see test_reader55.py): 03, a Word table "Punkt" | "Referat / beslutning"
whose first cell holds number and title ("1. Godkendelse af dagsorden og referat"), was not
read at all (no title column, so no table of points, and a heading line with the body beside it
after a TAB is no heading), and its case line "Sag: 19/02231" sat under the title behind a line
break (<w:br/>) the reader read as a space; 05, a mail whose subject "Referat fra
bestyrelsesmøde" names the meeting by its word alone, above "REFERAT - BESTYRELSESMØDE I ULVSIG
LOKALRÅD", was read as "Bestyrelsen"; 08, a web table whose title cell holds "Kalkning af
kirkens tårn<br>Provstiet j.nr. 2018-4433", lost the case number (the <br> read as a space, and
an authority named in the definite form before "j.nr." was not read as whose case it is).

Left: the boards of 04, 07 and 10 (see KNOWN; the measure counts each right), and the period
that ends every title of the typed protocols 02 and 10.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind47"
_PERIOD = (
    "every title of the typed protocol ends in a period ('Meddelelser.'), which the reader "
    "drops as it does from any title; the gold keeps it (as layouts_blind31's and "
    "layouts_blind46's: the benchmark counts points by number, and its case numbers agree)"
)
KNOWN = {
    "02_tornholm_kommunalbestyrelsen_1987.txt": _PERIOD,
    "04_bredmose_forsyning-bestyrelse_2020.pdf": "board read 'Bestyrelsen', the gold writes the "
    "company's ('Bestyrelsen for Bredmose Forsyning A/S'); the company's name alone heads the "
    "paper above 'Protokol for bestyrelsesmøde', and the reader reads no board in a company's "
    "name alone (layouts_blind45's and layouts_blind46's 04 are the same form): not studied in "
    "round 55",
    "07_lyngdal_international-citizens-committee_2023.md": "board read 'International "
    "Citizens' Committee', the gold keeps the Danish name in brackets after it; the reader "
    "reads a board named twice by its first name ('Town Council (Býráðið)'), on purpose: not "
    "studied in round 55",
    "10_oernebjerg_teknisk-udvalg_1996.txt": _PERIOD + "; and its board, typed in capitals "
    "('TEKNISK UDVALG'), is read 'Teknisk udvalg' where the gold writes 'Teknisk Udvalg' (a "
    "Danish board's name in small letters opens with its one capital; the measure compares "
    "boards without case)",
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
