"""Round 70 of the reader: the forms layouts_blind62 (measured once, now spent) missed, in
invented words.

- A label/value table's number row with the label written as one word ("Punktnr.<TAB>12" over
  "Overskrift<TAB>Title"), as "Punkt nr.<TAB>12" was read: the point's number, not a contents
  entry (the points were counted 1-7 instead of 12-18).
- "File ref.: 17/00412" labels an English point's case number, as "File no." did.
- A closed status with why in brackets after it closes the point, as a labelled reason does
  ("CLOSED SESSION - exempt from publication (a tenant's affairs).", "Lukket punkt
  (personoplysninger)"); not a bare "Lukket (…)", which may say so of a place, nor a closed part
  of the meeting ("Lukket møde (punkt 8-9)").
- A point or its minute left out of the published edition: "Udeladt af den offentlige udgave",
  "Withheld from the public version" is a closed status, and a note after a closing notice
  ("… Minute withheld from the public version.").
- A field that names who may see a point and says it is internal ("<visning>intern</visning>",
  "Adgang: Internt") closes it; "Status: Intern" says nothing of access.
- A mail's signature under its sign-off ("Med venlig hilsen" / name / "Xby Kommune, …") names
  the municipality that issued the minutes.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from indexer.headings import case_number, closing_line, point_heading, status_line
from indexer.parse import parse_file, parse_text
from indexer.xmlnames import says_closed

# --- "Punktnr.<TAB>12": the number row of a label/value table ---------------------------------


@pytest.mark.parametrize("line", ["Punktnr.\t12", "Pktnr.\t12", "Punkt nr.\t12", "Punktnr\t12"])
def test_a_number_row_with_the_label_in_one_word_is_a_point_number(line: str) -> None:
    heading = point_heading(line)
    assert heading is not None
    assert (heading.number, heading.title) == (12, "")


def test_a_page_row_is_still_no_point() -> None:
    assert point_heading("Side\t12") is None


_LABEL_ROWS = """HAVSKOV KOMMUNE

Miljøudvalget

Referat - tirsdag den 4. marts 2025 kl. 16.00

Punktnr.\t31

Overskrift\tGodkendelse af dagsorden

Sagsnr.\t2025-0410

Beslutning

Godkendt.

Punktnr.\t32

Overskrift\tNye skraldespande ved stranden

Sagsnr.\t2025-0422

Baggrund

Der opstilles 40 spande med låg, så mågerne ikke spreder affaldet.

Beslutning

Godkendt.

Punktnr.\t33

Overskrift\tEventuelt

Sagsnr.\t2025-0410

Beslutning

Intet.
"""


def test_label_rows_number_the_points_as_written() -> None:
    meeting = parse_text(_LABEL_ROWS, "miljo.odt")
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (31, "Godkendelse af dagsorden", "2025-0410"),
        (32, "Nye skraldespande ved stranden", "2025-0422"),
        (33, "Eventuelt", "2025-0410"),
    ]


# --- "File ref.:" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("File ref.: 21/04410", "21/04410"),
        ("File reference: 21/04410", "21/04410"),
        ("File ref 2021-0077", "2021-0077"),
    ],
)
def test_a_file_reference_labels_the_case(line: str, case: str) -> None:
    assert case_number(line) == (case, False)


def test_a_word_that_opens_with_ref_labels_nothing() -> None:
    assert case_number("File reform 2021: the archive moves online") is None


# --- A closed status with its reason in brackets -----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lukket punkt (personoplysninger)",
        "Fortroligt – ikke offentligt (en virksomheds økonomi)",
        "CLOSED SESSION - exempt from publication (the financial affairs of a supplier).",
        "Confidential item (legal advice)",
    ],
)
def test_a_closed_status_with_its_reason_in_brackets_closes(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lukket (vinterperiode)",  # a bare mark may say so of a place
        "Closed (until the spring)",
        "Lukket møde (punkt 8-9)",  # a closed part of the meeting heads the points below
        "Closed session (items 8 and 9)",
        "Vejen er lukket (vejarbejde).",  # a sentence about the matter
        "Svømmehallen holdes lukket (renovering)",
    ],
)
def test_a_bare_mark_or_a_part_of_the_meeting_with_a_bracket_closes_nothing(line: str) -> None:
    assert not closing_line(line)


# --- Left out of the published edition ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Udeladt af den offentlige udgave",
        "Udgår af den offentlige version",
        "Withheld from the public version",
        "Omitted from the public minutes",
        "Fortroligt – udeladt af den offentlige udgave",
    ],
)
def test_a_point_left_out_of_the_public_edition_is_closed(line: str) -> None:
    assert status_line(line) is True
    assert closing_line(line)


def test_a_notice_with_its_reason_and_the_record_left_out_closes() -> None:
    assert closing_line(
        "CLOSED SESSION - exempt from publication (a tenant's affairs). Minute withheld from "
        "the public version."
    )
    assert closing_line("Udeladt af den offentlige udgave (forhandlingsforhold)")


def test_a_sentence_about_a_public_edition_closes_nothing() -> None:
    assert not closing_line(
        "Kortbilaget blev udeladt af den offentlige udgave af lokalplanen, fordi tegningerne "
        "først er klar i maj, og borgerne kan se dem på biblioteket."
    )
    assert status_line("Den offentlige udgave af planen ligger på hjemmesiden") is None


_ENGLISH = [
    ("51", "Approval of the agenda", "21/00300", None, "The agenda was approved."),
    ("52", "Winter opening of the marina", "21/04410", None, "Approved for a trial winter."),
    (
        "53",
        "Arrears of the boat club's lease",
        "21/04477",
        "CLOSED SESSION - exempt from publication (a tenant's affairs). Minute withheld from "
        "the public version.",
        "The club Ankerpladsen IF owes DKK 48,200 in rent.",
    ),
    ("54", "Any other business", "21/00300", None, "Nothing."),
]


def test_english_minutes_with_file_refs_and_a_closed_session(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Nordkyst Municipality")
    document.add_heading("Minutes", level=1)
    document.add_paragraph("Harbour Committee")
    document.add_paragraph("Date: Tuesday 9 March 2021")
    for number, title, case, notice, text in _ENGLISH:
        document.add_heading(f"Agenda item {number} – {title}", level=2)
        document.add_paragraph(f"File ref.: {case}")
        if notice:
            document.add_paragraph(notice)
        document.add_paragraph("Resolution")
        document.add_paragraph(text)
    path = tmp_path / "harbour.docx"
    document.save(str(path))
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (51, "Approval of the agenda", "21/00300", False),
        (52, "Winter opening of the marina", "21/04410", False),
        (53, "Arrears of the boat club's lease", "21/04477", True),
        (54, "Any other business", "21/00300", False),
    ]
    assert "Ankerpladsen" not in meeting.text


def test_an_open_point_that_mentions_a_closed_session_stays_open() -> None:
    text = (
        "Referat af Havneudvalgets møde den 9. marts 2021\n\n"
        "5. Vinteråbning af lystbådehavnen\n\nSagsnr.: 21/04410\n\n"
        "Sagsfremstilling\n\nSidste år blev sagen om bådklubben behandlet på et lukket møde "
        "(punkt 7), og referatet blev udeladt af den offentlige udgave. Nu skal havnen holde "
        "åbent hele vinteren.\n\nBeslutning\n\nGodkendt.\n\n"
        "6. Eventuelt\n\nSagsnr.: 21/00300\n\nBeslutning\n\nIntet.\n"
    )
    meeting = parse_text(text, "havn.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [(5, False), (6, False)]


# --- Internal access ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "closed"),
    [
        ("visning", "intern", True),
        ("Visning", "Internt", True),
        ("adgang", "internt", True),
        ("visibility", "internal", True),
        ("visning", "offentlig", False),
        ("status", "intern", False),  # a status of another kind
        ("emne", "intern", False),
    ],
)
def test_an_access_field_that_says_internal_closes(name: str, value: str, closed: bool) -> None:
    assert says_closed(name, value, in_words=True) is closed


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Visning: Intern", (None, True)),
        ("Adgang\tInternt", (None, True)),
        ("Visning: Offentlig", (None, False)),
    ],
)
def test_an_access_label_that_says_internal_closes(
    line: str, found: tuple[str | None, bool]
) -> None:
    assert case_number(line) == found


def test_a_status_label_that_says_internal_is_no_access() -> None:
    assert case_number("Status: Intern") is None


_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<referat>
  <kommune>Tangvig Kommune</kommune>
  <udvalg>Vej- og Parkudvalget</udvalg>
  <dato>2019-05-14</dato>
  <punkter>
    <punkt><nummer>20</nummer><overskrift>Nye bænke i byparken</overskrift>
      <sagsnummer>19/03001</sagsnummer><visning>offentlig</visning>
      <indhold><![CDATA[<h4>Beslutning</h4><p>Godkendt.</p>]]></indhold></punkt>
    <punkt><nummer>21</nummer><overskrift>Erstatningskrav efter en vandskade</overskrift>
      <sagsnummer>19/03077</sagsnummer><visning>intern</visning>
      <indhold><![CDATA[<h4>Sagsfremstilling</h4><p>Grundejeren Ole Bruun Sand kræver
      88.400 kr.</p><h4>Beslutning</h4><p>Afvist.</p>]]></indhold></punkt>
    <punkt><nummer>22</nummer><overskrift>Eventuelt</overskrift><visning>offentlig</visning>
      <indhold><![CDATA[<h4>Beslutning</h4><p>Intet.</p>]]></indhold></punkt>
  </punkter>
</referat>
"""


def test_an_export_closes_the_point_it_shows_internally(tmp_path: Path) -> None:
    path = tmp_path / "vej.xml"
    path.write_text(_EXPORT, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (20, "19/03001", False),
        (21, "19/03077", True),
        (22, None, False),
    ]
    assert "Bruun Sand" not in meeting.text


# --- A mail's signature names the issuer -------------------------------------------------------

_MAIL_BODY = """Kære medlemmer af Handicaprådet

Hermed referatet fra mødet mandag den 3. juni 2024 kl. 15.00.

1. Godkendelse af dagsorden
Sagsnr.: 24/00101
Godkendt.

2. Eventuelt
Sagsnr.: 24/00102
{last}

Med venlig hilsen

Karen Lund
Sekretær for Handicaprådet
Fjordlev Kommune, Social og Sundhed
Tlf. 11 22 33 44

Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, så slet den.
"""


def test_a_mails_signature_names_the_municipality() -> None:
    meeting = parse_text(_MAIL_BODY.format(last="Intet."), "handicap.eml", board="Handicaprådet")
    assert meeting.municipality == "Fjordlev"


def test_a_municipality_in_a_points_text_is_no_issuer() -> None:
    """Only the signature under the sign-off: a neighbour named in the last point is none, and
    two authorities named leave the issuer unsaid."""
    text = _MAIL_BODY.format(last="Rådet hørte om Vestlev Kommunes nye busordning.")
    assert parse_text(text, "handicap.eml", board="Handicaprådet").municipality == "Fjordlev"
    unsigned = text.replace("Med venlig hilsen", "Tak for i dag, og med venlig hilsen fra os")
    assert parse_text(unsigned, "handicap.eml", board="Handicaprådet").municipality is None
