"""The fifty-second blind layout set, spent: measured once after the thirty-third round's rules.

The read (at be74b8a) missed: 06, an RTF of committee-coded headings "ØU-04. Ikke offentlig:
Lejeaftale om Torvehallen", kept the code in the title and read both "Ikke offentlig" points
open, so three of their secret phrases were findable (mended at once: test_reader60.py).

Left (see KNOWN; not mended this round): 04's board reads "Bestyrelsen" where a harbour's
board is named under its company's name; 08's parish council reads "Sogneråd" without its
place; 10's gold spells the kind without Danish letters.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind52"
KNOWN = {
    "04_engtofte_havn_bestyrelse_2021.pdf": "the board's owner (the harbour company) is not read",
    "08_ulvedal_sogneraad_1958.txt": "the parish council's place is not read from this title",
    "10_aebleroed_byraadet_tillaegsreferat_2021.txt": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat'"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
