"""Tokenizer: Danish stems, stop words, compounds, and numbers kept whole."""

from __future__ import annotations

import pytest

from indexer.text import analyze, normalize_number, split_compound, stem, tokenize


def shares_token(a: str, b: str) -> bool:
    return bool(set(tokenize(a)) & set(tokenize(b)))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("takster", "taksterne"),
        ("Solgårdens", "solgården"),
        ("Taxhusets", "taxhuset"),
        ("rekrutteringspuljen", "rekrutteringspulje"),
        ("budgetanalyser", "budgetanalyse"),
    ],
)
def test_inflections_share_the_stem(a: str, b: str) -> None:
    assert tokenize(a) == tokenize(b)


@pytest.mark.parametrize(
    ("compound", "part"),
    [
        ("sygefraværspulje", "sygefravær"),
        ("rekrutteringspuljen", "rekruttering"),
        ("rekrutteringspuljen", "puljen"),
        ("Egmontfonden", "Egmont fonden"),
        ("udviklingsstrategien", "strategi"),
        ("borgerserviceområdet", "borgerservice"),
    ],
)
def test_compounds_match_their_parts(compound: str, part: str) -> None:
    assert shares_token(compound, part)


def test_split_compound_needs_two_real_halves() -> None:
    assert split_compound(stem("rekrutteringspulje")) == (
        stem("rekruttering"),
        stem("pulje"),
    )
    # Short words and words that merely contain an "s" are left whole.
    assert split_compound(stem("forslag")) == ()
    assert split_compound(stem("ansøgning")) == ()


def test_stop_words_are_removed_danish_and_english() -> None:
    assert tokenize("hvad blev der besluttet om det") == [stem("besluttet")]
    assert tokenize("What did the board decide of it") == tokenize("board decide it")
    assert tokenize("hvem hvornår hvordan hvilke og i at") == []


def test_case_numbers_dates_and_ranges_are_kept_whole() -> None:
    tokens = tokenize("Sag 12/32140 behandlet d. 19-06-2017, budgetforslag 2018-21")
    assert "12/32140" in tokens
    assert "2017-06-19" in tokens
    assert "2018-2021" in tokens
    assert "2018" in tokens
    assert tokenize("2017-06-19") == tokenize("19.06.2017")
    assert tokenize("budgetforslag 2018-21") == tokenize("Budgetforslag 2018-2021")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5.358.282", "5358282"),
        ("250.000", "250000"),
        ("250,000", "250000"),
        ("0,6", "0,6"),
        ("4.5", "4,5"),
        ("95", "95"),
    ],
)
def test_normalize_number(raw: str, expected: str) -> None:
    assert normalize_number(raw) == expected


def test_acronyms_and_genitives() -> None:
    assert tokenize("ØDC's konsulenter") == tokenize("ØDC konsulenter")
    assert tokenize("HTKs politik") == tokenize("htk politik")
    assert tokenize("KKR-aftalerne") == [stem("kkr"), stem("aftalerne")]


def test_english_names_and_numbers_survive() -> None:
    tokens = tokenize("How much did they apply for from Egmont, 4.938.932 kr?")
    assert stem("egmont") in tokens
    assert "4938932" in tokens


def test_analyze_keeps_surface_and_order() -> None:
    terms = analyze("Solgårdens takster", keep_stop_words=True)
    assert [t.surface for t in terms] == ["solgårdens", "takster"]
    assert analyze("") == []
