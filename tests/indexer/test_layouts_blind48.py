"""The forty-eighth blind layout set, spent: measured once and then studied for round 56.

The first read missed (see test_reader56.py): 05, a mail that forwards a forwarded mail
("-----Oprindelig meddelelse-----" with its "Fra:"/"Sendt:"/"Til:"/"Emne:" lines under a
colleague's letter) quoting the minutes under "Den tir. 10. mar. 2020 kl. 18.05 skrev …:", was
dated by the forwarded header's "Sendt: 12. marts 2020 09:02" and its board read as "Sendt": only
a mail header that opens the file was left out of the title lines. 03, a Word heading revised
with tracked changes ("Punkt 4 – <del>…</del><ins>Ændring af skoledistrikter</ins> i Bakkeby
Nord"), lost its inserted words (python-docx's Paragraph.text skips <w:ins>).

Left (see KNOWN; the measure counts the board right): the board of 06 as the gold writes it
(02's, a parish's church council in capitals, is written as a name since round 59). 07's
appendix of closed points, read as three more points here, is read as the same points given
again since round 57 (see test_reader57.py).
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind48"
KNOWN = {
    "06_vindeby_skolebestyrelse_2018.rtf": "board read 'Skolebestyrelsen', the gold adds the "
    "school ('Skolebestyrelsen, Vindeby Skole'); the measure counts it right: not studied",
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
