"""Informal minutes, more forms: dates alone or without a year in the header, roles after an
attendee's name, closed points written informally, and page furniture of PDF text (invented
minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import Meeting
from indexer.parse import ParseError, decode_text, parse_text

TITLE = "Referat - Ældrerådet - 3. september 2024\n\n"
SECRET = "Sagen angår en medarbejders forhold hos Grønnevej."


@pytest.mark.parametrize(
    "heading",
    [
        "Ad 5) Lukket punkt",
        "Ad pkt. 5 – Fortroligt",
        "Punkt 5 (lukket møde)",
        "5. Personalesag (lukket)",
        "[5] LUKKET: Køb af jord",
        "## 5. Lukket: Salg af ejendom",
    ],
)
def test_closed_points_written_informally(heading: str) -> None:
    numbered = heading.removeprefix("## ")
    first = numbered.split(" ")[0]
    other = {
        "Ad": ("Ad 3) Budget", "Ad 4) Eventuelt", "Ad 6) Næste møde"),
        "Punkt": ("Punkt 3: Budget", "Punkt 4: Eventuelt", "Punkt 6: Næste møde"),
        "5.": ("3. Budget", "4. Eventuelt", "6. Næste møde"),
        "[5]": ("[3] Budget", "[4] Eventuelt", "[6] Næste møde"),
    }[first]
    if heading.startswith("Ad pkt."):
        other = ("Ad pkt. 3 – Budget", "Ad pkt. 4 – Eventuelt", "Ad pkt. 6 – Næste møde")
    mark = "## " if heading.startswith("## ") else ""
    text = TITLE + (
        f"{mark}{other[0]}\nRådet drøftede budgettet.\n\n{mark}{other[1]}\nIntet.\n\n"
        f"{heading}\n{SECRET}\n\n{mark}{other[2]}\nDen 1. oktober.\n"
    )
    meeting = parse_text(text, "raad.txt")
    assert [p.number for p in meeting.points] == [3, 4, 5, 6]
    closed = meeting.points[2]
    assert closed.closed and not closed.sections
    # The first line under a closed heading is its body (a sentence), never its title.
    assert "Grønnevej" not in closed.title
    assert "Grønnevej" not in meeting.text
    assert not any(p.closed for p in meeting.points if p.number != 5)
    if heading in ("Ad 5) Lukket punkt", "Ad pkt. 5 – Fortroligt", "Punkt 5 (lukket møde)"):
        assert closed.title == "Lukket"


def test_a_closed_points_title_may_stand_on_the_line_below_its_mark() -> None:
    text = TITLE + (
        "Punkt 4: Eventuelt\nIntet.\n\nPunkt 5 (lukket møde)\nKøb af jord ved Vesterby\n"
        f"{SECRET}\n\nPunkt 6: Næste møde\nDen 1. oktober.\n"
    )
    closed = parse_text(text, "raad.txt").points[1]
    assert (closed.title, closed.closed, closed.sections) == ("Køb af jord ved Vesterby", True, ())


POINTS = (
    "[1] Godkendelse af dagsorden\nGodkendt.\n\n[2] Nyt fra formanden\nFormanden orienterede.\n\n"
    "[3] Eventuelt\nIntet.\n"
)


@pytest.mark.parametrize("line", ["3/9/24", "3/9-24", "03.09.2024", "3-9-2024"])
def test_a_date_alone_under_the_board_is_the_meetings_date(line: str) -> None:
    meeting = parse_text(f"Ældrerådet\n{line}\n\n{POINTS}", "raad.txt")
    assert (meeting.board, meeting.date.isoformat()) == ("Ældrerådet", "2024-09-03")
    assert [p.title for p in meeting.points] == [
        "Godkendelse af dagsorden", "Nyt fra formanden", "Eventuelt"
    ]  # fmt: skip


def test_a_date_shaped_case_number_inside_a_point_stays_a_case_number() -> None:
    text = (
        "Ældrerådet\n3/9/24\n\nPunkt 1: Godkendelse af dagsorden\nGodkendt.\n\n"
        "Punkt 2: Nyt fra formanden\n3/9-24\nFormanden orienterede.\n"
    )
    assert parse_text(text, "raad.txt").points[1].case_number == "3/9-24"


def test_a_case_number_under_a_title_below_the_date_is_still_one() -> None:
    # Unnumbered minutes: a title above a case number is a point, once the date is given.
    text = (
        "Ældrerådet 3. september 2024\n\nTrafik ved Skovvej\n24/1234\nSagsfremstilling\n"
        "Der er klager.\n\nBudget 2025\n24/1301\nSagsfremstilling\nRådet drøfter budgettet.\n"
    )
    meeting = parse_text(text, "raad.txt")
    assert [(p.title, p.case_number) for p in meeting.points] == [
        ("Trafik ved Skovvej", "24/1234"), ("Budget 2025", "24/1301")
    ]  # fmt: skip


def test_a_role_after_a_comma_belongs_to_the_name_before_it() -> None:
    text = TITLE + (
        "Til stede: Aase Mølgaard (DH), formand, Kis Bo, næstformand, Ole Vind (S), "
        "Lis Holm, sekretær for Ældrerådet, formand Jens Hansen\n"
        "Afbud: Per Dam, suppleant\n\n" + POINTS
    )
    attendees = parse_text(text, "raad.txt").attendees
    assert [(a.name, a.role, a.absent) for a in attendees] == [
        ("Aase Mølgaard", "DH, formand", False),
        ("Kis Bo", "næstformand", False),
        ("Ole Vind", "S", False),
        ("Lis Holm", "sekretær for Ældrerådet", False),
        ("formand Jens Hansen", None, False),  # a role before a name: the name stays whole
        ("Per Dam", "suppleant", True),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Ældrerådet\nMøde d. 3. 9. 2024",
        "Referat fra Ældrerådets møde d. 3. 9. 2024 kl. 14",
    ],
)
def test_a_numeric_date_with_spaces_after_its_dots(header: str) -> None:
    assert parse_text(f"{header}\n\n{POINTS}", "raad.txt").date.isoformat() == "2024-09-03"


@pytest.mark.parametrize(
    ("header", "path", "where"),
    [
        ("Ældrerådet\nMøde d. 3/9 kl. 14", "aeldreraad_2024.txt", "the file name"),
        ("Ældrerådet\nMøde den 3/9", "referater/2024-09-03.txt", "the file name"),
        ("Ældrerådet – referater 2024\nMøde d. 3/9", "raad.txt", "the header"),
        ("Ældrerådet – referater 2024\nMøde tirsdag 3. september", "raad.txt", "the header"),
    ],
)
def test_a_date_without_a_year_takes_it_from_the_header_or_file_name(
    header: str, path: str, where: str
) -> None:
    meeting = parse_text(f"{header}\n\n{POINTS}", path)
    assert meeting.date.isoformat() == "2024-09-03"
    assert any("no year" in w and where in w for w in meeting.warnings)


def test_a_date_without_a_year_anywhere_says_so() -> None:
    with pytest.raises(ParseError, match="day and month without a year"):
        parse_text(f"Ældrerådet\nMøde d. 3/9\n\n{POINTS}", "raad.txt")


def _read(text: str) -> Meeting:
    return parse_text(decode_text(text.encode(), Path("raad.txt")), "raad.txt")


@pytest.mark.parametrize("feed", ["\f", "\n"])
def test_page_furniture_of_pdf_text_is_neither_points_nor_body(feed: str) -> None:
    # Page numbers, a running header under each, a word hyphenated across the page break;
    # with the form feeds, or pasted without them.
    text = TITLE + (
        "[1] Godkendelse af dagsorden\nGodkendt.\n\n[2] Nyt fra formanden\n"
        "Formanden orienterede om et møde med borgmeste-\n\nSide 1 af 3\n"
        f"{feed}Referat - Ældrerådet - 3. september 2024\n\nren om trafik.\n\n"
        "[3] Budget\nRådet drøftede budgettet.\n\n- 2 -\n"
        f"{feed}Referat - Ældrerådet - 3. september 2024\n\n[4] Eventuelt\nIntet.\n\nSide 3 af 3\n"
    )
    meeting = _read(text)
    assert [p.title for p in meeting.points] == [
        "Godkendelse af dagsorden", "Nyt fra formanden", "Budget", "Eventuelt"
    ]  # fmt: skip
    assert [p.text for p in meeting.points][1:] == [
        "Formanden orienterede om et møde med borgmesteren om trafik.",
        "Rådet drøftede budgettet.",
        "Intet.",
    ]


def test_a_running_header_that_repeats_the_title_in_other_words_once() -> None:
    text = (
        "Ældrerådet\nReferat 3. september 2024\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Nyt fra formanden\nFormanden orienterede.\n\n- 1 -\n\fÆldrerådet – 3. september 2024"
        "\n3. Budget\nRådet drøftede budget-\ntet for 2025.\n\n4. Eventuelt\nIntet.\n\n- 2 -\n"
    )
    meeting = _read(text)
    assert [p.number for p in meeting.points] == [1, 2, 3, 4]
    assert meeting.points[1].text == "Formanden orienterede."
    assert meeting.points[2].text == "Rådet drøftede budgettet for 2025."


def test_text_without_page_numbers_reads_byte_for_byte() -> None:
    text = TITLE + POINTS + "\nÆldrerådet – 3. september 2024\n"
    assert decode_text(text.encode(), Path("raad.txt")) == text
