"""Round 26 of the reader: forms found missing in layouts_blind20, in invented minutes.

- Minutes sent as an e-mail and saved from the mail program (``.eml``): the subject opens the
  text as a page's title does, the message text is decoded from quoted-printable or base64 in
  its charset (a mail with only an HTML part is read as a web page), attachments are left out.
- A closed group's heading with a closed mark after it ("LUKKET MØDE - IKKE TIL
  OFFENTLIGGØRELSE", "Lukket del (fortroligt)") heads closed points as the heading alone does;
  a closed mark typed or OCR'd without Danish letters ("OFFENTLIGGORELSE") is a closed mark.
- A Word document saved as a web page sets its points in a table row each, the title cell
  holding the title, the case line and the body as paragraphs of their own: each is read as a
  line of its own, so the title is a heading and the case line the point's case.
- A bracketed closed mark before a point's number ("(Lukket) 24 Title": a lock icon as text)
  heads a closed point.
- A separator inside brackets ("the Danish minutes (Referat – Integrationsrådet) are
  binding") splits no title line into a board's name.
- A header label "Bestyrelse:" that names a board ("Skolebestyrelsen ved Engvejens Skole")
  gives the board in full; a list of members under the label names none.
- A board read from the header without Danish letters (OCR's "Okonomiudvalget" in a running
  head) takes the spelling the header writes elsewhere ("holdt Økonomiudvalget møde").
- A title wrapped onto a line that is a section's name in lower case ("… sendes i offentlig" /
  "høring") carries on the title; a section heading opens with a capital.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.headings import closed_mark_only, point_heading
from indexer.models import Meeting
from indexer.parse import parse_text
from indexer.pipeline import SUPPORTED_SUFFIXES
from indexer.read import decode_text


def _read(text: str, name: str = "x.txt") -> Meeting:
    return parse_text(decode_text(text.encode("utf-8"), Path(name)), name)


def _read_bytes(data: bytes, name: str) -> Meeting:
    return parse_text(decode_text(data, Path(name)), name)


# --- e-mail -------------------------------------------------------------------------------

_MAIL_BODY = (
    "Kære medlemmer\n\nHer er referatet.\n\nREFERAT - ÆLDRERÅDET\n\nMøde: 03/02/2031 kl. 10.00\n\n"
    "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
    "2. Nye bænke på torvet\nJ.nr. 05.01.00-G01-7-31\n\nRådet ønsker flere bænke med armlæn.\n\n"
    "3. Lukket punkt - klagesag\n\nKlagen fra Aksel Tornby behandles af Ankestyrelsen.\n"
)


def _mail(body: bytes, encoding: str, subtype: str = "plain", attach: bool = True) -> bytes:
    parts = [
        b"From: Sekretariatet <sek@nowhere.invalid>\n"
        b"To: raadet@nowhere.invalid\n"
        b"Subject: Referat fra =?utf-8?q?=C3=86ldrer=C3=A5dets_m=C3=B8de?= 3. februar 2031\n"
        b"Date: Tue, 04 Feb 2031 09:00:00 +0100\n"
        b"MIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\n\n'
        b"--XYZ\n"
        b"Content-Type: text/" + subtype.encode() + b'; charset="utf-8"\n'
        b"Content-Transfer-Encoding: " + encoding.encode() + b"\n\n" + body + b"\n"
    ]
    if attach:
        parts.append(
            b"--XYZ\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
            b'Content-Disposition: attachment; filename="bilag.pdf"\n\n'
            b"JVBERi0xLjQKJSBub3RoaW5nCg==\n"
        )
    parts.append(b"--XYZ--\n")
    return b"".join(parts)


def test_an_eml_file_is_a_supported_minutes_file() -> None:
    assert ".eml" in SUPPORTED_SUFFIXES


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_a_mail_is_read_from_its_encoded_body(encoding: str) -> None:
    import base64
    import quopri

    raw = _MAIL_BODY.encode("utf-8")
    body = quopri.encodestring(raw) if encoding == "quoted-printable" else base64.encodebytes(raw)
    m = _read_bytes(_mail(body, encoding), "referat.eml")
    assert m.board == "Ældrerådet"
    assert m.date.isoformat() == "2031-02-03"
    assert [p.number for p in m.points] == [1, 2, 3]
    assert m.points[1].case_number == "05.01.00-G01-7-31"
    assert m.points[2].closed and not m.points[2].sections
    assert not any("JVBER" in s.text for p in m.points for s in p.sections)


def test_the_subject_opens_the_text() -> None:
    text = decode_text(_mail(b"Godkendt.", "7bit"), Path("x.eml"))
    assert text.splitlines()[0] == "Referat fra Ældrerådets møde 3. februar 2031"
    assert "bilag.pdf" not in text


def test_a_mail_with_only_html_is_read_as_a_page() -> None:
    html = (
        b"<html><body><h1>Referat</h1><p>M&oslash;de: 03/02/2031</p>"
        b"<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p>"
        b"<h2>2. Nye b&aelig;nke p&aring; torvet</h2><p>R&aring;det &oslash;nsker b&aelig;nke.</p>"
        b"<script>var hidden = 1;</script></body></html>"
    )
    text = decode_text(_mail(html, "8bit", "html", attach=False), Path("x.eml"))
    assert "2. Nye bænke på torvet" in text.splitlines()
    assert "hidden" not in text


# --- a closed group's heading with a mark after it ----------------------------------------

_GROUPED = (
    "Økonomiudvalget\nReferat\nMødedato: 9. marts 2031\n\n"
    "Pkt. 40. Regnskab 2030\n\nRegnskabet viser overskud.\n\nBeslutning:\nGodkendt.\n\n"
    "{group}\n\n"
    "Pkt. 41. Køb af ejendom\n\nSælger, Tornby Maskinstation, vil have 2 mio. kr.\n\n"
    "Beslutning:\nBorgmesteren forhandler videre.\n"
)


@pytest.mark.parametrize(
    "group",
    [
        "LUKKET MØDE  - IKKE TIL OFFENTLIGGØRELSE",
        "LUKKET MØDE - IKKE TIL OFFENTLIGGORELSE",
        "Lukket del (fortroligt)",
        "Lukkede punkter: ej til offentliggørelse",
    ],
)
def test_a_closed_group_heading_with_a_mark_closes_the_points_below(group: str) -> None:
    m = _read(_GROUPED.format(group=group))
    assert [(p.number, p.closed) for p in m.points] == [(40, False), (41, True)]
    assert "Tornby" not in " ".join(s.text for p in m.points for s in p.sections)


def test_a_closed_mark_without_danish_letters_is_a_mark() -> None:
    assert closed_mark_only("IKKE TIL OFFENTLIGGORELSE")
    assert closed_mark_only("ikke offentliggjort")
    assert not closed_mark_only("Ikke til debat")


def test_a_group_heading_with_a_title_after_it_stays_no_group() -> None:
    """'Lukket møde – Køb af jord': a title after the dash, no mark; the line is a closed
    point of its own (as before), and the points below stay as they are marked themselves."""
    m = _read(_GROUPED.format(group="Lukket møde – Køb af jord ved havnen"))
    by_number = {p.number: p.closed for p in m.points}
    assert by_number[40] is False and by_number[41] is False


# --- a Word web page's point table -----------------------------------------------------------

_WORD_TABLE = """<html><head><title>Vejudvalget</title></head><body>
<p class=MsoNormal><b>Vejudvalget</b></p><p class=MsoNormal><b>Beslutningsprotokol</b></p>
<p class=MsoNormal>Mødet afholdt 3.2.2031 kl. 9.00.</p>
<table border=1>
<tr><td><p><b>Pkt.</b></p></td><td><p><b>Sag</b></p></td><td><p><b>Beslutning</b></p></td></tr>
<tr><td><p><b>1.</b></p></td><td><p><b>Godkendelse af dagsorden</b></p></td>
<td><p>Godkendt.</p></td></tr>
<tr><td><p><b>2.</b></p></td><td><p><b>Nyt fortov på Skolevej</b></p>
<p><span>Sag nr. 2031/0044</span></p>
<p>Fortovet er i dårlig stand over en strækning på 400 meter og skal lægges om.</p></td>
<td><p>Godkendt.</p></td></tr>
<tr><td><p><b>3.</b></p></td><td><p><b>FORTROLIG – Erstatningskrav</b></p>
<p><span>Sag nr. 2030/0412</span></p>
<p>Skadelidte, Bent Ravnkilde, kræver erstatning for et fald på fortovet.</p></td>
<td><p>Kravet afvises.</p></td></tr>
</table></body></html>"""


def test_a_word_point_table_reads_each_paragraph_of_a_cell_apart() -> None:
    m = _read(_WORD_TABLE, "protokol.htm")
    assert [(p.number, p.title, p.case_number, p.closed) for p in m.points] == [
        (1, "Godkendelse af dagsorden", None, False),
        (2, "Nyt fortov på Skolevej", "2031/0044", False),
        (3, "FORTROLIG – Erstatningskrav", "2030/0412", True),
    ]
    assert "Ravnkilde" not in " ".join(s.text for p in m.points for s in p.sections)


# --- a closed mark before the number ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("(Lukket) 24 Opkøb af areal", 24, "Opkøb af areal"),
        ("[Fortroligt] 7. Personalesag", 7, "Personalesag"),
        ("(Lukket punkt) 12. Salg af grund", 12, "Salg af grund"),
    ],
)
def test_a_bracketed_mark_before_the_number_heads_a_closed_point(
    line: str, number: int, title: str
) -> None:
    head = point_heading(line)
    assert head is not None
    assert (head.number, head.title, head.closed) == (number, title, True)


def test_a_lock_icon_before_a_summarys_number_closes_that_point_only() -> None:
    page = """<html><body><h1>Referat - Byrådet - 13. marts 2031</h1>
<details open><summary><span class="no">5</span> <span class="title">Nyt tag på hallen</span>
</summary><div>Sagsnr. 31/0005</div><h4>Sagsfremstilling</h4><p>Taget er utæt.</p></details>
<details><summary><span class="lock">&#128274;</span> <span class="no">6</span>
<span class="title">Køb af grund (Lukket punkt)</span></summary>
<p>Dette punkt er behandlet på lukket møde og offentliggøres ikke.</p></details>
</body></html>"""
    m = _read(page, "referat.html")
    assert [(p.number, p.closed) for p in m.points] == [(5, False), (6, True)]


# --- a separator inside brackets ------------------------------------------------------------


def test_a_separator_inside_brackets_names_no_board() -> None:
    text = (
        "This is a translation; the Danish minutes (Referat – Seniorrådet) are binding.\n\n"
        "Senior Council\n\nMeeting held on 5 May 2031\n\n"
        "Item 1 - Approval of the agenda\n\nDecision\n\nApproved.\n\n"
        "Item 2 - Benches in the park\n\nDecision\n\nApproved.\n"
    )
    assert _read(text).board.startswith("Senior Council")


# --- a wrapped title ending in a section's word -----------------------------------------------


def test_a_section_word_in_lower_case_carries_on_a_wrapped_title() -> None:
    text = (
        "Plan- og Miljøudvalget\nReferat\nMødedato: 07-09-2031\n\n"
        "10. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "11. Lokalplan for boliger ved Åen - udsendelse i offentlig\nhøring\n\n"
        "Sagsnr.: 31/8812\n\nSagsfremstilling:\nPlanen sendes i høring.\n\n"
        "Beslutning:\nGodkendt.\n"
    )
    m = _read(text)
    assert m.points[1].title == "Lokalplan for boliger ved Åen - udsendelse i offentlig høring"
    assert m.points[1].case_number == "31/8812"


# --- the board -------------------------------------------------------------------------------

_LABELLED = (
    "Referat af møde i skolebestyrelsen\n\nDato: 12.11.2031\n\nBestyrelse: {value}\n\n"
    "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budget 2032\n\nSag nr. 2031-114\n\n"
    "Godkendt.\n"
)


@pytest.mark.parametrize(
    ("value", "board"),
    [
        ("Skolebestyrelsen ved Åskolen", "Skolebestyrelsen ved Åskolen"),
        ("Anna Holm, Bo Ris, Carl Dam", "Skolebestyrelsen"),
    ],
)
def test_a_board_label_names_the_board_in_full(value: str, board: str) -> None:
    assert _read(_LABELLED.format(value=value)).board == board


def test_an_ocr_board_without_danish_letters_takes_the_headers_spelling() -> None:
    text = (
        "SØNDERVIG KOMMUNE                                Side 12\n"
        "  Okonomiudvalget                     Mødet den 15. juni 2031\n\n"
        "  År 2031, tirsdag den 15. juni kl. 16.00 holdt Økonomiudvalget møde.\n\n"
        "  Pkt. 12.     Budgetopfølgning.\n\n  Forbruget følger budgettet.\n\n"
        "  Beslutning:\n  Taget til efterretning.\n\n"
        "  Pkt. 13.     Tilskud til klubhus.\n\n  Klubben søger tilskud.\n\n"
        "  Beslutning:\n  Anbefales.\n"
    )
    assert _read(text).board == "Økonomiudvalget"


def test_a_plain_text_under_a_mails_name_is_read_as_text() -> None:
    text = "Dato: 3. februar 2031\nÆldrerådet\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n"
    assert decode_text(text.encode(), Path("x.eml")).startswith("Dato: 3. februar 2031")
