"""Builds the two Word files of this blind layout set.

Run with the project's virtual environment:
    /work/main/.venv/bin/python make_docx.py
All meetings, people, places and case numbers are invented.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent


def _footer_text(doc, left, right=None):
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = left
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if right:
        fp = section.footer.paragraphs[0]
        fp.text = right
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _bold(doc, text, color=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if color:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 1) Vesterlund Kommune, Børne- og Ungeudvalget, referat
# ---------------------------------------------------------------------------
def vesterlund():
    doc = Document()
    _footer_text(doc, "Vesterlund Kommune - Børne- og Ungeudvalget",
                 "Referat - Børne- og Ungeudvalget - 14.01.2020")
    t = doc.add_paragraph()
    r = t.add_run("Vesterlund Kommune")
    r.font.size = Pt(11)
    doc.add_heading("Referat af møde i Børne- og Ungeudvalget", level=0)
    doc.add_paragraph("Den 14.01.2020 kl. 15:30")

    table = doc.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    rows = [
        ("Mødested", "Byrådssalen, Vesterlund Rådhus"),
        ("Medlemmer", "Annette Bredahl (A), formand, Rasmus Kjærgaard (V), "
                      "Dorthe Wilhjelm (F), Nikolaj Helt (A), Pia Sønderby (V)"),
        ("Afbud", "Nikolaj Helt (A)"),
        ("Sekretær", "Kasper Lund"),
    ]
    for i, (a, b) in enumerate(rows):
        table.cell(i, 0).text = a
        table.cell(i, 1).text = b

    doc.add_paragraph()
    _bold(doc, "Indholdsfortegnelse")
    toc = [
        "Punkt 1 - Godkendelse af dagsorden",
        "Punkt 2 - Ny struktur for dagtilbud i landdistriktet",
        "Punkt 3 - Skolernes resultater i de nationale test 2019",
        "Punkt 4 - Tilskud til ungdomsklubben Remisen",
        "Punkt 5 - Klage over afgørelse om befordring",
        "Punkt 6 - Meddelelser",
    ]
    for i, line in enumerate(toc, start=1):
        doc.add_paragraph(f"{line}\t{i + 1}")

    def point(title, sagsnr, sections, closed=False):
        doc.add_page_break()
        doc.add_heading(title, level=1)
        if closed:
            _bold(doc, "Fortroligt", color=RGBColor(0xC0, 0x00, 0x00))
        if sagsnr:
            doc.add_paragraph(f"Sagsnr.: {sagsnr}")
        for head, paras in sections:
            doc.add_heading(head, level=2)
            for ptxt in paras:
                doc.add_paragraph(ptxt)

    point("Punkt 1 - Godkendelse af dagsorden", None, [
        ("Beslutning", ["Godkendt.", "Nikolaj Helt (A) deltog ikke i mødet."]),
    ])
    point("Punkt 2 - Ny struktur for dagtilbud i landdistriktet",
          "28.00.00-A00-3-19", [
        ("Resumé", [
            "Børnetallet i landdistriktet vest for Vesterlund er faldet med 18 pct. "
            "siden 2014. Forvaltningen har på udvalgets anmodning udarbejdet tre "
            "modeller for en fremtidig struktur for børnehaver og dagpleje i området."]),
        ("Sagsfremstilling", [
            "Model A bevarer alle fire børnehuse, men samler ledelsen under én "
            "områdeleder. Model B samler børnehusene i Gyvelby og Rødding Mark i et "
            "nyt fælles hus ved Gyvelby Skole. Model C lukker børnehuset i Rødding "
            "Mark og udvider dagplejen.",
            "Forældrebestyrelserne har været inddraget på to dialogmøder i november "
            "2019. Der er især opbakning til model A, mens model B vurderes at give "
            "den bedste faglige bæredygtighed på længere sigt."]),
        ("Økonomi", [
            "Model A giver en besparelse på 0,4 mio. kr. årligt. Model B kræver en "
            "anlægsinvestering på 9,5 mio. kr. og giver en årlig besparelse på "
            "1,1 mio. kr. Model C giver en besparelse på 0,8 mio. kr. årligt."]),
        ("Indstilling", [
            "Børne- og Ungedirektøren indstiller, at udvalget drøfter modellerne og "
            "beslutter, hvilken model der sendes i høring."]),
        ("Beslutning", [
            "Udvalget besluttede at sende model A i høring hos forældrebestyrelser "
            "og MED-udvalg med svarfrist 28. februar 2020.",
            "Nikolaj Helt (A) deltog ikke i mødet."]),
    ])
    point("Punkt 3 - Skolernes resultater i de nationale test 2019",
          "17.01.10-G01-1-19", [
        ("Resumé", [
            "Udvalget orienteres om kommunens samlede resultater i de nationale "
            "test i skoleåret 2018/19."]),
        ("Sagsfremstilling", [
            "Andelen af elever, der er gode til at læse, er steget fra 76 til 79 pct. "
            "I matematik ligger andelen på 74 pct., hvilket er på niveau med "
            "landsgennemsnittet. Andelen af elever med dårlige resultater i læsning "
            "er faldet til 9 pct.",
            "Der er fortsat store forskelle mellem skolerne. Resultaterne på den "
            "enkelte skole offentliggøres ikke, men indgår i kvalitetsdialogen med "
            "skolelederne i foråret."]),
        ("Indstilling", [
            "Børne- og Ungedirektøren indstiller, at orienteringen tages til "
            "efterretning."]),
        ("Beslutning", [
            "Taget til efterretning.",
            "Nikolaj Helt (A) deltog ikke i mødet."]),
    ])
    point("Punkt 4 - Tilskud til ungdomsklubben Remisen",
          "18.15.00-Ø40-2-19", [
        ("Resumé", [
            "Ungdomsklubben Remisen i Vesterlund søger om et ekstraordinært tilskud "
            "til at holde åbent fredag og lørdag aften i 2020."]),
        ("Sagsfremstilling", [
            "Remisen er en selvejende klub med ca. 160 medlemmer i alderen 13-18 år. "
            "Klubben har i 2019 haft åbent fredag aften som forsøg med midler fra "
            "en fondsbevilling, som nu er opbrugt. Erfaringerne er gode, og politiet "
            "peger på, at der har været færre anmeldelser om uro i bymidten på de "
            "aftener, klubben har holdt åbent.",
            "Klubben søger om 215.000 kr. til løn til to ekstra medarbejdere og "
            "drift af lokalerne."]),
        ("Økonomi", [
            "Forvaltningen foreslår, at der bevilges 180.000 kr. fra udvalgets "
            "pulje til forebyggende indsatser, som har et uforbrugt beløb på "
            "410.000 kr."]),
        ("Indstilling", [
            "Børne- og Ungedirektøren indstiller, at Remisen bevilges 180.000 kr. "
            "for 2020."]),
        ("Beslutning", [
            "Udvalget bevilgede det ansøgte beløb på 215.000 kr. for 2020, idet "
            "klubben skal evaluere ordningen inden 1. december 2020.",
            "Nikolaj Helt (A) deltog ikke i mødet."]),
    ])
    point("Punkt 5 - Klage over afgørelse om befordring",
          "17.02.04-K07-5-19", [
        ("Sagsfremstilling", [
            "Forældrene til Malthe Kvistgaard, bosat Engsvinget 22, har klaget "
            "over afslag på gratis befordring til specialklasse. Forvaltningen "
            "har genvurderet sagen og fastholder afgørelsen."]),
        ("Indstilling", [
            "Børne- og Ungedirektøren indstiller, at afgørelsen fastholdes."]),
        ("Beslutning", [
            "Afgørelsen fastholdes."]),
    ], closed=True)
    point("Punkt 6 - Meddelelser", None, [
        ("Beslutning", [
            "Formanden orienterede om, at den fælles temadag med skolebestyrelserne "
            "flyttes til 23. april 2020.",
            "Nikolaj Helt (A) deltog ikke i mødet."]),
    ])
    doc.save(HERE / "vesterlund_boern_unge_2020-01-14.docx")


# ---------------------------------------------------------------------------
# 2) Lindholt Forsyning A/S, bestyrelsesprotokol (unnumbered points)
# ---------------------------------------------------------------------------
def lindholt():
    doc = Document()
    _footer_text(doc, "Lindholt Forsyning A/S - CVR 39 11 42 87",
                 "Bestyrelsesprotokol 21. juni 2023")
    doc.add_heading("Protokol for bestyrelsesmøde i Lindholt Forsyning A/S", level=1)
    doc.add_paragraph("Onsdag den 21. juni 2023 kl. 14.00 - 16.30 i mødelokalet, "
                      "Forsyningsvej 3, Lindholt")
    doc.add_paragraph(
        "Til stede fra Bestyrelsen for Lindholt Forsyning A/S: Jens Munch-Olesen "
        "(formand), Birthe Lauritsen (næstformand), Søren Kallehave, Gitte Rahbek "
        "og medarbejdervalgt Michael Tang.")
    doc.add_paragraph("Desuden deltog: adm. direktør Henrik Nørskov og økonomichef "
                      "Camilla Brøns (referent).")
    doc.add_paragraph("Afbud: Ingen.")

    _bold(doc, "Dagsorden")
    for line in [
        "Godkendelse af dagsorden og protokol fra mødet den 29. marts 2023",
        "Prisblad for drikkevand 2024",
        "Status på udskiftning af vandmålere",
        "Renovering af Lindholt Renseanlæg – valg af rådgiver",
        "Personalesag – teknisk direktør",
        "Eventuelt",
        "Næste møde",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    def point(title, paras, closed=False):
        doc.add_paragraph()
        _bold(doc, title, size=12)
        if closed:
            p = doc.add_paragraph()
            r = p.add_run("(Lukket punkt – ikke offentlig)")
            r.italic = True
        for ptxt in paras:
            if isinstance(ptxt, tuple):
                p = doc.add_paragraph()
                r = p.add_run(ptxt[0])
                r.underline = True
                p.add_run(" " + ptxt[1])
            else:
                doc.add_paragraph(ptxt)

    point("Godkendelse af dagsorden og protokol fra mødet den 29. marts 2023", [
        "Dagsordenen blev godkendt. Protokollen fra mødet den 29. marts 2023 blev "
        "godkendt og underskrevet.",
    ])
    point("Prisblad for drikkevand 2024", [
        ("Sagsfremstilling:",
         "Direktionen har udarbejdet forslag til prisblad for 2024 på baggrund af "
         "prisloftet fra Forsyningstilsynet og budgettet for 2024. Prisloftet "
         "giver mulighed for en stigning, men direktionen foreslår at holde "
         "stigningen nede ved at udskyde renoveringen af højdebeholderen i Skibby "
         "til 2025."),
        "Den variable vandpris foreslås hævet fra 11,40 kr. til 12,15 kr. pr. m³ "
        "ekskl. moms og statsafgifter. Det faste bidrag pr. måler hæves fra "
        "650 kr. til 690 kr. årligt. For en typisk husstand med et forbrug på "
        "80 m³ betyder det en merudgift på ca. 110 kr. om året.",
        ("Indstilling:", "At bestyrelsen godkender prisbladet og sender det til "
         "godkendelse i kommunen."),
        ("Beslutning:", "Bestyrelsen godkendte prisbladet for 2024 som foreslået. "
         "Prisbladet sendes til kommunal godkendelse inden 1. oktober."),
    ])
    point("Status på udskiftning af vandmålere", [
        ("Sagsfremstilling:",
         "Udskiftningen til fjernaflæste målere er nået til 4.860 af i alt 7.200 "
         "målere. Projektet er ca. to måneder forsinket på grund af leveringsproblemer "
         "hos leverandøren. Forventet afslutning er nu november 2023. Økonomien "
         "holder sig inden for budgettet på 9,3 mio. kr."),
        ("Beslutning:", "Orienteringen blev taget til efterretning."),
    ])
    point("Renovering af Lindholt Renseanlæg – valg af rådgiver", [
        ("Sagsfremstilling:",
         "Der har været gennemført udbud af rådgivningen på renoveringen af "
         "renseanlæggets indløbsbygning og sandfang. Der er modtaget tre tilbud. "
         "Evalueringen efter kriterierne pris og kvalitet peger på Aqualine "
         "Rådgivning som det økonomisk mest fordelagtige tilbud."),
        ("Beslutning:", "Bestyrelsen godkendte, at der indgås kontrakt med den "
         "vindende rådgiver. Søren Kallehave deltog ikke i behandlingen på grund "
         "af inhabilitet."),
    ])
    point("Personalesag – teknisk direktør", [
        "Formanden orienterede om drøftelserne med teknisk direktør Klaus Ibsgaard om "
        "fratræden. Der er opnået enighed om en fratrædelsesaftale med "
        "en fratrædelsesgodtgørelse på 1.140.000 kr.",
        ("Beslutning:", "Bestyrelsen godkendte aftalen. Henrik Nørskov og Michael Tang forlod "
         "mødet under punktet."),
    ], closed=True)
    point("Eventuelt", [
        "Birthe Lauritsen foreslog, at bestyrelsen besøger det nye vandværk i "
        "Toftebjerg i forbindelse med næste møde.",
    ])
    point("Næste møde", [
        "Næste møde holdes torsdag den 21. september 2023 kl. 14.00.",
    ])

    doc.add_paragraph()
    doc.add_paragraph("Underskrifter:")
    doc.add_paragraph("_______________________   _______________________")
    doc.add_paragraph("Jens Munch-Olesen, formand   Birthe Lauritsen, næstformand")
    doc.save(HERE / "lindholt_forsyning_bestyrelse_2023-06-21.docx")


if __name__ == "__main__":
    vesterlund()
    lindholt()
    print("ok")
