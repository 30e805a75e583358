"""The seventy-fourth blind layout set, spent: measured once after reader round 81 and the
answer rules of round 50 (at 77c361e), as the round's after-measure.

Every measure was full on the first read: files 10/10, dates, boards and kinds 10/10, points
59/59, case numbers 55/55, closed points 17/17, no open point closed, no secret phrase
findable; the questions of 9 of the 10 files were cited to their point. The one not cited
(English minutes, "how much is Brandholt spending on getting summer tourists back this year")
asks of "this year", which the answerer reads as the current year, so the 2021 minutes are
refused with the right point offered: the answerer's reading, not the reader's.

No reader change came of it; this module keeps the set's gold checks so a later reader round
that breaks one of its forms fails here.

Left (see KNOWN): the gold's "tillaegsreferat".
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind74"
KNOWN = {
    "03_birkelev_boerne-og-skoleudvalget_tillaegsreferat_2022.docx": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for the earlier sets' tillægsreferat files)"
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
        "01": "Østerlyng",
        "02": "Kildeholm",
        "03": "Birkelev",
        "04": "Hvidsande",
        "05": "Grenåsen",
        "06": "Tvedeby",
        "07": "Tornsø",
        "08": "Brandholt",
        "09": "Sølvmose",
        "10": "Ravnsøby",
    }
