"""Search filters, date and case-number parsing, merging, language detection."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from api.retrieval.question import (
    SearchFilters,
    detect_language,
    find_case_numbers,
    merge,
    parse_question,
)
from indexer.models import Chunk

TODAY = date(2024, 3, 1)


def make_chunk(
    *,
    meeting_date: date = date(2017, 6, 19),
    case_number: str | None = "17/163",
    closed: bool = False,
    board: str = "Direktionen",
    meeting_id: str = "direktionen-2017-06-19",
) -> Chunk:
    body = "Taget til efterretning."
    return Chunk(
        chunk_id=f"{meeting_id}:5:0",
        meeting_id=meeting_id,
        board=board,
        meeting_date=meeting_date,
        punkt=5,
        title="Budgetanalyser",
        case_number=case_number,
        section="Beslutning",
        closed=closed,
        source_path=f"corpus/{meeting_id}.txt",
        start=0,
        end=len(body),
        text=body,
        body=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
    )


def dates_of(question: str) -> tuple[date | None, date | None]:
    filters = parse_question(question, today=TODAY).filters
    return filters.date_from, filters.date_to


@pytest.mark.parametrize(
    ("question", "date_from", "date_to"),
    [
        # Full dates: one day.
        ("hvad blev besluttet på mødet den 19. juni 2017", date(2017, 6, 19), date(2017, 6, 19)),
        ("referat 19-06-2017", date(2017, 6, 19), date(2017, 6, 19)),
        ("referat 19.06.2017", date(2017, 6, 19), date(2017, 6, 19)),
        ("meeting on 2017-06-19", date(2017, 6, 19), date(2017, 6, 19)),
        ("What was decided on June 19, 2017?", date(2017, 6, 19), date(2017, 6, 19)),
        ("the meeting of 19 June 2017", date(2017, 6, 19), date(2017, 6, 19)),
        ("mødet d. 16. jan. 2023", date(2023, 1, 16), date(2023, 1, 16)),
        # Month and year: the month.
        ("hvad skete der i juni 2017", date(2017, 6, 1), date(2017, 6, 30)),
        ("What happened in June 2017?", date(2017, 6, 1), date(2017, 6, 30)),
        ("direktionsmødet januar 2023", date(2023, 1, 1), date(2023, 1, 31)),
        ("møder i februar 2016", date(2016, 2, 1), date(2016, 2, 29)),
        ("in Dec 2013", date(2013, 12, 1), date(2013, 12, 31)),
        # A Danish month name and a two-digit year ("May 13" in English is a day).
        ("direktionen i maj 13", date(2013, 5, 1), date(2013, 5, 31)),
        ("mødet i juni '17", date(2017, 6, 1), date(2017, 6, 30)),
        # A year after i/in/år/year: the year.
        ("hvad drøftede direktionen i 2013", date(2013, 1, 1), date(2013, 12, 31)),
        ("What did the board decide in 2013?", date(2013, 1, 1), date(2013, 12, 31)),
        ("hvem deltog i år 2013", date(2013, 1, 1), date(2013, 12, 31)),
        # Relative years, from today.
        ("hvad er besluttet i år", date(2024, 1, 1), date(2024, 12, 31)),
        ("decisions from last year", date(2023, 1, 1), date(2023, 12, 31)),
        # Two phrases: one range covering both.
        ("i juni 2017 og i januar 2023", date(2017, 6, 1), date(2023, 1, 31)),
    ],
)
def test_date_phrases_become_filters(question: str, date_from: date, date_to: date) -> None:
    assert dates_of(question) == (date_from, date_to)


@pytest.mark.parametrize(
    "question",
    [
        "hvordan blev de 4 mio til rekrutering fordelt",
        "budgetbemærkninger til budgetforslag 2018-2021",
        "budgetforslag 2018-21",
        "er Digitaliseringsstrategi 2023-2026 godkendt",
        "i 2023-2026",
        "Opsamling på § 17, stk. 4 udvalg",
        "belægning på 70 borgere i 95 pct. af åbningstiden",
        "changes to the 2018 programme for council members",
        "Strategibrev 2018",
        "sag 12/32140",
        "skoleåret 2013/2014",
        "i 1850",
        "ansøgt 5.358.282 kr over fire år",
        "hvad skete der i de sidste år",
        "i juni",
        "31-02-2017",
        "klar medio 2014",
    ],
)
def test_numbers_that_are_not_meeting_dates(question: str) -> None:
    assert dates_of(question) == (None, None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hvad skete der i sag 12/32140", ["12/32140"]),
        ("17/163 og 17/153, igen 17/163", ["17/163", "17/153"]),
        ("case 10/22743?", ["10/22743"]),
        ("mødet 19/06/2017", []),
        ("skoleåret 2013/2014", []),
        ("1/2 af budgettet", []),
    ],
)
def test_case_numbers(question: str, expected: list[str]) -> None:
    assert find_case_numbers(question) == expected


def test_parse_question_keeps_text_and_sets_one_case_number() -> None:
    parsed = parse_question("hvad blev besluttet i sag 17/163 i juni 2017", today=TODAY)
    assert parsed.text == "hvad blev besluttet i sag 17/163 i juni 2017"
    assert parsed.case_numbers == ["17/163"]
    assert parsed.filters == SearchFilters(
        date_from=date(2017, 6, 1), date_to=date(2017, 6, 30), case_number="17/163"
    )
    assert parsed.language == "da"
    two = parse_question("sag 17/163 eller 17/153")
    assert two.case_numbers == ["17/163", "17/153"]
    assert two.filters.case_number is None


def test_merge_explicit_wins_field_by_field() -> None:
    parsed = SearchFilters(date_from=date(2017, 6, 1), date_to=date(2017, 6, 30), case_number="1/1")
    explicit = SearchFilters(board="Direktionen", case_number="17/163")
    assert merge(explicit, parsed) == SearchFilters(
        date_from=date(2017, 6, 1),
        date_to=date(2017, 6, 30),
        case_number="17/163",
        board="Direktionen",
    )


def test_merge_any_explicit_date_drops_parsed_dates() -> None:
    parsed = SearchFilters(date_from=date(2017, 6, 1), date_to=date(2017, 6, 30))
    only_from = merge(SearchFilters(date_from=date(2013, 1, 1)), parsed)
    assert (only_from.date_from, only_from.date_to) == (date(2013, 1, 1), None)
    by_year = merge(SearchFilters(year=2013), parsed)
    assert (by_year.date_from, by_year.date_to, by_year.year) == (None, None, 2013)
    assert merge(SearchFilters(), parsed) == parsed


def test_to_chroma_where_shape() -> None:
    assert SearchFilters().to_chroma_where() == {"closed": False}
    where = SearchFilters(
        date_from=date(2017, 6, 1),
        date_to=date(2017, 6, 30),
        case_number="17/163",
        meeting_id="direktionen-2017-06-19",
        board="Direktionen",
        year=2017,
    ).to_chroma_where()
    assert where == {
        "$and": [
            {"closed": False},
            {"date_int": {"$gte": 20170601}},
            {"date_int": {"$lte": 20170630}},
            {"year": 2017},
            {
                "$or": [
                    {"case_number": "17/163"},
                    {"case_key": "17-163"},
                    {"case_key_subject": "17-163"},
                    {"case_key_serial": "17-163"},
                ]
            },
            {"meeting_id": "direktionen-2017-06-19"},
            {"board": "Direktionen"},
        ]
    }
    # Every key the clause uses is a metadata key with the same value type.
    metadata = make_chunk().metadata()
    flat = [c for cond in where["$and"] for c in cond.get("$or", [cond])]
    for condition in flat:
        ((key, value),) = condition.items()
        scalar = value if not isinstance(value, dict) else next(iter(value.values()))
        assert type(metadata[key]) is type(scalar)


@pytest.mark.parametrize(
    ("filters", "chunk", "expected"),
    [
        (SearchFilters(), make_chunk(), True),
        (SearchFilters(), make_chunk(closed=True), False),
        (SearchFilters(date_from=date(2017, 6, 19), date_to=date(2017, 6, 19)), make_chunk(), True),
        (SearchFilters(date_from=date(2017, 6, 20)), make_chunk(), False),
        (SearchFilters(date_to=date(2017, 6, 18)), make_chunk(), False),
        (SearchFilters(year=2017), make_chunk(), True),
        (SearchFilters(year=2013), make_chunk(), False),
        (SearchFilters(case_number="17/163"), make_chunk(), True),
        (SearchFilters(case_number="17/163"), make_chunk(case_number=None), False),
        (SearchFilters(board="Økonomiudvalget"), make_chunk(), False),
        (SearchFilters(meeting_id="direktionen-2017-06-19"), make_chunk(), True),
    ],
)
def test_matches_agrees_with_where(filters: SearchFilters, chunk: Chunk, expected: bool) -> None:
    assert filters.matches(chunk) is expected


def test_bad_date_range_is_rejected() -> None:
    with pytest.raises(ValueError, match="after"):
        SearchFilters(date_from=date(2018, 1, 1), date_to=date(2017, 1, 1))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("hvad blev besluttet om solgården takster", "da"),
        ("skal benchmark rapporten forelægges politikerne?", "da"),
        ("hvornår var afbureaukratisering oppe i direktionen", "da"),
        ("Did the board back the idea of a yearly HR report?", "en"),
        ("What share of phone enquiries was the call centre to resolve?", "en"),
        ("What did the board say about the budget for Solgården (takster)?", "en"),
        ("Who attended the seminar at Quality Hotel on the Byrådshøjskole?", "en"),
        ("Solgården takster", "da"),
        ("Egmont", "da"),
        ("", "da"),
    ],
)
def test_detect_language(question: str, language: str) -> None:
    assert detect_language(question) == language


def test_case_numbers_match_loosely() -> None:
    # Case numbers in other municipalities' formats are found in a question, and a filter
    # matches the number however its separators and leading zeros are written.
    assert find_case_numbers("Hvad skete der i sag 330-2018-3619 og 85.02.02-G01-5-17?") == [
        "330-2018-3619",
        "85.02.02-G01-5-17",
    ]
    assert find_case_numbers("budget 2018-2021 og mødet 19-06-2017") == []
    chunk = Chunk(
        "c", "m", "Byrådet", date(2020, 1, 1), 1, "T", "14/0110", "S", False, "x", 0, 1, "t",
        "b", "h",
    )  # fmt: skip
    assert SearchFilters(case_number="14/110").matches(chunk)
    assert not SearchFilters(case_number="14/111").matches(chunk)


def test_a_whole_year_in_a_question_also_finds_points_that_name_it() -> None:
    """A year a question names ("for the council elected in 2018", decided in June 2017)
    bounds the meeting date or stands in the point's text; a day or month is the meeting's."""
    from dataclasses import replace as dc_replace

    from api.retrieval.analysis import analyze_question

    year = analyze_question("hvad besluttede direktionen om byrådshøjskolen i 2018?").filters
    assert year.years_in_text == (2018,)
    chunk = make_chunk()
    naming = dc_replace(chunk, text="Byrådshøjskolen 2018 for det nye byråd.")
    assert year.matches(naming)
    assert not year.matches(chunk)
    month = analyze_question("hvad besluttede direktionen i maj 2018?").filters
    assert month.years_in_text == ()
    assert not month.matches(naming)
    # A caller's date filter bounds the meeting date only.
    explicit = merge(SearchFilters(year=2018), year)
    assert explicit.years_in_text == () and not explicit.matches(naming)
