"""Reciprocal rank fusion and grouping chunk hits into agenda points."""

from __future__ import annotations

from datetime import date

import pytest

from api.retrieval.fusion import (
    fuse_points,
    group_by_point,
    normalize_scores,
    reciprocal_rank_fusion,
)
from indexer.models import Chunk, Hit


def make_chunk(
    chunk_id: str, *, punkt: int = 1, meeting: str = "m1", closed: bool = False
) -> Chunk:
    return Chunk(
        chunk_id=chunk_id,
        meeting_id=meeting,
        board="Direktionen",
        meeting_date=date(2017, 6, 19),
        punkt=punkt,
        title=f"Punkt {punkt}",
        case_number=None,
        section="Sagsfremstilling",
        closed=closed,
        source_path=f"corpus/{meeting}.txt",
        start=0,
        end=1,
        text="x",
        body="x",
        content_hash=chunk_id,
    )


def hits(*chunks: Chunk, start: float = 10.0) -> list[Hit]:
    """Best-first hits with descending scores (RRF only looks at the order)."""
    return [Hit(chunk=c, score=start - i) for i, c in enumerate(chunks)]


A, B, C, D = (make_chunk(x, punkt=n) for n, x in enumerate("abcd", start=1))


def test_rrf_hand_example() -> None:
    fused = reciprocal_rank_fusion([hits(A, B, C), hits(B, D)], k=60)
    scores = {h.chunk.chunk_id: h.score for h in fused}
    assert scores == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61, "c": 1 / 63, "d": 1 / 62})
    assert [h.chunk.chunk_id for h in fused] == ["b", "a", "d", "c"]


def test_rrf_weights() -> None:
    fused = reciprocal_rank_fusion([hits(A, B), hits(B, A)], weights=[2.0, 1.0], k=0)
    scores = {h.chunk.chunk_id: h.score for h in fused}
    assert scores == pytest.approx({"a": 2 / 1 + 1 / 2, "b": 2 / 2 + 1 / 1})
    assert [h.chunk.chunk_id for h in fused] == ["a", "b"]


def test_rrf_dedups_within_a_ranking_and_handles_empty() -> None:
    fused = reciprocal_rank_fusion([hits(A, A, B)], k=60)
    assert [h.chunk.chunk_id for h in fused] == ["a", "b"]
    assert fused[1].score == pytest.approx(1 / 63)
    assert reciprocal_rank_fusion([]) == []
    assert reciprocal_rank_fusion([[], []]) == []


def test_rrf_rejects_mismatched_weights() -> None:
    with pytest.raises(ValueError, match="weights"):
        reciprocal_rank_fusion([hits(A), hits(B)], weights=[1.0])


def test_group_never_repeats_a_point_and_keeps_best_chunks() -> None:
    p1 = [make_chunk(f"p1-{i}", punkt=1) for i in range(4)]
    p2 = make_chunk("p2-0", punkt=2)
    scored = [
        Hit(p1[0], 0.5),
        Hit(p2, 0.9),
        Hit(p1[1], 0.7),
        Hit(p1[2], 0.1),
        Hit(p1[3], 0.3),
    ]
    results = group_by_point(scored, max_chunks=3)
    assert [r.point_key for r in results] == [("m1", 2), ("m1", 1)]
    assert len({r.point_key for r in results}) == len(results)
    assert results[1].chunk_ids == ["p1-1", "p1-0", "p1-3"]
    assert results[1].score == pytest.approx(0.7)
    assert results[0].title == "Punkt 2"


def test_group_drops_closed_chunks() -> None:
    closed = make_chunk("closed", punkt=3, closed=True)
    results = group_by_point([Hit(closed, 9.0), Hit(A, 1.0)])
    assert [r.punkt for r in results] == [1]
    assert all(not h.chunk.closed for r in results for h in r.hits)
    assert group_by_point([Hit(closed, 9.0)]) == []


def test_group_same_punkt_in_different_meetings_stays_apart() -> None:
    x = make_chunk("x", punkt=1, meeting="m1")
    y = make_chunk("y", punkt=1, meeting="m2")
    results = group_by_point([Hit(x, 1.0), Hit(y, 0.5)])
    assert [r.meeting_id for r in results] == ["m1", "m2"]


def test_group_ties_broken_by_supporting_chunks() -> None:
    lone = make_chunk("lone", punkt=1)
    main, extra = make_chunk("main", punkt=2), make_chunk("extra", punkt=2)
    results = group_by_point([Hit(lone, 0.5), Hit(main, 0.5), Hit(extra, 0.2)])
    assert [r.punkt for r in results] == [2, 1]


def test_group_on_fused_hits_end_to_end() -> None:
    a2 = make_chunk("a2", punkt=1)
    fused = reciprocal_rank_fusion([hits(A, B, a2), hits(a2, C)])
    results = group_by_point(fused, max_chunks=1)
    assert [r.punkt for r in results] == [1, 2, 3]
    assert [len(r.hits) for r in results] == [1, 1, 1]
    with pytest.raises(ValueError):
        group_by_point(fused, max_chunks=0)


def test_min_span_keeps_a_flat_dense_list_flat() -> None:
    """Cosines 0.78 and 0.76 are nearly equal: plain min-max stretches them to 1 and 0, a
    minimum span of 0.1 keeps them 0.2 apart."""
    dense = [Hit(A, 0.78), Hit(B, 0.77), Hit(C, 0.76)]
    plain = [h.score for h in normalize_scores(dense, zero_floor=False)]
    kept = [h.score for h in normalize_scores(dense, zero_floor=False, min_span=0.1)]
    assert plain == pytest.approx([1.0, 0.5, 0.0])
    assert kept == pytest.approx([0.2, 0.1, 0.0])
    # A list wider than the minimum span is plain min-max.
    wide = [Hit(A, 0.9), Hit(B, 0.7)]
    assert [
        h.score for h in normalize_scores(wide, zero_floor=False, min_span=0.1)
    ] == pytest.approx([1.0, 0.0])


def test_lexical_landslide_beats_a_dense_hair() -> None:
    """Dense prefers A by 0.02 cosine, BM25 prefers B three times over A: with the minimum
    span B wins; plain min-max hands it to A."""
    dense = [Hit(A, 0.785), Hit(C, 0.78), Hit(D, 0.775), Hit(B, 0.765)]
    lexical = [Hit(B, 6.9), Hit(A, 2.3), Hit(C, 1.0)]

    def top(min_span: float) -> str:
        fused = fuse_points(
            [
                normalize_scores(dense, zero_floor=False, min_span=min_span),
                normalize_scores(lexical, zero_floor=True),
            ],
            score_weight=0.5,
        )
        return fused[0].hits[0].chunk.chunk_id

    assert top(0.0) == "a"
    assert top(0.1) == "b"
