"""The forty-fourth blind layout set, spent: measured once and then studied for round 52.

The first read missed (see test_reader52.py): 09's closed point, headed "Sag nr. 17: Lukket
punkt (beboerforhold)", was read open and its secret words were findable, and its contents'
entries ending "...... side 2" were read as headings (the last one as point 18); 06, an OCR'd
protocol dated "Aar l969 Onsdag den l2. Marts", was not read at all; 01's case badges ("Title
Sagsnr.: 25/18211", joined to the title by one space) were read as part of the titles.

Left: boards as the gold writes them in 06 and 09; two titles of 06 (see KNOWN). (08's board,
read from the file name while its forwarded mail's header hid the title, is read since round 56.)
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind44"
KNOWN = {
    "06_lindebjerg_sogneraad_1969_ocrscan.txt": "board read 'Lindebjerg Sogneråd' (since round "
    "59 a parish's council keeps its place, its council's word in today's spelling as the "
    "reader writes 'Sogneraad'; the gold keeps the old 'aa'), point 1's title runs into its "
    "body's sentence ('… oplæstes og godkendtes "
    "…'), point 6's title is the agenda's ('Andragende (behandles for lukkede Døre)')",
    "09_egelund_afdelingsbestyrelse_toc_tospaltet.txt": "board read 'Afdelingsbestyrelsen', "
    "the gold writes it in small letters",
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
