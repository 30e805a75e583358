"""Builds 03_regionkattegat_regionsraadet_2014.docx (invented meeting).

Run with a Python that has python-docx:
    python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("03_regionkattegat_regionsraadet_2014.docx")

POINTS = [
    {
        "no": 1,
        "title": "Godkendelse af dagsorden",
        "case": None,
        "sections": [("Beslutning", ["Godkendt."])],
    },
    {
        "no": 2,
        "title": "Regional udviklingsstrategi 2015-2018, udkast til høring",
        "case": "1-30-72-3-14",
        "sections": [
            ("Resume", [
                "Administrationen forelægger udkast til regional udviklingsstrategi med "
                "fire indsatsområder: uddannelse, infrastruktur, grøn omstilling og "
                "sundhedsinnovation.",
            ]),
            ("Sagsfremstilling", [
                "Udkastet er udarbejdet i samarbejde med de 11 kommuner i regionen og "
                "Vækstforum. Strategien sætter blandt andet som mål, at 95 % af en "
                "ungdomsårgang skal gennemføre en ungdomsuddannelse i 2018.",
                "Høringsperioden foreslås at løbe fra 1. juli til 15. september 2014.",
            ]),
            ("Indstilling", [
                "Administrationen indstiller, at udkastet sendes i offentlig høring.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 3,
        "title": "Akutberedskab: ny placering af akutlægebil i Vestområdet",
        "case": "1-30-72-41-14",
        "sections": [
            ("Resume", [
                "Den nuværende akutlægebil i Vestområdet er stationeret ved Holmstrup "
                "Sygehus. En analyse viser, at responstiden kan forbedres ved at flytte "
                "basen.",
            ]),
            ("Sagsfremstilling", [
                "Analysen af udrykningerne i 2013 viser, at 58 % af kørslerne går til "
                "området vest for Sandholt. Det foreslås derfor, at akutlægebilen fra "
                "1. oktober 2014 stationeres på brandstationen i Sandholt.",
                "Bilen vil fortsat være bemandet døgnet rundt med en anæstesilæge og en "
                "paramediciner. Den gennemsnitlige responstid i Vestområdet forventes at "
                "falde fra 16 til 11 minutter.",
            ]),
            ("Økonomi", [
                "Flytningen kræver en engangsudgift på 650.000 kr. til indretning af "
                "opholdsfaciliteter på brandstationen. Den årlige husleje er 96.000 kr.",
            ]),
            ("Indstilling", [
                "Administrationen indstiller, at akutlægebilen flyttes som beskrevet.",
            ]),
            ("Beslutning", [
                "Godkendt. Regionsrådet ønsker en evaluering efter et år.",
            ]),
        ],
    },
    {
        "no": 4,
        "title": "Kollektiv trafik: regionale buslinjer 2015",
        "case": "1-30-72-18-14",
        "sections": [
            ("Sagsfremstilling", [
                "Trafikselskabet har fremsendt forslag til køreplaner for de regionale "
                "buslinjer for 2015. Linje 410 mellem Sandholt og Vejrby foreslås "
                "opprioriteret med halvtimesdrift i myldretiden, mens linje 425 "
                "nedlægges på grund af få passagerer.",
            ]),
            ("Økonomi", [
                "Ændringerne er samlet udgiftsneutrale for regionen.",
            ]),
            ("Indstilling", ["Administrationen indstiller, at forslaget godkendes."]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 5,
        "title": "Forlig om erstatning i voldgiftssag vedr. sygehusbyggeri",
        "case": "1-30-72-52-14",
        "closed": True,
        "sections": [
            ("Sagsfremstilling", [
                "Entreprenøren Kvist & Mørup Entreprise A/S har tilbudt at indgå forlig, "
                "hvorefter regionen betaler 17.400.000 kr. til endelig afslutning af "
                "voldgiftssagen om forsinkelser på sengebygningen.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "no": 6,
        "title": "Budgetopfølgning pr. 31. maj 2014",
        "case": "1-30-72-7-14",
        "sections": [
            ("Sagsfremstilling", [
                "Budgetopfølgningen viser et forventet mindreforbrug på sundhedsområdet "
                "på 38 mio. kr., primært på medicin. Regional udvikling forventer at "
                "overholde budgettet.",
            ]),
            ("Indstilling", ["Administrationen indstiller, at budgetopfølgningen tages til efterretning."]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
    {
        "no": 7,
        "title": "Eventuelt",
        "case": None,
        "sections": [("Beslutning", ["Intet."])],
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Region Kattegat\tRegionsrådet\tReferat"
    sec.footer.paragraphs[0].text = "Region Kattegat · Regionshuset · Skibsgade 40 · 8870 Sandholt"

    t = doc.add_paragraph()
    r = t.add_run("Referat")
    r.bold = True
    r.font.size = Pt(22)

    for label, value in [
        ("Udvalg:", "Regionsrådet"),
        ("Dato:", "Tirsdag den 24. juni 2014"),
        ("Tid:", "14:00 - 17:40"),
        ("Sted:", "Regionshuset, mødesal 1"),
        ("Deltagere:", "Ellen Marstrand (A), regionsrådsformand, Bo Skaarup (V), "
                       "Gitte Hyllested (A), Niels Ole Brask (O), Charlotte Vind (B), "
                       "Palle Mosbæk (V), Rikke Abildgaard (F)"),
        ("Afbud:", "Ingen"),
    ]:
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(value)

    doc.add_paragraph()
    doc.add_paragraph("Indholdsfortegnelse").runs[0].bold = True
    for pt in POINTS:
        doc.add_paragraph(f"Punkt {pt['no']} - {pt['title']}")
    doc.add_page_break()

    for pt in POINTS:
        doc.add_heading(f"Punkt {pt['no']} - {pt['title']}", level=2)
        if pt.get("closed"):
            cp = doc.add_paragraph()
            cp.add_run("LUKKET SAG").bold = True
        if pt["case"]:
            doc.add_paragraph(f"Journalnr.: {pt['case']}")
        for head, paras in pt["sections"]:
            if head == "Beslutning" and paras == ["Godkendt."]:
                p = doc.add_paragraph()
                p.add_run("Beslutning: ").bold = True
                p.add_run("Godkendt.")
                continue
            hp = doc.add_paragraph()
            hp.add_run(head).bold = True
            for text in paras:
                doc.add_paragraph(text)
        doc.add_paragraph()

    doc.add_paragraph("Mødet sluttede kl. 17:40.")
    doc.add_paragraph("Ellen Marstrand, formand")
    doc.save(OUT)


if __name__ == "__main__":
    main()
