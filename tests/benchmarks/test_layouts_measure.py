"""The layout measurement (benchmarks/layouts.py) scores what the reader got right and wrong."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.layouts import compare, report
from indexer.parse import parse_file

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"


def _gold(name: str) -> dict:  # type: ignore[type-arg]
    expected = json.loads((LAYOUTS / "expected.json").read_text("utf-8"))
    return next(e for e in expected if e["file"] == name)


def test_a_file_read_right_scores_full_marks() -> None:
    gold = _gold("pdftext/teknik-2020-01-09.txt")
    r = compare(gold, parse_file(LAYOUTS / gold["file"]))
    assert (r.date_ok, r.board_ok, r.kind_ok) == (True, True, True)
    assert (r.points_found, r.cases_ok, r.closed_ok) == (3, 3, 1)
    assert r.open_wrongly_closed == 0


def test_what_the_reader_got_wrong_is_counted() -> None:
    gold = _gold("pdftext/teknik-2020-01-09.txt")
    wrong = dict(gold, date="2020-01-10", board="Byrådet")
    wrong["points"] = [
        [1, "x", "20/99999", False],  # a wrong case number
        [2, "x", "20/33840", True],  # an open point said to be closed
        [3, "x", "19/28811", False],  # a closed point said to be open
        [9, "x", "20/1", True],  # a point the reader does not have
    ]
    r = compare(wrong, parse_file(LAYOUTS / gold["file"]))
    assert (r.date_ok, r.board_ok) == (False, False)
    assert (r.points_expected, r.points_found) == (4, 3)
    assert (r.cases_expected, r.cases_ok) == (4, 2)
    assert (r.closed_expected, r.closed_ok) == (2, 0)
    assert r.open_wrongly_closed == 1
    table = report([r], LAYOUTS)
    assert "| case numbers | 2/4 (50%) |" in table
