"""The synthetic scale corpus: deterministic, parseable, in both flavours, and new text.

"New" is checked against the real minutes as the parser reads them, independently of what the
generator learnt: no synthetic sentence, bullet, title or attachment line equals a real one or
shares a run of more than ``MAX_COPY_WORDS`` words with one (case, punctuation and numbers
ignored), no synthetic decision holds a real decision, and the names that identify one real
point (Solgården, Taxhuset, ...) do not recur.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks.make_corpus import (  # noqa: E402
    MAX_COPY_WORDS,
    STANDING,
    fold,
    load_vocabulary,
    make_corpus,
    norm_words,
    split_sentences,
)
from indexer.models import Meeting  # noqa: E402
from indexer.parse import parse_file  # noqa: E402

CORPUS = ROOT / "corpus"

# The generator writes and reads back whole synthetic archives (seconds a module): make test
# runs these, the quick tier (under a minute) does not.
pytestmark = pytest.mark.sweep


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_corpus(40, 7, tmp_path_factory.mktemp("synth"))


@pytest.fixture(scope="module")
def parsed(synth: list[Path]) -> list[tuple[Path, Meeting]]:
    # Each synthetic file parsed once for the module: the checks below all read the same parse.
    return [(path, parse_file(path)) for path in synth]


@pytest.fixture(scope="module")
def real() -> list[Meeting]:
    return [parse_file(p) for p in sorted(CORPUS.iterdir()) if p.suffix in {".txt", ".md"}]


def _sentences(meeting: Meeting) -> Iterator[tuple[int, str]]:
    for point in meeting.points:
        for section in point.sections:
            for line in section.text.splitlines():
                for sentence in split_sentences(line):
                    yield point.number, sentence


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_make_corpus_is_deterministic(synth: list[Path], tmp_path: Path) -> None:
    again = make_corpus(40, 7, tmp_path)
    assert [p.name for p in again] == [p.name for p in synth]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, synth, strict=True))
    other = make_corpus(12, 8, tmp_path / "other")
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in synth[:12]]


def test_reuse_keeps_a_current_folder_and_regenerates_a_stale_one(tmp_path: Path) -> None:
    files = make_corpus(3, 5, tmp_path, reuse=True)
    mtimes = [p.stat().st_mtime_ns for p in files]
    files[0].write_text("edited", encoding="utf-8")
    edited = files[0].stat().st_mtime_ns
    assert make_corpus(3, 5, tmp_path, reuse=True) == files  # stamp matches: nothing rewritten
    assert files[0].read_text(encoding="utf-8") == "edited"
    (tmp_path / ".generated").write_text("generator 1 n 3 seed 5 corpus x", encoding="utf-8")
    again = make_corpus(3, 5, tmp_path, reuse=True)
    assert again == files and files[0].read_text(encoding="utf-8") != "edited"
    assert files[0].stat().st_mtime_ns != edited
    assert [p.stat().st_mtime_ns for p in files[1:]] == mtimes[1:]  # unchanged bytes: untouched


def test_both_flavours_new_dates_and_new_case_numbers(
    synth: list[Path], parsed: list[tuple[Path, Meeting]], real: list[Meeting]
) -> None:
    assert {p.suffix for p in synth} == {".txt", ".md"}
    real_dates = {m.date for m in real}
    real_cases = {p.case_number for m in real for p in m.points}
    meetings = [m for _, m in parsed]
    dates = [m.date for m in meetings]
    assert len(set(dates)) == len(dates)
    assert not set(dates) & real_dates
    assert all(2010 <= d.year <= 2025 for d in dates)
    assert {d.year < 2016 for d in dates} == {True, False}  # both section orders
    cases = {p.case_number for m in meetings for p in m.points}
    assert not cases & real_cases


def test_synthetic_meetings_parse(parsed: list[tuple[Path, Meeting]]) -> None:
    closed = 0
    sections: set[str] = set()
    for path, meeting in parsed:
        assert meeting.board == "Direktionen"
        assert len(meeting.toc) == len(meeting.points) >= 7
        assert [e.title for e in meeting.toc] == [p.title for p in meeting.points]
        assert [p.number for p in meeting.points] == list(range(1, len(meeting.points) + 1))
        for point in meeting.points:
            assert point.case_number and re.fullmatch(r"\d{2}/\d{3,5}", point.case_number)
            assert point.closed or point.sections
            closed += point.closed
            sections.update(s.name for s in point.sections)
            for decision in point.decisions:
                assert decision.decision_date == meeting.date
        text = path.read_text(encoding="utf-8")
        assert text.startswith("\n\n") and not text.endswith("\n")
    assert closed > 0
    assert {"Sagsfremstilling", "Indstilling", "Beslutning", "Baggrund", "Bilag"} <= sections


def test_no_synthetic_sentence_or_title_copies_a_real_one(
    parsed: list[tuple[Path, Meeting]], real: list[Meeting]
) -> None:
    real_sentences = {norm_words(s) for m in real for _, s in _sentences(m)}
    real_titles = {norm_words(p.title) for m in real for p in m.points}
    n = MAX_COPY_WORDS + 1
    real_runs = {words[i : i + n] for words in real_sentences for i in range(len(words) - n + 1)}
    checked = 0
    for path, meeting in parsed:
        for number, sentence in _sentences(meeting):
            words = norm_words(sentence)
            checked += 1
            assert words not in real_sentences, (path.name, number, sentence)
            runs = {words[i : i + n] for i in range(len(words) - n + 1)}
            assert not runs & real_runs, (path.name, number, sentence)
        for point in meeting.points:
            if point.closed or point.title.startswith(STANDING):
                continue  # "Lukket" and "Huskeliste <date>" recur in every archive
            assert norm_words(point.title) not in real_titles, (path.name, point.title)
    assert checked > 1000


def test_synthetic_decisions_never_hold_a_real_decision(
    parsed: list[tuple[Path, Meeting]],
) -> None:
    blocks = load_vocabulary().decision_blocks
    assert blocks
    decisions = 0
    for path, meeting in parsed:
        for point in meeting.points:
            for section in point.decisions:
                decisions += 1
                folded = fold(section.text)
                for block in blocks:
                    assert block not in folded, (path.name, point.number, block[:80])
    assert decisions > 100


def test_names_of_one_real_point_do_not_recur(parsed: list[tuple[Path, Meeting]]) -> None:
    names = set(load_vocabulary().names)
    assert {"Solgården", "Taxhuset", "Egmontfonden"} <= names
    pattern = re.compile(r"\b(?:" + "|".join(sorted(names)) + r")s?\b")
    for path, meeting in parsed:
        # The header's attendees are real staff, as in the real minutes; points are checked.
        for point in meeting.points:
            text = "\n".join([point.title, *(s.text for s in point.sections)])
            found = pattern.search(text)
            assert found is None, (path.name, point.number, found and found.group(0))
