"""Round 72 of the reader: the forms layouts_blind64 (measured once, now spent) missed, in
invented words.

- A form may print every status it offers, each with a check box, and tick one ("Åben [ ]
  Lukket [X]", "☐ Åbent ☒ Lukket"): the ticked box gives the status, never the words alone
  (both stand on the line whatever the point is). Read as the rest of the title, the line left
  closed points open: their bodies were indexed.
- "44/15<TAB>Title": the point's number in the year's run and the year, with no committee's code
  before them, heads a point (weak, like "BUU 45/2024 Title"); a date with one space ("24/12
  Juleafslutning") and a span of years ("2024/25") head nothing.
- Any bullet glyph parts a point's number from its title as a dash does ("## 3 ▪ Title").
- A case system's name before a case-shaped number labels it without a colon ("(Acadre
  19/08812)"); before a word it labels nothing.
- The sending named as a definite noun ("efter udsendelsen den 3. marts") dates the record, not
  the meeting.
- "Punktet er undtaget fra offentliggørelse, jf. …" closes the point, as the status "Undtaget
  fra offentliggørelse" does.
- A typed form's label filled out with dots ("Udvalg....: Vej- og Parkudvalget", "Til
  stede.: …") is the label: the board is read from it, not only from the file's name.
"""

from __future__ import annotations

import datetime

import pytest

from indexer.headings import case_number, checked_status, point_heading, status_line, title_core
from indexer.parse import parse_text

# --- Check boxes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Åben [X]  Lukket [ ]", False),
        ("Åben [ ]  Lukket [X]", True),
        ("Åbent: [ ]   Lukket: [x]", True),
        ("☐ Åbent  ☒ Lukket", True),
        ("☑ Åben  ☐ Lukket", False),
        ("Status: Åben ( ) Lukket (x)", True),
        ("Open [ ] Closed [X]", True),
        ("[x] Fortroligt", True),
        # A blank box withholds nothing: "Lukket [ ]" alone is a form left open.
        ("Lukket [ ]", False),
        ("Åben [ ] Lukket [ ]", False),
    ],
)
def test_a_ticked_box_gives_the_status(line: str, closed: bool) -> None:
    assert checked_status(line) is closed
    assert status_line(line) is closed
    # A point's metadata line, no title's words and no case.
    assert case_number(line) == (None, closed)


@pytest.mark.parametrize(
    "line",
    [
        "Køb af jord [X]",  # a title with a box: no status beside it
        "[ ] Godkendt  [X] Udsat",  # boxes of a decision, no status
        "Emne: Lukket [X]",  # a label that asks nothing of access
        "Lukket punkt",  # no box: read as before
    ],
)
def test_boxes_beside_anything_else_give_no_status(line: str) -> None:
    assert checked_status(line) is None


_BOXES = """SØLVHØJ KOMMUNE                                        REFERAT
Udvalg....: Vej- og Parkudvalget
Mødedato..: 14.03.2019            Kl.: 16:00 - 18:00
Til stede.: Lis Borup (formand), Ole Friis
Afbud.....: Hanne Vig

PUNKT 031  Vintervedligeholdelse af cykelstier
Åben [X]  Lukket [ ]
Sagsnr.: 19/0311
--------------------------------------------------------------
Sagsfremstilling:
  Stierne saltes fra næste sæson før kl. 6.

Udvalgets afgørelse:
  Godkendt.


PUNKT 032  Erstatningssag om faldulykke
Åben [ ]  Lukket [X]
Sagsnr.: 19/0377
--------------------------------------------------------------
Sagsfremstilling:
  Borgeren Palle Rugaard kræver 41.000 kr. for en brækket arm.

Udvalgets afgørelse:
  Afvist.


PUNKT 033  Lukning af parkeringspladsen ved stranden om natten
Åben [X]  Lukket [ ]
Sagsnr.: 19/0402
--------------------------------------------------------------
Sagsfremstilling:
  Pladsen holdes lukket fra kl. 23 til kl. 6 i sommerhalvåret.

Udvalgets afgørelse:
  Godkendt.
"""


def test_a_form_of_boxes_under_each_heading_closes_the_ticked_points_alone() -> None:
    meeting = parse_text(_BOXES, "referat.txt")
    # The labels filled out with dots give the board and who came.
    assert meeting.board == "Vej- og Parkudvalget"
    assert [(a.name, a.absent) for a in meeting.attendees] == [
        ("Lis Borup", False),
        ("Ole Friis", False),
        ("Hanne Vig", True),
    ]
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (31, "Vintervedligeholdelse af cykelstier", "19/0311", False),
        (32, "Erstatningssag om faldulykke", "19/0377", True),
        # A point that speaks of closing ("holdes lukket") stays open: its box says so.
        (33, "Lukning af parkeringspladsen ved stranden om natten", "19/0402", False),
    ]
    assert "Palle Rugaard" not in meeting.text
    assert "41.000" not in meeting.text
    assert "fra kl. 23" in meeting.text


# --- Points numbered in the year's run --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("12/19\tGodkendelse af dagsorden", 12, "Godkendelse af dagsorden"),
        ("112/2024 – Budgetopfølgning", 112, "Budgetopfølgning"),
        ("7/21   Meddelelser", 7, "Meddelelser"),
    ],
)
def test_a_number_in_the_years_run_heads_a_point(line: str, number: int, title: str) -> None:
    head = point_heading(line)
    assert head is not None
    assert (head.number, head.title, head.strong) == (number, title, False)


@pytest.mark.parametrize(
    "line",
    [
        "24/12 Juleafslutning i rådhushallen",  # one space: a date in a list
        "2024/25\tBudget",  # a span of years
        "19/08812\tSkolevej",  # a case number, no year
        "12/19\tog så videre",  # no title
    ],
)
def test_other_slashed_numbers_head_nothing(line: str) -> None:
    assert point_heading(line) is None


_YEAR_RUN = r"""Social- og Beskæftigelsesudvalget
Referat af mødet mandag den 3. februar 2014 kl. 15.00

7/14	Godkendelse af dagsorden
Sags-ID: 14-000031
Beslutning:
Godkendt.
8/14	Ny model for jobrotation
Sags-ID: 14-000412
Sagsfremstilling:
Jobcentret foreslår rotation i ældreplejen fra 1. april.
Beslutning:
Godkendt.
9/14	Sag om tilbagebetaling af hjælp
Sags-ID: 14-000498
Punktet er undtaget fra offentliggørelse, jf. kommunestyrelseslovens § 10.
Sagsfremstilling:
Borgeren Kaj Vedel har modtaget 23.400 kr. for meget.
Beslutning:
Krav om tilbagebetaling.
"""


def test_points_numbered_in_the_years_run_are_read() -> None:
    meeting = parse_text(_YEAR_RUN, "sbu.rtf")
    assert meeting.date == datetime.date(2014, 2, 3)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (7, "Godkendelse af dagsorden", "14-000031", False),
        (8, "Ny model for jobrotation", "14-000412", False),
        # "Punktet er undtaget fra offentliggørelse": the closing sentence closes it.
        (9, "Sag om tilbagebetaling af hjælp", "14-000498", True),
    ]
    assert "Kaj Vedel" not in meeting.text


# --- A bullet between the number and the title ------------------------------------------------


@pytest.mark.parametrize("bullet", ["▪", "■", "●", "•", "·"])
def test_any_bullet_parts_a_number_from_its_title(bullet: str) -> None:
    head = point_heading(f"3 {bullet} Trafikplan for bymidten")
    assert head is not None
    assert (head.number, head.title) == (3, "Trafikplan for bymidten")
    labelled = point_heading(f"Punkt 3 {bullet} Trafikplan for bymidten")
    assert labelled is not None
    assert (labelled.number, labelled.title) == (3, "Trafikplan for bymidten")


_BULLETS = """# Lokalrådet for Egebæk

Referat af mødet torsdag den 2. juni 2022 kl. 19.00 i Egebæk Hallen.

## 1 ▪ Godkendelse af dagsorden

_Sag: 2022-0101_

**Beslutning:** Godkendt.

## 2 ▪ Ny legeplads ved skolen

_Sag: 2022-0230_

**Kort om sagen:** Forældreforeningen søger 40.000 kr. til gynger.

**Beslutning:** Bevilget.

## 3 ▪ Eventuelt

**Beslutning:** Intet.
"""


def test_markdown_headings_with_a_square_bullet_are_points() -> None:
    meeting = parse_text(_BULLETS, "egebaek.md")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "2022-0101"),
        (2, "Ny legeplads ved skolen", "2022-0230"),
        (3, "Eventuelt", None),
    ]


# --- A case system's name before the number ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("(Acadre 22/01234)", "22/01234"),
        ("SBSYS 24/7711", "24/7711"),
        ("GetOrganized EMN-2023-00412", "EMN-2023-00412"),
    ],
)
def test_a_case_systems_name_labels_the_number_after_it(line: str, case: str) -> None:
    assert case_number(line) == (case, False)


@pytest.mark.parametrize("line", ["Acadre opgraderes i 2024", "SBSYS og Acadre"])
def test_a_case_systems_name_before_words_labels_nothing(line: str) -> None:
    assert case_number(line) is None


_CITED = """Kære medlemmer af Handicaprådet

Hermed referatet fra mødet tirsdag den 4. april 2023.

Ad 1) Godkendelse af dagsorden

Rådets holdning:
Godkendt.

Ad 2) Tilgængelighed på biblioteket
(Acadre 23/04417)

Sagen kort:
Der mangler en rampe ved indgangen.

Rådets holdning:
Rådet anbefaler en rampe.
"""


def test_a_case_cited_by_its_systems_name_under_a_heading_is_the_points_case() -> None:
    meeting = parse_text(_CITED, "handicapraad.eml")
    assert [(p.number, title_core(p.title), p.case_number) for p in meeting.points] == [
        (1, "godkendelse af dagsorden", None),
        (2, "tilgængelighed på biblioteket", "23/04417"),
    ]


# --- The sending's date in a note --------------------------------------------------------------

_SUPPLEMENT = """RØDBY KOMMUNE

Tillægsreferat

Byrådet

Ordinært møde torsdag den 16. marts 2023 kl. 19.00

Tillægsreferatet omfatter de punkter, der blev optaget efter udsendelsen den 9. marts 2023.

21\tBoligsocial helhedsplan

Sagsnr.: 23/02211

Beslutning: Godkendt.

22\tUdpegning til Skolebestyrelsen

Sagsnr.: 23/00117

Beslutning: Godkendt.
"""


def test_the_sending_named_as_a_noun_never_dates_the_meeting() -> None:
    meeting = parse_text(_SUPPLEMENT, "byraad.docx")
    assert meeting.date == datetime.date(2023, 3, 16)
    assert [p.number for p in meeting.points] == [21, 22]
