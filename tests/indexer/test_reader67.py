"""Round 67 of the reader: the forms layouts_blind59 (measured once, now spent) missed, in
invented words.

- A word processor's document saved as one XML file is read as the document it is, not as an
  agenda system's export: Word 2003 XML (``<w:wordDocument>``), Word's flat package (Flat OPC,
  ``<pkg:package>``) and a flat OpenDocument text (``<office:document>``, ``.fodt`` too). Their
  page headers and footers are their letterhead, never their text.
- A label that asks who may read a point in a cell of its own ("Access<TAB>Confidential - …",
  "Adgang   Lukket – …") reads as the labelled status it stands for.
- Other wordings of a closed status: the public kept out as a state ("Offentligheden
  udelukket", "Uden offentlighed", "Public excluded", "Closed to the public"), kept out of what
  is published in English ("Exempt from publication", "Withheld from publication"), and the
  English law a status rests on ("… under the Access to Public Administration Files Act").
- A line of its own that cites the point's case ("(jf. kommunens sag 23-0561)", "Se sagsnr.
  24/1234") gives its case number; a sentence that cites a case in passing does not.
- A closed part's words under a point's case number with the point's first sentence below them
  ("Fortrolig del - ikke til offentliggørelse", a paragraph of its own in a Word file) are that
  point's status, not the heading of the points after it.
- "Sagen i korte træk" and "Kort om sagen" head the case's summary (the "Resume").
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from indexer.headings import (
    case_number,
    closing_line,
    point_heading,
    section_heading,
    status_line,
)
from indexer.parse import parse_file, parse_text
from indexer.read import read_text

# --- Word 2003 XML -------------------------------------------------------------------------

_W = "http://schemas.microsoft.com/office/word/2003/wordml"
_WX = "http://schemas.microsoft.com/office/word/2003/auxHint"
_AML = "http://schemas.microsoft.com/aml/2001/core"


def _p(text: str, style: str = "", *, bold: bool = False, number: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if number:
        props += f'<w:listPr><w:ilvl w:val="0"/><wx:t wx:val="{number}"/></w:listPr>'
    run = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:p><w:pPr>{props}</w:pPr><w:r>{run}<w:t>{text}</w:t></w:r></w:p>"


def _word2003(body: str, *, styles: str = "", header: str = "") -> str:
    section = (
        f'<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>'
        "</w:sectPr>"
        if header
        else "<w:sectPr/>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument xmlns:w="{_W}" xmlns:wx="{_WX}" xmlns:aml="{_AML}">'
        f"<w:styles>{styles}</w:styles>"
        f"<w:body><wx:sect>{body}{section}</wx:sect></w:body></w:wordDocument>"
    )


_SKOLE = _word2003(
    _p("Referat", "Titel")
    + _p("Skoleudvalget", "Titel")
    + _p("Mødet onsdag den 3. marts 2021 kl. 15.00")
    + _p("Pkt. 41 Godkendelse af dagsorden", "Heading2")
    + _p("Sagsnr.: 21/0400")
    + _p("Beslutning", bold=True)
    + _p("Godkendt.")
    + _p("Pkt. 42 Ny legeplads ved Østskolen", "Heading2")
    + _p("Sagsnr.: 21/0413")
    + _p("Sagsfremstilling", bold=True)
    # A tracked deletion, a field's code, a hidden run and a comment: none of it printed.
    + '<w:p><w:r><w:t>Legepladsen koster </w:t></w:r><aml:annotation w:type="Word.Deletion">'
    "<aml:content><w:r><w:delText>GAMMELT BELØB </w:delText></w:r></aml:content></aml:annotation>"
    '<aml:annotation w:type="Word.Insertion"><aml:content><w:r><w:t>310.000 kr.</w:t></w:r>'
    "</aml:content></aml:annotation>"
    "<w:r><w:instrText> MERGEFIELD beløb </w:instrText></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
    "<w:t>SKJULT NOTE</w:t></w:r>"
    '<aml:annotation w:type="Word.Comment"><aml:content><w:p><w:r><w:t>KOMMENTAR TIL TEKSTEN'
    "</w:t></w:r></w:p></aml:content></aml:annotation></w:p>"
    + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Anlæg</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
    "<w:t>250.000 kr.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    + _p("Beslutning", bold=True)
    + _p("Godkendt.")
    + _p("Pkt. 43 Ansættelse af ny skoleleder", "Heading2")
    + _p("Sagsnr.: 21/0420")
    + _p("Fortrolig del - ikke til offentliggørelse", bold=True)
    + _p("Ansættelsesudvalget indstiller Vibeke Sandholt til stillingen.")
    + _p("Beslutning", bold=True)
    + _p("Indstillingen følges.")
    + _p("Pkt. 44 Eventuelt", "Heading2")
    + _p("Beslutning", bold=True)
    + _p("Intet."),
    header="Bøgeskov Kommune",
)


def test_a_word_2003_xml_document_is_read_as_the_document_it_is(tmp_path: Path) -> None:
    path = tmp_path / "skole.xml"
    path.write_text(_SKOLE, encoding="utf-8")
    text = read_text(path)
    assert "Legepladsen koster 310.000 kr." in text
    assert "Anlæg\t250.000 kr." in text
    for unprinted in ("GAMMELT BELØB", "MERGEFIELD", "SKJULT NOTE", "KOMMENTAR", "Bøgeskov"):
        assert unprinted not in text, unprinted
    assert "pstyle" not in text.lower()  # never read as an export's labelled facts
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (41, "Godkendelse af dagsorden", "21/0400", False),
        (42, "Ny legeplads ved Østskolen", "21/0413", False),
        (43, "Ansættelse af ny skoleleder", "21/0420", True),
        (44, "Eventuelt", None, False),
    ]
    assert "Sandholt" not in meeting.text
    # The page header is the letterhead: it names the municipality, outside the text.
    assert meeting.municipality == "Bøgeskov"


def test_word_2003_headings_by_style_and_list_numbers() -> None:
    # A template's own heading style based on "Heading 1" ("Punktoverskrift"), its titles
    # unnumbered: numbered in reading order, as a .docx's are. A list's number shown before a
    # paragraph ("1.") is printed text.
    styles = (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Punktoverskrift"><w:name w:val="Punktoverskrift"/>'
        '<w:basedOn w:val="Heading1"/></w:style>'
    )
    body = (
        _p("Referat fra Naturrådets møde 12. maj 2022")
        + _p("Dagsorden")
        + _p("Godkendelse af dagsorden", number="1.")
        + _p("Vandløb i Lilleådalen", number="2.")
        + _p("Godkendelse af dagsorden", "Punktoverskrift")
        + _p("Beslutning")
        + _p("Godkendt.")
        + _p("Vandløb i Lilleådalen", "Punktoverskrift")
        + _p("Sagsfremstilling")
        + _p("Rådet har fået en henvendelse om oprensning.")
        + _p("Beslutning")
        + _p("Drøftet.")
    )
    from defusedxml import ElementTree as SafeET

    from indexer.wordxml import word2003_blocks

    blocks = word2003_blocks(SafeET.fromstring(_word2003(body, styles=styles)))
    assert ("Punktoverskrift", "heading 1", "Heading1") in [s for s, _ in blocks]
    assert "1. Godkendelse af dagsorden" in [t for _, t in blocks]
    meeting = parse_text(
        read_text_of(_word2003(body, styles=styles), "natur.xml"), "natur.xml", board="Naturrådet"
    )
    assert [(p.number, p.title) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Vandløb i Lilleådalen"),
    ]


def read_text_of(markup: str, name: str) -> str:
    from indexer.read import decode_text

    return decode_text(markup.encode("utf-8"), Path(name))


def test_an_agenda_export_is_still_read_as_labelled_lines() -> None:
    export = (
        '<?xml version="1.0" encoding="UTF-8"?><moede><udvalg>Vejudvalget</udvalg>'
        "<dato>2022-05-12</dato><punkt nr='3'><titel>Vejbump på Skolevej</titel>"
        "<felt navn='Beslutning'>Godkendt.</felt></punkt></moede>"
    )
    text = read_text_of(export, "vej.xml")
    assert "udvalg: Vejudvalget" in text
    assert "Punkt 3: Vejbump på Skolevej" in text


# --- Word's flat package (Flat OPC) ---------------------------------------------------------

_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"


def _flat_package(document: docx.document.Document) -> str:
    """A .docx written as Word writes it as "Word XML Document": each part of the zip in one
    XML file, XML parts inline, the rest base64."""
    import base64

    buffer = io.BytesIO()
    document.save(buffer)
    parts = []
    with zipfile.ZipFile(buffer) as package:
        for name in package.namelist():
            if name == "[Content_Types].xml":
                continue
            data = package.read(name)
            kind = (
                "application/vnd.openxmlformats-package.relationships+xml"
                if name.endswith(".rels")
                else _content_type(package, name)
            )
            if name.endswith((".xml", ".rels")):
                body = data.decode("utf-8")
                if body.startswith("<?xml"):
                    body = body[body.index("?>") + 2 :]
                inner = f"<pkg:xmlData>{body}</pkg:xmlData>"
            else:
                inner = f"<pkg:binaryData>{base64.b64encode(data).decode()}</pkg:binaryData>"
            parts.append(
                f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}">{inner}</pkg:part>'
            )
    return (
        '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        f'<pkg:package xmlns:pkg="{_PKG}">{"".join(parts)}</pkg:package>'
    )


def _content_type(package: zipfile.ZipFile, name: str) -> str:
    from defusedxml import ElementTree as SafeET

    types = SafeET.fromstring(package.read("[Content_Types].xml"))
    for item in types:
        if item.get("PartName") == f"/{name}":
            return item.get("ContentType") or ""
    extension = name.rsplit(".", 1)[-1]
    for item in types:
        if item.get("Extension") == extension:
            return item.get("ContentType") or ""
    return "application/octet-stream"


def test_a_flat_word_package_is_read_as_its_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Tangholm Kommune"
    document.add_paragraph("Referat af Teknisk Udvalgs møde den 7. april 2022")
    document.add_heading("5. Cykelsti langs Fjordvej", level=2)
    document.add_paragraph("Sagsnr.: 22/1180")
    document.add_paragraph("Beslutning")
    document.add_paragraph("Godkendt.")
    document.add_heading("6. Erstatning til lodsejer", level=2)
    document.add_paragraph("Sagsnr.: 22/1201")
    document.add_paragraph("Punktet behandles for lukkede døre.")
    document.add_paragraph("Lodsejeren Preben Kvist får 84.000 kr.")
    path = tmp_path / "teknik.xml"
    path.write_text(_flat_package(document), encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number, p.closed) for p in meeting.points] == [
        (5, "Cykelsti langs Fjordvej", "22/1180", False),
        (6, "Erstatning til lodsejer", "22/1201", True),
    ]
    assert "Kvist" not in meeting.text
    assert meeting.municipality == "Tangholm"
    assert "Tangholm Kommune" not in meeting.text


# --- a flat OpenDocument text -----------------------------------------------------------------

_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:master-styles><style:master-page style:name="Standard"><style:footer>
  <text:p>Lyngkær Kommune · Idrætsrådet</text:p></style:footer></style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p>Referat af Idrætsrådets møde tirsdag den 14. juni 2022</text:p>
  <text:h text:outline-level="2">1. Fordeling af haltimer</text:h>
  <table:table><table:table-row><table:table-cell><text:p>Sag</text:p></table:table-cell>
   <table:table-cell><text:p>22/3301</text:p></table:table-cell></table:table-row></table:table>
  <text:p>Beslutning</text:p><text:p>Timerne fordeles som foreslået.</text:p>
  <text:h text:outline-level="2">2. Tilskud til en klubs træner</text:h>
  <text:p>Offentligheden udelukket</text:p>
  <text:p>Sagsnr.: 22/3340</text:p>
  <text:p>Træneren Ulrik Fenger søger om 12.000 kr.</text:p>
 </office:text></office:body>
</office:document>
"""


def test_a_flat_opendocument_text_is_read_under_either_suffix(tmp_path: Path) -> None:
    for name in ("idraet.fodt", "idraet.xml"):
        path = tmp_path / name
        path.write_text(_FODT, encoding="utf-8")
        meeting = parse_file(path)
        assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
            (1, "22/3301", False),
            (2, "22/3340", True),
        ], name
        assert "Fenger" not in meeting.text
        assert meeting.municipality == "Lyngkær"
        assert "Lyngkær Kommune" not in meeting.text


# --- a label in a cell of its own ------------------------------------------------------------


def test_an_access_label_in_a_cell_of_its_own_reads_as_labelled() -> None:
    for line in (
        "Access\tConfidential - exempt from publication under the Freedom of Information Act",
        "Adgang   Lukket – kun for rådets medlemmer",
        "Offentliggøres\tNej",
        "Public\tNo",
        "Visibility\tNot public",
    ):
        assert case_number(line) == (None, True), line
    assert case_number("Adgang\tÅben") == (None, False)
    # Any other value under such a label is that label's matter, and the point stays open.
    for line in ("Access\tStep-free entrance from the car park", "Status\tI gang"):
        found = case_number(line)
        assert found is None or found[1] is False, line


_COUNCIL = """MINUTES

Integration Council

Date\tTuesday 4 October 2022

Item 7: Language cafés in the libraries

Case ref.\tKVB/2022/0711

Summary\tThe libraries propose two weekly language cafés run by volunteers.

Decision\tApproved.

Item 8: Complaint about a school transfer

Case ref.\tKVB/2022/0730

Access\tConfidential - exempt from publication under the Freedom of Information Act

Summary\tThe parents of Jonas Krogsgaard complain about the transfer.

Decision\tThe council supports the administration.

Item 9: Notes on publication

Case ref.\tKVB/2022/0744

Summary\tThe council discussed which items are exempt from publication and why.

Decision\tNoted.
"""


def test_the_access_row_closes_its_point_and_a_mention_does_not() -> None:
    meeting = parse_text(_COUNCIL, "integration.docx")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (7, "KVB/2022/0711", False),
        (8, "KVB/2022/0730", True),
        (9, "KVB/2022/0744", False),
    ]
    assert "Krogsgaard" not in meeting.text


# --- other wordings of a closed status -------------------------------------------------------


def test_the_public_kept_out_and_exempt_from_publication_are_closed_statuses() -> None:
    for line in (
        "Offentligheden udelukket",
        "Offentligheden er udelukket.",
        "Uden offentlighed",
        "Public excluded",
        "Press and public excluded",
        "Closed to the public",
        "Exempt from publication",
        "Withheld from publication",
        "Confidential – exempt from disclosure",
    ):
        assert status_line(line) is True, line
        assert closing_line(line), line
    # The English law a status rests on, as the Danish "jf. offentlighedslovens § 30".
    for line in (
        "Confidential - exempt from publication under the Freedom of Information Act",
        "Exempt from publication pursuant to section 30 of the Act",
    ):
        assert closing_line(line), line
    # Sentences that only speak of these things close nothing.
    for line in (
        "Offentligheden udelukket fra mødet? Nej, alle var velkomne.",
        "The park is closed to the public while the paths are relaid.",
        "The council asked which items are exempt from publication.",
        "Confidential under review",
    ):
        assert not closing_line(line), line
        assert status_line(line) is None, line


def test_a_closed_mark_in_a_title_in_the_new_wordings() -> None:
    text = """Referat
Fritidsudvalget
Dato: 2. februar 2022

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Lejeaftale med rideklubben (offentligheden udelukket)
Klubbens formand Karsten Ribe har bedt om lavere leje.
Beslutning
Godkendt.

3. Item on publication – exempt from publication
Beslutning
Drøftet.
"""
    meeting = parse_text(text, "fritid.txt")
    assert [p.closed for p in meeting.points] == [False, True, True]
    assert "Ribe" not in meeting.text


# --- a line that cites the point's case -------------------------------------------------------


def test_a_line_that_cites_the_case_gives_it() -> None:
    assert case_number("(jf. kommunens sag 23-0561)") == ("23-0561", False)
    assert case_number("Se sagsnr. 24/1234") == ("24/1234", False)
    assert case_number("(cf. case no. 24/1234)") == ("24/1234", False)
    assert case_number("Jf. regionens j.nr. 2021-004411") == ("2021-004411", False)
    for line in (
        "jf. sag 24/1234 og 24/1235",
        "Se side 4",
        "Jf. byrådets beslutning 12/3",
        "Udvalget behandlede sagen i marts, jf. sag 23/0101.",
        "(jf. kommunens sag om skolestruktur)",
    ):
        assert case_number(line) is None, line


_MAIL = """Kære medlemmer af Handicaprådet

Hermed referatet fra mødet mandag den 9. maj 2022 kl. 14.00.

Ad 1. Godkendelse af dagsorden
Referat:
Godkendt.

Ad 2. Høring om tilgængelighed på stationen
(jf. kommunens sag 22-0877)
Sagen:
Rådet er bedt om at svare inden 1. juni. Rådet henviser til, at en lignende sag (jf. sag
21-0412) blev behandlet sidste år.
Referat:
Formanden skriver svaret.

Ad 3. Eventuelt
Referat:
Intet.
"""


def test_the_cited_case_is_the_points_and_a_citation_in_a_sentence_is_not() -> None:
    meeting = parse_text(_MAIL, "handicapraad.eml", board="Handicaprådet")
    assert [(p.number, p.case_number) for p in meeting.points] == [
        (1, None),
        (2, "22-0877"),
        (3, None),
    ]


# --- a closed part's words under the case number --------------------------------------------

_PARAGRAPHS = """Referat

Ejendomsudvalget

Mødedato: 8. november 2022

12. Salg af byggegrunde i Nørremark

Sagsnr.: 22/5510

Sagsfremstilling

Fem grunde er solgt i år.

Beslutning

Taget til efterretning.

13. Lejemål til daginstitution

Sagsnr.: 22/5590

Lukket del - ikke til offentliggørelse

Udlejer Birkely ApS tilbyder en leje på 640.000 kr. om året.

Beslutning

Godkendt.

14. Vinterberedskab på kommunens veje

Sagsnr.: 22/5601

Sagsfremstilling

Saltlageret er fyldt op.

Beslutning

Godkendt.
"""


def test_a_closed_part_under_the_case_number_closes_that_point_alone() -> None:
    meeting = parse_text(_PARAGRAPHS, "ejendom.docx")
    assert [(p.number, p.case_number, p.closed) for p in meeting.points] == [
        (12, "22/5510", False),
        (13, "22/5590", True),
        (14, "22/5601", False),
    ]
    assert "Birkely" not in meeting.text


def test_a_closed_part_after_a_body_still_heads_the_points_below() -> None:
    text = _PARAGRAPHS.replace(
        "Taget til efterretning.\n\n13.", "Taget til efterretning.\n\nLukket møde\n\n13."
    ).replace("Lukket del - ikke til offentliggørelse\n\n", "")
    meeting = parse_text(text, "ejendom.docx")
    assert [(p.number, p.closed) for p in meeting.points] == [(12, False), (13, True), (14, True)]


# --- the summary's section ---------------------------------------------------------------


def test_the_summary_is_headed_in_a_phrase() -> None:
    for line in ("Sagen i korte træk", "Kort om sagen"):
        assert section_heading(line) == ("Resume", line), line


# --- a bar between a heading's number and its title -----------------------------------------


def test_a_bar_parts_a_headings_number_and_title() -> None:
    heading = point_heading("3 | Vejbump på Skolevej")
    assert heading is not None
    assert (heading.number, heading.title) == (3, "Vejbump på Skolevej")
    assert point_heading("3 | 4 | 5") is None  # numbers in a row of cells, no title


def test_a_web_page_heading_with_a_bar_keeps_its_title_alone(tmp_path: Path) -> None:
    page = """<html><head><title>Dagsorden - Vejudvalget</title></head><body><main>
<h1>Dagsorden</h1><p>Vejudvalget</p><p>Mødedato: 3. maj 2023</p>
<section><h2>1 | Godkendelse af dagsorden</h2><p>Sagsnr. V23-0100</p>
<h3>Indstilling</h3><p>Dagsordenen godkendes.</p></section>
<section><h2>2 | Vejbump på Skolevej</h2><p>Sagsnr. V23-0131</p>
<h3>Sagsfremstilling</h3><p>Forældre ønsker lavere fart.</p></section>
</main></body></html>"""
    path = tmp_path / "vej.html"
    path.write_text(page, encoding="utf-8")
    meeting = parse_file(path)
    assert [(p.number, p.title, p.case_number) for p in meeting.points] == [
        (1, "Godkendelse af dagsorden", "V23-0100"),
        (2, "Vejbump på Skolevej", "V23-0131"),
    ]


def test_closed_to_the_public_after_a_title_may_be_a_places() -> None:
    from indexer.headings import closed_title

    # A status line's words: after a title they may say so of a place, and the point is open.
    assert not closed_title("Stranden ved Nordmolen – closed to the public")
    assert closed_title("Klage over en afgørelse – public excluded")
    assert closed_title("Lejeaftale (offentligheden udelukket)")
