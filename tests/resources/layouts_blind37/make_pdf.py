"""Builds 06_vesterkaer-forsyning_bestyrelsen_2019.pdf (invented meeting).

Run with a Python that has fpdf2:
    python make_pdf.py
Uses DejaVu Sans so that æ, ø and å are embedded in the text layer.
"""
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("06_vesterkaer-forsyning_bestyrelsen_2019.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

POINTS = [
    (1, "Godkendelse af dagsorden", None, False, [
        ("Beslutning", ["Dagsordenen blev godkendt."]),
    ]),
    (2, "Årsrapport 2018", "VF-2019-011", False, [
        ("Sagsfremstilling", [
            "Årsrapporten for 2018 viser et resultat før skat på 4,3 mio. kr. Der er i året "
            "udpumpet 1,92 mio. m³ drikkevand og renset 3,4 mio. m³ spildevand. Revisionen "
            "har afgivet en blank påtegning uden forbehold eller supplerende oplysninger.",
        ]),
        ("Indstilling", ["Direktionen indstiller, at årsrapporten godkendes og underskrives."]),
        ("Beslutning", ["Godkendt og underskrevet af bestyrelsen."]),
    ]),
    (3, "Renovering af filteranlæg på Vesterkær Vandværk", "VF-2019-014", False, [
        ("Sagsfremstilling", [
            "De tre trykfiltre på Vesterkær Vandværk er fra 1974 og viser tegn på "
            "gennemtæring. Rådgiveren anbefaler, at de udskiftes med nye filtre i rustfrit "
            "stål med større kapacitet.",
            "Arbejdet udføres fra september til november 2019. I perioden sikres "
            "forsyningen til kunderne via nødforbindelsen til Hedeby Vandværk, så der ikke "
            "forventes afbrydelser ud over enkelte varslede lukninger om natten.",
        ]),
        ("Økonomi", [
            "Projektets samlede budget er 6.750.000 kr. ekskl. moms, som finansieres af "
            "selskabets anlægsramme for 2019.",
        ]),
        ("Indstilling", ["Direktionen indstiller, at projektet godkendes og sendes i udbud."]),
        ("Beslutning", ["Godkendt."]),
    ]),
    (4, "Regnvandsbassin ved Engvej", "VF-2019-015", False, [
        ("Sagsfremstilling", [
            "Som led i kommunens klimatilpasningsplan skal der anlægges et regnvandsbassin "
            "på 4.200 m³ ved Engvej, så oversvømmelser i kvarteret omkring Skolegade "
            "undgås ved skybrud. Bassinet udformes som et rekreativt område med sti og "
            "bænke i samarbejde med kommunen.",
        ]),
        ("Beslutning", ["Bestyrelsen godkendte projektforslaget. Anlæg sker i 2020."]),
    ]),
    (5, "Ansættelse af driftschef", "VF-2019-016", True, [
        ("", ["Fortroligt - behandles for lukkede døre."]),
        ("Sagsfremstilling", [
            "Ansættelsesudvalget indstiller, at Sune Rasmus Fjeldsø ansættes som driftschef "
            "pr. 1. juni 2019 med en årsløn på 748.000 kr. inkl. pension.",
        ]),
        ("Beslutning", ["Godkendt."]),
    ]),
    (6, "Erstatningskrav efter ledningsbrud", "VF-2019-017", True, [
        ("", ["Fortroligt - behandles for lukkede døre."]),
        ("Sagsfremstilling", [
            "Grundejer Birgit Hammer Ladegaard har rejst krav om erstatning for skader på "
            "kælder og indbo efter brud på hovedvandledningen i januar 2019. Selskabets "
            "forsikring har afvist dele af kravet.",
        ]),
        ("Beslutning", ["Direktionen bemyndiges til at forhandle et forlig inden for forsikringens dækning."]),
    ]),
    (7, "Takstblad 2020 - tidsplan", "VF-2019-018", False, [
        ("Sagsfremstilling", [
            "Forslag til takster for 2020 forelægges bestyrelsen på mødet i september og "
            "sendes derefter til kommunalbestyrelsens godkendelse i oktober.",
        ]),
        ("Beslutning", ["Taget til efterretning."]),
    ]),
    (8, "Eventuelt", None, False, [
        ("", ["Næste møde holdes den 12. juni 2019."]),
    ]),
]


class Minutes(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Vesterkær Forsyning A/S  |  Bestyrelsesmøde 2019-03-27  |  Referat", align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Side {self.page_no()}/{{nb}}", align="C")


def main() -> None:
    pdf = Minutes(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, "Referat af møde i bestyrelsen for Vesterkær Forsyning A/S",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for label, value in [
        ("Dato:", "2019-03-27"),
        ("Tid:", "kl. 15.00 - 17.30"),
        ("Sted:", "Vesterkær Forsyning, Industrivej 12, mødelokalet Åen"),
        ("Deltagere:", "Jens Otto Kirk (formand), Helle Smed (næstformand), Bjarne Lauritsen, "
                       "Tina Højer, Rune Kvistgaard (medarbejdervalgt), direktør Claus Brink"),
        ("Afbud:", "Mette Dahl"),
        ("Referent:", "Anne Bitsch, direktionssekretær"),
    ]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(25, 6, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 6, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for no, title, case, closed, sections in POINTS:
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, f"{no}. {title}", new_x="LMARGIN", new_y="NEXT")
        if case:
            pdf.set_font("DejaVu", "", 8)
            pdf.cell(0, 5, f"Sag: {case}")
            pdf.ln(6)
        for head, body in sections:
            if head:
                pdf.set_font("DejaVu", "B", 10)
                pdf.cell(0, 6, head)
                pdf.ln(6)
            pdf.set_font("DejaVu", "I" if head == "" and closed else "", 10)
            for text in body:
                pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        pdf.ln(4)

    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Mødet hævet kl. 17.30.\n\nJens Otto Kirk, formand", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
