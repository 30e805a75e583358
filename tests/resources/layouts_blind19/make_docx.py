"""Builds 02_teknik-og-miljoeudvalget_2014-09-08_word.docx (invented minutes).

Run with: /work/main/.venv/bin/python make_docx.py
The text is invented; the layout imitates a Word referat written from a
municipal template: a title block, a meeting-info table, a contents list,
each point as Heading 1 with a two-column metadata table under it, bold
section labels, and a closed point marked in red on its own line.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("02_teknik-og-miljoeudvalget_2014-09-08_word.docx")


def page_field(paragraph, instr):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def label(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    return p


def body(doc, *paras):
    for t in paras:
        doc.add_paragraph(t)


def meta(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in rows:
        cells = table.add_row().cells
        cells[0].text = k
        cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()


POINTS = [
    {
        "n": 1,
        "title": "Godkendelse af dagsorden",
        "meta": None,
        "sections": [("Udvalgets beslutning", ["Dagsordenen blev godkendt."])],
    },
    {
        "n": 2,
        "title": "Vinterberedskab 2014/15",
        "meta": [("Sagsnr.", "14/12903"), ("Dok.nr.", "88213/14"),
                 ("KLE", "05.01.10-G01-2-14"), ("Sagsbehandler", "Niels Thygesen")],
        "sections": [
            ("Sagsfremstilling", [
                "Vej og Park har udarbejdet regulativ for vintervedligeholdelse "
                "for sæsonen 2014/15. Vinterberedskabet træder i kraft den "
                "1. november 2014 og varer til 31. marts 2015.",
                "Kommunen råder over 7 egne saltspredere, og herudover er der "
                "indgået aftale med 11 lokale vognmænd og landmænd om snerydning. "
                "Veje i klasse 1 (hovedveje og busruter) skal være ryddet og "
                "saltet senest kl. 6.00. Cykelstier langs skoleveje prioriteres "
                "på lige fod med klasse 1.",
            ]),
            ("Økonomi", [
                "Budgettet til vintertjeneste udgør 6,8 mio. kr. i 2014. "
                "Forbruget i den milde vinter 2013/14 var 4,1 mio. kr.",
            ]),
            ("Indstilling", [
                "Teknik og Miljø indstiller, at regulativ for vintervedligeholdelse "
                "2014/15 godkendes.",
            ]),
            ("Udvalgets beslutning", ["Godkendt."]),
        ],
    },
    {
        "n": 3,
        "title": "Forslag til lokalplan 112 for boliger ved Møllebakken",
        "meta": [("Sagsnr.", "14/08876"), ("Dok.nr.", "85530/14"),
                 ("KLE", "01.02.05-P16-4-14")],
        "sections": [
            ("Resume", [
                "Lokalplanforslaget giver mulighed for op til 42 rækkehuse og "
                "dobbelthuse på den tidligere gartnerigrund ved Møllebakken i "
                "Sørup. Forslaget skal i offentlig høring i 8 uger.",
            ]),
            ("Sagsfremstilling", [
                "Området er i kommuneplanen udlagt til boligformål. Bebyggelsen "
                "må opføres i højst 1½ etage, og der skal udlægges mindst 25 % "
                "af grundarealet til fælles friarealer. Vejadgang sker fra "
                "Kirkevej. Der er udarbejdet en miljøscreening, som konkluderer, "
                "at planen ikke skal miljøvurderes.",
            ]),
            ("Indstilling", [
                "Teknik og Miljø indstiller, at forslag til lokalplan 112 "
                "sendes i offentlig høring.",
            ]),
            ("Udvalgets beslutning", [
                "Anbefales over for Økonomiudvalget og Byrådet, idet vejadgangen "
                "skal belyses nærmere i høringsperioden.",
            ]),
        ],
    },
    {
        "n": 4,
        "title": "Spildevandsplan 2014-2018, tillæg nr. 3",
        "meta": [("Sagsnr.", "14/10455"), ("Dok.nr.", "86112/14"),
                 ("KLE", "06.00.05-P16-1-14")],
        "sections": [
            ("Sagsfremstilling", [
                "Tillægget omfatter separatkloakering af 214 ejendomme i "
                "Vester Sørup. Forsyningen gennemfører arbejdet i 2015-2016. "
                "Grundejerne skal adskille regn- og spildevand på egen grund "
                "senest 12 måneder efter, at forsyningen har etableret stik.",
            ]),
            ("Indstilling", [
                "Teknik og Miljø indstiller, at forslaget til tillæg nr. 3 "
                "sendes i offentlig høring i 8 uger.",
            ]),
            ("Udvalgets beslutning", ["Godkendt."]),
        ],
    },
    {
        "n": 5,
        "title": "Trafiksikkerhed ved Tværskolen - ansøgning fra skolebestyrelsen",
        "meta": [("Sagsnr.", "14/11320"), ("Dok.nr.", "87045/14"),
                 ("KLE", "05.13.00-G01-3-14")],
        "sections": [
            ("Sagsfremstilling", [
                "Skolebestyrelsen ved Tværskolen har søgt om en hævet flade og "
                "40 km/t-zone på Skolegade ud for skolens hovedindgang. "
                "Trafiktællinger fra maj 2014 viser en gennemsnitshastighed på "
                "47 km/t i morgentimerne.",
            ]),
            ("Økonomi", [
                "Anlæg af hævet flade og skiltning koster ca. 285.000 kr. og kan "
                "afholdes af puljen til trafiksikkerhed 2014.",
            ]),
            ("Indstilling", [
                "Teknik og Miljø indstiller, at der etableres hævet flade og "
                "40 km/t-zone på Skolegade.",
            ]),
            ("Udvalgets beslutning", ["Godkendt. Arbejdet udføres i efterårsferien."]),
        ],
    },
    {
        "n": 6,
        "title": "Erstatningssag vedr. skade på kloakledning",
        "closed": True,
        "meta": [("Sagsnr.", "14/13001"), ("Dok.nr.", "89007/14")],
        "sections": [
            ("Sagsfremstilling", [
                "Grundejer Jens Ove Mikkelsen, Skovbrynet 7, har rejst krav om "
                "erstatning på 162.400 kr. for en rotteskadet stikledning, som "
                "han mener skyldes kommunens vejarbejde i 2013. Kommunens "
                "forsikringsmægler anbefaler et forlig.",
            ]),
            ("Indstilling", ["Teknik og Miljø indstiller, at der indgås forlig."]),
            ("Udvalgets beslutning", ["Godkendt."]),
        ],
    },
    {
        "n": 7,
        "title": "Orientering og meddelelser",
        "meta": None,
        "sections": [
            ("Sagsfremstilling", [
                "Formanden orienterede om besigtigelse af Sørup Mose den "
                "22. september 2014.",
            ]),
            ("Udvalgets beslutning", ["Taget til efterretning."]),
        ],
    },
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sørup Kommune\tTeknik- og Miljøudvalget\t08-09-2014"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Side ")
    page_field(fp, "PAGE")
    fp.add_run(" af ")
    page_field(fp, "NUMPAGES")

    t = doc.add_paragraph()
    r = t.add_run("Sørup Kommune")
    r.font.size = Pt(14)
    doc.add_paragraph("REFERAT", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Teknik- og Miljøudvalget")
    r.bold = True
    r.font.size = Pt(16)

    info = doc.add_table(rows=0, cols=2)
    for k, v in [
        ("Mødedato:", "Mandag den 8. september 2014"),
        ("Mødetid:", "Kl. 16.00 - 18.15"),
        ("Mødested:", "Udvalgsværelse 2, Sørup Rådhus"),
        ("Medlemmer:", "Poul Erik Hald (V), formand; Dorthe Lind (A); "
                       "Kim Bach (O); Vibeke Storm (A); Anders Krog (C)"),
        ("Fraværende:", "Kim Bach (O)"),
    ]:
        c = info.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_paragraph()

    label(doc, "Indholdsfortegnelse")
    for pt in POINTS:
        extra = " (Lukket punkt)" if pt.get("closed") else ""
        doc.add_paragraph(f"{pt['n']}. {pt['title']}{extra}", style="List Paragraph")
    doc.add_page_break()

    for pt in POINTS:
        doc.add_heading(f"{pt['n']}. {pt['title']}", level=1)
        if pt.get("closed"):
            p = doc.add_paragraph()
            r = p.add_run("LUKKET PUNKT")
            r.bold = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        if pt["meta"]:
            meta(doc, pt["meta"])
        for lab, paras in pt["sections"]:
            label(doc, lab)
            body(doc, *paras)

    doc.add_paragraph()
    doc.add_paragraph("Mødet hævet kl. 18.15.")
    doc.add_paragraph("Poul Erik Hald\t\tDorthe Lind\t\tVibeke Storm\t\tAnders Krog")
    doc.core_properties.author = "Teknik og Miljø, Sekretariatet"
    doc.core_properties.title = "Referat Teknik- og Miljøudvalget 08-09-2014"
    doc.save(OUT)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
