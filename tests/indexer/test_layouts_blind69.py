"""The sixty-ninth blind layout set, spent: measured once before reader round 77 (at d892c3a).

Every file was read (10/10, points 59/59), but two closed points stayed open and five secret
phrases were findable. A plain-text file set its closed mark in a column after the bracketed case
line ("(Sag nr. …)      ** FORTROLIGT PUNKT **"), and a mail ticked a box before a mark with a
note ("[x] Lukket punkt - må ikke videresendes"): neither point was closed. A Markdown export
listed its points in a table with case and status cells and headed each point's text with its
bare title: the table's rows were read as the points, so the last point held every point's text,
the closed one's too, and its answer quoted another point's text. A PDF set three fields side by
side ("LUKKET PUNKT - offentlighed: nej - Sagsnr. …"): the case numbers of its two closed points
were lost. Four citizen questions went to no point or the wrong one (answering, see
test_rules48.py).

Left (see KNOWN): the gold's "tillaegsreferat"; the Word agenda's municipality (named only
as where the board met).

Mended by general rules (test_reader77.py): a status in a column after a bracketed case, a ticked
box before a mark with a note, fields side by side each read as its own; a contents row's title
compared by its first cell; and, for any layout the reader misses, a closed point's title
repeated on its own line in an open point blanks the text under it.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind69"
KNOWN = {
    "06_bakkely_beskaeftigelsesudvalget_tillaegsreferat_2020.eml": (
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
    """The municipality the header, letterhead, mail, page or export names. The Word agenda
    names it only as where the board met ("Mødested  Kragskov Rådhus"), which says where, not
    whose minutes (a board may meet at another's town hall): None, left."""
    assert {name[:2]: m.municipality for name, m in meetings.items()} == {
        "01": "Tranemose",
        "02": "Ulvsbjerg",
        "03": None,
        "04": "Hjortebro",
        "05": "Spurvelund",
        "06": "Bakkely",
        "07": "Sønderhav",
        "08": "Vesterled",
        "09": "Grønhøj",
        "10": "Ørnekær",
    }
