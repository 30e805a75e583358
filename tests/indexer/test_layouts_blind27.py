"""The twenty-seventh blind layout set, spent: measured once (files 9/10, dates 7/10, boards
7/10, points 45/57, case numbers 40/53, closed 7/9, cited 5/10) and then studied for round 33.

Each file under tests/resources/layouts_blind27/ is an invented meeting written by a helper who
saw neither the reader nor the other sets (make_docx.py builds the Word file). expected.json
holds what a reader of each file sees, in the gold format of benchmarks/layouts.py, and the
words only a closed body holds.

Round 33 read what the first read missed (see test_reader33.py): a PDF's running head in
columns whose board cell ends on the date; a web page's links to the meetings before and after
("25-08-2020 Referat") above the meeting's own "Mødedato:"; a typed 1996 protocol's letter
dateline ("Ravnsholt, den 16.9.1996"), its title in capitals and its closed point's title with
"vedr." below "LUKKET PUNKT"; an English summary's "Summary of the City Council meeting on …";
a Word template's point number in a paragraph of its own above each heading; a web page's
"PMU 45" in a box of its own above each title.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind27"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = (
    "Message-ID", "=3D", "Content-Type", "Til toppen", "Back to top", "Side 1 af",
    "Hent samlet PDF", "Cookiepolitik", "Tilgængelighedserklæring",
)  # fmt: skip
# (The benchmark counts both right; the strict check compares as written.)
KNOWN = {
    "ravnsholt_tu_1996_ocr.txt": (
        "the gold keeps the final period of the typed titles ('Eventuelt.'); the reader drops a "
        "title's final period"
    ),
    "kirkemose_beskaeftigelse_tillaeg.txt": (
        "the gold spells the kind 'tillaegsreferat'; the reader's kind is 'tillægsreferat'"
    ),
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_numbers_set_apart_from_their_titles(meetings: dict[str, Meeting]) -> None:
    word = meetings["hasselby_kfu_referat.docx"]
    assert [p.number for p in word.points] == list(range(38, 44))
    assert [p.closed for p in word.points] == [False] * 4 + [True, False]
    page = meetings["fjordby_pmu_dagsorden.htm"]
    assert [p.number for p in page.points] == list(range(45, 51))
    assert page.points[4].closed and page.points[4].sections == ()


def test_the_meetings_own_date(meetings: dict[str, Meeting]) -> None:
    assert meetings["lyngso_buu_export.html"].date.isoformat() == "2020-09-22"
    typed = meetings["ravnsholt_tu_1996_ocr.txt"]
    assert (typed.date.isoformat(), typed.board) == ("1996-09-12", "Teknisk Udvalg")
