"""Optional cross-encoder re-ranking: runs only where a model is available offline.

No cross-encoder ships in a PyPI package, so this is skipped unless REFERAT_RERANKER_MODEL names a
sentence-transformers cross-encoder on disk (e.g. a copy of a multilingual ms-marco model).
"""

from __future__ import annotations

import os

import pytest

from api.service import ReferatService
from indexer.retrieve import Reranker, Retriever

MODEL = os.environ.get("REFERAT_RERANKER_MODEL")


@pytest.mark.skipif(not MODEL, reason="no cross-encoder available offline "
                    "(set REFERAT_RERANKER_MODEL to a local model to run this)")
def test_reranker_keeps_points_and_puts_the_right_one_first(service: ReferatService) -> None:
    assert MODEL
    base = service.retriever
    reranked = Retriever(base.store, base.embedder, reranker=Reranker(MODEL))
    plain = base.search("hvad blev besluttet om Solgårdens takster?", k=10)
    result = reranked.search("hvad blev besluttet om Solgårdens takster?", k=10)
    assert {p.point_key for p in result.points} <= {p.point_key for p in plain.points} | {
        p.point_key for p in reranked.search("solgården", k=20).points}
    assert result.points[0].point_key == ("direktionen-2017-06-19", 5)
    assert len({p.point_key for p in result.points}) == len(result.points)
