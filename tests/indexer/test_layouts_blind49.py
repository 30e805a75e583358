"""The forty-ninth blind layout set, spent: measured once and then studied for round 57.

The first read missed (see test_reader57.py): 10, minutes typed under DOS in the Nordic code
page (Ø as 0x9D, ø as 0x9B), read as cp1252/latin-1 so that "ØKONOMIUDVALGET" lost its Ø and
"Møde" became the board; and its points, each a "Sag nr. 142" with the journal number beside it
across a wide gap ("J.nr. 00.30.02") and the title on the next line, were read as one point
(the number taken for a case number). A title line below such a heading with a closed mark
("Salg af … (lukket møde)") is now the point's title.

Left (see KNOWN; the measure counts 05's and 08's boards right, not 02's): the boards of 02,
05 and 08 as the gold writes them.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind49"
KNOWN = {
    "02_vesterhede_kommunalbestyrelsen_1978.txt": "board read 'Kommunalbestyrelsen' from "
    "'VESTERHEDE KOMMUNALBESTYRELSE', the gold keeps the place ('Vesterhede "
    "Kommunalbestyrelse'); earlier sets' golds write the council without its place "
    "('Kommunalbestyrelsen' for 'RAVNSØ KOMMUNALBESTYRELSE'), so the reader keeps their form",
    "05_lindholt_forsyning-bestyrelse_2018.eml": "board read 'Bestyrelsen for lindholt "
    "forsyning a/s' from the capitals, the gold writes 'Bestyrelsen for Lindholt Forsyning A/S' "
    "(a name in capitals opens with its one capital where the file never writes it in small "
    "letters): not studied",
    "08_hoejmark_skolebestyrelse_2017.txt": "board read 'Skolebestyrelsen ved højmark skole' "
    "from the capitals, the gold writes 'Skolebestyrelsen ved Højmark Skole' (as 05): not "
    "studied",
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
