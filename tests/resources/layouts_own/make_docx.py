"""Write the two Word fixtures of this folder: invented minutes in the forms staff make in Word.

- klima-2023-09-05.docx: points as "Heading 1" paragraphs with no number in their text (Word's
  numbering, if any, is not text), sections as "Heading 2", a closed point by a "Lukket punkt:"
  prefix, a header heading ("Deltagere") and a last point with no case number or section.
- social-2022-03-14.docx: the meeting's header in a table at the top, points as bold numbered
  paragraphs ("Punkt 1 Title") over a table "Sagsnr. | 22/1234", "Åben/Lukket | Lukket",
  section labels as bold runs of their own; one point closed by its table only.
- aeldre-2024-01-09.docx: points as unnumbered "Heading 2" paragraphs under "Heading 1" groups
  ("Åbne punkter", "Lukkede punkter": the closed point is closed by its group alone), section
  labels as bold runs, a first point "Meddelelser" with only a bulleted list.
- forsyning-2023-12-12.docx: points as "Heading 1" numbered by Word's own list numbering from
  23 (in numPr, not in the text), a closed point marked "(Lukket)" after its title.

All names, places, case numbers and sentences are invented.

Run from the repository root: python tests/resources/layouts_own/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).parent

KLIMA = [
    ("Title", "Klima- og Miljøudvalget"),
    (None, "Referat af ordinært møde tirsdag den 5. september 2023 kl. 15.00 i mødelokale 2"),
    ("Heading 1", "Deltagere"),
    (None, "Anna Thorsen (formand), Bo Lind, Carla Mikkelsen, Dennis Aagaard"),
    ("Heading 1", "Godkendelse af dagsorden"),
    (None, "Sagsnr.: 23/10001"),
    ("Heading 2", "Beslutning"),
    (None, "Dagsordenen blev godkendt."),
    ("Heading 1", "Plan for klimatilpasning ved Lindå"),
    (None, "Sagsnr.: 23/10412"),
    ("Heading 2", "Sagsfremstilling"),
    (
        None,
        "Lindå går over sine bredder flere gange om året. Forvaltningen foreslår et "
        "regnvandsbassin ved Mosegårdsvej til 3,2 mio. kr.",
    ),
    ("Heading 2", "Indstilling"),
    (None, "Forvaltningen indstiller, at planen sendes i høring i otte uger."),
    ("Heading 2", "Beslutning"),
    (None, "Indstillingen blev godkendt. Høringen starter den 1. oktober."),
    ("Heading 1", "Lukket punkt: Erstatning for oversvømmet kælder"),
    (None, "Sagsnr.: 23/10988"),
    ("Heading 2", "Sagsfremstilling"),
    (None, "Grundejeren på Pileurtvej kræver 85.000 kr. for ødelagte møbler i kælderen."),
    ("Heading 2", "Beslutning"),
    (None, "Kravet blev afvist."),
    ("Heading 1", "Affaldssortering i sommerhusområder"),
    (None, "Sagsnr.: 23/11230"),
    ("Heading 2", "Sagsfremstilling"),
    (
        None,
        "Sommerhusejere skal fra 2024 sortere i fire fraktioner. Tømning sker hver 14. dag "
        "fra maj til september.",
    ),
    ("Heading 2", "Beslutning"),
    (None, "Godkendt med den ændring, at tømning sker ugentligt i juli."),
    ("Heading 1", "Eventuelt"),
    (
        None,
        "Bo Lind spurgte til støjen fra vindmøllerne ved Hedeby. Forvaltningen svarer skriftligt.",
    ),
]

SOCIAL_HEADER = [
    ("Udvalg", "Socialudvalget"),
    ("Mødedato", "14.03.2022"),
    ("Mødested", "Rådhuset, lokale 117"),
    ("Starttidspunkt", "16:00"),
]

# (title line, case number, status, [(section, text), ...])
SOCIAL_POINTS = [
    (
        "Punkt 1 Meddelelser",
        "22/2001",
        "Åben",
        [
            ("Sagsfremstilling", "Formanden orienterede om det nye botilbud."),
            ("Beslutning", "Taget til efterretning."),
        ],
    ),
    (
        "Punkt 2 Aflastning for forældre til børn med handicap",
        "22/2145",
        "Åben",
        [
            (
                "Sagsfremstilling",
                "Aflastningshuset Solsikken får fire pladser mere, så ventetiden bliver kortere.",
            ),
            (
                "Indstilling",
                "Forvaltningen indstiller, at udvidelsen finansieres af puljen til nære tilbud.",
            ),
            ("Beslutning", "Godkendt."),
        ],
    ),
    (
        "Punkt 3 Tilsyn med botilbuddet Bakkehuset",
        "22/2290",
        "Lukket",
        [
            (
                "Sagsfremstilling",
                "Tilsynet fandt at nattevagten på Bakkehuset sov i tjenesten tre nætter i træk.",
            ),
            ("Beslutning", "Sagen blev drøftet."),
        ],
    ),
    (
        "Punkt 4 Takster for madservice 2022",
        "22/2333",
        "Åben",
        [
            ("Sagsfremstilling", "En hovedret koster fra 1. april 58 kr. inkl. udbringning."),
            ("Beslutning", "Taksterne blev godkendt."),
        ],
    ),
]


# (title, case number, [(section, text), ...]) by group.
AELDRE = [
    ("Åbne punkter", [
        ("Meddelelser", None, []),
        ("Demensplan 2024-2027", "24/0401", [
            ("Sagsfremstilling", "Planen har fire spor: pårørende, boliger, aflastning og viden."),
            ("Beslutning", "Godkendt."),
        ]),
        ("Sundhedshus i Vestby", "24/0500", [
            ("Sagsfremstilling", "Sundhedshuset åbner i august 2025 med læger og fysioterapi."),
            ("Beslutning", "Orienteringen blev taget til efterretning."),
        ]),
    ]),
    ("Lukkede punkter", [
        ("Klage over plejen på Solgården", "24/0409", [
            ("Sagsfremstilling", "Datteren oplyser at moderen lå uden tilsyn i to døgn."),
            ("Beslutning", "Drøftet."),
        ]),
    ]),
]  # fmt: skip


def build_aeldre(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Ældre- og Sundhedsudvalget", style="Title")
    document.add_paragraph("Referat fra mødet den 9. januar 2024 kl. 13.00 på Solgården")
    for group, points in AELDRE:
        document.add_paragraph(group, style="Heading 1")
        for title, case, sections in points:
            document.add_paragraph(title, style="Heading 2")
            if case:
                document.add_paragraph(f"Sagsnr.: {case}")
            for name, text in sections:
                document.add_paragraph().add_run(name).bold = True
                document.add_paragraph(text)
            if not sections:
                for item in (
                    "Ny leder på Solgården fra 1. februar.",
                    "80 pct. af beboerne er vaccineret mod influenza.",
                ):
                    document.add_paragraph(item, style="List Bullet")
    document.core_properties.author = "Referat tests"
    document.save(str(path))


FORSYNING = [
    ("Godkendelse af dagsorden", "23/40001", [("Beslutning", "Godkendt.")]),
    ("Vandpris for 2024", "23/40120", [
        ("Sagsfremstilling", "Prisen for en kubikmeter vand stiger fra 9,50 kr. til 11,25 kr."),
        ("Beslutning", "Godkendt."),
    ]),
    ("Aftale med vognmand om slamkørsel (Lukket)", "23/40388", [
        ("Sagsfremstilling", "Vognmanden har kørt slam til en ulovlig losseplads ved Grønnemose."),
        ("Beslutning", "Aftalen opsiges."),
    ]),
    ("Udskiftning af vandrør i Østerby", "23/40410", [
        ("Sagsfremstilling", "Rørene fra 1962 udskiftes over tre år for 6,4 mio. kr."),
        ("Beslutning", "Godkendt."),
    ]),
]  # fmt: skip
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def build_forsyning(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Forsyningsudvalget", style="Title")
    document.add_paragraph("Referat af mødet tirsdag den 12. december 2023 kl. 9.00")
    # A list of its own, counting from 23 as "23.", "24.", ...: Word's numbering, no text.
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {_W} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="23"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for title, case, sections in FORSYNING:
        heading = document.add_paragraph(title, style="Heading 1")
        heading._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
        )
        document.add_paragraph(f"Sagsnr.: {case}")
        for name, text in sections:
            document.add_paragraph(name, style="Heading 2")
            document.add_paragraph(text)
    document.core_properties.author = "Referat tests"
    document.save(str(path))


def build_klima(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Klima- og Miljøudvalget 05.09.2023"
    section.footer.paragraphs[0].text = "Side 1 af 3"
    for style, text in KLIMA:
        document.add_paragraph(text, style=style)
    document.core_properties.author = "Referat tests"
    document.save(str(path))


def build_social(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Referat", style="Title")
    table = document.add_table(rows=len(SOCIAL_HEADER), cols=2)
    for row, (label, value) in zip(table.rows, SOCIAL_HEADER, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    for title, case, status, sections in SOCIAL_POINTS:
        document.add_paragraph().add_run(title).bold = True
        table = document.add_table(rows=2, cols=2)
        for row, cells in zip(
            table.rows, [("Sagsnr.", case), ("Åben/Lukket", status)], strict=True
        ):
            row.cells[0].text, row.cells[1].text = cells
        for name, text in sections:
            document.add_paragraph().add_run(name).bold = True
            document.add_paragraph(text)
    document.core_properties.author = "Referat tests"
    document.save(str(path))


if __name__ == "__main__":
    build_klima(HERE / "klima-2023-09-05.docx")
    build_social(HERE / "social-2022-03-14.docx")
    build_aeldre(HERE / "aeldre-2024-01-09.docx")
    build_forsyning(HERE / "forsyning-2023-12-12.docx")
