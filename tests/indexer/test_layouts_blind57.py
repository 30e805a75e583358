"""The fifty-seventh blind layout set, spent: measured once after the thirty-fifth round's rules
and reader round 64 (657580e).

The read missed one closed point, leaking one secret phrase: an RTF's point closed by a notice
under its case number that goes on to leave the point out of the public minutes ("… for
lukkede døre og er ikke omfattet af det offentlige referat"). A typed text's case-system layout
("SAG NR. 4" with its case number across a wide gap, the title labelled "Emne:" on the next
line) was read from the wrong lines: the attendance line became a point's title, four points
and four case numbers were missed, and an open point was closed (its body under a closed
point's mark, so nothing leaked). A Markdown agenda's case numbers in underscore emphasis
("_Sagsnr. …_") were body text, and a closed point's was lost. All mended at once
(test_reader65.py), with the municipality each file's letterhead or header names.

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading. (Three questions
are not cited to the right point: two name the place they ask about, "i Lyngmose", "i
Rævehøj", which the answerer does not yet read as the meeting's municipality; one names a
harbour, no municipality.)
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind57"
KNOWN = {
    "04_ulvsbaek_byraadet_tillaegsreferat_2021.pdf": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind56's 09)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the letterhead or header names (an export's field, a letterhead in
    capitals, a Word or RTF page header, a web page's title, the board under or the council
    by its place, a mail's signature: 06 signs "Kultur og Fritid, Mosevang Kommune" under "Med
    venlig hilsen", read since reader round 70); None where the content does not say (a
    harbour's own letterhead)."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Lyngmose",
        "02": "Skovkær",
        "03": "Brændholt",
        "04": "Ulvsbæk",
        "05": "Tranevig",
        "06": "Mosevang",
        "07": "Rævehøj",
        "08": "Kildeholm",
        "09": "Østerlund",
        "10": None,
    }
