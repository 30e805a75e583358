"""The fifty-sixth blind layout set, spent: measured once after the thirty-fifth round's rules
and reader round 63 (b897673).

The read missed three closed points, two of them leaking three secret phrases each: an XML
export's point marked by an attribute (offentlig="nej") and a "Publicering: Undtaget fra
offentliggørelse" element; an e-mail's point whose first line says it is under secrecy and not
published; a web page's "Klausuleret - ikke til offentliggørelse" under the case number, read
as a point of its own (its body then fell under that closed "point", so nothing leaked). All
three mended at once (test_reader64.py).

Left (see KNOWN): a harbour's board named as its heading writes it; the gold's
"tillaegsreferat".
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind56"
KNOWN = {
    "03_tornsoe_havn_havnebestyrelsen_2022.docx": (
        "board read 'Bestyrelsen for Tornsø Havn' as the heading writes it, the gold writes "
        "'Havnebestyrelsen' (a company's board under its company's name, as layouts_blind54's "
        "03 the other way round)"
    ),
    "09_vibehoej_kommunalbestyrelsen_tillaegsreferat_2020.odt": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat'"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
