"""Builds 02_word_skoleudvalg_2019.docx (invented minutes, Word layout).

Run with: /work/main/.venv/bin/python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("02_word_skoleudvalg_2019.docx")

doc = Document()
doc.core_properties.title = "Referat Børne- og Skoleudvalget 5. november 2019"
doc.core_properties.author = "Tangeby Kommune, Sekretariatet for Børn og Unge"

section = doc.sections[0]
section.header.paragraphs[0].text = "Tangeby Kommune\tReferat\tBørne- og Skoleudvalget"
section.footer.paragraphs[0].text = "Referat godkendt af formanden 7. november 2019"

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.LEFT
r = t.add_run("REFERAT")
r.bold = True
r.font.size = Pt(20)
doc.add_paragraph("Børne- og Skoleudvalget", style="Title")

table = doc.add_table(rows=0, cols=2)
table.style = "Table Grid"
for label, value in [
    ("Mødedato:", "Tirsdag den 5. november 2019"),
    ("Tidspunkt:", "16:00 - 18:40"),
    ("Mødested:", "Tangeby Skole, lærerværelset, Skolegade 4"),
    ("Medlemmer:", "Henriette Lunddahl (formand), Ib Skaarup, Fatma Kaya Jørgensen, "
                   "Kristoffer Dahl Ravn, Nanna Birkholm, Ole Vinterberg, Zenia Posborg"),
    ("Afbud:", "Ole Vinterberg"),
    ("Referent:", "Mette Grønbech"),
]:
    row = table.add_row().cells
    row[0].text = label
    row[1].text = value
    row[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
doc.add_heading("Indholdsfortegnelse", level=1)
POINTS = [
    (1, "Godkendelse af dagsorden"),
    (2, "Ny struktur for skolernes morgenåbning i SFO"),
    (3, "Kvalitetsrapport 2018/19 for folkeskolerne"),
    (4, "Ansøgning om midler til naturlegeplads ved Børnehuset Spirekassen"),
    (5, "Klage over visitation til specialtilbud"),
    (6, "Skoledistrikter fra skoleåret 2020/21 - høringssvar"),
    (7, "Orientering fra formand og forvaltning"),
]
for n, title in POINTS:
    doc.add_paragraph(f"Punkt {n} - {title}", style="List Paragraph")

doc.add_page_break()


def heading(n, title):
    doc.add_heading(f"Punkt {n} - {title}", level=2)


def sagsnr(nr):
    p = doc.add_paragraph()
    r = p.add_run("Sagsnr.: ")
    r.bold = True
    p.add_run(nr)


def label(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True


def para(text):
    doc.add_paragraph(text)


def numbered(items):
    for i, it in enumerate(items, 1):
        doc.add_paragraph(f"{i}. {it}", style="List Number")


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# Punkt 1
heading(1, POINTS[0][1])
sagsnr("19/00214")
label("Indstilling:")
para("Forvaltningen indstiller, at dagsordenen godkendes.")
label("Udvalgets beslutning:")
para("Godkendt. Ole Vinterberg deltog ikke i mødet.")

# Punkt 2
heading(2, POINTS[1][1])
sagsnr("19/17302")
label("Sagsfremstilling:")
para("I dag åbner SFO'erne kl. 6.15 på alle seks skoler, men på tre af skolerne kommer der "
     "færre end otte børn før kl. 7.00. Forvaltningen foreslår, at morgenåbningen samles, "
     "så der er fælles morgenåbning på Tangeby Skole og Bakkeskolen, mens de øvrige skoler "
     "åbner kl. 7.00.")
para("Forslaget indebærer:")
numbered([
    "at der indføres en fælles morgenbus fra Vestervang og Kirkeby kl. 6.55,",
    "at forældre kan tilmelde sig tidlig åbning med en uges varsel,",
    "at ordningen evalueres efter et år.",
])
para("Forslaget frigør ca. 410.000 kr. årligt, som foreslås anvendt til ekstra "
     "pædagogtimer i eftermiddagstimerne.")
label("Indstilling:")
para("Forvaltningen indstiller, at den nye struktur for morgenåbning godkendes med virkning "
     "fra 1. februar 2020.")
label("Udvalgets beslutning:")
para("Godkendt. Udvalget ønsker evalueringen forelagt i marts 2021.")

# Punkt 3
heading(3, POINTS[2][1])
sagsnr("19/12958")
label("Sagsfremstilling:")
para("Kvalitetsrapporten viser, at elevernes gennemsnitlige karakter ved de bundne "
     "prøver i 9. klasse er steget fra 6,4 til 6,9. Trivselsmålingen viser, at 88 pct. "
     "af eleverne i 4.-9. klasse trives godt. Fraværet er dog steget på mellemtrinnet, og "
     "andelen af elever med mere end 10 pct. fravær er nu 9,7 pct.")
para("Skolebestyrelserne har afgivet udtalelser, som er vedlagt.")
label("Indstilling:")
para("Forvaltningen indstiller, at kvalitetsrapporten sendes videre til godkendelse i "
     "Kommunalbestyrelsen.")
label("Udvalgets beslutning:")
para("Anbefales. Udvalget beder forvaltningen udarbejde en plan for at nedbringe fraværet.")
label("Bilag:")
bullets(["Kvalitetsrapport 2018/19", "Udtalelser fra skolebestyrelserne"])

# Punkt 4
heading(4, POINTS[3][1])
sagsnr("19/16640")
label("Sagsfremstilling:")
para("Forældrerådet i Børnehuset Spirekassen søger om 185.000 kr. til en naturlegeplads "
     "med pilehytter, et bålsted og en mudderbane. Forældrene har selv indsamlet 60.000 kr. "
     "fra lokale fonde og stiller med frivillig arbejdskraft ved anlægget.")
para("Der er 240.000 kr. tilbage i puljen til udearealer i dagtilbud for 2019.")
label("Indstilling:")
para("Forvaltningen indstiller, at der bevilges 185.000 kr. fra puljen til udearealer.")
label("Udvalgets beslutning:")
para("Der blev bevilget 150.000 kr. Det resterende beløb søges dækket ved frivillig indsats.")

# Punkt 5 (closed)
heading(5, POINTS[4][1])
p = doc.add_paragraph()
r = p.add_run("Lukket punkt")
r.italic = True
r.bold = True
sagsnr("19/18822")
label("Sagsfremstilling:")
para("Forældrene Jannik og Susanne Holm-Kragelund, Birkelunden 11, har klaget over, at "
     "deres søn Magnus ikke er visiteret til Heldagsskolen Kløverhuset. Forvaltningen har "
     "indhentet en udtalelse fra PPR-psykolog Vibeke Strandgaard.")
label("Udvalgets beslutning:")
para("Udvalget fastholdt afgørelsen.")

# Punkt 6
heading(6, POINTS[5][1])
sagsnr("19/15077")
label("Sagsfremstilling:")
para("Udvalget besluttede den 3. september 2019 at sende et forslag om nye skoledistrikter "
     "i høring. Der er indkommet 27 høringssvar, hvoraf 19 vedrører forslaget om at flytte "
     "Engvejskvarteret fra Bakkeskolen til Tangeby Skole.")
para("Forvaltningen foreslår, at Engvejskvarteret forbliver i Bakkeskolens distrikt, men "
     "at de øvrige ændringer gennemføres.")
label("Indstilling:")
para("Forvaltningen indstiller, at de reviderede skoledistrikter anbefales over for "
     "Kommunalbestyrelsen.")
label("Udvalgets beslutning:")
para("Anbefales.")

# Punkt 7
heading(7, POINTS[6][1])
sagsnr("19/00215")
label("Sagsfremstilling:")
bullets([
    "Formanden orienterede om dialogmødet med skolelederne den 24. oktober.",
    "Forvaltningen orienterede om, at tilbygningen til Bakkeskolen er 3 uger forsinket.",
])
label("Udvalgets beslutning:")
para("Til efterretning.")

doc.save(OUT)
print("wrote", OUT)
