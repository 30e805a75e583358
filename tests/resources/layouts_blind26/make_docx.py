"""Builds 03_groennaes_boern_2020.docx (invented meeting) with python-docx."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("03_groennaes_boern_2020.docx")

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Grønnæs Kommune - Børne- og Skoleudvalget - Referat"
fp = sec.footer.paragraphs[0]
fp.text = "Referat godkendt elektronisk af udvalgets medlemmer"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_paragraph()
r = t.add_run("GRØNNÆS KOMMUNE")
r.bold = True
r.font.size = Pt(16)
doc.add_paragraph("Referat", style="Title")

meta = [
    ("Udvalg:", "Børne- og Skoleudvalget"),
    ("Mødedato:", "14.01.2020"),
    ("Mødetidspunkt:", "16:00 - 18:30"),
    ("Mødested:", "Lokale 2.14, Rådhuset"),
    ("Medlemmer:", "Annette Skov (formand), Bo Lindholt, Fatima El-Amin, Gert Rask, Signe Vad"),
    ("Fraværende:", "Gert Rask"),
]
tbl = doc.add_table(rows=0, cols=2)
for k, v in meta:
    row = tbl.add_row().cells
    row[0].text = k
    row[1].text = v
    row[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
doc.add_paragraph("Indholdsfortegnelse", style="Heading 1")
toc = [
    ("Punkt 1 - Meddelelser", "2"),
    ("Punkt 2 - Skoledistrikter i Grønnæs by fra skoleåret 2021/22", "2"),
    ("Punkt 3 - Kvalitetsrapport for folkeskolerne 2018/19", "3"),
    ("Punkt 4 - Forældrebetaling i dagtilbud 2020", "4"),
    ("Punkt 5 - Personalesag", "5"),
    ("Punkt 6 - Tilskud til lejrskoler", "5"),
    ("Punkt 7 - Eventuelt", "6"),
]
toc_tbl = doc.add_table(rows=0, cols=2)
for title, page in toc:
    row = toc_tbl.add_row().cells
    row[0].text = title
    row[1].text = page
doc.add_page_break()


def point(title, sagsnr, sections, closed=False):
    doc.add_paragraph(title, style="Heading 2")
    if closed:
        p = doc.add_paragraph()
        rr = p.add_run("Fortroligt")
        rr.bold = True
        rr.italic = True
    if sagsnr:
        doc.add_paragraph(f"Acadre sagsnr.: {sagsnr}")
    for head, paras in sections:
        doc.add_paragraph(head, style="Heading 3")
        for para in paras:
            if isinstance(para, tuple) and para[0] == "list":
                for item in para[1]:
                    doc.add_paragraph(item, style="List Number")
            else:
                doc.add_paragraph(para)


point("Punkt 1 - Meddelelser", None, [
    ("Sagsfremstilling", [
        "Forvaltningen orienterede om status på ansættelse af ny skoleleder på Kildebakkeskolen "
        "og om sygefraværet i dagtilbuddene i 4. kvartal 2019.",
    ]),
    ("Beslutning", ["Orienteringen blev taget til efterretning."]),
])

point("Punkt 2 - Skoledistrikter i Grønnæs by fra skoleåret 2021/22", "19/31620", [
    ("Resume", [
        "Som følge af udstykningen af boligområdet Strandengen skal skoledistrikterne mellem "
        "Kildebakkeskolen og Havneskolen justeres.",
    ]),
    ("Sagsfremstilling", [
        "Havneskolen forventes at få op mod 140 flere elever over de næste fem år, mens "
        "Kildebakkeskolen har ledig kapacitet. Forvaltningen har vurderet tre modeller:",
        ("list", [
            "Strandengen overføres i sin helhed til Kildebakkeskolens distrikt.",
            "Grænsen følger Fjordvejen, så den østlige del af Strandengen forbliver i Havneskolens distrikt.",
            "Uændrede distrikter kombineret med en tilbygning på Havneskolen.",
        ]),
        "Model 1 anbefales, da den ikke kræver anlægsudgifter. Søskende til elever på "
        "Havneskolen får fortsat ret til optagelse der.",
    ]),
    ("Indstilling", [
        "Forvaltningen indstiller, at model 1 sendes i høring hos skolebestyrelserne i "
        "perioden 20. januar til 2. marts 2020.",
    ]),
    ("Beslutning", ["Godkendt."]),
])

point("Punkt 3 - Kvalitetsrapport for folkeskolerne 2018/19", "19/28874", [
    ("Sagsfremstilling", [
        "Kvalitetsrapporten viser, at karaktergennemsnittet ved 9. klasses afgangsprøve "
        "steg fra 6,8 til 7,1. Andelen af elever, der er i gang med en ungdomsuddannelse "
        "15 måneder efter 9. klasse, er 89 procent. Trivselsmålingen viser fald i den "
        "sociale trivsel på mellemtrinnet på to af kommunens syv skoler.",
    ]),
    ("Indstilling", [
        "Forvaltningen indstiller, at kvalitetsrapporten drøftes og sendes til udtalelse "
        "i skolebestyrelserne.",
    ]),
    ("Beslutning", [
        "Drøftet. Udvalget ønsker en særskilt handleplan for trivsel på mellemtrinnet "
        "forelagt på mødet i april.",
    ]),
])

point("Punkt 4 - Forældrebetaling i dagtilbud 2020", "19/30012", [
    ("Sagsfremstilling", [
        "Taksterne er beregnet på baggrund af budget 2020 og lovens minimumsandel af "
        "tilskud. Den månedlige forældrebetaling bliver herefter 3.410 kr. for en "
        "vuggestueplads, 1.895 kr. for en børnehaveplads og 2.620 kr. for dagpleje. "
        "Frokostordningen koster 720 kr. om måneden og betales i 11 måneder.",
    ]),
    ("Økonomi", [
        "Taksterne er indregnet i det vedtagne budget og har ingen yderligere økonomiske konsekvenser.",
    ]),
    ("Indstilling", ["Forvaltningen indstiller, at taksterne tages til efterretning."]),
    ("Beslutning", ["Taget til efterretning."]),
])

point("Punkt 5 - Personalesag", "19/33107", [
    ("Sagsfremstilling", [
        "Udvalget blev orienteret om en personalesag vedrørende en afdelingsleder, "
        "Mette Holmgaard Skriver, hvor der er indgået aftale om fratræden med en "
        "fratrædelsesgodtgørelse på 186.000 kr.",
    ]),
    ("Beslutning", ["Taget til efterretning."]),
], closed=True)

point("Punkt 6 - Tilskud til lejrskoler", "20/00415", [
    ("Sagsfremstilling", [
        "Skolerne kan fra 2020 søge om tilskud på op til 450 kr. pr. elev til lejrskoleophold "
        "i 6. og 8. klasse. Puljen er på 380.000 kr. og fordeles efter ansøgningsrunde i marts.",
    ]),
    ("Indstilling", ["Forvaltningen indstiller, at retningslinjerne for puljen godkendes."]),
    ("Beslutning", ["Godkendt."]),
])

point("Punkt 7 - Eventuelt", None, [
    ("Beslutning", ["Intet."]),
])

doc.save(OUT)
print("wrote", OUT)
