"""The refusal rule on hand-made retrieval results: which signals make it refuse."""

from __future__ import annotations

from datetime import date

from api.rag import RefusalRule
from indexer.fusion import PointResult
from indexer.models import Chunk, Hit
from indexer.query import SearchFilters
from indexer.retrieve import SearchResult


def chunk(punkt: int) -> Chunk:
    return Chunk(chunk_id=f"m:{punkt}", meeting_id="m", board="Direktionen",
                 meeting_date=date(2017, 6, 19), punkt=punkt, title=f"Punkt {punkt}",
                 case_number=None, section="Sagsfremstilling", closed=False,
                 source_path="corpus/m.txt", start=0, end=1, text="x", body="x",
                 content_hash=str(punkt))


def result(dense: list[float], *, own_first: bool, coverage: float) -> SearchResult:
    """Point 1 on top; ``dense`` are the cosines of points 1..n in dense order."""
    hits = [Hit(chunk(i + 1), s) for i, s in enumerate(dense)]
    own = [Hit(chunk(1), 5.0), Hit(chunk(2), 1.0)] if own_first else [Hit(chunk(2), 5.0)]
    top = PointResult(meeting_id="m", meeting_date=date(2017, 6, 19), punkt=1, title="Punkt 1",
                      case_number=None, board="Direktionen", score=1.0, hits=[hits[0]])
    return SearchResult(query="q", points=[top], filters=SearchFilters(), dense=hits,
                        lexical=own, own_words=own, coverage=coverage)


FLAT = [0.88, 0.878, 0.876, 0.875, 0.874, 0.87]  # the best point barely stands out
PEAKED = [0.90, 0.86, 0.855, 0.85, 0.845, 0.84]


def test_danish_question_with_a_point_that_stands_out_is_answered() -> None:
    assert not RefusalRule().refuse(result(PEAKED, own_first=True, coverage=1.0))


def test_flat_ranking_is_refused_unless_both_rankings_agree_on_known_words() -> None:
    rule = RefusalRule()
    # The rankings agree on point 1 and the archive knows the words: answered.
    assert not rule.refuse(result(FLAT, own_first=True, coverage=1.0))
    # The same, but the question's words find another point first: refused.
    assert rule.refuse(result(FLAT, own_first=False, coverage=1.0))
    # Agreement, but a distinctive word the archive never uses: refused.
    assert rule.refuse(result(FLAT, own_first=True, coverage=0.5))


def test_weak_best_match_is_refused_whatever_else() -> None:
    weak = [0.79, 0.70, 0.69, 0.68, 0.67]
    assert RefusalRule().refuse(result(weak, own_first=True, coverage=1.0))
