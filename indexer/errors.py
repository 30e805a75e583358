"""Domain errors. They are translated into HTTP statuses or CLI messages only at the edges."""

from __future__ import annotations


class ReferatError(Exception):
    """Base of every error Referat raises on purpose."""


class ParseError(ReferatError, ValueError):
    """A minutes file cannot be read or has no usable structure; the message names the reason.

    ``part`` says which part of the reading failed (file, header, points) and ``line`` the
    1-based line it stopped at, when there is one (for ``referat index --explain``).
    """

    def __init__(self, message: str, *, part: str = "file", line: int | None = None) -> None:
        super().__init__(message)
        self.part = part
        self.line = line


class EmbeddingError(ReferatError):
    """The embedding model cannot be loaded or run."""


class StoreError(ReferatError):
    """The vector store cannot be opened, read or written."""


class ModelMismatchError(StoreError):
    """The collection was built with another embedding model: re-index with --rebuild."""


class IndexNotReadyError(StoreError):
    """The index is empty, missing or half-written; a re-index is needed."""
