"""index_corpus: discover files -> read and parse -> chunk -> embed what changed -> store.

Incremental and idempotent: a file whose bytes did not change is skipped; a changed file replaces
exactly its own chunks (only chunks whose content changed are embedded again); a file that is gone
from an indexed folder has its chunks removed. A broken file is reported by name with the reason,
and everything else is indexed.

A run is a chain of stages over one :class:`_Run`: remove gone files, check the catalogue against
the chunks, prepare every file (read once, parse, chunk, compare), flush the work in batches,
sweep orphan chunks, finish. ``--rebuild`` runs the same chain into an index beside the live one
and switches only when it is complete (``ChromaStore.beside``/``switch_to``).

Only regular files are read: FIFOs, devices and sockets are skipped unopened, symlinks only count
when they lead to somewhere inside the corpus folder, and the size limit holds while reading.
Source ids are relative to the corpus folder (``corpus/2019/a.txt`` for ``corpus``'s
``2019/a.txt``), so a folder indexed from another working directory, or moved, is the same archive.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from indexer import faults
from indexer.chunk import chunk_meeting
from indexer.embed import Embedder
from indexer.errors import ParseError
from indexer.letterhead import decode_letterhead
from indexer.models import SUPPLEMENT, Chunk, Meeting
from indexer.parse import decode_text, parse_text
from indexer.read import (
    HTML_SUFFIXES,
    MAIL_SUFFIXES,
    ODT_SUFFIXES,
    RTF_SUFFIXES,
    WORD_SUFFIXES,
    XML_SUFFIXES,
)
from indexer.store import ChromaStore, FileRecord

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = {
    ".txt",
    ".md",
    ".pdf",
    *HTML_SUFFIXES,
    *WORD_SUFFIXES,
    *MAIL_SUFFIXES,
    *RTF_SUFFIXES,
    *ODT_SUFFIXES,
    *XML_SUFFIXES,
}
# Which file of one meeting wins: the minutes over the agenda, then the newer file. A
# tillægsreferat is not in that contest: it adds points to the meeting (``_Run.fit_supplements``),
# so it never replaces the minutes and the minutes (or a newer agenda) never remove it.
_KIND_RANK = {"dagsorden": 0, "referat": 1}
# Documentation that may sit beside the minutes in a corpus folder; never minutes themselves.
IGNORED_NAMES = {"readme.md", "structure.md", "license", "license.md"}

# ``progress(done, total, name)``: chunks embedded so far of the run's ``total`` (known before
# the first is embedded), and the file the last one came from.
Progress = Callable[[int, int, str], None]

# A set of minutes is a few hundred kB; a file far above that is not minutes (or would only be
# read whole into memory to find out). Settings.max_file_mb (REFERAT_MAX_FILE_MB) changes it.
DEFAULT_MAX_FILE_MB = 20.0

# Chunks embedded and written together: one Chroma write per batch instead of per file (a write
# costs ~40 ms here, whatever its size; most files hold 5-25 chunks). Small enough that a killed
# run loses little.
FLUSH_CHUNKS = 64
FLUSH_FILES = 16

_READ_BLOCK = 1 << 20


@dataclass
class Failure:
    path: str
    reason: str


@dataclass
class IndexSummary:
    """What one indexing run did. ``unchanged`` counts chunks that needed no new embedding;
    ``skipped`` names entries that were never opened (not a regular file, or a symlink leading
    out of the corpus folder)."""

    files: int = 0
    meetings: int = 0
    points: int = 0
    chunks_embedded: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
    generation: int = 0
    # Files read with something to say (a guessed board, a punkt number used twice, a file
    # another file of the same meeting supersedes, a tillægsreferat's punkt number the meeting
    # already has or a tillægsreferat without minutes), and files that replaced an earlier one.
    warned: list[Failure] = field(default_factory=list)
    replaced: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("failed", "skipped", "warned", "replaced"):
            data[name] = [asdict(f) for f in getattr(self, name)]
        return data


# --- finding files -------------------------------------------------------------------------


@dataclass(frozen=True)
class Root:
    """A folder (or single file) given to the indexer; source ids below it start with ``name``."""

    path: Path  # absolute, not resolved: a symlinked corpus folder keeps its own name
    name: str
    is_dir: bool

    @classmethod
    def of(cls, given: Path) -> Root:
        path = Path(os.path.abspath(given))
        if path.is_dir():
            return cls(path, path.name, True)
        return cls(path, path.parent.name, False)

    def source_id(self, path: Path) -> str:
        """The id a file below this root is stored under: ``<folder name>/<path below it>``."""
        below = path.relative_to(self.path) if self.is_dir else Path(path.name)
        return "/".join(p for p in (self.name, below.as_posix()) if p)

    def owns(self, source: str) -> bool:
        """Whether a stored id belongs to this root: ours, or one an older Referat stored
        relative to its working directory or as an absolute path (migrated on the next run)."""
        if self.is_dir:
            if self.name and source.startswith(f"{self.name}/"):
                return True
        elif source == self.source_id(self.path):
            return True
        legacy = Path(os.path.abspath(source))
        return legacy == self.path or self.path in legacy.parents


@dataclass(frozen=True)
class SourceFile:
    path: Path
    source: str


@dataclass
class Discovery:
    files: list[SourceFile] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)


def _kind(mode: int) -> str | None:
    """Why an entry is not a file to read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    return "not a regular file"


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def discover(paths: Sequence[Path]) -> Discovery:
    """Find minutes files under the given files and folders, safe against symlink loops.

    Args:
        paths: files or folders.

    Returns:
        The regular files in a stable order with their source ids; failures for paths that
        cannot be walked; skipped entries (FIFOs, devices, sockets, symlinks leading out of the
        folder) by name with the reason. Nothing skipped is ever opened.
    """
    found = Discovery()
    names: dict[str, Path] = {}
    walked: set[Path] = set()
    for given in paths:
        root = Root.of(given)
        if root.path in walked:
            continue  # the same folder or file given twice
        walked.add(root.path)
        if not os.path.lexists(root.path):
            found.failed.append(Failure(str(given), "no such file or folder"))
            continue
        if root.is_dir:
            if names.setdefault(root.name, root.path) != root.path:
                found.failed.append(
                    Failure(
                        str(given),
                        f"another folder named {root.name!r} is indexed too: their files would "
                        "share source ids; index them into separate data folders",
                    )
                )
                continue
            _walk(root, found)
            continue
        try:
            mode = os.stat(root.path).st_mode
        except OSError as e:
            found.failed.append(Failure(str(given), f"cannot read: {e.strerror or e}"))
            continue
        why = _kind(mode)
        if why:
            found.skipped.append(Failure(str(given), why))
        else:
            found.files.append(SourceFile(root.path, root.source_id(root.path)))
    return found


def _walk(root: Root, found: Discovery) -> None:
    top = os.path.realpath(root.path)
    seen_dirs: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root.path, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            found.failed.append(Failure(dirpath, "symlink loop: folder already visited"))
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        keep = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            full = os.path.join(dirpath, d)
            if os.path.islink(full) and not _inside(os.path.realpath(full), top):
                found.skipped.append(
                    Failure(root.source_id(Path(full)), "symlink leads outside the corpus folder")
                )
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith(".") or name.lower() in IGNORED_NAMES:
                continue
            path = Path(dirpath) / name
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            source = root.source_id(path)
            why = _why_not(path, top)
            if why:
                found.skipped.append(Failure(source, why))
            else:
                found.files.append(SourceFile(path, source))


def _why_not(path: Path, top: str) -> str | None:
    """Why a directory entry must not be read, or None (a stat, never an open)."""
    if path.is_symlink():
        target = os.path.realpath(path)
        if not _inside(target, top):
            return "symlink leads outside the corpus folder"
    try:
        return _kind(os.stat(path).st_mode)
    except OSError as e:
        return f"cannot read: {e.strerror or e} (a broken symlink?)"


# --- reading one file ----------------------------------------------------------------------


def _too_large(limit: int, size: str) -> ParseError:
    return ParseError(
        f"file too large: {size}, the limit is {limit / 2**20:g} MB (REFERAT_MAX_FILE_MB)"
    )


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, read once, at most ``limit`` of them.

    The size limit holds while reading (a file whose size says 0, like a symlink to a device,
    cannot grow past it), and a file whose size or modification time changes while it is read
    (still being copied in) is read once more before it is reported.

    Raises:
        ParseError: not a regular file, too large, or changing under the reader.
        OSError: the file cannot be opened or read.
    """
    for attempt in (1, 2):
        data, stable = _read_once(path, limit)
        if stable:
            return data
        if attempt == 2:
            raise ParseError(
                "the file changed while it was read (twice): is it still being copied? "
                "It is indexed by the next run"
            )
    raise AssertionError("unreachable")


def _read_once(path: Path, limit: int) -> tuple[bytes, bool]:
    # O_NONBLOCK: should the path have become a FIFO since it was found, opening it must not
    # wait for a writer (it has no effect on regular files).
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        before = os.fstat(fd)
        why = _kind(before.st_mode)
        if why:
            raise ParseError(why)
        if before.st_size > limit:
            # Refused before reading: a huge file must not be loaded into memory.
            raise _too_large(limit, f"{before.st_size / 2**20:.1f} MB")
        blocks: list[bytes] = []
        total = 0
        while block := os.read(fd, _READ_BLOCK):
            total += len(block)
            if total > limit:
                raise _too_large(limit, f"more than {limit / 2**20:g} MB read")
            blocks.append(block)
        faults.at("read", path)
        after = os.stat(path)
    finally:
        os.close(fd)
    stable = (after.st_ino, after.st_dev, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_dev,
        before.st_size,
        before.st_mtime_ns,
    ) and total == after.st_size
    return b"".join(blocks), stable


# --- one run ---------------------------------------------------------------------------------


@dataclass
class _Pending:
    """A parsed file whose chunks wait for the next batch; its record is written after them."""

    source: str
    file_hash: str
    meeting: Meeting
    chunks: list[Chunk]
    todo: list[Chunk]
    stale: list[str]
    replaces: str | None = None  # the source of the same meeting this file takes over from


@dataclass(frozen=True)
class _Read:
    """A file parsed in this run (new, changed, or its meeting changed), not yet chunked."""

    file: SourceFile
    file_hash: str
    meeting: Meeting
    stored: bool = False  # not a file of this run: its meeting as the catalogue holds it


_T = TypeVar("_T")


class _Superseded(Exception):
    """The file's meeting is already read from a file that wins (the minutes, or newer)."""


def _precedence(meeting: Meeting, path: Path) -> tuple[int, float]:
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = 0.0
    return (_KIND_RANK.get(meeting.kind, 1), mtime)


class _ChunkIndex:
    """The store's chunk ids and content hashes by source file, read once per run.

    Replaces a metadata ``where`` query per changed file (Chroma evaluates it over every record:
    ~170 ms at 25k chunks) and the full read the orphan check used to make at the end of a run.
    It is read only when the run has something to compare: a new or changed file, a removed
    one, or a store that may hold orphans or lack chunks.
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


@dataclass(frozen=True)
class IndexOptions:
    """How files become chunks: the settings ``index`` and ``watch`` both pass."""

    max_tokens: int = 480
    overlap_tokens: int = 48
    max_file_mb: float = DEFAULT_MAX_FILE_MB
    board: str | None = None  # for files that name none (header, decisions, folder name)


class _Run:
    """The state of one indexing run; each method is one stage (see the module docstring)."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        roots: list[Root],
        options: IndexOptions,
        progress: Progress | None,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.roots = roots
        self.progress = progress
        self.summary = IndexSummary()
        self.records: dict[str, FileRecord] = store.file_records()
        self.state = store.state()
        self.generation = int(self.state.get("generation", 0))
        self.changed = False
        # The file each meeting is read from (its referat or dagsorden; never a tillægsreferat).
        self.meeting_owner = {
            r.meeting_id: r.source_path for r in self.records.values() if r.kind != SUPPLEMENT
        }
        # Meetings whose own file is new, changed, replaced or removed in this run: their
        # tillægsreferater are fitted to them again (``fit_supplements``).
        self.touched: set[str] = set()
        self.prepared: dict[str, Meeting] = {}  # source -> meeting, files prepared in this run
        self.existing = _ChunkIndex(store)
        # Sources whose record may promise chunks the store lacks: prepared even if unchanged.
        self.suspect: set[str] = set()
        # The tokenizer is the costliest step outside the model: the chunker counts the same
        # header and section texts several times (~1.7 calls per distinct text on the corpus).
        self.count_tokens = functools.lru_cache(maxsize=8192)(embedder.count_tokens)
        self.max_tokens = min(options.max_tokens, embedder.max_tokens - 8)
        self.overlap_tokens = options.overlap_tokens
        self.size_limit = int(options.max_file_mb * 2**20)
        self.board = options.board
        self.paths: dict[str, Path] = {}  # source -> file, for the files of this run
        self.read_points: dict[str, int] = {}  # files counted in this run -> their points
        self.read_meetings: dict[str, str] = {}  # files counted in this run -> their meeting
        self.dropped: set[str] = set()  # prepared in this run, then replaced
        self.embedded = 0
        self.to_embed = 0

    def mark_dirty(self) -> None:
        if not self.changed:
            # Tell readers the store is mid-update until the run ends cleanly.
            self.store.set_state(generation=self.generation, dirty=True)
            self.changed = True

    def remove_gone(self, files: list[SourceFile]) -> None:
        """Files indexed from these roots before and gone now (or stored under an older id).
        Removed before any file is indexed, so that a renamed file is not refused as a
        duplicate of its old name."""
        current = {f.source for f in files}
        gone = [
            source
            for source in self.records
            if source not in current and any(r.owns(source) for r in self.roots)
        ]
        if not gone:
            return
        self.mark_dirty()
        ids = [cid for source in gone for cid in self.existing.of(source)]
        self.store.delete(ids)
        self.store.delete_files(gone)
        self.summary.removed += len(ids)
        for source in gone:
            self.existing.forget(source)
            record = self.records.pop(source)
            if self.meeting_owner.get(record.meeting_id) == source:
                del self.meeting_owner[record.meeting_id]
                self.touched.add(record.meeting_id)

    def check_catalogue(self) -> None:
        """Both ways: chunks without a record are swept at the end; records that claim chunks
        the store lacks are prepared again, so the missing chunks are embedded. A store whose
        counts agree and that no run left dirty is not read through."""
        claimed = sum(r.chunk_count for r in self.records.values())
        if self.state.get("dirty"):
            # A killed run may have left any record behind its file: compare every file.
            self.suspect = set(self.records)
        elif claimed != self.store.count():
            held = self.existing.by_source()
            self.suspect = {
                source
                for source, record in self.records.items()
                if len(held.get(source, {})) != record.chunk_count
            }
        # Records without a kind were written by an older Referat, which stored a
        # tillægsreferat as a meeting of its own: each such file is read again, once.
        self.suspect |= {source for source, record in self.records.items() if record.kind is None}

    def prepare_all(self, files: list[SourceFile]) -> list[_Pending]:
        """Read, parse, chunk and compare every file; failures are reported, not raised.

        Tillægsreferater come last: they are fitted to their meeting's points, which the run
        knows only once every other file is read.
        """
        work: list[_Pending] = []
        self.paths = {f.source: f.path for f in files}
        later: list[tuple[SourceFile, _Read | None]] = []
        for file in files:
            record = self.records.get(file.source)
            if record is not None and record.kind == SUPPLEMENT:
                later.append((file, None))  # read after the minutes: their meeting may change
                continue
            read = self._attempt(file, functools.partial(self.read, file))
            if read is None:
                continue
            if read.meeting.kind == SUPPLEMENT:
                later.append((file, read))
                continue
            pending = self._attempt(file, functools.partial(self.prepare_minutes, read))
            if pending is not None:
                work.append(pending)
        work.extend(self.prepare_supplements(later))
        work = [p for p in work if p.source not in self.dropped]
        kept = {s: m for s, m in self.read_meetings.items() if s not in self.dropped}
        self.summary.meetings = len(set(kept.values()))
        self.summary.points = sum(self.read_points[s] for s in kept)
        self.to_embed = sum(len(p.todo) for p in work)
        return work

    def _attempt(self, file: SourceFile, step: Callable[[], _T | None]) -> _T | None:
        """One stage for one file; a file that cannot be indexed is reported, not raised."""
        try:
            return step()
        except _Superseded as e:
            self.summary.warned.append(Failure(file.source, str(e)))
        except ParseError as e:
            self.summary.failed.append(Failure(file.source, str(e)))
        except OSError as e:
            self.summary.failed.append(Failure(file.source, f"cannot read: {e.strerror or e}"))
        return None

    def read(self, file: SourceFile, *, again: bool = False) -> _Read | None:
        """Read and parse one file; None when its bytes are unchanged (and it is counted).

        Args:
            file: the file.
            again: parse it even when it is unchanged (its meeting changed).

        Raises:
            ParseError: the file cannot be read as minutes.
        """
        data = read_file(file.path, self.size_limit)
        file_hash = hashlib.sha256(data).hexdigest()
        source = file.source
        record = self.records.get(source)
        if (
            record is not None
            and record.file_hash == file_hash
            and source not in self.suspect
            and not again
        ):
            self.summary.files += 1
            self.summary.unchanged += record.chunk_count
            self.read_points[source] = record.point_count
            self.read_meetings[source] = record.meeting_id
            return None
        meeting = parse_text(
            decode_text(data, file.path),
            source,
            board=self.board,
            letterhead=decode_letterhead(data, file.path),
        )
        return _Read(file, file_hash, meeting)

    def prepare_minutes(self, read: _Read) -> _Pending:
        """A referat or dagsorden: it holds its meeting, or replaces the file that did.

        Raises:
            _Superseded: another file holds the same meeting and wins over this one.
        """
        meeting, source = read.meeting, read.file.source
        replaces = self._replaces(meeting, read.file)
        # Claimed now, not when written: a second file with this meeting is a duplicate too.
        self.meeting_owner[meeting.meeting_id] = source
        self.touched.add(meeting.meeting_id)
        record = self.records.get(source)
        if record is not None:
            self.touched.add(record.meeting_id)  # the file may have held another meeting
        return self._pending(read, meeting, list(meeting.warnings), replaces)

    def prepare_supplements(self, later: list[tuple[SourceFile, _Read | None]]) -> list[_Pending]:
        """The tillægsreferater, after every other file: each one's points join its meeting's
        (``fit_supplements``). An unchanged one is fitted again when its meeting's own file
        changed in this run."""
        reads: list[_Read] = []
        for file, read in later:
            if read is None:
                again = self.records[file.source].meeting_id in self.touched
                read = self._attempt(file, functools.partial(self.read, file, again=again))
            if read is not None:
                reads.append(read)
        reads.extend(self._stored_supplements({r.file.source for r in reads}))
        work: list[_Pending] = []
        for read in reads:
            if read.meeting.kind != SUPPLEMENT:  # it was one, and is the minutes now
                pending = self._attempt(read.file, functools.partial(self.prepare_minutes, read))
                if pending is not None:
                    work.append(pending)
        by_meeting: dict[str, list[_Read]] = {}
        for read in reads:
            if read.meeting.kind == SUPPLEMENT:
                by_meeting.setdefault(read.meeting.meeting_id, []).append(read)
        for group in by_meeting.values():
            fitted = self.fit_supplements([r.meeting for r in group])
            for read, (meeting, notes) in zip(group, fitted, strict=True):
                work.append(self._pending(read, meeting, [*read.meeting.warnings, *notes], None))
        return work

    def _stored_supplements(self, read: set[str]) -> list[_Read]:
        """Tillægsreferater of a meeting whose own file changed in this run that are no files
        of this run (``referat index`` given one file): fitted again as the catalogue holds
        them, so a number the minutes now use is moved all the same."""
        out: list[_Read] = []
        for source, record in sorted(self.records.items()):
            if (
                record.kind == SUPPLEMENT
                and record.meeting_id in self.touched
                and source not in self.paths
                and source not in read
                and (stored := self.store.file_meeting(source)) is not None
            ):
                file = SourceFile(Path(source), source)
                out.append(_Read(file, record.file_hash, stored, stored=True))
        return out

    def fit_supplements(self, meetings: list[Meeting]) -> list[tuple[Meeting, list[str]]]:
        """The tillægsreferater of one meeting, their points made points of that meeting, each
        with what to warn about it.

        A point numbered like one the meeting already has (in its own file or another
        tillægsreferat) moves past the highest number any of them prints and keeps its printed
        number as label: the parser's rule for a number used twice in one file. So meeting id +
        number name exactly one point everywhere (citations, point JSON, ``#punkt-N`` anchors),
        and a number changes only when the numbers of the meeting's files do. Tillægsreferater
        whose meeting has no other file stand for the meeting on their own.
        """
        mid = meetings[0].meeting_id
        owner = self.meeting_owner.get(mid)
        main = self._meeting_of(owner) if owner is not None else None
        taken = {p.number: owner or "" for p in main.points} if main is not None else {}
        ours = {m.source_path for m in meetings}
        for source, record in sorted(self.records.items()):
            # Stored tillægsreferater of the meeting that this run does not read again.
            if record.kind == SUPPLEMENT and record.meeting_id == mid and source not in ours:
                stored = self.store.file_meeting(source)
                if stored is not None:
                    taken.update((p.number, source) for p in stored.points)
        top = max([0, *taken, *(p.number for m in meetings for p in m.points)])
        out: list[tuple[Meeting, list[str]]] = []
        for meeting in meetings:
            notes: list[str] = []
            if main is None:
                notes.append(
                    f"tillægsreferat without minutes: no referat or dagsorden of meeting {mid} "
                    "is indexed, so its points stand as the meeting on their own"
                )
            points = []
            for point in meeting.points:
                if point.number in taken:
                    top += 1
                    notes.append(
                        f"punkt {point.number} of the tillægsreferat has the number of punkt "
                        f"{point.number} in {taken[point.number]}; it is stored as punkt {top}"
                    )
                    point = replace(point, number=top, label=point.label or str(point.number))
                taken[point.number] = meeting.source_path
                points.append(point)
            board = main.board if main is not None else meeting.board
            out.append((replace(meeting, board=board, points=tuple(points)), notes))
        return out

    def _meeting_of(self, source: str) -> Meeting | None:
        if source in self.prepared:
            return self.prepared[source]
        return self.store.file_meeting(source)

    def _pending(
        self, read: _Read, meeting: Meeting, notes: list[str], replaces: str | None
    ) -> _Pending:
        source = read.file.source
        if notes:
            self.summary.warned.append(Failure(source, "; ".join(notes)))
        chunks = chunk_meeting(meeting, self.max_tokens, self.overlap_tokens, self.count_tokens)
        known = self.existing.of(source)
        todo = [c for c in chunks if known.get(c.chunk_id) != c.content_hash]
        stale = sorted(set(known) - {c.chunk_id for c in chunks})
        self.prepared[source] = meeting
        if not read.stored:
            self.summary.files += 1
            self.read_points[source] = len(meeting.points)
            self.read_meetings[source] = meeting.meeting_id
        return _Pending(source, read.file_hash, meeting, chunks, todo, stale, replaces)

    def _replaces(self, meeting: Meeting, file: SourceFile) -> str | None:
        """The file this one replaces for its meeting, if any (see ``index_corpus``).

        Raises:
            _Superseded: the file that holds the meeting now stays.
        """
        owner = self.meeting_owner.get(meeting.meeting_id)
        if owner is None or owner == file.source:
            return None
        held_path = self.paths.get(owner)
        if held_path is not None:
            try:
                held = parse_text(decode_text(read_file(held_path, self.size_limit), held_path),
                                  owner, board=self.board)  # fmt: skip
            except (ParseError, OSError):
                held = None  # the holder cannot be read any more: this file takes over
            if held is not None and _precedence(held, held_path) >= _precedence(meeting, file.path):
                raise _Superseded(
                    f"not indexed: meeting {meeting.meeting_id} is read from {owner} "
                    "(the minutes, or a newer file of the same kind)"
                )
        note = f"replaces {owner} for meeting {meeting.meeting_id}"
        self.summary.replaced.append(Failure(file.source, note))
        log.info("%s %s", file.source, note)
        self.dropped.add(owner)  # counted earlier in this run: one meeting, not two
        self.prepared.pop(owner, None)
        return owner

    def flush_all(self, work: list[_Pending]) -> None:
        """Embed and write the prepared files in batches; each file's record after its chunks."""
        if work:
            self.mark_dirty()
        for batch in _batches(work):
            self.flush(batch)

    def flush(self, batch: list[_Pending]) -> None:
        replaced = [p.replaces for p in batch if p.replaces is not None]
        if replaced:
            ids = [cid for source in replaced for cid in self.existing.of(source)]
            self.store.delete(ids)
            self.store.delete_files(replaced)
            self.summary.removed += len(ids)
            for source in replaced:
                self.existing.forget(source)
        todo = [(p.source, c) for p in batch for c in p.todo]
        if todo:
            self.store.upsert([c for _, c in todo], self._embed(todo))
        self.store.delete([cid for p in batch for cid in p.stale])
        self.store.put_files([(p.source, p.file_hash, p.meeting, len(p.chunks)) for p in batch])
        for p in batch:
            self.summary.chunks_embedded += len(p.todo)
            self.summary.unchanged += len(p.chunks) - len(p.todo)
            self.summary.removed += len(p.stale)

    def _embed(self, todo: list[tuple[str, Chunk]]) -> list[Any]:
        # In the embedder's own batches, so progress moves with every model call (no extra
        # work: embed_passages would make the same calls).
        vectors: list[Any] = []
        step = max(1, self.embedder.batch_size)
        for start in range(0, len(todo), step):
            piece = todo[start : start + step]
            vectors.extend(self.embedder.embed_passages([c.text for _, c in piece]))
            self.embedded += len(piece)
            if self.progress:
                self.progress(self.embedded, self.to_embed, piece[-1][0])
        return vectors

    def sweep(self) -> None:
        """Chunks whose file has no catalogue record: left by a run that was killed mid-file. A
        clean store whose records account for every chunk has none, and is not read through."""
        known = self.store.file_records()
        if not self.existing.loaded and (
            self.state.get("dirty")
            or sum(r.chunk_count for r in known.values()) != self.store.count()
        ):
            self.existing.by_source()
        if not self.existing.loaded:
            return
        orphans = [
            cid
            for source, hashes in self.existing.by_source().items()
            if source not in known
            for cid in hashes
        ]
        if orphans:
            self.mark_dirty()
            self.store.delete(orphans)
            self.summary.removed += len(orphans)

    def finish(self) -> IndexSummary:
        if self.changed or self.state.get("dirty"):
            self.generation += 1
            self.store.set_state(generation=self.generation, dirty=False)
        self.summary.generation = self.generation
        return self.summary


def _batches(work: list[_Pending]) -> Iterator[list[_Pending]]:
    batch: list[_Pending] = []
    for p in work:
        batch.append(p)
        if sum(len(b.todo) for b in batch) >= FLUSH_CHUNKS or len(batch) >= FLUSH_FILES:
            yield batch
            batch = []
    if batch:
        yield batch


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
    options: IndexOptions | None = None,
    board: str | None = None,
) -> IndexSummary:
    """Bring the store in line with the minutes under ``paths``.

    A file holding a meeting that another file already holds replaces it when it is the
    minutes of an agenda, or the same kind and newer; the other way round it is skipped. Both
    are named in the summary (``replaced``, ``warned``).

    Args:
        paths: files and folders of minutes (.txt, .md, .pdf, .html, .htm, .docx).
        embedder: computes the vectors (only for new or changed chunks).
        store: the Chroma store to update.
        rebuild: index from scratch beside the live index and switch to it when complete.
        max_tokens: chunk size limit in model tokens.
        overlap_tokens: overlap between the pieces of a split agenda point.
        progress: called as ``progress(done, total, source)`` as chunks are embedded: ``total``
            is the run's count of chunks to embed, ``done`` only grows.
        max_file_mb: larger files are reported as failed; the limit holds while reading.
        options: the three above at once (``indexer.runtime.index_options(settings)``); when
            given, it wins over them.
        board: the board of files that name none (in header, decisions or folder name).

    Returns:
        The summary of the run; ``failed`` names every file that could not be indexed and why,
        ``skipped`` every entry that was not read (not a regular file, or outside the folder).
    """
    options = options or IndexOptions(max_tokens, overlap_tokens, max_file_mb)
    if board is not None:
        options = replace(options, board=board)
    store.recover()
    target = store.beside() if rebuild else store
    target.ensure_search_breadth()
    found = discover(paths)
    run = _Run(target, embedder, [Root.of(p) for p in paths], options, progress)
    run.summary.failed.extend(found.failed)
    run.summary.skipped.extend(found.skipped)
    run.remove_gone(found.files)
    run.check_catalogue()
    run.flush_all(run.prepare_all(found.files))
    run.sweep()
    summary = run.finish()
    if rebuild:
        store.switch_to(target)
    return summary
