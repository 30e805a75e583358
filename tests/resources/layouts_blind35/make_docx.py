"""Builds egelund_boern_unge_referat.docx (invented minutes) with python-docx.

Run: /work/main/.venv/bin/python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("egelund_boern_unge_referat.docx")

POINTS = [
    {
        "no": 1,
        "title": "Godkendelse af dagsorden",
        "sagsid": "25/14001",
        "sections": [
            ("Beslutning", ["Dagsordenen blev godkendt."]),
        ],
    },
    {
        "no": 2,
        "title": "Skoledistrikter fra skoleåret 2026/27",
        "sagsid": "25/14427",
        "sections": [
            ("Sagsfremstilling", [
                "Elevtallet på Egelund Østre Skole er steget markant som følge af det nye "
                "boligområde ved Engtoften, mens Hvidbjerg Skole har ledig kapacitet. "
                "Forvaltningen foreslår, at villavejene syd for Ringvejen flyttes fra "
                "Østre Skoles distrikt til Hvidbjerg Skoles distrikt.",
                "Ændringen gælder kun nye elever, der starter i 0. klasse fra august 2026. "
                "Søskende til elever, der allerede går på Østre Skole, kan fortsat optages dér.",
            ]),
            ("Indstilling", [
                "Forvaltningen indstiller, at forslaget sendes i offentlig høring i seks uger.",
            ]),
            ("Beslutning", ["Sendes i høring som indstillet."]),
        ],
    },
    {
        "no": 3,
        "title": "Åbningstider i dagtilbud i sommerferien",
        "sagsid": "25/13310",
        "sections": [
            ("Sagsfremstilling", [
                "I sommeren 2025 var i gennemsnit kun 11 pct. af børnene i vuggestuer og "
                "børnehaver til stede i ugerne 29 og 30. Forvaltningen foreslår derfor, at "
                "dagtilbuddene holder sommerlukket i de to uger fra 2026, og at der i stedet "
                "oprettes en fælles nødpasning i Solsikken for forældre, der ikke kan holde "
                "ferie i perioden.",
                "Forældrene skal tilmelde børn til nødpasningen senest 1. april.",
            ]),
            ("Indstilling", [
                "Forvaltningen indstiller, at sommerlukning i uge 29 og 30 godkendes med "
                "nødpasning som beskrevet.",
            ]),
            ("Beslutning", [
                "Godkendt. Forældrebestyrelserne orienteres inden jul.",
            ]),
        ],
    },
    {
        "no": 4,
        "title": "Tilsyn med private børnepassere 2025",
        "sagsid": "25/12208",
        "sections": [
            ("Sagsfremstilling", [
                "Der er gennemført anmeldte og uanmeldte tilsyn hos kommunens 14 private "
                "børnepassere. Tilsynet har ikke givet anledning til påbud, men to "
                "børnepassere har fået anbefalinger om legepladsens sikkerhed.",
            ]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
    {
        "no": 5,
        "title": "Visitation til specialundervisningstilbud",
        "sagsid": "25/14390",
        "closed": True,
        "sections": [
            ("Sagsfremstilling", [
                "Forældrene til Liva Skovgaard Dahl, Hedevænget 3, har anmodet om, at deres "
                "datter visiteres til et privat specialskoletilbud uden for kommunen. "
                "Den årlige udgift inklusive kørsel er beregnet til 412.000 kr.",
            ]),
            ("Beslutning", ["Ansøgningen imødekommes for skoleåret 2025/26."]),
        ],
    },
    {
        "no": 6,
        "title": "Eventuelt",
        "sagsid": "25/14002",
        "sections": [
            ("Beslutning", ["Intet."]),
        ],
    },
]


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    section.header.paragraphs[0].text = "Egelund Kommune · Børne- og Ungdomsudvalget · Referat"
    section.footer.paragraphs[0].text = "Referatet er godkendt af udvalgets medlemmer"
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    title = doc.add_paragraph()
    run = title.add_run("Egelund Kommune")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_heading("Referat – Børne- og Ungdomsudvalget", level=0)

    table = doc.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, [
        ("Mødedato", "04.12.2025"),
        ("Tidspunkt", "kl. 08.15 – 10.30"),
        ("Sted", "Mødelokale 3, Egelund Rådhus"),
        ("Deltagere", "Sanne Overby (formand), Mikkel Dam, Louise Riis, Brian Kjeldsen, Nadia Holm"),
    ]):
        row.cells[0].text = label
        row.cells[1].text = value

    doc.add_paragraph()

    for p in POINTS:
        doc.add_heading(f"Punkt {p['no']} - {p['title']}", level=1)
        meta = doc.add_paragraph()
        meta.add_run("Sagsid.: ").bold = True
        meta.add_run(p["sagsid"])
        if p.get("closed"):
            status = doc.add_paragraph()
            r = status.add_run("Status: Lukket punkt")
            r.bold = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        for heading, paras in p["sections"]:
            doc.add_heading(heading, level=3)
            for text in paras:
                doc.add_paragraph(text)

    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
