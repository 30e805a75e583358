"""The sixty-second blind layout set, spent: measured once after reader round 69 (at 3c80384).

The read left two closed points open (six secret phrases findable), lost an English file's case
numbers and numbered one file's points wrongly. English minutes (a Word file) labelled each
point's case "File ref.: 17/25140", a label the reader did not know, and closed one point by a
line "CLOSED SESSION - exempt from publication (…). Minute withheld from the public version.":
its reason in brackets and the note on the withheld minute made it no status line. An agenda
system's XML export said "<visning>intern</visning>" of its closed point (with a note "Udeladt
af den offentlige udgave (…)"), neither read as closing. An OpenDocument file set each point as a
label/value table, "Punktnr.<TAB>12" over "Overskrift<TAB>Title", and the one-word label was read
as a contents entry: the points were counted 1-7 instead of 12-18. All mended by general rules
(test_reader70.py): "File ref." labels a case; a closed status with its reason in brackets
closes; a point or minute left out of the published edition ("udeladt af den offentlige udgave",
"withheld from the public version") is closed, or a note on a closing; an access field that says
"intern" closes; "Punktnr.<TAB>N" is a point's number row. A mail's signature under its sign-off
now names the municipality (06 signs "Ålykke Kommune, Social og Ældre").

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind62"
KNOWN = {
    "04_mosevang_oekonomiudvalget_tillaegsreferat_2021.pdf": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind61's 06)"
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
        "01": "Tårnholt",
        "02": "Ebbeskov",
        "03": "Lindeby",
        "04": "Mosevang",
        "05": "Kragsø",
        "06": "Ålykke",
        "07": "Bøgevad",
        "08": "Rønnevang",
        "09": "Egemose",
        "10": "Havrevig",
    }
