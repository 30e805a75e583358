"""index_corpus: discover files -> parse -> chunk -> embed what changed -> store.

Incremental and idempotent: a file whose bytes did not change is skipped; a changed file replaces
exactly its own chunks (only chunks whose content changed are embedded again); a file that is gone
from an indexed folder has its chunks removed. A broken file is reported by name with the reason,
and everything else is indexed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from indexer.chunk import chunk_meeting
from indexer.embed import Embedder
from indexer.errors import ParseError
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
        progress: called as ``progress(done, total, path)`` after each file.
        max_file_mb: larger files are reported as failed without being read.

    Returns:
        The summary of the run; ``failed`` names every file that could not be indexed and why.
    """
    if rebuild:
        store.drop()
    summary = IndexSummary()
    files, failures = discover(paths)
    summary.failed.extend(failures)
    records = store.file_records()
    state = store.state()
    generation = int(state.get("generation", 0))
    changed = False
    seen_sources: set[str] = set()
    meeting_owner = {r.meeting_id: r.source_path for r in records.values()}

    def mark_dirty() -> None:
        nonlocal changed
        if not changed:
            # Tell readers the store is mid-update until the run ends cleanly.
            store.set_state(generation=generation, dirty=True)
            changed = True

    # Files that were indexed from these folders before and are gone now. Removed before any
    # file is indexed, so that a renamed file is not refused as a duplicate of its old name.
    sources = [display_path(path) for path in files]
    seen_sources.update(sources)
    for source, record in records.items():
        if source in seen_sources or not _under(source, paths):
            continue
        mark_dirty()
        ids = list(store.chunk_hashes(source))
        store.delete(ids)
        store.delete_file(source)
        summary.removed += len(ids)
        if meeting_owner.get(record.meeting_id) == source:
            del meeting_owner[record.meeting_id]

    max_tokens_model = min(max_tokens, embedder.max_tokens - 8)
    size_limit = int(max_file_mb * 2**20)
    for done, (path, source) in enumerate(zip(files, sources, strict=True), start=1):
        try:
            size = path.stat().st_size
            if size > size_limit:
                # Refused before reading: a huge file must not be loaded into memory.
                raise ParseError(
                    f"file too large: {size / 2**20:.1f} MB, the limit is "
                    f"{size_limit / 2**20:g} MB (REFERAT_MAX_FILE_MB)"
                )
            _index_file(path, source, embedder, store, records, meeting_owner, summary,
                        max_tokens_model, overlap_tokens, mark_dirty)
        except ParseError as e:
            summary.failed.append(Failure(source, str(e)))
        except OSError as e:
            summary.failed.append(Failure(source, f"cannot read: {e.strerror or e}"))
        if progress:
            progress(done, len(files), source)

    # Chunks whose file has no catalogue record: left by a run that was killed mid-file.
    known = set(store.file_records())
    orphans = [cid for cid, src in store.chunk_sources().items() if src not in known]
    if orphans:
        mark_dirty()
        store.delete(orphans)
        summary.removed += len(orphans)

    if changed or state.get("dirty"):
        generation += 1
        store.set_state(generation=generation, dirty=False)
    summary.generation = generation
    return summary


def _index_file(
    path: Path,
    source: str,
    embedder: Embedder,
    store: ChromaStore,
    records: dict[str, Any],
    meeting_owner: dict[str, str],
    summary: IndexSummary,
    max_tokens: int,
    overlap_tokens: int,
    mark_dirty: Callable[[], None],
) -> None:
    data = path.read_bytes()
    file_hash = _file_hash(data)
    record = records.get(source)
    if record is not None and record.file_hash == file_hash:
        summary.files += 1
        summary.meetings += 1
        summary.points += record.point_count
        summary.unchanged += record.chunk_count
        return
    meeting = replace(parse_file(path), source_path=source)
    owner = meeting_owner.get(meeting.meeting_id)
    if owner is not None and owner != source:
        raise ParseError(
            f"meeting {meeting.meeting_id} is already indexed from {owner} (duplicate file?)"
        )
    chunks = chunk_meeting(meeting, max_tokens, overlap_tokens, embedder.count_tokens)
    existing = store.chunk_hashes(source)
    todo = [c for c in chunks if existing.get(c.chunk_id) != c.content_hash]
    stale = sorted(set(existing) - {c.chunk_id for c in chunks})
    mark_dirty()
    if todo:
        vectors = embedder.embed_passages([c.text for c in todo])
        store.upsert(todo, vectors)
    store.delete(stale)
    store.put_file(source, file_hash, meeting, len(chunks))
    meeting_owner[meeting.meeting_id] = source
    summary.files += 1
    summary.meetings += 1
    summary.points += len(meeting.points)
    summary.chunks_embedded += len(todo)
    summary.unchanged += len(chunks) - len(todo)
    summary.removed += len(stale)
