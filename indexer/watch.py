"""Keep the index in line with a folder the secretariat drops minutes into.

``watch_corpus`` indexes the folders once, then waits for files to be added, changed or removed
and re-indexes after each quiet period (debounced, so a copy of many files is one run). Every run
is the ordinary incremental ``index_corpus``: unchanged files cost a hash, a removed file loses its
chunks, and the store's generation moves, so API workers that share the store pick it up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from indexer.embed import Embedder
from indexer.pipeline import (
    IGNORED_NAMES,
    SUPPORTED_SUFFIXES,
    IndexOptions,
    IndexSummary,
    index_corpus,
)
from indexer.store import ChromaStore

log = logging.getLogger("referat.watch")

OnIndexed = Callable[[IndexSummary, list[str]], None]


def is_minutes_file(path: str) -> bool:
    """Whether a changed path can be a minutes file (hidden files and editor temp files not)."""
    p = Path(path)
    if p.name.startswith(".") or p.name.lower() in IGNORED_NAMES or p.name.endswith("~"):
        return False
    return p.suffix.lower() in SUPPORTED_SUFFIXES


def _watch_filter(_change: Any, path: str) -> bool:
    # A deleted folder arrives as one event for the folder: let it through too.
    return is_minutes_file(path) or not Path(path).suffix


def watch_corpus(
    paths: Sequence[Path],
    embedder: Embedder,
    store: ChromaStore,
    *,
    debounce_ms: int = 1600,
    stop_event: threading.Event | None = None,
    on_indexed: OnIndexed | None = None,
    force_polling: bool | None = None,
    options: IndexOptions | None = None,
) -> None:
    """Index ``paths`` now, then again whenever minutes files under them change.

    Args:
        paths: folders (or files) of minutes to watch; they must exist.
        embedder: computes vectors for new or changed chunks.
        store: the store to keep current (embedded or a Chroma server).
        debounce_ms: wait this long for changes to settle before a run.
        stop_event: set it to stop watching (checked while waiting); runs until then.
        on_indexed: called with the summary and the changed paths after every run
            (the first run reports no changed paths).
        force_polling: poll instead of OS notifications, e.g. for a network share (SMB/NFS)
            where inotify sees nothing; None lets watchfiles decide.
        options: chunk sizes and the file size limit, as ``referat index`` uses them
            (``indexer.runtime.index_options(settings)``); the defaults otherwise.
    """
    from watchfiles import watch

    roots = list(paths)

    def run(changed: list[str]) -> None:
        summary = index_corpus(roots, embedder, store, options=options)
        for failure in summary.failed:
            log.warning("not indexed: %s: %s", failure.path, failure.reason)
        for skipped in summary.skipped:
            log.warning("skipped: %s: %s", skipped.path, skipped.reason)
        log.info(
            "indexed %d files (%d chunks embedded, %d removed), generation %d",
            summary.files,
            summary.chunks_embedded,
            summary.removed,
            summary.generation,
        )
        if on_indexed is not None:
            on_indexed(summary, changed)

    run([])
    for changes in watch(
        *roots,
        watch_filter=_watch_filter,
        debounce=debounce_ms,
        stop_event=stop_event,
        force_polling=force_polling,
        raise_interrupt=False,
    ):
        run(sorted({path for _, path in changes}))
