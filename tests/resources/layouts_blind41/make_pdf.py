# Builds 07_moelleby_teknik_miljoe.pdf (invented minutes) with fpdf2.
from fpdf import FPDF

POINTS = [
    (1, "Godkendelse af dagsorden", "EMN-2024-03117", False, [
        ("Beslutning", "Godkendt."),
    ]),
    (2, "Vinterberedskab 2024/25", "EMN-2024-02260", False, [
        ("Sagsfremstilling", "Vintertjenesten starter 1. november. Der er indgået aftaler med 11 lokale vognmænd og landmænd om snerydning. Hovedruter og busruter ryddes først, derefter cykelstier til skoler, og til sidst boligveje. På boligveje ryddes der først, når der ligger mere end 10 cm sne. Saltforbruget forventes at ligge på 2.400 tons."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    (3, "Hastighedsnedsættelse på Mølledalsvej", "EMN-2024-01984", False, [
        ("Sagsfremstilling", "Beboerne på Mølledalsvej har indsamlet 212 underskrifter for at få sat hastigheden ned, efter at der er sket tre uheld på strækningen ved børnehaven. Politiet har givet samtykke til, at hastigheden sænkes fra 60 til 40 km/t på strækningen fra rundkørslen til Skovkanten. Samtidig etableres to vejbump og et fodgængerfelt ved børnehaven. Udgiften er 340.000 kr. og afholdes af puljen til trafiksikkerhed. Arbejdet udføres inden jul."),
        ("Indstilling", "Forvaltningen indstiller, at projektet godkendes."),
        ("Beslutning", "Godkendt."),
    ]),
    (4, "Affaldsplan 2025-2030 - udsendelse i høring", "EMN-2024-02871", False, [
        ("Sagsfremstilling", "Planen indeholder blandt andet forsøg med henteordning for storskrald og flere genbrugspladser i landsbyerne."),
        ("Beslutning", "Sendes i høring i otte uger."),
    ]),
    (5, "Naturgenopretning af Rævemosen", "EMN-2023-04455", False, [
        ("Sagsfremstilling", "Kommunen har fået 1,6 mio. kr. fra Naturfonden til at lukke drænene i Rævemosen, så mosen igen kan blive våd. Projektet omfatter 42 hektar, og lodsejerne kompenseres ved jordfordeling."),
        ("Beslutning", "Godkendt."),
    ]),
    (6, "Meddelelser", "EMN-2024-03118", False, [
        ("Beslutning", "Forvaltningen orienterede om status på ny busplan."),
    ]),
    (7, "Ekspropriation til cykelsti ved Tranebjerg", "EMN-2024-00713", True, [
        ("Sagsfremstilling", "Lodsejeren af Tranebjerggård, Holger Vinkel Skovbo, har afvist frivilligt salg af 1.850 m2. Taksationskommissionen foreslår en erstatning på 412.000 kr."),
        ("Beslutning", "Ekspropriationen gennemføres."),
    ]),
    (8, "Miljøtilsyn med maskinstation - håndhævelse", "EMN-2024-02902", True, [
        ("Sagsfremstilling", "Ved tilsyn hos Kærgaards Maskinstation I/S er der konstateret nedgravet spildolie. Der udstedes påbud om oprensning og politianmeldelse."),
        ("Beslutning", "Indstillingen følges."),
    ]),
]


class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "Mølleby Kommune", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Teknik- og Miljøudvalget  -  Referat  -  Mødedato 03-10-2024", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="C")


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=20)
pdf.add_page()
pdf.set_font("Helvetica", "B", 18)
pdf.cell(0, 10, "Teknik- og Miljøudvalget", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 11)
for l in ["Torsdag den 3. oktober 2024 kl. 08.15", "Rådhuset, lokale 210",
          "Deltagere: Claus Rimmer (formand), Vibeke Hedegaard, Jan Østergaard Krag, Nanna Bille, Søren Aalbæk",
          "Afbud: Ingen"]:
    pdf.multi_cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "Dagsordenspunkter", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
for nr, title, case, closed, _ in POINTS:
    pdf.cell(0, 6, f"Punkt {nr} - {title}" + ("   [Lukket punkt]" if closed else ""), new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
for nr, title, case, closed, sections in POINTS:
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.set_fill_color(225, 232, 240)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, f"Punkt {nr} - {title}", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(38, 6, "Sags-id:")
    pdf.cell(0, 6, case, new_x="LMARGIN", new_y="NEXT")
    if closed:
        pdf.cell(38, 6, "Status:")
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(0, 6, "Lukket punkt - ikke offentligt tilgængeligt", new_x="LMARGIN", new_y="NEXT")
    for head, body in sections:
        pdf.set_font("Helvetica", "B", 9)
        y = pdf.get_y()
        pdf.cell(38, 5, head)
        pdf.set_xy(48, y)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(152, 5, body, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
pdf.output("07_moelleby_teknik_miljoe.pdf")
