"""Domain errors. They are translated into HTTP statuses or CLI messages only at the edges."""

from __future__ import annotations


class ReferatError(Exception):
    """Base of every error Referat raises on purpose."""


class ParseError(ReferatError, ValueError):
    """A minutes file cannot be read or has no usable structure; the message names the reason."""


class EmbeddingError(ReferatError):
    """The embedding model cannot be loaded or run."""


class StoreError(ReferatError):
    """The vector store cannot be opened, read or written."""


class ModelMismatchError(StoreError):
    """The collection was built with another embedding model: re-index with --rebuild."""


class IndexNotReadyError(StoreError):
    """The index is empty, missing or half-written; a re-index is needed."""
