"""Round 71 of the reader: the forms layouts_blind63 (measured once, now spent) missed, in
invented words.

- A legend may say what the marks beside the points' numbers mean as kinds of point, no status
  ("Sagstyper: (B) = beslutningssag, (O) = orienteringssag" above "12 (B)<TAB>Title"): the mark
  is dropped from the heading (left there, it hid every heading). A legend of anything else
  leaves its marks alone, and a mark it calls a kind never closes.
- "Emne-ID: X-2023-00101", "Emnenr. 2024-117" label the point's case (the case systems that
  call a case an "emne"); "Emne: …" in words is still the subject.
- "Ref. ABC-23-7702" labels the case without a colon where its value has a case number's shape;
  a minute taker's "Ref. Lise Holm" and a date stay what they were.
- A forwarded mail's subject names the board once its forwarding marks ("VS:", "Fwd:") are
  read as such; a cover letter's "Hermed referatet fra mødet i Ældrerådet …" names the board
  after "mødet i", and a signature "Name, sekretær for Ældrerådet" the board of the role.
- An agenda system's XML export may number no point by a field of its own: an element named
  as a point ("<AgendaItem>", "<Punkt>") with a title child is one all the same, numbered by its
  sort key where the keys count one by one, else by its place. A yes/no field may ask its
  question ("IsPublic", "erOffentlig"); "CaseReference" labels the case; a field titled by a
  child of its own ("<Field><Heading>Beslutning</Heading><Body>…") heads a section; a stamp of
  the file ("exportedAt", "createdOn") is never the meeting's date.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from indexer.headings import case_number, title_core
from indexer.parse import (
    _board_in_title,
    _legend_kinds,
    _legend_statuses,
    parse_file,
    parse_text,
)
from indexer.xmlnames import file_stamp_name, says_closed

# --- A legend of kinds of point ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kinds", "statuses"),
    [
        ("Sagstyper: (B) = beslutningssag, (O) = orienteringssag", {"B", "O"}, {}),
        ("Punkttyper: (B) beslutningspunkt – (D) drøftelsespunkt", {"B", "D"}, {}),
        ("(B) til beslutning, (O) til orientering", {"B", "O"}, {}),
        (
            "Tegnforklaring: (B) beslutning – (O) orientering – (L) lukket punkt",
            {"B", "O"},
            {"L": True},
        ),
    ],
)
def test_a_legend_of_kinds_of_point_is_read(
    line: str, kinds: set[str], statuses: dict[str, bool]
) -> None:
    assert _legend_kinds(line) == kinds
    # A kind is no status: it never closes.
    assert _legend_statuses(line) == statuses


@pytest.mark.parametrize(
    "line",
    [
        "(S) Socialdemokratiet, (V) Venstre",  # the parties of the members listed
        "Sagstyper: se bilag 2",
        "(B) beslutningssag",  # one bracketed word and its words: any sentence's
    ],
)
def test_a_legend_of_anything_else_maps_nothing(line: str) -> None:
    assert _legend_kinds(line) == frozenset()
    assert _legend_statuses(line) == {}


_KINDS = """Nordvig Kommune

Teknik- og Miljøudvalget - referat

Tirsdag den 6. maj 2025 kl. 16.00, mødelokale Lærken

Sagstyper: (B) = beslutningssag, (O) = orienteringssag, (L) = lukket sag

21 (B)\tGodkendelse af dagsorden

Sagsnr.: 25/1001

Beslutning

Godkendt.

22 (O)\tStatus på ny vejbelysning i Sønderby

Sagsnr.: 25/1140

Sagsfremstilling

Der er skiftet 310 lamper til LED. Resten skiftes inden jul.

Beslutning

Taget til efterretning.

23 (L)\tErstatningskrav fra en entreprenør

Sagsnr.: 25/1177

Sagsfremstilling

Firmaet Grusgraveren Holm ApS kræver 88.000 kr.

Beslutning

Afvist.

24 (B)\tLukning af genbrugspladsen om søndagen

Sagsnr.: 25/1190

Sagsfremstilling

Pladsen holdes lukket om søndagen fra 1. juni, fordi der kommer få gæster.

Beslutning

Godkendt.
"""


def test_marks_a_legend_calls_kinds_leave_the_headings_as_points() -> None:
    meeting = parse_text(_KINDS, "teknik.odt")
    assert [(p.number, title_core(p.title), p.case_number, p.closed) for p in meeting.points] == [
        (21, "godkendelse af dagsorden", "25/1001", False),
        (22, "status på ny vejbelysning i sønderby", "25/1140", False),
        # The legend's closed mark reads as the status it names ("(Lukket)", kept in the title
        # as a closed mark written in a heading is).
        (23, "erstatningskrav fra en entreprenør", "25/1177", True),
        # A kind's mark never closes, nor does a point that speaks of closing.
        (24, "lukning af genbrugspladsen om søndagen", "25/1190", False),
    ]
    assert "Grusgraveren" not in meeting.text


# --- "Emne-ID" labels a case --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Emne-ID: NV-2025-00410", "NV-2025-00410"),
        ("Emnenr. 2025-117", "2025-117"),
        ("Emne nr.: 25/3310", "25/3310"),
        ("Emnenummer: EMN-2025-0042", "EMN-2025-0042"),
    ],
)
def test_an_emne_id_labels_the_case(line: str, case: str) -> None:
    assert case_number(line) == (case, False)


@pytest.mark.parametrize("line", ["Emne: Vejbelysning 2025", "Emne-ID: mangler", "Emner: tre"])
def test_a_subject_in_words_labels_no_case(line: str) -> None:
    found = case_number(line)
    assert found is None or found[0] is None


# --- "Ref." before a case-shaped value ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("Ref. NVK-25-3120", "NVK-25-3120"),
        ("Ref. 25/04410", "25/04410"),
        ("Ref. 01.02.05-P16-2-25", "01.02.05-P16-2-25"),
    ],
)
def test_ref_before_a_case_number_labels_it(line: str, case: str) -> None:
    assert case_number(line) == (case, False)


@pytest.mark.parametrize("line", ["Ref. Lise Holm", "Ref. J. Dam", "Ref. 3", "Ref. 12.3.2025"])
def test_ref_before_a_name_a_date_or_a_bare_number_labels_no_case(line: str) -> None:
    assert case_number(line) is None


# --- A forwarded mail and its cover letter name the board ---------------------------------------


@pytest.mark.parametrize(
    ("line", "board"),
    [
        ("VS: Referat Ældrerådet 03.03.2025", "Ældrerådet"),
        ("Fwd: SV: Referat Ældrerådet 03.03.2025", "Ældrerådet"),
        (
            "Hermed referatet fra mødet i Ældrerådet mandag den 3. marts 2025 kl. 10.00",
            "Ældrerådet",
        ),
        ("Vedhæftet dagsorden til møde i Handicaprådet", "Handicaprådet"),
        ("Karen Bo, sekretær for Ældrerådet", "Ældrerådet"),
    ],
)
def test_a_mails_subject_and_letter_name_the_board(line: str, board: str) -> None:
    assert _board_in_title(line) == board


@pytest.mark.parametrize(
    "line",
    [
        "Hermed dagsordenen til vores næste møde",  # no board named
        "Karen Bo, sekretær",
    ],
)
def test_a_letters_sentence_without_a_board_names_none(line: str) -> None:
    assert _board_in_title(line) is None


def test_a_forwarded_mail_names_the_board_of_its_subject(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["From"] = "Karen Bo <kabo@nordvig.example>"
    mail["To"] = "raadet@nordvig.example"
    mail["Subject"] = "VS: Referat Ældrerådet 03.03.2025"
    mail["Date"] = "Wed, 05 Mar 2025 09:12:00 +0100"
    mail.set_content(
        "Hej alle\n\n"
        "Hermed referatet fra mødet i Ældrerådet mandag den 3. marts 2025 kl. 10.00 i "
        "Nordvig Kulturhus.\n\n"
        "Venlig hilsen\nKaren Bo, sekretær for Ældrerådet\n\n"
        "REFERAT - ÆLDRERÅDET I NORDVIG KOMMUNE\n\n"
        "1) Godkendelse af dagsorden\nAftalt: Godkendt.\n\n"
        "2) Høring om nye busruter\nRef.: ÆR-2025-04\n"
        "Drøftelse: Linje 12 får færre afgange.\nAftalt: Formanden skriver høringssvar.\n\n"
        "3) Eventuelt\nAftalt: Intet.\n"
    )
    path = tmp_path / "aeldreraad.eml"
    path.write_bytes(bytes(mail))
    meeting = parse_file(path)
    assert meeting.board == "Ældrerådet"
    assert [(p.number, p.case_number) for p in meeting.points] == [
        (1, None),
        (2, "ÆR-2025-04"),
        (3, None),
    ]


# --- An XML export whose points no field numbers ----------------------------------------------


def _item(sort: str, title: str, case: str, public: str, fields: str) -> str:
    return (
        f"<AgendaItem><SortNumber>{sort}</SortNumber><Caption>{title}</Caption>"
        f"<CaseReference>{case}</CaseReference><IsPublic>{public}</IsPublic>"
        f"<Fields>{fields}</Fields></AgendaItem>"
    )


def _field(heading: str, body: str) -> str:
    return f"<Field><Heading>{heading}</Heading><Body><![CDATA[<p>{body}</p>]]></Body></Field>"


def _export(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Export xmlns="urn:example:moeder:1" exportedAt="2024-03-02T06:00:00">'
        "<Municipality>Nordvig Kommune</Municipality>"
        "<Committee>Kultur- og Fritidsudvalget</Committee><DocumentType>Referat</DocumentType>"
        "<MeetingStart>2024-02-27T16:00:00</MeetingStart>"
        "<Participants><Participant><Name>Ida Krogh</Name><Role>formand</Role></Participant>"
        "<Participant><Name>Bo Vang</Name><Role>medlem</Role></Participant></Participants>"
        f"<AgendaItems>{items}</AgendaItems></Export>"
    )


_ITEMS = [
    ("Godkendelse af dagsorden", "24/0101", "true", _field("Beslutning", "Godkendt.")),
    (
        "Nye åbningstider i svømmehallen",
        "24/0433",
        "true",
        _field("Sagsfremstilling", "Hallen åbner kl. 6.00 på hverdage fra 1. april.")
        + _field("Beslutning", "Godkendt."),
    ),
    (
        "Tilskud til en forening under tilsyn",
        "24/0470",
        "false",
        _field("Sagsfremstilling", "Foreningen Roklubben Bølgen har brugt tilskud forkert."),
    ),
]


def test_unnumbered_points_are_numbered_by_their_sort_keys(tmp_path: Path) -> None:
    items = "".join(_item(str(41 + k), *row) for k, row in enumerate(_ITEMS))
    path = tmp_path / "kultur.xml"
    path.write_text(_export(items), encoding="utf-8")
    meeting = parse_file(path)
    assert (meeting.board, meeting.date.isoformat()) == ("Kultur- og Fritidsudvalget", "2024-02-27")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (41, "24/0101", False),
        (42, "24/0433", False),
        (43, "24/0470", True),
    ]
    # A field's own title heads its section (the flags above it are the point's first lines).
    headings = [s.heading for s in meeting.points[1].sections]
    assert headings[-2:] == ["Sagsfremstilling", "Beslutning"]
    assert "Bølgen" not in meeting.text
    # The participants are named by <Name>, a title's name, but are no points.
    assert "Ida Krogh" not in {p.title for p in meeting.points}


def test_sort_keys_that_count_in_tens_give_way_to_the_places(tmp_path: Path) -> None:
    items = "".join(_item(str(10 * (k + 1)), *row) for k, row in enumerate(_ITEMS))
    path = tmp_path / "kultur.xml"
    path.write_text(_export(items), encoding="utf-8")
    assert [p.number for p in parse_file(path).points] == [1, 2, 3]


def test_points_in_two_lists_are_numbered_on_through_the_export(tmp_path: Path) -> None:
    # An open list and a closed list, no sort keys: one agenda, its places counted on.
    rows = [_item("", *row).replace("<SortNumber></SortNumber>", "") for row in _ITEMS]
    items = f"<OpenItems>{rows[0]}{rows[1]}</OpenItems><ClosedItems>{rows[2]}</ClosedItems>"
    path = tmp_path / "kultur.xml"
    path.write_text(_export(items), encoding="utf-8")
    assert [(p.number, p.closed) for p in parse_file(path).points] == [
        (1, False),
        (2, False),
        (3, True),
    ]


def test_a_numbered_export_keeps_its_numbers(tmp_path: Path) -> None:
    # A titled record inside a numbered point (the case's own title) is no point of its own.
    items = (
        '<AgendaItem number="7"><Title>Godkendelse af dagsorden</Title>'
        "<Point><Title>Sagens titel i sagssystemet</Title></Point>"
        "<Decision>Godkendt.</Decision></AgendaItem>"
        '<AgendaItem number="8"><Title>Eventuelt</Title><Decision>Intet.</Decision></AgendaItem>'
    )
    path = tmp_path / "kultur.xml"
    path.write_text(_export(items), encoding="utf-8")
    assert [(p.number, p.title) for p in parse_file(path).points] == [
        (7, "Godkendelse af dagsorden"),
        (8, "Eventuelt"),
    ]


@pytest.mark.parametrize(
    ("name", "value", "closed"),
    [
        ("IsPublic", "false", True),
        ("erOffentlig", "nej", True),
        ("isClosed", "true", True),
        ("erLukket", "ja", True),
        ("IsPublic", "true", False),
        ("erLukket", "nej", False),
        ("Isolering", "nej", False),  # no flag's lead: a word of its own
    ],
)
def test_a_flag_may_ask_its_question(name: str, value: str, closed: bool) -> None:
    assert says_closed(name, value) is closed


@pytest.mark.parametrize(
    ("name", "stamp"),
    [
        ("exportedAt", True),
        ("createdOn", True),
        ("eksportdato", True),
        ("Genereret", True),
        ("{urn:x}generatedTime", True),
        ("MeetingStart", False),
        ("Moededato", False),
        ("Dato", False),
        ("Oprettelsesgrundlag", False),
    ],
)
def test_a_file_stamp_is_told_by_its_name(name: str, stamp: bool) -> None:
    assert file_stamp_name(name) is stamp
