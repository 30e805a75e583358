"""Generate hasselby_kfu_referat.docx (invented minutes) with python-docx."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("hasselby_kfu_referat.docx")

doc = Document()
section = doc.sections[0]
section.header.paragraphs[0].text = "Hasselby Kommune\tKultur- og Fritidsudvalget\t02-11-2021"
section.footer.paragraphs[0].text = "Referat – Kultur- og Fritidsudvalget"

doc.add_paragraph("Hasselby Kommune")
doc.add_heading("Referat", level=0)
doc.add_paragraph("Kultur- og Fritidsudvalget").runs[0].bold = True
doc.add_paragraph("Mødedato: Tirsdag den 2. november 2021")
doc.add_paragraph("Mødetidspunkt: Kl. 16.30")
doc.add_paragraph("Mødested: Hasselby Bibliotek, mødesalen")

t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate([
    ("Medlemmer", "Frederik Aalund (formand), Gitte Vang, Poul Sandholm, Nadia Rahimi, Lone Bjerre"),
    ("Afbud", "Poul Sandholm"),
    ("Referent", "Kulturkonsulent Jonas Ebbesen"),
]):
    t.cell(i, 0).text = k
    t.cell(i, 1).text = v

doc.add_paragraph("")
doc.add_heading("Indhold", level=1)
for nr, titel in [
    (38, "Godkendelse af dagsorden"),
    (39, "Fordeling af puljen til kulturelle events 2022"),
    (40, "Renovering af kunstgræsbane ved Hasselby Idrætspark"),
    (41, "Biblioteksbetjening i landdistrikterne"),
    (42, "Forpagtning af cafeteria i svømmehallen"),
    (43, "Meddelelser"),
]:
    doc.add_paragraph(f"{nr}.\t{titel}")


def punkt(nr, titel, kle, sections, lukket=False):
    doc.add_page_break()
    p = doc.add_paragraph(f"{nr}.")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(14)
    doc.add_heading(titel, level=2)
    if lukket:
        doc.add_paragraph("Lukket sag").runs[0].italic = True
    doc.add_paragraph(f"Sagsnr.: {kle}")
    for head, body in sections:
        doc.add_paragraph(head).runs[0].bold = True
        for line in body:
            if line.startswith("* "):
                doc.add_paragraph(line[2:], style="List Number")
            else:
                doc.add_paragraph(line)


punkt(38, "Godkendelse af dagsorden", "00.01.00-A00-41-21", [
    ("Beslutning i Kultur- og Fritidsudvalget den 02-11-2021", ["Godkendt.", "Afbud: Poul Sandholm"]),
])
punkt(39, "Fordeling af puljen til kulturelle events 2022", "18.20.00-Ø40-7-21", [
    ("Sagsfremstilling", [
        "Der er indkommet 23 ansøgninger til puljen på i alt 1.140.000 kr. Puljen udgør 600.000 kr. "
        "Forvaltningen har vurderet ansøgningerne efter følgende kriterier:",
        "1) Arrangementet skal være åbent for alle borgere",
        "2) Der skal være frivillige involveret",
        "3) Arrangementet skal finde sted i Hasselby Kommune",
        "Forvaltningen foreslår at støtte 14 arrangementer, heriblandt Hasselby Jazzdage med 85.000 kr.",
    ]),
    ("Indstilling", ["Forvaltningen indstiller, at puljen fordeles som vist i bilag 1."]),
    ("Beslutning i Kultur- og Fritidsudvalget den 02-11-2021", ["Godkendt."]),
    ("Bilag", ["Bilag 1: Oversigt over ansøgninger og forslag til fordeling"]),
])
punkt(40, "Renovering af kunstgræsbane ved Hasselby Idrætspark", "18.15.00-G01-3-21", [
    ("Resume", [
        "Kunstgræsbanen fra 2009 er slidt ned, og DBU har varslet, at den ikke længere kan godkendes til turneringskampe.",
    ]),
    ("Sagsfremstilling", [
        "Forvaltningen foreslår at udskifte kunstgræstæppet og samtidig skifte gummigranulatet ud med et "
        "fyld af korkgranulat, som ikke afgiver mikroplast. Arbejdet udføres i vinterpausen, og banen forventes "
        "klar til brug den 1. april 2022.",
    ]),
    ("Økonomi", ["Projektet koster 3,6 mio. kr. og finansieres af den afsatte anlægspulje til idrætsfaciliteter."]),
    ("Indstilling", ["Forvaltningen indstiller, at projektet godkendes og frigives."]),
    ("Beslutning i Kultur- og Fritidsudvalget den 02-11-2021", ["Godkendt."]),
])
punkt(41, "Biblioteksbetjening i landdistrikterne", "18.00.00-A00-2-21", [
    ("Sagsfremstilling", [
        "Bogbussen er udtjent og skal udskiftes. Som alternativ foreslås selvbetjente afhentningsskabe i "
        "landsbyerne Ørnstrup, Kildebjerg og Hvidsten, kombineret med ugentlige bemandede åbningstider i forsamlingshusene.",
    ]),
    ("Indstilling", ["Forvaltningen indstiller, at udvalget drøfter de to modeller."]),
    ("Beslutning i Kultur- og Fritidsudvalget den 02-11-2021", [
        "Udvalget ønsker model med afhentningsskabe undersøgt nærmere, herunder driftsøkonomi.",
    ]),
])
punkt(42, "Forpagtning af cafeteria i svømmehallen", "18.15.20-K08-1-21", [
    ("Sagsfremstilling", [
        "Efter udbud anbefales det at indgå forpagtningsaftale med Café Grønspætten I/S. "
        "Forpagtningsafgiften er aftalt til 6.250 kr. om måneden i en fireårig periode.",
    ]),
    ("Beslutning i Kultur- og Fritidsudvalget den 02-11-2021", ["Godkendt."]),
], lukket=True)
punkt(43, "Meddelelser", "00.01.00-A00-42-21", [
    ("Sagsfremstilling", ["Orientering om åbningen af den nye skatepark den 20. november 2021."]),
    ("Beslutning i Kultur- og Fritidsudvalget den 02-11-2021", ["Til orientering."]),
])

doc.save(OUT)
print("wrote", OUT)
