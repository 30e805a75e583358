"""Builds 04_kildemose_handicapraadet_2022.docx (invented meeting).

Run with a Python that has python-docx:
    python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("04_kildemose_handicapraadet_2022.docx")

REMARK = "Handicaprådets bemærkninger"

POINTS = [
    {
        "no": 1,
        "title": "Godkendelse af dagsorden",
        "case": None,
        "sections": [(REMARK, ["Dagsordenen blev godkendt."])],
    },
    {
        "no": 2,
        "title": "Høring: Kvalitetsstandard for ledsageordning",
        "case": "27.24.04-P21-2-22",
        "sections": [
            ("Sagsfremstilling", [
                "Social- og Sundhedsudvalget har sendt den reviderede kvalitetsstandard for "
                "ledsageordningen efter servicelovens § 97 i høring. Borgere mellem 18 og 67 år "
                "med betydelig og varigt nedsat funktionsevne kan fortsat bevilges op til 15 "
                "timers ledsagelse om måneden.",
                "Den væsentligste ændring er, at ubrugte ledsagetimer fremover kan opspares i op "
                "til 6 måneder mod hidtil 3 måneder. Derudover dækkes ledsagerens egne udgifter "
                "ved ture med op til 1.050 kr. om året.",
                "Høringsfristen er 25. november 2022.",
            ]),
            ("Indstilling", [
                "Administrationen indstiller, at Handicaprådet afgiver høringssvar.",
            ]),
            (REMARK, [
                "Rådet finder den længere opsparingsperiode positiv, men anbefaler, at "
                "aldersgrænsen på 67 år fjernes for borgere, der allerede har ordningen. "
                "Formanden udarbejder høringssvaret.",
            ]),
        ],
    },
    {
        "no": 3,
        "title": "Adgangsforhold på Kildemose Station",
        "case": "05.13.00-G01-4-22",
        "sections": [
            ("Sagsfremstilling", [
                "Banedanmark har oplyst, at der etableres elevator til perron 2 i løbet af 2024. "
                "Indtil da opsætter kommunen en midlertidig rampe fra stationspladsen, og der "
                "lægges taktile ledelinjer fra busterminalen til perron 1 i december 2022.",
            ]),
            ("Indstilling", ["Administrationen indstiller, at orienteringen tages til efterretning."]),
            (REMARK, [
                "Taget til efterretning. Rådet ønsker at se tegninger af rampen, inden den opsættes.",
            ]),
        ],
    },
    {
        "no": 4,
        "title": "Budget 2023 for det specialiserede socialområde",
        "case": "00.30.00-S00-12-22",
        "sections": [
            ("Sagsfremstilling", [
                "Kommunalbestyrelsen har vedtaget budget 2023. På det specialiserede "
                "socialområde afsættes 412 mio. kr., hvilket er 9 mio. kr. mere end i 2022. "
                "Stigningen går primært til botilbud til unge med autisme.",
            ]),
            (REMARK, ["Orienteringen blev taget til efterretning."]),
        ],
    },
    {
        "no": 5,
        "title": "Kildemose Kommunes Handicappris 2022",
        "case": "00.01.00-A00-3-22",
        "closed": True,
        "sections": [
            ("Sagsfremstilling", [
                "Der er modtaget 6 indstillinger til årets pris. Formandskabet foreslår, at "
                "prisen tildeles Jytte Kamstrup Ørvad for hendes mangeårige frivillige arbejde "
                "med tilgængelige kulturoplevelser for blinde og svagsynede.",
            ]),
            (REMARK, [
                "Rådet tilsluttede sig forslaget. Prisen overrækkes på Handicapdagen 3. december.",
            ]),
        ],
    },
    {
        "no": 6,
        "title": "Temadag om usynlige handicap",
        "case": "27.00.00-A00-5-22",
        "sections": [
            ("Sagsfremstilling", [
                "Handicaprådet har tidligere ønsket en temadag for politikere og medarbejdere om "
                "usynlige handicap som hjerneskade, ADHD og angst. Temadagen foreslås holdt "
                "torsdag den 23. marts 2023 på Kildemose Bibliotek med plads til 80 deltagere.",
            ]),
            (REMARK, ["Godkendt. Næstformanden indgår i planlægningsgruppen."]),
        ],
    },
    {
        "no": 7,
        "title": "Eventuelt",
        "case": None,
        "sections": [(REMARK, ["Intet."])],
    },
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kildemose Kommune"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "Handicaprådet - referat - side "

    title = doc.add_paragraph()
    r = title.add_run("Handicaprådet")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sub = doc.add_paragraph()
    sub.add_run("Referat").font.size = Pt(14)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [
        ("Mødedato", "8. nov. 2022"),
        ("Mødetid", "15:00 - 17:15"),
        ("Mødested", "Kildemose Rådhus, lokale 1.14 (og via Teams)"),
        ("Deltagere", "Grethe Bach (formand, Dansk Blindesamfund), Ulrik Storm (næstformand, "
                      "LEV), Hans Kjeld Mathiasen (Scleroseforeningen), Pia Drejer (Hjernesagen), "
                      "Susanne Thorup (byrådsmedlem), Mikkel Brix (byrådsmedlem), "
                      "Annette Vrå (Social og Sundhed)"),
        ("Afbud", "Lotte Engel (ADHD-foreningen)"),
        ("Referent", "Annette Vrå"),
    ]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_paragraph()
    doc.add_paragraph("Indhold").runs[0].bold = True
    for pt in POINTS:
        line = f"Punkt {pt['no']}: {pt['title']}"
        if pt.get("closed"):
            line += " (Lukket punkt)"
        doc.add_paragraph(line)
    doc.add_page_break()

    for pt in POINTS:
        doc.add_heading(f"Punkt {pt['no']}: {pt['title']}", level=2)
        if pt.get("closed"):
            cp = doc.add_paragraph()
            lr = cp.add_run("Lukket punkt")
            lr.bold = True
            lr.font.color.rgb = RGBColor(0xA0, 0x00, 0x00)
        if pt["case"]:
            mp = doc.add_paragraph()
            mp.add_run("Sagsnr.: ").italic = True
            mp.add_run(pt["case"]).italic = True
        for head, paras in pt["sections"]:
            hp = doc.add_paragraph()
            hr = hp.add_run(head)
            hr.bold = True
            for text in paras:
                doc.add_paragraph(text)
        doc.add_paragraph()

    doc.add_paragraph("Mødet sluttede kl. 17:15.")
    doc.save(OUT)


if __name__ == "__main__":
    main()
