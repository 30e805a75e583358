"""Builds 02_oekonomiudvalget_2018-10-01.docx (invented minutes, Word layout)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("02_oekonomiudvalget_2018-10-01.docx")
DECISION = "Beslutning i Økonomiudvalget den 1. oktober 2018:"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Sønderå Kommune · Økonomiudvalget · Referat"
sec.footer.paragraphs[0].text = "Referat godkendt og underskrevet elektronisk"

doc.add_heading("Referat", level=0)
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Udvalg", "Økonomiudvalget"),
    ("Mødedato", "Mandag den 1. oktober 2018"),
    ("Tidspunkt", "kl. 08:00 - 10:30"),
    ("Mødested", "Borgmesterens mødelokale, Sønderå Rådhus"),
    ("Medlemmer", "Torben Kjeldgaard (borgmester), Lene Vestergren, Jens Peder Munk, Sabina Frølund, Kim Asbjørnsen, Gitte Hallum, Niels Ørnskov"),
    ("Afbud", "Sabina Frølund"),
    ("Referent", "Maja Lund Ibsen"),
]:
    r = t.add_row().cells
    r[0].text = k
    r[1].text = v
    r[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
doc.add_paragraph("Indholdsfortegnelse").runs[0].bold = True
points = [
    (153, "Godkendelse af dagsorden", None),
    (154, "Budgetopfølgning pr. 31. august 2018", "330-2018-3619"),
    (155, "Anlægsbevilling til renovering af taget på Nordskolen", "330-2018-2207"),
    (156, "Låneoptagelse for 2018", "330-2018-4015"),
    (157, "Salg af ejendom i bymidten", "330-2018-3988"),
    (158, "Ansøgning om kommunegaranti - Stenbæk Vandværk", "330-2018-3411"),
    (159, "Eventuelt", None),
]
for n, title, _ in points:
    suffix = " - Fortroligt" if n == 157 else ""
    doc.add_paragraph(f"Pkt. {n} {title}{suffix}\t{n - 150}")


def point(n, title, caseno, closed=False):
    doc.add_page_break()
    h = doc.add_heading(f"Pkt. {n} {title}", level=1)
    if closed:
        p = doc.add_paragraph()
        r = p.add_run("FORTROLIGT")
        r.bold = True
    if caseno:
        doc.add_paragraph(f"Sagsnummer: {caseno}")


def label(text):
    doc.add_paragraph().add_run(text).bold = True


def body(text, style=None):
    doc.add_paragraph(text, style=style)


# 153
point(153, "Godkendelse af dagsorden", None)
label(DECISION)
body("Dagsordenen blev godkendt.")
body("Fraværende: Sabina Frølund")

# 154
point(154, "Budgetopfølgning pr. 31. august 2018", "330-2018-3619")
label("Sagsfremstilling")
body("Forvaltningen har gennemført budgetopfølgning med udgangspunkt i forbruget til og med august. "
     "Opfølgningen viser et samlet forventet merforbrug på driften på 7,9 mio. kr., som primært skyldes:")
body("Flere borgere i botilbud end budgetteret", style="List Number")
body("Højere udgifter til specialundervisning", style="List Number")
body("Ekstraordinære udgifter til vintervedligehold i første kvartal", style="List Number")
body("Fagudvalgene har hver især anvist tiltag, der forventes at nedbringe merforbruget til ca. 3 mio. kr. ved årets udgang.")
label("Indstilling")
body("Direktionen indstiller, at budgetopfølgningen tages til efterretning og oversendes til Byrådet.")
label(DECISION)
body("Anbefales.")
body("Fraværende: Sabina Frølund")

# 155
point(155, "Anlægsbevilling til renovering af taget på Nordskolen", "330-2018-2207")
label("Sagsfremstilling")
body("Taget på Nordskolens B-fløj er utæt flere steder, og der er konstateret fugtskader i tre klasselokaler. "
     "Der er indhentet tilbud på en fuld udskiftning af tagpap og isolering. Arbejdet udføres i skolens vinterferie og påskeferie.")
label("Økonomi")
body("Der søges en anlægsbevilling på 3,6 mio. kr. finansieret af den afsatte pulje til bygningsvedligehold.")
label(DECISION)
body("Anbefales.")
body("Fraværende: Sabina Frølund")

# 156
point(156, "Låneoptagelse for 2018", "330-2018-4015")
label("Sagsfremstilling")
body("Kommunen har låneadgang til energirenovering og byfornyelse. Det foreslås at hjemtage et fastforrentet lån i KommuneKredit med en løbetid på 25 år.")
label(DECISION)
body("Anbefales.")
body("Fraværende: Sabina Frølund")

# 157 closed
point(157, "Salg af ejendom i bymidten", "330-2018-3988", closed=True)
label("Sagsfremstilling")
body("Kornmod Ejendomme A/S har afgivet bud på den tidligere musikskole, Vestergade 118. "
     "Buddet er fremsendt af direktør Lise Thorvang og er betinget af, at der kan opnås tilladelse til etablering af 14 boliger.")
label(DECISION)
body("Økonomiudvalget godkendte, at forhandlingerne fortsættes.")

# 158
point(158, "Ansøgning om kommunegaranti - Stenbæk Vandværk", "330-2018-3411")
label("Sagsfremstilling")
body("Stenbæk Vandværk a.m.b.a. skal udskifte ca. 4 km hovedledning samt renovere rentvandstanken. "
     "Vandværket søger om kommunegaranti for et lån på 2,8 mio. kr. i KommuneKredit. "
     "Garantien påvirker ikke kommunens låneramme, og der opkræves en garantiprovision på 0,5 pct. årligt.")
label("Indstilling")
body("Direktionen indstiller, at der gives kommunegaranti som ansøgt.")
label(DECISION)
body("Anbefales over for Byrådet.")
body("Fraværende: Sabina Frølund")

# 159
point(159, "Eventuelt", None)
label(DECISION)
body("Intet.")

doc.save(OUT)
print("wrote", OUT)
