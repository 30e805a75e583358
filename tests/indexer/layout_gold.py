"""The gold checks every layout set shares, on a folder of invented minutes and its gold.

A layout set (tests/resources/layouts_*) holds invented meetings and an ``expected.json`` in
the gold format of benchmarks/layouts.py: per file the board, date, kind, points
``[number, title, case number, closed]`` and the words only a closed body holds. A test module
of a set gets its checks with one call and names them, so pytest collects them there::

    GOLD = gold_checks(Path(...) / "layouts_train15", furniture=("Side 1 af",))
    meetings = GOLD.meetings
    test_every_file_has_its_gold = GOLD.every_file_has_its_gold
    ...

Each file is parsed once per module (the ``meetings`` fixture, module-scoped) and every check
reads that parse.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from indexer.headings import closed_mark_only, title_core
from indexer.models import AgendaPoint, Meeting, case_without_label
from indexer.parse import parse_file

# Every suffix the reader reads (a PDF with its text layer too: layouts_blind34 holds one; an
# OpenDocument file and an agenda system's XML export: layouts_blind53 holds one of each).
READ_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".eml", ".rtf", ".pdf", ".odt", ".xml"}


class GoldChecks(NamedTuple):
    """The fixture and the test functions of one layout set (see the module's docstring)."""

    expected: list[dict[str, Any]]
    meetings: Any  # the module-scoped fixture "meetings": {file: Meeting}
    every_file_has_its_gold: Callable[..., None]
    reads_as_its_gold: Callable[..., None]
    closed_bodies_are_never_read: Callable[..., None]
    furniture_never_reaches_a_section: Callable[..., None]


def load_gold(folder: Path) -> list[dict[str, Any]]:
    gold: list[dict[str, Any]] = json.loads((folder / "expected.json").read_text("utf-8"))
    return gold


def same_case(point: AgendaPoint, case: str | None) -> str | None:
    """The gold's case number as the reader writes it: a gold may write the label with the
    number ("Sag nr. 2417"), the reader keeps the number alone ("2417")."""
    if case and point.case_number and case_without_label(case) == point.case_number:
        return point.case_number
    return case


def same_title(point: AgendaPoint, title: str) -> bool:
    """Whether a point's title is the gold's. A closed point may keep its closed mark in the
    title ("Personsag (lukket)" for the gold's "Personsag"): the reader keeps a mark written
    in the heading as written, and a gold may write it or not. A title of marks alone is no
    title: the reader writes "Lukket" for the gold's "Lukket punkt"."""
    if point.title == title:
        return True
    return point.closed and (
        title_core(point.title) == title_core(title)
        or (closed_mark_only(point.title) and closed_mark_only(title))
    )


def gold_differences(meeting: Meeting, expected: Mapping[str, Any]) -> list[str]:
    """What of a file's gold the reader read otherwise, one line each (empty: all of it)."""
    out = [
        f"{name}: read {got!r}, gold {want!r}"
        for name, got, want in (
            ("board", meeting.board, expected["board"]),
            ("date", meeting.date.isoformat(), expected["date"]),
            ("kind", meeting.kind, expected["kind"]),
        )
        if got != want
    ]
    points = list(meeting.points)
    if [p.number for p in points] != [g[0] for g in expected["points"]]:
        out.append(
            f"points: read {[p.number for p in points]}, gold {[g[0] for g in expected['points']]}"
        )
    for point, (number, title, case, closed) in zip(points, expected["points"], strict=False):
        got = (point.number, point.title, point.case_number, point.closed)
        if not same_title(point, title) or (point.case_number, point.closed) != (
            same_case(point, case),
            closed,
        ):
            out.append(f"point {number}: read {got!r}, gold {(number, title, case, closed)!r}")
    return out


def gold_checks(
    folder: Path,
    *,
    furniture: Sequence[str] = (),
    known: Mapping[str, str] | None = None,
) -> GoldChecks:
    """The shared checks of the layout set in ``folder``.

    ``furniture``: words of page furniture and metadata that must never reach a section's text.
    ``known``: files the reader does not yet read as their gold, with why; their gold check is
    expected to fail (strictly: reading one right fails the test until it is taken off).
    """
    expected = load_gold(folder)
    known = dict(known or {})
    files = [e["file"] for e in expected]
    secrets = [(e["file"], s) for e in expected for s in e.get("secrets") or ()]

    @pytest.fixture(scope="module", name="meetings")
    def meetings() -> dict[str, Meeting]:
        return {e["file"]: parse_file(folder / e["file"]) for e in expected}

    def every_file_has_its_gold() -> None:
        on_disk = {p.name for p in folder.iterdir() if p.suffix in READ_SUFFIXES}
        assert on_disk == set(files)

    cases = [
        pytest.param(
            e,
            id=e["file"],
            marks=[pytest.mark.xfail(reason=known[e["file"]], strict=True)]
            if e["file"] in known
            else [],
        )
        for e in expected
    ]

    @pytest.mark.parametrize("expected", cases)
    def reads_as_its_gold(meetings: dict[str, Meeting], expected: dict[str, Any]) -> None:
        assert gold_differences(meetings[expected["file"]], expected) == []

    @pytest.mark.parametrize(("file", "secret"), secrets)
    def closed_bodies_are_never_read(meetings: dict[str, Meeting], file: str, secret: str) -> None:
        m = meetings[file]
        assert secret not in m.text
        for p in m.points:
            assert not any(secret in s.text for s in p.sections), p.number
            if p.closed:
                assert p.sections == ()

    @pytest.mark.parametrize("file", files)
    def furniture_never_reaches_a_section(meetings: dict[str, Meeting], file: str) -> None:
        for p in meetings[file].points:
            for s in p.sections:
                assert not any(f in s.text for f in furniture), (p.number, s.text)

    return GoldChecks(
        expected,
        meetings,
        every_file_has_its_gold,
        reads_as_its_gold,
        closed_bodies_are_never_read,
        furniture_never_reaches_a_section,
    )
