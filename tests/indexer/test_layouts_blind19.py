"""The nineteenth blind layout set, spent: measured once (files 10/10, dates 10/10, boards 9/10,
kinds 10/10, points 67/67, case numbers 43/47, closed 11/11, 0 secrets, cited 6/10) and then
studied for round 25.

Each file under tests/resources/layouts_blind19/ is an invented meeting written by a helper who
saw neither the reader nor the other sets: a finance committee's FirstAgenda web page, a
technical committee's Word file with a metadata table under each point, a council's PDF text, a
council's typed OCR'd minutes of 1997, a children's committee's agenda page, a tillægsreferat, a
city council's English minutes, a utility company's board minutes typed as a memo (the company
alone on the first line, "REFERAT AF BESTYRELSESMØDE" in capitals under it), a disability
council's Markdown export (front matter, each point's facts in a "Felt | Værdi" table) and a
planning committee's web page copied as text over a two-day meeting (each point "Punkt 3  PBU
86/2012" with its title on the next line and a "Vis sagsforløb" link under it, a contents list
in the same form, each day's heading between them). expected.json holds what a reader of each
file sees, in the gold format of benchmarks/layouts.py, and the words only a closed body holds.

Round 25 read the three files the first read missed: a board's meeting word in capitals
("BESTYRELSESMØDE") names the board ("Bestyrelsen", the convention of the company boards in the
earlier sets), a table's header row above a point's facts is no body, a committee code after
"Punkt N" is no title, an agenda system's link is furniture, and a day's heading under the
contents' last entry leaves that entry a contents entry.
"""

from __future__ import annotations

from pathlib import Path

from layout_gold import gold_checks

from indexer.models import Meeting

BLIND = Path(__file__).resolve().parents[1] / "resources" / "layouts_blind19"
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Vis sagsforløb",
    "Til toppen",
    "Privatlivspolitik",
    "Tilgængelighedserklæring",
    "Abonnér på referater",
    "exported_from",
    "Felt\tVærdi",
    "Sagsnummer\t",
)
GOLD = gold_checks(BLIND, furniture=FURNITURE)
meetings = GOLD.meetings
test_every_file_has_its_gold = GOLD.every_file_has_its_gold
test_fixture_reads_as_expected = GOLD.reads_as_its_gold
test_closed_bodies_are_never_read = GOLD.closed_bodies_are_never_read
test_furniture_never_reaches_a_section = GOLD.furniture_never_reaches_a_section


def test_the_two_day_web_copy_reads_its_points_once(meetings: dict[str, Meeting]) -> None:
    """The contents list's last entry, a day's heading under it, is no point of its own: the
    last point is read once, and no point is renumbered."""
    m = meetings["10_plan-og-boligudvalget_2012-10-11_twoday-webcopy.txt"]
    assert [p.number for p in m.points] == [1, 2, 3, 4, 5, 6, 7]
    assert m.warnings == ()
    assert all("PBU" not in p.title for p in m.points)


def test_the_facts_tables_header_reaches_no_section(meetings: dict[str, Meeting]) -> None:
    m = meetings["09_handicapraadet_2026-01-13_markdown.md"]
    for p in m.points:
        assert not any(s.text.startswith("Felt") for s in p.sections), p.number
