"""The sixty-eighth blind layout set, spent: measured once before reader round 76 (at f110055).

The read found nine files of ten: a typed text file (form feeds, a footer atop each later page)
was refused, "no line reads as a point heading": its points had no numbers, each title
underlined with tildes ("~~~~~~~~"), a rule no heading form read. A PDF supplement labelled each
case "KLE/sagsnr.: 04.04.00-Ø40-2-19" (the KLE label joined to the case field by a slash): no
case number was read (0/4), the line ran into the title of two points, and atop the later pages
(under the running header) it was dropped as a running line. Closed points all stayed closed and
no secret was findable. Three questions went to the wrong point: the refused file's, and a Word
file's and an XML export's, whose points were read whole (their titles, case numbers and
sections as the gold has them): an answering matter, not the reader's.

Mended by general rules (test_reader76.py): a run of tildes underlines a title as "-----" and
"=====" do; a page break a blank line apart from the text on either side stays a paragraph
break (unless a sentence runs on over it); where a file underlines every title found over a
case line, the underlined titles are its points, so a point with no case line ("Eventuelt") is
one too; the KLE label before the case field ("KLE/sagsnr.:") labels the case's number.

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind68"
KNOWN = {
    "04_tuelund_kommunalbestyrelsen_tillaegsreferat_2019.pdf": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind63..67's tillægsreferat files)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the header, letterhead, mail, page or export names."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Ravnsbjerg",
        "02": "Kærsholm",
        "03": "Hyldemose",
        "04": "Tuelund",
        "05": "Elmerup",
        "06": "Mørkenbæk",
        "07": "Skovlyst",
        "08": "Strandmarken",
        "09": "Havbjerg",
        "10": "Grenbæk",
    }
