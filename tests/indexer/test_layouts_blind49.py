"""The forty-ninth blind layout set, spent: measured once and then studied for round 57.

The first read missed (see test_reader57.py): 10, minutes typed under DOS in the Nordic code
page (Ø as 0x9D, ø as 0x9B), read as cp1252/latin-1 so that "ØKONOMIUDVALGET" lost its Ø and
"Møde" became the board; and its points, each a "Sag nr. 142" with the journal number beside it
across a wide gap ("J.nr. 00.30.02") and the title on the next line, were read as one point
(the number taken for a case number). A title line below such a heading with a closed mark
("Salg af … (lukket møde)") is now the point's title.

The boards of 05 and 08, read from capitals ("BESTYRELSEN FOR LINDHOLT FORSYNING A/S"), lost
the capitals of the institution's name after "for"/"ved"; the name is now written as one where
the file writes its first word with a capital inside a line.

Left (see KNOWN): 02's board as the gold writes it.
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
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
