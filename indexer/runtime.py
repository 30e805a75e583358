"""Build the embedder and the store that the settings describe (shared by the CLI and the API)."""

from __future__ import annotations

from indexer.config import Settings
from indexer.embed import Embedder, make_embedder
from indexer.pipeline import IndexOptions
from indexer.store import ChromaStore, make_client


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(
        settings.embedding_model,
        batch_size=settings.embedding_batch_size,
        device=settings.embedding_device,
        threads=settings.embed_threads,
    )


def open_store(settings: Settings, embedder: Embedder, *, check_model: bool = True) -> ChromaStore:
    """Open (or create) the index collections for ``embedder``'s model.

    Args:
        settings: where the store lives.
        embedder: whose model the index must have been built with.
        check_model: False only for ``--rebuild``, which replaces an index built with another
            model (ModelMismatchError otherwise).
    """
    client = make_client(
        chroma_path=None if settings.chroma_url else settings.chroma_path,
        url=settings.chroma_url,
        token=settings.chroma_token,
    )
    return ChromaStore(client, settings.collection, embedder.model_id, check_model=check_model)


def index_options(settings: Settings) -> IndexOptions:
    """The chunking and file limits every indexing entry (index, watch, POST /v1/index) uses."""
    return IndexOptions(
        max_tokens=settings.chunk_max_tokens,
        overlap_tokens=settings.chunk_overlap_tokens,
        max_file_mb=settings.max_file_mb,
    )
