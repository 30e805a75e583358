"""The sixty-third blind layout set, spent: measured once after reader round 70 (at c1182a6).

The read left one file unread, one file's points unfound and its closed point open (no secret
phrase findable, by luck), one file's case numbers missed and one board wrong. An agenda
system's XML export numbered its points by no field of its own ("<AgendaItem><SortNumber>63
</SortNumber><Caption>…"), said "<IsPublic>false</IsPublic>" of its closed point and labelled
each case "<CaseReference>": no line read as a point heading. An OpenDocument file set a case
type's mark between each point's number and its title ("12 (B)<TAB>Title"), explained in a
legend ("Sagstyper: (B) = beslutningssag, (O) = orienteringssag"), and labelled each case
"Emne-ID: …": no heading was read, the metadata lines were taken for titles. An English PDF
labelled each case "Ref. LIN-23-7702", with no colon. A forwarded mail's subject
("VS: Referat Seniorrådet …") named the board only after its forwarding mark, and the cover
letter's sentence "Hermed referatet fra mødet i Seniorrådet …" was read as the board's name.
All mended by general rules (test_reader71.py): a legend's marks that name a kind of point
(beslutning, orientering, drøftelse …) are dropped from the headings and never close; "Emne-ID"
/ "Emnenr." label a case; "Ref." labels one before a case-shaped value; a mail's reply and
forward marks are no part of a title, a cover letter's "… fra mødet i <board>" names the board
after "mødet i", a signature's "<name>, sekretær for <board>" the board of the role; an export's
element named as a point with a title child is a point, numbered by sort keys that count one by
one or else by its place; "IsPublic"/"erOffentlig" are the public flag, "CaseReference" labels
the case, a field's own title child heads its section, and a stamp of the file ("exportedAt")
is never the meeting's date.

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading. The questions of
08 and 10 are answered "nearest" only (the right point named, no citation): the answering's
word checks, not the reader's (the point and its text are read right).
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind63"
KNOWN = {
    "03_ellebjerg_oekonomiudvalget_tillaegsreferat_2022.docx": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind61's 06 and layouts_blind62's 04)"
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
        "01": "Fjordbæk",
        "02": "Høgsmark",
        "03": "Ellebjerg",
        "04": "Lindvig",
        "05": "Stenlund",
        "06": "Askmose",
        # A joint fire and rescue service of two municipalities ("… fordelt med 58 pct. til
        # Halkær Kommune og 42 pct. til Bredmose Kommune"): no one municipality issues it.
        "07": None,
        "08": "Tornbjerg",
        "09": "Kløvenhøj",
        "10": "Vesterhede",
    }
