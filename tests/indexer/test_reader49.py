"""Round 49 of the reader: the layouts layouts_blind41's first read missed.

- An e-mail sent as HTML with a plain alternative that only points to it ("Referatet ses i
  HTML-udgaven"): the minutes are in the HTML part, read where its text is much the longer.
- A board's own case series alone on the line under a point's heading ("HB 25/017"), as after
  a case label, its number in a case system's shape.
- An old protocol's title names the council after its place ("VESTMOSE BYRAAD"); the minutes
  name the body that met by its word alone ("Møde i Byrådet"), and that is the board. A town's
  or an organisation's board keeps its place. (Since round 59 a parish's council keeps its
  place too, "Lindbjerg-Tofte Sogneråd": an archive holds several parishes' protocols; see
  test_reader59.py.)
- The last point's text ends before the closing lines: a typed column of "Mødet hævet" beside
  the record's approval or the signer's name and the signatures below; an e-mail's disclaimer;
  the document's end matter ruled off under an agenda's last point that has no text yet.
- Page furniture of typed and PDF pages: a rule typed with spaces ("- - - -", an OCR tilde at
  its end), a later page's running head of the board and the date the first page's opening
  sentence gives, and the municipality's name atop every page.

Every text here is invented for this test.
"""

from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

from indexer.headings import case_number
from indexer.models import Meeting
from indexer.parse import parse_file


def _parse(tmp_path: Path, name: str, text: str) -> Meeting:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _texts(meeting: Meeting) -> str:
    return "\n".join(p.text for p in meeting.points)


_HTML_MINUTES = """\
<html><body>
<p>Kære bestyrelse</p>
<p>Hermed referatet fra mødet d. 4/3-25. Punkt 3 er fortroligt.</p>
<p>Venlig hilsen<br>Gitte Lund<br>Sekretær</p>
<hr>
<h2>Bestyrelsen for Tangvig Lystbådehavn &ndash; referat</h2>
<p><b>Til stede:</b> Ole Ravn (formand), Pia Holt, Erik Sand</p>
<h3>1. Godkendelse af dagsorden</h3>
<p><i>LB 25/004</i></p>
<p>Godkendt.</p>
<h3>2. Nye pæle ved bro C</h3>
<p><i>LB 25/011</i></p>
<p>Tolv pæle ved bro C er rådne og skal skiftes inden sæsonen. Prisen er 96.000 kr.</p>
<p><b>Beslutning:</b> Godkendt.</p>
<h3>3. Restance fra bådejer (Fortroligt)</h3>
<p><i>LB 25/012</i></p>
<p>Bådejeren Asmus Fjeldgaard skylder pladsleje for to år.</p>
<p><b>Beslutning:</b> Sagen sendes til inkasso.</p>
<h3>4. Eventuelt</h3>
<p><i>LB 25/013</i></p>
<p>Pia Holt spurgte til nye skraldespande på molen.</p>
<p style="font-size:9pt">Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den
rette modtager, bedes du slette den.</p>
</body></html>
"""


def _mail(tmp_path: Path, plain: str) -> Meeting:
    message = MIMEMultipart("alternative")
    message["From"] = "Havnekontoret <havn@tangvig.dk>"
    message["To"] = "bestyrelsen@tangvig.dk"
    message["Subject"] = "Referat bestyrelsesmøde 4/3-25"
    message["Date"] = "Wed, 05 Mar 2025 10:00:00 +0100"
    message.attach(MIMEText(plain, "plain", "utf-8"))
    message.attach(MIMEText(_HTML_MINUTES, "html", "utf-8"))
    path = tmp_path / "referat.eml"
    path.write_bytes(message.as_bytes())
    return parse_file(path)


def test_a_mail_whose_plain_part_points_to_the_html_is_read_from_the_html(
    tmp_path: Path,
) -> None:
    meeting = _mail(tmp_path, "Referatet ses i HTML-udgaven af denne mail.\n")
    assert [p.number for p in meeting.points] == [1, 2, 3, 4]
    assert meeting.board == "Bestyrelsen for Tangvig Lystbådehavn"
    assert meeting.date.isoformat() == "2025-03-04"
    closed = meeting.point(3)
    assert closed is not None and closed.closed and closed.text == ""
    assert "Fjeldgaard" not in meeting.text


def test_a_board_series_case_alone_under_the_heading_is_the_case_number(tmp_path: Path) -> None:
    meeting = _mail(tmp_path, "Se HTML-versionen.\n")
    assert [p.case_number for p in meeting.points] == [
        "LB 25/004",
        "LB 25/011",
        "LB 25/012",
        "LB 25/013",
    ]
    assert case_number("HB 25/017") == ("HB 25/017", False)
    assert case_number("SB 2024-0113") == ("SB 2024-0113", False)
    # A date or a short number after capitals is no case: "KL 19/6", "TV 2/4".
    assert case_number("KL 19/6") != ("KL 19/6", False)
    assert case_number("TV 2/4") != ("TV 2/4", False)


def test_a_mail_disclaimer_is_no_text_of_the_last_point(tmp_path: Path) -> None:
    meeting = _mail(tmp_path, "Se HTML-versionen.\n")
    last = meeting.point(4)
    assert last is not None
    assert last.text == "Pia Holt spurgte til nye skraldespande på molen."


_PROTOCOL = """\
LINDBJERG-TOFTE SOGNERAAD
Forhandlingsprotokol  -  Bind II  (1954-1960)

Møde 3-marts-1958                                              Folio 88

Aar 1958, den 3. Marts, Kl. 19 holdtes Møde i Sognerådet paa Tofte
Skole. Alle Medlemmer var til Stede.

Sag nr. 1.  Protokollens Oplæsning.
   Protokollen fra sidste Møde oplæstes og godkendtes.

Sag nr. 2.  Ny Pumpe til Brandsprøjten.      J.nr. 58/07
   Brandkaptajnen foreslog Køb af en ny Pumpe for 1.900 Kr.
   Vedtaget.

Sag nr. 3.  Eventuelt.
   Intet.

Protokollen oplæst og godkendt.                Mødet hævet Kl. 20¾.

   S. Vinther     K. Boel     M. Hauge
"""


def test_an_old_protocol_names_the_council_as_the_minutes_do(tmp_path: Path) -> None:
    town = _PROTOCOL.replace("LINDBJERG-TOFTE SOGNERAAD", "VESTMOSE BYRAAD").replace(
        "Møde i Sognerådet", "Møde i Byrådet"
    )
    assert _parse(tmp_path, "by.txt", town).board == "Byrådet"
    # A parish's council keeps its place (round 59): one archive holds several parishes'.
    assert _parse(tmp_path, "protokol.txt", _PROTOCOL).board == "Lindbjerg-Tofte Sogneråd"
    # A place's local council keeps its place: the title names the board itself.
    local = _PROTOCOL.replace("LINDBJERG-TOFTE SOGNERAAD", "TOFTE LOKALRÅD").replace(
        "Møde i Sognerådet", "Møde i Lokalrådet"
    )
    assert _parse(tmp_path, "lokal.txt", local).board != "Lokalrådet"


def test_a_typed_column_that_closes_the_meeting_ends_the_last_point(tmp_path: Path) -> None:
    meeting = _parse(tmp_path, "protokol.txt", _PROTOCOL)
    last = meeting.point(3)
    assert last is not None and last.text == "Intet."
    assert "Vinther" not in _texts(meeting)
    signed = _PROTOCOL.replace(
        "Protokollen oplæst og godkendt.                Mødet hævet Kl. 20¾.",
        "Mødet slut kl. 20.45.          S. Vinther",
    )
    last = _parse(tmp_path, "signed.txt", signed).point(3)
    assert last is not None and last.text == "Intet."


_TYPED_PAGES = """\
TANGVIG KOMMUNE                                          Side 1
Miljøudvalget
------------------------------------------------------------

REFERAT

af møde i Miljøudvalget d. 6/2-96 kl. 15.00 på rådhuset.

Til stede: Jens Ravn (fmd.), Lis Holt, Bo Sand.


Punkt 1: Godkendelse af dagsorden
Sagsnr. 96/0101

Godkendt.


Punkt 2: Rensning af Møllebækken
Sagsnr. 96/0088

Bækken er groet til og skal renses på en strækning af 800 m. Prisen
er 54.000 kr.

Godkendt.

~- - - - - - - - - - - - - - - - - - - - - - - - - - -
TANGVIG KOMMUNE                                          Side 2
Miljøudvalget  6/2-96


Punkt 3: Eventuelt

Intet.
"""


def test_a_typed_page_break_leaves_no_rule_nor_running_head(tmp_path: Path) -> None:
    meeting = _parse(tmp_path, "typed.txt", _TYPED_PAGES)
    second = meeting.point(2)
    assert second is not None
    assert second.text.endswith("Godkendt.")
    assert "- - -" not in second.text and "6/2-96" not in second.text


_PDF_PAGES = (
    "Vesterholm Kommune\n"
    "Børneudvalget  -  Referat  -  Mødedato 12-03-2025\n"
    "Børneudvalget\n"
    "Onsdag den 12. marts 2025 kl. 16.00\n"
    "Punkt 1 - Godkendelse af dagsorden\n"
    "Sags-id: EMN-2025-00101\n"
    "Beslutning Godkendt.\n"
    "Punkt 2 - Legeplads ved Søndre Skole\n"
    "Sags-id: EMN-2025-00087\n"
    "Sagsfremstilling Legepladsen skal fornyes for 420.000 kr.\n"
    "Beslutning Godkendt.\n"
    "Side 1 af 2\n"
    "\f"
    "Vesterholm Kommune\n"
    "Børneudvalget  -  Referat  -  Mødedato 12-03-2025\n"
    "Punkt 3 - Meddelelser\n"
    "Sags-id: EMN-2025-00102\n"
    "Beslutning Formanden orienterede om skolernes trivselsmåling.\n"
    "Side 2 af 2\n"
)


def test_the_municipality_atop_every_page_is_furniture(tmp_path: Path) -> None:
    meeting = _parse(tmp_path, "pdftekst.txt", _PDF_PAGES)
    assert [p.number for p in meeting.points] == [1, 2, 3]
    assert "Vesterholm Kommune" not in _texts(meeting)


_RULED_AGENDA = """\
---
organ: Ældrerådet
---

# Dagsorden – Ældrerådet

Møde onsdag den 14. maj 2025 kl. 10.00

## Punkt 1: Godkendelse af dagsorden

Sag: 25/5101

Forslag: Dagsordenen godkendes.

## Punkt 2: Eventuelt

Sag: 25/5102

---

*Dagsordenen er udsendt 7. maj 2025. Referatet offentliggøres efter mødet på kommunens hjemmeside.*
"""


def test_ruled_off_end_matter_is_no_text_of_an_empty_last_point(tmp_path: Path) -> None:
    meeting = _parse(tmp_path, "dagsorden.md", _RULED_AGENDA)
    last = meeting.point(2)
    assert last is not None and last.text == ""
    # A last point whose only line names the next meeting keeps it, ruled off or not.
    nxt = _RULED_AGENDA.replace(
        "*Dagsordenen er udsendt 7. maj 2025. Referatet offentliggøres efter mødet på "
        "kommunens hjemmeside.*",
        "Næste møde holdes den 11. juni 2025.",
    )
    last = _parse(tmp_path, "naeste.md", nxt).point(2)
    assert last is not None and "Næste møde" in last.text
