"""Builds lindsvig_tmu_referat.docx: an invented committee minute in a typical
Word layout (cover table, heading per point, bold section labels)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("lindsvig_tmu_referat.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Lindsvig Kommune – Teknik- og Miljøudvalget"
sec.footer.paragraphs[0].text = "Referat godkendt og underskrevet digitalt 15. maj 2024"

doc.add_paragraph("LINDSVIG KOMMUNE").runs[0].bold = True
doc.add_heading("Referat – Teknik- og Miljøudvalget", level=0)

meta = [
    ("Mødedato", "13. maj 2024"),
    ("Tidspunkt", "kl. 8.15 – 11.00"),
    ("Mødested", "Mødelokale Æblehaven, Lindsvig Rådhus"),
    ("Deltagere", "Birgitte Kolding (formand), Jens Peter Ulstrup, Nanna Friis, "
                  "Ole Schack, Camilla Bang"),
    ("Afbud", "Ole Schack"),
    ("Referent", "Maja Thygesen"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in meta:
    row = t.add_row().cells
    row[0].text = k
    row[1].text = v

points = [
    ("Godkendelse af dagsorden", None, False,
     [], "Godkendt."),
    ("Vedtagelse af klimatilpasningsplan for Lindsvig Bymidte",
     "KLE 09.02.20-P15-2-23", False,
     [("Sagsfremstilling",
       "Forslag til klimatilpasningsplan har været i høring i otte uger. Planen "
       "udpeger tre områder med risiko for oversvømmelse ved skybrud: Kirkestræde, "
       "Havnepladsen og boligområdet Skovhaven. Der foreslås regnvandsbassiner og "
       "grønne render med en samlet anlægsudgift på 31 mio. kr. over ti år, som "
       "afholdes af Lindsvig Spildevand A/S."),
      ("Indstilling", "Forvaltningen indstiller, at planen vedtages endeligt.")],
     "Anbefales over for Byrådet."),
    ("Hastighedsbegrænsning på Mosevej ved Lindsvig Friskole",
     "KLE 05.13.00-G01-7-24", False,
     [("Sagsfremstilling",
       "Forældrekredsen ved Lindsvig Friskole har bedt om en lavere hastighed på "
       "Mosevej. Der er målt en gennemsnitshastighed på 61 km/t på strækningen, "
       "hvor grænsen i dag er 60 km/t. Politiet har givet samtykke til en lokal "
       "hastighedsbegrænsning på 40 km/t på 450 meter af vejen."),
      ("Økonomi", "Skiltning og bump koster ca. 185.000 kr. og afholdes af "
                  "trafiksikkerhedspuljen."),
      ("Indstilling", "At der indføres 40 km/t på strækningen.")],
     "Godkendt. Udvalget ønsker en ny hastighedsmåling efter et år."),
    ("Fortroligt: Erstatningskrav vedrørende vandskade på Kildebakken",
     "KLE 06.00.05-G01-2-24", True,
     [("Sagsfremstilling",
       "Ejeren af ejendommen Kildebakken 12 har rejst et erstatningskrav efter "
       "oversvømmelse af kælderen. Kommunens forsikringsmægler vurderer, at "
       "kravet kan forliges for højst 94.000 kr. under betegnelsen Forlig Hyldebær.")],
     "Forvaltningen bemyndiges til at indgå forlig inden for rammen."),
    ("Ændret tømningsordning for haveaffald",
     "KLE 07.00.00-P20-1-24", False,
     [("Sagsfremstilling",
       "Haveaffald hentes i dag hver 14. dag i hele året. Forvaltningen foreslår "
       "hentning hver 14. dag fra april til november og ingen hentning i "
       "vintermånederne. Det sparer 0,8 mio. kr. om året, og gebyret kan sænkes "
       "fra 640 kr. til 575 kr. pr. husstand."),
      ("Indstilling", "At den ændrede ordning indføres fra 1. januar 2025.")],
     "Anbefales over for Byrådet. Jens Peter Ulstrup tog forbehold."),
    ("Orientering og eventuelt", None, False, [],
     "Formanden orienterede om besigtigelsesturen til Skovhaven den 3. juni."),
]

for n, (title, kle, closed, sections, decision) in enumerate(points, start=1):
    doc.add_heading(f"{n}. {title}", level=1)
    if kle:
        doc.add_paragraph(f"Sagsnummer: {kle}")
    for label, text in sections:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        doc.add_paragraph(text)
    p = doc.add_paragraph()
    p.add_run("Beslutning i Teknik- og Miljøudvalget den 13-05-2024").bold = True
    doc.add_paragraph(decision)

doc.save(OUT)
print("wrote", OUT)
