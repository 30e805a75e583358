"""The refusal rule on hand-made retrieval results: which signals make it refuse."""

from __future__ import annotations

from datetime import date

from api.answering.refusal import RefusalRule
from api.retrieval.fusion import PointResult
from api.retrieval.question import SearchFilters
from api.retrieval.retriever import SearchResult
from indexer.models import Chunk, Hit


def chunk(punkt: int) -> Chunk:
    return Chunk(
        chunk_id=f"m:{punkt}",
        meeting_id="m",
        board="Direktionen",
        meeting_date=date(2017, 6, 19),
        punkt=punkt,
        title=f"Punkt {punkt}",
        case_number=None,
        section="Sagsfremstilling",
        closed=False,
        source_path="corpus/m.txt",
        start=0,
        end=1,
        text="x",
        body="x",
        content_hash=str(punkt),
    )


def result(
    dense: list[float],
    *,
    dense_first: bool = True,
    own_first: bool = True,
    coverage: float = 1.0,
    absent: list[str] | None = None,
) -> SearchResult:
    """Point 1 is the fused top; ``dense`` are the cosines in dense order."""
    order = [1, 2, 3, 4, 5, 6] if dense_first else [2, 1, 3, 4, 5, 6]
    hits = [Hit(chunk(p), s) for p, s in zip(order, dense, strict=False)]
    own = [Hit(chunk(1), 5.0), Hit(chunk(2), 1.0)] if own_first else [Hit(chunk(2), 5.0)]
    top = PointResult(
        meeting_id="m",
        meeting_date=date(2017, 6, 19),
        punkt=1,
        title="Punkt 1",
        case_number=None,
        board="Direktionen",
        score=1.0,
        hits=[hits[0]],
    )
    return SearchResult(
        query="q",
        points=[top],
        filters=SearchFilters(),
        dense=hits,
        lexical=own,
        own_words=own,
        coverage=coverage,
        absent_topics=absent or [],
    )


# A crowded archive: the best point barely stands out from the fifth. That alone is no reason
# to refuse (it is what a large archive looks like).
FLAT = [0.88, 0.878, 0.876, 0.875, 0.874, 0.87]


def test_known_words_are_answered_however_flat_the_ranking() -> None:
    assert not RefusalRule().refuse(result(FLAT, own_first=False, dense_first=False))


def test_unknown_distinctive_word_is_refused_unless_both_rankings_agree() -> None:
    rule = RefusalRule()
    assert rule.refuse(result(FLAT, coverage=0.5, own_first=False))
    assert rule.refuse(result(FLAT, coverage=0.5, dense_first=False))
    assert not rule.refuse(result(FLAT, coverage=0.5))
    # Questions about the meeting itself are answered from its header.
    assert not rule.refuse(result(FLAT, coverage=0.5, own_first=False), about_meeting=True)


def test_english_absent_topic_is_refused_unless_names_and_meaning_pin_the_point() -> None:
    rule = RefusalRule()
    assert rule.refuse(result(FLAT, own_first=False, absent=["swimming pool"]), "en")
    assert not rule.refuse(result(FLAT, absent=["refugee"]), "en")
    assert not rule.refuse(result(FLAT, own_first=False), "en")


def test_weak_best_match_is_refused_whatever_else() -> None:
    assert RefusalRule().refuse(result([0.79, 0.70, 0.69, 0.68, 0.67]))
    assert RefusalRule().refuse(result([0.77, 0.70, 0.69, 0.68, 0.67]), "en")


def test_unknown_words_the_answering_point_writes_apart_are_found() -> None:
    """ "kunstgræsbanen" is no word of the index, but the point that answers writes "kunstgræs
    på bane 3": the archive has the matter, so the unknown-word refusal does not fire (the
    dense floor still does)."""
    rule = RefusalRule()
    assert rule.refuse(result(FLAT, coverage=0.4, own_first=False))
    assert not rule.refuse(result(FLAT, coverage=0.4, own_first=False), words_found=True)
    assert rule.refuse(result([0.70, 0.69], coverage=0.4, own_first=False), words_found=True)


def test_words_found_needs_every_distinctive_unknown_word_in_the_point() -> None:
    from api.answering.evidence import Evidence, TopicWord
    from api.answering.extractive import _Checked, _words_found

    def checked(missing: tuple[str, ...]) -> _Checked:
        evidence = Evidence("m", 1, True, 0.9, missing, ())
        return _Checked(None, None, None, evidence)  # type: ignore[arg-type]

    weights = [
        TopicWord("kunstgræsbanen", 2.0, ["kunstgræsbanen"], False, True),
        TopicWord("lagt", 0.5, ["lagt"], False, False),
    ]
    # The everyday word missing does not matter; the distinctive one does.
    assert _words_found(weights, checked(("lagt",)))
    assert not _words_found(weights, checked(("kunstgræsbanen",)))
    # No distinctive unknown word: nothing was found that the index lacked.
    assert not _words_found(weights[1:], checked(()))
