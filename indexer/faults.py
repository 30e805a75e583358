"""Named points where a test can inject a fault: a crash before a store write, a file changing
under the reader.

The indexer calls :func:`at` before every write to the store and between reading a file and
checking that it did not change. Nothing is installed in normal use, so each point costs one
``None`` check (per batch or per file, never per chunk). The crash tests install a hook that
raises at the n-th point, which is the in-process equivalent of a SIGKILL just before that
write: every Chroma call commits on its own, so what a kill would leave is exactly what the
calls before it wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Hook = Callable[[str, Path | None], None]

_hook: Hook | None = None


def at(step: str, path: Path | None = None) -> None:
    """Mark a fault point: ``step`` names it (``"store.upsert"``, ``"read"``), ``path`` is the
    file being read, where there is one."""
    if _hook is not None:
        _hook(step, path)


@contextmanager
def injected(hook: Hook) -> Iterator[None]:
    """Install ``hook`` for the duration of a ``with`` block (tests only)."""
    global _hook
    previous, _hook = _hook, hook
    try:
        yield
    finally:
        _hook = previous
