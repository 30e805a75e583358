"""Builds the invented school board minutes as a Word document.

Run with: /work/main/.venv/bin/python make_docx.py
"""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "Referat skolebestyrelsesmøde 12.11.2019.docx"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Engvejens Skole · Engvej 40 · 6430 Kastrupgård · tlf. 73 42 18 00"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Referent: Pia Lauridsen, skolesekretær"

t = doc.add_paragraph()
r = t.add_run("Referat af møde i skolebestyrelsen")
r.bold = True
r.font.size = Pt(18)

tab = doc.add_table(rows=5, cols=2)
tab.style = "Table Grid"
rows = [
    ("Dato:", "Tirsdag 12.11.2019 kl. 18.30–21.00"),
    ("Sted:", "Personalerummet, Engvejens Skole"),
    ("Deltagere:", "Anders Mølgaard (formand), Heidi Kjærsgaard, Tobias Rahbek, Sanne Ibsen, "
                   "Karim El-Amin, elevrådsrepr. Freja (8.b) og Lærke (9.a), medarbejderrepr. "
                   "Ole Brink og Camilla Vest, skoleleder Henrik Dalsgaard"),
    ("Afbud:", "Marianne Toft"),
    ("Bestyrelse:", "Skolebestyrelsen ved Engvejens Skole"),
]
for i, (a, b) in enumerate(rows):
    tab.cell(i, 0).text = a
    tab.cell(i, 1).text = b
    tab.cell(i, 0).paragraphs[0].runs[0].bold = True

doc.add_paragraph()


def point(head, sections):
    p = doc.add_paragraph()
    run = p.add_run(head)
    run.bold = True
    run.underline = True
    for label, text in sections:
        q = doc.add_paragraph()
        if label:
            lr = q.add_run(label + " ")
            lr.italic = True
        if isinstance(text, list):
            q.add_run(text[0])
            for item in text[1:]:
                doc.add_paragraph(item, style="List Bullet")
        else:
            q.add_run(text)


point("1. Godkendelse af referat fra mødet den 8. oktober", [
    ("Referat:", "Referatet blev godkendt uden bemærkninger og underskrevet."),
])

point("2. Skolens budget 2020 – første udkast (sag nr. 2019-114)", [
    ("Baggrund:", "Skolelederen fremlagde første udkast til budget for 2020. Skolens samlede ramme "
                  "er 41,2 mio. kr., hvilket er ca. 600.000 kr. mindre end i 2019 på grund af "
                  "faldende elevtal i indskolingen."),
    ("Drøftelse:", ["Bestyrelsen drøftede især:",
                    "besparelse på vikardækning på ca. 250.000 kr.",
                    "udskydelse af indkøb af nye matematikbøger til 2021",
                    "fastholdelse af to-lærerordningen i 1. klasse"]),
    ("Beslutning:", "Bestyrelsen tager udkastet til efterretning. Endeligt budget behandles på "
                    "mødet den 14. januar 2020."),
])

point("3. Principper for mobiltelefoner i skoletiden (sag nr. 2019-098)", [
    ("Baggrund:", "Elevrådet og medarbejderne har siden foråret arbejdet med et fælles "
                  "princip. Forslaget indebærer, at 0.–6. klasse afleverer telefonen i et skab i "
                  "klassen ved skoledagens start, mens 7.–9. klasse må have telefonen i tasken, men "
                  "ikke bruge den i frikvartererne."),
    ("Elevrådets bemærkninger:", "Eleverne ønskede, at telefonen må bruges i spisefrikvarteret "
                                 "for udskolingen. Det blev ikke imødekommet."),
    ("Beslutning:", "Princippet blev vedtaget og gælder fra 1. februar 2020. Det evalueres i juni "
                    "2020. Forældre orienteres via AULA."),
])

point("4. Trafiksikkerhed ved kiss-and-ride (sag nr. 2019-121)", [
    ("Baggrund:", "Der har været flere nærved-ulykker på Engvej om morgenen mellem kl. 7.45 og "
                  "8.05, hvor forældre standser i busbanen."),
    ("Beslutning:", "Formanden retter henvendelse til kommunens trafikafdeling med ønske om "
                    "hastighedsdæmpning og skiltning. Skolen indfører skolepatrulje fra uge 2."),
])

point("5. Lejrskole for 6. årgang (sag nr. 2019-126)", [
    ("Baggrund:", "6. årgang ønsker lejrskole på Bornholm i uge 37 2020. Prisen er ca. 2.150 kr. "
                  "pr. elev, heraf forældrebetaling 800 kr. Resten dækkes af skolens budget og "
                  "indtægter fra klassens loppemarked."),
    ("Beslutning:", "Godkendt. Forældrebetalingen må højst udgøre 800 kr."),
])

point("6. Personalesag – lukket punkt", [
    ("", "Punktet er lukket jf. forvaltningslovens regler om tavshedspligt. Elev- og "
         "medarbejderrepræsentanter forlod mødet."),
    ("Orientering:", "Skolelederen orienterede om en klage fra forældrene til en elev i 4.a "
                     "over en medarbejder, lærer Jens Aagaard Holm. Klagen vedrører en episode på "
                     "turen til Fjordvænget Naturskole. Sagen er overdraget til Børn og Unge, "
                     "Personalekontoret."),
    ("Beslutning:", "Bestyrelsen tog orienteringen til efterretning."),
])

point("7. Eventuelt", [
    ("", "Julearrangementet holdes torsdag den 19. december 2019 kl. 17.00 i hallen."),
])

doc.save(OUT)
print("wrote", OUT)
