"""Builds 10_kalvoe_havnebestyrelsen_2017.pdf (invented meeting).

Run with a Python that has fpdf2:
    python make_pdf.py
"""
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("10_kalvoe_havnebestyrelsen_2017.pdf")

POINTS = [
    (1, "Godkendelse af referat fra sidste møde", "KH-2017-038", False, [
        ("Beslutning", ["Referatet fra mødet den 14. september 2017 blev godkendt og underskrevet."]),
    ]),
    (2, "Budget 2018 for Kalvø Havn", "KH-2017-039", False, [
        ("Sagsfremstilling", [
            "Havnefogeden har udarbejdet forslag til budget 2018. Budgettet viser indtægter "
            "på 3.640.000 kr. og udgifter på 3.395.000 kr., og der forventes dermed et "
            "overskud på 245.000 kr., som henlægges til den kommende kajrenovering.",
        ]),
        ("Indstilling", ["Det indstilles, at budgettet godkendes og sendes til Kalvø Kommune."]),
        ("Beslutning", ["Godkendt."]),
    ]),
    (3, "Havnetakster 2018 for lystbåde og fiskefartøjer", "KH-2017-040", False, [
        ("Sagsfremstilling", [
            "Taksterne for faste bådpladser foreslås reguleret med 3 % for 2018. "
            "Taksterne for fiskefartøjer fastholdes uændret for at fastholde de "
            "erhvervsfiskere, der har Kalvø som hjemhavn.",
            "Forslag til årlige takster for faste pladser til lystbåde (inkl. moms):",
        ]),
        ("TABLE", [
            ("Bådens længde", "2017", "2018"),
            ("Under 8 m", "4.800 kr.", "4.950 kr."),
            ("8 - 10 m", "6.210 kr.", "6.400 kr."),
            ("10 - 12 m", "7.910 kr.", "8.150 kr."),
            ("Over 12 m", "9.700 kr.", "9.990 kr."),
        ]),
        ("", ["Gæstesejlere betaler 190 kr. pr. døgn inkl. strøm og bad."]),
        ("Beslutning", ["Godkendt."]),
    ]),
    (4, "Uddybning af sejlrenden", "KH-2017-035", False, [
        ("Sagsfremstilling", [
            "Pejlinger viser, at vanddybden i sejlrenden flere steder er under 3,2 meter. "
            "Der er indhentet tilbud på oprensning af ca. 8.000 m3 materiale, som skal "
            "klappes på det godkendte klappladsområde nord for Kalvø.",
        ]),
        ("Økonomi", ["Det billigste tilbud lyder på 512.000 kr. ekskl. moms."]),
        ("Beslutning", ["Havnefogeden bemyndiges til at indgå kontrakt. Arbejdet udføres i marts 2018."]),
    ]),
    (5, "Opsigelse af lejemål, Pakhus 3", "KH-2017-041", True, [
        ("", ["Punktet behandles for lukkede døre."]),
        ("Sagsfremstilling", [
            "Lejeren af Pakhus 3, Torben Skjødt Vinderslev, har en huslejerestance på "
            "127.450 kr. og har ikke overholdt den indgåede afdragsordning.",
        ]),
        ("Beslutning", ["Lejemålet opsiges med 3 måneders varsel."]),
    ]),
    (6, "Eventuelt", None, False, [
        ("", ["Bestyrelsen ønskede havnefogeden god jul. Næste møde holdes 8. februar 2018."]),
    ]),
]


class Minutes(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Kalvø Havn - Referat af bestyrelsesmøde 30-11-2017", align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="C")


def main() -> None:
    pdf = Minutes(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Referat af møde i Bestyrelsen for Kalvø Havn", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for label, value in [
        ("Dato:", "30-11-2017"),
        ("Tid:", "kl. 16.30 - 18.45"),
        ("Sted:", "Havnekontoret, Havnepladsen 1, Kalvø"),
        ("Deltagere:", "Finn Aaberg (formand, udpeget af Kalvø Kommune), Gerda Strandby, "
                       "Jørn Kattrup, Lasse Hyldgaard, havnefoged Kim Vestermark (ref.)"),
        ("Afbud:", "Ingen"),
    ]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(25, 6, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for no, title, case, closed, sections in POINTS:
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, f"Sag nr. {no}: {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        if case:
            pdf.cell(0, 5, f"J.nr.: {case}")
            pdf.ln(6)
        for head, body in sections:
            if head == "TABLE":
                for i, row in enumerate(body):
                    pdf.set_font("Helvetica", "B" if i == 0 else "", 10)
                    for w, c in zip((50, 35, 35), row):
                        pdf.cell(w, 6, c, border=1)
                    pdf.ln(6)
                pdf.ln(2)
                continue
            if head:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(0, 6, head)
                pdf.ln(6)
            pdf.set_font("Helvetica", "I" if head == "" and closed else "", 10)
            for text in body:
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        pdf.ln(4)

    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Mødet slut kl. 18.45.\n\nFinn Aaberg, formand", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    main()
