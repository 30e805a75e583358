"""Closed marks in more of the words Danish minutes use, contents tables, duplicate numbers,
rule lines and typed titles (invented minutes, our own words).

Each form is read in a small invented meeting: a closed point carries a secret sentence that
must never reach the stored text, and the open points around it keep their text and numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text

SECRET = "Lodsejer Valdemar Krogh kræver 2,4 mio. kr. for marken."
OPEN_BODY = "Forvaltningen foreslår nye bænke langs åstien."


def _read(text: str, name: str = "x.txt") -> Meeting:
    """Read invented minutes as the indexer does: decoded by the file's suffix, then parsed."""
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _head() -> str:
    return "Referat\nTeknik- og Miljøudvalget\nMødedato: 14.04.2026\n\n"


def _open_point(n: int, title: str = "Bænke langs åstien") -> str:
    return (
        f"{n}. {title}\nSagsnr.: 26/{n}10\nSagsfremstilling\n{OPEN_BODY}\nBeslutning\nGodkendt.\n\n"
    )


def _assert_closed(meeting: Meeting, number: int) -> None:
    points = {p.number: p for p in meeting.points}
    assert points[number].closed, points[number]
    assert "Valdemar" not in meeting.text and "Valdemar" not in points[number].text
    for p in meeting.points:
        if p.number != number:
            assert not p.closed and OPEN_BODY in p.text, p


# --- closed marks after, before or around the title ------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        # "Ej" is the older written "ikke".
        "2. Erstatning for mark - Ej til offentliggørelse",
        "2. Erstatning for mark - ej offentligt",
        "2. Erstatning for mark (Ej offentlig)",
        "2. Erstatning for mark - ikke offentligt tilgængelig",
        "2. Erstatning for mark - Udelukket fra offentligheden",
        "2. Erstatning for mark (unddraget offentlighed)",
        "2. Erstatning for mark - Behandles for lukkede døre",
        "2. Erstatning for mark (for lukkede døre)",
        "2. Erstatning for mark - offentliggøres ikke",
        "2. Erstatning for mark (udgår af det offentlige referat)",
        "2. Erstatning for mark (ikke med i det offentlige referat)",
        "2. Erstatning for mark - Lukket del",
        "2. Erstatning for mark - Tavshedsbelagt",
        "2. Erstatning for mark - ikke til offentliggørelse jf. offentlighedslovens § 30",
        "Ej til offentliggørelse: Erstatning for mark",
        "2. Udelukket fra offentligheden - Erstatning for mark",
        # A column of marks: a wide gap of spaces or a TAB, no separator.
        "2. Erstatning for mark.              Ej til offentliggørelse.",
        "2. Erstatning for mark   Udelukket fra offentligheden",
        "2. Erstatning for mark\tIkke til offentliggørelse",
        "Pkt. 2.   Erstatning for mark.        Ej til offentliggørelse.",
        "2. Compensation for a field - not for publication",
    ],
)
def test_a_closed_mark_in_the_heading_closes_the_point(heading: str) -> None:
    if not heading.startswith(("2", "Pkt")):
        heading = f"2. {heading}"
    text = (
        _head()
        + _open_point(1)
        + f"{heading}\nSagsnr.: 26/220\nSagsfremstilling\n{SECRET}\nBeslutning\nTiltrådt.\n\n"
        + _open_point(3, "Cykelparkering ved stationen")
    )
    meeting = _read(text)
    assert [p.number for p in meeting.points] == [1, 2, 3]
    _assert_closed(meeting, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Ej til offentliggørelse.",
        "Sagen er ej til offentliggørelse.",
        "Punktet er ikke offentligt tilgængeligt.",
        "Sagen er udelukket fra offentligheden.",
        "Sagen blev unddraget offentligheden.",
        "Offentligheden blev udelukket under behandlingen af punktet.",
        "Offentligheden var udelukket.",
        "Punktet offentliggøres ikke.",
        "Sagen må ikke offentliggøres.",
        "Udgår af det offentlige referat.",
        "Sagen er udeladt af det offentlige referat.",
        "Sagen blev behandlet for lukkede døre.",
        "Sagen er tavshedsbelagt.",
    ],
)
def test_a_closing_line_under_the_heading_closes_the_point(line: str) -> None:
    text = (
        _head()
        + _open_point(1)
        + f"2. Erstatning for mark\nSagsnr.: 26/220\n{line}\nSagsfremstilling\n{SECRET}\n\n"
        + _open_point(3, "Cykelparkering ved stationen")
    )
    _assert_closed(_read(text), 2)


@pytest.mark.parametrize(
    "title",
    [
        "Offentlig høring af lokalplan 88",
        "Referater skal gøres offentligt tilgængelige",
        "Ejendomsskat 2027",
        "Åbent hus - offentligheden inviteres",
        "Nye døre til rådhusets byrådssal",
        "Budget 2027          Åben",
        "Forslag om at offentliggøre dagsordener tidligere",
        "Orientering om tavshedspligt for udvalgets medlemmer",
        "Kontrakt med Ejby Vognmandsforretning",
    ],
)
def test_titles_that_speak_of_the_public_stay_open(title: str) -> None:
    meeting = _read(_head() + _open_point(1) + _open_point(2, title))
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, False)]
    assert OPEN_BODY in meeting.points[1].text


def test_a_column_mark_is_no_part_of_the_stored_title() -> None:
    text = (
        _head()
        + f"Pkt. 1.   Bænke langs åstien.\nJ.nr. 05.01.00\n\n{OPEN_BODY}\n\n"
        + "Pkt. 2.   Forpagtning af engen.         Ej til offentliggørelse.\n"
        + f"J.nr. 01.11.20\n\n{SECRET}\n\nBeslutning: Tiltrådt.\n\n"
    )
    point = _read(text).points[1]
    assert point.number == 2
    assert (point.title, point.case_number, point.closed) == (
        "Forpagtning af engen",
        "01.11.20",
        True,
    )


def test_an_ocr_read_closed_group_heading_closes_the_points_below() -> None:
    # Typed minutes scanned: "MØDE" read as "M0DE". The heading is no words of the point above.
    text = (
        "KOMMUNALBESTYRELSEN\nMøde den 9. marts 1993\n\n"
        f"Pkt. 1. Vejbelysning paa Møllevej.\nJ.nr. 05.01.00\n\n{OPEN_BODY}\n\n"
        "Beslutning: Godkendt.\n\n"
        "                    LUKKET M0DE\n\n"
        f"Pkt. 2. Salg af grund.\nJ.nr. 02.34.02\n\n{SECRET}\n\nBeslutning: Godkendt.\n"
    )
    meeting = _read(text)
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, True)]
    assert "M0DE" not in meeting.points[0].text and "Valdemar" not in meeting.text


# --- a table of contents above the points ----------------------------------------------------

_MARKDOWN = """# Åby Kommune

## Natur- og Klimaudvalget – Referat

**Mødet torsdag d. 16/4-2026 kl. 16.00**

| Nr. | Punkt | Status |
|---:|---|---|
| 1 | Godkendelse af dagsorden | Åben |
| 2 | Klimaplan 2030 - status | Åben |
| 3 | "Grøn by" - pulje til gårdhaver | Åben |
| 4 | Erstatning for mark | Lukket |
| 5 | Budget 2027 for naturpleje | Åben |
| 6 | Eventuelt | Åben |

---

### 1. Godkendelse af dagsorden

*Sagsnr.: 26/0101*

**Beslutning:** Godkendt.

---

### 2. Klimaplan 2030 - status

*Sagsnr.: 26/0102*

#### Sagsfremstilling

{open}

**Beslutning:** Taget til efterretning.

---

### 3. "Grøn by" - pulje til gårdhaver

*Sagsnr.: 26/0103*

#### Sagsfremstilling

{open}

**Beslutning:** Godkendt.

---

### 4. Erstatning for mark

*Sagsnr.: 26/0104*

#### Sagsfremstilling

{secret}

**Beslutning:** Tiltrådt.

---

### 5. Budget 2027 for naturpleje

*Sagsnr.: 26/0105*

#### Sagsfremstilling

{open}

**Beslutning:** Godkendt.

---

### 6. Eventuelt

**Beslutning:** Intet.
"""


def test_a_markdown_contents_table_is_contents_and_its_lukket_closes_the_point() -> None:
    # A row whose title opens with a quote is an entry like the others: no row
    # becomes a point, no heading is renumbered, and the table's "Lukket" closes point 4.
    meeting = _read(_MARKDOWN.format(open=OPEN_BODY, secret=SECRET), "natur.md")
    assert [(p.number, p.label, p.closed) for p in meeting.points] == [
        (1, "", False),
        (2, "", False),
        (3, "", False),
        (4, "", True),
        (5, "", False),
        (6, "", False),
    ]
    assert [p.case_number for p in meeting.points[:5]] == [f"26/010{n}" for n in range(1, 6)]
    assert not meeting.warnings
    assert "Valdemar" not in meeting.text
    # A Markdown horizontal rule between points is furniture, not the end of a decision.
    assert [s.text for s in meeting.points[0].sections] == ["Godkendt."]
    assert all("---" not in p.text for p in meeting.points)


def test_a_tab_separated_contents_table_in_plain_text() -> None:
    text = (
        _head()
        + "Nr.\tPunkt\tStatus\n1\tBænke langs åstien\tÅben\n2\tErstatning for mark\tLukket\n"
        + '3\t"Cykler i byen" - kampagne\tÅben\n\n'
        + _open_point(1)
        + f"2. Erstatning for mark\nSagsnr.: 26/220\nSagsfremstilling\n{SECRET}\n\n"
        + _open_point(3, '"Cykler i byen" - kampagne')
    )
    meeting = _read(text)
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, True), (3, False)]
    assert not meeting.warnings and "Valdemar" not in meeting.text


# --- duplicate numbers -----------------------------------------------------------------------


def test_a_contents_entry_with_only_a_status_under_it_gives_the_point_its_status() -> None:
    # The contents abbreviate the titles (so they do not recur word for word) and give each
    # entry's status on the line below: entries, not points; no renumbering, point 2 closed.
    text = (
        _head()
        + "Dagsorden\n1. Bænke\nÅben\n2. Erstatning\nLukket\n3. Cykelparkering\nÅben\n\n"
        + _open_point(1)
        + f"2. Erstatning for mark\nSagsnr.: 26/220\nSagsfremstilling\n{SECRET}\n\n"
        + _open_point(3, "Cykelparkering ved stationen")
    )
    meeting = _read(text)
    assert [(p.number, p.title) for p in meeting.points] == [
        (1, "Bænke langs åstien"),
        (2, "Erstatning for mark"),
        (3, "Cykelparkering ved stationen"),
    ]
    assert not meeting.warnings
    _assert_closed(meeting, 2)


def test_a_real_duplicate_is_stored_apart_without_pushing_the_later_points_on() -> None:
    text = (
        _head()
        + _open_point(1)
        + _open_point(2, "Cykelparkering ved stationen")
        + _open_point(2, "Træer på torvet")
        + _open_point(3, "Skiltning i parken")
        + _open_point(4, "Eventuelt")
    )
    meeting = _read(text)
    assert [(p.number, p.label, p.title) for p in meeting.points] == [
        (1, "", "Bænke langs åstien"),
        (2, "", "Cykelparkering ved stationen"),
        (5, "2", "Træer på torvet"),
        (3, "", "Skiltning i parken"),
        (4, "", "Eventuelt"),
    ]
    assert len(meeting.warnings) == 1 and "punkt 2 appears twice" in meeting.warnings[0]


# --- rule lines and typed titles -------------------------------------------------------------


@pytest.mark.parametrize("rule", ["---", "***", "=====", "_______________"])
def test_a_rule_line_after_a_decision_is_no_part_of_it(rule: str) -> None:
    text = _head() + _open_point(1).rstrip() + f"\n\n{rule}\n\n" + _open_point(2, "Skiltning")
    decisions = [s.text for p in _read(text).points for s in p.sections if s.name == "Beslutning"]
    assert decisions == ["Godkendt.", "Godkendt."]


@pytest.mark.parametrize(
    ("title", "stored"),
    [
        ("Regnskab 2019 - 2. behandling.", "Regnskab 2019 - 2. behandling"),
        ("Godkendelse af protokol fra mødet den 3. maj 1995.", None),
        ("Vejbelysning m.v.", "Vejbelysning m.v."),
        ("Salg af grund, matr. nr.", "Salg af grund, matr. nr."),
        ("Evt.", "Evt."),
        ("Ansøgning fra J.", "Ansøgning fra J."),
        ("Tilskud til spejderne", "Tilskud til spejderne"),
    ],
)
def test_a_typed_titles_final_period_is_dropped_but_not_an_abbreviations(
    title: str, stored: str | None
) -> None:
    text = (
        "KOMMUNALBESTYRELSEN\nMøde den 9. marts 1995\n\n"
        f"Pkt. 1. {title}\nJ.nr. 05.01.00\n\n{OPEN_BODY}\n\nBeslutning: Godkendt.\n"
    )
    assert _read(text).points[0].title == (stored or title.removesuffix("."))
