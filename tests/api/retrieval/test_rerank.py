"""Optional cross-encoder re-ranking: runs only where a model is available offline.

No cross-encoder ships in a PyPI package, so this is skipped unless REFERAT_RERANKER_MODEL names a
sentence-transformers cross-encoder on disk (e.g. a copy of a multilingual ms-marco model).
"""

from __future__ import annotations

import os

import pytest

from api.retrieval.retriever import Reranker, Retriever
from api.service import ReferatService

MODEL = os.environ.get("REFERAT_RERANKER_MODEL")


@pytest.mark.skipif(
    not MODEL,
    reason="no cross-encoder available offline "
    "(set REFERAT_RERANKER_MODEL to a local model to run this)",
)
def test_reranker_keeps_points_and_puts_the_right_one_first(service: ReferatService) -> None:
    assert MODEL
    base = service.retriever
    reranked = Retriever(base.store, base.embedder, reranker=Reranker(MODEL))
    question = "hvad blev besluttet om Solgårdens takster?"
    # The cross-encoder re-orders the fused top 20; it never brings in other points.
    candidates = {p.point_key for p in base.search(question, k=20).points}
    result = reranked.search(question, k=10)
    assert {p.point_key for p in result.points} <= candidates
    assert result.points[0].point_key == ("direktionen-2017-06-19", 5)
    assert len({p.point_key for p in result.points}) == len(result.points)
