"""Training layouts of round 14: invented minutes in layout families the reader had little of.

Each file under tests/resources/layouts_train14/ is an invented meeting (our own words, names
and case numbers): a council's PDF text with a contents list ending in page numbers, several
boards' decisions per point and session lines ("Mødet hævet kl. 19.05."); an I/S's
repræsentantskab in Markdown with account lines and an unnumbered closed heading between
numbered points; a beredskabskommission's web page whose closed points come last without a
number; an English agenda ("Item N:", "Background:", "Closed item:"); a Word file with the case
number after the decision and an "English summary"; a web copy with "Summary in English" and
two consecutive unnumbered closed points; a kommunalbestyrelse's chain of decisions
("Økonomiudvalget den 8. april 2026, pkt. 54:"); a tillægsreferat with "(Sagsnr. …)" last; an
agenda whose contents wrap and group the closed points; a music school board's Word headings
with the case number or status at tab stops. expected.json holds what a reader of each file
sees, in the gold format of benchmarks/layouts.py, and the words only a closed body holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from indexer.models import Meeting
from indexer.parse import parse_file

TRAIN = Path(__file__).resolve().parents[1] / "resources" / "layouts_train14"
EXPECTED: list[dict[str, Any]] = json.loads((TRAIN / "expected.json").read_text("utf-8"))
SECRETS = [(e["file"], s) for e in EXPECTED for s in e["secrets"]]
# Furniture and metadata that must never reach a section's text.
FURNITURE = (
    "Side 1", "Side 2", "Side 3", "Side 4", "Side 5", "Sagsnr", "Sagsnummer", "Sagsid",
    "J.nr.", "Case no.", "Dok.nr.", "Print siden", "Del på Facebook", "Til toppen",
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
