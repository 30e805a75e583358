"""Round 68 of the reader: the forms layouts_blind60 (measured once, now spent) missed, in
invented words.

- An agenda system's XML export is read whatever its system names the parts, told by what the
  names say in Danish or English (indexer.xmlnames): a point's number in any attribute or child
  named as a number ("Loebenummer", "punktNr", "ItemNo", "<Nummer>"; never a sort key), its title
  in any child named as one ("Punkttitel", "Subject"), a run of text ("<Tekst>", "<p>") as text,
  never a labelled fact; and whether the public may read it said by a child element as by an
  attribute ("<Offentlig>nej</Offentlig>", "<Offentliggoerelse>Undtaget fra offentlighed –
  …</Offentliggoerelse>").
- A closing notice may carry, on its line, notes on where the closed record is kept and that it
  is not to be passed on ("Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede
  protokol og må ikke deles."); and the closed record under its own name as a label ("Lukket
  protokol: …", "Confidential minute: …") closes its point. A note alone, a record named in a
  sentence, and an attachment so labelled close nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import closed_note, closed_record_label, closing_line
from indexer.parse import parse_file, parse_text
from indexer.read import read_text
from indexer.xmlnames import number_name, says_closed, text_name, title_name

# --- An agenda system's XML export, whatever it names its parts ---------------------------


def _export(points: str, *, root: str = "Protokol") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<{root} xmlns="urn:example:raadssystem:4" Dannet="2021-09-02T05:00:00">'
        "<Hoved><Myndighed>Ravnsted Kommune</Myndighed><Organ>Kulturudvalget</Organ>"
        "<Moededato>2021-08-31</Moededato></Hoved>"
        f"<Dagsordenspunkter>{points}</Dagsordenspunkter></{root}>"
    )


def _point(number_attr: str, title: str, case: str, body: str, extra: str = "") -> str:
    return (
        f"<Dagsordenspunkt {number_attr}><Punkttitel>{title}</Punkttitel>"
        f"<Sagsnummer>{case}</Sagsnummer>{extra}"
        f'<Afsnit Type="Sagsfremstilling"><Tekst>{body}</Tekst></Afsnit>'
        f'<Afsnit Type="Beslutning"><Tekst>Godkendt.</Tekst></Afsnit></Dagsordenspunkt>'
    )


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("nr", True),
        ("Loebenummer", True),
        ("løbenummer", True),
        ("punktNr", True),
        ("Punkt_nummer", True),
        ("ItemNo", True),
        ("agendaItemNumber", True),
        ("{urn:x}Nummer", True),
        ("sagsnr", False),  # a case number's
        ("sortOrder", False),  # a sort key, which may count in tens
        ("sekvens", False),
        ("Telefonnummer", False),
    ],
)
def test_a_number_is_told_by_its_name(name: str, says: bool) -> None:
    assert number_name(name) is says


def test_titles_and_text_runs_are_told_by_their_names() -> None:
    assert all(title_name(n) for n in ("Titel", "Punkttitel", "ItemTitle", "Overskrift", "Emne"))
    assert not any(title_name(n) for n in ("Undertitel", "Subtitle", "Sagsnummer", "Tekst"))
    assert all(text_name(n) for n in ("Tekst", "afsnit", "p", "Paragraph", "Brødtekst"))
    assert not any(text_name(n) for n in ("Udvalg", "Sted", "Titel"))


def test_an_export_numbers_its_points_in_an_attribute_of_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "kultur.xml"
    path.write_text(
        _export(
            _point(
                'Loebenummer="41" Offentlig="true"',
                "Udlån af byens scene",
                "21/7710",
                "Scenen kan lånes af foreninger uden betaling.",
            )
            + _point(
                'Loebenummer="42" Offentlig="false"',
                "Krav mod en koncertarrangør",
                "21/7744",
                "Arrangøren Blå Lygte ApS skylder 37.500 kr.",
            )
        ),
        encoding="utf-8",
    )
    meeting = parse_file(path)
    assert (meeting.date.isoformat(), meeting.board) == ("2021-08-31", "Kulturudvalget")
    got = [(p.number, p.case_number, p.closed) for p in meeting.points]
    assert got == [(41, "21/7710", False), (42, "21/7744", True)]
    assert meeting.points[0].title == "Udlån af byens scene"
    assert meeting.points[1].title.startswith("Krav mod en koncertarrangør")
    assert not meeting.points[1].sections
    # A run of text is the field's words, never "tekst: …".
    sections = {s.name: s.text for s in meeting.points[0].sections}
    assert sections["Sagsfremstilling"] == "Scenen kan lånes af foreninger uden betaling."
    assert "tekst:" not in read_text(path).lower()


def test_a_number_in_a_child_element_of_its_own(tmp_path: Path) -> None:
    points = "".join(
        f"<Item><ItemNo>{n}</ItemNo><Subject>{title}</Subject><CaseNo>21/{n}00</CaseNo>"
        f"<Text>About {title.lower()}.</Text></Item>"
        for n, title in ((3, "Library opening hours"), (4, "Harbour bath"))
    )
    path = tmp_path / "culture.xml"
    path.write_text(_export(points, root="Minutes"), encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.title) for p in meeting.points] == [
        (3, "Library opening hours"),
        (4, "Harbour bath"),
    ]
    assert "itemno" not in read_text(path).lower()


def test_a_sort_key_is_no_point_number(tmp_path: Path) -> None:
    """A system that gives the number and a sort key counting in tens: the number is read."""
    path = tmp_path / "sort.xml"
    path.write_text(
        _export(
            _point('sortering="10" nr="7"', "Byens juletræ", "21/0101", "Træet tændes 1. søndag.")
        ),
        encoding="utf-8",
    )
    assert [p.number for p in parse_file(path).points] == [7]


def test_a_meeting_with_a_number_and_a_title_is_no_point(tmp_path: Path) -> None:
    path = tmp_path / "moede.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Moede Nummer="9"><Titel>Ordinært møde i Kulturudvalget</Titel>'
        "<Myndighed>Ravnsted Kommune</Myndighed><Udvalg>Kulturudvalget</Udvalg>"
        "<Moededato>2021-08-31</Moededato>"
        + _point('Nummer="12"', "Musikskolens takster", "21/1201", "Taksten stiger 3 %.")
        + "</Moede>",
        encoding="utf-8",
    )
    assert [(p.number, p.title) for p in parse_file(path).points] == [(12, "Musikskolens takster")]


@pytest.mark.parametrize(
    "extra",
    [
        "<Offentlig>nej</Offentlig>",
        "<Public>false</Public>",
        "<Fortrolig>ja</Fortrolig>",
        "<Adgang>Lukket</Adgang>",
        "<Offentliggoerelse>Undtaget fra offentlighed – oplysninger om en persons helbred"
        "</Offentliggoerelse>",
        "<Access>Confidential – not for publication</Access>",
    ],
)
def test_a_child_element_may_close_its_point(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "lukket.xml"
    path.write_text(
        _export(
            _point('nr="5"', "Åbningstider i hallen", "21/0500", "Hallen åbner kl. 7.")
            + _point('nr="6"', "Erstatningssag", "21/0611", "Skaden udgør 88.000 kr.", extra)
        ),
        encoding="utf-8",
    )
    meeting = parse_file(path)
    assert [(p.number, p.closed) for p in meeting.points] == [(5, False), (6, True)]
    assert meeting.points[1].case_number == "21/0611"
    assert "88.000" not in " ".join(s.text for p in meeting.points for s in p.sections)
    assert "88.000" not in meeting.text


@pytest.mark.parametrize(
    "extra",
    [
        "<Offentlig>ja</Offentlig>",
        "<Offentliggoerelse>Offentliggøres på kommunens hjemmeside</Offentliggoerelse>",
        "<Status>Afsluttet</Status>",
        # A point's text that only mentions a closed door is the point's text.
        "<Bemaerkning>Hallen er lukket for offentligheden i juli.</Bemaerkning>",
        "<Tekst>Sagen var fortrolig indtil i går, men er nu offentlig.</Tekst>",
    ],
)
def test_a_child_element_that_keeps_its_point_open(tmp_path: Path, extra: str) -> None:
    path = tmp_path / "aaben.xml"
    path.write_text(
        _export(_point('nr="6"', "Sommerlukning", "21/0611", "Hallen holder lukket.", extra)),
        encoding="utf-8",
    )
    assert [(p.number, p.closed) for p in parse_file(path).points] == [(6, False)]


def test_says_closed_reads_words_only_under_an_access_name() -> None:
    assert says_closed(
        "Offentliggoerelse", "Undtaget fra offentlighed – forhandling", in_words=True
    )
    assert not says_closed("Bemaerkning", "Undtaget fra offentlighed – forhandling", in_words=True)
    assert not says_closed("Offentliggoerelse", "Undtaget fra offentlighed – forhandling")
    assert says_closed("offentlig", "false") and not says_closed("offentlig", "true")


# --- A closing notice with notes on its record, and the closed record as a label ------------


@pytest.mark.parametrize(
    "line",
    [
        "Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede protokol og må "
        "ikke deles.",
        "Sagen blev behandlet for lukkede døre. Beslutningen er ført i den fortrolige protokol.",
        "Punktet behandles som lukket. Se lukket protokol.",
        "Sagen er fortrolig. Må ikke videregives.",
        "This item was taken in closed session. The decision is recorded in the confidential "
        "minutes and must not be shared.",
    ],
)
def test_a_closing_with_notes_on_its_record_closes(line: str) -> None:
    assert closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lukket protokol: Ejeren af Mosevej 4 har fået påbud.",
        "Fortroligt referat: Udvalget godkendte forliget.",
        "Beslutning (lukket): Rådet bevilgede beløbet.",
        "Confidential minute: The tenant at Elm Row 2 was rehoused.",
    ],
)
def test_the_closed_record_under_its_name_is_a_closed_note(line: str) -> None:
    """The words after the label are the closed record itself: a note that closes the point
    and is never kept with its heading (as a closing notice is)."""
    assert closed_record_label(line) and closed_note(line)
    assert not closing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # A note alone: an open point may say where an earlier closed decision is kept.
        "Referatet fremgår af den lukkede protokol.",
        "Borgmesteren orienterede. Beslutningen fra maj fremgår af den lukkede protokol.",
        # A notice with the point's own text after it is no notice alone.
        "Punktet er behandlet i lukket møde. Udvalget bevilgede 200.000 kr. til stien.",
        # The record named in a sentence, an attachment labelled closed, a banner alone.
        "Udvalget drøftede, om den lukkede protokol skal føres digitalt.",
        "Fortrolige bilag: Bilag 3 er udleveret til medlemmerne.",
        "LUKKET REFERAT",
        "Lukket protokol:",
    ],
)
def test_a_closed_record_only_mentioned_closes_nothing(line: str) -> None:
    assert not closing_line(line)
    assert not closed_record_label(line) and not closed_note(line)


_FORWARDED = """REFERAT
Boligsocialt Udvalg, Kærbølle Kommune
Onsdag den 2. juni 2021 kl. 16.00

Ad 1. Godkendelse af dagsorden
Sagsnr.: 21/1001
Aftalt: Godkendt.

Ad 2. Genhusning af en lejer
Sagsnr.: 21/1044
Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede protokol og må ikke deles.
Lukket protokol: Lejeren i Pilevej 9 flytter til en midlertidig bolig i Skovhuse.

Ad 3. Ny legeplads i bebyggelsen
Sagsnr.: 21/1090
Sagen: Beboerne ønsker en legeplads. Den fortrolige protokol fra sidste møde er rettet.
Aftalt: Udvalget anbefaler forslaget.
"""


def test_a_forwarded_minutes_closed_point_is_closed_and_its_neighbours_open() -> None:
    meeting = parse_text(_FORWARDED, "boligsocialt.eml", board="Boligsocialt Udvalg")
    got = [(p.number, p.case_number, p.closed) for p in meeting.points]
    assert got == [(1, "21/1001", False), (2, "21/1044", True), (3, "21/1090", False)]
    closed = meeting.points[1]
    assert closed.title == "Genhusning af en lejer" and not closed.sections
    assert "Pilevej" not in " ".join(s.text for p in meeting.points for s in p.sections)
    assert "Pilevej" not in meeting.text  # nor kept in the stored text with the heading
