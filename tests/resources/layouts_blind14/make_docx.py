"""Builds 03_bsu_ravnsoe.docx (invented minutes) with python-docx."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("03_bsu_ravnsoe.docx")


def page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Ravnsø Kommune\tBørne- og Skoleudvalget\t03.02.2025"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Side ")
page_field(fp)

doc.add_heading("Referat", level=0)
doc.add_paragraph("Børne- og Skoleudvalget").runs[0].bold = True
meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
for k, v in [
    ("Mødetidspunkt", "mandag den 3. februar 2025 kl. 17.00"),
    ("Mødested", "Udvalgsværelse 1, Ravnsø Rådhus"),
    ("Medlemmer", "Helle Brix (formand), Nikolaj Strøm, Vibeke Ahlgren, Kasper Dyhr, Merete Quist"),
    ("Fraværende", "Kasper Dyhr"),
]:
    cells = meta.add_row().cells
    cells[0].text = k
    cells[1].text = v
doc.add_paragraph()

POINTS = [
    ("Punkt 1 - Godkendelse af dagsorden", "00.01.00-A00-2-25", [
        ("Beslutning", ["Godkendt."]),
    ]),
    ("Punkt 2 - Kapacitetsanalyse for dagtilbud i Ravnsø Øst", "28.09.00-P05-1-25", [
        ("Resume", ["Børnetallet i Ravnsø Øst forventes at stige med ca. 140 børn i alderen 0-5 år frem mod 2029, primært på grund af udstykningerne ved Lyngbakken."]),
        ("Sagsfremstilling", [
            "Forvaltningen har gennemført en kapacitetsanalyse for de fem dagtilbud i skoledistriktet. Analysen viser, at der allerede fra 2026 mangler ca. 30 vuggestuepladser.",
            "Der peges på tre modeller: udvidelse af Mariehønen med en pavillon, en ny integreret institution på Lyngbakken eller øget brug af dagplejen.",
        ]),
        ("Økonomi", ["Modellerne er beregnet i bilag 1. Ingen af dem er finansieret i budget 2025-2028."]),
        ("Indstilling", ["Forvaltningen indstiller, at udvalget drøfter de tre modeller og beder om et egentligt beslutningsgrundlag til budgetseminaret i juni."]),
        ("Beslutning", ["Drøftet. Forvaltningen arbejder videre med model 2."]),
        ("Bilag", ["Bilag 1: Kapacitetsanalyse Ravnsø Øst", "Bilag 2: Befolkningsprognose 2025"]),
    ]),
    ("Punkt 3 - Kvalitetsrapport for folkeskolerne 2023/24", "17.01.10-P05-4-24", [
        ("Sagsfremstilling", [
            "Kvalitetsrapporten samler resultater for de syv folkeskoler. Karaktergennemsnittet i dansk og matematik ved afgangsprøven er steget fra 6,8 til 7,1, mens fraværet fortsat ligger højt på mellemtrinnet.",
            "Skolebestyrelserne har afgivet udtalelser, som er samlet i bilag 2.",
        ]),
        ("Indstilling", ["Forvaltningen indstiller, at kvalitetsrapporten godkendes og sendes til byrådet."]),
        ("Beslutning", ["Anbefales."]),
        ("Bilag", ["Kvalitetsrapport 2023/24", "Skolebestyrelsernes udtalelser"]),
    ]),
    ("Punkt 4 - Skolebuskørsel - ny køreplan fra august 2025", "13.05.00-G01-2-25", [
        ("Sagsfremstilling", [
            "Med det nye busudbud ændres skolebusruterne i den nordlige del af kommunen. Den nye køreplan træder i kraft ved skoleårets start mandag den 11. august 2025.",
            "Rute 41 og 43 lægges sammen, og første afgang fra Tornby flyttes fra kl. 7.05 til kl. 7.20. Elever fra Skærbæk Mark får direkte forbindelse til Ravnsø Skole uden skift.",
        ]),
        ("Økonomi", ["Omlægningen er udgiftsneutral."]),
        ("Indstilling", ["Forvaltningen indstiller, at køreplanen godkendes."]),
        ("Beslutning", ["Godkendt. Udvalget ønsker en evaluering efter efterårsferien."]),
    ]),
    ("Punkt 5 - Klage over visitation til specialtilbud (lukket)", "17.13.00-K09-7-25", [
        ("Sagsfremstilling", ["Forældrene har klaget over afgørelsen. Det fremgår af sagen, at elevens mor har optaget samtalen med skolelederen på Birkely uden at oplyse om det."]),
        ("Beslutning", ["Forvaltningens afgørelse fastholdes."]),
    ]),
    ("Punkt 6 - Tilskud til lejrskoler", "17.01.00-Ø00-1-25", [
        ("Sagsfremstilling", ["Puljen til lejrskoler udgør 420.000 kr. i 2025. Der er søgt om i alt 515.000 kr. fra 14 klasser. Forvaltningen foreslår en fordeling med 300 kr. pr. elev pr. døgn, dog højst 4 døgn."]),
        ("Økonomi", "TABLE"),
        ("Indstilling", ["Forvaltningen indstiller, at puljen fordeles efter den foreslåede model."]),
        ("Beslutning", ["Godkendt."]),
    ]),
    ("Punkt 7 - Meddelelser", "00.01.00-A00-3-25", [
        ("Sagsfremstilling", ["Formanden orienterede om dialogmøde med skolebestyrelserne den 12. marts.", "Forvaltningen orienterede om status på rekruttering af pædagoger."]),
        ("Beslutning", ["Taget til efterretning."]),
    ]),
]

for head, case, sections in POINTS:
    doc.add_heading(head, level=1)
    p = doc.add_paragraph()
    p.add_run("Sagsnr.: ").bold = True
    p.add_run(case)
    for title, body in sections:
        doc.add_heading(title, level=2)
        if body == "TABLE":
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, txt in zip(t.rows[0].cells, ("Skole", "Klasser", "Tilskud, kr.")):
                c.text = txt
            for row in [("Ravnsø Skole", "5", "148.000"), ("Tornby Skole", "3", "86.000"),
                        ("Birkely Skole", "4", "121.000"), ("Skærbæk Skole", "2", "65.000")]:
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
            continue
        for line in body:
            doc.add_paragraph(line)

doc.save(OUT)
print("wrote", OUT)
