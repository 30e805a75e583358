"""Informal minutes, more forms: English attendance labels, an attendance label in the middle of
a line, a substitute's note, a year beside the board's name, closed points whose body is no
title, and more point heading forms (invented minutes)."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.parse import parse_text

POINTS = "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Budget\nRådet drøftede budgettet.\n"


def _people(header: str) -> list[tuple[str, str | None, bool]]:
    meeting = parse_text(header + "\n\n" + POINTS, "raad.txt")
    assert [p.title for p in meeting.points] == ["Godkendelse af dagsorden", "Budget"]
    return [(a.name, a.role, a.absent) for a in meeting.attendees]


def test_english_attendance_labels_are_attendance() -> None:
    header = (
        "Minutes\nSeniors' Council 3 September 2024\nPresent: Ann Lee, chair, Bo Dam and Carl "
        "Frost\nApologies: Dina Holt\nMinutes taken by: Eva Berg"
    )
    meeting = parse_text(header + "\n\n" + POINTS, "raad.txt")
    assert meeting.board == "Seniors' Council"
    assert [(a.name, a.role, a.absent) for a in meeting.attendees] == [
        ("Ann Lee", "chair", False),
        ("Bo Dam", None, False),
        ("Carl Frost", None, False),
        ("Dina Holt", None, True),
    ]


def test_the_chair_label_names_an_attendee_and_nobody_is_nobody() -> None:
    header = "Ældrerådet\nMøde den 3. september 2024\nChair: Ann Lee\nPresent: Bo Dam\nAbsent: None"
    assert _people(header) == [("Bo Dam", None, False), ("Ann Lee", "chair", False)]
    header = "Ældrerådet\nMøde den 3. september 2024\nOrdstyrer: Bo Dam\nTil stede: Ann Lee, Bo Dam"
    assert _people(header) == [("Ann Lee", None, False), ("Bo Dam", "ordstyrer", False)]
    header = "Ældrerådet 3. september 2024\nChair: Ann Lee\nPresent: Ann Lee (chair), Bo Dam"
    assert _people(header) == [("Ann Lee", "chair", False), ("Bo Dam", None, False)]


def test_an_english_label_alone_lists_one_name_a_line() -> None:
    header = "Ældrerådet – 3. september 2024\nPresent:\nAnn Lee\nBo Dam\nApologies: None"
    assert _people(header) == [("Ann Lee", None, False), ("Bo Dam", None, False)]


def test_an_attendance_label_in_the_middle_of_a_line_starts_its_own_list() -> None:
    header = (
        "Referat\nÆldrerådet 3. september 2024\n"
        "Til stede: Aase Mølgaard (DH), Ib Holm Sand (A). Afbud: Ingen\nReferent: Mette Lund"
    )
    assert _people(header) == [("Aase Mølgaard", "DH", False), ("Ib Holm Sand", "A", False)]
    header = "Ældrerådet 3. september 2024\nTil stede: Ole Vind (S). Afbud: Kis Bo (V) og Per Dam"
    assert _people(header) == [
        ("Ole Vind", "S", False),
        ("Kis Bo", "V", True),
        ("Per Dam", None, True),
    ]
    header = "Ældrerådet 3. september 2024\nPresent: Ann Lee, Bo Dam\tApologies: Dina Holt"
    assert _people(header) == [
        ("Ann Lee", None, False),
        ("Bo Dam", None, False),
        ("Dina Holt", None, True),
    ]


def test_a_substitutes_note_is_a_name_with_a_role() -> None:
    header = (
        "Ældrerådet 3. september 2024\nTil stede: Aase Mølgaard (DH), stedfortræder Jan Ulstrup "
        "(O) deltog, Eva Holm deltog som suppleant for Kis Bo, Claus Lind (V) formand, "
        "suppleant Per Dam, formand Jens Hansen, Bo Dam mødte kl. 19\nAfbud: Kis Bo"
    )
    assert _people(header) == [
        ("Aase Mølgaard", "DH", False),
        ("Jan Ulstrup", "O, stedfortræder", False),
        ("Eva Holm", "suppleant for Kis Bo", False),
        ("Claus Lind", "V, formand", False),
        ("Per Dam", "suppleant", False),
        ("formand Jens Hansen", None, False),  # a role before a name, no note: left whole
        ("Bo Dam mødte kl. 19", None, False),  # a sentence that names no role: left whole
        ("Kis Bo", None, True),
    ]
    header = (
        "Ældrerådet 3. september 2024\nTil stede: Ole Vind, suppleant Jan Ulstrup deltog for Kis Bo"
    )
    assert _people(header)[1] == ("Jan Ulstrup", "suppleant for Kis Bo", False)


@pytest.mark.parametrize(
    ("header", "board"),
    [
        ("Ældrerådet 2024\nMøde den 3.9.", "Ældrerådet"),
        ("Ældrerådet, møde nr. 4, 2024\nMøde den 3.9.", "Ældrerådet"),
        ("ÆLDRERÅDET 2024\nMøde den 3/9", "Ældrerådet"),
        ("Handicaprådet 2024/25\nReferat af møde 3/9 2024", "Handicaprådet"),
        ("Referat\nLokalrådet for Østerby 2024\nTirsdag 3. september", "Lokalrådet for Østerby"),
        ("Ungdomsrådet 2024-25 (nr. 3)\nOnsdag d. 3. september 2024", "Ungdomsrådet"),
    ],
)
def test_a_year_or_meeting_number_after_the_board_is_not_its_name(header: str, board: str) -> None:
    meeting = parse_text(header + "\n\n" + POINTS, "raad.txt")
    assert (meeting.board, meeting.date) == (board, date(2024, 9, 3))
    assert [p.number for p in meeting.points] == [1, 2]


CLOSED_TITLE = "Referat - Ældrerådet - 3. september 2024\n\nAd 1) Budget\nDrøftet.\n\n"


@pytest.mark.parametrize(
    "below",
    [
        "Drøftet og aftalt",
        "Taget til efterretning",
        "Godkendt",
        "Sagen blev drøftet",
        "Orientering givet",
        "Hansens opsigelse",  # a line that may be a title, where the mark took the title's place
    ],
)
def test_a_closed_point_never_takes_its_body_as_title(below: str) -> None:
    text = CLOSED_TITLE + f"Ad 2) Lukket punkt\n{below}\n\nAd 3) Eventuelt\nIntet.\n"
    meeting = parse_text(text, "raad.txt")
    closed = meeting.points[1]
    assert (closed.number, closed.title, closed.closed) == (2, "Lukket", True)
    assert below not in meeting.text


@pytest.mark.parametrize(
    ("heading", "below", "title"),
    [
        ("Punkt 2 (lukket møde)", "Køb af jord ved Vesterby", "Køb af jord ved Vesterby"),
        ("Punkt 2 (lukket møde)", "Drøftet og aftalt", "Lukket"),
        ("Punkt 2 · Fortroligt", "Køb af jord ved Vesterby", "Køb af jord ved Vesterby"),
        ("Punkt 2 · Fortroligt", "Taget til efterretning", "Lukket"),
        (
            "Punkt 2: Lukket",
            "Køb af jord ved Vesterby\nSagsnr.: 24/0871",
            "Køb af jord ved Vesterby",
        ),
    ],
)
def test_a_title_below_a_closed_mark_where_the_form_leaves_room_for_one(
    heading: str, below: str, title: str
) -> None:
    text = (
        CLOSED_TITLE.replace("Ad 1)", "Punkt 1:")
        + f"{heading}\n{below}\n\nPunkt 3: Eventuelt\nIntet.\n"
    )
    closed = parse_text(text, "raad.txt").points[1]
    assert (closed.title, closed.closed) == (title, True)


def _headed(*headings: str) -> list[tuple[int, str, str]]:
    body = "Rådet drøftede sagen og tog den til efterretning."
    text = "Referat - Ældrerådet - 3. september 2024\n\n" + "".join(
        f"{h}\n{body}\n\n" for h in headings
    )
    return [(p.number, p.label, p.title) for p in parse_text(text, "raad.txt").points]


@pytest.mark.parametrize(
    "form",
    [
        "Dagsordenspunkt {n}: {t}",
        "Sag nr. {n} – {t}",
        "Item {n}: {t}",
        "Agenda item {n} – {t}",
        "**{n}. {t}**",
        "{n}.0 {t}",
        "Ad. {n} {t}",
    ],
)
def test_more_point_heading_forms(form: str) -> None:
    titles = ["Approval of the agenda", "Budget", "Traffic", "Any other business"]
    headings = [form.format(n=n, t=t) for n, t in enumerate(titles, 1)]
    assert _headed(*headings) == [(n, "", t) for n, t in enumerate(titles, 1)]


def test_sub_numbers_under_a_point_numbered_n_0_stay_inside_it() -> None:
    text = "Referat - Ældrerådet - 3. september 2024\n\n" + (
        "1.0 Budget\nDrøftet.\n\n2.0 Trafik\nOrientering.\n\n2.1 Vejen ved skolen\nNy fartgrænse."
        "\n\n2.2 Cykelstier\nUdsat.\n\n3.0 Eventuelt\nIntet.\n"
    )
    points = parse_text(text, "raad.txt").points
    assert [(p.number, p.title) for p in points] == [(1, "Budget"), (2, "Trafik"), (3, "Eventuelt")]
    assert "2.2 Cykelstier" in points[1].text


@pytest.mark.parametrize("form", ["Punkt {n}: {t}", "{n}. {t}", "Pkt. {n} – {t}"])
def test_a_lettered_point_between_two_is_a_point_of_its_own(form: str) -> None:
    numbers = ["1", "2", "3", "3a", "4"]
    titles = ["Godkendelse af dagsorden", "Budget", "Trafik", "Cykelstier", "Eventuelt"]
    headings = [form.format(n=n, t=t) for n, t in zip(numbers, titles, strict=True)]
    # Stored after the highest number (numbers name points uniquely), printed as "3a".
    assert _headed(*headings) == [
        (1, "", "Godkendelse af dagsorden"),
        (2, "", "Budget"),
        (3, "", "Trafik"),
        (5, "3a", "Cykelstier"),
        (4, "", "Eventuelt"),
    ]


def test_more_absence_labels_and_semicolons() -> None:
    header = (
        "Ældrerådet 3. september 2024\nTil stede: Ann Lee (V), formand; Bo Dam (A); Kis Bo\n"
        "Afbud: Ingen\nIkke til stede: Per Dam\nFraværende med afbud: Eva Holm"
    )
    assert _people(header) == [
        ("Ann Lee", "V, formand", False),
        ("Bo Dam", "A", False),
        ("Kis Bo", None, False),
        ("Per Dam", None, True),
        ("Eva Holm", None, True),
    ]
    header = "Ældrerådet 3. september 2024\nPresent: Ann Lee\nApologies received from: Kis Bo"
    assert _people(header) == [("Ann Lee", None, False), ("Kis Bo", None, True)]


def test_an_english_title_names_the_board_and_kind() -> None:
    text = (
        "Minutes of the meeting of the Seniors Council held on 3 September 2024\n"
        "Present: Ann Lee (chair), Bo Dam\n\nItem 1: Approval of the agenda\nApproved.\n\n"
        "Item 2: Any other business\nNone.\n"
    )
    meeting = parse_text(text, "raad.txt")
    assert (meeting.board, meeting.date, meeting.kind) == (
        "Seniors Council",
        date(2024, 9, 3),
        "referat",
    )
    text = "Agenda\nYouth Board\nMeeting 3 September 2024\n\nItem 1: Budget\nTo be presented.\n"
    text += "\nItem 2: Any other business\n"
    meeting = parse_text(text, "raad.txt")
    assert (meeting.board, meeting.kind) == ("Youth Board", "dagsorden")


SECRET_EN = "The council discussed the staff matter of Mr Grønnevej."


@pytest.mark.parametrize(
    ("heading", "below"),
    [
        ("Item 2: Confidential", SECRET_EN),
        ("Item 2 (closed session)", "Agreed"),
        ("Item 2: Staff matter - Closed", SECRET_EN),
        ("Item 2: Staff matter", "This item was taken in closed session.\n" + SECRET_EN),
    ],
)
def test_english_closed_marks_close_a_point(heading: str, below: str) -> None:
    text = (
        "Minutes\nSeniors Council\n3 September 2024\n\nItem 1: Budget\nApproved.\n\n"
        f"{heading}\n{below}\n\nItem 3: Any other business\nNone.\n"
    )
    meeting = parse_text(text, "raad.txt")
    closed = meeting.points[1]
    assert closed.closed and closed.title in ("Lukket", "Staff matter - Closed", "Staff matter")
    assert "Grønnevej" not in meeting.text and "Agreed" not in meeting.text
    assert not meeting.points[0].closed and not meeting.points[2].closed


def test_attendance_after_another_header_label_on_its_line() -> None:
    text = (
        "Referat\nÆldrerådet\nDato: 3. september 2024 kl. 19.00. Til stede: Ann Lee, Bo Dam. "
        "Afbud: Kis Bo\nSted: Rådhuset   Referent: Eva Berg\n\n" + POINTS
    )
    meeting = parse_text(text, "raad.txt")
    assert (meeting.date, meeting.start_time, meeting.location) == (
        date(2024, 9, 3),
        "19:00",
        "Rådhuset",
    )
    assert [(a.name, a.absent) for a in meeting.attendees] == [
        ("Ann Lee", False),
        ("Bo Dam", False),
        ("Kis Bo", True),
    ]


def test_an_absence_list_marks_listed_members_away_and_names_who_came_instead() -> None:
    header = (
        "Ældrerådet 3. september 2024\nDeltagere: Aase Bro (A), formand, Ivan Kock (V), "
        "Gitte Lund (O)\nAfbud: Gitte Lund (O), stedfortræder Nils Ryg (O) deltog"
    )
    assert _people(header) == [
        ("Aase Bro", "A, formand", False),
        ("Ivan Kock", "V", False),
        ("Gitte Lund", "O", True),
        ("Nils Ryg", "O, stedfortræder", False),
    ]
    header = "Ældrerådet 3. september 2024\nFraværende: Gitte Lund (O), stedfortræder Nils Ryg (O)"
    assert _people(header) == [("Gitte Lund", "O", True), ("Nils Ryg", "O, stedfortræder", False)]
