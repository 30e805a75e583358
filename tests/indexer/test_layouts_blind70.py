"""The seventieth blind layout set, spent: measured once after this round's rules (at d018bb2),
before reader round 78.

Every file was read (10/10) and no open point was closed, but one closed point stayed open and
two secret phrases were findable: a Word agenda labelled each point's status boxes in a row's
cell of its own ("Behandles<TAB>☐ Åbent ☒ Lukket"), which no rule read. A PDF lost one point
(55/56): its contents ended the first page with the point's line and its heading opened the
third, so the line was dropped as a running header at both edges and the point's text ran into
the closed point above it; its running header "Bøgeholt Kommune Økonomiudvalget" gave the board
"Kommune Økonomiudvalget". One English question went unanswered: "how many cruise ships" found no
figure beside words the glossary does not know (answering, see test_rules48.py).

Mended by general rules (test_reader78.py): a row's label cell before a choice of status boxes,
and an openness label's yes/no boxes, give the status; a running line stands at the same edge of
its pages (or at an edge of one page more); "… Kommune" ends the municipality's name before a
board.

Left (see KNOWN): the gold's "tillaegsreferat". (The PDF's municipality, named only in the running
header beside the board, "Bøgeholt Kommune Økonomiudvalget", is read since: a municipality's name
and word before a board's, without the genitive, names the issuer as "Bøgeholt Kommunes
Økonomiudvalg" does.)
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind70"
KNOWN = {
    "07_sandholt_beskaeftigelsesudvalget_tillaegsreferat_2019.rtf": (
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
        "01": "Ravnsøre",
        "02": "Kildemark",
        "03": "Skærlunde",
        "04": "Bøgeholt",
        "05": "Tranemose",
        "06": "Egevang",
        "07": "Sandholt",
        "08": "Ulvkær",
        "09": "Grønnerup",
        "10": "Hjortevig",
    }
