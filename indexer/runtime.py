"""Build the embedder and the store that the settings describe (shared by the CLI and the API)."""

from __future__ import annotations

from indexer.config import Settings
from indexer.embed import Embedder, make_embedder
from indexer.store import ChromaStore, make_client


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(
        settings.embedding_model,
        batch_size=settings.embedding_batch_size,
        device=settings.embedding_device,
        threads=settings.embed_threads,
    )


def open_store(settings: Settings, embedder: Embedder) -> ChromaStore:
    """Open (or create) the index collections for ``embedder``'s model."""
    client = make_client(
        chroma_path=None if settings.chroma_url else settings.chroma_path,
        url=settings.chroma_url,
        token=settings.chroma_token,
    )
    return ChromaStore(client, settings.collection, embedder.model_id)
