"""Builds 07_soelvhede-fjernvarme_bestyrelsen_2009.pdf (invented meeting).

Run with a Python that has fpdf2:
    python make_pdf.py
Uses DejaVu Sans when present so that æ, ø and å are embedded correctly.
"""
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("07_soelvhede-fjernvarme_bestyrelsen_2009.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

POINTS = [
    ("1", "Godkendelse af protokol fra mødet den 23. september 2009", None, False, [
        ("Beslutning", "Protokollen blev godkendt og underskrevet."),
    ]),
    ("2", "Varmepris for 2010", "SF 09.114", False, [
        ("Sagsfremstilling", "Budgettet for 2010 viser et overskud fra 2009 på 1,7 mio. kr., som efter "
                             "varmeforsyningsloven skal tilbageføres til forbrugerne. Lavere gaspriser og den nye "
                             "røggaskondensering på Centralen giver samtidig lavere produktionsomkostninger."),
        ("Indstilling", "Driftslederen indstiller, at prisen pr. MWh sænkes fra 465 kr. til 438 kr. ekskl. moms fra "
                        "1. januar 2010, og at den faste afgift på 1.850 kr. pr. installation fastholdes."),
        ("Beslutning", "Indstillingen godkendt. Prisen anmeldes til Energitilsynet."),
    ]),
    ("3", "Solvarmeanlæg ved Sølvhede Øst - projektforslag", "SF 09.097", False, [
        ("Sagsfremstilling", "Rådgiverfirmaet har udarbejdet projektforslag for et solvarmeanlæg på 9.800 m2 "
                             "solfangere på jorden øst for Mosevej. Anlægget forventes at dække ca. 18 % af det "
                             "årlige varmebehov. Anlægsudgiften er anslået til 21 mio. kr."),
        ("Indstilling", "Det indstilles, at projektforslaget sendes til Sølvhede Kommune til godkendelse efter "
                        "varmeforsyningsloven, og at kommunen anmodes om lånegaranti."),
        ("Beslutning", "Godkendt. Formanden og driftslederen tager kontakt til kommunens tekniske forvaltning."),
    ]),
    ("4", "Ordinær generalforsamling 2010", "SF 09.120", False, [
        ("Beslutning", "Generalforsamlingen holdes torsdag den 15. april 2010 kl. 19.30 på Sølvhede Kro. "
                       "På valg er Ingrid Boel og Kaj Stensballe, som begge modtager genvalg."),
    ]),
    ("5", "Lukket punkt: Inddrivelse af restancer", "SF 09.121", True, [
        ("Beslutning", "Bestyrelsen besluttede at overgive sagen mod forbruger Gunnar Ibsen Skærbæk til "
                       "inkasso. Restancen udgør 67.215 kr. inkl. renter."),
    ]),
    ("6", "Lukket punkt: Driftslederens ansættelsesvilkår", "SF 09.122", True, [
        ("Beslutning", "Bestyrelsen godkendte et nyt tillæg til kontrakten for driftsleder Poul Erik Vandkær, "
                       "hvorefter lønnen forhøjes til 712.000 kr. årligt fra 1. januar 2010."),
    ]),
    ("7", "Eventuelt", None, False, [
        ("Beslutning", "Kaj Stensballe gjorde opmærksom på, at skiltningen ved genbrugsstationen bør opdateres "
                       "med værkets nye telefonnummer."),
    ]),
]


class Protocol(FPDF):
    font_name = "Helvetica"

    def header(self):
        self.set_font(self.font_name, "", 8)
        self.cell(0, 5, "Sølvhede Fjernvarme a.m.b.a.  ·  Bestyrelsesmøde 18. november 2009", align="L")
        self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.font_name, "", 8)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="C")


def main() -> None:
    pdf = Protocol(format="A4")
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        Protocol.font_name = "DejaVu"
    f = Protocol.font_name
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font(f, "B", 15)
    pdf.multi_cell(0, 8, "Sølvhede Fjernvarme a.m.b.a.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(f, "", 12)
    pdf.multi_cell(0, 7, "Referat af bestyrelsesmøde", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, value in [
        ("Tid", "Onsdag den 18. november 2009 kl. 19.00"),
        ("Sted", "Værkets kontor, Mosevej 12, Sølvhede"),
        ("Til stede", "Ingrid Boel (formand), Kaj Stensballe, Leif Mørup, Annette Gjøl, Søren Bach; "
                      "driftsleder (referent)"),
        ("Fraværende", "Søren Bach"),
    ]:
        pdf.set_font(f, "B", 9.5)
        pdf.cell(26, 5.5, label + ":")
        pdf.set_font(f, "", 9.5)
        pdf.multi_cell(0, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(f, "B", 10)
    pdf.cell(0, 6, "Dagsorden")
    pdf.ln(6)
    pdf.set_font(f, "", 9.5)
    for no, title, case, closed, _ in POINTS:
        pdf.cell(0, 5, f"{no}.  {title}")
        pdf.ln(5)
    pdf.ln(4)

    for no, title, case, closed, sections in POINTS:
        pdf.set_draw_color(120, 120, 120)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
        pdf.set_font(f, "B", 11)
        pdf.multi_cell(0, 6, f"Ad {no}. {title}", new_x="LMARGIN", new_y="NEXT")
        if case:
            pdf.set_font(f, "", 8.5)
            pdf.cell(0, 5, f"Sagsnr. {case}")
            pdf.ln(6)
        if closed:
            pdf.set_font(f, "I", 9)
            pdf.cell(0, 5, "Behandlet for lukkede døre - udgår af den offentlige udgave")
            pdf.ln(6)
        for head, text in sections:
            pdf.set_font(f, "B", 9.5)
            pdf.cell(0, 5.5, head + ":")
            pdf.ln(5.5)
            pdf.set_font(f, "", 9.5)
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(3)

    pdf.ln(8)
    pdf.set_font(f, "", 9.5)
    pdf.multi_cell(0, 5, "Mødet sluttede kl. 21.40.\n\n"
                         "Ingrid Boel          Kaj Stensballe          Leif Mørup          Annette Gjøl",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
