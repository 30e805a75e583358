"""Informal minutes (councils, local boards): numbered points with free text under them and no
section, case number or decision label to confirm a heading (invented minutes)."""

from __future__ import annotations

import pytest

from indexer.parse import parse_text

HEADER = "Referat fra Handicaprådets møde 3. september 2024\n\nTil stede: Jens Holt, Kis Bo\n\n"


def _titles(text: str) -> list[tuple[int, str]]:
    return [(p.number, p.title) for p in parse_text(text, "raad.txt").points]


def test_points_with_free_text_under_them() -> None:
    text = HEADER + (
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Nyt fra formanden\nFormanden har talt med borgmesteren.\n\n"
        "3. Eventuelt\nIntet.\n"
    )
    assert _titles(text) == [(1, "Godkendelse af dagsorden"), (2, "Nyt fra formanden"),
                             (3, "Eventuelt")]  # fmt: skip


def test_a_list_in_a_points_body_stays_body_text() -> None:
    text = HEADER + (
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Nyt fra formanden\nFormanden nævnte tre ting:\n1. Ny Busrute til centret\n"
        "2. Temadag i oktober\n3. Valg til rådet\n\n"
        "3. Tilgængelighed\nRådet fandt:\n1. Elevatoren er for lille\n2. Rampen er for stejl\n\n"
        "4. Eventuelt\nIntet.\n"
    )
    meeting = parse_text(text, "raad.txt")
    assert [p.number for p in meeting.points] == [1, 2, 3, 4]
    assert "Temadag i oktober" in meeting.points[1].text
    assert "Rampen er for stejl" in meeting.points[2].text


def test_one_decision_label_does_not_make_the_other_points_body_text() -> None:
    text = HEADER + (
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Nyt fra formanden\nFormanden orienterede.\n\n"
        "3. Madservice\nRådet drøftede maden.\n\n"
        "4. Eventuelt\nIntet.\n"
    )
    assert [n for n, _ in _titles(text)] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("form", "labels"),
    [
        ("[{n}] {t}", None),
        ("#{n} {t}", None),
        ("# {n}. {t}", None),
        ("## {n}. {t}", None),
        ("{n} - {t}", None),
        ("{n}) {t}", None),
        ("Ad {n}) {t}", None),
        ("Ad pkt. {n} {t}", None),
        ("Ad punkt {n}: {t}", None),
        ("§ {n} {t}", None),
        ("Pkt. {n}\n{t}", None),
        ("{r}. {t}", ["I", "II", "III"]),
        ("{r} {t}", ["I", "II", "III"]),
        ("BUU {n}/2024 {t}", ["BUU 1/2024", "BUU 2/2024", "BUU 3/2024"]),
    ],
)
def test_ways_to_number_a_point(form: str, labels: list[str] | None) -> None:
    titles = ["Godkendelse af dagsorden", "Nyt fra formanden", "Eventuelt"]
    bodies = ["Godkendt.", "Formanden har talt med borgmesteren.", "Intet."]
    romans = ["I", "II", "III"]
    points = "\n\n".join(
        form.format(n=n, r=romans[n - 1], t=t) + "\n" + b
        for n, (t, b) in enumerate(zip(titles, bodies, strict=True), 1)
    )
    meeting = parse_text(HEADER + points + "\n", "raad.txt")
    assert [(p.number, p.title) for p in meeting.points] == list(enumerate(titles, 1))
    if labels:
        assert [p.label for p in meeting.points] == labels


def test_attendance_lines_are_neither_points_nor_the_board() -> None:
    text = (
        "Referat fra Ældrerådets møde\nMødested: Rådhuset, lokale 4\n"
        "Mødedato: 3. september 2024\nTil stede:\nJens Holt (formand)\nKis Bo\n\n"
        "Afbud: Lis Holm og Per Dam.\nReferent: Mette Lund, sekretær for Handicaprådet\n\n"
        "[1] Godkendelse af dagsorden\nGodkendt.\n\n[2] Eventuelt\nIntet.\n"
    )
    meeting = parse_text(text, "raad.txt")
    assert meeting.board == "Ældrerådet"
    assert meeting.location == "Rådhuset, lokale 4"
    assert [(a.name, a.absent, a.role) for a in meeting.attendees] == [
        ("Jens Holt", False, "formand"),
        ("Kis Bo", False, None),
        ("Lis Holm", True, None),
        ("Per Dam", True, None),
    ]
    assert [p.title for p in meeting.points] == ["Godkendelse af dagsorden", "Eventuelt"]


def test_a_label_the_reader_does_not_know_ends_a_wrapped_value() -> None:
    text = (
        "Referat - Seniorrådet\nDato: 3. september 2024\nSted: Biblioteket\n"
        "Protokolfører: Mette Lund\nFraværende: Ingen\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    )
    meeting = parse_text(text, "raad.txt")
    assert meeting.location == "Biblioteket"
    assert meeting.attendees == ()


POINTS = "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Referat fra Ældrerådets møde den 3. september 2024", "Ældrerådet"),
        ("Handicaprådets møde tirsdag d. 3/9-2024", "Handicaprådet"),
        ("Mødet i Handicaprådet blev holdt den 3. september 2024", "Handicaprådet"),
        ("Mødet i Lokalrådet for Østerby blev holdt 3/9 2024", "Lokalrådet for Østerby"),
        ("Referat af Lokalrådet for Østerbys bestyrelsesmøde 3/9 2024", "Lokalrådet for Østerby"),
        (
            "Referat fra møde i bestyrelsen for Lokalrådet for Østerby, d. 3.9.24",
            "Bestyrelsen for Lokalrådet for Østerby",
        ),
        (
            "Referat af fællesmøde mellem Ældrerådet og Handicaprådet den 3. sept. 2024",
            "Ældrerådet og Handicaprådet",
        ),
        (
            "Fællesmøde mellem Ældrerådet og Handicaprådet\nSeptember 3, 2024",
            "Ældrerådet og Handicaprådet",
        ),
    ],
)
def test_a_board_named_in_a_sentence(title: str, board: str) -> None:
    meeting = parse_text(f"{title}\n\n{POINTS}", "raad.txt")
    assert (meeting.board, meeting.date.isoformat()) == (board, "2024-09-03")


@pytest.mark.parametrize("form", ["{n}. {t}", "Punkt {n}: {t}"])
def test_two_councils_minutes_in_one_file_read_as_one_meeting(form: str) -> None:
    def part(board: str, titles: list[str]) -> str:
        points = "".join(form.format(n=n, t=t) + "\nDrøftet.\n\n" for n, t in enumerate(titles, 1))
        return f"Referat – {board} – 3. september 2024\n\n{points}"

    text = part("Ældrerådet", ["Godkendelse af dagsorden", "Budget"]) + part(
        "Handicaprådet", ["Godkendelse af dagsorden", "Tilgængelighed"]
    )
    meeting = parse_text(text, "raad.txt")
    assert meeting.board == "Ældrerådet"
    assert [p.title for p in meeting.points] == [
        "Godkendelse af dagsorden", "Budget", "Godkendelse af dagsorden", "Tilgængelighed",
    ]  # fmt: skip
    assert [p.number for p in meeting.points] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("line", "time"),
    [
        ("Møde tirsdag d. 3/9-2024 kl. 14", "14:00"),
        ("Møde 3/9 2024 kl. 10-12", "10:00"),
        ("Møde d. 3.9.24", None),
        ("Møde den 3. sept. 2024 kl. 9.30", "09:30"),
        ("Meeting September 3, 2024", None),
        ("Meeting Sept. 3rd, 2024", None),
        ("Meeting 3rd September 2024", None),
        ("Møde 3.sep.2024", None),
    ],
)
def test_dates_and_hours_of_informal_minutes(line: str, time: str | None) -> None:
    meeting = parse_text(f"Seniorrådet\n{line}\n\n{POINTS}", "raad.txt")
    assert (meeting.date.isoformat(), meeting.start_time) == ("2024-09-03", time)


def test_the_agenda_listed_above_the_minutes_is_not_the_points() -> None:
    """The agenda in other words above the minutes ("1. Godkendelse" over "1. Godkendelse af
    dagsorden"): no table of contents by its titles, a list with no text between its items."""
    text = HEADER + (
        "Dagsorden:\n1. Godkendelse\n2. Formanden orienterer\n3. Eventuelt\n\nReferat:\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Nyt fra formanden\nFormanden har talt med borgmesteren.\n\n"
        "3. Eventuelt\nIntet.\n"
    )
    assert _titles(text) == [(1, "Godkendelse af dagsorden"), (2, "Nyt fra formanden"),
                             (3, "Eventuelt")]  # fmt: skip
