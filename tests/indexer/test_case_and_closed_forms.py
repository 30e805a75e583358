"""Case numbers and closed marks in the forms Danish agenda systems print them (invented minutes).

Every closed point must be closed (its body never stored) and every open point keep its text;
each form is read in a small invented meeting whose closed point carries a secret line.
"""

from __future__ import annotations

import pytest

from indexer.models import AgendaPoint
from indexer.parse import parse_text

SECRET = "Zebrafinkens kvartalstal er hemmelige."


def _point(n: int, title: str, *, secret: bool = False, extra: str = "") -> str:
    body = SECRET if secret else "Forvaltningen orienterer om vejen."
    return (
        f"{n}. {title}\n{extra}Sagsnr.: 26/{n}00\nSagsfremstilling\n{body}\n"
        "Beslutning\nGodkendt.\n\n"
    )


def _points(text: str) -> dict[int, AgendaPoint]:
    return {p.number: p for p in parse_text(text, "x.txt").points}


def _head() -> str:
    return "Referat\nØkonomiudvalget\nMødedato: 12.03.2026\n\n"


@pytest.mark.parametrize(
    "group",
    [
        "Lukket dagsorden",
        "Ikke offentlig del",
        "Ikke-offentlige punkter",
        "Fortrolige punkter",
        "Dagsorden - lukket del",
        "Dagsordenspunkter, lukket møde",
        "Punkter på lukket dagsorden",
        "Punkter for lukkede døre",
        "Lukket del af mødet",
        "Part 2 - exempt items",
        "Closed session",
    ],
)
@pytest.mark.parametrize("open_group", [None, "Offentlig del", "Punkter på åben dagsorden"])
def test_a_closed_group_heading_closes_every_point_below_it(
    group: str, open_group: str | None
) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + _point(2, "Budget")
        + f"{group}\n\n"
        + _point(3, "Køb af jord", secret=True)
        + _point(4, "Salg af grund", secret=True)
    )
    if open_group:
        text += f"{open_group}\n\n" + _point(5, "Eventuelt")
    points = _points(text)
    closed = {n: p.closed for n, p in points.items()}
    want = {1: False, 2: False, 3: True, 4: True} | ({5: False} if open_group else {})
    assert closed == want
    assert all(SECRET not in p.text for p in points.values())
    assert points[3].case_number == "26/300" and points[3].title == "Køb af jord"
    assert "orienterer" in points[2].text


def test_group_words_right_under_a_heading_are_that_points_status() -> None:
    # "Lukket møde" between the title and the case number closes this point, not the next.
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + _point(2, "Køb af jord", secret=True, extra="Lukket møde\n")
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert [p.closed for p in points.values()] == [False, True, False]
    assert points[2].title == "Køb af jord" and SECRET not in points[2].text
    assert "orienterer" in points[3].text


@pytest.mark.parametrize(
    "line",
    ["Lukkede institutioner i sommerferien", "Svømmehallen holdes lukket i juli."],
)
def test_a_sentence_or_title_about_closing_is_no_group_heading(line: str) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + _point(2, "Budget", extra="")
        + f"{line}\n\n"
        + _point(3, "Ferieplan")
    )
    assert not any(p.closed for p in _points(text).values())


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Lukket - Sagsnr. 26/5", True),
        ("Lukket sag, sagsnr. 26/5", True),
        ("Lukket punkt. Sagsnr.: 26/5", True),
        ("(Fortroligt) J.nr.: 26/5", True),
        ("Åbent - Sagsnr. 26/5", False),
        ("Åben sag, sagsnr. 26/5", False),
    ],
)
def test_a_status_before_the_case_label_on_one_line(line: str, closed: bool) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"2. Køb af jord\n{line}\nSagsfremstilling\n{SECRET}\nBeslutning\nGodkendt.\n\n"
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert sorted(points) == [1, 2, 3]
    assert points[2].title == "Køb af jord" and points[2].case_number == "26/5"
    assert points[2].closed is closed and (SECRET in points[2].text) is not closed
    assert not points[3].closed and points[3].case_number == "26/300"


@pytest.mark.parametrize(
    ("title", "extra"),
    [
        ("Køb af jord (L)", ""),
        ("Køb af jord [L]", ""),
        ("Køb af jord (Exempt information)", ""),
        ("Køb af jord", "Exempt information\n"),
    ],
)
def test_closed_marks_of_other_agenda_systems(title: str, extra: str) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + _point(2, title, secret=True, extra=extra)
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert [p.closed for p in points.values()] == [False, True, False]
    assert SECRET not in points[2].text and points[2].case_number == "26/200"


@pytest.mark.parametrize(
    "title", ["Medlemsforslag om vej L", "Lukning af skolen", "Fortrolighed i IT-systemer"]
)
def test_titles_near_a_closed_mark_stay_open(title: str) -> None:
    text = _head() + _point(1, "Godkendelse af dagsorden") + _point(2, title)
    assert not any(p.closed for p in _points(text).values())


@pytest.mark.parametrize(
    "line",
    [
        "Acadre-nr.: 26/5",
        "Acadre nr. 26/5",
        "Sbsys sagsnr. 26/5",
        "SBSYS-nr.: 26/5",
        "Sbsys: 26/5",
        "Jour.nr.: 26/5",
        "Case no.: 26/5",
        "Case number: 26/5",
        "Ref. nr.: 26/5",
        "Dok.nr.: 26/5-3   Jour.nr.: 26/5",
    ],
)
def test_case_labels_of_case_systems_and_english_minutes(line: str) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"2. Budget 2027\n{line}\nSagsfremstilling\nTekst om budgettet.\n"
        + "Beslutning\nGodkendt.\n\n"
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert sorted(points) == [1, 2, 3]
    assert points[2].title == "Budget 2027" and points[2].case_number == "26/5"
    assert line not in points[2].text and "budgettet" in points[2].text


@pytest.mark.parametrize(
    ("heading", "case"),
    [
        ("2. Budget 2027 (26/1234)", "26/1234"),
        ("2. Budget 2027 [Sagsnr. 26/1234]", "26/1234"),
        ("Pkt. 2 – 26/1234 – Budget 2027", "26/1234"),
        ("2. Budget 2027 - sagsnr. 26/1234", "26/1234"),
        ("2. Budget 2027, J.nr.: 00.01.00-A00-3-24", "00.01.00-A00-3-24"),
        ("2. Budget 2027 (2026-012345)", "2026-012345"),
        ("2. Budget 2027 - EMN-2026-01234", "EMN-2026-01234"),
        ("2. Budget 2027     Sagsnr.: 26/1234", "26/1234"),
        ("Punkt 2: Budget 2027 (sag 26/1234)", "26/1234"),
        ("2. Budget 2027 (Åben, sagsnr. 26/1234)", "26/1234"),
    ],
)
def test_a_case_number_on_the_heading_line(heading: str, case: str) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"{heading}\nSagsfremstilling\nTekst om budgettet.\nBeslutning\nGodkendt.\n\n"
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert sorted(points) == [1, 2, 3]
    assert points[2].title == "Budget 2027" and points[2].case_number == case
    assert not points[2].closed and "budgettet" in points[2].text


def test_a_closed_mark_beside_the_case_on_the_heading_closes_the_point() -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"2. Køb af jord (Lukket, sagsnr. 26/5)\nSagsfremstilling\n{SECRET}\n\n"
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert points[2].closed and points[2].case_number == "26/5" and SECRET not in points[2].text


@pytest.mark.parametrize(
    "title",
    [
        "Budget 2027 (2026-2029)",
        "Budget 2027 - 2026-2029",
        "Møde med borgerne 12/5",
        "Regnskab (30/6)",
        "Halfordeling - sæson 2025/26",
    ],
)
def test_a_date_or_a_span_of_years_in_a_title_is_no_case_number(title: str) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"2. {title}\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n\n"
    )
    points = _points(text)
    assert points[2].title == title and points[2].case_number is None


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("S2026-1234", "S2026-1234"),
        ("EMN-2026-01234", "EMN-2026-01234"),
        ("Sagsnr.: 26 / 1234", "26/1234"),
        ("12/5", None),
        ("2026-2027", None),
    ],
)
def test_a_value_alone_under_the_title(line: str, case: str | None) -> None:
    # A case number alone on its line names the point; a date or a span of years does not (it
    # may end a wrapped title: "Budgetopfølgning pr." / "30/6").
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"2. Budget 2027\n{line}\nSagsfremstilling\nTekst om budgettet.\n"
        + "Beslutning\nGodkendt.\n\n"
    )
    point = _points(text)[2]
    assert point.title.startswith("Budget 2027") and point.case_number == case
    assert "budgettet" in point.text


_BODIES = (
    "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
    "2. Budget 2027\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n\n"
    "3. Nyt tag på skolen\nSagsnr.: 26/999\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n"
)


@pytest.mark.parametrize(
    "contents",
    [
        "1. Godkendelse af dagsorden ........ 2\n2. Budget 2027 (26/1234) ........ 3\n"
        "3. Nyt tag på skolen - sagsnr. 26/999 ........ 4\n",
        "Punkt\tSagsnr.\tTitel\n1\t26/1111\tGodkendelse af dagsorden\n2\t26/1234\tBudget 2027\n"
        "3\t26/999\tNyt tag på skolen\n",
    ],
)
def test_a_case_number_given_only_in_the_contents(contents: str) -> None:
    text = _head() + "Indholdsfortegnelse\n" + contents + "\n" + _BODIES
    points = _points(text)
    assert [p.title for p in points.values()] == [
        "Godkendelse af dagsorden",
        "Budget 2027",
        "Nyt tag på skolen",
    ]
    assert points[2].case_number == "26/1234" and points[3].case_number == "26/999"


def test_a_contents_entry_of_another_title_gives_no_case() -> None:
    contents = "1. Godkendelse af dagsorden ........ 2\n2. Regnskab 2026 (26/1234) ........ 3\n"
    points = _points(_head() + "Indhold\n" + contents + "\n" + _BODIES)
    assert points[2].case_number is None


_SECRET_BODIES = (
    "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
    f"2. Køb af jord\nSagsnr.: 26/200\nSagsfremstilling\n{SECRET}\nBeslutning\nGodkendt.\n\n"
    "3. Nyt tag på skolen\nSagsnr.: 26/300\nSagsfremstilling\nTekst.\nBeslutning\nGodkendt.\n"
)


@pytest.mark.parametrize(
    "contents",
    [
        "1. Godkendelse af dagsorden ........ 2\n2. Køb af jord (Lukket) ........ 3\n"
        "3. Nyt tag på skolen ........ 4\n",
        "1. Godkendelse af dagsorden ........ 2\n2. Lukket punkt: Køb af jord ........ 3\n"
        "3. Nyt tag på skolen ........ 4\n",
        "1\tGodkendelse af dagsorden\tÅben\n2\tKøb af jord\tLukket\n3\tNyt tag på skolen\tÅben\n",
        "Åben dagsorden\n1. Godkendelse af dagsorden ........ 2\n3. Nyt tag på skolen ........ 4\n"
        "Lukket dagsorden\n2. Køb af jord ........ 3\n",
    ],
)
def test_a_point_closed_only_in_the_contents_is_closed(contents: str) -> None:
    points = _points(_head() + "Indholdsfortegnelse\n" + contents + "\n" + _SECRET_BODIES)
    assert [p.closed for p in points.values()] == [False, True, False]
    assert points[2].case_number == "26/200" and SECRET not in points[2].text
    assert "Tekst." in points[3].text


@pytest.mark.parametrize(
    "heading", ["2. (26/1234) Budget 2027", "2. [Sagsnr. 26/1234] Budget 2027"]
)
def test_a_case_in_brackets_before_the_title_keeps_the_heading(heading: str) -> None:
    text = (
        _head()
        + _point(1, "Godkendelse af dagsorden")
        + f"{heading}\nSagsfremstilling\nTekst om budgettet.\nBeslutning\nGodkendt.\n\n"
        + _point(3, "Nyt tag på skolen")
    )
    points = _points(text)
    assert sorted(points) == [1, 2, 3]
    assert points[2].title == "Budget 2027" and points[2].case_number == "26/1234"


def test_a_bracket_of_words_before_a_list_item_is_still_no_heading() -> None:
    text = _head() + _point(1, "Godkendelse af dagsorden") + "3. (se bilag) om vejen\n"
    assert sorted(_points(text)) == [1]
