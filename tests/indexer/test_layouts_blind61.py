"""The sixty-first blind layout set, spent: measured once after reader round 68 (at 344f5b3).

The read numbered one file's points wrongly and lost two closed points' case numbers. An English
edition of a committee's minutes labelled each point "Matter 29 – Title", a label the reader did
not know: the points were counted 1-7 with "Matter 29 –" in their titles. A Word agenda's
contents were a table ("Nr." | "Sag" | "Side") that unfolded into point headings because some
titles were long; each entry's page stood below it, so the entries marked "(lukket)" and the
last stayed points, the real closed points were dropped as their repeats (their case numbers
with them) and the real "Eventuelt" was numbered 8. An OpenDocument file labelled each title in
a cell of its own ("Emne<TAB>Title") under a bare "Dagsordenspunkt 51", and the label stayed in
the title. All mended by general rules (test_reader69.py): English point labels ("Matter",
"Case", "Agenda point", "No."), a table of points only with text beside its titles, a contents
entry's page on its own line, and a title's label in its own cell.

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind61"
KNOWN = {
    "06_strandholt_boerne-og-familieudvalget_tillaegsreferat_2024.eml": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind59's 04 and layouts_blind60's 02)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the letterhead, header, mail, page or export names."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Skovmose",
        "02": "Tjørnelund",
        "03": "Lindsmark",
        "04": "Fjordbølle",
        "05": "Egelykke",
        "06": "Strandholt",
        "07": "Kærsø",
        "08": "Hyldested",
        "09": "Ulvsbæk",
        "10": "Bølgeby",
    }
