"""Write the Word fixture (børne-og-skoleudvalget-2019-11-12.docx): invented minutes as staff
write them in Word, with a page header and footer that must not be read as minutes.

Run from the repository root: python tests/resources/layouts/word/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx

PARAGRAPHS = [
    ("Title", "Børne- og Skoleudvalget – Referat"),
    (None, "Mødedato: 12.11.2019 kl. 16.30"),
    (None, "Mødested: Vestby Skole, lærerværelset"),
    ("Heading 1", "1. Skolestart for 0. klasse i august"),
    (None, "Sagsnr.: 19/18234"),
    ("Heading 2", "Sagsfremstilling"),
    (
        None,
        "Forvaltningen foreslår, at børn i 0. klasse starter i skole den 1. august i stedet "
        "for efter sommerferien, så overgangen fra børnehave bliver blidere.",
    ),
    ("TABLE", ""),
    ("Heading 2", "Beslutning i Børne- og Skoleudvalget den 12.11.2019:"),
    (None, "Godkendt. Ordningen gælder fra skoleåret 2020/21."),
    ("Heading 1", "2. Klage over skolebuskørsel (lukket)"),
    (None, "Sagsnr.: 19/19001"),
    ("Heading 2", "Sagsfremstilling"),
    (None, "Fortroligt: forældre til en elev på Nørremark Skole har klaget over chaufføren."),
    ("Heading 1", "3. Ny legeplads ved Vestby Skole"),
    (None, "Sagsnr.: 19/17550"),
    ("Heading 2", "Sagsfremstilling"),
    (
        None,
        "Skolebestyrelsen ønsker en naturlegeplads med klatretræer og bålhytte. Prisen er "
        "anslået til 640.000 kr.",
    ),
    ("Heading 2", "Beslutning i Børne- og Skoleudvalget den 12.11.2019:"),
    (None, "Udvalget afsatte 500.000 kr. fra anlægspuljen."),
]


def build(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Børne- og Skoleudvalget 12.11.2019"
    section.footer.paragraphs[0].text = "Side 1 af 2"
    for style, text in PARAGRAPHS:
        if style == "TABLE":
            table = document.add_table(rows=3, cols=2)
            for row, cells in zip(
                table.rows,
                [("Årgang", "Børn"), ("2019", "412"), ("2020", "398")],
                strict=True,
            ):
                row.cells[0].text, row.cells[1].text = cells
        else:
            document.add_paragraph(text, style=style)
    # A fixed core-properties date keeps the file byte-stable between runs.
    document.core_properties.author = "Referat tests"
    document.save(str(path))


if __name__ == "__main__":
    build(Path(__file__).with_name("boerne-skole-2019-11-12.docx"))
