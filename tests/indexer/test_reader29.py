"""Round 29 of the reader: forms found missing in layouts_blind23, in invented minutes.

- An accordion's toggle over the points themselves ("Vis alle punkter   Skjul alle punkter") is
  a web page's control line, as "Skjul sagsfremstillinger" is: with it gone, the contents' last
  entry above the first point is read as contents, not as a point of its own.
- A KLE case number after its label with the point's status after it ("KLE: 32.18.08-K07-2-18
  (Lukket)", a closed badge an HTML heading set after its case line) gives the number and closes
  the point, as "Sagsnr.: 24/9 (Lukket)" does; anything else after the number is no number.
- A committee's code and the point's number before the title with one space between ("SSU 88
  Forlængelse af …", a bold heading line) heads the point numbered 88, the code its label, when
  such lines make a run: two or more with one code, rising numbers (a skipped number allowed),
  each over a body. One such line alone stays no heading (a sentence's words, test_reader16).
- "Til stede fra bestyrelsen:" is an attendance label (which of the board's members came), never
  a title naming the board; "for møde i bestyrelsen for Nordkyst Vand A/S", a title's second
  line in a sentence's small letters, names the board.
- Minutes without numbers whose points are titles underlined with a rule, a blank line above
  each ("Budget 2031" over "-----------"; plain text, an e-mail's body, Markdown's setext
  headings) read each such title as a point numbered by its place; two at least, and a title
  that is the document's own (its kind first, a date, the board) heads nothing. A closed note
  in brackets after such a title ("(fortroligt - udgår af den udsendte version)") closes the
  point, and its title's core is the title before the note.
- An institution's board read by its word alone takes its full name from a header line typed
  in capitals ("SKOLEBESTYRELSEN VED LINDEHØJSKOLEN" -> "Skolebestyrelsen ved Lindehøjskolen").
"""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from indexer.headings import case_number, point_heading, title_core
from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "x.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _stored(m: Meeting) -> str:
    """Everything of the meeting an index could hold: its text and every section."""
    return m.text + " ".join(s.text for p in m.points for s in p.sections)


# --- an accordion's toggle over the points --------------------------------------------------------

_PAGE = (
    "Gå til indhold\nSkovbæk Kommune\n\nKlima- og Vejudvalget\nReferat\n"
    "Onsdag den 5. februar 2031 kl. 15:00\n\n"
    "Punkter på dagsordenen\nPkt. 11 Godkendelse af dagsorden\nPkt. 12 Ny busrute til Hørby\n"
    "Pkt. 13 Meddelelser\n\n{toggle}\n\n"
    "Pkt. 11 Godkendelse af dagsorden\nSagsnr.: 31/0101\n\n"
    "Beslutning i Klima- og Vejudvalget den 05.02.2031\nGodkendt.\n\n"
    "Pkt. 12 Ny busrute til Hørby\nSagsnr.: 31/0188\n\nSagsfremstilling\n"
    "Ruten kører hver halve time.\n\nBeslutning i Klima- og Vejudvalget den 05.02.2031\n"
    "Godkendt.\n\n"
    "Pkt. 13 Meddelelser\nSagsnr.: 31/0042\n\nSagsfremstilling\nFormanden orienterede.\n\n"
    "Beslutning i Klima- og Vejudvalget den 05.02.2031\nTil orientering.\n"
)


@pytest.mark.parametrize(
    "toggle",
    [
        "Vis alle punkter   Skjul alle punkter",
        "Vis alle punkter | Skjul alle punkter",
        "Expand all items   Collapse all items",
    ],
)
def test_a_toggle_over_every_point_is_no_text(toggle: str) -> None:
    m = _read(_PAGE.format(toggle=toggle))
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (11, "Godkendelse af dagsorden", "31/0101"),
        (12, "Ny busrute til Hørby", "31/0188"),
        (13, "Meddelelser", "31/0042"),
    ]
    assert "Skjul" not in m.text and "Expand" not in m.text


def test_a_sentence_naming_points_stays_text() -> None:
    text = decode_text(b"Sagsfremstilling\nSe punkter.\nVis punkter 3 og 4.\n", Path("x.txt"))
    assert "Vis punkter 3 og 4." in text


# --- a status after a KLE case number -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KLE: 32.18.08-K07-2-31 (Lukket)", ("32.18.08-K07-2-31", True)),
        ("KLE-nr.: 32.18.08-K07-2-31 - Fortroligt", ("32.18.08-K07-2-31", True)),
        ("KLE: 32.18.08-K07-2-31 (Åben)", ("32.18.08-K07-2-31", False)),
        ("KLE: 32.18.08-K07-2-31", ("32.18.08-K07-2-31", False)),  # as before
    ],
)
def test_a_status_after_a_kle_case_number(line: str, expected: tuple[str, bool]) -> None:
    assert case_number(line) == expected


@pytest.mark.parametrize("line", ["KLE: 32.18.08-K07-2-31 Budget", "KLE: 32.18.08-K07-2-31x"])
def test_other_words_after_a_kle_number_are_no_case_number(line: str) -> None:
    found = case_number(line)
    assert found is None or found[0] is None


# --- a committee code and the number, one space before the title ----------------------------------

_SUPPLEMENT = """<html><body>
<p><b>NORDBY KOMMUNE</b></p><p><b>TILLÆGSREFERAT</b></p>
<table><tr><td><b>UDVALG:</b></td><td>Børne- og Ungeudvalget</td></tr>
<tr><td><b>MØDEDATO:</b></td><td>14-05-2031</td></tr></table>
<p><b>BUU 41 Nye legepladser ved to børnehaver</b><br>KLE: 28.03.00-G01-2-31</p>
<p><b>Sagsfremstilling</b></p><p>Legepladserne i Bøgely og Kirsebærhaven udskiftes.</p>
<p><b>Beslutning i Børne- og Ungeudvalget den 14-05-2031</b></p><p>Godkendt.</p>
<p><b>BUU 42 Elevsag vedrørende skolebus</b> <font color="red"><b>Fortroligt</b></font><br>
KLE: 17.02.05-K07-4-31</p>
<p><b>Sagsfremstilling</b></p><p>Eleven Viggo Tandrup får bevilget taxa til skolen.</p>
<p><b>Beslutning i Børne- og Ungeudvalget den 14-05-2031</b></p><p>Godkendt.</p>
<p><b>BUU 43 Status på inklusionsindsatsen</b><br>KLE: 17.01.00-G01-1-31</p>
<p><b>Sagsfremstilling</b></p><p>Færre elever går i specialklasser.</p>
<p><b>Beslutning i Børne- og Ungeudvalget den 14-05-2031</b></p><p>Taget til efterretning.</p>
</body></html>"""


def test_points_numbered_by_a_committee_code_with_one_space() -> None:
    m = _read(_SUPPLEMENT, "tillaeg.html")
    assert [(p.number, p.label, p.title, p.case_number, p.closed) for p in m.points] == [
        (41, "BUU 41", "Nye legepladser ved to børnehaver", "28.03.00-G01-2-31", False),
        (42, "BUU 42", "Elevsag vedrørende skolebus", "17.02.05-K07-4-31", True),
        (43, "BUU 43", "Status på inklusionsindsatsen", "17.01.00-G01-1-31", False),
    ]
    assert "Tandrup" not in _stored(m)
    assert not m.points[1].sections and m.points[2].sections


def test_a_run_may_skip_a_number() -> None:
    # A published file leaves a closed point out, and its number with it.
    m = _read(_SUPPLEMENT.replace("BUU 43", "BUU 45"), "tillaeg.html")
    assert [p.number for p in m.points] == [41, 42, 45]


@pytest.mark.parametrize(
    ("second", "third"), [("BUU 40", "BUU 39"), ("SU 42", "KB 43")], ids=["falling", "mixed"]
)
def test_codes_that_make_no_run_number_nothing(second: str, third: str) -> None:
    text = _SUPPLEMENT.replace("BUU 42", second).replace("BUU 43", third)
    m = _read(text, "tillaeg.html")
    assert [p.number for p in m.points] != [41, 40, 39]
    assert [p.number for p in m.points] != [41, 42, 43]
    assert not any(p.label for p in m.points)


def test_one_line_in_the_form_alone_is_no_heading() -> None:
    # As before (test_reader16): one space may be a sentence's words; only a run counts.
    assert point_heading("SSU 88 Forlængelse af natcaféen") is None


# --- an attendance label that names the board's members -------------------------------------------

_PROTOCOL = (
    "NORDKYST VAND A/S\n\nBESLUTNINGSPROTOKOL\n\n"
    "for møde i bestyrelsen for Nordkyst Vand A/S\ntirsdag den 9. september 2031 kl. 14.00\n\n"
    "{present}\n  Ingrid Mølgaard (formand)\n  Torben Skjold\n  Else Vinther\n\n"
    "Ad 1)  Godkendelse af protokol\n\nBeslutning: Godkendt.\n\n"
    "Ad 2)  Takster 2032\nSag nr. 204\n\nBeslutning: Taksterne blev godkendt.\n"
)


@pytest.mark.parametrize(
    "present",
    ["Til stede fra bestyrelsen:", "Fremmødte fra bestyrelsen:", "Present from the board:"],
)
def test_present_from_the_board_is_no_board(present: str) -> None:
    m = _read(_PROTOCOL.format(present=present))
    assert m.board == "Bestyrelsen for Nordkyst Vand A/S"
    assert [a.name for a in m.attendees] == ["Ingrid Mølgaard", "Torben Skjold", "Else Vinther"]
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Godkendelse af protokol", None),
        (2, "Takster 2032", "204"),
    ]


# --- underlined titles as points ------------------------------------------------------------------

_LETTER = """Kære bestyrelse

Hermed referatet fra mødet tirsdag den 4. marts 2031.

Mvh. Lone

SKOLEBESTYRELSEN VED LINDEHØJSKOLEN
Referat af møde tirsdag den 4. marts 2031 kl. 19.00
Til stede: Lone Bak (formand), Per Holm, Sanne Kjær
Afbud: Kim Dahl


Godkendelse af dagsorden
------------------------
Godkendt.


Skolens kantine
---------------
Kantinen får ny forpagter fra 1. april.


Klage fra forælder (fortroligt - udgår af den udsendte version)
===============================================================
Forælderen til Asger Frimodt har klaget over en lærer.


Eventuelt
---------
Næste møde er 8. april.
"""


def _mail(body: str) -> bytes:
    message = EmailMessage(policy=email.policy.default)
    message["From"] = "Lone Bak <lone@example.dk>"
    message["Subject"] = "Referat af skolebestyrelsesmøde 4. marts"
    message["Date"] = "Thu, 06 Mar 2031 20:01:00 +0100"
    message.set_content(body, cte="quoted-printable")
    return message.as_bytes()


def test_underlined_titles_in_an_email_are_its_points() -> None:
    name = "referat.eml"
    m = parse_text(decode_text(_mail(_LETTER), Path(name)), name)
    assert [(p.number, p.title, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Skolens kantine", False),
        (3, "Klage fra forælder (fortroligt - udgår af den udsendte version)", True),
        (4, "Eventuelt", False),
    ]
    assert "Frimodt" not in _stored(m) and not m.points[2].sections
    assert "Kantinen får ny forpagter" in m.points[1].text and "---" not in m.points[1].text
    assert m.board == "Skolebestyrelsen ved Lindehøjskolen"


def test_underlined_titles_in_plain_text() -> None:
    m = _read("Ældrerådet\nReferat 2. juni 2031\n\n" + _LETTER.split("\n\n\n", 1)[1])
    assert [p.number for p in m.points] == [1, 2, 3, 4]
    assert m.board == "Ældrerådet" and m.points[2].closed


def test_one_underlined_title_heads_nothing() -> None:
    text = (
        "Ældrerådet\nReferat 2. juni 2031\n\nGodkendelse af dagsorden\n------------------------\n"
        "Godkendt.\n"
    )
    with pytest.raises(Exception, match="no agenda points"):
        _read(text)


def test_an_underlined_document_title_is_no_point() -> None:
    text = (
        "Referat af Ældrerådets møde 2. juni 2031\n=========================================\n\n"
        + _LETTER.split("\n\n\n", 1)[1]
    )
    m = _read(text)
    assert [p.title for p in m.points][:2] == ["Godkendelse af dagsorden", "Skolens kantine"]


def test_a_closed_note_in_brackets_is_no_part_of_the_title_core() -> None:
    assert title_core("Klage fra forælder (fortroligt - udgår af den udsendte version)") == (
        "klage fra forælder"
    )
    assert title_core("Haven (lukket - åbner til påske)") == "haven (lukket - åbner til påske)"
