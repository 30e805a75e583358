"""Builds 07_hvedeholm_kultur-og-fritidsudvalget_2002.docx (invented meeting).

Run with a Python that has python-docx:
    python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("07_hvedeholm_kultur-og-fritidsudvalget_2002.docx")

POINTS = [
    {
        "no": 1,
        "title": "Godkendelse af dagsorden",
        "case": None,
        "sections": [
            ("Beslutning", ["Dagsordenen godkendt."]),
        ],
    },
    {
        "no": 2,
        "title": "Lukning af biblioteksfilialen i Søndermark",
        "case": "87",
        "sections": [
            ("Sagsfremstilling", [
                "Udlånet i filialen i Søndermark er faldet fra 41.000 materialer i 1998 til "
                "23.500 i 2001. Biblioteksledelsen foreslår, at filialen lukkes pr. 1. oktober "
                "2002, og at der i stedet indføres en bogbus, som holder ved skolen to gange om ugen.",
                "Den ene medarbejder i filialen overflyttes til hovedbiblioteket.",
            ]),
            ("Økonomi", [
                "Lukningen giver en årlig besparelse på 318.000 kr. Bogbussen koster 120.000 kr. "
                "om året i drift.",
            ]),
            ("Indstilling", [
                "Forvaltningen indstiller, at filialen lukkes, og at bogbusordningen etableres.",
            ]),
            ("Beslutning", [
                "Anbefales over for Økonomiudvalget og Byrådet. Karl Henning Ravn (F) stemte imod.",
            ]),
        ],
    },
    {
        "no": 3,
        "title": "Fordeling af lokaletilskud til foreninger 2002",
        "case": "91",
        "sections": [
            ("Sagsfremstilling", [
                "Der er ansøgt om lokaletilskud fra 34 foreninger. Efter folkeoplysningsloven "
                "ydes tilskud med 75 % af de godkendte udgifter. Samlet udgør tilskuddet "
                "1.486.000 kr., hvilket er 42.000 kr. over budgettet.",
            ]),
            ("Indstilling", [
                "Det indstilles, at merudgiften finansieres af udvalgets pulje til uforudsete udgifter.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 4,
        "title": "Byfest 2002 – underskudsgaranti",
        "case": "102",
        "sections": [
            ("Sagsfremstilling", [
                "Handelsstandsforeningen og Hvedeholm Borgerforening arrangerer byfest på "
                "Torvet den 16.-18. august 2002 med musik, loppemarked og fyrværkeri. "
                "Arrangørerne forventer 6.000 besøgende.",
                "Foreningerne søger om en kommunal garanti, der dækker et eventuelt tab på "
                "arrangementet op til 60.000 kr.",
            ]),
            ("Indstilling", [
                "Forvaltningen indstiller, at der gives en underskudsgaranti på op til 60.000 kr., "
                "mod at der fremsendes revideret regnskab senest 1. november 2002.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 5,
        "title": "Ansættelse af kulturkonsulent (lukket)",
        "case": "108",
        "sections": [
            ("Sagsfremstilling", [
                "Ansættelsesudvalget anbefaler, at Birthe Mølgaard Juul ansættes som "
                "kulturkonsulent pr. 1. august 2002 med et personligt tillæg på 14.500 kr. årligt.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 6,
        "title": "Eventuelt",
        "case": None,
        "sections": [
            ("Beslutning", ["Intet."]),
        ],
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Hvedeholm Kommune – Kultur- og Fritidsudvalget – Referat"

    doc.add_paragraph("HVEDEHOLM KOMMUNE").runs[0].bold = True
    head = doc.add_paragraph()
    run = head.add_run("Referat af møde i Kultur- og Fritidsudvalget")
    run.bold = True
    run.font.size = Pt(16)

    for line in [
        "Mødedato: 27-maj-2002",
        "Mødetidspunkt: Kl. 17.00",
        "Mødested: Hvedeholm Bibliotek, mødesalen",
        "Fraværende: Ingen",
        "Medlemmer: Ellen Sejersbøl (A), formand, Carsten Vittrup (V), "
        "Karl Henning Ravn (F), Merete Hvass (A), Jens Otto Bune (V)",
    ]:
        doc.add_paragraph(line)

    doc.add_paragraph()
    for p in POINTS:
        doc.add_heading(f"Punkt {p['no']} - {p['title']}", level=2)
        if p["case"]:
            doc.add_paragraph(f"Sag nr. {p['case']}")
        for head_text, paras in p["sections"]:
            hp = doc.add_paragraph()
            hp.add_run(head_text + ":").underline = True
            for text in paras:
                doc.add_paragraph(text)

    doc.add_paragraph()
    doc.add_paragraph("Mødet sluttede kl. 19.15.")
    doc.add_paragraph("Ellen Sejersbøl / Carsten Vittrup / Karl Henning Ravn / Merete Hvass / Jens Otto Bune")
    doc.save(OUT)


if __name__ == "__main__":
    main()
