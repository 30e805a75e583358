"""Combine rankings from several retrievers, and fold chunk hits into agenda-point results.

Reciprocal rank fusion uses ranks only, so BM25 scores (unbounded) and cosine similarities (0..1)
need no calibration against each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from indexer.models import Chunk, Hit

RRF_K = 60


@dataclass(frozen=True)
class PointResult:
    """One agenda point found by a search, with its best-matching chunks (best first).

    ``score`` is the best chunk's score; see :func:`group_by_point` for how points are ordered.
    """

    meeting_id: str
    meeting_date: date
    punkt: int
    title: str
    case_number: str | None
    board: str
    score: float
    hits: tuple[Hit, ...]

    @property
    def point_key(self) -> tuple[str, int]:
        return (self.meeting_id, self.punkt)

    @property
    def chunk_ids(self) -> list[str]:
        return [h.chunk.chunk_id for h in self.hits]


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hit]],
    weights: Sequence[float] | None = None,
    k: int = RRF_K,
) -> list[Hit]:
    """Fuse ranked hit lists: each chunk scores ``sum(weight / (k + rank))`` over the lists.

    Ranks start at 1. A chunk listed twice in one ranking counts once, at its better rank.

    Args:
        rankings: one best-first list of hits per retriever (their own scores are ignored).
        weights: one weight per ranking (default 1.0 each).
        k: the RRF damping constant; larger flattens the gap between top and lower ranks.

    Returns:
        One hit per distinct chunk, carrying the fused score, best first (ties: the chunk seen
        first across the rankings, in ranking order, comes first).

    Raises:
        ValueError: ``weights`` does not have one entry per ranking, or ``k`` is negative.
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"{len(weights)} weights given for {len(rankings)} rankings")
    if k < 0:
        raise ValueError(f"k must be non-negative, got {k}")
    scores: dict[str, float] = {}
    chunks: dict[str, Chunk] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        seen: set[str] = set()
        for rank, hit in enumerate(ranking, start=1):
            chunk_id = hit.chunk.chunk_id
            if chunk_id in seen:
                continue
            seen.add(chunk_id)
            chunks.setdefault(chunk_id, hit.chunk)
            scores[chunk_id] = scores.get(chunk_id, 0.0) + weight / (k + rank)
    # sorted() is stable, so equal scores keep first-seen order.
    ordered = sorted(scores, key=lambda cid: -scores[cid])
    return [Hit(chunk=chunks[cid], score=scores[cid]) for cid in ordered]


def group_by_point(hits: Sequence[Hit], max_chunks: int = 3) -> list[PointResult]:
    """Fold chunk hits into one result per agenda point, never the same point twice.

    Points are ordered by their best chunk's score. The sum of their other chunks' scores only
    breaks ties: a point's relevance is its best passage, and letting several weaker chunks add
    up would favour long points that happen to be split into many chunks. Closed chunks are
    dropped whatever the caller passed in: nothing from a ``Lukket`` point may be shown.

    Args:
        hits: hits in any order (usually :func:`reciprocal_rank_fusion` output).
        max_chunks: how many of a point's best chunks to keep on its result.

    Returns:
        Point results, best first.

    Raises:
        ValueError: ``max_chunks`` is less than 1.
    """
    if max_chunks < 1:
        raise ValueError(f"max_chunks must be at least 1, got {max_chunks}")
    groups: dict[tuple[str, int], list[Hit]] = {}
    seen: set[str] = set()
    for hit in sorted(hits, key=lambda h: -h.score):
        if hit.chunk.closed or hit.chunk.chunk_id in seen:
            continue
        seen.add(hit.chunk.chunk_id)
        groups.setdefault(hit.chunk.point_key, []).append(hit)

    def rank_key(group: list[Hit]) -> tuple[float, float]:
        return (-group[0].score, -sum(h.score for h in group[1:]))

    results: list[PointResult] = []
    for group in sorted(groups.values(), key=rank_key):
        best = group[0].chunk
        results.append(
            PointResult(
                meeting_id=best.meeting_id,
                meeting_date=best.meeting_date,
                punkt=best.punkt,
                title=best.title,
                case_number=best.case_number,
                board=best.board,
                score=group[0].score,
                hits=tuple(group[:max_chunks]),
            )
        )
    return results


def normalize_scores(hits: Sequence[Hit], *, zero_floor: bool, min_span: float = 0.0) -> list[Hit]:
    """Scale one retriever's scores into [0, 1]: divided by the best score (``zero_floor``, for
    BM25 whose zero means "no match"), or min-max over the list (for cosine similarities, which
    crowd into a narrow band well above zero).

    ``min_span`` keeps min-max from magnifying a flat list: cosines that differ by 0.02 are
    nearly equal whatever the rest of the list looks like, so the span is never taken smaller
    than this. Measured on the development questions the dense list spans 0.03-0.10 (median
    0.05); with the span taken at least 0.1, a point that the dense model ranks first by a hair
    no longer outweighs one that BM25 ranks first by a wide margin (an English question lost
    its gold point that way), and nothing else moved for spans between 0.05 and 0.15.
    """
    if not hits:
        return []
    top = max(h.score for h in hits)
    low = 0.0 if zero_floor else min(h.score for h in hits)
    span = max(top - low, min_span)
    return [Hit(h.chunk, (h.score - low) / span if span > 0 else 1.0) for h in hits]


def fuse_points(
    rankings: Sequence[Sequence[Hit]],
    weights: Sequence[float] | None = None,
    k: int = RRF_K,
    score_weight: float = 0.5,
    max_chunks: int = 3,
) -> list[PointResult]:
    """Reciprocal rank fusion at the level of agenda points, with normalised scores as a second
    signal.

    Each ranking is first collapsed to agenda points (a point's rank is its best chunk's rank), so
    a point split into many chunks does not crowd out the others. A point then scores
    ``rrf + score_weight * s``, both in [0, 1]: ``rrf`` is the weighted reciprocal-rank sum scaled
    so that first place in every ranking gives 1, and ``s`` the weighted mean of the point's
    normalised scores (see :func:`normalize_scores`; pass normalised hits). Ranks alone cannot
    tell a point that is first by a wide margin in one list and second in the other from the
    reverse; the scores can, and measured on the development questions this decides the near
    ties that pure RRF loses (0 turns it into plain RRF).

    Args:
        rankings: best-first hit lists with normalised scores, one per retriever.
        weights: one weight per retriever (default 1.0 each).
        k: the RRF damping constant.
        score_weight: weight of the normalised-score term.
        max_chunks: how many of a point's best chunks to keep.

    Returns:
        Point results, best first, closed points never included.
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"{len(weights)} weights given for {len(rankings)} rankings")
    total = sum(weights) or 1.0
    rrf: dict[tuple[str, int], float] = {}
    norm: dict[tuple[str, int], float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        seen: set[tuple[str, int]] = set()
        for hit in ranking:
            key = hit.chunk.point_key
            if hit.chunk.closed or key in seen:
                continue
            seen.add(key)
            rank = len(seen)
            rrf[key] = rrf.get(key, 0.0) + weight * (k + 1) / (k + rank) / total
            norm[key] = norm.get(key, 0.0) + weight * hit.score / total
    fused = {key: rrf[key] + score_weight * norm[key] for key in rrf}
    chunk_order = group_by_point(reciprocal_rank_fusion(rankings, weights, k), max_chunks)
    by_key = {p.point_key: p for p in chunk_order}
    ordered = sorted(fused, key=lambda key: -fused[key])
    return [replace(by_key[key], score=fused[key]) for key in ordered if key in by_key]
