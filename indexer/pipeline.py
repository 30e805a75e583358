"""index_corpus: discover files -> parse -> chunk -> embed what changed -> store.

Incremental and idempotent: a file whose bytes did not change is skipped; a changed file replaces
exactly its own chunks (only chunks whose content changed are embedded again); a file that is gone
from an indexed folder has its chunks removed. A broken file is reported by name with the reason,
and everything else is indexed.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from indexer.chunk import chunk_meeting
from indexer.embed import Embedder
from indexer.errors import ParseError
from indexer.models import Chunk, Meeting
from indexer.parse import parse_file
from indexer.store import ChromaStore

SUPPORTED_SUFFIXES = {".txt", ".md", ".pdf"}
# Documentation that may sit beside the minutes in a corpus folder; never minutes themselves.
IGNORED_NAMES = {"readme.md", "structure.md", "license", "license.md"}

Progress = Callable[[int, int, str], None]

# A set of minutes is a few hundred kB; a file far above that is not minutes (or would only be
# read whole into memory to find out). Settings.max_file_mb (REFERAT_MAX_FILE_MB) changes it.
DEFAULT_MAX_FILE_MB = 20.0


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class IndexSummary:
    """What one indexing run did. ``unchanged`` counts chunks that needed no new embedding."""

    files: int = 0
    meetings: int = 0
    points: int = 0
    chunks_embedded: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[Failure] = field(default_factory=list)
    generation: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["failed"] = [asdict(f) for f in self.failed]
        return data


def display_path(path: Path) -> str:
    """The path as stored: relative to the working directory when below it, else absolute."""
    resolved = path.absolute()
    try:
        return str(resolved.relative_to(Path.cwd()))
    except ValueError:
        return str(resolved)


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[Failure]]:
    """Find minutes files under the given files and folders, safe against symlink loops.

    Args:
        paths: files or folders.

    Returns:
        The files in a stable order, and failures for paths that cannot be walked.
    """
    found: list[Path] = []
    failures: list[Failure] = []
    seen_dirs: set[str] = set()
    for root in paths:
        if not root.exists():
            failures.append(Failure(str(root), "no such file or folder"))
            continue
        if root.is_file():
            found.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen_dirs:
                failures.append(Failure(dirpath, "symlink loop: folder already visited"))
                dirnames[:] = []
                continue
            seen_dirs.add(real)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith(".") or name.lower() in IGNORED_NAMES:
                    continue
                path = Path(dirpath) / name
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(path)
    return found, failures


def _file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _under(source: str, roots: Iterable[Path]) -> bool:
    src = Path(source).absolute()
    for root in roots:
        r = root.absolute()
        if src == r or r in src.parents:
            return True
    return False


# Chunks embedded and written together: one embedder call and one Chroma write per batch instead
# of per file (a Chroma write costs ~40 ms here, whatever its size; most files hold 5-25
# chunks). Small enough that progress still moves every few files and a killed run loses little.
FLUSH_CHUNKS = 64
FLUSH_FILES = 16


@dataclass
class _Pending:
    """A parsed file whose chunks wait for the next batch; its record is written after them."""

    source: str
    file_hash: str
    meeting: Meeting
    chunks: list[Chunk]
    todo: list[Chunk]
    stale: list[str]


class _ChunkIndex:
    """The store's chunk ids and content hashes by source file, read once per run.

    Replaces a metadata ``where`` query per changed file (Chroma evaluates it over every record:
    ~170 ms at 25k chunks) and the full read the orphan check used to make at the end of a run.
    It is read only when the run has something to compare: a new or changed file, a removed
    one, or a store that may hold orphans.
    """

    def __init__(self, store: ChromaStore) -> None:
        self.store = store
        self._by_source: dict[str, dict[str, str]] | None = None

    @property
    def loaded(self) -> bool:
        return self._by_source is not None

    def by_source(self) -> dict[str, dict[str, str]]:
        if self._by_source is None:
            self._by_source = self.store.chunk_hashes_by_source()
        return self._by_source

    def of(self, source: str) -> dict[str, str]:
        return self.by_source().get(source, {})

    def forget(self, source: str) -> None:
        self.by_source().pop(source, None)


def index_corpus(
    paths: Sequence[Path],
    embedder: Embedder,
    store: ChromaStore,
    *,
    rebuild: bool = False,
    max_tokens: int = 480,
    overlap_tokens: int = 48,
    progress: Progress | None = None,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
) -> IndexSummary:
    """Bring the store in line with the minutes under ``paths``.

    Args:
        paths: files and folders of minutes (.txt, .md, .pdf).
        embedder: computes the vectors (only for new or changed chunks).
        store: the Chroma store to update.
        rebuild: drop everything first and index from scratch.
        max_tokens: chunk size limit in model tokens.
        overlap_tokens: overlap between the pieces of a split agenda point.
        progress: called as ``progress(done, total, path)`` each time a file is done (written,
            found unchanged or failed); ``done`` only grows.
        max_file_mb: larger files are reported as failed without being read.

    Returns:
        The summary of the run; ``failed`` names every file that could not be indexed and why.
    """
    if rebuild:
        store.drop()
    store.ensure_search_breadth()
    summary = IndexSummary()
    files, failures = discover(paths)
    summary.failed.extend(failures)
    records = store.file_records()
    state = store.state()
    generation = int(state.get("generation", 0))
    changed = False
    meeting_owner = {r.meeting_id: r.source_path for r in records.values()}
    existing = _ChunkIndex(store)
    done = 0

    def mark_dirty() -> None:
        nonlocal changed
        if not changed:
            # Tell readers the store is mid-update until the run ends cleanly.
            store.set_state(generation=generation, dirty=True)
            changed = True

    def finished(source: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(files), source)

    # Files that were indexed from these folders before and are gone now. Removed before any
    # file is indexed, so that a renamed file is not refused as a duplicate of its old name.
    sources = [display_path(path) for path in files]
    seen_sources = set(sources)
    for source, record in records.items():
        if source in seen_sources or not _under(source, paths):
            continue
        mark_dirty()
        ids = list(existing.of(source))
        store.delete(ids)
        store.delete_file(source)
        existing.forget(source)
        summary.removed += len(ids)
        if meeting_owner.get(record.meeting_id) == source:
            del meeting_owner[record.meeting_id]

    # The tokenizer is the costliest step outside the model: the chunker counts the same header
    # and section texts several times (about 1.7 calls per distinct text on the real corpus).
    count_tokens = functools.lru_cache(maxsize=8192)(embedder.count_tokens)
    max_tokens_model = min(max_tokens, embedder.max_tokens - 8)
    size_limit = int(max_file_mb * 2**20)
    pending: list[_Pending] = []

    def flush() -> None:
        todo = [c for p in pending for c in p.todo]
        if todo:
            store.upsert(todo, embedder.embed_passages([c.text for c in todo]))
        store.delete([cid for p in pending for cid in p.stale])
        store.put_files([(p.source, p.file_hash, p.meeting, len(p.chunks)) for p in pending])
        for p in pending:
            summary.chunks_embedded += len(p.todo)
            summary.unchanged += len(p.chunks) - len(p.todo)
            summary.removed += len(p.stale)
            finished(p.source)
        pending.clear()

    for path, source in zip(files, sources, strict=True):
        try:
            size = path.stat().st_size
            if size > size_limit:
                # Refused before reading: a huge file must not be loaded into memory.
                raise ParseError(
                    f"file too large: {size / 2**20:.1f} MB, the limit is "
                    f"{size_limit / 2**20:g} MB (REFERAT_MAX_FILE_MB)"
                )
            work = _prepare_file(
                path,
                source,
                count_tokens,
                records,
                meeting_owner,
                existing,
                summary,
                max_tokens_model,
                overlap_tokens,
            )
        except ParseError as e:
            summary.failed.append(Failure(source, str(e)))
            finished(source)
            continue
        except OSError as e:
            summary.failed.append(Failure(source, f"cannot read: {e.strerror or e}"))
            finished(source)
            continue
        if work is None:  # unchanged
            finished(source)
            continue
        mark_dirty()
        pending.append(work)
        if sum(len(p.todo) for p in pending) >= FLUSH_CHUNKS or len(pending) >= FLUSH_FILES:
            flush()
    if pending:
        flush()

    # Chunks whose file has no catalogue record: left by a run that was killed mid-file. A
    # clean store whose records account for every chunk has none, and is not read through.
    known = store.file_records()
    if not existing.loaded and (
        state.get("dirty") or sum(r.chunk_count for r in known.values()) != store.count()
    ):
        existing.by_source()
    if existing.loaded:
        orphans = [
            cid
            for source, hashes in existing.by_source().items()
            if source not in known
            for cid in hashes
        ]
        if orphans:
            mark_dirty()
            store.delete(orphans)
            summary.removed += len(orphans)

    if changed or state.get("dirty"):
        generation += 1
        store.set_state(generation=generation, dirty=False)
    summary.generation = generation
    return summary


def _prepare_file(
    path: Path,
    source: str,
    count_tokens: Callable[[str], int],
    records: dict[str, Any],
    meeting_owner: dict[str, str],
    existing: _ChunkIndex,
    summary: IndexSummary,
    max_tokens: int,
    overlap_tokens: int,
) -> _Pending | None:
    """Parse and chunk one file and find what must be embedded; None when it is unchanged.

    Raises:
        ParseError: the file cannot be read as minutes, or holds a meeting that another file
            already holds.
    """
    data = path.read_bytes()
    file_hash = _file_hash(data)
    record = records.get(source)
    if record is not None and record.file_hash == file_hash:
        summary.files += 1
        summary.meetings += 1
        summary.points += record.point_count
        summary.unchanged += record.chunk_count
        return None
    meeting = replace(parse_file(path), source_path=source)
    owner = meeting_owner.get(meeting.meeting_id)
    if owner is not None and owner != source:
        raise ParseError(
            f"meeting {meeting.meeting_id} is already indexed from {owner} (duplicate file?)"
        )
    chunks = chunk_meeting(meeting, max_tokens, overlap_tokens, count_tokens)
    known = existing.of(source)
    todo = [c for c in chunks if known.get(c.chunk_id) != c.content_hash]
    stale = sorted(set(known) - {c.chunk_id for c in chunks})
    # Claimed now, not when written: a second file with this meeting in the same batch is a
    # duplicate too.
    meeting_owner[meeting.meeting_id] = source
    summary.files += 1
    summary.meetings += 1
    summary.points += len(meeting.points)
    return _Pending(source, file_hash, meeting, chunks, todo, stale)
