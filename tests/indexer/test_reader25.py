"""Round 25 of the reader: forms found missing in layouts_blind19, in invented minutes.

- A board's meeting word in capitals ("REFERAT AF BESTYRELSESMØDE") is a meeting, never a
  board's name: the word names the board ("Bestyrelsen"), as it does in lower case.
- "Punkt 3  KTU 41/2019" (an agenda system's web page): after the point's label, a committee's
  code and the point's number in the year's run is the point's other number, not its title.
- An agenda system's link beside each point ("Vis sagsforløb", "Se tidligere behandlinger",
  "Vis bilag (3)") is furniture, never a title's wrapped line or a point's text.
- A meeting held over days heads its first day's points with the day ("ONSDAG DEN 3. MAJ
  2028"): under the contents list's last entry, that heading is no body, so the entry stays a
  contents entry and the last point is read once.
- A point's facts set in a table whose header row says nothing ("Felt | Værdi", "Key |
  Value"): the header row is part of the point's header, so the case number under it is read.
- A Markdown table cell set wholly in bold ("**Lukket punkt**") reads as its words.

From layouts_train20 (invented for this round, read first before these rules):

- A line of several agenda links ("Åbn sagsforløb   Hent bilag") or of steps between points'
  pages ("Forrige punkt | Næste punkt") is furniture as one link is.
- A sentence that closes a point may say what it leaves out ("… og gengives ikke") or why, in
  brackets ("Punktet er ikke offentligt (personoplysninger).").
- "Referat fra Byrådets ordinære møde": the kind of meeting between the board's genitive and
  "møde" leaves the board "Byrådet".
- A committee code with a separator after it heads a point as one without does ("SU 32/2024 –
  Title").
- A web page's ``<aside>`` of links alone ("Andre punkter fra mødet") is the site's navigation,
  no point.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import point_heading
from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "x.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


_BODY = (
    "1. Godkendelse af dagsorden\nSagsnr.: 28/0101\n\nBeslutning\nGodkendt.\n\n"
    "2. Nyt affaldsskur ved værket\nSagsnr.: 28/0144\n\nSagsfremstilling\nSkuret er utæt.\n\n"
    "Beslutning\nGodkendt.\n"
)


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("REFERAT AF BESTYRELSESMØDE", "Bestyrelsen"),
        ("Referat af BESTYRELSESMØDE", "Bestyrelsen"),
        ("REFERAT AF REPRÆSENTANTSKABSMØDE", "Repræsentantskabet"),
        ("REFERAT AF BESTYRELSESMØDE I SKOLEBESTYRELSEN", "Skolebestyrelsen"),
    ],
)
def test_a_meeting_word_in_capitals_names_the_board(title: str, board: str) -> None:
    text = f"MØLLEGÅRD VARME A/S\nVarmevej 2, 9999 Møllegård\n\n{title}\n\nDato: 4. maj 2028\n\n"
    assert _read(text + _BODY).board == board


def test_a_meeting_word_of_many_boards_is_no_board() -> None:
    """ "UDVALGSMØDE" says a committee met, not which: the board comes from elsewhere (here the
    file's name), never "Udvalgsmøde"."""
    text = "REFERAT AF UDVALGSMØDE\n\nDato: 4. maj 2028\n\n" + _BODY
    assert _read(text, "teknikudvalget_2028-05-04.txt").board == "Teknikudvalget"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Punkt 3  KTU 41/2019", ""),
        ("Punkt 3  KTU 41/2019  Ny legeplads i Østerlund", "Ny legeplads i Østerlund"),
        ("Punkt 3 – ØU-41/19: Ny legeplads", "Ny legeplads"),
        ("Pkt. 3 BR 141/2019 Ny legeplads (Lukket)", "Ny legeplads (Lukket)"),
        # A year's span, an acronym's number in a title: no code.
        ("Punkt 3 DGI 2024/25 aftale om hallen", "DGI 2024/25 aftale om hallen"),
        ("Punkt 3 COVID 19 tiltag", "COVID 19 tiltag"),
    ],
)
def test_a_committee_code_after_the_label_is_no_title(line: str, title: str) -> None:
    head = point_heading(line)
    assert head is not None
    assert (head.number, head.title) == (3, title)


_WEB_COPY = """Solvig Kommune

Kultur- og Fritidsudvalget
Referat
Møde den 3.-4. maj 2028

Indhold
Punkt 1  KFU 31/2028  Godkendelse af dagsorden
Punkt 2  KFU 32/2028  Tilskud til spejderhytten
Punkt 3  KFU 33/2028  Eventuelt

ONSDAG DEN 3. MAJ 2028

Punkt 1  KFU 31/2028
Godkendelse af dagsorden
Vis sagsforløb

Beslutning i Kultur- og Fritidsudvalget den 03-05-2028
Godkendt.

Punkt 2  KFU 32/2028
Tilskud til spejderhytten
Se tidligere behandlinger
Vis bilag (2)
Sagsnr.: 28/2210

Sagsfremstilling
Spejderne søger 40.000 kr. til et nyt tag.

Beslutning i Kultur- og Fritidsudvalget den 03-05-2028
Bevilget.

TORSDAG DEN 4. MAJ 2028

Punkt 3  KFU 33/2028
Eventuelt
Vis sagsforløb

Beslutning i Kultur- og Fritidsudvalget den 04-05-2028
Intet.
"""


def test_a_web_copy_with_codes_links_and_day_headings() -> None:
    m = _read(_WEB_COPY)
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None),
        (2, "Tilskud til spejderhytten", "28/2210"),
        (3, "Eventuelt", None),
    ]
    assert m.warnings == ()
    assert "sagsforløb" not in m.text and "behandlinger" not in m.text
    assert m.date.isoformat() == "2028-05-03"


@pytest.mark.parametrize(
    "line",
    [
        "Vis sagsforløb",
        "Se tidligere behandlinger",
        "» Vis bilag (3)",
        "Skjul sagens forløb",
        "Show case history",
    ],
)
def test_an_agenda_systems_link_is_furniture(line: str) -> None:
    text = f"Referat\nTeknisk Udvalg\n4. maj 2028\n\n1. Nyt tag\n{line}\nSagsnr.: 28/0144\n\n"
    text += "Sagsfremstilling\nTaget er utæt.\n"
    m = _read(text)
    assert (m.points[0].title, m.points[0].case_number) == ("Nyt tag", "28/0144")
    assert line.strip("» ") not in m.text


def test_a_title_that_opens_with_a_verb_stays() -> None:
    """ "Vis hensyn" names no part of a case: a title, not a link."""
    text = "Referat\nTeknisk Udvalg\n4. maj 2028\n\n1. Vis hensyn i trafikken\nSagsnr.: 28/0144\n\n"
    text += "Sagsfremstilling\nEn kampagne for skolevejene.\n"
    assert _read(text).points[0].title == "Vis hensyn i trafikken"


@pytest.mark.parametrize(("head", "closed"), [("Felt | Værdi", False), ("Key | Value", False)])
def test_a_facts_tables_header_row_is_the_points_header(head: str, closed: bool) -> None:
    text = (
        "# Ældrerådet\n\n**Referat** · tirsdag den 9. maj 2028\n\n"
        "## 1. Høring om madservice\n\n"
        f"| {head} |\n|---|---|\n| Sagsnummer | 28/0412 |\n| Ansvarlig | Ældre og Sundhed |\n\n"
        "### Sagsfremstilling\n\nMenuen skal have flere retter.\n\n"
        "## 2. Borgersag\n\n"
        "| Felt | Værdi |\n|---|---|\n| Sagsnummer | 28/0413 |\n| Status | **Lukket punkt** |\n\n"
        "### Sagsfremstilling\n\nEn borger på Fyrrevej har klaget.\n\n"
        "## 3. Eventuelt\n\nIntet.\n"
    )
    m = _read(text, "aeldreraadet.md")
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, "28/0412", closed),
        (2, "28/0413", True),
        (3, None, False),
    ]
    assert not any("Værdi" in s.text or "Value" in s.text for s in m.points[0].sections)
    assert "Fyrrevej" not in m.text


@pytest.mark.parametrize(
    "links", ["Åbn sagsforløb   Hent bilag", "Forrige punkt | Næste punkt", "Vis sag · Se bilag"]
)
def test_a_line_of_agenda_links_is_furniture(links: str) -> None:
    text = f"Referat\nTeknisk Udvalg\n4. maj 2028\n\n1. Nyt tag\n{links}\nSagsnr.: 28/0144\n\n"
    text += "Sagsfremstilling\nTaget er utæt.\n"
    m = _read(text)
    assert (m.points[0].title, m.points[0].case_number) == ("Nyt tag", "28/0144")
    assert links not in m.text


def test_a_line_of_links_and_words_stays() -> None:
    """ "Se bilag om taget" says more than a link: body text."""
    text = "Referat\nTeknisk Udvalg\n4. maj 2028\n\n1. Nyt tag\nSagsnr.: 28/0144\n\n"
    text += "Sagsfremstilling\nTaget er utæt.\nSe bilag om taget\n"
    assert "Se bilag om taget" in _read(text).points[0].sections[0].text


@pytest.mark.parametrize(
    "closing",
    [
        "Punktet er undtaget offentlighed og gengives ikke.",
        "*Sagen er ikke offentlig (forhandling om pris).*",
        "Punktet er fortroligt og fremgår ikke af det offentlige referat.",
    ],
)
def test_a_closing_sentence_may_say_what_it_leaves_out_or_why(closing: str) -> None:
    text = (
        "SKOVHAVN VARME A/S\n\nReferat af bestyrelsesmøde\n\nDato: 4. maj 2028\n\n"
        "Ad pkt. 1 - Godkendelse af dagsorden\nGodkendt.\n\n"
        f"Ad pkt. 2 - Køb af kedel\nSag: SV-2028-04\n{closing}\n"
        "Kedlen fra Ovnsmeden ApS koster 2,2 mio. kr.\n\n"
        "Ad pkt. 3 - Eventuelt\nIntet.\n"
    )
    m = _read(text)
    assert [(p.number, p.case_number, p.closed) for p in m.points] == [
        (1, None, False),
        (2, "SV-2028-04", True),
        (3, None, False),
    ]
    assert "Ovnsmeden" not in m.text


def test_a_sentence_that_gives_another_reason_closes_nothing() -> None:
    text = (
        "Referat\nTeknisk Udvalg\n4. maj 2028\n\n1. Nyt tag\nSagsnr.: 28/0144\n\n"
        "Sagsfremstilling\nPunktet er ikke offentligt, fordi tallene mangler og kommer senere.\n"
    )
    assert not _read(text).points[0].closed


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Referat fra Byrådets ordinære møde", "Byrådet"),
        ("Referat fra Kommunalbestyrelsens ekstraordinære møde", "Kommunalbestyrelsen"),
    ],
)
def test_the_kind_of_meeting_after_a_boards_genitive(title: str, board: str) -> None:
    text = f"{title}\nTirsdag den 9. maj 2028 kl. 18.00\n\n" + _BODY
    assert _read(text).board == board


@pytest.mark.parametrize(
    "line", ["SU 32/2024 – Nyt botilbud", "SU 32/2024: Nyt botilbud", "SU 32/2024 Nyt botilbud"]
)
def test_a_committee_code_heads_a_point_with_or_without_a_separator(line: str) -> None:
    head = point_heading(line)
    assert head is not None
    assert (head.number, head.title, head.strong) == (32, "Nyt botilbud", False)


_PAGE = """<html><body><main>
<h1>Fritidsudvalget</h1><p>Referat, mødet den 9. maj 2028</p>
<h2>FU 11/2028 – Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
<h2>FU 12/2028 – Ny kunstgræsbane</h2><p>Sagsnr.: 28/5501</p>
<h3>Sagsfremstilling</h3><p>Banen koster 4 mio. kr.</p><h3>Beslutning</h3><p>Anbefales.</p>
<aside><h2>Andre punkter fra mødet</h2><ul><li><a href="#">FU 11/2028 – Godkendelse af
dagsorden</a></li><li><a href="#">FU 12/2028 – Ny kunstgræsbane</a></li></ul></aside>
</main></body></html>"""


def test_an_aside_of_links_is_no_point() -> None:
    m = _read(_PAGE, "fritid.html")
    assert [(p.number, p.title, p.case_number) for p in m.points] == [
        (11, "Godkendelse af dagsorden", None),
        (12, "Ny kunstgræsbane", "28/5501"),
    ]


def test_an_aside_with_words_of_its_own_stays() -> None:
    """A side column of the meeting's facts is content, though it holds a link."""
    page = _PAGE.replace(
        "<aside><h2>Andre punkter fra mødet</h2>",
        '<aside><p>Mødested: Hallen, lokale 2. <a href="#">Kort</a></p>',
    )
    assert "Hallen, lokale 2" in _read(page, "fritid.html").text
