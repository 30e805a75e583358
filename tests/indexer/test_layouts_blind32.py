"""The thirty-second blind layout set, spent: measured once (files 9/10, boards 8/10, kinds
8/10, case numbers 49/53) and then studied for round 39.

Each file under tests/resources/layouts_blind32/ is an invented meeting written by a helper who
saw neither the reader nor the other sets. expected.json holds what a reader of each file sees,
in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 39 read what the first read missed (see test_reader39.py): a typed protocol scanned to
text named its board only in capitals without the ring of its "Å" ("B Y R A D E T", closed up
to "BYRADET") and in the genitive in a sentence ("Protokol over byrådets ordinære møde"), and
was not read at all; now both name the board. A supplement's points labelled their one value
"Dok.nr./Sagsnr.:", which ran into the titles and left the points without case numbers; now the
value is the case's. A mail's subject named "Bestyrelsen" alone above the title in capitals
that names whose board it is ("BESTYRELSESMØDE I … A/S"); the name in full is read. A region's
running footer below its address ("Dagsorden Regionsrådet 22. april 2026 - udsendt …") was
read as the last point's text; it is furniture.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind32"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = (
    "Message-ID",
    "Content-Type",
    "Side 241",
    "Side 242",
    "Side 1 af 1",
    "Regionshuset",
    "udsendt 14. april 2026",
    "Cookies",
)
KNOWN = {
    "fjordby_byraad_tillaegsreferat.txt": (
        "the gold spells the kind 'tillaegsreferat'; the reader names it 'tillægsreferat' "
        "(indexer.models.KINDS), as layouts_blind23's and layouts_blind24's checks note for the "
        "same spelling (the benchmark's folded comparison counts it right)"
    ),
    "aldervik_city_council_summary_en.txt": (
        "the page names the council in both languages, 'City Council (Byrådet)': the reader "
        "reads the Danish name the archive knows it by, as since round 19 (layouts_blind14's, "
        "layouts_blind17's and layouts_blind21's golds for the same form are 'Byrådet', "
        "layouts_blind29's is 'City Council'; this gold writes both). And an English summary of "
        "the council's decisions is read as the meeting's record ('referat'); this gold writes "
        "'summary', no kind of the format's three (layouts_blind31's gold does the same)"
    ),
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_typed_protocol_is_read(meetings: dict[str, Meeting]) -> None:
    page = meetings["tornbjerg_byraad_1988_ocr.txt"]
    assert (page.board, page.date.isoformat(), page.kind) == ("Byrådet", "1988-09-12", "referat")
    assert [(p.number, p.case_number, p.closed) for p in page.points] == [
        (1, None, False),
        (2, "00.30.00 Ø00", False),
        (3, "04.02.00 G01", False),
        (4, "13.02.00P15", False),
        (5, "02.34.02 P19", False),
        (6, "02.34.04 G01", True),
    ]


def test_the_supplements_case_numbers_are_read(meetings: dict[str, Meeting]) -> None:
    page = meetings["fjordby_byraad_tillaegsreferat.txt"]
    assert [(p.number, p.case_number) for p in page.points] == [
        (96, "2026-004417"),
        (97, "2026-004502"),
        (98, "2026-003987"),
        (99, "2026-004530"),
    ]
    assert page.points[0].title == "Ekstraordinær bevilling til oprydning efter stormflod"


def test_the_companys_board_is_named_in_full(meetings: dict[str, Meeting]) -> None:
    assert meetings["moelleaa_forsyning_bestyrelse.eml"].board == (
        "Bestyrelsen for Mølleå Forsyning A/S"
    )


def test_the_regions_running_footer_is_no_point_text(meetings: dict[str, Meeting]) -> None:
    page = meetings["region_midtfjord_rr_dagsorden.txt"]
    assert (page.points[-1].title, page.points[-1].sections) == ("Eventuelt", ())
