"""Round 33 of the reader: forms found missing in layouts_blind27, in invented minutes.

A PDF's running head set in columns whose board cell ends on the date ("Vindeby Kommune
   Teknisk Udvalg, 03-03-2031"): the board is the cell's name before its date, never the owner and
the board run together. A web page's links to the board's other meetings ("14-01-2031 Referat" /
"11-03-2031 Dagsorden") above its own "Mødedato:": a list of meetings dates none of them the
file's. A typed letter's dateline ("Kornby, den 9.4.1988"): when the minutes were written, not
the meeting, and no board. A board read from a title typed in capitals takes the capitals the
file writes it with elsewhere. A closed point's typed title with an abbreviation ("Klage vedr.
skel.") below its "LUKKET PUNKT" mark. An English summary of a council meeting ("Summary of
the Town Council meeting on …") and an English page's footer that names the municipality
before its address. A Word template's point number in a paragraph of its own above each
heading ("12." / "Title"), and a web page's "ØKU 12" in a box of its own above each title.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import docx.document

from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.read import decode_text


def _read(text: str, name: str = "referat.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _got(meeting: Meeting) -> list[tuple[int, str, str | None, bool]]:
    return [(p.number, p.title, p.case_number, p.closed) for p in meeting.points]


def _stored(m: Meeting) -> str:
    return m.text + " ".join(s.text for p in m.points for s in p.sections)


# --- A running head in columns: the board's cell ends on the date ------------------------------

RUNNING_HEAD = """Vindeby Kommune                               Teknisk Udvalg, 03-03-2031

                        Referat

Mødested:   Rådhuset, lokale 4
Mødetid:    Mandag 03.03.2031 kl. 16.00

Pkt. 20  Vejplan for Nordbyen

Sags-ID: 2031-0112

Sagsfremstilling
Planen lægger op til to nye rundkørsler.

Beslutning
Godkendt.


Pkt. 21  Eventuelt

Beslutning
Intet.
"""


def test_the_board_cell_of_a_running_head_ends_at_its_date() -> None:
    m = _read(RUNNING_HEAD)
    assert m.board == "Teknisk Udvalg"
    assert m.date.isoformat() == "2031-03-03"
    assert [p.number for p in m.points] == [20, 21]


# --- Links to the board's other meetings above the meeting's own date --------------------------

OTHER_MEETINGS = """Skoleudvalget - Referat - Vindeby Kommune

Andre møder

14-01-2031 Referat

11-03-2031 Dagsorden

Udvalg:\tSkoleudvalget

Mødedato:\t11-02-2031

Punkt 1 - Skolernes ferieplan

Sagsnr.: 31/0042

Sagsfremstilling

Ferieplanen følger de øvrige kommuners.

Beslutning i Skoleudvalget den 11-02-2031

Godkendt.
"""


def test_a_list_of_other_meetings_dates_none_of_them() -> None:
    m = _read(OTHER_MEETINGS)
    assert m.date.isoformat() == "2031-02-11"
    assert m.board == "Skoleudvalget"


def test_one_dated_title_is_still_the_meetings_date() -> None:
    # A single "date + kind" line is the file's title, as before.
    body = OTHER_MEETINGS.split("Punkt 1", 1)[1]
    m = _read(f"11-02-2031 Referat\n\nSkoleudvalget\n\nPunkt 1{body}")
    assert (m.date.isoformat(), m.board) == ("2031-02-11", "Skoleudvalget")


# --- A typed protocol: its dateline, its title in capitals, a closed title with "vedr." --------

TYPED = """KORNBY KOMMUNE
                                                  Kornby, den 9.4.1988

REFERAT AF MØDE I MILJØ OG TEKNIK UDVALGET
TIRSDAG DEN 5. APRIL 1988 KL. 16.00


Pkt. 1
Istandsættelse af Kirkevej.
J.nr. 88/0101

Vejen har mange huller og skal have nyt slidlag.

Beslutning: Godkendt.


Pkt. 2
LUKKET PUNKT
Klage vedr. skel.
J.nr. 88/0133

Naboen Svend Ulrik Mosegaard klager over et hegn, der står 40 cm inde på hans grund.

Beslutning: Klagen afvises.


Pkt. 3
Næste møde i Miljø og Teknik Udvalget.

Mødet holdes i maj.
"""


def test_a_dateline_dates_the_letter_not_the_meeting() -> None:
    m = _read(TYPED)
    assert m.date.isoformat() == "1988-04-05"
    assert "Kornby" not in m.board


def test_a_board_typed_in_capitals_takes_the_files_own_capitals() -> None:
    assert _read(TYPED).board == "Miljø og Teknik Udvalget"
    # Written nowhere else, the name is written as a name is: its first letter a capital.
    alone = TYPED.replace("Næste møde i Miljø og Teknik Udvalget.", "Eventuelt.")
    assert _read(alone).board == "Miljø og teknik udvalget"


def test_a_closed_typed_title_with_an_abbreviation() -> None:
    m = _read(TYPED)
    assert _got(m)[1] == (2, "Klage vedr. skel", "88/0133", True)
    assert "Mosegaard" not in _stored(m)
    assert "40 cm" not in _stored(m)


# --- An English summary of a council meeting ---------------------------------------------------

SUMMARY = """Vindeby Municipality - English summary

Summary of the Town Council meeting on Thursday 6 March 2031
Venue: Town Hall

Item 1 – New cycle path along the coast
Case no. 31/0301
The path will be 4 km long.
Decision: Approved.

Item 2 – Questions from citizens
A citizen asked about the ferry.

Back to top | Print | Vindeby Municipality, Torvet 2, 9990 Vindeby
"""


def test_an_english_summary_names_its_board() -> None:
    m = _read(SUMMARY)
    assert (m.board, m.date.isoformat(), m.kind) == ("Town Council", "2031-03-06", "referat")
    assert [p.number for p in m.points] == [1, 2]


def test_an_english_footer_that_names_the_municipality() -> None:
    last = _read(SUMMARY).points[-1]
    assert "ferry" in " ".join(s.text for s in last.sections)
    assert not any("Back to top" in s.text or "Torvet 2" in s.text for s in last.sections)


# --- Numbers set apart from their titles ------------------------------------------------------


def _word_minutes() -> docx.document.Document:
    doc = docx.Document()
    doc.add_paragraph("Vindeby Kommune")
    doc.add_paragraph("Referat – Kulturudvalget")
    doc.add_paragraph("Mødedato: 4. marts 2031")
    for number, title, closed in (
        (12, "Godkendelse af dagsorden", False),
        (13, "Tilskud til byfesten", False),
        (14, "Lejeaftale for musikhuset", True),
    ):
        doc.add_paragraph(f"{number}.").runs[0].bold = True
        doc.add_heading(title, level=2)
        if closed:
            doc.add_paragraph("Lukket sag")
        doc.add_paragraph(f"Sagsnr.: 31/{number:04d}")
        doc.add_paragraph("Sagsfremstilling").runs[0].bold = True
        doc.add_paragraph("Lejer betaler 9.999 kr. om måneden." if closed else "Som foreslået.")
        doc.add_paragraph("Beslutning").runs[0].bold = True
        doc.add_paragraph("Godkendt.")
    return doc


def test_a_word_number_in_a_paragraph_of_its_own_numbers_the_heading_below() -> None:
    buffer = io.BytesIO()
    _word_minutes().save(buffer)
    m = parse_text(decode_text(buffer.getvalue(), Path("kultur.docx")), "kultur.docx")
    assert _got(m) == [
        (12, "Godkendelse af dagsorden", "31/0012", False),
        (13, "Tilskud til byfesten", "31/0013", False),
        (14, "Lejeaftale for musikhuset", "31/0014", True),
    ]
    assert "9.999" not in _stored(m)


PAGE = """<html><head><title>Dagsorden | Økonomiudvalget | Vindeby Kommune</title></head><body>
<h1>Økonomiudvalget</h1><p>Mødedato: 10.03.2031</p>
{items}
</body></html>"""
ITEM = """<div class="item"><div class="head"><div class="nr">ØKU {n}</div>
<div class="title">{title}</div>{mark}</div>
<div class="case">Sags-ID: EMN-2031-{n:05d}</div>
<div class="s"><div class="t">Sagsfremstilling</div><p>{body}</p></div></div>"""


def test_a_code_and_number_in_a_box_of_their_own_head_the_title_below() -> None:
    items = "".join(
        ITEM.format(n=n, title=t, mark=mark, body=body)
        for n, t, mark, body in (
            (7, "Budgetproces 2032", "", "Tidsplanen følger sidste år."),
            (8, "Salg af grund", "<span>Lukket</span>", "Køber tilbyder 777.000 kr."),
            (9, "Orientering", "", "Intet nyt."),
        )
    )
    m = _read(PAGE.format(items=items), "oekonomi.html")
    assert _got(m) == [
        (7, "Budgetproces 2032", "EMN-2031-00007", False),
        (8, "Salg af grund", "EMN-2031-00008", True),
        (9, "Orientering", "EMN-2031-00009", False),
    ]
    assert "777.000" not in _stored(m)


def test_one_code_and_number_alone_is_no_heading() -> None:
    # "ØKU 12" once, above a line of text: a reference in a body, not a run of points.
    text = (
        "Referat\n\nØkonomiudvalget\n\nMødedato: 10.03.2031\n\n1. Budget\n\nSagsfremstilling\n\n"
        "Se tidligere behandling:\n\nØKU 12\n\nBudgetproces 2032\n\nSagsfremstilling\n\nSom før.\n"
    )
    m = _read(text)
    assert [p.number for p in m.points] == [1]


def test_a_title_line_with_both_names_decides_which_one_is_the_board() -> None:
    # "City Council (Byrådet) · …" below the title: the council's Danish name, as the archive
    # knows it (see _first_of_two_names); without that line the English title's name stands.
    city = SUMMARY.replace("Town Council", "City Council")
    assert _read(city).board == "City Council"
    both = city.replace("Venue: Town Hall", "City Council (Byrådet) · Town Hall")
    assert _read(both).board == "Byrådet"
    # A table's row "Meeting<TAB>City Council (Byrådet)" is a label's value, no title line.
    row = city.replace("Venue: Town Hall", "Meeting\tCity Council (Byrådet)")
    assert _read(row).board == "City Council"
