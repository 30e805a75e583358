"""Builds ravnsholm_ssu_referat.docx (invented minutes) with python-docx.

Run: python make_docx.py   (writes the .docx next to this script)
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("ravnsholm_ssu_referat.docx")

POINTS = [
    {
        "nr": "1)",
        "title": "Godkendelse af dagsorden",
        "journal": "00.01.00-A00-31-26",
        "fields": [("Beslutning", ["Godkendt."])],
    },
    {
        "nr": "2)",
        "title": "Status på rekruttering af social- og sundhedspersonale",
        "journal": "81.00.00-P20-2-26",
        "fields": [
            ("Resumé", ["Udvalget orienteres om status på rekrutteringsindsatsen på ældreområdet."]),
            ("Sagsfremstilling", [
                "Der er pr. 1. marts 2026 i alt 47 ubesatte stillinger som social- og sundhedshjælper "
                "og -assistent i Ravnsholm Kommune. Det er 9 færre end på samme tid sidste år.",
                "Forbedringen skyldes især, at kommunen har oprettet 30 ekstra elevpladser, og at "
                "flere deltidsansatte har fået tilbudt fuld tid.",
            ]),
            ("Indstilling", ["Direktionen indstiller, at orienteringen tages til efterretning."]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
    {
        "nr": "3)",
        "title": "Ny model for visitation til hjemmepleje",
        "journal": "27.12.04-P22-1-26",
        "fields": [
            ("Sagsfremstilling", [
                "Forvaltningen foreslår, at visitationen til praktisk hjælp fremover sker ved et "
                "hjemmebesøg med både visitator og terapeut, så borgeren tilbydes et "
                "rehabiliteringsforløb, før der bevilges varig hjælp.",
            ]),
            ("Økonomi", ["Modellen forventes at være udgiftsneutral i 2026."]),
            ("Indstilling", ["Direktionen indstiller, at den nye model godkendes med virkning fra 1. juni 2026."]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "nr": "4)",
        "title": "Handleplan for demensvenlig kommune 2026-2028",
        "journal": "29.09.00-P20-4-26",
        "fields": [
            ("Resumé", ["Forslag til handleplan, der skal gøre Ravnsholm til en demensvenlig kommune."]),
            ("Sagsfremstilling", [
                "Ca. 1.100 borgere i Ravnsholm Kommune lever med en demenssygdom. Handleplanen "
                "indeholder fire indsatser:",
                "- Ansættelse af to ekstra demenskoordinatorer, så pårørende kan få en fast kontaktperson.",
                "- Et aflastningstilbud om aftenen og i weekender på Lyngbo Dagcenter.",
                "- Kursus for ansatte i butikker, busser og biblioteker i at møde borgere med demens.",
                "- Pårørendegrupper i alle tre lokalområder.",
            ]),
            ("Økonomi", ["Handleplanen koster 2,3 mio. kr. årligt og finansieres af ældrepuljen."]),
            ("Indstilling", ["Direktionen indstiller, at handleplanen godkendes."]),
            ("Beslutning", ["Godkendt. Udvalget ønsker en status om et år."]),
        ],
    },
    {
        "nr": "5)",
        "title": "Kvartalsrapport for misbrugsbehandlingen",
        "journal": "29.09.06-A00-1-26",
        "fields": [
            ("Sagsfremstilling", [
                "I 4. kvartal 2025 var 212 borgere i behandling for alkohol- eller stofmisbrug. "
                "Ventetiden på at starte behandling var i gennemsnit 9 dage.",
            ]),
            ("Indstilling", ["Direktionen indstiller, at rapporten tages til efterretning."]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
    {
        "nr": "6)",
        "title": "Ikke offentligt: Klagesag vedrørende tilsyn på plejecenter",
        "journal": "27.45.00-K07-3-26",
        "closed": True,
        "fields": [
            ("Sagsfremstilling", [
                "Datteren til beboeren Anna-Grethe Lunøe har klaget over manglende "
                "medicinhåndtering. Styrelsen for Patientsikkerhed har varslet et påbud.",
            ]),
            ("Beslutning", ["Drøftet. Forvaltningen følger op."]),
        ],
    },
    {
        "nr": "7)",
        "title": "Eventuelt",
        "journal": None,
        "fields": [("Beslutning", ["Intet."])],
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Ravnsholm Kommune\tSocial- og Sundhedsudvalget\tReferat"
    footer = section.footer.paragraphs[0]
    footer.text = "Referat - Social- og Sundhedsudvalget - 8. apr. 2026"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Referat", level=0)
    doc.add_paragraph("Social- og Sundhedsudvalget")

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [
        ("Mødedato", "8. apr. 2026"),
        ("Mødetid", "14.00 - 16.30"),
        ("Mødested", "Mødelokale Ravnen, Ravnsholm Rådhus"),
        ("Deltagere", "Susanne Leth (A), formand; Bjarne Holmsted (V); Pia Kronborg (A); "
                      "Tobias Wend (SF); Gitte Abildgaard (K)"),
        ("Afbud", "Tobias Wend (SF)"),
    ]:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value

    doc.add_paragraph()
    doc.add_heading("Indholdsfortegnelse", level=2)
    for p in POINTS:
        doc.add_paragraph(f"{p['nr']} {p['title']}")

    doc.add_page_break()

    for p in POINTS:
        doc.add_heading(f"{p['nr']} {p['title']}", level=1)
        if p.get("closed"):
            para = doc.add_paragraph()
            run = para.add_run("Lukket punkt - behandles for lukkede døre")
            run.italic = True
            run.font.color.rgb = RGBColor(0xA0, 0x00, 0x00)
        if p["journal"]:
            para = doc.add_paragraph()
            para.add_run("Journalnummer: ").bold = True
            para.add_run(p["journal"])
        for heading, paras in p["fields"]:
            hp = doc.add_paragraph()
            hp.add_run(heading).bold = True
            for text in paras:
                doc.add_paragraph(text)
        if p["nr"] != "1)":
            doc.add_paragraph("Afbud: Tobias Wend (SF)")

    doc.add_paragraph()
    doc.add_paragraph("Susanne Leth, formand")
    doc.core_properties.title = "Referat Social- og Sundhedsudvalget 8. apr. 2026"
    doc.core_properties.author = "Ravnsholm Kommune"
    doc.save(OUT)


if __name__ == "__main__":
    main()
