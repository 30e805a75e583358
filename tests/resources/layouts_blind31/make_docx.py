"""Builds kaerby_direktion_referat.docx (invented minutes) with python-docx.

Run: python make_docx.py   (writes the .docx next to this script)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kaerby_direktion_referat.docx")

POINTS = [
    {
        "no": "1",
        "title": "Godkendelse af dagsorden og referat fra sidste møde",
        "sag": "2023-000117",
        "sections": [
            ("Beslutning", ["Dagsorden og referat fra mødet den 28. november 2023 blev godkendt."]),
        ],
    },
    {
        "no": "2",
        "title": "Sygefravær 3. kvartal 2023",
        "sag": "2023-004388",
        "sections": [
            ("Sagsfremstilling", [
                "HR har udarbejdet kvartalsopgørelse over sygefraværet. Det samlede fravær er 5,4 % mod 6,1 % i samme kvartal sidste år. "
                "Faldet er størst i Sundhed og Omsorg, hvor indsatsen med tidlige fraværssamtaler har haft effekt. "
                "Dagtilbudsområdet ligger fortsat over kommunens måltal på 5,0 %.",
            ]),
            ("Indstilling", ["Det indstilles, at direktionen drøfter opgørelsen og beslutter, om indsatsen med fraværssamtaler skal udbredes til dagtilbud."]),
            ("Beslutning", ["Direktionen besluttede, at indsatsen udbredes til dagtilbudsområdet fra 1. februar 2024. HR koordinerer med områdelederne."]),
        ],
    },
    {
        "no": "3",
        "title": "Implementering af ny ESDH-løsning",
        "sag": "2023-002950",
        "sections": [
            ("Sagsfremstilling", [
                "Kontrakten med den nuværende leverandør af sags- og dokumenthåndtering udløber 30. september 2024. "
                "Udbuddet er afsluttet, og implementeringen gennemføres i tre bølger med Borgerservice og Jobcenter som første bølge i april 2024.",
                "Der er behov for at frikøbe 4 superbrugere i 50 % af tiden i implementeringsperioden.",
            ]),
            ("Økonomi", ["Implementeringsudgiften på 2,3 mio. kr. afholdes af IT-puljen. Frikøb af superbrugere afholdes af de enkelte centre."]),
            ("Beslutning", ["Godkendt. Direktionen udpeger Lone Sejersen som projektejer."]),
        ],
    },
    {
        "no": "4",
        "title": "Forberedelse af budgetseminar for byrådet",
        "sag": "2023-004512",
        "sections": [
            ("Sagsfremstilling", [
                "Budgetseminaret for byrådet afholdes 25.–26. januar 2024 på Kærby Strand Hotel. "
                "Direktionen skal fastlægge programmet, herunder oplæg om demografi, anlægsplan og udfordringer på det specialiserede socialområde.",
            ]),
            ("Beslutning", ["Programmet blev godkendt med den ændring, at der indlægges en gruppedrøftelse om klimaplanen."]),
        ],
    },
    {
        "no": "5",
        "title": "Fortroligt: Ledelsesmæssig reorganisering i Teknik og Miljø",
        "sag": "2023-004601",
        "closed": True,
        "sections": [
            ("Fortroligt", [
                "Punktet er fortroligt og undtaget fra aktindsigt, jf. offentlighedslovens § 23.",
                "Direktør for Teknik og Miljø orienterede om, at vejchef Bjarne Holst Lykkegaard fratræder med fratrædelsesgodtgørelse svarende til 9 måneders løn, "
                "og at funktionen varetages midlertidigt af Trine Abildhauge indtil ny chef er ansat.",
            ]),
            ("Beslutning", ["Direktionen godkendte fremgangsmåden."]),
        ],
    },
    {
        "no": "6",
        "title": "Henvendelse fra Kærby Erhvervsforum om flere erhvervsgrunde",
        "sag": "2023-004377",
        "sections": [
            ("Sagsfremstilling", [
                "Kærby Erhvervsforum har rettet henvendelse om mangel på byggemodnede erhvervsgrunde ved motorvejsafkørsel 41. "
                "Kommunen har p.t. 3 ledige grunde på i alt 2,8 ha. Forvaltningen foreslår, at der igangsættes en screening af arealet nord for Industrivej.",
            ]),
            ("Indstilling", ["Det indstilles, at direktionen beder Plan og Byg om at udarbejde et oplæg til Økonomiudvalget."]),
            ("Beslutning", ["Godkendt. Oplægget forelægges Økonomiudvalget i marts 2024."]),
        ],
    },
    {
        "no": "7",
        "title": "Eventuelt",
        "sag": "2023-000117",
        "sections": [
            ("Beslutning", ["Kommunaldirektøren orienterede om julefrokost for direktion og chefgruppe den 15. december."]),
        ],
    },
]


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("KÆRBY KOMMUNE")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Referat – Direktionen", level=0)

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Mødedato", "Tirsdag 5. december 2023"),
        ("Tid", "09.00 – 11.30"),
        ("Sted", "Direktionsgangen, mødelokale D2"),
        ("Deltagere", "Kommunaldirektør Annette Bro, direktør for Børn og Kultur Michael Fogh, "
                      "direktør for Sundhed og Omsorg Hanne Lyskjær, direktør for Teknik og Miljø Ole Vind"),
        ("Fraværende", "Michael Fogh (kursus)"),
        ("Referent", "Sekretariatschef Lone Sejersen"),
    ]:
        row = info.add_row().cells
        row[0].text = k
        row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    doc.add_heading("Dagsorden", level=1)
    for pt in POINTS:
        doc.add_paragraph(f"Punkt {pt['no']}. {pt['title']}", style="List Bullet")

    for pt in POINTS:
        if pt.get("closed"):
            doc.add_page_break()
        doc.add_heading(f"Punkt {pt['no']}. {pt['title']}", level=2)
        meta = doc.add_paragraph()
        mr = meta.add_run(f"Sagsnummer: {pt['sag']}")
        mr.italic = True
        mr.font.size = Pt(9)
        for head, paras in pt["sections"]:
            hp = doc.add_paragraph()
            hr = hp.add_run(head)
            hr.bold = True
            if pt.get("closed") and head == "Fortroligt":
                hr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            for text in paras:
                doc.add_paragraph(text)

    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Kærby Kommune · Direktionen · Referat 05.12.2023"
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
