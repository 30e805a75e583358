"""Build 05_bakkeby_social_sundhed.docx (invented minutes) with python-docx.

Run with: /work/main/.venv/bin/python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("05_bakkeby_social_sundhed.docx")

POINTS = [
    {
        "no": 1,
        "title": "Godkendelse af dagsorden",
        "case": "25/4402",
        "closed": False,
        "sections": [],
        "decision": "Godkendt.",
    },
    {
        "no": 2,
        "title": "Udvidelse af åbningstiden i Aktivitetscenter Lærkehøj",
        "case": "25/3318",
        "closed": False,
        "sections": [
            ("Sagsfremstilling",
             "Brugerrådet ved Aktivitetscenter Lærkehøj ønsker, at centeret holder "
             "åbent til kl. 20 to aftener om ugen, så også pårørende og yngre "
             "pensionister kan deltage i holdtræning og fællesspisning. Udvidelsen "
             "kræver 14 ekstra personaletimer om ugen, svarende til ca. 310.000 kr. "
             "årligt. Frivilligforeningen har tilbudt at stå for aftensmaden."),
            ("Indstilling",
             "Sundhed og Omsorg indstiller, at aftenåbningen afprøves i 2025 "
             "finansieret af ældrepuljen."),
        ],
        "decision": "Godkendt som forsøg frem til 31. december 2025.",
    },
    {
        "no": 3,
        "title": "Handleplan mod ensomhed blandt ældre 2025-2027",
        "case": "25/2950",
        "closed": False,
        "sections": [
            ("Sagsfremstilling",
             "Handleplanen bygger på dialogmøder med Ældrerådet, frivillige "
             "foreninger og hjemmeplejen. Den indeholder blandt andet "
             "besøgsvenner til nye enker og enkemænd, en telefonkæde i "
             "landdistrikterne og gratis kørsel til seniorklubber en gang om ugen."),
            ("Indstilling",
             "Sundhed og Omsorg indstiller, at handleplanen godkendes."),
        ],
        "decision": "Godkendt. Udvalget ønsker en status i foråret 2026.",
    },
    {
        "no": 4,
        "title": "Kvalitetsstandard for madservice",
        "case": "25/3671",
        "closed": False,
        "sections": [
            ("Sagsfremstilling",
             "Den reviderede kvalitetsstandard for madservice betyder, at borgere "
             "fremover kan vælge mellem levering af kølet mad tre gange om ugen "
             "eller varm mad hver dag. Egenbetalingen for en hovedret fastsættes "
             "til 62 kr. Borgeren kan skifte leveringsform med en uges varsel."),
            ("Indstilling",
             "Sundhed og Omsorg indstiller, at kvalitetsstandarden godkendes og "
             "træder i kraft 1. juli 2025."),
        ],
        "decision": "Godkendt.",
    },
    {
        "no": 5,
        "title": "Klagesag vedrørende hjemmehjælp",
        "case": "25/4118",
        "closed": True,
        "sections": [
            ("Sagsfremstilling",
             "Ingeborg Fallesen, Skovbrynet 22, har klaget over nedsættelse af "
             "hjælp til personlig pleje fra 5,5 til 3 timer om ugen. Pårørende "
             "oplyser, at borgeren har demens i moderat grad."),
            ("Indstilling",
             "Sundhed og Omsorg indstiller, at sagen genvurderes af en ny visitator."),
        ],
        "decision": "Godkendt.",
    },
    {
        "no": 6,
        "title": "Eventuelt",
        "case": "25/4403",
        "closed": False,
        "sections": [],
        "decision": "Intet at referere.",
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "Bakkeby Kommune - Social- og Sundhedsudvalget"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Referat", level=0)
    doc.add_paragraph("Social- og Sundhedsudvalget")
    doc.add_paragraph("Mødedato: 15-maj-2025, kl. 14.00-16.15")
    doc.add_paragraph("Mødested: Plejecenter Egebo, festsalen")

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Medlem"
    table.rows[0].cells[1].text = "Fremmøde"
    for name, status in [
        ("Lise Kragelund (formand)", "Til stede"),
        ("Torben Skytte", "Til stede"),
        ("Naja Overgaard", "Afbud"),
        ("Klaus Bech Ravn", "Til stede"),
        ("Eva Sandholm", "Til stede"),
    ]:
        row = table.add_row().cells
        row[0].text = name
        row[1].text = status

    doc.add_paragraph()

    for p in POINTS:
        doc.add_heading(f"Punkt {p['no']} - {p['title']}", level=1)
        if p["closed"]:
            closed = doc.add_paragraph()
            run = closed.add_run("LUKKET SAG")
            run.bold = True
        doc.add_paragraph(f"Acadre sagsnr.: {p['case']}")
        for heading, text in p["sections"]:
            para = doc.add_paragraph()
            para.add_run(heading).bold = True
            doc.add_paragraph(text)
        para = doc.add_paragraph()
        para.add_run("Beslutning").bold = True
        doc.add_paragraph(p["decision"])

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Referatet er godkendt af formanden."

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
