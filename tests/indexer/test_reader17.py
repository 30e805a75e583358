"""Round 17 of the reader: forms found missing in layouts_train16, in invented minutes.

A date typed with a month's name and a two-digit year ("Møde den 11. april 19"); a one-word
title before a column gap wider than the tail the case number is looked for in ("Eventuelt",
57 spaces, "Sagsnr.: 24/3002"); lettered points ("A. Title", "B) Title"); English minutes'
"Any other business"; a board named twice, the Faroese name in brackets after the English one
("Town Council (Býráðið)").
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.headings import (
    point_heading,
    section_heading,
    short_date_in,
    start_time,
    title_case,
)
from indexer.parse import parse_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Møde den 11. april 19 kl. 10-12", date(2019, 4, 11)),
        ("Mødedato: 3 okt. 24", date(2024, 10, 3)),
        ("torsdag 3. april 19", date(2019, 4, 3)),
        # A time, a span of hours or a longer number after the month is no year.
        ("Møde den 3. april 19.30", None),
        ("Møde den 3. april 19:30", None),
        ("Møde den 3. april 19-21", None),
        ("Møde den 3. april 1999", None),
        # A word that is no month.
        ("Punkt 3. Model 19", None),
    ],
)
def test_a_day_and_month_name_with_a_two_digit_year(line: str, expected: date | None) -> None:
    assert short_date_in(line, today=date(2026, 1, 1)) == expected


INFORMAL = (
    "Referat af Ældrerådets møde\nMøde den 11. april 19 kl. 10-12 i Aktivitetscentret\n\n"
    "Til stede: Inger Møller, Aage Friis\n\n"
    "Ad 1. Godkendelse af dagsorden\nGodkendt.\n\n"
    "Ad 2. Madservice\nRådet finder prisstigningen for stor.\n"
)


def test_informal_minutes_dated_with_a_two_digit_year() -> None:
    meeting = parse_text(INFORMAL, "aeldreraad/referat.txt")
    assert meeting.date == date(2019, 4, 11)
    assert meeting.board == "Ældrerådet"
    assert [p.number for p in meeting.points] == [1, 2]


def test_a_one_word_title_before_a_wide_gap_keeps_its_case_number() -> None:
    gap = " " * 57
    assert title_case(f"Eventuelt{gap}Sagsnr.: 24/3002") == ("Eventuelt", "24/3002", False)
    assert title_case(f"Naturpleje{gap}Sagsnr.: 24/0455") == ("Naturpleje", "24/0455", False)


@pytest.mark.parametrize(
    ("line", "number", "label", "title"),
    [
        ("A. Approval of the agenda", 1, "A", "Approval of the agenda"),
        ("B) Harbour fees", 2, "B", "Harbour fees"),
        ("F. Any other business", 6, "F", "Any other business"),
        # I, V and X are roman numerals.
        ("IV. Lukket punkt: Erstatningssag", 4, "IV", "Lukket punkt: Erstatningssag"),
    ],
)
def test_a_lettered_heading(line: str, number: int, label: str, title: str) -> None:
    found = point_heading(line)
    assert found is not None
    assert (found.number, found.label, found.title, found.strong) == (number, label, title, False)


def test_a_lowercase_or_unspaced_letter_is_no_heading() -> None:
    assert point_heading("a. at udvalget godkender") is None
    assert point_heading("B.Holm") is None


LETTERED = (
    "NORÐVÍK MUNICIPALITY\n\nMinutes of the meeting of the Town Council (Býráðið)\n"
    "Thursday 3 October 2019 at 19:00, Town Hall\n\nPresent: Jóhanna Dalsgaard, Rúni Hansen\n\n"
    "A. Approval of the agenda\nCase no. 19/00345\n\nDecision: Approved.\n\n"
    "B. Harbour fees\nCase no. 19/00288\n\nBackground: A new fee for trawlers.\n\n"
    "Decision: Approved.\n\n"
    "C. Closed item - Staff matter\nCase no. 19/00310\n\nThe complaint of the lighthouse cook.\n\n"
    "Decision: The mayor replies.\n\n"
    "D. Any other business\n\nNothing was raised.\n"
)


def test_english_minutes_with_lettered_points() -> None:
    meeting = parse_text(LETTERED, "council/minutes.txt")
    assert meeting.board == "Town Council"
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "19/00345", False),
        (2, "19/00288", False),
        (3, "19/00310", True),
        (4, None, False),
    ]
    assert [p.title for p in meeting.points][:2] == ["Approval of the agenda", "Harbour fees"]
    assert meeting.points[3].title == "Any other business"
    assert "lighthouse cook" not in meeting.text
    assert meeting.points[2].sections == ()


def test_a_list_of_options_in_a_body_stays_body() -> None:
    text = (
        "REFERAT\nMiljøudvalget\nMødedato: 03.02.2031\n\n"
        "1. Godkendelse af dagsorden\nSagsnr.: 31/0101\n\nBeslutning\nGodkendt.\n\n"
        "2. Ny sti langs åen\nSagsnr.: 31/0102\n\nSagsfremstilling\nTo modeller:\n\n"
        "A. Stien bliver asfalteret\nB. Stien bliver grus\n\nBeslutning\nModel B.\n\n"
        "3. Eventuelt\nSagsnr.: 31/0103\n\nBeslutning\nIntet.\n"
    )
    meeting = parse_text(text, "miljoeudvalget/referat.txt")
    assert [p.number for p in meeting.points] == [1, 2, 3]
    assert "grus" in " ".join(s.text for s in meeting.points[1].sections)


def test_any_other_business_is_the_english_eventuelt() -> None:
    assert section_heading("Any other business") == ("Eventuelt", "Any other business")


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Town Council (Býráðið)", "Town Council"),
        ("Finance Committee (Fíggjarnevndin)", "Finance Committee"),
        ("Býráðið", "Býráðið"),
    ],
)
def test_a_faroese_name_names_a_board(title: str, board: str) -> None:
    text = (
        f"Referat\n{title}\nMødedato: 03.10.2019\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    )
    assert parse_text(text, "x/referat.txt").board == board


COLUMNS = (
    "Moseby Kommune                                   Referat\n"
    "Plan- og Miljøudvalget                           Mødedato: 14.05.2024\n"
    "Mødested: Rådhuset, lokale 2.14                  Mødetid: 15:30 - 17:45\n\n"
    "1.   Godkendelse af dagsorden                    Sagsnr.: 24/3001\n\nBeslutning\nGodkendt.\n"
)


def test_a_header_label_in_a_second_column_is_a_label_of_its_own() -> None:
    meeting = parse_text(COLUMNS, "plan/referat.txt")
    assert (meeting.board, meeting.date) == ("Plan- og Miljøudvalget", date(2024, 5, 14))
    assert meeting.location == "Rådhuset, lokale 2.14"
    assert meeting.start_time == "15:30"


def test_a_label_word_after_a_sentence_in_a_value_is_no_column() -> None:
    # Only a gap makes a column: "… Rådhuset. Sted: …" after a full stop stays one value.
    text = COLUMNS.replace(
        "Mødested: Rådhuset, lokale 2.14                  Mødetid: 15:30 - 17:45",
        "Mødested: Rådhuset. Tid: se opslaget",
    )
    assert parse_text(text, "plan/referat.txt").location == "Rådhuset. Tid: se opslaget"


def test_an_english_time_after_at() -> None:
    assert start_time("Thursday 3 October 2019 at 19:00, Town Hall") == "19:00"
    assert start_time("Tuesday 12 May 2026 at 17.00") == "17:00"
