"""Builds the invented Word referat in this folder.

Run: /work/main/.venv/bin/python make_docx.py
All names, case numbers and amounts are invented.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("vesteraa_buu_referat_januar.docx")

doc = Document()
core = doc.core_properties
core.title = "Referat"
core.author = "Sekretariatet, Vesterå Kommune"
core.subject = "Børne- og Ungeudvalget"

section = doc.sections[0]
hdr = section.header.paragraphs[0]
hdr.text = "Vesterå Kommune\tBørne- og Ungeudvalget\tReferat"
ftr = section.footer.paragraphs[0]
ftr.text = "Referatet er godkendt og underskrevet digitalt i dagsordensystemet."
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph()
r = p.add_run("Vesterå Kommune")
r.bold = True
r.font.size = Pt(16)
doc.add_heading("Referat – Børne- og Ungeudvalget", level=0)

meta = [
    ("Udvalg", "Børne- og Ungeudvalget"),
    ("Mødedato", "2025-01-14"),
    ("Tidspunkt", "Kl. 08:30 - 11:15"),
    ("Mødested", "Mødelokale Ådalen, Vesterå Rådhus"),
    ("Medlemmer", "Mette Skovbo (A) (formand), Anders Fisker (V), Nanna Rytter (SF), "
                  "Jens Holmgaard (K), Tina Vad (A)"),
    ("Fraværende", "Jens Holmgaard (K)"),
    ("Referent", "Louise Brink"),
]
table = doc.add_table(rows=0, cols=2)
table.style = "Table Grid"
for k, v in meta:
    cells = table.add_row().cells
    cells[0].text = k
    cells[1].text = v
    cells[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
doc.add_heading("Indholdsfortegnelse", level=1)
toc = [
    "1. Godkendelse af dagsorden",
    "2. Kapacitet på skoleområdet 2025-2030",
    "3. Ny model for specialundervisning",
    "4. Tilsyn med private pasningsordninger 2024",
    "5. Klage over afgørelse om skoleskift (Lukket)",
    "6. Åbningstider i dagtilbud i sommerferien 2025",
    "7. Meddelelser",
]
for line in toc:
    doc.add_paragraph(line, style="List Paragraph")

doc.add_page_break()


def point(title, sags_id, sections, decision):
    doc.add_heading(title, level=1)
    if sags_id:
        doc.add_paragraph(f"Sags ID: {sags_id}")
    for head, paras in sections:
        doc.add_heading(head, level=2)
        for para in paras:
            if para.startswith("- "):
                doc.add_paragraph(para[2:], style="List Bullet")
            else:
                doc.add_paragraph(para)
    doc.add_heading("Beslutning", level=2)
    for para in decision:
        doc.add_paragraph(para)


point("1. Godkendelse af dagsorden", None, [], [
    "Godkendt.",
    "Fraværende: Jens Holmgaard (K)",
])

point("2. Kapacitet på skoleområdet 2025-2030", "EMN-2024-03112", [
    ("Sagsfremstilling", [
        "Forvaltningen har opdateret elevprognosen for kommunens ni folkeskoler. "
        "Prognosen viser en stigning på ca. 260 elever frem mod 2030, primært i "
        "skoledistrikterne Nørremark og Ådalen, hvor der udstykkes nye boligområder.",
        "Nørremarkskolen vil fra skoleåret 2027/28 mangle fire klasselokaler. "
        "Forvaltningen peger på tre mulige løsninger:",
        "- udvidelse af Nørremarkskolen med en ny fløj",
        "- justering af skoledistriktsgrænsen mellem Nørremark og Egeskolen",
        "- midlertidige pavilloner i en periode på fem år",
    ]),
    ("Økonomi", [
        "En ny fløj er skønnet til 28 mio. kr. Pavilloner koster ca. 1,1 mio. kr. "
        "årligt i leje. En distriktsændring har ingen anlægsudgifter.",
    ]),
    ("Indstilling", [
        "Direktøren for Børn og Unge indstiller, at forvaltningen udarbejder et "
        "beslutningsoplæg om distriktsjustering og en ny fløj til budget 2026.",
    ]),
], [
    "Godkendt.",
    "Fraværende: Jens Holmgaard (K)",
])

point("3. Ny model for specialundervisning", "EMN-2024-03877", [
    ("Sagsfremstilling", [
        "Udgifterne til specialundervisning er steget med 19 pct. siden 2021. "
        "Forvaltningen foreslår en ny model, hvor hver skole får en fast ramme "
        "til inkluderende indsatser og et specialcenter på Egeskolen med plads "
        "til 36 elever, så flere børn kan gå i skole i kommunen frem for i "
        "private specialskoler.",
        "Modellen har været drøftet med skoleledere, PPR og Vesterå Lærerkreds.",
    ]),
    ("Indstilling", [
        "Direktøren for Børn og Unge indstiller, at modellen sendes i høring hos "
        "skolebestyrelser og MED-udvalg frem til 28. februar 2025.",
    ]),
], [
    "Godkendt. Nanna Rytter (SF) ønskede ført til referat, at høringen også "
    "skal omfatte Handicaprådet.",
    "Fraværende: Jens Holmgaard (K)",
])

point("4. Tilsyn med private pasningsordninger 2024", "EMN-2024-04120", [
    ("Sagsfremstilling", [
        "Kommunen har ført tilsyn med 23 private passere i 2024. Der er givet "
        "påbud i to tilfælde vedrørende legepladssikkerhed, som begge er bragt i "
        "orden. Tilsynsrapporterne er offentliggjort på kommunens hjemmeside.",
    ]),
    ("Indstilling", [
        "Direktøren for Børn og Unge indstiller, at orienteringen tages til efterretning.",
    ]),
], [
    "Taget til efterretning.",
    "Fraværende: Jens Holmgaard (K)",
])

doc.add_heading("5. Klage over afgørelse om skoleskift (Lukket)", level=1)
doc.add_paragraph("Sags ID: EMN-2024-04702")
doc.add_paragraph("Lukket punkt.")

point("6. Åbningstider i dagtilbud i sommerferien 2025", "EMN-2025-00088", [
    ("Sagsfremstilling", [
        "Som i tidligere år foreslås det, at kommunens daginstitutioner holder "
        "sommerlukket i tre uger, i år uge 28, 29 og 30. I de tre uger tilbydes "
        "samlet pasning i Solsikken i Vesterå by og i Myretuen i Nørremark for "
        "børn, hvis forældre ikke kan holde ferie.",
        "Forældrene skal tilmelde behov for pasning senest 1. april 2025 via "
        "Aula. Dagplejen holder lukket efter samme model med gæstepleje.",
    ]),
    ("Indstilling", [
        "Direktøren for Børn og Unge indstiller, at sommerlukning i uge 28-30 godkendes.",
    ]),
], [
    "Godkendt.",
    "Fraværende: Jens Holmgaard (K)",
])

point("7. Meddelelser", None, [
    ("Sagsfremstilling", [
        "Formanden orienterede om besøg på Ungdomsskolen den 5. februar.",
    ]),
], [
    "Taget til efterretning.",
    "Fraværende: Jens Holmgaard (K)",
])

doc.save(OUT)
print("wrote", OUT)
