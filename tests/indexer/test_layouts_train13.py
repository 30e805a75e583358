"""Training layouts of round 13: invented minutes in forms the reader misread when written.

Each file under tests/resources/layouts_train13/ is an invented meeting (our own words, names and
case numbers): PDF text with running footers that hold the page ("Økonomiudvalget | 14-01-2027 |
Side 1 af 3") and an export stamp, a Markdown portal export with metadata as list items, a web
page that sets each point's number in an element of its own, a typed 1994 protocol with titles
ending in a period and a closed group, a local council's minutes in a mail citing the
municipality's case number, a Word file with a metadata table under each heading, an agenda
with a lettered point, and a utility's board minutes whose closed point has only marks for a
title. Several titles open with a number ("2027-budget …", "2. behandling …", "10-års plan").
expected.json holds what a reader of each file sees, in the gold format of
benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from indexer.models import Meeting
from indexer.parse import parse_file

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train13"
EXPECTED: list[dict[str, Any]] = json.loads((TRAIN / "expected.json").read_text("utf-8"))
SECRETS = [(e["file"], s) for e in EXPECTED for s in e["secrets"]]
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1 af", "Side 2 af", "Udskrevet", "eksporteret", "genereret", "underskrevet digitalt",
    "Sagsbehandler", "Sagsnr", "Status:",
)  # fmt: skip


@pytest.fixture(scope="module")
def meetings() -> dict[str, Meeting]:
    return {e["file"]: parse_file(TRAIN / e["file"]) for e in EXPECTED}


def test_every_file_has_its_gold() -> None:
    files = {p.name for p in TRAIN.iterdir() if p.suffix in {".txt", ".md", ".html", ".docx"}}
    assert files == {e["file"] for e in EXPECTED}


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_fixture_reads_as_expected(meetings: dict[str, Meeting], expected: dict[str, Any]) -> None:
    m = meetings[expected["file"]]
    assert (m.board, m.date.isoformat(), m.kind) == (
        expected["board"],
        expected["date"],
        expected["kind"],
    )
    got = [[p.number, p.title, p.case_number, p.closed] for p in m.points]
    assert got == expected["points"]


@pytest.mark.parametrize(("file", "secret"), SECRETS)
def test_closed_bodies_are_never_read(meetings: dict[str, Meeting], file: str, secret: str) -> None:
    m = meetings[file]
    assert secret not in m.text
    for p in m.points:
        assert not any(secret in s.text for s in p.sections), p.number
        if p.closed:
            assert p.sections == ()


@pytest.mark.parametrize("file", [e["file"] for e in EXPECTED])
def test_furniture_never_reaches_a_section(meetings: dict[str, Meeting], file: str) -> None:
    for p in meetings[file].points:
        for s in p.sections:
            assert not any(f in s.text for f in FURNITURE), (p.number, s.text)
