"""Builds 03_solvig_byraad_loebenumre.pdf (invented city council minutes, running point numbers)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "03_solvig_byraad_loebenumre.pdf")

POINTS = [
    (231, "Godkendelse af dagsorden", "000-2025-0118", False,
     [("Beslutning", "Dagsordenen blev godkendt.")]),
    (232, "Budget 2026-2029, 2. behandling", "150-2025-0210", False,
     [("Sagsfremstilling", "Budgetforliget af 12. september 2025 er indgået mellem alle partier undtagen Enhedslisten. Skatteprocenten fastholdes på 25,1, og der er afsat 14 mio. kr. til flere hjemmeplejetimer."),
      ("Beslutning", "Budgettet blev vedtaget med 23 stemmer for og 2 imod (O).")]),
    (233, "Salg af byggegrunde i Nørreløkke, etape 2", "820-2025-0377", False,
     [("Sagsfremstilling", "Etape 2 består af 18 parcelhusgrunde. Mindsteprisen foreslås fastsat til 1.150 kr. pr. m² inkl. moms."),
      ("Beslutning", "Godkendt. Grundene udbydes fra 1. november 2025.")]),
    (234, "Lokalplan 118 for boliger ved Solvig Havn", "330-2025-0412", False,
     [("Sagsfremstilling", "Lokalplanen muliggør op til 140 boliger i etagebyggeri på det tidligere værftsareal. Bygningerne må højst opføres i fem etager, og mindst 25 pct. af boligerne skal være almene. Der kom 37 høringssvar, primært om parkering og udsigt."),
      ("Indstilling", "Teknik- og Miljøudvalget anbefaler, at lokalplanen vedtages endeligt med de ændringer, der fremgår af hvidbogen."),
      ("Beslutning", "Lokalplan 118 blev vedtaget endeligt. Antallet af parkeringspladser hæves fra 0,8 til 1,0 pr. bolig.")]),
    (235, "Anlægsbevilling til ny tribune på Solvig Stadion", "430-2025-0299", False,
     [("Sagsfremstilling", "Solvig IF har søgt om en overdækket tribune med 600 siddepladser. Projektet koster 7,4 mio. kr., hvoraf klubben selv rejser 1,5 mio. kr. via fonde."),
      ("Beslutning", "Anlægsbevillingen på 5,9 mio. kr. blev givet.")]),
    (236, "Orientering om tilsyn på plejecentre 2025", "520-2025-0155", False,
     [("Sagsfremstilling", "Det uanmeldte tilsyn har besøgt kommunens fire plejecentre. Tre fik vurderingen 'ingen eller få fund', mens Havbakken fik påbud om bedre medicinhåndtering."),
      ("Beslutning", "Taget til efterretning.")]),
    (237, "(Lukket) Køb af ejendom til byfornyelse", "820-2025-0402", True,
     [("Sagsfremstilling", "Ejeren af Strandgade 19, Poul Erik Vestergaard, har accepteret at sælge ejendommen for 4.750.000 kr. kontant."),
      ("Beslutning", "Købet blev godkendt.")]),
    (238, "(Lukket) Personalesag", "810-2025-0090", True,
     [("Sagsfremstilling", "Kommunaldirektør Birgitte Holmsgaard fratræder efter eget ønske pr. 31. januar 2026 med en fratrædelsesgodtgørelse svarende til 9 måneders løn."),
      ("Beslutning", "Aftalen blev godkendt.")]),
]

class PDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, "Solvig Kommune - Byrådet - Referat 24. september 2025", align="L")
        self.ln(8)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, f"Side {self.page_no()}/{{nb}}", align="C")

def main():
    pdf = PDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Referat", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for line in ["Byrådet", "Onsdag den 24. september 2025 kl. 19:00", "Byrådssalen, Solvig Rådhus",
                 "Fraværende: Kim Asmussen (V), stedfortræder Lise Dam indkaldt"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Indhold", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for num, title, case, closed, _ in POINTS:
        pdf.cell(18, 6, str(num))
        pdf.cell(120, 6, title)
        pdf.cell(0, 6, case, new_x="LMARGIN", new_y="NEXT")
    for num, title, case, closed, blocks in POINTS:
        pdf.ln(5)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, f"{num}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, f"Sagsnr.: {case}", new_x="LMARGIN", new_y="NEXT")
        for head, text in blocks:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)

if __name__ == "__main__":
    main()
