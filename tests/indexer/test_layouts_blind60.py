"""The sixtieth blind layout set, spent: measured once after reader round 67 (33091a8).

The read missed one file and one closed point, leaking two secret phrases. An agenda system's
XML export numbered its points in an attribute of a name the reader did not know
("<Punkt Loebenummer=…>"), so no point was found, and labelled each run of text ("tekst: …").
A mail's closed point said so in a notice followed on its line by where the closed record is kept
("Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede protokol og må ikke
deles."), then gave the record under its own name ("Lukket protokol: …"): read open. Both mended
by general rules (test_reader68.py): an export's parts told by what their names say, and a
closing notice's notes on its record, and the record's label, as closing marks.

Left (see KNOWN): the gold's "tillaegsreferat"; nothing else of the reading. The web page's
municipality is None: it is named only by its town hall in the meeting line ("…, Bøgelund
Rådhus"), which the issuer rules do not read (a town hall's name need not be its
municipality's). The Word file's English question is answered "nearest" only: which words mean
the same is the answering's (api/), not the reader's.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind60"
KNOWN = {
    "02_boegelund_kommunalbestyrelsen_tillaegsreferat_2021.htm": (
        "the gold writes the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat' (the "
        "benchmark folds the two, as for layouts_blind58's 03 and layouts_blind59's 04)"
    ),
}
GOLD = gold_checks(BLIND, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read


def test_each_file_names_its_municipality(meetings: dict[str, Meeting]) -> None:
    """The municipality the letterhead, header, mail or export names; None where only a town
    hall's name in the meeting line names it."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Stenhøj",
        "02": None,
        "03": "Fjordholm",
        "04": "Ulvedal",
        "05": "Lindsø",
        "06": "Askerød",
        "07": "Egelykke",
        "08": "Klintebjerg",
        "09": "Rørvang",
        "10": "Nørrevang",
    }
