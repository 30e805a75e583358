"""Round 31 of the reader: forms found missing in layouts_blind25, in invented minutes.

- Minutes without numbers that list the agenda's titles under "Dagsorden" (a Word file's
  bulleted list, its bold point titles read as plain lines) and then give each point under the
  same title: each recurring title heads a point numbered by its place in the list. The list's
  entries are no title of the document: a date in one ("… protokol fra mødet den 29. marts")
  is another meeting's, never this one's.
- Two closed statuses said together ("(Lukket punkt – ikke offentlig)") close the point as one
  does.
- A run of headings in the code form with one space ("ØU 113 Budget") takes in a line of the
  same code right above a decision ("ØU 112 Godkendelse af dagsorden" / "Beslutning:"): a short
  first point with only a decision was lost.
- A web page's permalink to the point it stands in (``<a href="#pkt43">Link til punkt</a>``
  inside ``<article id="pkt43">``) is furniture: read as a line between the heading and
  "Sagsnr.: …", it hid the point's case number.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import docx.document
import pytest
from docx.shared import Pt

from indexer.errors import ParseError
from indexer.headings import closing_line, status_line
from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _read_docx(document: docx.document.Document, name: str = "protokol.docx") -> Meeting:
    buffer = io.BytesIO()
    document.save(buffer)
    return parse_text(decode_text(buffer.getvalue(), Path(name)), name)


def _got(meeting: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


def _stored(m: Meeting) -> str:
    return m.text + " ".join(s.text for p in m.points for s in p.sections)


# --- An agenda's list of titles, each title again over its point ------------------------------

_TITLES = (
    "Godkendelse af protokol fra mødet den 2. februar 2031",
    "Regnskab for varmeværket 2030",
    "Ny aftale om fjernaflæsning",
    "Personalesag – driftsleder",
    "Eventuelt",
)


def _word_protocol() -> docx.document.Document:
    doc = docx.Document()
    doc.add_heading("Protokol for bestyrelsesmøde i Egebjerg Varmeværk A/S", level=1)
    doc.add_paragraph("Torsdag den 8. maj 2031 kl. 17.00 på værkets kontor")
    doc.add_paragraph("Afbud: Ingen.")
    doc.add_paragraph().add_run("Dagsorden").bold = True
    for title in _TITLES:
        doc.add_paragraph(title, style="List Bullet")
    bodies = (
        ["Protokollen blev godkendt."],
        ["Sagsfremstilling: Overskuddet blev 412.000 kr.", "Beslutning: Godkendt."],
        ["Beslutning: Aftalen med Målerfirmaet Nord blev godkendt."],
        ["(Lukket punkt – ikke offentlig)", "Driftslederen Palle Ingvorsen fratræder."],
        ["Intet."],
    )
    for title, body in zip(_TITLES, bodies, strict=True):
        doc.add_paragraph()
        doc.add_paragraph().add_run(title).font.size = Pt(12)
        for text in body:
            doc.add_paragraph(text)
    return doc


def test_listed_titles_recurring_head_the_points() -> None:
    m = _read_docx(_word_protocol())
    assert _got(m) == [
        (1, _TITLES[0], None, False),
        (2, _TITLES[1], None, False),
        (3, _TITLES[2], None, False),
        (4, _TITLES[3], None, True),
        (5, _TITLES[4], None, False),
    ]
    assert m.date.isoformat() == "2031-05-08"  # not the entry's "2. februar 2031"
    assert "Ingvorsen" not in _stored(m)
    assert "412.000" in " ".join(s.text for s in m.points[1].sections)


def test_listed_titles_in_plain_text_keep_their_places() -> None:
    # The third title never recurs: it is skipped, the others keep their places' numbers.
    m = _read(
        "Grundejerforeningen Lærkevang\n\nReferat af generalforsamling 12. juni 2031\n\n"
        "Dagsorden:\n- Valg af dirigent\n- Beretning\n- Indkomne forslag\n"
        "- Valg til bestyrelsen\n\n"
        "Valg af dirigent\n\nJonas Brink blev valgt.\n\n"
        "Beretning\n\nFormanden fortalte om vejene.\n\n"
        "Valg til bestyrelsen\n\nKaren Holt blev genvalgt.\n",
        "laerkevang_2031-06-12.txt",
    )
    assert [(p.number, p.title) for p in m.points] == [
        (1, "Valg af dirigent"),
        (2, "Beretning"),
        (4, "Valg til bestyrelsen"),
    ]


def test_a_list_whose_titles_do_not_recur_heads_nothing() -> None:
    with pytest.raises(ParseError):
        _read(
            "Referat af bestyrelsesmøde 3. marts 2031\n\nDagsorden\n\nBudget\n\nEventuelt\n\n"
            "Vi talte om budget og om at mødes igen.\n",
            "b.txt",
        )


def test_numbered_points_are_read_as_before_under_a_listed_agenda() -> None:
    m = _read(
        "Referat\n\nSkoleudvalget\n\nMødedato: 4. april 2031\n\nDagsorden\n\n"
        "Godkendelse af dagsorden\n\nNy skolevej\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
        "2. Ny skolevej\n\nSagsnr.: 31/220\n\nBeslutning: Godkendt.\n"
    )
    assert _got(m) == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Ny skolevej", "31/220", False),
    ]


# --- Closed statuses said together ------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["(Lukket punkt – ikke offentlig)", "Fortroligt, lukket sag", "Lukket - fortroligt"]
)
def test_two_closed_statuses_together_close(line: str) -> None:
    assert closing_line(line)
    assert status_line(line) is True


@pytest.mark.parametrize("line", ["Lukket punkt – se bilag", "Åbent punkt – offentlig"])
def test_a_status_with_other_words_is_no_status(line: str) -> None:
    assert not closing_line(line)
    assert status_line(line) is not True


# --- A code run taking in a first point with only a decision ----------------------------------

_CODE_RUN = """Egebjerg Kommune

Referat

Økonomiudvalget

Mødedato: 3. december 2031

KU 40 Godkendelse af dagsorden

Beslutning:
Godkendt.

KU 41 Regnskab for hallen

Sagsid: 330-2031-100
Sagsfremstilling
Hallen gav et overskud.
Beslutning:
Godkendt.

KU 42 Køb af jord

Sagsid: 330-2031-101
Sagsfremstilling
Jorden koster 2 mio. kr.
Beslutning:
Godkendt.
"""


def test_a_code_heading_over_a_decision_joins_the_run() -> None:
    m = _read(_CODE_RUN)
    assert _got(m) == [
        (40, "Godkendelse af dagsorden", None, False),
        (41, "Regnskab for hallen", "330-2031-100", False),
        (42, "Køb af jord", "330-2031-101", False),
    ]


def test_a_code_line_over_a_decision_out_of_order_stays_text() -> None:
    # "KU 45 …" above a decision after 41 and 42 would break the rising numbers: no point.
    m = _read(_CODE_RUN.replace("KU 40 Godkendelse", "KU 45 Godkendelse"))
    assert [p.number for p in m.points] == [41, 42]


# --- A permalink to the point it stands in ----------------------------------------------------

_PAGE = """<html><head><title>Referat - Vejudvalget - 09-10-2031</title></head><body><main>
<h1>Referat 09.10.2031</h1>
<p>Mødedato: 09.10.2031</p>
<ul><li><a href="#p7">Pkt. 7 Ny bro</a></li><li><a href="#p8">Pkt. 8 Cykelsti</a></li></ul>
<article id="p7"><h2>Pkt. 7 Ny bro</h2>
<div class="tools"><a href="#p7">Link til punkt</a></div>
<p>Sagsnr.: 31/5120</p><h3>Sagsfremstilling</h3><p>Broen koster 4 mio. kr.</p>
<h3>Beslutning</h3><p>Godkendt.</p></article>
<article id="p8"><h2>Pkt. 8 Cykelsti</h2>
<div class="tools"><a href="#p8">Kopiér</a></div>
<p>Sagsnr.: 31/5188</p><h3>Sagsfremstilling</h3><p>Stien er 2 km.</p>
<h3>Beslutning</h3><p>Godkendt.</p></article>
</main></body></html>"""


def test_a_permalink_to_its_own_point_is_furniture() -> None:
    m = _read(_PAGE, "vejudvalget.html")
    assert _got(m) == [(7, "Ny bro", "31/5120", False), (8, "Cykelsti", "31/5188", False)]
    assert "Link til punkt" not in m.text and "Kopiér" not in m.text
    # The contents' links to the points stay (another place of the page).
    assert m.text.count("Pkt. 7 Ny bro") == 2


def test_a_permalink_line_in_text_is_furniture() -> None:
    text = decode_text(b"Pkt. 7 Ny bro\n\nLink til punkt\n\nSagsnr.: 31/5120\n", Path("a.txt"))
    assert "Link til punkt" not in text
