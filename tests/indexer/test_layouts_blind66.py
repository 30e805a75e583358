"""The sixty-sixth blind layout set, spent: measured once after reader round 73 (at 956086f).

The read found every file, date, board, kind and point, but left two closed points of two files
open (five secret phrases findable: a leak), closed five open points of one file, missed that
file's two closed points' case numbers and cited its question to the wrong point. An
OpenDocument file of English minutes marked its closed item "Restricted item - exempt from
publication (personal data)": "restricted" was no closed status, so the line closed nothing. A
Markdown page printed every point's status as a task list item ("- [ ] Lukket punkt" for an open
point, "- [x] Lukket punkt" for a closed one): the list's bullet kept the line from being read
as check boxes, the blank box was stripped with the bullet and the word alone closed every open
point, while the ticked line closed nothing and the case label under it went unread (one closed
point was closed by its "ikke offentligt" note alone, the other left open). The same page's
headings carried an HTML anchor after the title ('<a id="sag-61"></a>'), which stayed in the
titles.

All mended by general rules (test_reader74.py): a list's bullet before the first box is passed
over, and a line of check boxes says by its ticks alone in every test of a closing; "Restricted"
as a status line and "restricted item/session/matter/business" are closed statuses (beside a
title only with the noun); a Markdown file's inline HTML tags are dropped as a browser
shows none.

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind66"
KNOWN = {
    "07_bredsoe_byraadet_tillaegsreferat_2019.rtf": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind63..65's tillægsreferat files)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the letterhead, header, mail signature, page or export names."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Ørnebjerg",
        "02": "Kløvermose",
        "03": "Havbakke",
        "04": "Granhøj",
        "05": "Rønnevang",
        "06": "Spurvlund",
        "07": "Bredsø",
        "08": "Lærkedal",
        "09": "Tangholm",
        "10": "Åkilde",
    }
