"""Builds kildeholm_teknikmiljoe_referat.docx (invented meeting, test fixture).

Run: python make_docx.py   (needs python-docx)
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("kildeholm_teknikmiljoe_referat.docx")

POINTS = [
    {
        "nr": 1,
        "title": "Godkendelse af dagsorden",
        "sagsnr": None,
        "sections": [],
        "beslutning": "Godkendt.",
    },
    {
        "nr": 2,
        "title": "Vintervedligeholdelse 2021-2022 - serviceniveau",
        "sagsnr": "2021-003987",
        "sections": [
            ("Resume", "Udvalget skal fastlægge serviceniveauet for snerydning og glatførebekæmpelse for den kommende vintersæson."),
            ("Sagsfremstilling", "Vejene er inddelt i tre klasser. Klasse 1-veje (hovedfærdselsårer og busruter) ryddes inden kl. 6.00, klasse 2-veje inden kl. 10.00, og klasse 3-veje (villaveje) først, når klasse 1 og 2 er farbare. Administrationen foreslår, at cykelstier langs skoleveje flyttes fra klasse 2 til klasse 1."),
            ("Økonomi", "Ændringen forventes at koste ca. 240.000 kr. årligt i en normalvinter og afholdes inden for vejområdets budget."),
            ("Indstilling", "Forvaltningen indstiller, at serviceniveauet godkendes med den foreslåede opklassificering af cykelstier langs skoleveje."),
        ],
        "beslutning": "Godkendt.",
    },
    {
        "nr": 3,
        "title": "Affaldsplan 2022-2032 - forslag til høring",
        "sagsnr": "2021-004512",
        "sections": [
            ("Resume", "Forslag til ny affaldsplan for Kildeholm Kommune skal godkendes til offentlig høring."),
            ("Sagsfremstilling", "Planen indeholder bl.a. indførelse af husstandsindsamling af ti affaldstyper fra 1. juli 2022, etablering af en genbrugsbutik på Kildeholm Genbrugsplads og et mål om 60 % genanvendelse af husholdningsaffaldet i 2025. Efter udvalgets godkendelse sendes forslaget i offentlig høring i 8 uger fra den 20. september 2021 til den 15. november 2021."),
            ("Økonomi", "Planen finansieres via affaldsgebyrerne. Det forventede gebyr for en gennemsnitlig husstand stiger med ca. 310 kr. om året fra 2022."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget til affaldsplan sendes i offentlig høring."),
        ],
        "beslutning": "Godkendt. Udvalget ønsker et borgermøde afholdt i høringsperioden.",
    },
    {
        "nr": 4,
        "title": "Trafiksikkerhed ved Lindeskolen",
        "sagsnr": "2021-002210",
        "sections": [
            ("Sagsfremstilling", "Skolebestyrelsen ved Lindeskolen har rettet henvendelse om utrygge forhold ved skolens hovedindgang på Kirkebakken. Forvaltningen foreslår en hævet flade, en 40 km/t-zone og et kys-og-kør-areal på skolens parkeringsplads."),
            ("Økonomi", "Anlægsudgiften er anslået til 685.000 kr., som kan afholdes af puljen til trafiksikkerhed 2021."),
            ("Indstilling", "Forvaltningen indstiller, at projektet gennemføres, og at politiet høres om hastighedszonen."),
        ],
        "beslutning": "Godkendt.",
    },
    {
        "nr": 5,
        "title": "Klimatilpasning i Kildeholm Midtby - status",
        "sagsnr": "2020-011876",
        "sections": [
            ("Sagsfremstilling", "Kildeholm Forsyning har afsluttet første etape af regnvandsprojektet i Midtbyen, hvor Søndergade er omlagt med regnbede og et forsinkelsesbassin i Byparken. Anden etape omkring Stationsvej forventes påbegyndt i foråret 2022."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ],
        "beslutning": "Taget til efterretning.",
    },
    {
        "nr": 6,
        "title": "Erstatningskrav efter vandskade på Kærvej",
        "sagsnr": "2021-005003",
        "fortroligt": True,
        "sections": [
            ("Sagsfremstilling", "En grundejer på Kærvej har rejst krav om erstatning efter oversvømmelse af kælderen i forbindelse med skybruddet i juni 2021. Kravet er opgjort til 512.000 kr. Nordkyst Forsikring afviser dækning ud over 318.400 kr., idet kommunens vejbrønde efter selskabets opfattelse var utilstrækkeligt vedligeholdt."),
            ("Indstilling", "Forvaltningen indstiller, at der indgås forlig på det af forsikringsselskabet anerkendte beløb."),
        ],
        "beslutning": "Godkendt.",
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    section = doc.sections[0]
    section.header.paragraphs[0].text = "Kildeholm Kommune – Referat"
    section.footer.paragraphs[0].text = "Teknik- og Miljøudvalget, 6. september 2021"

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run("Referat")
    r.bold = True
    r.font.size = Pt(22)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [
        ("Udvalg:", "Teknik- og Miljøudvalget"),
        ("Mødedato:", "Mandag den 6. september 2021"),
        ("Mødetid:", "15:30 - 17:45"),
        ("Mødested:", "Udvalgsværelse 2, Kildeholm Rådhus"),
        ("Deltagere:", "Anne-Mette Skou (formand), Kristian Lerche, Sofie Barfod, Jonas Vittrup, Poul Erik Sandal"),
        ("Afbud:", "Ingen"),
        ("Referent:", "Nanna Lykkegaard"),
    ]:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
        row[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_heading("Indhold", level=1)
    for p in POINTS:
        doc.add_paragraph(f"Punkt {p['nr']} - {p['title']}", style="List Paragraph")

    doc.add_page_break()

    for p in POINTS:
        doc.add_heading(f"Punkt {p['nr']} - {p['title']}", level=2)
        if p.get("fortroligt"):
            fr = doc.add_paragraph().add_run("Fortroligt")
            fr.bold = True
            fr.italic = True
        if p["sagsnr"]:
            doc.add_paragraph(f"Sagsnr.: {p['sagsnr']}")
        for head, body in p["sections"]:
            hr = doc.add_paragraph().add_run(head)
            hr.bold = True
            doc.add_paragraph(body)
        hr = doc.add_paragraph().add_run("Beslutning i Teknik- og Miljøudvalget den 06-09-2021")
        hr.bold = True
        doc.add_paragraph(p["beslutning"])

    doc.add_paragraph()
    doc.add_paragraph("Mødet sluttede kl. 17:45.")
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
