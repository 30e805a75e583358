"""The fifty-ninth blind layout set, spent: measured once after reader round 66 (0c2785b).

The read missed three closed points, leaking eight secret phrases: a Word table's point closed
by its access row, the label in a cell of its own ("Access<TAB>Confidential - exempt from
publication under …"), and an OpenDocument text's two points closed by a status line that
says the public is kept out, no verb ("Offentligheden udelukket"), whose case numbers below
it were lost with them. A Word 2003 XML document (``<w:wordDocument>``) was read as an agenda
system's export, each run a labelled fact, and no point was found. A mail's points cite their
case on a line of their own ("(jf. kommunens sag …)"): two case numbers missed. A web page's
headings part number and title with a bar ("1 | Title"): the titles kept the number. All
mended at once (test_reader67.py).

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading. The mail's
municipality is None: only its signature names it, which the issuer rules do not read (a mail's
signature may be a sender's, not the publisher's). The OpenDocument file's question ("a ticket
for adults") is not cited: the minutes say "Entré", and which words mean the same is the
answering's (api/), not the reader's.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind59"
KNOWN = {
    "04_roennevang_byraadet_tillaegsreferat_2019.txt": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind58's 03)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the letterhead or header names (a letterhead in capitals, a page
    header, a web page's title, a Word document's first line), or a mail's signature under its
    sign-off (05: "Med venlig hilsen" / … / "Hesselby Kommune", read since reader round 70)."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Ulvemose",
        "02": "Klintrup",
        "03": "Agerlund",
        "04": "Rønnevang",
        "05": "Hesselby",
        "06": "Brinkhøj",
        "07": "Lergrav",
        "08": "Solvig",
        "09": "Kragsø",
        "10": "Bøgelund",
    }
