"""The twenty-sixth blind layout set, spent: measured once (files 10/10, boards 9/10, points
61/65, case numbers 37/48, closed 9/11, two closed bodies findable) and then studied for round
32.

Each file under tests/resources/layouts_blind26/ is an invented meeting written by a helper who
saw neither the reader nor the other sets (make_docx.py builds the Word file). expected.json
holds what a reader of each file sees, in the gold format of benchmarks/layouts.py, and the
words only a closed body holds.

Round 32 read what the first read missed (see test_reader32.py): a typed 1974 protocol's
"Følgende sag behandledes for lukkede døre:" above its one closed point (read open, its body
indexed) and its scanned "Pkt, 4."; a web page's accordion buttons with a "+" glyph in a span
of their own before each number (every point misnumbered); a Markdown export's italic
"*Sagsnummer:*" labels; a company board's "Eventuelt" over "Sagsfremstilling"; an e-mail whose
subject names the board by its initials above a cover letter.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind26"
# Furniture, metadata and what an e-mail or an export carries besides its text.
FURNITURE = ("Message-ID", "=3D", "Content-Type", "Til toppen", "Fold alle ud", "exported:")
KNOWN = {
    "01_hjortebaek_teknik_2021.html": (
        "the closed point's case number stands only in its hidden (collapsed) body, which is "
        "never read"
    ),
    # (The benchmark counts these two boards right; the strict check compares as written.)
    "09_noerreskov_plan_dagsorden_2016.html": (
        "the board is read as the page writes it, in capitals"
    ),
    "10_moelledal_forsyning_bestyrelse_2020.htm": (
        "the board is read with whose it is ('Bestyrelsen for Mølledal Forsyning A/S')"
    ),
}
GOLD = gold_checks(BLIND, furniture=FURNITURE, known=KNOWN)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_one_point_behind_closed_doors(meetings: dict[str, Meeting]) -> None:
    m = meetings["05_aalbjerg_kommunalbestyrelse_1974.txt"]
    assert [(p.number, p.closed) for p in m.points] == [
        (1, False), (2, False), (3, False), (4, False), (5, False), (6, True), (7, False),
    ]  # fmt: skip


def test_accordion_glyphs_leave_the_numbers(meetings: dict[str, Meeting]) -> None:
    m = meetings["01_hjortebaek_teknik_2021.html"]
    assert [p.number for p in m.points] == list(range(1, 8))
    assert [p.case_number for p in m.points] == [
        None, "21/1187", "20/9932", "21/0456", "19/14320", None, None,
    ]  # fmt: skip
    assert m.points[5].closed
