"""The thirty-sixth blind layout set, spent: measured once and then studied for round 42.

Each file under tests/resources/layouts_blind36/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 42 read what the first read missed (see test_reader42.py): a typed council's minutes
headed "af ordinært møde i <Town> Byråd" under "<TOWN> KOMMUNE" named the board with the
municipality's name in front; the municipality's board is read by its name alone now
("Byrådet"). The approval of the agenda "med den bemærkning, at pkt. 36 behandles / for lukkede
døre." closed the approval, the wrapped line read as a closing line of its own; a closed mark
that names another point closes that point.

Round 43 read the web page 01's footer ("Ansvarlig redaktør: …", the municipality's address,
its links and "Følg os på Facebook · Instagram · LinkedIn") as the page's, not the last
point's text: its words are furniture now.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_gold import gold_checks, gold_differences

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind36"
# Furniture, metadata and what an e-mail or a web page carries besides its text. (The web page
# 01's footer, "Ansvarlig redaktør" and the municipality's address above its links, reached the
# last point's text until round 43: see test_reader43.py.)
FURNITURE = (
    "Message-ID",
    "Content-Type",
    "Side 1 af 7",
    "Udskrevet 02.10.2025",
    "Gå til indhold",
    "Til toppen",
    "Senest opdateret",
    "Ansvarlig redaktør",
    "Torvet 1",
    "7790 Hedeby",
    "Tilgængelighedserklæring",
    "Privatlivspolitik",
    "Cookiepolitik",
    "Om hjemmesiden",
    "Følg os",
)
# This gold writes one kind without Danish letters ("tillaegsreferat"); the reader names the kind
# as KINDS spells it ("tillægsreferat"), and the benchmark folds the two together.
KNOWN = {
    "07_roennekaer_plan_tillaeg.md": "the gold spells the kind 'tillaegsreferat'; the reader "
    "writes 'tillægsreferat' (indexer.models.KINDS)",
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


@pytest.mark.parametrize("file", sorted(KNOWN))
def test_only_the_kinds_spelling_differs(meetings: dict[str, Meeting], file: str) -> None:
    e = next(e for e in GOLD.expected if e["file"] == file)
    differences = gold_differences(meetings[file], e)
    assert differences == ["kind: read 'tillægsreferat', gold 'tillaegsreferat'"]


def test_the_council_named_after_its_municipality(meetings: dict[str, Meeting]) -> None:
    page = meetings["08_vestmose_byraad_ocr.txt"]
    assert (page.board, page.date.isoformat(), page.kind) == ("Byrådet", "2009-03-24", "referat")


def test_the_approval_that_closes_another_point_stays_open(meetings: dict[str, Meeting]) -> None:
    page = meetings["08_vestmose_byraad_ocr.txt"]
    assert [(p.number, p.closed) for p in page.points] == [
        (31, False),
        (32, False),
        (33, False),
        (34, False),
        (35, False),
        (36, True),
    ]


def test_the_web_pages_footer_ends_the_last_point(meetings: dict[str, Meeting]) -> None:
    last = meetings["01_hedeby_kultur_web.txt"].points[-1]
    assert last.text.rstrip().endswith("Forvaltningen undersøger sagen.")
    for word in ("Ansvarlig redaktør", "Hedeby Kommune", "Privatlivspolitik", "Cookiepolitik"):
        assert word not in last.text, word
