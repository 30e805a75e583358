"""Informal minutes, more forms: English attendance labels, an attendance label in the middle of
a line, a substitute's note, a year beside the board's name, closed points whose body is no
title, and more point heading forms (invented minutes)."""

from __future__ import annotations

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


def test_an_english_label_alone_lists_one_name_a_line() -> None:
    header = "Ældrerådet – 3. september 2024\nPresent:\nAnn Lee\nBo Dam\nApologies: None"
    assert _people(header) == [("Ann Lee", None, False), ("Bo Dam", None, False)]
