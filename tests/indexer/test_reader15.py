"""Round 15 of the reader: forms found missing after round 14, in invented minutes.

A status column in English ("12.   Open   Budget"), a closed status in brackets before the
heading's colon ("Punkt 2 (Lukket): Title"), a closed mark alone on a line with the title on
the next between numbered points, a board named only as "udvalgsmøde" in a sentence, and case
numbers standing above each point's heading.
"""

from __future__ import annotations

from indexer.headings import point_heading


def test_an_open_status_column_in_english_is_no_part_of_the_title() -> None:
    # The bracketed status and the column status read the same words: "Open" beside a title
    # is its status in either place, as "Åben" and "Å" are.
    for line in (
        "12.   Open          Budget for the youth festival",
        "12. (Open) Budget for the youth festival",
    ):
        found = point_heading(line)
        assert found is not None
        assert (found.title, found.closed) == ("Budget for the youth festival", False)
    found = point_heading("12.   L   Salg af jord")
    assert found is not None and (found.title, found.closed) == ("Salg af jord", True)
