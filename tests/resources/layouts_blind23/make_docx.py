"""Generate the invented Word minutes for the blind layout set.

Run: /work/main/.venv/bin/python make_docx.py
"""
import os

import docx
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Referat ældrerådet 22-maj-2002.docx")

doc = docx.Document()
style = doc.styles["Normal"]
style.font.name = "Times New Roman"
style.font.size = Pt(12)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Brovig Kommune – Ældrerådet"
sec.footer.paragraphs[0].text = "Referat 22-maj-2002"

doc.add_paragraph("BROVIG KOMMUNE")
doc.add_heading("Ældrerådet", level=0)
doc.add_paragraph("REFERAT")

t = doc.add_table(rows=4, cols=2)
rows = [
    ("Mødedato:", "22-maj-2002, kl. 9.30 – 12.00"),
    ("Sted:", "Aktivitetscentret Lyngbo, mødelokale 2"),
    ("Deltagere:", "Gudrun Alstrup (formand), Viggo Bendtsen, Erna Krogh, Holger Damsgaard, Lilly Mørup"),
    ("Afbud:", "Holger Damsgaard"),
]
for r, (a, b) in zip(t.rows, rows):
    r.cells[0].text = a
    r.cells[1].text = b

doc.add_paragraph("")
doc.add_paragraph("Dagsorden")
toc = [
    ("Punkt 1", "Godkendelse af referat fra mødet den 17. april 2002", "1"),
    ("Punkt 2", "Høring: Kvalitetsstandard for praktisk hjælp", "1"),
    ("Punkt 3", "Madordningen på plejecentrene", "2"),
    ("Punkt 4", "Trafikforhold ved Brovig Station", "2"),
    ("Punkt 5", "Årsberetning 2001", "3"),
    ("Punkt 6", "Klage over visitation [FORTROLIGT]", "3"),
    ("Punkt 7", "Eventuelt", "3"),
]
for n, title, page in toc:
    doc.add_paragraph(f"{n}  {title} ................................ \t{page}")

def point(num, title, jnr, paras, closed=False):
    head = f"Punkt {num}  {title}"
    if closed:
        head += "  [FORTROLIGT]"
    doc.add_heading(head, level=2)
    if jnr:
        doc.add_paragraph(f"J.nr.: {jnr}")
    for kind, text in paras:
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "n":
            doc.add_paragraph(text, style="List Number")
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)

point(1, "Godkendelse af referat fra mødet den 17. april 2002", None, [
    ("h", "Beslutning:"),
    ("p", "Referatet blev godkendt uden bemærkninger."),
])
point(2, "Høring: Kvalitetsstandard for praktisk hjælp", "02/1173", [
    ("h", "Sagsfremstilling:"),
    ("p", "Socialforvaltningen har sendt et udkast til ny kvalitetsstandard for rengøring og tøjvask i høring. Udkastet lægger op til rengøring hver 14. dag i stedet for hver uge for borgere, der kun har behov for let rengøring."),
    ("h", "Ældrerådets bemærkninger:"),
    ("n", "Ældrerådet kan ikke anbefale, at hyppigheden nedsættes for borgere over 85 år."),
    ("n", "Det bør fremgå tydeligt, hvordan borgeren klager over en afgørelse."),
    ("n", "Standarden bør skrives i et mere letforståeligt sprog."),
    ("h", "Beslutning:"),
    ("p", "Formanden udarbejder høringssvar på baggrund af drøftelsen. Svaret sendes inden den 5. juni."),
])
point(3, "Madordningen på plejecentrene", "02/0988", [
    ("h", "Sagsfremstilling:"),
    ("p", "Flere pårørende har henvendt sig til ældrerådet om, at maden fra centralkøkkenet ofte er lunken ved servering, og at der er for lidt variation i menuen."),
    ("p", "Erna Krogh og Lilly Mørup har spist med på Solbakken og Engly i april."),
    ("h", "Beslutning:"),
    ("p", "Ældrerådet finder, at maden smager godt, men at portionerne er for store for mange beboere, og at desserten for sjældent serveres. Rådet anbefaler, at maden anrettes på de enkelte afdelinger, og beder om et møde med køkkenlederen efter sommerferien."),
])
point(4, "Trafikforhold ved Brovig Station", "02/1201", [
    ("h", "Sagsfremstilling:"),
    ("p", "Der mangler bænke og et fodgængerfelt ved busterminalen, hvor mange ældre skifter mellem bus og tog."),
    ("h", "Beslutning:"),
    ("p", "Viggo Bendtsen skriver til Teknisk Udvalg med forslag om to bænke og et fodgængerfelt med lysregulering."),
])
point(5, "Årsberetning 2001", None, [
    ("h", "Beslutning:"),
    ("p", "Årsberetningen blev godkendt med enkelte sproglige rettelser og trykkes i 800 eksemplarer."),
])
point(6, "Klage over visitation", "02/1044", [
    ("h", "Sagsfremstilling:"),
    ("p", "Borgeren Aase Vinkelgaard, Humlebakken 9, klager over, at hjælpen til personlig pleje er nedsat efter revisitationen. Datteren har oplyst, at moderen har faldet to gange i badeværelset siden marts."),
    ("h", "Beslutning:"),
    ("p", "Ældrerådet kan ikke behandle enkeltsager, men formanden retter henvendelse til visitationschefen om sagsbehandlingstiden."),
], closed=True)
point(7, "Eventuelt", None, [
    ("h", "Beslutning:"),
    ("p", "Næste møde holdes den 19. juni 2002 på Lyngbo. Sommerudflugten går til Skagen den 14. august."),
])

doc.add_paragraph("")
doc.add_paragraph("Referent: Erna Krogh")

doc.save(OUT)
print("wrote", OUT)
