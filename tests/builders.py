"""Test data builders shared by the test folders (pytest puts tests/ on sys.path)."""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Embedder
from indexer.pipeline import IndexSummary, index_corpus
from indexer.runtime import open_store


def minutes_text(board: str, day: date, points: Sequence[tuple[str, str, str]]) -> str:
    """Tiny minutes in the export format: (title, case number, decision text) per point."""
    lines = [
        f"REFERAT {board} d. {day:%d-%m-%Y}",
        "",
        f"Mødedato Mandag d. {day.day}. {day:%m} {day.year} kl. 09:00",
        "",
        "Mødested Rådhuset, mødelokale 1",
        "",
    ]
    for n, (title, case, decision) in enumerate(points, start=1):
        lines += [
            f"Punkt {n}: {title}",
            "",
            case,
            "",
            "Sagsfremstilling",
            "",
            f"{title}. {decision}",
            "",
            f"Beslutning {board} den {day:%d-%m-%Y}",
            "",
            decision,
            "",
        ]
    return "\n".join(lines)


@dataclass
class SmallIndex:
    """A service over a few files indexed on a temporary folder."""

    service: ReferatService
    corpus: Path
    summary: IndexSummary


def index_texts(
    root: Path, files: Mapping[str, str], embedder: Embedder, copies: Sequence[Path] = ()
) -> SmallIndex:
    """Write ``files`` (name → text) and ``copies`` to ``root/corpus``, index them into
    ``root/data`` and return a service over that index; every file must index cleanly."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for path in copies:
        shutil.copy(path, corpus / path.name)
    settings = Settings(
        _env_file=None,
        data_dir=root / "data",  # type: ignore[call-arg]
        corpus_dir=corpus,
    )
    store = open_store(settings, embedder)
    summary = index_corpus([corpus], embedder, store)
    assert not summary.failed, summary.failed
    retriever = open_retriever(settings, embedder=embedder, store=store)
    return SmallIndex(ReferatService(settings, retriever), corpus, summary)


def index_files(root: Path, files: Sequence[Path], embedder: Embedder) -> SmallIndex:
    """Copy ``files`` (minutes in any format the reader takes) to ``root/corpus`` and index
    them as :func:`index_texts` does."""
    return index_texts(root, {}, embedder, copies=files)


def ask(client: TestClient, question: str) -> dict[str, Any]:
    """POST a question to /v1/ask and return the answer's JSON (a 200 is asserted)."""
    response = client.post("/v1/ask", json={"question": question})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def first_citation(body: dict[str, Any]) -> tuple[str, int | None]:
    """The meeting date and punkt of an answer's first citation."""
    first = body["citations"][0]
    return first["meeting_date"], first["punkt"]
