"""Builds 03_fjordby_byraad_pdf.pdf (invented minutes) with fpdf2, core Helvetica (latin-1)."""
from fpdf import FPDF

OUT = "03_fjordby_byraad_pdf.pdf"

class P(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Fjordby Kommune - Byrådet - Referat - 2025-06-24", align="L")
        self.cell(0, 5, "Offentlig", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
    def footer(self):
        self.set_y(-12); self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Side {self.page_no()}/{{nb}}", align="C")

pdf = P(); pdf.alias_nb_pages(); pdf.set_auto_page_break(True, 18); pdf.add_page()
pdf.set_font("Helvetica", "B", 18); pdf.cell(0, 10, "Referat", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 13); pdf.cell(0, 8, "Byrådet", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
for line in ["Mødedato: 2025-06-24, kl. 19:00", "Mødested: Byrådssalen, Fjordby Rådhus",
             "Fraværende: Niels Overgaard (O), stedfortræder Ulla Kragh indkaldt",
             "Mødet blev hævet kl. 22:15"]:
    pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
items = [
 (112, "Godkendelse af dagsorden", "2025-000101", False,
  [("Beslutning", "Dagsordenen blev godkendt.")]),
 (113, "Budgetopfølgning pr. 31. maj 2025", "2025-004417", False,
  [("Sagsfremstilling", "Budgetopfølgningen viser et forventet mindreforbrug på driften på 6,2 mio. kr., primært på ældreområdet, hvor færre borgere end budgetteret har brug for plejebolig. Anlæg forventes at blive forsinket med 14,8 mio. kr., som søges overført til 2026."),
   ("Indstilling", "Økonomiudvalget anbefaler, at budgetopfølgningen tages til efterretning."),
   ("Beslutning", "Taget til efterretning.")]),
 (114, "Salg af byggegrunde i Havnelunden", "2025-006230", False,
  [("Sagsfremstilling", "Kommunen har byggemodnet 22 parcelhusgrunde i Havnelunden. Grundene foreslås udbudt til faste priser mellem 495.000 kr. og 780.000 kr. ekskl. moms, fordelt efter størrelse og udsigt til fjorden. Salget sker efter først-til-mølle princippet via kommunens hjemmeside fra 1. september 2025."),
   ("Beslutning", "Godkendt med 25 stemmer. 2 medlemmer (Ø) stemte imod og ønskede en andel af grundene reserveret til almene boliger.")]),
 (115, "Ny biblioteksfilial i Strandby", "2025-003981", False,
  [("Sagsfremstilling", "Kultur- og Fritidsudvalget foreslår, at der indrettes en selvbetjent biblioteksfilial i den tidligere Brugs i Strandby. Filialen får åbent kl. 7-22 alle ugens dage med adgang via sundhedskort. Driftsudgiften er 310.000 kr. årligt."),
   ("Beslutning", "Godkendt.")]),
 (116, "Anlægsbevilling til renovering af Fjordhallen", "2025-007702", False,
  [("Sagsfremstilling", "Fjordhallen fra 1974 har utæt tag, dårligt indeklima og omklædningsrum, der ikke lever op til nutidens krav. Der søges om en anlægsbevilling på 18,4 mio. kr. til nyt tag, ventilation og fire nye omklædningsrum. Lokale- og Anlægsfonden har givet tilsagn om 2 mio. kr. Byggeriet forventes gennemført fra april 2026 til januar 2027, hvor hallen holdes lukket."),
   ("Indstilling", "Økonomiudvalget anbefaler, at anlægsbevillingen gives og finansieres af kassebeholdningen."),
   ("Beslutning", "Godkendt. Byrådet bad om, at foreningerne tilbydes erstatningstider i skolernes gymnastiksale i byggeperioden.")]),
 (117, "Spørgsmål fra medlemmerne", "2025-000102", False,
  [("Beslutning", "Karen Lysgaard (F) spurgte til status på cykelstien langs Kystvejen. Borgmesteren svarede, at projektet afventer svar fra Vejdirektoratet.")]),
 (118, "Lukket: Køb af ejendom, matr.nr. 14b Fjordby By", "2025-008145", True,
  [("Sagsfremstilling", "Sælger Henning Aalund har tilbudt kommunen ejendommen Havnegade 9 til brug for udvidelse af havneområdet. Der er forhandlet en købesum på 3.250.000 kr. med overtagelse 1. oktober 2025. Vurderingsstyrelsens seneste ejendomsværdi er 2.600.000 kr."),
   ("Beslutning", "Købet blev godkendt.")]),
 (119, "Lukket: Personalesag", "2025-008300", True,
  [("Sagsfremstilling", "Kommunaldirektør Sanne Brix har anmodet om at fratræde sin stilling. Der er indgået aftale om fratrædelse pr. 30. september 2025 med en fratrædelsesgodtgørelse svarende til 9 måneders løn."),
   ("Beslutning", "Aftalen blev godkendt. Borgmesteren bemyndiges til at igangsætte rekruttering.")]),
]
for nr, title, sag, closed, secs in items:
    if pdf.get_y() > 240: pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, f"{nr}. {title}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, f"Sagsnummer: {sag}" + ("    LUKKET PUNKT" if closed else ""), new_x="LMARGIN", new_y="NEXT")
    for h, body in secs:
        pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
pdf.output(OUT)
print("wrote", OUT)
