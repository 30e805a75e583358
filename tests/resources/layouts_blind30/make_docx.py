"""Builds 03_bregnholt_social-og-sundhedsudvalget_2020.docx (invented meeting).

Run with a Python that has python-docx:
    python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("03_bregnholt_social-og-sundhedsudvalget_2020.docx")

POINTS = [
    {
        "no": 1,
        "title": "Godkendelse af dagsorden",
        "case": "19/23810",
        "sections": [
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 2,
        "title": "Rehabiliteringsforløb efter servicelovens § 83 a - status 2019",
        "case": "19/18872",
        "sections": [
            ("Resume", [
                "Udvalget orienteres om resultaterne af rehabiliteringsforløb i 2019.",
            ]),
            ("Sagsfremstilling", [
                "I 2019 har 318 borgere gennemført et rehabiliteringsforløb, før der blev taget "
                "stilling til hjemmehjælp. 61 % af borgerne havde efter forløbet ikke længere behov "
                "for praktisk hjælp, og yderligere 17 % havde et reduceret behov.",
                "Forløbene varer i gennemsnit 9 uger og gennemføres af et tværfagligt team med "
                "ergoterapeuter, fysioterapeuter og social- og sundhedsassistenter.",
            ]),
            ("Indstilling", [
                "Social og Sundhed indstiller, at orienteringen tages til efterretning.",
            ]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
    {
        "no": 3,
        "title": "Kvalitetsstandard for madservice 2020",
        "case": "19/21455",
        "sections": [
            ("Sagsfremstilling", [
                "Kvalitetsstandarden for madservice skal revideres årligt. Det foreslås, at "
                "borgerne fremover kan vælge mellem tre hovedretter hver dag, og at maden "
                "leveres køle-frisk to gange om ugen i stedet for tre.",
                "Prisen for en hovedret inklusive levering foreslås fastsat til 56 kr. fra "
                "1. februar 2020. Biretter koster uændret 14 kr.",
            ]),
            ("Økonomi", [
                "Den ændrede leveringsfrekvens giver en besparelse på ca. 310.000 kr. årligt "
                "på kørselsudgifterne.",
            ]),
            ("Indstilling", [
                "Det indstilles, at kvalitetsstandarden for madservice godkendes.",
            ]),
            ("Beslutning", [
                "Godkendt, idet udvalget ønsker en brugerundersøgelse efter et halvt år.",
            ]),
        ],
    },
    {
        "no": 4,
        "title": "Forebyggelsespakke: Rygestop for unge",
        "case": "19/24491",
        "sections": [
            ("Sagsfremstilling", [
                "Sundhedsprofilen viser, at 14 % af de 16-24-årige i Bregnholt Kommune ryger "
                "dagligt. Forvaltningen foreslår et rygestopforløb målrettet erhvervsskolen og "
                "gymnasiet med gratis nikotinerstatning i 8 uger.",
            ]),
            ("Økonomi", [
                "Forløbet koster 240.000 kr. i 2020 og finansieres af puljen til forebyggelse.",
            ]),
            ("Indstilling", [
                "Det indstilles, at rygestopforløbet igangsættes.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 5,
        "title": "Køb af pladser på privat botilbud",
        "case": "19/22903",
        "closed": True,
        "sections": [
            ("", ["Punktet er lukket."]),
            ("Sagsfremstilling", [
                "Forvaltningen anbefaler, at der indgås aftale med botilbuddet ejet af "
                "Poul Erik Hvidkjær Damsgaard om to pladser til en samlet årlig pris på "
                "1.212.640 kr.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 6,
        "title": "Orientering fra direktøren",
        "case": "20/00107",
        "sections": [
            ("Sagsfremstilling", [
                "Direktøren orienterede om, at det nye plejecenter Solbakken forventes "
                "indviet 1. maj 2020, og at 32 medarbejdere er rekrutteret til centret.",
            ]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "Bregnholt Kommune\tReferat"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Bregnholt Kommune · Rådhuspladsen 2 · 6640 Bregnholt"

    title = doc.add_paragraph()
    run = title.add_run("REFERAT")
    run.bold = True
    run.font.size = Pt(20)
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT

    meta = [
        ("UDVALG", "Social- og Sundhedsudvalget"),
        ("MØDEDATO", "09.01.2020"),
        ("STARTTIDSPUNKT", "15:00"),
        ("SLUTTIDSPUNKT", "17:10"),
        ("MØDESTED", "Mødelokale B, Bregnholt Rådhus"),
        ("MEDLEMMER", "Grethe Nørskov (A), Carl Emil Bitsch (V), Jytte Hamann (A), "
                      "Ulla Fogh (SF), Søren Knudstrup (DF)"),
        ("FRAVÆRENDE", "Søren Knudstrup (DF)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in meta:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value

    doc.add_paragraph()
    doc.add_paragraph("Indhold").runs[0].bold = True
    for p in POINTS:
        doc.add_paragraph(f"{p['no']}. {p['title']}")
    doc.add_page_break()

    for p in POINTS:
        doc.add_heading(f"{p['no']}. {p['title']}", level=1)
        doc.add_paragraph(f"Acadre sagsnr.: {p['case']}")
        for head, paras in p["sections"]:
            if head:
                hp = doc.add_paragraph()
                hp.add_run(head).bold = True
            for text in paras:
                doc.add_paragraph(text)
        doc.add_paragraph()

    doc.add_paragraph("Mødet hævet kl. 17:10.")
    doc.save(OUT)


if __name__ == "__main__":
    main()
