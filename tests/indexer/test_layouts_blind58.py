"""The fifty-eighth blind layout set, spent: measured once after reader round 65 (d0bcef9).

The read missed two closed points, leaking four secret phrases: a mail's point closed by a
notice that says how long the closing lasts and that the point is removed from the version
published ("*** Punktet er fortroligt indtil … og er fjernet fra den version, der lægges på
hjemmesiden ***"), and an RTF's point closed by a notice with its reason labelled after it on
the same line ("Punktet er lukket. Grund: …"). Eighteen case numbers were missed: a typed
text's older journal labels them "Akt. 231/16"; a Markdown agenda sets them in a "Sag | Status"
table under each point; an XML export keeps them in the point's attribute ("sag=…"), where
the export's own stamp ("eksporteret=…") was read as the meeting's date and the meeting's
time ("<tidspunkt start=…/>", an empty element) was not read at all. A PDF summons's board
line ("Indkaldelse til møde i …") was read whole as the board. All mended at once
(test_reader66.py).

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading. The mail's
municipality is None: only its signature names it ("… | Solbakke Kommune"), which the issuer
rules do not read (a mail's signature may be a sender's, not the publisher's).
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind58"
KNOWN = {
    "03_vestermoelle_byraadet_tillaegsreferat_2019.docx": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind57's 04)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the letterhead or header names (a letterhead in capitals, a page
    header, an export's field, a web page's title or the board under it), or a mail's signature
    under its sign-off (06: "Venlig hilsen" / … / "… | Solbakke Kommune", read since reader
    round 70)."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Brinkholm",
        "02": "Ravnsbjerg",
        "03": "Vestermølle",
        "04": "Højlyng",
        "05": "Kirkebæk",
        "06": "Solbakke",
        "07": "Grønnerup",
        "08": "Sølvkær",
        "09": "Havsted",
        "10": "Østervig",
    }
