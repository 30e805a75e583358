"""The counterfactual negatives generator: hundreds of questions the archive cannot answer."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from api.evaluate import load_questions
from api.negatives import Archive, date_words, generate, load_topics, read_rows
from indexer.parse import parse_file

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    ROOT / "tests" / "resources" / "eval" / "holdout.jsonl",
    ROOT / "tests" / "resources" / "eval" / "holdout2.jsonl",
    ROOT.parent / "shared" / "eval" / "dev.jsonl",
]


@pytest.fixture(scope="module")
def meetings() -> list:
    return [parse_file(p) for p in sorted((ROOT / "corpus").iterdir())]


@pytest.fixture(scope="module")
def made(meetings: list) -> list:
    return generate(read_rows(p for p in FILES if p.exists()), meetings)


def test_hundreds_of_negatives_of_every_reason(made: list) -> None:
    reasons = {n.reason for n in made}
    assert reasons == {"other_year", "other_topic", "other_board", "out_of_range", "closed"}
    assert len(made) >= 200
    assert len({n.id for n in made}) == len(made)


def test_each_negative_falls_outside_the_archive(made: list, meetings: list) -> None:
    archive = Archive.of(meetings)
    for n in made:
        if n.reason == "other_year":
            years = {int(y) for y in re.findall(r"(?:19|20)\d{2}", n.question)}
            assert years - archive.years, n
        elif n.reason == "other_topic":
            # The archive is Danish: an English swap stands for its Danish topic.
            swapped = [da for da, en in load_topics() if da in n.question or en in n.question]
            assert swapped and not any(archive.knows_word(t) for t in swapped), n
        elif n.reason == "other_board":
            assert not any(m.board in n.question for m in meetings), n
    closed = {(m.date, p.number) for m in meetings for p in m.points if p.closed}
    asked = {n.source_id for n in made if n.reason == "closed"}
    assert {f"closed-{d.isoformat()}-{k}" for d, k in closed} == asked


def test_out_of_range_dates_are_not_meetings(made: list, meetings: list) -> None:
    held = {m.date for m in meetings}
    dated = [n for n in made if n.reason == "out_of_range"]
    assert dated
    for n in dated:
        assert not any(_month_in(n.question, d) for d in held), n
        assert len(re.findall(r"(?:19|20)\d{2}", n.question)) == 1, n


def _month_in(text: str, day: date) -> bool:
    return date_words(day, "da") in text


def test_the_same_seed_gives_the_same_negatives(meetings: list) -> None:
    rows = read_rows([FILES[0]])
    assert generate(rows, meetings, seed=1) == generate(rows, meetings, seed=1)
    assert generate(rows, meetings, seed=1) != generate(rows, meetings, seed=2)


def test_negatives_load_as_unanswerable_questions(made: list, tmp_path: Path) -> None:
    path = tmp_path / "neg.jsonl"
    path.write_text("".join(n.to_json() + "\n" for n in made), encoding="utf-8")
    questions = load_questions(path)
    assert len(questions) == len(made)
    assert all(not q.answerable and q.kind == "unanswerable" and q.reason for q in questions)
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["answer_facts"] == []
