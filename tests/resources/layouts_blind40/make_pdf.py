# Builds 03_ellekaer_aeldre_sundhed.pdf (invented minutes) with fpdf2.
from fpdf import FPDF

KOMMUNE = "Ellekær Kommune"
BOARD = "Ældre- og Sundhedsudvalget"
DATE = "22.05.2025"
NB = "\u00a0"  # keeps phrases together on one line

FRONT = [
    ("h1", "Referat"),
    ("kv", "Udvalg:", BOARD),
    ("kv", "Mødedato:", DATE),
    ("kv", "Mødetid:", "14:00 - 16:45"),
    ("kv", "Mødested:", "Lokale Egen, Ellekær Rådhus, Storegade 12"),
    ("kv", "Medlemmer:", "Birthe Skovhus (formand), Kasper Lindholt, Ruth Aamand, Erik Thyregod, Signe Vandsø"),
    ("kv", "Afbud:", "Erik Thyregod"),
    ("kv", "Referent:", "Jonas Melbye"),
]

POINTS = [
    (1, "Godkendelse af dagsorden", "00.01.00-A00-4-25", False, [
        ("Beslutning", "Godkendt. Erik Thyregod havde meldt afbud."),
    ]),
    (2, "Budgetopfølgning pr. 30. april 2025 for Ældre og Sundhed", "00.30.14-S00-2-25", False, [
        ("Sagsfremstilling", "Der forventes et samlet merforbrug på 6,2 mio. kr. på udvalgets område. Merforbruget skyldes især flere timer i hjemmeplejen og stigende udgifter til sygeplejeartikler. Forvaltningen arbejder med en handleplan, som forelægges udvalget i juni."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    (3, "Kørsel til træning og aktivitetscentre", "27.12.00-P20-3-25", False, [
        ("Sagsfremstilling", "Visiterede borgere kan i dag blive kørt til genoptræning, men ikke til aktiviteterne på de tre aktivitetscentre. Ældrerådet har peget på, at især borgere i landsbyerne ikke kan deltage i fællesspisning og motionshold, fordi de ikke selv kan komme frem. Forvaltningen foreslår en flextrafikordning, hvor borgere over 65 år kan bestille kørsel til et aktivitetscenter to gange om ugen for en egenbetaling på 20 kr. pr. tur. Ordningen forventes at koste 410.000 kr. årligt og kan starte 1. september 2025."),
        ("Indstilling", "Forvaltningen indstiller, at ordningen godkendes og finansieres inden for udvalgets ramme."),
        ("Beslutning", "Godkendt. Ordningen evalueres efter et år."),
    ]),
    (4, "Sundhedsaftale - lokal implementeringsplan", "29.30.04-P22-1-25", False, [
        ("Sagsfremstilling", "Den nye sundhedsaftale med regionen betyder, at kommunen fra 2026 overtager flere opgaver i forbindelse med udskrivning fra hospital. Den lokale implementeringsplan beskriver, hvordan akutteamet udvides med to sygeplejersker, og hvordan samarbejdet med de praktiserende læger styrkes."),
        ("Beslutning", "Udvalget anbefaler planen over for Økonomiudvalget og Byrådet."),
    ]),
    (5, "Demensvenlig kommune - handleplan 2025-2027", "29.09.00-P15-2-24", False, [
        ("Sagsfremstilling", "Handleplanen har fokus på pårørendestøtte, demensvenlige butikker og undervisning af medarbejdere i hjemmeplejen. Der oprettes en ny pårørendegruppe i Vesterå, og demenskoordinatorerne holder åben rådgivning hver anden tirsdag på biblioteket."),
        ("Beslutning", "Godkendt."),
    ]),
    (6, "Meddelelser", "00.01.00-A00-5-25", False, [
        ("Beslutning", "Formanden orienterede om, at plejecentret Lindebo har fået ny forstander. Tilsynsrapporten fra Styrelsen for Patientsikkerhed for Åbakken forelå uden bemærkninger."),
    ]),
    (7, "Klage over opkrævning af egenbetaling på plejecenter", "27.36.08-K07-2-25", True, [
        ("Note", "Punktet behandles for lukkede døre."),
        ("Sagsfremstilling", "Dødsboet efter Karen" + NB + "Margrethe" + NB + "Huulgaard har klaget over efteropkrævning af husleje og serviceydelser for perioden efter dødsfaldet. Det samlede beløb udgør 23.418" + NB + "kr. Forvaltningen vurderer, at opkrævningen er korrekt for de første tre måneder."),
        ("Beslutning", "Klagen imødekommes delvist."),
    ]),
    (8, "Udbud af madservice - tildeling af kontrakt", "27.15.08-G01-1-24", True, [
        ("Note", "Punktet behandles for lukkede døre."),
        ("Sagsfremstilling", "Der er modtaget tre tilbud. Det økonomisk mest fordelagtige tilbud er afgivet af Thyholm" + NB + "Køkkenservice" + NB + "A/S med en pris pr. hovedret på 61,40" + NB + "kr. Den nuværende leverandør har tilbudt en væsentlig højere pris."),
        ("Beslutning", "Kontrakten tildeles som indstillet."),
    ]),
]

W = 90  # characters per body line


def wrap(text):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= W:
            cur = cand
            continue
        room = W - len(cur) - 2
        plain = w.isalpha() and NB not in w
        if plain and len(w) >= 9 and room >= 4 and len(w) - room >= 4:
            lines.append(cur + " " + w[:room] + "-")
            cur = w[room:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [l.replace(NB, " ") for l in lines]


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, KOMMUNE)
        self.cell(95, 5, BOARD + "  |  " + DATE, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "Referat - " + BOARD)
        self.cell(95, 5, f"Side {self.page_no()} af {{nb}}", align="R")


def build(toc_pages):
    pdf = Doc(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, KOMMUNE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    for item in FRONT:
        if item[0] == "h1":
            pdf.set_font("Helvetica", "B", 20)
            pdf.cell(0, 12, item[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(30, 6, item[1])
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 6, item[2], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Indholdsfortegnelse", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for nr, title, case, closed, _ in POINTS:
        label = f"{nr}. {title}" + (" (Lukket)" if closed else "")
        dots = "." * max(3, 95 - len(label))
        pdf.cell(170, 6, f"{label} {dots}")
        pdf.cell(0, 6, str(toc_pages.get(nr, 2)), align="R", new_x="LMARGIN", new_y="NEXT")
    pages = {}
    pdf.add_page()
    for nr, title, case, closed, sections in POINTS:
        if pdf.get_y() > 230:
            pdf.add_page()
        pages[nr] = pdf.page_no()
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, f"{nr}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, "Sagsnr.: " + case, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for head, body in sections:
            if head == "Note":
                pdf.set_font("Helvetica", "I", 10)
                pdf.cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                continue
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            for line in wrap(body):
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return pdf, pages


_, pages = build({})
pdf, _ = build(pages)
pdf.output("03_ellekaer_aeldre_sundhed.pdf")
