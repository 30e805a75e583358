#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind59.

Every municipality, board, person, firm, address, amount and sentence in this
file is invented.  The script is deterministic: two runs give byte-identical
files.  Needs python-docx (.docx) and fpdf2 (.pdf); the .html, .htm, .txt,
.eml, .rtf, .odt, .md and .xml files are written by hand.

Usage:  python make_layouts.py [outdir]
"""
import datetime
import io
import json
import os
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from html import escape
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
GLUE = "\u2060"


def wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", GLUE))
    return [ln.replace(GLUE, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                          break_on_hyphens=False)]


def P(n, title, case, closed, sections, mark=None):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "mark": mark}


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def fixed_zip(files, when, stored_first=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def rezip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    return fixed_zip([(i.filename, src.read(i.filename)) for i in src.infolist()], when)


# ===========================================================================
# 01  Ulvemose Kommune - Børne- og Skoleudvalget (PDF print from an agenda
#     system: cover block, "Pkt. NN" headings, "Sagsid:" line, running
#     header and "side x/y" footer, "Ikke offentlig" marker)
# ===========================================================================
M01 = {
    "file": "01_ulvemose_boerne-og-skoleudvalget_2022.pdf",
    "board": "Børne- og Skoleudvalget",
    "date": "2022-11-08",
    "kind": "referat",
    "question": "min søn bor på bavnehøjvej og går i 2. klasse på nørremark skole - skal han skifte skole nu?",
    "cite_punkt": 62,
    "secrets": ["Benedikte Ørsted Lauridsen", "Gunnar Halkjær", "tillæg på 38.500 kr. årligt",
                "Kirsten Abildgaard Toft", "afdeling Kløvermarken"],
    "points": [
        P(61, "Godkendelse af dagsorden", "22/00412", False, [
            ("Udvalgets beslutning", "Dagsordenen blev godkendt uden bemærkninger."),
        ]),
        P(62, "Skoledistrikter fra skoleåret 2023/24", "22/18830", False, [
            ("Baggrund",
             "Elevtallet på Nørremark Skole er vokset hurtigere end forventet, og skolen har ikke "
             "plads til flere spor uden at inddrage faglokaler. Forvaltningen har derfor set på "
             "grænsen mellem Nørremark Skoles distrikt og Ulvemose Centralskoles distrikt."),
            ("Sagsfremstilling",
             "Forslaget er, at boligområdet omkring Bavnehøjvej, Lyngbakken og Spættevej flyttes til "
             "Ulvemose Centralskoles distrikt fra skoleåret 2023/24. Ændringen berører omkring 40 "
             "børn i alderen 0-5 år, som endnu ikke er begyndt i skole.\n\n"
             "Elever, der allerede går på Nørremark Skole, kan blive på skolen, til de går ud af 9. "
             "klasse. Søskende til nuværende elever kan også fremover optages på Nørremark Skole, hvis "
             "forældrene ønsker det. Børn fra det flyttede område får skolebuskørsel med rute 7, da "
             "skolevejen langs Ulvemosevej er vurderet som trafikfarlig."),
            ("Forvaltningens indstilling",
             "Forvaltningen indstiller, at de nye distriktsgrænser godkendes med virkning fra 1. august 2023."),
            ("Udvalgets beslutning",
             "Godkendt. Udvalget ønsker en status på elevtallene på begge skoler i efteråret 2024."),
        ]),
        P(63, "Fripladstilskud i SFO - nye indkomstgrænser", "22/19102", False, [
            ("Baggrund",
             "Indkomstgrænserne for økonomisk fripladstilskud reguleres hvert år af staten. "
             "Forvaltningen har gennemgået, hvordan de nye grænser slår igennem i Ulvemose."),
            ("Sagsfremstilling",
             "Fra 1. januar 2023 får en familie hel friplads i SFO, hvis husstandens indkomst er under "
             "207.400 kr. om året. Delvis friplads gives op til en indkomst på 637.899 kr. Forvaltningen "
             "forventer, at ca. 130 børn vil få helt eller delvist fripladstilskud i 2023."),
            ("Forvaltningens indstilling", "Det indstilles, at orienteringen tages til efterretning."),
            ("Udvalgets beslutning", "Taget til efterretning."),
        ]),
        P(64, "Ansættelse af skoleleder ved Nørremark Skole", "22/20011", True, [
            ("Baggrund",
             "Ansættelsesudvalget har holdt to samtalerunder. Udvalget anbefaler, at Benedikte "
             "Ørsted Lauridsen ansættes som skoleleder pr. 1. januar 2023."),
            ("Sagsfremstilling",
             "Den konstituerede leder, Gunnar Halkjær, fortsætter som viceskoleleder. Der er aftalt et "
             "tillæg på 38.500 kr. årligt ud over grundlønnen."),
            ("Udvalgets beslutning", "Indstillingen blev godkendt."),
        ], mark="Ikke offentlig"),
        P(65, "Madordning i indskolingen - evaluering af forsøg", "22/15577", False, [
            ("Baggrund",
             "I skoleåret 2021/22 fik eleverne i 0.-3. klasse på tre skoler et gratis frokostmåltid "
             "fire dage om ugen. Forsøget var finansieret af en statslig pulje."),
            ("Sagsfremstilling",
             "Evalueringen viser, at lærerne oplever mere ro i timerne efter frokost, og at madspildet "
             "faldt fra 31 til 12 procent i løbet af året. En fortsættelse på alle kommunens skoler vil "
             "koste ca. 6,4 mio. kr. om året."),
            ("Forvaltningens indstilling",
             "Det indstilles, at evalueringen sendes videre til budgetforhandlingerne for 2024."),
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(66, "Klage over visitation til specialklasse", "22/20450", True, [
            ("Baggrund",
             "Moderen, Kirsten Abildgaard Toft, har klaget over, at hendes søn ikke er visiteret til "
             "afdeling Kløvermarken, men til en almenklasse med støtte."),
            ("Udvalgets beslutning",
             "Udvalget fastholdt afgørelsen. Klagen sendes til Klagenævnet for Specialundervisning."),
        ], mark="Ikke offentlig"),
        P(67, "Orientering fra formand og forvaltning", None, False, [
            ("Udvalgets beslutning",
             "Formanden orienterede om dialogmødet med skolebestyrelserne den 24. november. "
             "Forvaltningen orienterede om vikardækningen i oktober."),
        ]),
    ],
}


def render_01(m):
    from fpdf import FPDF
    keep = m["secrets"] + [p["title"] for p in m["points"]]

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, "Ulvemose Kommune - Referat - Børne- og Skoleudvalget", align="L",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "BSU 08.11.2022 - side %d/{nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2022, 11, 10, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Ulvemose Kommune")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, 20)

    def line(txt, size=10, style="", h=5.4):
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")

    def block(txt, size=10):
        for ln in wrap(txt, 90, keep):
            line(ln, size)
        pdf.ln(2)

    pdf.add_page()
    line("Ulvemose Kommune", 11, "B", 7)
    pdf.ln(18)
    line("Referat", 26, "B", 12)
    line("Børne- og Skoleudvalget", 16, "", 9)
    pdf.ln(10)
    for k, v in [("Dato", "Tirsdag 8. november 2022"), ("Tid", "15:30 - 18:10"),
                 ("Sted", "Mødelokale Egern, Ulvemose Rådhus"),
                 ("Medlemmer", "Lise Carstensen (formand), Ib Winther, Hanne Kvist, Omar Saleh, Ditte Krag"),
                 ("Fraværende", "Ditte Krag")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(32, 6, k)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    line("Indholdsfortegnelse", 12, "B", 7)
    for p in m["points"]:
        line("Pkt. %d   %s" % (p["n"], p["title"]), 10)
    for p in m["points"]:
        if p["n"] in (61, 64):
            pdf.add_page()
        else:
            pdf.ln(6)
        line("Pkt. %d   %s" % (p["n"], p["title"]), 13, "B", 8)
        line("Sagsid: %s" % p["case"] if p["case"] else "Sagsid: -", 8, "", 4.5)
        if p["closed"]:
            line(p["mark"], 10, "B")
        pdf.ln(2)
        for label, text in p["sections"]:
            line(label, 10, "B")
            for para in paras(text):
                block(para)
    return bytes(pdf.output())


# ===========================================================================
# 02  Klintrup Kommune - Plan- og Boligudvalget (HTML5 agenda page from a
#     web CMS: breadcrumb, <dl> meeting facts, "N | Title" headings,
#     "Sagsnr. P24-..." lines, a closed-doors note; no decisions yet)
# ===========================================================================
M02 = {
    "file": "02_klintrup_plan-og-boligudvalget_dagsorden_2025.html",
    "board": "Plan- og Boligudvalget",
    "date": "2025-02-04",
    "kind": "dagsorden",
    "question": "hvor mange rækkehuse må der bygges ved lindegårdsvej og hvor høje må de blive",
    "cite_punkt": 2,
    "secrets": ["Sigurd Mølbak Riis", "matr. nr. 14ø Klintrup By", "612.300 kr. i erstatning"],
    "points": [
        P(1, "Godkendelse af dagsorden", "P25-00010", False, [
            ("Forvaltningens anbefaling", "Forvaltningen anbefaler, at dagsordenen godkendes."),
        ]),
        P(2, "Lokalplan 3.18 for rækkehuse ved Lindegårdsvej - forslag", "P24-00317", False, [
            ("Resumé",
             "Et privat byggeselskab ønsker at opføre rækkehuse på den tidligere gartnerigrund ved "
             "Lindegårdsvej. Forslaget til lokalplan 3.18 skal vedtages, før det kan sendes i offentlig "
             "høring i seks uger."),
            ("Sagsfremstilling",
             "Lokalplanforslaget giver mulighed for at bygge op til 34 rækkehuse i to etager. "
             "Bygningerne må højst være 8,5 meter høje, og bebyggelsesprocenten må samlet ikke "
             "overstige 40. Der skal udlægges et fælles opholdsareal på mindst 1.800 m² mod øst, hvor "
             "de gamle læhegn bevares.\n\n"
             "Vejadgang sker fra Lindegårdsvej. Der skal anlægges 1,5 parkeringsplads pr. bolig, og "
             "regnvand skal håndteres lokalt i et forsinkelsesbassin."),
            ("Forvaltningens anbefaling",
             "Forvaltningen anbefaler, at udvalget vedtager forslaget til lokalplan 3.18 og sender det i "
             "offentlig høring."),
        ]),
        P(3, "Boligsocial helhedsplan Klintrup Øst 2025-2028", "P24-00902", False, [
            ("Resumé",
             "Boligorganisationen Klintrupgaard og kommunen har udarbejdet en ny helhedsplan for "
             "boligområdet Klintrup Øst."),
            ("Sagsfremstilling",
             "Planen har tre indsatsområder: lektier og fritidsjob for unge, tryghed og trivsel samt "
             "beskæftigelse for voksne uden job. Den samlede ramme er 14,8 mio. kr. over fire år, hvoraf "
             "kommunen betaler 3,2 mio. kr."),
            ("Økonomi", "Kommunens andel er indarbejdet i budget 2025."),
            ("Forvaltningens anbefaling", "Det anbefales, at udvalget godkender helhedsplanen."),
        ]),
        P(4, "Ekspropriation til vejudvidelse ved Kirkebakken", "P24-01155", True, [
            ("Sagsfremstilling",
             "Ejeren Sigurd Mølbak Riis har ikke accepteret kommunens bud på arealet af "
             "matr. nr. 14ø Klintrup By. Taksationskommissionen forventes at fastsætte 612.300 kr. i "
             "erstatning."),
            ("Forvaltningens anbefaling", "Det anbefales, at ekspropriationen gennemføres."),
        ], mark="Punktet behandles for lukkede døre."),
        P(5, "Landzonetilladelse til gårdbutik på Skovengen 9", "P25-00044", False, [
            ("Resumé",
             "Ejeren af Skovengen 9 søger om lov til at indrette en gårdbutik på 60 m² i en tidligere "
             "maskinhal."),
            ("Sagsfremstilling",
             "Butikken vil sælge egne grøntsager, æg og honning. Naboerne har været hørt, og der er "
             "kommet én indsigelse om trafik. Forvaltningen vurderer, at trafikken bliver beskeden, og "
             "foreslår, at åbningstiden begrænses til kl. 8-19."),
            ("Forvaltningens anbefaling", "Det anbefales, at der gives landzonetilladelse med vilkår om åbningstid."),
        ]),
        P(6, "Orientering om sagsbehandlingstider i byggesager", "P25-00061", False, [
            ("Sagsfremstilling",
             "Den gennemsnitlige sagsbehandlingstid for enfamiliehuse var 38 dage i 4. kvartal 2024 "
             "mod 52 dage året før. Målet er højst 40 dage."),
            ("Forvaltningens anbefaling", "Det anbefales, at orienteringen tages til efterretning."),
        ]),
    ],
}


def render_02(m):
    o = []
    a = o.append
    a('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
      '<title>Dagsorden - Plan- og Boligudvalget - 04.02.2025 | Klintrup Kommune</title>\n'
      '<style>body{font-family:sans-serif;max-width:52em;margin:auto} .lukket{color:#a00;font-weight:bold}'
      ' dl.meta dt{font-weight:bold} .sagsnr{color:#555;font-size:90%}</style>\n</head>\n<body>\n')
    a('<header><a href="/">Klintrup Kommune</a>\n<nav aria-label="brødkrumme">'
      '<a href="/">Forside</a> › <a href="/politik">Politik</a> › <a href="/politik/dagsordener">'
      'Dagsordener og referater</a></nav></header>\n<main>\n')
    a('<h1>Dagsorden</h1>\n<p class="undertitel">Plan- og Boligudvalget</p>\n')
    a('<dl class="meta">\n<dt>Mødedato</dt><dd>tirsdag den 4. februar 2025</dd>\n'
      '<dt>Mødetidspunkt</dt><dd>16:00</dd>\n<dt>Mødested</dt><dd>Udvalgsværelse 2, Klintrup Rådhus</dd>\n'
      '<dt>Medlemmer</dt><dd>Per Vinkel (formand), Aase Friis, Jonas Holk, Mette Lindved, Karim Darwish</dd>\n</dl>\n')
    a('<p><em>Referatet offentliggøres, når udvalget har holdt mødet.</em></p>\n')
    a('<h2 class="toc">Indhold</h2>\n<ol class="toc">\n')
    for p in m["points"]:
        a('<li><a href="#punkt-%d">%s</a></li>\n' % (p["n"], escape(p["title"])))
    a('</ol>\n')
    for p in m["points"]:
        a('<section id="punkt-%d">\n<h2>%d | %s</h2>\n' % (p["n"], p["n"], escape(p["title"])))
        a('<p class="sagsnr">Sagsnr. %s</p>\n' % escape(p["case"]))
        if p["closed"]:
            a('<p class="lukket">%s</p>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<h3>%s</h3>\n' % escape(label))
            for para in paras(text):
                a('<p>%s</p>\n' % escape(para))
        a('</section>\n')
    a('</main>\n<footer><p>Klintrup Kommune · Rådhustorvet 1 · 7790 Klintrup · '
      '<a href="/tilgaengelighed">Tilgængelighedserklæring</a></p></footer>\n</body>\n</html>\n')
    return "".join(o)


# ===========================================================================
# 03  Agerlund Municipality - International Council (English .docx: a
#     facts table at the top, "Item NN: Title" headings, one two-column
#     table per item, an "Access" row for the closed item)
# ===========================================================================
M03 = {
    "file": "03_agerlund_international-council_2023.docx",
    "board": "International Council",
    "date": "2023-09-21",
    "kind": "referat",
    "question": "is there going to be an english speaking class at agerlund school next year, and how many places?",
    "cite_punkt": 14,
    "secrets": ["Tomasz Wielgosz", "Strandvejen 118", "DKK 23,750"],
    "points": [
        P(12, "Approval of the agenda", "AGL/2023/0981", False, [
            ("Decision", "The agenda was approved."),
        ]),
        P(13, "Welcome package for newly arrived international families", "AGL/2023/1147", False, [
            ("Background",
             "The council asked the administration in May to propose a welcome package for families "
             "who move to Agerlund from abroad."),
            ("Summary",
             "The package contains help to book the first appointment at Citizen Service, a guide to "
             "GP registration and day care, and a volunteer buddy scheme run with the local library. "
             "The guide will be available in English, Ukrainian and Polish."),
            ("Recommendation", "The administration recommends that the package is launched on 1 January 2024."),
            ("Decision",
             "Approved. The council asked for the buddy scheme to be evaluated after the first year."),
        ]),
        P(14, "English-language section at Agerlund Skole - intake 2024", "AGL/2023/1203", False, [
            ("Background",
             "Several international employers in the area have asked for a public school offer taught "
             "in English for the youngest pupils."),
            ("Summary",
             "From August 2024 Agerlund Skole will open an English-language section with one mixed "
             "class for grades 0-2 and 22 places. Teaching follows the Danish curriculum, and Danish "
             "is taught five lessons a week. Places are allocated first to children who have lived in "
             "Denmark for less than two years. There is no tuition fee."),
            ("Recommendation", "The council is asked to take the information into account."),
            ("Decision",
             "Noted. The council welcomed the initiative and asked to be consulted on the admission "
             "rules."),
        ]),
        P(15, "Individual complaint regarding a housing allocation", "AGL/2023/1290", True, [
            ("Summary",
             "A complaint from Tomasz Wielgosz concerning a rented flat at Strandvejen 118 was "
             "discussed. The municipality has offered to cover a deposit of DKK 23,750."),
            ("Decision", "The council supported the administration's handling."),
        ], mark="Confidential - exempt from publication under the Access to Public Administration Files Act"),
        P(16, "International Citizens' Day 2024", "AGL/2023/1311", False, [
            ("Summary",
             "The administration proposes that International Citizens' Day is held on Saturday 20 April "
             "2024 in the town hall, with stands from clubs, employers and education institutions."),
            ("Decision", "Approved. Two council members will join the planning group."),
        ]),
        P(17, "Any other business", None, False, [
            ("Decision", "Nothing to report."),
        ]),
    ],
}


def render_03(m):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    when = datetime.datetime(2023, 9, 25, 8, 0, 0)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.author = "Agerlund Municipality"
    cp.last_modified_by = "Agerlund Municipality"
    cp.revision = 1
    cp.title = "Minutes - International Council"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Agerlund Municipality"
    sec.footer.paragraphs[0].text = "International Council - minutes 21 September 2023"
    d.add_heading("MINUTES", 0)
    d.add_paragraph("International Council")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Date", "Thursday 21 September 2023"), ("Time", "17:00-19:00"),
                 ("Venue", "Room 1.12, Agerlund Town Hall"),
                 ("Chair", "Marianne Eskesen"),
                 ("Present", "Marianne Eskesen, Kofi Mensah, Laura Petrescu, Niels Brandt, Aiko Tanaka"),
                 ("Apologies", "Niels Brandt")]:
        r = t.add_row().cells
        r[0].text = k
        r[1].text = v
    d.add_paragraph("")
    for p in m["points"]:
        d.add_heading("Item %d: %s" % (p["n"], p["title"]), 2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Case ref.", p["case"] or "-")]
        if p["closed"]:
            rows.append(("Access", p["mark"]))
        rows += p["sections"]
        for k, v in rows:
            r = t.add_row().cells
            r[0].text = k
            r[1].text = v
        d.add_paragraph("")
    d.add_paragraph("The meeting closed at 18:50.")
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue(), (2023, 9, 25, 8, 0, 0))


# ===========================================================================
# 04  Rønnevang Kommune - Byrådet, tillægsreferat (fixed-width plain text
#     from an old protocol system: "§ NNN." headings, "Sag:/Dok.nr." line,
#     votes, form feeds with page numbers, a signature page)
# ===========================================================================
M04 = {
    "file": "04_roennevang_byraadet_tillaegsreferat_2019.txt",
    "board": "Byrådet",
    "date": "2019-12-12",
    "kind": "tillaegsreferat",
    "question": "hvornaar aabner den nye vuggestue i rønnevang syd og hvor mange børn kan der gå der",
    "cite_punkt": 214,
    "secrets": ["Elmebo Byg ApS", "4.175.000 kr. ekskl. moms", "Topdækket Tag A/S", "1.046.900 kr.",
                "Poul-Erik Svane"],
    "points": [
        P(214, "Anlægsbevilling til ny vuggestue i Rønnevang Syd", "19/28411", False, [
            ("Sagsfremstilling",
             "Byrådet vedtog med budget 2020 at bygge en ny vuggestue i Rønnevang Syd, fordi der "
             "fødes flere børn i den sydlige del af byen. Vuggestuen opføres på den kommunale grund "
             "ved Hyldevej og får plads til 60 børn fordelt på fem stuer. Byggeriet udbydes i "
             "foråret 2020, og vuggestuen forventes at åbne 1. august 2021.\n\n"
             "Den samlede udgift er beregnet til 14,2 mio. kr. Bygningen opføres efter kravene til "
             "lavenergibyggeri, og legepladsen indrettes i samarbejde med de kommende forældre."),
            ("Borgmesterens indstilling",
             "Borgmesteren indstiller, at der gives en anlægsbevilling på 14,2 mio. kr., finansieret af "
             "det afsatte rådighedsbeløb."),
            ("Byrådets beslutning",
             "Godkendt.\nFor stemte: 25\nImod stemte: 0\nUndlod: 2 (O)"),
        ]),
        P(215, "Takster for vand og spildevand 2020 - tilpasning", "19/27790", False, [
            ("Sagsfremstilling",
             "Rønnevang Forsyning har rettet taksten for vandafledning, efter at Forsyningssekretariatet "
             "har godkendt et højere prisloft. Taksten stiger fra 38,20 kr. til 39,75 kr. pr. m³ ekskl. "
             "moms. Den faste afgift er uændret."),
            ("Borgmesterens indstilling", "Borgmesteren indstiller, at de tilpassede takster godkendes."),
            ("Byrådets beslutning",
             "Godkendt.\nFor stemte: 21\nImod stemte: 6 (Ø, F)"),
        ]),
        P(216, "Salg af byggegrund på Møllevangen", "19/29010", True, [
            ("Sagsfremstilling",
             "Der er kommet to bud på grunden. Det højeste bud er afgivet af Elmebo Byg ApS på "
             "4.175.000 kr. ekskl. moms med overtagelse 1. marts 2020."),
            ("Byrådets beslutning", "Godkendt, at grunden sælges til højestbydende."),
        ], mark="(Lukket sag - behandlet for lukkede døre, jf. § 10 i lov om kommunernes styrelse)"),
        P(217, "Udpegning af medlem til Grønt Råd", "19/28902", False, [
            ("Sagsfremstilling",
             "Danmarks Naturfredningsforening Rønnevang har meddelt, at foreningens repræsentant i "
             "Grønt Råd træder ud. Foreningen foreslår Maja Thorning som nyt medlem for resten af "
             "perioden."),
            ("Borgmesterens indstilling", "Borgmesteren indstiller, at Maja Thorning udpeges."),
            ("Byrådets beslutning", "Godkendt."),
        ]),
        P(218, "Erstatningskrav efter vandskade i Rønnevang Hallen", "19/29133", True, [
            ("Sagsfremstilling",
             "Kommunens advokat anbefaler at rejse krav mod Topdækket Tag A/S på 1.046.900 kr. "
             "Entreprenørens projektleder, Poul-Erik Svane, har erkendt fejl ved tagrenderne."),
            ("Byrådets beslutning", "Godkendt."),
        ], mark="(Lukket sag - behandlet for lukkede døre, jf. § 10 i lov om kommunernes styrelse)"),
    ],
}


def render_04(m):
    W = 72
    out = []
    page = [1]
    keep = m["secrets"] + [p["title"] for p in m["points"]]

    def ln(s=""):
        out.append(s)

    def newpage():
        ln()
        ln("Formandens initialer: ______".rjust(W))
        ln("\f" + ("Side %d" % (page[0] + 1)).rjust(W))
        page[0] += 1
        ln()

    ln("RØNNEVANG KOMMUNE".center(W).rstrip())
    ln("TILLÆGSREFERAT".center(W).rstrip())
    ln()
    ln("Byrådets møde torsdag den 12. december 2019 kl. 19.00")
    ln("i Rådhusets mødesal")
    ln()
    ln("Fraværende: Bente Holmgaard (sygdom). Stedfortræder: Claus Riber.")
    ln()
    ln("Nedenstående punkter blev optaget på dagsordenen efter fristen med")
    ln("Byrådets enstemmige godkendelse og behandlet efter mødets § 213.")
    ln()
    ln("-" * W)
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            newpage()
        ln()
        ln("§ %d.  %s" % (p["n"], p["title"]))
        ln("Sag: %s - Dok.nr. %d/19" % (p["case"], 380000 + 1227 * (i + 1)))
        if p["closed"]:
            ln(p["mark"])
        for label, text in p["sections"]:
            ln()
            ln(label + ":")
            for para in paras(text):
                for part in para.split("\n"):
                    for w in wrap(part, W, keep):
                        ln(w)
                ln()
        ln("-" * W)
    newpage()
    ln("UNDERSKRIFTSBLAD")
    ln()
    for name in ["Frode Aagaard (borgmester)", "Helle Bisgaard", "Claus Riber", "Mona Kirk",
                 "Sune Abrahamsen", "Tina Bjerre"]:
        ln("  %-34s ______________________" % name)
    return "\n".join(out) + "\n"


# ===========================================================================
# 05  Hesselby Kommune - Ældrerådet (e-mail from the council's secretary,
#     "Ad N." headings, "Referat:" sections, a FORTROLIGT note, mail
#     signature and disclaimer)
# ===========================================================================
M05 = {
    "file": "05_hesselby_aeldreraadet_2024.eml",
    "board": "Ældrerådet",
    "date": "2024-03-14",
    "kind": "referat",
    "question": "hvad kommer maden fra madservice til at koste i hesselby og kan man selv vælge retter",
    "cite_punkt": 2,
    "secrets": ["Ebba Marie Kjellerup", "datteren Lone Kjellerup", "faldet i badeværelset den 2. februar"],
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [
            ("Referat", "Godkendt."),
        ]),
        P(2, "Høringssvar: Kvalitetsstandard for madservice 2024", "24-0338", False, [
            ("Sagen",
             "Kommunen har sendt den reviderede kvalitetsstandard for madservice i høring. Prisen for "
             "en hovedret stiger fra 58 kr. til 61 kr. pr. 1. maj 2024. Maden leveres fortsat kølet to "
             "gange om ugen. Det nye er, at borgerne kan vælge mellem tre hovedretter hver dag i "
             "stedet for to."),
            ("Referat",
             "Ældrerådet bakker op om det større udvalg af retter, men finder prisstigningen for stor. "
             "Rådet foreslår, at der også tilbydes levering af varm mad til borgere, der ikke selv kan "
             "varme maden op. Formanden skriver høringssvaret."),
        ]),
        P(3, "Besøg på plejecentret Kildehuset", None, False, [
            ("Referat",
             "Rådet besøgte Kildehuset den 29. februar. Centerlederen fortalte om det nye "
             "sansehaveprojekt og om problemer med at skaffe nattevagter. Rådet vil spørge til "
             "bemandingen om natten på dialogmødet med udvalget i juni."),
        ]),
        P(4, "Henvendelse fra pårørende om en beboer", None, True, [
            ("Referat",
             "Rådet drøftede en henvendelse fra datteren Lone Kjellerup om hendes mor, Ebba Marie "
             "Kjellerup, der ikke fik tilsyn efter faldet i badeværelset den 2. februar. Formanden "
             "videregiver henvendelsen til plejechefen."),
        ], mark="FORTROLIGT - udgår af den offentlige version af referatet"),
        P(5, "Ældrerådsvalg 2025 - forberedelse", "24-0102", False, [
            ("Sagen",
             "Næste valg til Ældrerådet holdes som fremmødevalg og brevvalg i efteråret 2025."),
            ("Referat",
             "Rådet ønsker, at valget holdes som ren brevstemmeafstemning for at få en højere "
             "stemmeprocent. Næstformanden undersøger prisen hos kommunens valgsekretariat."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Referat", "Intet."),
        ]),
    ],
}


def render_05(m):
    keep = m["secrets"] + [p["title"] for p in m["points"]]
    b = []
    a = b.append
    a("Kære alle i Ældrerådet\n\n")
    a("Hermed referat fra mødet torsdag den 14. marts 2024 kl. 10.00-12.30 i Mødelokale 3, "
      "Hesselby Bibliotek.\n\n")
    a("Til stede: Inge Faber (formand), Holger Brink (næstformand), Ruth Jessen, Aksel Mose, Vera Lund\n")
    a("Afbud: Aksel Mose\n")
    a("Referent: Tove Skriver, sekretær for Ældrerådet\n\n")
    a("DAGSORDEN\n")
    for p in m["points"]:
        a("  %d. %s\n" % (p["n"], p["title"]))
    a("\n" + "=" * 60 + "\n\n")
    for p in m["points"]:
        a("Ad %d. %s\n" % (p["n"], p["title"]))
        if p["case"]:
            a("(jf. kommunens sag %s)\n" % p["case"])
        if p["closed"]:
            a("*** %s ***\n" % p["mark"])
        for label, text in p["sections"]:
            a("%s:\n" % label)
            for para in paras(text):
                a("\n".join(wrap(para, 76, keep)) + "\n")
        a("\n")
    a("Næste møde: torsdag den 11. april 2024.\n\n")
    a("Med venlig hilsen\nTove Skriver\nSekretær for Ældrerådet\nHesselby Kommune\n\n")
    a("-- \nDenne e-mail er sendt fra Hesselby Kommune. Er du ikke den rette modtager, så slet "
      "venligst mailen.\n")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Ældrerådet Hesselby <aeldreraad@hesselby.example>"
    msg["To"] = "aeldreraadet-medlemmer@hesselby.example"
    msg["Subject"] = "Referat af Ældrerådets møde 14. marts 2024"
    msg["Date"] = "Mon, 18 Mar 2024 09:12:00 +0100"
    msg["Message-ID"] = "<referat-2024-03-14@hesselby.example>"
    msg.set_content("".join(b), charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# ===========================================================================
# 06  Brinkhøj Kommune - Erhvervs- og Beskæftigelsesudvalget (RTF from a
#     case system: committee-code headings "EBU NN/2021", "ESDH:" ids,
#     tab table, "Lukket punkt", header/footer groups)
# ===========================================================================
M06 = {
    "file": "06_brinkhoej_erhvervs-og-beskaeftigelsesudvalget_2021.rtf",
    "board": "Erhvervs- og Beskæftigelsesudvalget",
    "date": "2021-06-15",
    "kind": "referat",
    "question": "hvor mange penge får iværksætterhuset på havnen i brinkhøj og hvornår åbner det",
    "cite_punkt": 39,
    "secrets": ["Smedjen Kroghave ApS", "lønrefusion på 214.660 kr.", "Søren Tvede Kruse"],
    "points": [
        P(36, "Godkendelse af dagsorden", "BRH-21-0001", False, [
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget", "Godkendt."),
        ]),
        P(37, "Ledighedsstatistik maj 2021", "BRH-21-3120", False, [
            ("Sagsfremstilling",
             "Ledigheden i Brinkhøj var 3,9 pct. i maj 2021 mod 5,1 pct. i maj 2020. Faldet ses især "
             "blandt unge under 30 år.\n\n"
             "TAB:Gruppe|Maj 2020|Maj 2021\nTAB:Dagpengemodtagere|612|455\n"
             "TAB:Kontanthjælpsmodtagere|388|362\nTAB:Unge under 30 år|241|149"),
            ("Administrationens forslag", "Administrationen foreslår, at orienteringen tages til efterretning."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget", "Taget til efterretning."),
        ]),
        P(38, "Virksomhedspraktik for unge under 30 - ny samarbejdsaftale", "BRH-21-3391", False, [
            ("Sagsfremstilling",
             "Jobcentret og Brinkhøj Erhvervsråd har lavet et udkast til en aftale, hvor 25 lokale "
             "virksomheder hver stiller mindst to praktikpladser til rådighed for unge ledige. "
             "Praktikken varer op til 8 uger og kan føre til løntilskud eller ordinært job."),
            ("Administrationens forslag", "Administrationen foreslår, at aftalen godkendes."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget",
             "Godkendt. Udvalget ønsker en opgørelse over, hvor mange unge der kommer i job."),
        ]),
        P(39, "Erhvervsfremmetilskud til iværksætterhus i Brinkhøj Havn", "BRH-21-3402", False, [
            ("Sagsfremstilling",
             "Foreningen Iværksætterhuset Brinkhøj Havn vil indrette kontorpladser og værksteder til "
             "nystartede virksomheder i det gamle pakhus på havnen. Huset får plads til 18 "
             "virksomheder og forventes at åbne 1. februar 2022.\n\n"
             "Foreningen søger om et driftstilskud på 350.000 kr. om året i 2022, 2023 og 2024. "
             "Tilskuddet skal dække husleje og en deltidsansat husvært."),
            ("Administrationens forslag",
             "Administrationen foreslår, at der bevilges 350.000 kr. årligt i tre år fra puljen til "
             "erhvervsfremme."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget",
             "Godkendt, dog således at tilskuddet for 2024 først udbetales, når udvalget har set en "
             "evaluering af det første år."),
        ]),
        P(40, "Tilbagebetalingskrav mod virksomhed", "BRH-21-3458", True, [
            ("Sagsfremstilling",
             "Smedjen Kroghave ApS har modtaget lønrefusion på 214.660 kr. for en medarbejder, der "
             "ikke var ansat i perioden. Direktør Søren Tvede Kruse har bestridt kravet."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget", "Kravet fastholdes."),
        ], mark="Lukket punkt"),
        P(41, "Meddelelser", "BRH-21-0001", False, [
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget",
             "Formanden orienterede om KL's beskæftigelseskonference i september."),
        ]),
    ],
}


def _rtf(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_06(m):
    r = []
    a = r.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}\n")
    a("{\\info{\\title %s}{\\author Brinkh\\'f8j Kommune}{\\creatim\\yr2021\\mo6\\dy17\\hr9\\min0}}\n"
      % _rtf("Referat EBU 15-06-2021"))
    a("\\paperw11906\\paperh16838\\margl1417\\margr1134\\margt1417\\margb1134\n")
    a("{\\header\\pard\\qr\\fs16 %s\\par}\n" % _rtf("Brinkhøj Kommune - Erhvervs- og Beskæftigelsesudvalget - 15-06-2021"))
    a("{\\footer\\pard\\qc\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} af "
      "{\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 4}}\\par}\n")
    a("\\pard\\fs36\\b %s\\b0\\par\n" % _rtf("Referat"))
    a("\\pard\\fs28 %s\\par\n" % _rtf("Erhvervs- og Beskæftigelsesudvalget"))
    a("\\pard\\fs20\\par\n")
    for k, v in [("Mødedato", "15-06-2021"), ("Mødetid", "08:00 - 10:15"),
                 ("Mødested", "Byrådssalen, Brinkhøj Rådhus"),
                 ("Medlemmer", "Anders Lykke (formand), Sofie Brandt, Kasper Holm, Yasmin Ali, Ole Dam"),
                 ("Afbud", "Kasper Holm")]:
        a("\\pard\\tx2000 {\\b %s}\\tab %s\\par\n" % (_rtf(k), _rtf(v)))
    a("\\pard\\par\\pard\\fs24\\b %s\\b0\\fs20\\par\n" % _rtf("Indholdsfortegnelse"))
    for i, p in enumerate(m["points"]):
        a("\\pard\\tx1400\\tqr\\tldot\\tx9000 EBU %d/2021\\tab %s\\tab %d\\par\n" % (p["n"], _rtf(p["title"]), i + 2))
    for p in m["points"]:
        a("\\page\n\\pard\\sb240\\fs26\\b EBU %d/2021  %s\\b0\\fs20\\par\n" % (p["n"], _rtf(p["title"])))
        a("\\pard\\fs16 ESDH: %s\\fs20\\par\n" % _rtf(p["case"]))
        if p["closed"]:
            a("\\pard\\cf0\\b\\caps %s\\caps0\\b0\\par\n" % _rtf(p["mark"]))
        for label, text in p["sections"]:
            a("\\pard\\sb160{\\b %s}\\par\n" % _rtf(label))
            for para in paras(text):
                if para.startswith("TAB:"):
                    for row in para.split("\n"):
                        cells = row[4:].split("|")
                        a("\\pard\\tx3600\\tx5400 %s\\par\n" % "\\tab ".join(_rtf(c) for c in cells))
                else:
                    a("\\pard %s\\par\n" % _rtf(para))
    a("}\n")
    return "".join(r).encode("ascii")


# ===========================================================================
# 07  Lergrav Kommune - Kultur- og Fritidsudvalget (ODT: meeting facts in a
#     table, "N. Title" headings followed by a status line "Åbent punkt" /
#     "Offentligheden udelukket", "Referat:" as the decision label)
# ===========================================================================
M07 = {
    "file": "07_lergrav_kultur-og-fritidsudvalget_2018.odt",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2018-04-10",
    "kind": "referat",
    "question": "hvornår åbner friluftsbadet i lergrav i år og hvad koster en billet for voksne",
    "cite_punkt": 3,
    "secrets": ["Ida Vognsen Holt", "Spillestedet Kedelhuset", "Lergrav Rideklub af 1964",
                "årlig leje på 41.300 kr.", "Ejnar Bystrup"],
    "points": [
        P(1, "Godkendelse af dagsorden", "18/0102", False, [
            ("Referat", "Godkendt."),
        ]),
        P(2, "Nyt udlånssystem på bibliotekerne", "18/3380", False, [
            ("Sagsfremstilling",
             "Bibliotekerne skifter udlånssystem i juni 2018 som led i et fælleskommunalt udbud. I "
             "omstillingsugen fra 11. til 17. juni kan der ikke reserveres materialer, men udlån og "
             "aflevering kører som normalt. Lånerne skal ikke gøre noget for at beholde deres konto."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
            ("Referat", "Taget til efterretning."),
        ]),
        P(3, "Sommeråbent på Lergrav Friluftsbad 2018", "18/4471", False, [
            ("Sagsfremstilling",
             "Friluftsbadet åbner lørdag den 2. juni og lukker søndag den 19. august 2018. Badet har "
             "åbent alle dage kl. 10-18 og til kl. 20 om torsdagen. Entré for voksne er 25 kr., mens "
             "børn under 12 år bader gratis. Der kan købes sæsonkort til 300 kr.\n\n"
             "Der er ansat fire livreddere. Den ene af dem er ny og bliver uddannet i maj."),
            ("Indstilling", "Forvaltningen indstiller, at åbningstider og priser godkendes."),
            ("Referat", "Godkendt. Udvalget ønsker en besøgsstatistik efter sæsonen."),
        ]),
        P(4, "Kulturpris 2018 - valg af modtager", "18/4512", True, [
            ("Sagsfremstilling",
             "Der er kommet syv indstillinger. Formandskabet foreslår keramikeren Ida Vognsen Holt; "
             "som alternativ nævnes Spillestedet Kedelhuset."),
            ("Referat", "Udvalget valgte formandskabets forslag. Prisen overrækkes i september."),
        ], mark="Offentligheden udelukket"),
        P(5, "Lejeaftale for rideklubbens stald - genforhandling", "18/2999", True, [
            ("Sagsfremstilling",
             "Lergrav Rideklub af 1964 ønsker at forlænge lejen af staldbygningen. Forvaltningen har "
             "forhandlet en årlig leje på 41.300 kr. på plads med klubbens formand, Ejnar Bystrup."),
            ("Referat", "Godkendt."),
        ], mark="Offentligheden udelukket"),
        P(6, "Eventuelt", None, False, [
            ("Referat", "Intet at referere."),
        ]),
    ],
}


def _odt_package(content_body, title, when, extra_styles=""):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="Fed" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Status" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:color="#7a0000"/></style:style>'
               '%s</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % (NS, extra_styles, content_body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            '<office:meta><dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date>'
            '</office:meta></office:document-meta>' % (NS, xesc(title), when.isoformat()))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest %s manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % NS)
    return fixed_zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                      ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)],
                     when.timetuple()[:6], stored_first="mimetype")


def render_07(m):
    b = []
    a = b.append

    def p(text, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def h(text, level):
        a('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, xesc(text)))

    h("Lergrav Kommune", 1)
    p("Referat - Kultur- og Fritidsudvalget")
    a('<table:table table:name="Moede"><table:table-column table:number-columns-repeated="2"/>')
    for k, v in [("Mødedato", "10.04.2018"), ("Start/slut", "17:00 - 19:20"),
                 ("Mødested", "Lergrav Kulturhus, lokale 4"),
                 ("Deltagere", "Jette Holst (formand), Bo Ravn, Anja Friis, Malik Jensen, Signe Dal"),
                 ("Fraværende", "Ingen")]:
        a('<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
          '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>'
          % (xesc(k), xesc(v)))
    a('</table:table>')
    h("Punkter på dagsordenen", 2)
    for pt in m["points"]:
        p("%d. %s" % (pt["n"], pt["title"]))
    for pt in m["points"]:
        h("%d. %s" % (pt["n"], pt["title"]), 2)
        p(pt["mark"] if pt["closed"] else "Åbent punkt", "Status")
        if pt["case"]:
            p("Sag: %s, dok. %s-%d" % (pt["case"], pt["case"], pt["n"] + 3))
        for label, text in pt["sections"]:
            a('<text:p text:style-name="Standard"><text:span text:style-name="Fed">%s:</text:span></text:p>' % xesc(label))
            for para in paras(text):
                p(para)
    p("Mødet sluttede kl. 19.20.")
    return _odt_package("".join(b), "Referat Kultur- og Fritidsudvalget 10.04.2018",
                        datetime.datetime(2018, 4, 12, 10, 0, 0))


# ===========================================================================
# 08  Solvig Kommune - Landdistriktsudvalget (Markdown export with YAML front
#     matter, "## N) Title" headings, meta bullets with `SOL-..` numbers, a
#     Markdown table, blockquoted decisions, a lock-emoji closed note)
# ===========================================================================
M08 = {
    "file": "08_solvig_landdistriktsudvalget_2024.md",
    "board": "Landdistriktsudvalget",
    "date": "2024-10-01",
    "kind": "referat",
    "question": "hvor meget fik forsamlingshuset i holmerup fra landsbypuljen og til hvad",
    "cite_punkt": 8,
    "secrets": ["Gammel Skolevej 17", "Ulf Brandstrup", "195.000 kr. inkl. omkostninger"],
    "points": [
        P(7, "Godkendelse af dagsorden", "SOL-24-0003", False, [
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(8, "Landsbypuljen 2025 - fordeling", "SOL-24-8812", False, [
            ("Sagens indhold",
             "Der er kommet 11 ansøgninger om i alt 612.000 kr. Puljen er på 400.000 kr. "
             "Forvaltningen foreslår følgende fordeling:\n\n"
             "TABLE:Ansøger|Projekt|Beløb\n"
             "TABLE:Holmerup Forsamlingshus|Nyt køkken og handicaptoilet|85.000 kr.\n"
             "TABLE:Tingvad Borgerforening|Shelterplads ved mosen|60.000 kr.\n"
             "TABLE:Bøgeskov Idrætsforening|Lys på multibanen|72.000 kr.\n"
             "TABLE:Lille Solvig Vandværk|Informationstavler|18.000 kr.\n"
             "TABLE:Øvrige syv ansøgere|Se bilag 1|165.000 kr.\n\n"
             "Projekterne skal være gennemført inden udgangen af 2025."),
            ("Indstilling", "Forvaltningen indstiller, at puljen fordeles som foreslået."),
            ("Udvalgets beslutning",
             "Godkendt. Udvalget bemærkede, at flere ansøgninger handlede om tilgængelighed, og "
             "ønsker at det bliver et særskilt kriterium næste år."),
        ]),
        P(9, "Flextur i Bøgeskov og Tingvad", "SOL-24-8950", False, [
            ("Sagens indhold",
             "Den faste busrute 212 mellem Bøgeskov og Tingvad har i gennemsnit 1,4 passager pr. "
             "afgang. Forvaltningen foreslår, at ruten nedlægges fra køreplanskiftet i december 2024 og "
             "erstattes af flextur, som kan bestilles en time før afgang. Prisen for en flextur er den "
             "samme som en almindelig busbillet op til 20 km."),
            ("Indstilling", "Det indstilles, at rute 212 erstattes af flextur."),
            ("Udvalgets beslutning",
             "Anbefales over for Teknisk Udvalg, med en evaluering efter et år."),
        ]),
        P(10, "Opkøb af nedrivningsmoden ejendom", "SOL-24-9023", True, [
            ("Sagens indhold",
             "Ejendommen Gammel Skolevej 17 i Tingvad har stået tom i seks år. Dødsboets advokat, "
             "Ulf Brandstrup, har accepteret en pris på 195.000 kr. inkl. omkostninger."),
            ("Udvalgets beslutning", "Godkendt med midler fra nedrivningspuljen."),
        ], mark="Lukket sag - indholdet offentliggøres ikke"),
        P(11, "Bredbånd i landdistrikterne - status", "SOL-24-7741", False, [
            ("Sagens indhold",
             "Efter den seneste udrulning har 94 pct. af husstandene i kommunens landdistrikter adgang "
             "til mindst 100 Mbit/s. Der mangler stadig dækning ved Hedegårde og Skævinge Mark, hvor "
             "der søges om midler fra statens bredbåndspulje."),
            ("Udvalgets beslutning", "Taget til efterretning."),
        ]),
        P(12, "Eventuelt", None, False, [
            ("Udvalgets beslutning", "Intet."),
        ]),
    ],
}


def render_08(m):
    o = []
    a = o.append
    a("---\ntitle: \"Referat - Landdistriktsudvalget\"\nkommune: Solvig Kommune\n"
      "udvalg: Landdistriktsudvalget\ndato: 2024-10-01\nstatus: godkendt\n---\n\n")
    a("# Landdistriktsudvalget - referat\n\n")
    a("**Tirsdag 1. oktober 2024, kl. 19:00-21:30** · Tingvad Forsamlingshus\n\n")
    a("| Medlem | Parti | Til stede |\n|---|---|---|\n")
    for n, party, here in [("Karen Mølgaard (formand)", "V", "ja"), ("Asger Tvilling", "A", "ja"),
                           ("Lene Bach", "F", "afbud"), ("Rasmus Egeberg", "C", "ja"), ("Pia Hald", "A", "ja")]:
        a("| %s | %s | %s |\n" % (n, party, here))
    a("\n## Indhold\n\n")
    for p in m["points"]:
        a("- [%d) %s](#sag-%d)\n" % (p["n"], p["title"], p["n"]))
    a("\n")
    for p in m["points"]:
        a("---\n\n<a id=\"sag-%d\"></a>\n## %d) %s\n\n" % (p["n"], p["n"], p["title"]))
        a("- **Sagsnummer:** `%s`\n" % p["case"] if p["case"] else "- **Sagsnummer:** -\n")
        a("\n")
        if p["closed"]:
            a("> 🔒 **%s**\n\n" % p["mark"])
        for label, text in p["sections"]:
            a("#### %s\n\n" % label)
            for para in paras(text):
                if para.startswith("TABLE:"):
                    rows = [r[6:].split("|") for r in para.split("\n")]
                    a("| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]) + "\n")
                    for r in rows[1:]:
                        a("| " + " | ".join(r) + " |\n")
                    a("\n")
                elif label == "Udvalgets beslutning":
                    a("> %s\n\n" % para)
                else:
                    a("%s\n\n" % para)
    a("---\n\n*Referatet er godkendt af formanden den 3. oktober 2024.*\n")
    return "".join(o)


# ===========================================================================
# 09  Kragsø Kommune - Økonomiudvalget (Word 2003 XML / WordprocessingML
#     saved as .xml: "pkt. NN:" headings, "Sagsnr." + KLE line, two
#     different closed notes)
# ===========================================================================
M09 = {
    "file": "09_kragsoe_oekonomiudvalget_2020.xml",
    "board": "Økonomiudvalget",
    "date": "2020-05-26",
    "kind": "referat",
    "question": "må byrådet i kragsø holde møder over video fremover?",
    "cite_punkt": 89,
    "secrets": ["Kragsø Erhvervsejendomme K/S", "Stationsvej 41-43", "årlig husleje på 1.385.000 kr.",
                "Jens Aage Bramsen", "tjenstlig samtale den 11. maj 2020"],
    "points": [
        P(85, "Godkendelse af dagsorden", "2020-0015", False, [
            ("Økonomiudvalgets beslutning den 26.05.2020", "Godkendt."),
        ]),
        P(86, "Likviditetsoversigt pr. 30. april 2020", "2020-3317", False, [
            ("Sagen i korte træk",
             "Den gennemsnitlige likviditet over de seneste 12 måneder (kassekreditreglen) var 148 mio. "
             "kr. pr. 30. april 2020. Det er 22 mio. kr. lavere end på samme tid sidste år, primært fordi "
             "statens udbetaling af bloktilskud blev fremrykket i 2019."),
            ("Direktionens indstilling", "Direktionen indstiller, at oversigten tages til efterretning."),
            ("Økonomiudvalgets beslutning den 26.05.2020", "Taget til efterretning."),
        ]),
        P(87, "Udbud af kommunens forsikringer 2021-2024", "2020-2904", False, [
            ("Sagen i korte træk",
             "Kommunens forsikringsaftaler udløber 31. december 2020. Forvaltningen foreslår, at "
             "forsikringerne udbydes i fire delaftaler: bygninger, ansvar, motorkøretøjer og "
             "arbejdsskade. Den samlede årlige præmie er i dag 5,6 mio. kr."),
            ("Økonomiske konsekvenser", "Udbuddet forventes at give en besparelse på 5-10 pct."),
            ("Direktionens indstilling", "Det indstilles, at udbuddet igangsættes med en forsikringsmægler."),
            ("Økonomiudvalgets beslutning den 26.05.2020", "Godkendt."),
        ]),
        P(88, "Lejemål til jobcentret", "2020-3410", True, [
            ("Sagen i korte træk",
             "Forvaltningen har forhandlet med Kragsø Erhvervsejendomme K/S om leje af Stationsvej 41-43 "
             "med en årlig husleje på 1.385.000 kr. og en uopsigelighed på ti år."),
            ("Økonomiudvalgets beslutning den 26.05.2020", "Anbefales."),
        ], mark="Fortrolig del - ikke til offentliggørelse"),
        P(89, "Ændring af styrelsesvedtægten - digitale møder", "2020-3502", False, [
            ("Sagen i korte træk",
             "Under nedlukningen i foråret har byrådet og udvalgene holdt møder over video med hjemmel "
             "i en midlertidig lov. Forvaltningen foreslår, at styrelsesvedtægten ændres, så et medlem "
             "fremover kan deltage i et udvalgsmøde via video, hvis formanden har givet tilladelse. "
             "Byrådets egne møder skal fortsat holdes med fysisk fremmøde.\n\n"
             "Ændringen skal behandles to gange i byrådet, før den kan træde i kraft."),
            ("Direktionens indstilling", "Det indstilles, at forslaget sendes til 1. behandling i byrådet."),
            ("Økonomiudvalgets beslutning den 26.05.2020",
             "Anbefales over for byrådet. Økonomiudvalget ønsker, at ordningen evalueres efter et år."),
        ]),
        P(90, "Personalesag", "2020-3517", True, [
            ("Sagen i korte træk",
             "Sagen vedrører Jens Aage Bramsen. Der blev holdt en tjenstlig samtale den 11. maj 2020."),
            ("Økonomiudvalgets beslutning den 26.05.2020", "Forvaltningens indstilling blev fulgt."),
        ], mark="Sagen behandles fortroligt efter offentlighedslovens § 21"),
        P(91, "Meddelelser", "2020-0015", False, [
            ("Økonomiudvalgets beslutning den 26.05.2020",
             "Borgmesteren orienterede om økonomiaftalen mellem KL og regeringen."),
        ]),
    ],
}


def render_09(m):
    W = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"'
    b = []
    a = b.append

    def par(text, bold=False, size=None, style=None):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        a("<w:p>%s<w:r>%s<w:t>%s</w:t></w:r></w:p>\n" % (ppr, rpr, xesc(text)))

    a('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n')
    a('<w:wordDocument %s xml:space="preserve">\n' % W)
    a('<w:docPr><w:view w:val="print"/></w:docPr>\n<w:body>\n')
    par("KRAGSØ KOMMUNE", True, 28)
    par("Økonomiudvalget", True, 36, "Titel")
    par("Referat fra ordinært møde tirsdag den 26. maj 2020 kl. 08.30 i Mødesal A")
    par("Til stede: Birgit Lauesen (borgmester, formand), Henrik Sand, Maria Kok, Jakob Elm, Tanja Ryg, "
        "Ole Fisker, Pernille Ager")
    par("Fraværende: ingen")
    par("")
    for p in m["points"]:
        par("pkt. %d: %s" % (p["n"], p["title"]), True, 26, "Overskrift2")
        par("Sagsnr.: %s" % p["case"], size=18)
        if p["closed"]:
            par(p["mark"], True)
        for label, text in p["sections"]:
            par(label, True)
            for para in paras(text):
                par(para)
    par("Mødet hævet kl. 10.05.")
    a('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" '
      'w:bottom="1417" w:left="1134"/></w:sectPr>\n</w:body>\n</w:wordDocument>\n')
    return "".join(b)


# ===========================================================================
# 10  Bøgelund Kommune - Handicaprådet (old CMS .htm in ISO-8859-1 with a
#     table layout, HTML entities, "Punkt N" in a cell beside the title,
#     "ESDH:" ids, "Behandlet i lukket møde")
# ===========================================================================
M10 = {
    "file": "10_boegelund_handicapraadet_2017.htm",
    "board": "Handicaprådet",
    "date": "2017-09-05",
    "kind": "referat",
    "question": "hvornår kommer der elevator på bøgelund station",
    "cite_punkt": 2,
    "secrets": ["Ahmad Rashidi Nour", "bevilling på 286.000 kr."],
    "points": [
        P(1, "Godkendelse af referat fra mødet 13. juni 2017", None, False, [
            ("Beslutning", "Referatet blev godkendt."),
        ]),
        P(2, "Tilgængelighed på Bøgelund Station - høring", "2017/11290", False, [
            ("Sagsfremstilling",
             "Banedanmark har sendt planerne for ombygning af Bøgelund Station i høring. Der bygges "
             "elevatorer til begge perroner i 2019, og stationen skal stå færdig i december 2019. "
             "Indtil da er der kun adgang til perron 2 via trapper."),
            ("Indstilling",
             "Forvaltningen foreslår, at Handicaprådet afgiver høringssvar."),
            ("Beslutning",
             "Handicaprådet afgiver høringssvar og beder om, at der i byggeperioden etableres en "
             "midlertidig rampe, og at elevatorerne får talende knapper."),
        ]),
        P(3, "Ledsageordning - nye retningslinjer", "2017/10877", False, [
            ("Sagsfremstilling",
             "Kommunen har opdateret retningslinjerne for ledsageordningen efter serviceloven. "
             "Borgere kan fortsat få op til 15 timers ledsagelse om måneden. Det nye er, at ubrugte "
             "timer kan opspares i op til seks måneder, og at ledsageren kan bestilles med tre "
             "dages varsel i stedet for en uge."),
            ("Beslutning", "Handicaprådet tog orienteringen til efterretning og roste det kortere varsel."),
        ]),
        P(4, "Sag om tildeling af handicapbil", "2017/11702", True, [
            ("Sagsfremstilling",
             "Rådet blev orienteret om klagesagen fra Ahmad Rashidi Nour, som nu har fået en "
             "bevilling på 286.000 kr. efter Ankestyrelsens afgørelse."),
            ("Beslutning", "Taget til efterretning."),
        ], mark="Behandlet i lukket møde"),
        P(5, "Handicapprisen 2017", "2017/09655", False, [
            ("Sagsfremstilling",
             "Der er indkommet fem forslag. Rådet skal vælge årets modtager af Handicapprisen, som "
             "uddeles på Handicapdagen den 3. december."),
            ("Beslutning",
             "Prisen gives til Café Trinbrættet, der har ansat seks medarbejdere i fleksjob og "
             "ombygget indgangen."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Beslutning", "Næste møde holdes den 7. november 2017."),
        ]),
    ],
}


def render_10(m):
    def e(s):
        return escape(s)

    o = []
    a = o.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>\n'
      '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">\n'
      '<TITLE>Handicapr&aring;det - referat 05.09.2017</TITLE>\n</HEAD>\n'
      '<BODY BGCOLOR="#FFFFFF">\n')
    a('<TABLE WIDTH="640" BORDER="0" CELLPADDING="4">\n<TR><TD COLSPAN="3"><FONT SIZE="2">'
      'B&oslash;gelund Kommune &gt; Politik &gt; R&aring;d og n&aelig;vn</FONT></TD></TR>\n')
    a('<TR><TD COLSPAN="3"><FONT SIZE="5"><B>%s</B></FONT></TD></TR>\n' % e("Handicaprådet"))
    a('<TR><TD COLSPAN="3"><B>REFERAT</B> - %s</TD></TR>\n' % e("tirsdag den 5. september 2017 kl. 14.00, Mødelokale Bøgen, Rådhuset"))
    a('<TR><TD COLSPAN="3">%s</TD></TR>\n' % e("Deltagere: Lisbeth Ohrt (formand, DH), Finn Rosager (DH), Aisha Karimi (DH), "
                                               "Bent Lyng (byrådet), Nanna Storm (byrådet). Afbud: Aisha Karimi."))
    a('<TR><TD COLSPAN="3"><HR></TD></TR>\n')
    for p in m["points"]:
        a('<TR VALIGN="top"><TD WIDTH="70"><B>Punkt %d</B></TD><TD><B>%s</B></TD><TD WIDTH="120">'
          '<FONT SIZE="1">%s</FONT></TD></TR>\n'
          % (p["n"], e(p["title"]), ("ESDH: " + p["case"]) if p["case"] else "&nbsp;"))
        body = []
        if p["closed"]:
            body.append('<I><FONT COLOR="#990000">%s</FONT></I><BR>' % e(p["mark"]))
        for label, text in p["sections"]:
            body.append("<B>%s</B><BR>" % e(label))
            for para in paras(text):
                body.append("%s<BR><BR>" % e(para))
        a('<TR VALIGN="top"><TD>&nbsp;</TD><TD COLSPAN="2">%s</TD></TR>\n' % "\n".join(body))
    a('<TR><TD COLSPAN="3"><HR><FONT SIZE="1">Senest opdateret 12.09.2017 - webredaktionen</FONT></TD></TR>\n')
    a('</TABLE>\n</BODY>\n</HTML>\n')
    html = "".join(o)
    return html.encode("iso-8859-1", "xmlcharrefreplace")


MEETINGS = [(M01, render_01), (M02, render_02), (M03, render_03), (M04, render_04), (M05, render_05),
            (M06, render_06), (M07, render_07), (M08, render_08), (M09, render_09), (M10, render_10)]


def expected():
    return [{"file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
             "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
             "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"]}
            for m, _ in MEETINGS]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for m, fn in MEETINGS:
        data = fn(m)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(os.path.join(outdir, m["file"]), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
