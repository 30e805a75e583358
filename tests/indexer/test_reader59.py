"""Round 59 of the reader: forms found missing in layouts_blind51, in invented minutes.

- A closed status misspelt where a status goes ("(Unntaget offentlighed)" after a typed title,
  "Fortrolgt punkt" on a line of its own) closes the point: a long status is known with one
  letter wrong, missing or extra; a short one ("lukket") and another form of the words ("ikke
  offentlige møder") are not.
- A typed "Sag nr. 4.  Title   (Lukket)", the closed mark set in a column after the title, is a
  point heading (it was taken for a metadata row and the point lost).
- A parish's council named after its place in a protocol's title ("NØRREKÆR SOGNERAAD") keeps
  its place, also where the minutes name it by the word alone ("Møde i Sogneraadet"); the
  municipality's own council is read by its word ("Byrådet"). A title in capitals beside a
  page number ("…   Side 14") is written as a name, each part of a double place's name with its
  capital ("Øster-Vedsted").
- A run of committee-coded headings ("PLU 44 Title" over metadata or a section) takes in the
  line of its code numbered on by one before its first or after its last heading, whatever is
  under it: a first point with a line of text, a last "Eventuelt" with nothing.
- An association, company or foundation named alone above the minutes of its board read by its
  word alone ("Referat af bestyrelsesmøde") is whose board it is: "Bestyrelsen i
  Andelsboligforeningen Kastanjegården".

Every text here is invented for this test.
"""

from __future__ import annotations

import pytest

from indexer.headings import closed_title, closing_line, point_heading, status_line, title_core
from indexer.parse import parse_text

_PROTOCOL = """\
NØRREKÆR SOGNERAAD                                               Side 14
                     FORHANDLINGSPROTOKOL

Aar 1959, Mandag den 9. Februar Kl. 19,00 afholdtes ordinært Møde i
Sogneraadet paa Nørrekær Forsamlingshus. Alle Medlemmer var mødt.

Sag nr. 1.  Kirkegaardens Hegn                           J.Nr. 4/59
    Graveren har meldt, at Hegnet mod Marken er raadnet. Vedtaget at
    sætte nyt Hegn op for 650 Kr.

Sag nr. 2.  Ansøgning om Hjælp til Husleje   (Undtagt offentlighed)
    Husmand Søren Bjerregaard, Engen, søger om 60 Kr. om Maaneden.
    Bevilget.

Sag nr. 3.  Bogbussens Holdeplads                        J.Nr. 7/59
    Holdepladsen flyttes til Skolens Gaard. Vedtaget.

             Mødet hævet Kl. 21,15.
"""


def _points(text: str, name: str = "protokol.txt") -> list[tuple[int, str, str | None, bool]]:
    meeting = parse_text(text, name)
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


def test_a_misspelt_closed_status_after_a_typed_title_closes_the_point() -> None:
    meeting = parse_text(_PROTOCOL, "protokol.txt")
    assert [(p.number, p.closed) for p in meeting.points] == [(1, False), (2, True), (3, False)]
    closed = meeting.point(2)
    assert closed is not None and closed.text == ""
    assert title_core(closed.title) == "ansøgning om hjælp til husleje"
    assert "Bjerregaard" not in meeting.text
    # Spelt right, the same heading was lost altogether (read as a metadata row).
    right = _PROTOCOL.replace("Undtagt", "Undtaget")
    assert [p for p in _points(right) if p[0] == 2] == [
        (2, "Ansøgning om Hjælp til Husleje   (Undtaget offentlighed)", None, True)
    ]


def test_a_typed_sag_nr_heading_with_its_closed_column_is_a_heading() -> None:
    heading = point_heading("Sag nr. 4.  Forpagtning af Præstegaardens Jord   (Lukket)")
    assert heading is not None and heading.number == 4
    assert closed_title(heading.title)
    # The row of a metadata table stays metadata: a status or a case before the status.
    assert point_heading("Sag nr. 4   Sagsnr. 12/334   Lukket") is None


@pytest.mark.parametrize(
    "line",
    [
        "Fortrolgt punkt",
        "Ikke offentlgt tilgængeligt.",
        "(Ikke til offentliggørrelse)",
        "Unddraget offenlighed",
        "Closed sesion",
    ],
)
def test_a_misspelt_closed_status_line_closes(line: str) -> None:
    assert status_line(line) is True
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lukker",  # a short status is not known misspelt: "lukker" is a verb
        "Ikke offentlige",  # another form of the words, no status
        "Closed sessions",
        "Åbent punkt",
        "Åbent dagsordenspunkt",
        "Offentlig",
    ],
)
def test_words_near_a_closed_status_do_not_close(line: str) -> None:
    assert status_line(line) is not True
    assert not closing_line(line)


@pytest.mark.parametrize(
    "title",
    [
        "Svømmehallens åbningstider   (lukker i juli)",
        "Høring om ikke offentlige møder",
        "Vejen ved Kirken   (Ikke offentlige)",
        "Trafikplan (offentligt møde)",
    ],
)
def test_an_open_title_stays_open(title: str) -> None:
    assert not closed_title(title)


def test_a_parish_council_keeps_its_place() -> None:
    meeting = parse_text(_PROTOCOL, "protokol.txt")
    assert meeting.board == "Nørrekær Sogneråd"
    double = _PROTOCOL.replace("NØRREKÆR SOGNERAAD", "ØSTER-VEDSTED SOGNERAAD")
    assert parse_text(double, "protokol.txt").board == "Øster-Vedsted Sogneråd"
    # The municipality's own council is its one council, read by its word.
    town = _PROTOCOL.replace("NØRREKÆR SOGNERAAD", "NØRREKÆR BYRAAD").replace(
        "Møde i\nSogneraadet", "Møde i\nByraadet"
    )
    assert parse_text(town, "protokol.txt").board == "Byrådet"


_CODED = """\
Dagsorden - Plan- og Landdistriktsudvalget
Mødedato: onsdag 5. april 2023, kl. 15.00
Mødested: Rådhuset, lokale 3

PLU 43 Godkendelse af dagsorden
Dagsordenen foreslås godkendt.
PLU 44 Cykelsti langs Åvej
Sagsnr.: 23/10442
Sagsfremstilling
Forvaltningen har projekteret en cykelsti på 1,8 km. Anlægget koster 3,1 mio. kr.
PLU 45 Ny lokalplan for Bakkegården
Sagsnr.: 23/09871
Sagsfremstilling
Planen giver plads til 30 boliger.
PLU 12 Trafikplan for bymidten blev vedtaget i 2019 og følges op her.
Indstilling
Forvaltningen indstiller, at planen sendes i høring.
PLU 46 Eventuelt
"""


def test_a_coded_run_takes_in_a_short_first_and_an_empty_last_point() -> None:
    points = _points(_CODED, "plu.pdf")
    assert [(n, t, c) for n, t, c, _ in points] == [
        (43, "Godkendelse af dagsorden", None),
        (44, "Cykelsti langs Åvej", "23/10442"),
        (45, "Ny lokalplan for Bakkegården", "23/09871"),
        (46, "Eventuelt", None),
    ]
    meeting = parse_text(_CODED, "plu.pdf")
    first, third = meeting.point(43), meeting.point(45)
    assert first is not None and first.text == "Dagsordenen foreslås godkendt."
    # A line of the code that does not number on by one is the body's own ("PLU 12 …").
    assert third is not None and "PLU 12 Trafikplan" in third.text


_ASSOCIATION = """\
Andelsboligforeningen Kastanjegården

Referat af bestyrelsesmøde

Torsdag den 12. marts 2020 kl. 19.00 i fælleslokalet

1. Godkendelse af dagsorden

Beslutning: Godkendt.

2. Udskiftning af vinduer i opgang B

Sagsnr.: 2020-014

Der er indhentet to tilbud. Det billigste lyder på 310.000 kr.

Beslutning: Tilbuddet accepteres.
"""


def test_an_association_named_above_its_boards_minutes_is_whose_board_it_is() -> None:
    assert parse_text(_ASSOCIATION, "referat.txt").board == (
        "Bestyrelsen i Andelsboligforeningen Kastanjegården"
    )
    last_word = _ASSOCIATION.replace(
        "Andelsboligforeningen Kastanjegården", "Kastanjegården Grundejerforening"
    )
    assert parse_text(last_word, "referat.txt").board == (
        "Bestyrelsen i Kastanjegården Grundejerforening"
    )
    # Who publishes is no owner of the board: a municipality's name heads many papers.
    town = _ASSOCIATION.replace("Andelsboligforeningen Kastanjegården", "Vestmose Kommune")
    assert parse_text(town, "referat.txt").board == "Bestyrelsen"
