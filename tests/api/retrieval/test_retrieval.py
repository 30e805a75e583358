"""The fused retriever on the real index (session fixtures): fusion and grouping on real results,
filters, dates and case numbers read from the question, the closed-point rule, and the
Solgården question in both languages.

Nothing here re-embeds the corpus: every test searches the index built once per session.
"""

from __future__ import annotations

from datetime import date

import pytest

from api.retrieval.fusion import fuse_points, normalize_scores
from api.retrieval.question import SearchFilters
from api.retrieval.retriever import Retriever, SearchResult
from api.service import ReferatService

SOLGAARDEN = ("direktionen-2017-06-19", 5)
JUNE_2017 = date(2017, 6, 19)

# Varied questions (Danish, English, names, paraphrases) for the structural checks.
QUERIES = [
    "hvad blev besluttet om solgården takster",
    "What did the board decide about the Solgården rates?",
    "udbudsstrategi konkurrenceudsættelse",
    "sygefravær",
    "digitaliseringsstrategi temaer",
    "Egmontfonden ansøgning sprog",
    "budget",
    "Targit",
]


@pytest.fixture(scope="module")
def retriever(service: ReferatService) -> Retriever:
    return service.retriever


@pytest.fixture(scope="module")
def closed_points(service: ReferatService) -> set[tuple[str, int]]:
    keys = {(m.meeting_id, p.number) for m in service.meetings() for p in m.points if p.closed}
    assert keys, "the corpus has closed points; the closed-point tests need them"
    return keys


@pytest.fixture(scope="module")
def results(retriever: Retriever) -> dict[str, SearchResult]:
    return {q: retriever.search(q, k=25) for q in QUERIES}


def _keys(result: SearchResult) -> list[tuple[str, int]]:
    return [p.point_key for p in result.points]


# --- grouping and fusion on real results --------------------------------------------------


@pytest.mark.parametrize("query", QUERIES)
def test_a_result_is_an_agenda_point_never_twice(
    results: dict[str, SearchResult], query: str
) -> None:
    result = results[query]
    keys = _keys(result)
    assert keys, query
    assert len(keys) == len(set(keys)), f"a point returned twice for {query!r}: {keys}"


@pytest.mark.parametrize("query", QUERIES)
def test_hits_of_a_point_belong_to_it(results: dict[str, SearchResult], query: str) -> None:
    for point in results[query].points:
        assert point.hits, point.point_key
        chunk_ids = [h.chunk.chunk_id for h in point.hits]
        assert len(chunk_ids) == len(set(chunk_ids))
        for hit in point.hits:
            assert hit.chunk.point_key == point.point_key
            assert hit.chunk.meeting_date == point.meeting_date
            assert hit.chunk.case_number == point.case_number
        # A point's hits are its best chunks, best first.
        scores = [h.score for h in point.hits]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", QUERIES)
def test_points_are_ranked_by_fused_score(results: dict[str, SearchResult], query: str) -> None:
    scores = [p.score for p in results[query].points]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", QUERIES)
def test_every_point_comes_from_dense_or_lexical(
    results: dict[str, SearchResult], query: str
) -> None:
    result = results[query]
    found = {h.chunk.point_key for h in result.dense} | {h.chunk.point_key for h in result.lexical}
    assert set(_keys(result)) <= found


def test_fusion_reproduces_from_the_two_rankings(
    retriever: Retriever, results: dict[str, SearchResult]
) -> None:
    """The retriever's ranking is fuse_points over its own dense and lexical lists."""
    for query, result in results.items():
        fused = fuse_points(
            [
                normalize_scores(
                    result.dense, zero_floor=False, min_span=retriever.config.dense_min_span
                ),
                normalize_scores(result.lexical, zero_floor=True),
            ],
            weights=(retriever.config.dense_weight, retriever.config.lexical_weight),
            k=retriever.config.rrf_k,
            score_weight=retriever.config.score_weight,
        )
        if retriever.reranker is None:
            assert [p.point_key for p in fused[: len(result.points)]] == _keys(result), query


def test_fusion_uses_both_retrievers(results: dict[str, SearchResult]) -> None:
    """On a name query both retrievers find the point, and a point that only one of them finds
    can still be returned (fusion is a union, not an intersection)."""
    result = results["hvad blev besluttet om solgården takster"]
    dense_keys = {h.chunk.point_key for h in result.dense}
    lexical_keys = {h.chunk.point_key for h in result.lexical}
    assert SOLGAARDEN in dense_keys and SOLGAARDEN in lexical_keys
    only_one = [k for k in _keys(result) if (k in dense_keys) != (k in lexical_keys)]
    assert only_one, "expected some points found by one retriever alone among the top 25"


def test_k_limits_the_number_of_points(retriever: Retriever) -> None:
    assert len(retriever.search("budget", k=3).points) == 3
    assert len(retriever.search("budget", k=1).points) == 1


# --- explicit filters -----------------------------------------------------------------------


def test_date_range_filter(retriever: Retriever) -> None:
    f = SearchFilters(date_from=date(2013, 1, 1), date_to=date(2013, 12, 31))
    result = retriever.search("økonomiopfølgning og budget", filters=f, k=20)
    assert result.points
    assert all(date(2013, 1, 1) <= p.meeting_date <= date(2013, 12, 31) for p in result.points)
    assert {p.meeting_date for p in result.points} > {date(2013, 1, 15)}


def test_date_from_alone(retriever: Retriever) -> None:
    result = retriever.search("budget", filters=SearchFilters(date_from=date(2017, 1, 1)), k=20)
    assert result.points
    assert all(p.meeting_date >= date(2017, 1, 1) for p in result.points)


def test_date_to_alone(retriever: Retriever) -> None:
    result = retriever.search("budget", filters=SearchFilters(date_to=date(2013, 4, 30)), k=20)
    assert result.points
    assert all(p.meeting_date <= date(2013, 4, 30) for p in result.points)


def test_meeting_filter(retriever: Retriever) -> None:
    f = SearchFilters(meeting_id="direktionen-2023-01-16")
    result = retriever.search("hvad blev besluttet", filters=f, k=20)
    assert result.points
    assert {p.meeting_id for p in result.points} == {"direktionen-2023-01-16"}


def test_board_filter(retriever: Retriever) -> None:
    result = retriever.search("budget", filters=SearchFilters(board="Direktionen"), k=10)
    assert result.points and all(p.board == "Direktionen" for p in result.points)
    assert retriever.search("budget", filters=SearchFilters(board="Økonomiudvalget")).points == []


def test_explicit_filter_wins_over_a_date_in_the_question(retriever: Retriever) -> None:
    f = SearchFilters(date_from=date(2023, 1, 1))
    result = retriever.search("hvad blev besluttet i juni 2017", filters=f, k=20)
    assert result.filters.date_from == date(2023, 1, 1)
    assert result.filters.date_to is None
    assert result.points
    assert all(p.meeting_date.year == 2023 for p in result.points)


def test_explicit_dates_win_over_a_year_in_the_question(retriever: Retriever) -> None:
    f = SearchFilters(date_from=date(2013, 5, 1), date_to=date(2013, 5, 31))
    result = retriever.search("what was decided in 2017", filters=f, k=20)
    assert result.points
    assert {p.meeting_date for p in result.points} == {date(2013, 5, 21)}


def test_parse_dates_off_ignores_the_question(retriever: Retriever) -> None:
    result = retriever.search("hvad blev besluttet i juni 2017", k=20, parse_dates=False)
    assert not result.filters.has_dates
    assert {p.meeting_date for p in result.points} != {JUNE_2017}


# --- dates in the question become filters ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet i juni 2017",
        "hvad drøftede direktionen på mødet den 19. juni 2017",
        "what did the board decide in June 2017",
        "decisions on 19-06-2017",
    ],
)
def test_june_2017_in_the_question_returns_only_that_meeting(
    retriever: Retriever, question: str
) -> None:
    result = retriever.search(question, k=20)
    assert result.filters.date_from is not None and result.filters.date_to is not None
    assert result.filters.date_from <= JUNE_2017 <= result.filters.date_to
    assert result.points
    assert {p.meeting_date for p in result.points} == {JUNE_2017}


@pytest.mark.parametrize(
    "question",
    [
        "what did the board decide about the budget in 2013",
        "hvad blev besluttet om budgettet i 2013",
    ],
)
def test_a_year_in_the_question_returns_only_that_year(retriever: Retriever, question: str) -> None:
    result = retriever.search(question, k=20)
    assert result.filters.has_dates
    assert result.points
    years = {p.meeting_date.year for p in result.points}
    assert years == {2013}
    # All three 2013 meetings are reachable, not only one.
    assert len({p.meeting_date for p in result.points}) == 3


def test_a_year_that_names_a_thing_is_not_a_filter(retriever: Retriever) -> None:
    result = retriever.search("Digitaliseringsstrategi 2023-2026", k=10)
    assert not result.filters.has_dates
    assert result.points[0].point_key == ("direktionen-2023-01-16", 2)


# --- case numbers ---------------------------------------------------------------------------


def _open_points_with_case(service: ReferatService, case: str) -> set[tuple[str, int]]:
    return {
        (m.meeting_id, p.number)
        for m in service.meetings()
        for p in m.points
        if p.case_number == case and not p.closed
    }


@pytest.mark.parametrize("question", ["sag 12/32140", "hvad står der i sag 12/32140?"])
def test_case_number_returns_every_open_point_carrying_it(
    retriever: Retriever, service: ReferatService, question: str
) -> None:
    expected = _open_points_with_case(service, "12/32140")
    assert len(expected) > 5  # a recurring case spanning meetings: more than the default k
    result = retriever.search(question, k=5)
    assert result.filters.case_number == "12/32140"
    assert set(_keys(result)) == expected
    assert all(p.case_number == "12/32140" for p in result.points)


def test_case_number_in_english(retriever: Retriever, service: ReferatService) -> None:
    result = retriever.search("show me case 22/11606", k=5)
    assert set(_keys(result)) == _open_points_with_case(service, "22/11606")


def test_explicit_case_filter_wins(retriever: Retriever) -> None:
    result = retriever.search("sag 12/32140", filters=SearchFilters(case_number="17/163"))
    assert result.filters.case_number == "17/163"
    assert _keys(result) == [SOLGAARDEN]


# --- closed points --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Lukket",
        "lukket punkt",
        "17/200",
        "sag 17/200",
        "12/12514",
        "17/10040",
        "12/26773",
        "Punkt 2: Lukket",
    ],
)
def test_closed_points_are_never_returned(
    retriever: Retriever, closed_points: set[tuple[str, int]], query: str
) -> None:
    result = retriever.search(query, k=50)
    assert not set(_keys(result)) & closed_points
    for point in result.points:
        assert all(not h.chunk.closed for h in point.hits)
    assert all(not h.chunk.closed for h in result.dense)
    assert all(not h.chunk.closed for h in result.lexical)


def test_closed_case_number_shared_with_an_open_point(retriever: Retriever) -> None:
    """17/163 is both a closed point (P3) and Budgetanalyser (P5) on 19-06-2017: only P5."""
    result = retriever.search("17/163", k=10)
    assert _keys(result) == [SOLGAARDEN]


def test_closed_only_case_returns_nothing(retriever: Retriever) -> None:
    assert retriever.search("sag 17/200", k=10).points == []


def test_closed_points_are_never_returned_with_meeting_filter(
    retriever: Retriever, closed_points: set[tuple[str, int]]
) -> None:
    f = SearchFilters(meeting_id="direktionen-2017-06-19")
    result = retriever.search("Lukket", filters=f, k=50)
    assert result.points
    assert not set(_keys(result)) & closed_points


# --- the Solgården question in both languages -----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "hvad blev besluttet om solgården takster",
        "Hvad besluttede direktionen om taksterne på Solgården?",
        "solgårdens takster",
        "What did the executive board decide about the rates at Solgården?",
        "Solgarden tariffs decision",
    ],
)
def test_solgaarden_first(retriever: Retriever, question: str) -> None:
    result = retriever.search(question, k=5)
    assert result.points[0].point_key == SOLGAARDEN, [p.point_key for p in result.points]
