"""The fifty-fourth blind layout set, spent: measured once after the thirty-fourth round's rules
and reader round 61 (70e3bdf).

The read missed: 02, a saved web page whose closed point is titled "Udelukket fra
offentlighed: Køb af plejeboliger" — the status without the ending the reader knew
("offentligheden") — read open, three secret phrases findable (mended at once:
test_reader62.py). The benchmark's fourth "secret" found (10's "212.000 kr.") stands in 03's open
accounts point as well, another file's words, not a closed body read.

Left (see KNOWN, not mended this round): a water works' board named under its company, a
newsletter's heading read as the board, the gold's "tillaegsreferat". (08's closed point's case
number, below a notice of its closing, is read since reader round 63: test_reader63.py.)
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind54"
KNOWN = {
    "03_roennebaek_vandvaerk_bestyrelse_2021.docx": (
        "board read 'Rønnebæk Vandværk', the gold writes 'Bestyrelsen for Rønnebæk Vandværk' "
        "(a company's board under its company's name, as layouts_blind52's 04)"
    ),
    "06_maagerup_landdistriktsudvalget_2023.eml": (
        "board read 'Nyt fra landdistriktsudvalget' from a newsletter's heading, gold "
        "'Landdistriktsudvalget': not mended this round"
    ),
    "09_ravnsholt_kommunalbestyrelsen_tillaegsreferat_2024.odt": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat'"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
