"""Round 35 of the reader: a form found misread in layouts_blind28, in invented minutes.

A point's body may hold a numbered list ("1. …" / "2. …") whose items look like the points'
own headings. An item numbered back from the point it stands in, with the item numbered one
less above it in the same body and in the same form, goes on that list: it is no second point
of its number, even where a section label ("Økonomi") follows it. A real next point, a list
that numbers on from the points, and points numbered on from earlier meetings read as before.
"""

from __future__ import annotations

from pathlib import Path

from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _got(meeting: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


HEAD = """Vestermose Kommune
Referat
Vej- og Parkudvalget
Mødedato: 3. oktober 2023

"""

# The bug's shape: point 3's body weighs two options, the second over a section label.
OPTIONS = (
    HEAD
    + """1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Cykelsti langs Fjordvejen

Sagsnr.: 23/1101

Sagsfremstilling
Stien er planlagt siden 2021.

Beslutning
Godkendt.

3. Ny belysning på Torvet

Sagsnr.: 23/1187

Sagsfremstilling
Lamperne er slidte. Der er to muligheder:
1. Nye master med LED-armaturer, anslået 1,2 mio. kr.
2. Ombygning af de gamle master til LED, anslået 0,8 mio. kr. men med flere driftsstop

Økonomi
Der er afsat 1,0 mio. kr. i 2024.

Beslutning
Mulighed 2 valgt.

4. Lukket punkt: Køb af grund ved Havnen

Sagsnr.: 23/1203

Sagsfremstilling
Hemmeligt indhold om Stenbuen 14.

Beslutning
Godkendt.

5. Meddelelser

Beslutning
Taget til efterretning.
"""
)


def test_a_list_item_numbered_back_stays_in_its_point() -> None:
    meeting = _read(OPTIONS)
    assert [(n, t) for n, t, _, _ in _got(meeting)] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Cykelsti langs Fjordvejen"),
        (3, "Ny belysning på Torvet"),
        (4, "Lukket punkt: Køb af grund ved Havnen"),
        (5, "Meddelelser"),
    ]
    third = meeting.points[2]
    assert third.case_number == "23/1187"
    assert "Ombygning af de gamle master" in third.text
    assert "Der er afsat 1,0 mio. kr." in third.text
    assert "Mulighed 2 valgt." in third.text
    closed = meeting.points[3]
    assert closed.closed
    assert all("Stenbuen" not in p.text for p in meeting.points)


def test_a_list_item_with_a_round_bracket_stays_in_its_point() -> None:
    text = OPTIONS.replace("1. Nye master", "1) Nye master").replace("2. Ombygning", "2) Ombygning")
    meeting = _read(text)
    assert [p.number for p in meeting.points] == [1, 2, 3, 4, 5]
    assert "Ombygning af de gamle master" in meeting.points[2].text


# A real point 2 after point 1 (the number rises), over a section label: a heading.
RISING = (
    HEAD
    + """1. Godkendelse af dagsorden

Sagsfremstilling
Dagsordenen har to punkter:
1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Parkeringsregler i midtbyen

Sagsnr.: 23/1300

Sagsfremstilling
Reglerne ændres fra 1. januar.

Beslutning
Godkendt.
"""
)


def test_a_real_next_point_stays_a_heading() -> None:
    meeting = _read(RISING)
    assert [(p.number, p.title) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Parkeringsregler i midtbyen"),
    ]
    assert meeting.points[1].case_number == "23/1300"


# Points numbered on from earlier meetings ("212.", "213."): each over its own body.
YEARLY = (
    HEAD
    + """212. Godkendelse af dagsorden

Beslutning
Godkendt.

213. Vintertjeneste 2023-2024

Sagsnr.: 23/1402

Sagsfremstilling
Planen har tre trin:
1. Saltning af hovedveje
2. Rydning af cykelstier

Beslutning
Godkendt.

214. Eventuelt

Beslutning
Intet.
"""
)


def test_points_numbered_on_from_earlier_meetings_stay_headings() -> None:
    meeting = _read(YEARLY)
    assert [(p.number, p.title) for p in meeting.points] == [
        (212, "Godkendelse af dagsorden"),
        (213, "Vintertjeneste 2023-2024"),
        (214, "Eventuelt"),
    ]
    assert "Rydning af cykelstier" in meeting.points[1].text


# A point numbered back with no item one less above it in its point (a second meeting's
# minutes, or a point written out of order) is judged as before: here a real point 2.
BACK_ALONE = (
    HEAD
    + """1. Godkendelse af dagsorden

Beslutning
Godkendt.

3. Trafiktælling på Skovvej

Sagsnr.: 23/1500

Sagsfremstilling
Tællingen er afsluttet.

Beslutning
Taget til efterretning.

2. Budgetopfølgning

Sagsnr.: 23/1501

Sagsfremstilling
Forbruget følger budgettet.

Beslutning
Godkendt.
"""
)


def test_a_point_numbered_back_without_a_list_above_is_judged_as_before() -> None:
    meeting = _read(BACK_ALONE)
    titles = [p.title for p in meeting.points]
    assert "Budgetopfølgning" in titles
    budget = next(p for p in meeting.points if p.title == "Budgetopfølgning")
    assert budget.case_number == "23/1501"
