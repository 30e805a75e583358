#!/usr/bin/env python3
"""Generate the invented meeting documents of layouts_blind72.

Every municipality, board, person, firm, address, amount and sentence below is invented.
The script is deterministic: two runs give byte-identical files.  It also writes
expected.json.  Needs python-docx (.docx) and fpdf2 (.pdf); the other formats are written
by hand.

Usage:  python make_layouts.py [outdir]
"""
import datetime
import io
import json
import os
import sys
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from html import escape
from xml.sax.saxutils import escape as xesc, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
ZIPTIME = (2025, 2, 3, 4, 5, 6)
NBSP = "\u00a0"


def P(n, title, case, closed, sections):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def wrap(text, width, protect=()):
    """Greedy word wrap that never breaks inside a protected phrase."""
    for ph in protect:
        text = text.replace(ph, ph.replace(" ", NBSP))
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return [ln.replace(NBSP, " ") for ln in lines]


def fixed_zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# =============================================================================================
# 01  Sølvkær Kommune - Kultur- og Fritidsudvalget - referat - agenda portal (HTML5, details)
# =============================================================================================
D1 = "Beslutning i Kultur- og Fritidsudvalget den 19-03-2024"
M01 = {
    "file": "01_soelvkaer_kultur-og-fritidsudvalget_2024.html",
    "board": "Kultur- og Fritidsudvalget", "date": "2024-03-19", "kind": "referat",
    "points": [
        P(41, "Godkendelse af dagsorden", "330-2024-00102", False, [
            (D1, "Godkendt uden bemærkninger.")]),
        P(42, "Lokaletilskud til spejdergruppen i Nørre Sølvkær", "330-2024-03318", False, [
            ("Resume", "Spejdergruppen Ugleflugten har siden 2019 lejet den tidligere mejeribygning på "
                       "Åvej og søger nu om lokaletilskud efter folkeoplysningsloven."),
            ("Sagsfremstilling", "Gruppen har 71 aktive medlemmer under 25 år. Den årlige husleje er 84.000 kr. "
                                 "Efter kommunens tilskudsregler ydes 65 pct. af de godkendte udgifter, "
                                 "svarende til 54.600 kr. om året."),
            ("Økonomi", "Beløbet kan holdes inden for rammen til lokaletilskud i 2024."),
            ("Indstilling", "Kultur og Fritid indstiller, at der ydes lokaletilskud fra 1. april 2024."),
            (D1, "Godkendt. Tilskuddet udbetales kvartalsvis bagud fra 1. april 2024.")]),
        P(43, "Åbningstider i Sølvkær Svømmehal i sommerferien", "330-2024-03502", False, [
            ("Resume", "Svømmehallen har hidtil holdt lukket i uge 28-30 på grund af den årlige "
                       "rengøring af bassinerne. Mange familier har efterspurgt åbent i ferien."),
            ("Sagsfremstilling", "Driftsafdelingen foreslår at flytte hovedrengøringen til efterårsferien "
                                 "i uge 42. Så kan hallen holde åbent hele sommerferien, alle dage kl. 7-20. "
                                 "Livredderdækningen klares med to sommervikarer."),
            ("Økonomi", "Udgiften til sommervikarer er 96.000 kr. og dækkes af hallens driftsbudget."),
            ("Indstilling", "Det indstilles, at svømmehallen holder åbent i hele sommerferien 2024."),
            (D1, "Godkendt. Svømmehallen holder åbent alle dage kl. 7-20 i sommerferien; "
                 "hovedrengøringen flyttes til uge 42.")]),
        P(44, "Kulturpris 2024 - valg af modtager", "330-2024-02990", True, [
            ("Sagsfremstilling", "Der er modtaget ni indstillinger. Forvaltningen peger på keramikeren "
                                 "Birgitte Ravnholt Astrup, der har drevet keramikværkstedet Lerkrukken "
                                 "med åbne værksteder for skoleklasser i tolv år."),
            ("Økonomi", "Prisen består af et diplom og en præmie på 17.500 kr."),
            (D1, "Udvalget valgte forvaltningens forslag. Navnet offentliggøres ved kulturnatten.")]),
        P(45, "Underskudsgaranti til Sølvkær Blues Festival", "330-2024-03011", False, [
            ("Resume", "Foreningen bag festivalen søger om en underskudsgaranti på 150.000 kr. til "
                       "festivalen i august 2024."),
            ("Sagsfremstilling", "Festivalen havde 2.300 gæster i 2023 og et lille overskud. Foreningen "
                                 "ønsker at udvide med en familiescene om lørdagen."),
            ("Indstilling", "Forvaltningen indstiller, at der gives en garanti på 100.000 kr."),
            (D1, "Godkendt med en garanti på 100.000 kr.")]),
        P(46, "Ophør af forpagtning af cafeteriet i Sølvkær Hallen", "330-2024-01876", True, [
            ("Sagsfremstilling", "Forpagteren, Cafe Tribunen ApS ved Jannik Overgaard Holmsted, har ikke "
                                 "betalt forpagtningsafgift siden juli, og restancen udgør 212.940 kr."),
            ("Indstilling", "Det indstilles, at aftalen ophæves, og at kravet sendes til inkasso."),
            (D1, "Godkendt.")]),
        P(47, "Meddelelser", "330-2024-00102", False, [
            ("Sagsfremstilling", "Formanden orienterede om, at biblioteket i Sølvkær holder åbent til kl. 22 "
                                 "under kulturnatten."),
            (D1, "Til orientering.")]),
    ],
    "secrets": ["Birgitte Ravnholt Astrup", "keramikværkstedet Lerkrukken", "præmie på 17.500 kr.",
                "Cafe Tribunen ApS", "Jannik Overgaard Holmsted", "restancen udgør 212.940 kr."],
    "question": "har svømmehallen i sølvkær åbent i sommerferien i år, og hvornår på dagen",
    "cite_punkt": 43,
}


def render_01(m):
    o = ["<!doctype html>", '<html lang="da"><head><meta charset="utf-8">',
         "<title>Kultur- og Fritidsudvalget, 19. marts 2024 - Referat | Sølvkær Kommune</title>",
         '<script type="application/ld+json">{"@type":"Event","name":"Udvalgsmøde"}</script>',
         "<style>details.lukket summary::before{content:'\\1F512 '}</style></head><body>",
         '<a class="skip" href="#indhold">Gå til indhold</a>',
         '<header><img src="/logo.svg" alt="Sølvkær Kommune"><form role="search"><input name="q" '
         'placeholder="Søg i dagsordener"></form></header>',
         '<main id="indhold"><section class="moede">',
         '<p class="breadcrumb">Politik / Dagsordener og referater / 2024</p>',
         "<h1>Referat</h1>",
         '<table class="moedeinfo"><tr><th>Udvalg</th><td>Kultur- og Fritidsudvalget</td></tr>',
         "<tr><th>Dato</th><td>Tirsdag 19. marts 2024</td></tr>",
         "<tr><th>Tid</th><td>17:00</td></tr>",
         "<tr><th>Sted</th><td>Sølvkær Kulturhus, lokale Kvisten</td></tr>",
         "<tr><th>Deltagere</th><td>Henny Baaring (formand), Aksel Tind, Rikke Vangsø, Omar Jensen</td></tr>",
         "<tr><th>Afbud</th><td>Lise-Lotte Brix</td></tr></table>",
         '<p><a href="#" class="btn">Hent hele referatet som PDF</a> '
         '<a href="#" class="btn">Abonnér på udvalget</a></p></section>']
    for p in m["points"]:
        cls = "punkt lukket" if p["closed"] else "punkt"
        o.append('<details class="%s" id="punkt-%d" open>' % (cls, p["n"]))
        o.append("<summary>%d · %s</summary>" % (p["n"], escape(p["title"])))
        o.append('<ul class="meta"><li>Sag: %s</li>' % p["case"])
        if p["closed"]:
            o.append('<li class="badge">Lukket punkt</li><li>Behandlet for lukkede døre</li>')
        o.append("</ul>")
        for label, text in p["sections"]:
            o.append("<h4>%s</h4>" % escape(label))
            for para in paras(text):
                o.append("<p>%s</p>" % escape(para))
        if not p["closed"] and p["n"] in (42, 43):
            o.append('<h4>Bilag</h4><ul><li><a href="#">Bilag 1: Ansøgning.pdf</a></li></ul>')
        o.append("</details>")
    o += ["</main>", "<footer>Sølvkær Kommune · Torvet 1 · 8899 Sølvkær · Senest opdateret 21.03.2024</footer>",
          "</body></html>", ""]
    return "\n".join(o).encode("utf-8")


# =============================================================================================
# 02  Ravnsbjerg Kommune - Social- og Sundhedsudvalget - referat 2011 - Word-saved .htm, latin-9
# =============================================================================================
M02 = {
    "file": "02_ravnsbjerg_social-og-sundhedsudvalget_2011.htm",
    "board": "Social- og Sundhedsudvalget", "date": "2011-11-08", "kind": "referat",
    "points": [
        P(87, "Godkendelse af dagsorden", "00.01.00-A00-7-11", False, [
            ("Udvalgets beslutning", "Godkendt.")]),
        P(88, "Takster for madservice 2012", "29.09.00-Ø00-12-11", False, [
            ("Sagsbeskrivelse", "Køkkenet på Ravnsbjerg Centret leverer hver dag mad til ca. 310 borgere i "
                                "eget hjem. Prisen for en hovedret foreslås hævet fra 47 kr. til 49 kr. fra "
                                "1. januar 2012. Prisen for biret er uændret 12 kr. Udbringning er gratis."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at taksterne anbefales over for "
                                           "Økonomiudvalget og Byrådet."),
            ("Udvalgets beslutning", "Anbefales. Udvalget ønsker en brugerundersøgelse af maden i foråret.")]),
        P(89, "Forebyggende hjemmebesøg til 75-årige", "27.12.00-P20-4-11", False, [
            ("Sagsbeskrivelse", "Kommunen tilbyder i dag besøg fra det år, borgeren fylder 80. Det foreslås at "
                                "tilbyde et besøg allerede ved 75 år til borgere, der bor alene."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at ordningen indføres fra 2012."),
            ("Udvalgets beslutning", "Godkendt.")]),
        P(90, "Klage over afslag på boligændring", "27.24.10-K07-19-11", True, [
            ("Sagsbeskrivelse", "Borgeren Knud Erling Mørup, Agerhønevej 14, har klaget over afslag på "
                                "ombygning af badeværelse. Ansøgningen lød på 61.380 kr."),
            ("Udvalgets beslutning", "Afslaget fastholdes. Sagen sendes til Ankestyrelsen.")]),
        P(91, "Genbrug af hjælpemidler - ny depotordning", "27.24.00-G01-6-11", False, [
            ("Sagsbeskrivelse", "Hjælpemiddeldepotet flytter til den tidligere brandstation. Kørestole og "
                                "rollatorer rengøres og genbruges, og borgerne kan selv aflevere dem om "
                                "tirsdagen og torsdagen."),
            ("Udvalgets beslutning", "Taget til efterretning.")]),
        P(92, "Personalesag - hjemmeplejen Distrikt Syd", "81.03.00-G01-2-11", True, [
            ("Sagsbeskrivelse", "Social- og sundhedshjælper Lone Bakmand Thorsø er tildelt en skriftlig "
                                "advarsel. Der er givet fritstilling fra 14. november 2011."),
            ("Udvalgets beslutning", "Orienteringen blev taget til efterretning.")]),
        P(93, "Eventuelt", None, False, [("Udvalgets beslutning", "Intet.")]),
    ],
    "secrets": ["Knud Erling Mørup", "Agerhønevej 14", "61.380 kr.",
                "Lone Bakmand Thorsø", "fritstilling fra 14. november 2011"],
    "question": "hvad koster mad ude fra kommunen i ravnsbjerg i 2012, en hovedret",
    "cite_punkt": 88,
}


def render_02(m):
    o = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
         "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">',
         '<meta name="Generator" content="Microsoft Word 11">',
         "<title>Referat SSU 08-11-2011</title>",
         "<style><!-- p.MsoNormal{font-family:Arial} p.Lukket{color:red;font-weight:bold} --></style>",
         "</head>", '<body lang=DA style="tab-interval:65.2pt">', '<div class=Section1>',
         "<p class=MsoNormal align=center><b>RAVNSBJERG KOMMUNE</b></p>",
         "<p class=MsoNormal align=center>Social- og Sundhedsudvalget</p>",
         "<p class=MsoNormal align=center>Referat af mødet den 8. november 2011 kl. 15.00 på Rådhuset, "
         "udvalgsværelse 3</p>",
         "<p class=MsoNormal>Fraværende: Anker Skov (afbud)</p>",
         "<p class=MsoNormal>&nbsp;</p>"]
    for p in m["points"]:
        o.append("<p class=MsoNormal><b><u>Punkt %d - %s</u></b></p>" % (p["n"], escape(p["title"])))
        if p["case"]:
            o.append("<p class=MsoNormal>J.nr.: %s</p>" % p["case"])
        if p["closed"]:
            o.append("<p class=Lukket>LUKKET SAG</p>")
        for label, text in p["sections"]:
            o.append("<p class=MsoNormal><i>%s:</i></p>" % escape(label))
            for para in paras(text):
                o.append("<p class=MsoNormal>%s</p>" % escape(para))
        o.append("<p class=MsoNormal>&nbsp;</p>")
    o += ["<p class=MsoNormal>Mødet hævet kl. 17.40</p>",
          "<p class=MsoNormal>Underskrifter: ___________________</p>", "</div></body></html>", ""]
    return "\r\n".join(o).encode("iso-8859-15")


# =============================================================================================
# 03  Kildehøj Kommune - Byrådet - TILLÆGSREFERAT - .docx with TOC table and status check boxes
# =============================================================================================
D3 = "Byrådets beslutning den 23. juni 2022"
M03 = {
    "file": "03_kildehoej_byraadet_tillaegsreferat_2022.docx",
    "board": "Byrådet", "date": "2022-06-23", "kind": "tillaegsreferat",
    "points": [
        P(131, "Frigivelse af anlægsbevilling til legeplads i Byparken", "149/2231N", False, [
            ("Sagsfremstilling", "Legepladsen i Byparken er nedslidt. Teknik og Miljø har fået tilbud på en ny "
                                 "natur-legeplads med klatretræer og en sansehave. Arbejdet kan gå i gang i "
                                 "august og forventes afsluttet inden efterårsferien."),
            ("Økonomi", "Der søges om frigivelse af 1,4 mio. kr., som er afsat i budget 2022."),
            ("Indstilling", "Økonomiudvalget anbefaler, at bevillingen frigives."),
            (D3, "Godkendt.")]),
        P(132, "Ny stedfortræder i Handicaprådet", "150/0087N", False, [
            ("Sagsfremstilling", "Ældre Sagen i Kildehøj har indstillet Marianne Juhl som ny stedfortræder, "
                                 "da den hidtidige stedfortræder er fraflyttet kommunen."),
            (D3, "Godkendt.")]),
        P(133, "Salg af byggegrund i erhvervsområdet Kildehøj Vest", "151/1904N", True, [
            ("Sagsfremstilling", "Der er modtaget bud fra Fjernvarmeinstallatør Brask & Søn A/S på grunden "
                                 "matr. nr. 22cx Kildehøj Markjorder. Buddet lyder på 1.906.250 kr."),
            (D3, "Salget blev godkendt.")]),
        P(134, "Orientering om hastebeslutning om vandingsforbud", "152/2210N", False, [
            ("Sagsfremstilling", "På grund af hedebølgen og lav trykhøjde i vandværkets højdebeholder traf "
                                 "borgmesteren den 20. juni 2022 hastebeslutning om forbud mod havevanding "
                                 "med slange og sprinkler i Kildehøj by. Forbuddet gælder til og med "
                                 "31. juli 2022 eller til det ophæves. Vanding med vandkande er tilladt."),
            ("Indstilling", "Borgmesteren indstiller, at orienteringen tages til efterretning."),
            (D3, "Taget til efterretning.")]),
    ],
    "secrets": ["Fjernvarmeinstallatør Brask & Søn A/S", "matr. nr. 22cx Kildehøj Markjorder", "1.906.250 kr."],
    "question": "maa man vande haven i kildehøj nu og hvor længe gælder forbuddet",
    "cite_punkt": 134,
}


def render_03(m, out):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = "Byrådssekretariatet"
    d.core_properties.created = datetime.datetime(2022, 6, 24, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2022, 6, 24, 9, 0, 0)
    d.core_properties.last_modified_by = "Byrådssekretariatet"
    d.core_properties.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kildehøj Kommune - Byrådet - Tillægsreferat 23.06.2022"
    d.add_heading("TILLÆGSREFERAT", 0)
    d.add_paragraph("Byrådet")
    d.add_paragraph("Mødedato: torsdag den 23. juni 2022, kl. 19.00 - Byrådssalen")
    d.add_paragraph("Tillægspunkterne er optaget på dagsordenen efter udsendelsen af den ordinære dagsorden "
                    "og behandles i forlængelse af denne.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "Nr.", "Titel", "Sagsnr."
    for p in m["points"]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = str(p["n"]), p["title"], p["case"]
    for p in m["points"]:
        d.add_heading("%d. %s" % (p["n"], p["title"]), 1)
        mt = d.add_table(rows=2, cols=2)
        mt.style = "Table Grid"
        mt.rows[0].cells[0].text, mt.rows[0].cells[1].text = "Sagsnr.", p["case"]
        mt.rows[1].cells[0].text = "Status"
        mt.rows[1].cells[1].text = "☐ Åben   ☒ Lukket" if p["closed"] else "☒ Åben   ☐ Lukket"
        for label, text in p["sections"]:
            para = d.add_paragraph()
            run = para.add_run(label)
            run.bold = True
            run.font.size = Pt(11)
            for x in paras(text):
                d.add_paragraph(x)
    d.add_paragraph("Referatet er godkendt ved underskrift på byrådets iPad-løsning.")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    entries = [(n, zin.read(n), False) for n in sorted(zin.namelist(), key=lambda x: (x != "[Content_Types].xml", x))]
    open(out, "wb").write(fixed_zip(entries))


# =============================================================================================
# 04  Ørnekær Kommune - Plan- og Boligudvalget - DAGSORDEN - PDF, codes "PB 62/25", Side N af M
# =============================================================================================
M04 = {
    "file": "04_oernekaer_plan-og-boligudvalget_dagsorden_2025.pdf",
    "board": "Plan- og Boligudvalget", "date": "2025-10-07", "kind": "dagsorden",
    "points": [
        P(61, "Godkendelse af dagsorden", "S2025-00012", False, [
            ("Forvaltningens forslag", "At dagsordenen godkendes.")]),
        P(62, "Forslag til lokalplan 2025.14 for boliger ved Stationsvej Nord", "S2025-00418", False, [
            ("Sagsresumé", "Lokalplanforslaget giver mulighed for 48 rækkehuse og 12 etageboliger på den "
                           "tidligere tømmerhandelsgrund ved Stationsvej Nord."),
            ("Sagsfremstilling", "Bebyggelsen må højst være tre etager. Der udlægges et grønt fælles areal mod "
                                 "banen og en sti, der forbinder området med stationen. Der skal etableres "
                                 "1,5 p-plads pr. rækkehus."),
            ("Høring", "Forslaget foreslås sendt i offentlig høring i 8 uger med borgermøde i Ørnekær Hallen."),
            ("Forvaltningens forslag", "At lokalplanforslaget sendes i offentlig høring.")]),
        P(63, "Kommuneplantillæg nr. 9 - solcelleanlæg ved Hestehave", "S2025-00277", False, [
            ("Sagsresumé", "En projektudvikler ønsker at opstille et solcelleanlæg på ca. 60 ha nord for "
                           "Hestehave. Projektet kræver et kommuneplantillæg og en miljøvurdering."),
            ("Forvaltningens forslag", "At der indkaldes idéer og forslag i fire uger.")]),
        P(64, "Påbud om istandsættelse af faldefærdig ejendom", "S2025-00455", True, [
            ("Sagsfremstilling", "Ejendommen Skovridergården, Ørnekærvej 212, har stået tom i seks år. Ejeren, "
                                 "Arvid Leander Bonde, har ikke reageret på tre varsler."),
            ("Forvaltningens forslag", "At der udstedes påbud med dagbøder på 1.150 kr. pr. uge.")]),
        P(65, "Boligsocial helhedsplan for Tårnparken 2026-2029", "S2025-00390", False, [
            ("Sagsresumé", "Boligorganisationen ansøger Landsbyggefonden om støtte til en ny helhedsplan med "
                           "fokus på lektiehjælp, fritidsjob og tryghed."),
            ("Økonomi", "Kommunens medfinansiering er 0,6 mio. kr. om året i fire år."),
            ("Forvaltningens forslag", "At udvalget anbefaler medfinansieringen over for Økonomiudvalget.")]),
        P(66, "Eventuelt", "S2025-00012", False, []),
    ],
    "secrets": ["Skovridergården, Ørnekærvej 212", "Arvid Leander Bonde", "dagbøder på 1.150 kr."],
    "question": "hvor mange nye boliger skal der bygges ved stationsvej nord i ørnekær",
    "cite_punkt": 62,
}


def render_04(m, out):
    from fpdf import FPDF
    protect = list(m["secrets"]) + [p["title"] for p in m["points"]]

    def build(toc_pages):
        class Doc(FPDF):
            def header(self):
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, "Ørnekær Kommune  |  Plan- og Boligudvalget  |  Dagsorden 07.10.2025",
                          new_x="LMARGIN", new_y="NEXT", align="L")
                self.line(15, 17, 195, 17)
                self.ln(4)

            def footer(self):
                self.set_y(-14)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

        pdf = Doc(format="A4")
        pdf.set_creation_date(datetime.datetime(2025, 9, 30, 12, 0, 0, tzinfo=datetime.timezone.utc))
        pdf.set_margins(15, 15, 15)
        pdf.alias_nb_pages()
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 18)
        pdf.cell(0, 10, "Dagsorden", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for ln in ["Plan- og Boligudvalget", "Mødetidspunkt: 07.10.2025 kl. 16:30",
                   "Mødested: Rådhuset, mødelokale Udsigten",
                   "Medlemmer: Palle Krogsgaard (formand), Nadia Thybo, Villads Engholm, Susanne Ravn, Bo Lyø"]:
            pdf.cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, "Indholdsfortegnelse", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for p in m["points"]:
            pdf.cell(150, 6, "PB %d/25  %s" % (p["n"], p["title"]))
            pdf.cell(0, 6, str(toc_pages.get(p["n"], 0)), new_x="LMARGIN", new_y="NEXT", align="R")
        pages = {}
        for p in m["points"]:
            pdf.add_page()
            pages[p["n"]] = pdf.page_no()
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 7, "PB %d/25" % p["n"], new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 7, p["title"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            status = "Undtaget fra offentlighed - offentlighedslovens § 30, nr. 1" if p["closed"] else "Åben"
            pdf.cell(0, 5, "Sagsnr.: %s    Adgang: %s" % (p["case"], status), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            for label, text in p["sections"]:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 10)
                for para in paras(text):
                    for ln in wrap(para, 95, protect):
                        pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(2)
        return pdf, pages

    _, pages = build({})
    pdf, _ = build(pages)
    open(out, "wb").write(bytes(pdf.output()))


# =============================================================================================
# 05  Gråsted Kommune - Beskæftigelsesudvalget - 2009 - scanned/OCR text with form feeds
# =============================================================================================
M05 = {
    "file": "05_graasted_beskaeftigelsesudvalget_2009.txt",
    "board": "Beskæftigelsesudvalget", "date": "2009-02-24", "kind": "referat",
    "points": [
        P(1, "Meddelelser fra formanden", "15.00.00-A00-2-09", False, [
            ("Beslutning", "Formanden orienterede om, at jobcentret flytter til Stationsgade i maj.")]),
        P(2, "Aktiveringsstrategi 2009 for ledige under 30 år", "15.20.12-G01-3-09", False, [
            ("Sagsfremstilling", "Ledigheden blandt unge under 30 år er steget med 40 pct. siden sommeren. "
                                 "Jobcentret foreslår, at alle unge ledige får et tilbud senest efter 13 ugers "
                                 "ledighed, og at der oprettes et brobygningsforløb med Gråsted "
                                 "Produktionsskole for unge uden uddannelse."),
            ("Indstilling", "Jobcentret indstiller, at strategien godkendes."),
            ("Beslutning", "Godkendt. Udvalget ønsker status efter et halvt år.")]),
        P(3, "Virksomhedspraktik i kommunens egne institutioner", "15.20.08-P20-1-09", False, [
            ("Sagsfremstilling", "Kommunen har i 2008 haft 64 personer i praktik i egne institutioner. Målet "
                                 "for 2009 er 100 praktikpladser, især i daginstitutioner og på "
                                 "materielgården."),
            ("Beslutning", "Godkendt.")]),
        P(4, "Opfølgning på sygedagpengesager over 52 uger", "15.10.00-G01-5-09", False, [
            ("Sagsfremstilling", "Antallet af sager over 52 uger er faldet fra 118 til 97. Der er ansat to "
                                 "ekstra sagsbehandlere i en forsøgsperiode."),
            ("Beslutning", "Taget til efterretning.")]),
        P(5, "Tilbagebetalingskrav - enkeltsag", "15.22.00-K04-11-09", True, [
            ("Sagsfremstilling", "Preben Aksel Hougård, Gartnervænget 9, 1. tv., har modtaget kontanthjælp "
                                 "samtidig med lønindtægt. Der rejses krav om tilbagebetaling af 93.412 kr."),
            ("Beslutning", "Kravet fastholdes. Der aftales en afdragsordning.")]),
        P(6, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
    ],
    "secrets": ["Preben Aksel Hougård", "Gartnervænget 9, 1. tv.", "tilbagebetaling af 93.412 kr."],
    "question": "hvad gør kommunen for unge ledige under 30 i gråsted - hvornår får de et tilbud",
    "cite_punkt": 2,
}


def render_05(m):
    protect = list(m["secrets"]) + [p["title"] for p in m["points"]]
    pages, cur = [], []
    cur += ["                         GRÅSTED KOMMUNE", "",
            "                       Beskæftigelsesudvalget", "",
            "  REFERAT af ordinært møde tirsdag den 24.02.2009 kl. 16.00",
            "  Mødested: Jobcentret, mødelokale 2", "",
            "  Til stede: Jens Otto Brink (fmd.), Hanne Lykke, Erik Dam, Fatma Yilmaz", "  Afbud: ingen", "",
            "  ___________________________________________________________________", ""]
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            pages.append(cur)
            cur = []
        head = "  Pkt. %d.  %s" % (p["n"], p["title"]) + ("   (lukket)" if p["closed"] else "")
        cur += [head, ""]
        if p["case"]:
            cur += ["  Sagsnr.: %s" % p["case"], ""]
        for label, text in p["sections"]:
            cur.append("  %s:" % label)
            for para in paras(text):
                cur += ["  " + ln for ln in wrap(para, 68, protect)]
            cur.append("")
        cur.append("")
    cur += ["  Mødet slut kl. 17.55", "", "  Jens Otto Brink      /     Hanne Lykke"]
    pages.append(cur)
    out = []
    for k, pg in enumerate(pages, 1):
        out.append("\n".join(pg) + "\n\n                                 - %d -\n" % k)
    return "\f".join(out).encode("utf-8")


# =============================================================================================
# 06  Hjortsø Kommune - Folkeoplysningsudvalget - referat mailed by the secretary (.eml)
# =============================================================================================
M06 = {
    "file": "06_hjortsoe_folkeoplysningsudvalget_2015.eml",
    "board": "Folkeoplysningsudvalget", "date": "2015-09-01", "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet den 16. juni 2015", "2015-000412", False, [
            ("Beslutning", "Godkendt.")]),
        P(2, "Fordeling af haltider i Hjortsø Idrætscenter sæson 2015/16", "2015-010876", False, [
            ("Sagsfremstilling", "Der er søgt om 30 pct. flere timer, end hallen kan rumme. Forvaltningen har "
                                 "prioriteret børn og unge før kl. 19 og voksenhold efter kl. 19."),
            ("Beslutning", "Godkendt. Badmintonklubben får en ekstra time søndag formiddag.")]),
        P(3, "Udviklingspuljen - ansøgning fra Hjortsø Skakklub", "2015-011904", False, [
            ("Sagsfremstilling", "Skakklubben søger 12.000 kr. til et forløb med skoleskak på to skoler, hvor "
                                 "klubbens trænere underviser 3. og 4. klasse en time om ugen i et halvt år."),
            ("Indstilling", "Forvaltningen indstiller, at der bevilges 12.000 kr."),
            ("Beslutning", "Bevilget 10.000 kr. Klubben skal aflevere en kort evaluering til maj 2016.")]),
        P(4, "Kontrol af foreningstilskud - medlemstal", "2015-012233", True, [
            ("Sagsfremstilling", "Ved stikprøvekontrol er det konstateret, at Hjortsø Ro- og Kajakklub har "
                                 "indberettet fiktive medlemmer for 38 personer. Det foreslås at kræve "
                                 "tilbagesøgning af 26.880 kr."),
            ("Beslutning", "Indstillingen blev fulgt.")]),
        P(5, "Eventuelt", None, False, [("Beslutning", "Næste møde flyttes til 6. oktober.")]),
    ],
    "secrets": ["Hjortsø Ro- og Kajakklub", "fiktive medlemmer for 38 personer", "tilbagesøgning af 26.880 kr."],
    "question": "fik skakklubben i hjortsø penge til skoleskak og hvor meget",
    "cite_punkt": 3,
}


def render_06(m):
    L = ["Kære medlemmer af Folkeoplysningsudvalget", "",
         "Hermed referatet fra mødet tirsdag den 1. september 2015 på Hjortsø Bibliotek. Formanden har "
         "godkendt referatet pr. mail. Bemærk, at punkt 4 er et lukket punkt; referatet af det må ikke "
         "videresendes.", "", "Venlig hilsen", "Mette Lau, sekretær for udvalget", "Kultur og Fritid, Hjortsø Kommune",
         "", "=" * 60, "REFERAT - Folkeoplysningsudvalget - 01.09.2015", "=" * 60,
         "Deltagere: Poul Kragh (formand), Gitte Brun, Sami Haddad, Ulla Fogh, Kim Ravn", ""]
    for p in m["points"]:
        L.append("Ad %d) %s" % (p["n"], p["title"]))
        if p["case"]:
            L.append("ESDH-sag: %s" % p["case"])
        if p["closed"]:
            L.append("*** Punktet er behandlet som lukket punkt - må ikke offentliggøres ***")
        for label, text in p["sections"]:
            L.append("%s: %s" % (label, " ".join(paras(text))))
        L.append("")
    msg = EmailMessage()
    msg["From"] = "Mette Lau <kulturogfritid@hjortsoe.dk>"
    msg["To"] = "folkeoplysningsudvalget@hjortsoe.dk"
    msg["Subject"] = "Referat fra Folkeoplysningsudvalgets møde 1. september 2015"
    msg["Date"] = "Thu, 03 Sep 2015 10:12:40 +0200"
    msg["Message-ID"] = "<referat-fou-20150901@hjortsoe.dk>"
    msg.set_content("\n".join(L) + "\n", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


# =============================================================================================
# 07  Skarnæs Kommune - Havnebestyrelsen - referat - RTF with status field and Side N af M
# =============================================================================================
M07 = {
    "file": "07_skarnaes_havnebestyrelsen_2020.rtf",
    "board": "Havnebestyrelsen", "date": "2020-11-26", "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra sidste møde", "20/0021", False, [
            ("Beslutning", "Godkendt.")]),
        P(2, "Havnetakster for fritidsbåde 2021", "20/9931", False, [
            ("Sagsfremstilling", "Havnefogeden foreslår, at den årlige pladsleje for fritidsbåde stiger med 3 "
                                 "pct. For en bådplads på 3 x 10 meter bliver prisen 5.150 kr. inkl. moms. "
                                 "Vinteroplag på land er uændret 38 kr. pr. m²."),
            ("Beslutning", "Godkendt. Taksterne gælder fra 1. januar 2021.")]),
        P(3, "Uddybning af sejlrenden ved Nordmolen", "20/8817", False, [
            ("Sagsfremstilling", "Sejlrenden er sandet til, så dybden flere steder kun er 2,1 meter. "
                                 "Klapningstilladelsen er modtaget, og uddybningen kan ske i marts."),
            ("Beslutning", "Godkendt med udførelse inden sæsonstart 1. april.")]),
        P(4, "Lejekontrakt for fiskerhuset på Vestkajen", "20/9650", True, [
            ("Sagsfremstilling", "Fiskeeksport Skarnæs IVS ved Hans-Henrik Møllgaard Rye ønsker at leje "
                                 "fiskerhuset. Den årlige leje foreslås fastsat til 44.640 kr. efter vurdering."),
            ("Beslutning", "Godkendt.")]),
        P(5, "Forlig med entreprenør om kajreparation", "19/7702", True, [
            ("Sagsfremstilling", "Advokaten anbefaler at indgå forlig med Marinebyg Øresund A/S om mangler "
                                 "ved spunsvæggen med en forligssum på 385.000 kr."),
            ("Beslutning", "Forliget blev godkendt.")]),
        P(6, "Orientering fra havnefogeden", "20/0021", False, [
            ("Sagsfremstilling", "Der har været 2.870 gæstesejlere i sæsonen, det højeste antal nogensinde."),
            ("Beslutning", "Taget til efterretning.")]),
    ],
    "secrets": ["Fiskeeksport Skarnæs IVS", "Hans-Henrik Møllgaard Rye", "44.640 kr.",
                "Marinebyg Øresund A/S", "forligssum på 385.000 kr."],
    "question": "hvad koster det at have båd liggende i skarnæs havn i 2021",
    "cite_punkt": 2,
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
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0",
         r"{\fonttbl{\f0\fswiss Calibri;}{\f1\froman Cambria;}}",
         r"{\colortbl;\red0\green0\blue0;\red160\green0\blue0;}",
         r"{\info{\title Referat Havnebestyrelsen}{\author Skarnaes Havn}}",
         r"\paperw11906\paperh16838\margl1417\margr1417",
         r"{\header\pard\qr\fs16 " + _rtf("Skarnæs Kommune - Skarnæs Havn - Havnebestyrelsen") + r"\par}",
         r"{\footer\pard\qc\fs16 " + _rtf("Side ") + r"{\field{\*\fldinst PAGE}{\fldrslt 1}}" + _rtf(" af ")
         + r"{\field{\*\fldinst NUMPAGES}{\fldrslt 3}}\par}"]

    def par(text, fmt=""):
        R.append(r"\pard\plain\f0\fs22%s %s\par" % (fmt, _rtf(text)))

    par("REFERAT", r"\b\fs32")
    par("Havnebestyrelsen, Skarnæs Kommune")
    par("Torsdag den 26. november 2020 kl. 14.00 i havnekontoret, Havnepladsen 2")
    par("Til stede: Egon Fiil (formand), Birthe Sand, Kurt Lodberg, Line Holm. Desuden havnefoged Tue Vig.")
    par("")
    for p in m["points"]:
        par("%d)  %s" % (p["n"], p["title"]), r"\b\fs26")
        par("Sag nr. %s" % p["case"], r"\fs18")
        if p["closed"]:
            par("Status: Lukket - fortroligt, jf. forretningsordenens § 7", r"\b\cf2")
        else:
            par("Status: Åben", r"\fs18")
        for label, text in p["sections"]:
            par(label, r"\i")
            for x in paras(text):
                par(x)
        par("")
    par("Mødet sluttede kl. 15.45.")
    R.append("}")
    return "\r\n".join(R).encode("ascii")


# =============================================================================================
# 08  Lyngholt Kommune - Erhvervs- og Turismeudvalget - ODT with unnumbered headings, check boxes
# =============================================================================================
M08 = {
    "file": "08_lyngholt_erhvervs-og-turismeudvalget_2019.odt",
    "board": "Erhvervs- og Turismeudvalget", "date": "2019-04-02", "kind": "referat",
    "points": [
        P(1, "Turistinformation på Lyngholt Bibliotek", "24.10.00-P20-1-19", False, [
            ("Resumé", "Det bemandede turistkontor på Torvet lukker 1. maj. I stedet foreslås en selvbetjent "
                       "turistinformation med brochurer og en stor skærm på biblioteket, åben alle dage "
                       "kl. 8-22 med sit eget adgangskort i ydertimerne."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget godkendes."),
            ("Beslutning", "Godkendt. Biblioteket får bemandet vagt i turistinformationen lørdag kl. 10-14 "
                           "i juli.")]),
        P(2, "Samarbejde med Destination Lyngholt Fjord", "24.10.00-G01-4-19", False, [
            ("Resumé", "Aftalen om fælles markedsføring med nabokommunerne udløber ved årets udgang. "
                       "Forvaltningen anbefaler en ny aftale for 2020-2023."),
            ("Økonomi", "Kommunens bidrag er 7 kr. pr. indbygger om året."),
            ("Beslutning", "Anbefales over for Økonomiudvalget.")]),
        P(3, "Iværksætterhus i den gamle brandstation", "24.02.00-P20-2-19", False, [
            ("Resumé", "Erhvervsrådet foreslår at indrette kontorfællesskab for op til 14 nye virksomheder i "
                       "den gamle brandstation på Smedegade."),
            ("Beslutning", "Udvalget bakker op og beder om et budgetforslag til august.")]),
        P(4, "Opkøb af areal til autocamperplads", "01.03.00-G01-2-19", True, [
            ("Resumé", "Lodsejer Ingeborg Frost Ahlmann har tilbudt at sælge 0,8 ha af matr.nr. 3ø Lyngholt "
                       "Strand. Prisen er forhandlet til 1.240 kr. pr. m²."),
            ("Beslutning", "Forhandlingerne fortsætter.")]),
        P(5, "Julemarked og vinterbelysning i bymidten", "24.10.00-P20-7-19", False, [
            ("Resumé", "Handelsstandsforeningen søger 60.000 kr. til lyskæder i gågaden og et julemarked "
                       "på Torvet de tre første weekender i december."),
            ("Beslutning", "Bevilget 45.000 kr.")]),
    ],
    "secrets": ["Ingeborg Frost Ahlmann", "matr.nr. 3ø Lyngholt Strand", "1.240 kr. pr. m²"],
    "question": "kan man stadig få turistinformation i lyngholt naar kontoret på torvet lukker",
    "cite_punkt": 1,
}

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def render_08(m, out):
    B = []

    def p(text, style="Standard"):
        B.append('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    B.append('<text:h text:outline-level="1">Referat</text:h>')
    p("Lyngholt Kommune")
    p("Erhvervs- og Turismeudvalget")
    p("Mødedato: 02-04-2019, kl. 08:00-10:15. Mødested: Lyngholt Rådhus, lokale 114")
    p("Medlemmer: Carsten Bak (formand), Inger Møller, Tobias Winther, Ayla Kaya, Steen Vester")
    B.append('<table:table table:name="Deltagelse"><table:table-column table:number-columns-repeated="2"/>')
    for a, b in [("Fraværende", "Ingen"), ("Referent", "Karen Skjold")]:
        B.append("<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>"
                 "<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>" % (xesc(a), xesc(b)))
    B.append("</table:table>")
    for pt in m["points"]:
        B.append('<text:h text:outline-level="2">%s</text:h>' % xesc(pt["title"]))
        p("Sagsnr. %s" % pt["case"], "Meta")
        p("Lukket: ☒" if pt["closed"] else "Lukket: ☐", "Meta")
        for label, text in pt["sections"]:
            B.append('<text:p text:style-name="Label">%s</text:p>' % xesc(label))
            for x in paras(text):
                p(x)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               "<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>"
               "</office:document-content>" % (ODT_NS, "".join(B)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:style style:name="Label" style:family="paragraph">'
              '<style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Meta" style:family="paragraph">'
              '<style:text-properties fo:font-size="9pt"/></style:style></office:styles>'
              "</office:document-styles>" % ODT_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    open(out, "wb").write(fixed_zip([
        ("mimetype", b"application/vnd.oasis.opendocument.text", True),
        ("content.xml", content.encode("utf-8"), False),
        ("styles.xml", styles.encode("utf-8"), False),
        ("META-INF/manifest.xml", manifest.encode("utf-8"), False)]))


# =============================================================================================
# 09  Municipality of Havbjerg - Employment and Integration Committee - minutes in English (.md)
# =============================================================================================
M09 = {
    "file": "09_havbjerg_employment-and-integration-committee_2023.md",
    "board": "Employment and Integration Committee", "date": "2023-05-10", "kind": "referat",
    "points": [
        P(17, "Approval of the agenda", "2023-14-0001", False, [
            ("Decision", "Approved.")]),
        P(18, "Danish language courses for newly arrived refugees - evening classes", "2023-14-0588", False, [
            ("Summary", "Many refugees who have found work cannot attend the daytime Danish classes. The "
                        "language centre proposes evening classes on Mondays and Wednesdays from 18:00 to "
                        "20:30, starting in August 2023."),
            ("Finances", "The extra cost is DKK 240,000 a year and is covered by the integration budget."),
            ("Recommendation", "The administration recommends that evening classes are set up."),
            ("Decision", "Approved. The committee asks for an evaluation after one year.")]),
        P(19, "Summer jobs for young people aged 15-17", "2023-14-0611", False, [
            ("Summary", "The job centre has found 45 summer jobs with local employers and in the "
                        "municipality's parks department. Applications close on 1 June."),
            ("Decision", "Noted with satisfaction.")]),
        P(20, "Individual case - appeal concerning cash benefit sanction", "2023-14-0702", True, [
            ("Summary", "Rasmus Thorbjørn Ellekær has appealed a sanction of DKK 4,310. The appeal is "
                        "registered under Ankestyrelsen reference J-7731."),
            ("Decision", "The sanction is upheld and the case is forwarded.")]),
        P(21, "Any other business", None, False, [("Decision", "Nothing.")]),
    ],
    "secrets": ["Rasmus Thorbjørn Ellekær", "sanction of DKK 4,310", "Ankestyrelsen reference J-7731"],
    "question": "can refugees who work during the day learn danish in the evening in havbjerg",
    "cite_punkt": 18,
}


def render_09(m):
    L = ["---", "municipality: Municipality of Havbjerg", "document: minutes", "date: 2023-05-10", "---", "",
         "# Minutes", "", "**Employment and Integration Committee** · Municipality of Havbjerg", "",
         "| | |", "|---|---|", "| Meeting | Wednesday 10 May 2023, 16:00-18:15 |",
         "| Venue | Havbjerg Town Hall, committee room 2 |",
         "| Members | Jonas Birk (chair), Maja Sølvsten, Farid Nouri, Lene Ask |",
         "| Apologies | Torben Lykke |", "",
         "> This is an unofficial English translation. The Danish minutes are legally binding.", ""]
    for p in m["points"]:
        L.append("## Item %d: %s" % (p["n"], p["title"]))
        L.append("")
        meta = "Case no. %s" % p["case"] if p["case"] else "No case"
        L.append("*%s* · %s" % (meta, "**Closed item - not for publication**" if p["closed"] else "Open item"))
        L.append("")
        for label, text in p["sections"]:
            L.append("**%s**" % label)
            L.append("")
            for x in paras(text):
                L += [x, ""]
        L += ["---", ""]
    L.append("_Minutes approved by the chair on 11 May 2023._")
    return ("\n".join(L) + "\n").encode("utf-8")


# =============================================================================================
# 10  Egeskær Kommune - Sundheds- og Ældreudvalget - XML export from an agenda system
# =============================================================================================
M10 = {
    "file": "10_egeskaer_sundheds-og-aeldreudvalget_2026.xml",
    "board": "Sundheds- og Ældreudvalget", "date": "2026-01-13", "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "G-2026-0004", False, [
            ("Beslutning", "Godkendt.")]),
        P(2, "Demensvenlig by - status på indsatsen", "G-2025-1187", False, [
            ("Resume", "Siden 2024 er 620 ansatte i butikker, banker og busser blevet uddannet som "
                       "demensvenner. Caféen for pårørende på Ege Bibliotek har i gennemsnit 18 gæster."),
            ("Beslutning", "Taget til efterretning.")]),
        P(3, "Kapacitet på plejecentrene 2026-2030", "G-2025-1302", False, [
            ("Resume", "Prognosen viser behov for 36 ekstra plejeboliger i 2030. Forvaltningen foreslår at "
                       "undersøge en udvidelse af Plejecenter Ege Allé."),
            ("Beslutning", "Forvaltningen udarbejder et beslutningsgrundlag til budget 2027.")]),
        P(4, "Udbud af nødkaldeanlæg - valg af leverandør", "G-2025-1355", True, [
            ("Sagsfremstilling", "Tre tilbud er modtaget. TrygKald Systemer ApS har afgivet det bedste tilbud "
                                 "med en kontraktsum 2.914.300 kr. over fire år."),
            ("Beslutning", "Godkendt.")]),
        P(5, "Klippekort til hjemmeboende ældre", "G-2025-1420", False, [
            ("Resume", "Borgere over 67, der får hjemmehjælp, kan fra 1. marts 2026 få et klippekort med to "
                       "klip om måneden. Et klip er en halv times hjælp til noget, borgeren selv vælger, fx en "
                       "gåtur eller hjælp til at bage."),
            ("Økonomi", "Ordningen koster 1,1 mio. kr. om året og finansieres af ældrepuljen."),
            ("Beslutning", "Godkendt.")]),
        P(6, "Tilsynsrapport for Plejecenter Ege Allé", "G-2025-1388", True, [
            ("Sagsfremstilling", "Tilsynet beskriver en medicinhændelse den 2. december 2025, hvor en beboer på "
                                 "stue 14 fik forkert dosis. Afdelingslederen Vivi Strandgaard Kolt har lavet "
                                 "en handleplan."),
            ("Beslutning", "Taget til efterretning.")]),
        P(7, "Eventuelt", "G-2026-0004", False, [("Beslutning", "Intet.")]),
    ],
    "secrets": ["TrygKald Systemer ApS", "kontraktsum 2.914.300 kr.",
                "medicinhændelse den 2. december 2025", "beboer på stue 14", "Vivi Strandgaard Kolt"],
    "question": "hvad er klippekort til ældre i egeskær og hvem kan få det",
    "cite_punkt": 5,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<eksport system="DagsordenNet" version="4.2" genereret="2026-01-15T08:00:00">',
         '  <myndighed kommune="Egeskær Kommune" kommunekode="999"/>',
         '  <moede id="SAU-2026-01" type="Referat" dato="13-01-2026" start="15:00" slut="17:30">',
         "    <udvalg>Sundheds- og Ældreudvalget</udvalg>",
         "    <sted>Egeskær Rådhus, mødelokale Egen</sted>",
         "    <deltagere>",
         '      <deltager rolle="formand">Sigrid Hald</deltager>',
         "      <deltager>Niels Bjerre</deltager>",
         "      <deltager>Pernille Eg</deltager>",
         '      <deltager fravaer="afbud">Rune Saxe</deltager>',
         "    </deltagere>",
         "    <punkter>"]
    for p in m["points"]:
        X.append('      <punkt loebenr="%d" offentlig="%s">' % (p["n"], "nej" if p["closed"] else "ja"))
        X.append("        <overskrift>%s</overskrift>" % xesc(p["title"]))
        X.append("        <sagsnr>%s</sagsnr>" % p["case"])
        if p["closed"]:
            X.append("        <adgang>Lukket - undtaget fra aktindsigt</adgang>")
        for label, text in p["sections"]:
            X.append("        <felt navn=%s>%s</felt>" % (quoteattr(label), xesc(" ".join(paras(text)))))
        X.append("      </punkt>")
    X += ["    </punkter>", "  </moede>", "</eksport>", ""]
    return "\n".join(X).encode("utf-8")


MEETINGS = [(M01, render_01, False), (M02, render_02, False), (M03, render_03, True), (M04, render_04, True),
            (M05, render_05, False), (M06, render_06, False), (M07, render_07, False), (M08, render_08, True),
            (M09, render_09, False), (M10, render_10, False)]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    expected = []
    for m, render, to_file in MEETINGS:
        path = os.path.join(outdir, m["file"])
        if to_file:
            render(m, path)
        else:
            open(path, "wb").write(render(m))
        expected.append({"file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
                         "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
                         "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"]})
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d files + expected.json to %s" % (len(expected), outdir))


if __name__ == "__main__":
    main()
