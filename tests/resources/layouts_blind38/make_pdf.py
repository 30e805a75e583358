"""Builds 07_norddal-forsyning_bestyrelsen_2011.pdf (invented meeting).

Run with a Python that has fpdf2:
    python make_pdf.py
Uses DejaVu Sans when present so that æ, ø and å are embedded correctly.
"""
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("07_norddal-forsyning_bestyrelsen_2011.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

POINTS = [
    (41, "Godkendelse af beslutningsprotokol fra mødet 16. juni 2011", None, False, [
        ("Beslutning", "Godkendt og underskrevet."),
    ]),
    (42, "Halvårsregnskab 2011", "NF-2011-031", False, [
        ("Indstilling", "Direktionen indstiller, at halvårsregnskabet tages til efterretning."),
        ("Beslutning", "Taget til efterretning. Resultatet for 1. halvår er et overskud på 2,3 mio. kr., "
                       "som følger budgettet."),
    ]),
    (43, "Vandtakst 2012", "NF-2011-032", False, [
        ("Indstilling", "Direktionen indstiller, at prisen pr. m3 vand hæves fra 9,75 kr. til 10,20 kr. "
                        "ekskl. moms og afgifter fra 1. januar 2012, og at det faste årlige bidrag "
                        "fastholdes på 650 kr. pr. måler."),
        ("Beslutning", "Indstillingen godkendt. Taksten sendes til anmeldelse hos Forsyningssekretariatet "
                       "og til Norddal Kommune."),
    ]),
    (44, "Renovering af Vandværk Nord", "NF-2011-018", False, [
        ("Indstilling", "Direktionen indstiller, at der gives bevilling på 4,6 mio. kr. til nye filtre "
                        "og en ny rentvandstank på 800 m3."),
        ("Beslutning", "Godkendt. Arbejdet udbydes i oktober 2011 og udføres i 2012."),
    ]),
    (45, "Forlig i tvist om ledningsarbejde, Kirkebakken", "NF-2011-024", True, [
        ("", "Punktet behandles for lukkede døre."),
        ("Indstilling", "Direktionen indstiller, at selskabet indgår forlig med entreprenør "
                        "Preben Holst Agerskov om den forsinkede ledningsomlægning, så selskabet "
                        "betaler 1.286.400 kr. til fuld og endelig afgørelse."),
        ("Beslutning", "Godkendt. Formanden og direktøren underskriver forliget."),
    ]),
    (46, "Mødeplan 2012", "NF-2011-035", False, [
        ("Beslutning", "Bestyrelsen holder møde 1. marts, 14. juni, 23. august og 6. december 2012."),
    ]),
]


class Protocol(FPDF):
    font_name = "Helvetica"

    def header(self):
        self.set_font(self.font_name, "", 8)
        self.cell(0, 5, "Norddal Forsyning A/S  ·  Beslutningsprotokol", align="L")
        self.cell(0, 5, "24. august 2011", align="R")
        self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.font_name, "", 8)
        self.cell(0, 5, f"Side {self.page_no()}/{{nb}}", align="R")


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
    pdf.multi_cell(0, 8, "Bestyrelsen for Norddal Forsyning A/S", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(f, "", 12)
    pdf.multi_cell(0, 7, "Beslutningsprotokol for bestyrelsesmøde nr. 5/2011", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(f, "", 9.5)
    for label, value in [
        ("Dato", "Onsdag den 24. august 2011, kl. 15.00-17.15"),
        ("Sted", "Mødelokalet, Norddal Forsyning, Værkstedvej 9, Norddal"),
        ("Deltagere", "Birthe Skytte (formand), Ove Raunkjær (næstformand), Mogens Lund, "
                      "Tina Overgaard, medarbejdervalgt Kurt Ribe; direktør Henrik Salomonsen"),
        ("Afbud", "Mogens Lund"),
    ]:
        pdf.set_font(f, "B", 9.5)
        pdf.cell(24, 5.5, label + ":")
        pdf.set_font(f, "", 9.5)
        pdf.multi_cell(0, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for no, title, case, closed, sections in POINTS:
        pdf.set_draw_color(120, 120, 120)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
        pdf.set_font(f, "B", 11)
        pdf.multi_cell(0, 6, f"Sag {no}    {title}", new_x="LMARGIN", new_y="NEXT")
        if case:
            pdf.set_font(f, "", 8.5)
            pdf.cell(0, 5, f"Journalnr. {case}")
            pdf.ln(6)
        for head, text in sections:
            if head:
                pdf.set_font(f, "B", 9.5)
                pdf.cell(0, 5.5, head + ":")
                pdf.ln(5.5)
                pdf.set_font(f, "", 9.5)
            else:
                pdf.set_font(f, "I", 9.5)
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(3)

    pdf.ln(6)
    pdf.set_font(f, "", 9.5)
    pdf.multi_cell(0, 5, "Mødet sluttede kl. 17.15.\n\n"
                         "Birthe Skytte          Ove Raunkjær          Tina Overgaard          Kurt Ribe",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
