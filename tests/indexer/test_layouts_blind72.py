"""The seventy-second blind layout set, spent: measured once after round 79 (at 18e63ff), before
reader round 80.

Every file was read (10/10), and the date, board and kind were right in all (10/10), but the
points were found 52/58, the case numbers 48/54, the closed points 11/14; no open point was
wrongly closed, nine secret phrases were findable (three closed points read open), and 8/10
questions were cited to the right point.

- A PDF agenda ("Dagsorden", Plan- og Boligudvalget) numbered its points only in its contents,
  "PB 61/25  Title 2" (a committee's code, the number in the year's run, the page after one
  space); its titles below carried no number. The contents never matched the titles (the page
  stuck to each), so the points were numbered 1-6 (0/6 points, 0/6 case numbers by number).
  Its closed point gave its access beside its case number in columns, "Sagsnr.: …    Adgang:
  Undtaget fra offentlighed - offentlighedslovens § 30, nr. 1", read as a case number with no
  status: the point stayed open and its address, owner and fine were findable.
- A mail's closed point said "*** Punktet er behandlet som lukket punkt - må ikke offentliggøres
  ***": the note after the dash spoiled the closing sentence; the point stayed open and its club,
  members and sum were findable (the mail's greeting also said "punkt 4 er et lukket punkt").
- English Markdown minutes gave the item's status after its case with a middle dot, "*Case no.
  …* · **Closed item - not for publication**": only Danish status words were looked for after a
  case number; the item stayed open and its appellant, sanction and reference were findable.

Mended by general rules (test_reader80.py): a contents entry's title is compared without a page
after one space, so the titles below are the points under the contents' numbers; a field that
asks who may read the point, in a cell of its own beside the case, is read as that field alone;
a note that withholds the text after a spaced dash is dropped as one after a period is (what
stands before it must close the point by itself); the rest of a case line after the glyph that
parts its fields closes the point where it is a status or a closing notice alone (English ones
too). As a guard, the text above the first point (a cover letter, a note) closes the points it
names closed ("punkt 4 er et lukket punkt"), as the approval of the agenda does. And the XML
export's municipality, given as an attribute ("myndighed kommune: Egeskær Kommune"), is read.
After: points 58/58, case numbers 54/54, closed 14/14, none wrongly closed, no secret findable.

Left (see KNOWN): the gold's "tillaegsreferat". The swimming-hall question ("har svømmehallen i
sølvkær åbent i sommerferien …") is not cited to its point: the answerer's matter, not the
reader's (the point and its text are read right).
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind72"
KNOWN = {
    "03_kildehoej_byraadet_tillaegsreferat_2022.docx": (
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
        "01": "Sølvkær",
        "02": "Ravnsbjerg",
        "03": "Kildehøj",
        "04": "Ørnekær",
        "05": "Gråsted",
        "06": "Hjortsø",
        "07": "Skarnæs",
        "08": "Lyngholt",
        "09": "Havbjerg",
        "10": "Egeskær",
    }


def test_the_contents_numbers_the_agendas_points(meetings: dict[str, Meeting]) -> None:
    """The regression: the PDF's points were numbered 1-6; the contents numbers them 61-66, and
    only the closed one is closed."""
    points = meetings["04_oernekaer_plan-og-boligudvalget_dagsorden_2025.pdf"].points
    assert [(p.number, p.closed) for p in points] == [
        (61, False),
        (62, False),
        (63, False),
        (64, True),
        (65, False),
        (66, False),
    ]
    assert points[1].case_number == "S2025-00418"
