#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind62.

Every municipality, board, person, firm, address, amount and sentence in this
file is invented.  The script is deterministic: running it twice gives
byte-identical files.  Needs python-docx (the .docx) and fpdf2 (the .pdf); the
.html, .htm, .txt, .eml, .rtf, .odt, .md and .xml files are written by hand.

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
GLUE = "\u2060"  # word joiner: glues the words of a phrase that must not be wrapped apart


def P(n, title, case, closed, sections, mark=None, **extra):
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "mark": mark}
    d.update(extra)
    return d


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def keep_phrases(m):
    return list(m["secrets"]) + [p["title"] for p in m["points"]]


def wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", GLUE))
    return [ln.replace(GLUE, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                         break_on_hyphens=False)]


def fixed_zip(entries, when):
    """A zip archive with fixed timestamps; `entries` is a list of (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ===========================================================================
# 01  Tårnholt Kommune - Teknik- og Miljøudvalget (web page from a meeting
#     portal: cookie banner, side menu with the list of points, headings
#     "NN - Title", KLE journal numbers, "Afgørelse" label, a "(LUKKET)"
#     suffix and a closed-doors note)
# ===========================================================================
M01 = {
    "file": "01_taarnholt_teknik-og-miljoeudvalget_2024.html",
    "board": "Teknik- og Miljøudvalget",
    "date": "2024-03-12",
    "kind": "referat",
    "points": [
        P(22, "Godkendelse af dagsorden", "00.01.00-A00-1-24", False, [
            ("Afgørelse", "Godkendt. Punkt 27 blev behandlet efter punkt 23 af hensyn til forvaltningens oplægsholder."),
        ]),
        P(23, "Ny affaldsordning for sommerhusområder", "07.00.00-G01-4-23", False, [
            ("Sagens kerne",
             "I sommerhusområderne Sandkrogen og Lyngbakken tømmes restaffald og madaffald i dag hver 14. dag hele året. "
             "I højsæsonen bliver beholderne fyldt op, og Tårnholt Affald har i 2023 modtaget 212 klager over lugt og måger."),
            ("Forvaltningens forslag",
             "Forvaltningen foreslår ugentlig tømning i ugerne 26-33, mens tømning hver 14. dag fortsætter resten af året. "
             "Ordningen gælder fra sæsonen 2025 og omfatter alle 1.930 sommerhuse i de to områder.\n\n"
             "Ejerne skal ikke selv gøre noget. Ordningen kommer automatisk med på affaldsgebyret."),
            ("Økonomi",
             "De ekstra tømninger koster 412 kr. om året pr. sommerhus, som lægges oven i det nuværende gebyr. "
             "Gebyret fastsættes endeligt af Byrådet sammen med takstbladet for 2025."),
            ("Afgørelse",
             "Anbefales over for Byrådet. Udvalget ønsker en evaluering efter den første sæson, herunder om uge 25 og 34 bør med."),
        ]),
        P(24, "Trafiksikring af skolevejen ved Kirkebakken", "05.01.08-G01-11-23", False, [
            ("Sagens kerne",
             "Skolebestyrelsen på Tårnholt Centralskole har bedt om en sikker krydsning af Kirkebakken ved indgangen til skolen. "
             "En trafiktælling i oktober viste, at 38 pct. af bilisterne kører hurtigere end de tilladte 50 km/t."),
            ("Forvaltningens forslag",
             "Der etableres en 40 km/t-zone på strækningen, to hævede flader og en ny fodgængerovergang med blinkende skilte."),
            ("Økonomi", "Anlægget koster 1,4 mio. kr. og finansieres af puljen til trafiksikkerhed."),
            ("Afgørelse", "Godkendt. Arbejdet udføres i sommerferien 2024, så skolevejen er klar til skolestart."),
        ]),
        P(25, "Vandløbsregulativ for Tårn Å - offentlig høring", "06.02.03-P19-2-22", False, [
            ("Sagens kerne",
             "Regulativet for Tårn Å er fra 1987 og skal revideres. Udkastet beskriver vandløbets skikkelse, grødeskæring og bredejernes pligter."),
            ("Forvaltningens forslag", "Udkastet sendes i offentlig høring i 8 uger."),
            ("Afgørelse", "Godkendt. Udvalget ønsker et borgermøde i Tårn Forsamlingshus i høringsperioden."),
        ]),
        P(26, "Forlig i tvist om renovering af pumpestation", "13.03.01-G01-3-22", True, [
            ("Sagens kerne",
             "Renoveringen af pumpestationen på Strandvejen blev forsinket i 14 måneder. Entreprenøren Hedegaard & Sønnichsen Entreprise A/S "
             "har rejst krav om betaling for ekstraarbejder, og kommunen har modregnet dagbod."),
            ("Forvaltningens forslag",
             "Advokaten anbefaler at indgå forlig frem for at afvente voldgiftsnævnets kendelse, da udfaldet vurderes usikkert."),
            ("Afgørelse", "Godkendt med en forligssum på 785.000 kr. Sagen afsluttes dermed endeligt."),
        ], mark="Behandles for lukkede døre, jf. styrelseslovens § 10, stk. 1, nr. 4 (retssager og tvister)."),
        P(27, "Vintertjeneste på cykelstier - serviceniveau", "05.01.02-P22-1-24", False, [
            ("Sagens kerne",
             "Udvalget bad i november om forslag til et højere serviceniveau på cykelstierne. I dag ryddes de 41 km cykelsti efter vejene."),
            ("Forvaltningens forslag",
             "Cykelstierne til de fire skoler flyttes op i klasse 1, så de er ryddet og saltet senest kl. 7.00 på hverdage."),
            ("Økonomi", "Merudgiften er ca. 260.000 kr. om året og finansieres inden for vejområdets ramme."),
            ("Afgørelse", "Godkendt fra vinteren 2024/25."),
        ]),
        P(28, "Orientering fra formand og forvaltning", "00.01.00-A00-1-24", False, [
            ("Sagens kerne", "Forvaltningen orienterede om status på udskiftningen af gadelys til LED, som er 80 pct. færdig."),
            ("Afgørelse", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Hedegaard & Sønnichsen Entreprise A/S", "voldgiftsnævnets kendelse", "forligssum på 785.000 kr."],
    "question": "har sommerhus i lyngbakken - bliver skraldespanden tømt oftere om sommeren og hvad koster det mig",
    "cite_punkt": 23,
}


def render_01(m):
    h = []
    a = h.append
    a('<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n')
    a('<title>Teknik- og Miljøudvalget - Referat 12.03.2024 | Tårnholt Kommune</title>\n')
    a('<link rel="stylesheet" href="/static/portal.css">\n')
    a('<style>.lukket{color:#b00;font-weight:bold}.sagsnr{font-size:.85em;color:#555}</style>\n')
    a('<script src="/static/cookieconsent.js" defer></script>\n</head>\n<body>\n')
    a('<div id="cookie-banner" role="dialog"><p>Vi bruger cookies til statistik. Du kan altid trække dit samtykke tilbage.</p>'
      '<button>Accepter alle</button> <button>Kun nødvendige</button></div>\n')
    a('<header><a href="/" class="logo">Tårnholt Kommune</a>\n<ul class="topmenu"><li><a href="/borger">Borger</a></li>'
      '<li><a href="/erhverv">Erhverv</a></li><li><a href="/politik">Politik</a></li><li><a href="/kontakt">Kontakt</a></li></ul></header>\n')
    a('<div class="layout">\n<aside class="punktliste"><h2>Punkter på mødet</h2>\n<ol>\n')
    for p in m["points"]:
        a('<li><a href="#p%d">%d - %s</a></li>\n' % (p["n"], p["n"], escape(p["title"])))
    a('</ol>\n<p><a href="/moeder/tmu/2024-03-12.pdf">Hent referatet som PDF</a></p>\n</aside>\n')
    a('<main>\n<h1>Teknik- og Miljøudvalget</h1>\n<p class="undertitel">Referat</p>\n')
    a('<table class="moedeinfo">\n<tr><th>Dato</th><td>12.03.2024</td></tr>\n<tr><th>Tidspunkt</th><td>15:00 - 17:40</td></tr>\n'
      '<tr><th>Sted</th><td>Udvalgsværelse 3, Tårnholt Rådhus</td></tr>\n'
      '<tr><th>Medlemmer</th><td>Lone Bisgaard (formand), Mogens Ravn, Asger Kølle, Sidsel Mørup, Preben Haxholm</td></tr>\n'
      '<tr><th>Fraværende</th><td>Preben Haxholm</td></tr>\n'
      '<tr><th>Bemærkninger</th><td>Mogens Ravn deltog ikke i behandlingen af punkt 25 på grund af inhabilitet.</td></tr>\n</table>\n')
    for p in m["points"]:
        a('<article id="p%d" class="punkt">\n' % p["n"])
        suffix = ' <span class="lukket">(LUKKET)</span>' if p["closed"] else ""
        a('<h2>%d - %s%s</h2>\n' % (p["n"], escape(p["title"]), suffix))
        a('<p class="sagsnr">Sagsnr.: %s</p>\n' % escape(p["case"]))
        if p["closed"]:
            a('<p class="lukket-note"><em>%s</em></p>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<h3>%s</h3>\n' % escape(label))
            for pp in paras(text):
                a('<p>%s</p>\n' % escape(pp))
        a('<p class="til-top"><a href="#top">Til toppen</a></p>\n</article>\n')
    a('</main>\n</div>\n<footer><p>Tårnholt Kommune · Rådhustorvet 1 · 4390 Tårnholt · Tlf. 72 40 00 00</p>\n'
      '<p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/privatliv">Privatlivspolitik</a></p></footer>\n'
      '</body>\n</html>\n')
    return "".join(h)


# ===========================================================================
# 02  Ebbeskov Kommune - Byrådet, DAGSORDEN (old HTML export in windows-1252:
#     one bordered table per point with "Punkt NNN" and an access cell, a
#     "Sag:" row with a year-serial case number, recommendations only)
# ===========================================================================
M02 = {
    "file": "02_ebbeskov_byraadet_dagsorden_2019.htm",
    "board": "Byrådet",
    "date": "2019-09-25",
    "kind": "dagsorden",
    "points": [
        P(101, "Godkendelse af dagsorden", "2019-000118", False, [
            ("Indstilling", "Borgmesteren indstiller, at dagsordenen godkendes."),
        ]),
        P(102, "Anlægsbevilling til udvidelse af Ebbeskov Svømmehal", "2018-022905", False, [
            ("Resumé",
             "Svømmehallen fra 1974 har kun ét 25 meter bassin, og svømmeklubberne har venteliste. "
             "Projektet omfatter et nyt varmtvandsbassin til genoptræning og babysvømning samt nye omklædningsrum."),
            ("Sagsfremstilling",
             "Projektet blev udbudt i foråret, og det laveste bud ligger inden for rammen. Byggeriet kan begynde i januar 2020 og afsluttes i marts 2021. "
             "Hallen holder åbent i byggeperioden, men omklædning sker i pavilloner fra august 2020."),
            ("Økonomi", "Den samlede anlægsudgift er 18,6 mio. kr., hvoraf Lokale- og Anlægsfonden har givet tilsagn om 2,5 mio. kr."),
            ("Indstilling", "Økonomiudvalget anbefaler, at der gives en anlægsbevilling på 18,6 mio. kr."),
        ]),
        P(103, "Lokalplan 1.47 - Boliger på den tidligere mejerigrund i Vester Ebbe", "2019-003310", False, [
            ("Resumé",
             "Lokalplanen giver mulighed for 34 rækkehuse og et fælleshus på den tidligere mejerigrund. Forslaget har været i høring i 8 uger."),
            ("Sagsfremstilling",
             "Der er kommet 11 høringssvar. Flere naboer er bekymrede for trafikken på Mejerivej. "
             "Forvaltningen foreslår, at vejadgangen flyttes til Ringgaden, og at bebyggelsen mod nord holdes i én etage."),
            ("Indstilling", "Plan- og Teknikudvalget anbefaler, at lokalplanen vedtages endeligt med de nævnte ændringer."),
        ]),
        P(104, "Takster for dagpleje og daginstitutioner 2020", "2019-013022", False, [
            ("Resumé", "Taksterne for 2020 beregnes på grundlag af budgettet og dagtilbudslovens regler om forældrebetaling."),
            ("Sagsfremstilling",
             "Månedstaksten for en vuggestueplads stiger fra 3.410 kr. til 3.495 kr. Børnehavetaksten stiger fra 1.980 kr. til 2.015 kr., "
             "og dagplejen koster 2.905 kr. om måneden. Der betales for 11 måneder om året; juli er betalingsfri.\n\n"
             "Søskenderabat og økonomisk friplads gives efter de gældende regler."),
            ("Indstilling", "Børne- og Skoleudvalget anbefaler, at taksterne for 2020 godkendes."),
        ]),
        P(105, "Erstatningssag efter fald på fortov", "2019-012877", True, [
            ("Sagsfremstilling",
             "Borgeren Birthe Lund Kjærsgaard faldt i marts over en løs flise i Nørregade og pådrog sig et brud på venstre håndled. "
             "Kommunens forsikringsselskab Nordhavn Forsikring har afvist kravet, og borgerens advokat har varslet retssag."),
            ("Indstilling", "Økonomiudvalget anbefaler, at kommunen fastholder afvisningen."),
        ], mark="Punktet er undtaget fra offentliggørelse, jf. offentlighedslovens § 30, nr. 1."),
        P(106, "Personalesag - tjenstlig advarsel", "2019-014377", True, [
            ("Sagsfremstilling",
             "Sagen vedrører afdelingsleder Palle Ørnstrup i driftsafdelingen. Der er konstateret brud på indkøbsreglerne ved to indkøb af maskiner."),
            ("Indstilling", "Kommunaldirektøren indstiller, at Byrådet tager orienteringen om den tildelte advarsel til efterretning."),
        ], mark="Fortroligt. Sagsfremstillingen udleveres kun til Byrådets medlemmer."),
        P(107, "Meddelelser", "2019-000120", False, [
            ("Sagsfremstilling", "Borgmesteren orienterer om KKR-mødet den 2. oktober og om status for budgetforhandlingerne."),
        ]),
    ],
    "secrets": ["Birthe Lund Kjærsgaard", "brud på venstre håndled", "Nordhavn Forsikring",
                "Palle Ørnstrup", "brud på indkøbsreglerne"],
    "question": "hvad skal vi betale for vuggestuen i ebbeskov fra næste år",
    "cite_punkt": 104,
}


def render_02(m):
    h = []
    a = h.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
      '<meta name="GENERATOR" content="Ebbeskov Dagsordenssystem 3.2">\n'
      '<title>Dagsorden Byrådet 25-09-2019</title>\n</head>\n<body bgcolor="#FFFFFF">\n')
    a('<table width="100%" cellpadding="4"><tr><td><font face="Verdana" size="4"><b>EBBESKOV KOMMUNE</b></font></td>'
      '<td align="right"><font face="Verdana" size="1">Udskrevet 18-09-2019 14:02</font></td></tr></table>\n<hr>\n')
    a('<p><font face="Verdana" size="3"><b>DAGSORDEN</b><br>Byrådet<br>Ordinært møde onsdag 25-09-2019 kl. 19:00<br>'
      'Byrådssalen, Ebbeskov Rådhus</font></p>\n')
    a('<p><font face="Verdana" size="2">Indkaldte: Karin Sletting (borgmester), Henrik Vejby, Dorthe Fabricius, Ulf Sandal, '
      'Maiken Thygesen, Bent Askholm, Janus Riber, Ole Tranberg, Yvonne Krat, Mads Nørlund, Gitte Ravnholt</font></p>\n')
    a('<p><font face="Verdana" size="2"><b>Indholdsfortegnelse</b></font></p>\n<table border="0" cellpadding="2">\n')
    for p in m["points"]:
        a('<tr><td><font face="Verdana" size="2">%d</font></td><td><font face="Verdana" size="2">%s</font></td>'
          '<td><font face="Verdana" size="2">%s</font></td></tr>\n'
          % (p["n"], escape(p["title"]), "Lukket punkt" if p["closed"] else "Åbent punkt"))
    a('</table>\n<hr>\n')
    for p in m["points"]:
        a('<a name="pkt%d"></a>\n<table border="1" cellspacing="0" cellpadding="4" width="100%%">\n' % p["n"])
        a('<tr bgcolor="#DDDDDD"><td width="20%%"><font face="Verdana" size="2"><b>Punkt %d</b></font></td>'
          '<td><font face="Verdana" size="2"><b>%s</b></font></td></tr>\n'
          % (p["n"], "Lukket punkt" if p["closed"] else "Åbent punkt"))
        a('<tr><td colspan="2"><font face="Verdana" size="3"><b>%s</b></font></td></tr>\n' % escape(p["title"]))
        a('<tr><td><font face="Verdana" size="1">Sag:</font></td><td><font face="Verdana" size="1">%s</font></td></tr>\n'
          % escape(p["case"]))
        a('</table>\n')
        if p["closed"]:
            a('<p><font face="Verdana" size="2" color="#CC0000"><b>%s</b></font></p>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<p><font face="Verdana" size="2"><u>%s</u></font></p>\n' % escape(label))
            for pp in paras(text):
                a('<p><font face="Verdana" size="2">%s</font></p>\n' % escape(pp))
        a('<p><font face="Verdana" size="1">Bilag: Ingen</font></p>\n<br>\n')
    a('<hr>\n<p><font face="Verdana" size="1">Ebbeskov Kommune, Torvet 2, 6880 Ebbeskov &middot; Dagsordenen er udsendt 18-09-2019</font></p>\n'
      '</body>\n</html>\n')
    return "".join(h).encode("cp1252")


# ===========================================================================
# 03  Lindeby Municipality - Business and Tourism Committee (English minutes
#     as a Word document: a "Meeting details" table, "Agenda item NN – Title"
#     headings, a "File ref." line, "Resolution" label, a CLOSED SESSION note
#     and page header/footer)
# ===========================================================================
M03 = {
    "file": "03_lindeby_business-and-tourism-committee_2017.docx",
    "board": "Business and Tourism Committee",
    "date": "2017-11-07",
    "kind": "referat",
    "points": [
        P(41, "Approval of the agenda", "17/00412", False, [
            ("Resolution", "The agenda was approved."),
        ]),
        P(42, "Cruise ship calls at Lindeby Harbour 2018", "17/25140", False, [
            ("Summary",
             "The harbour has received bookings for 9 cruise ship calls between May and September 2018, compared with 4 calls this year. "
             "The largest ship carries about 2,400 passengers."),
            ("Background",
             "On days with a ship in port, Havnepladsen will be closed to cars from 7 am to 6 pm so that coaches and passengers can use the square. "
             "Residents of Havnepladsen and Kajgade can still reach their homes via Toldbodvej. "
             "Volunteer cruise hosts will meet passengers on the quay and hand out town maps."),
            ("Finance", "The extra costs of DKK 310,000 for staff, toilets and signs are paid by the harbour's port dues."),
            ("Recommendation", "The administration recommends that the committee approves the plan for cruise days in 2018."),
            ("Resolution", "Approved. The committee asked for a meeting with the shops in the town centre before the season."),
        ]),
        P(43, "Destination marketing agreement with the regional tourism organisation", "17/19877", False, [
            ("Summary",
             "Lindeby has been a member of the regional tourism organisation since 2015. The agreement expires at the end of 2017."),
            ("Background",
             "A new three-year agreement would cost DKK 1.2 million a year and cover marketing in Germany, Norway and the Netherlands."),
            ("Recommendation", "The administration recommends that the agreement is renewed for 2018-2020."),
            ("Resolution", "Recommended to the Finance Committee."),
        ]),
        P(44, "Grant to the Lindeby Food Festival", "17/26205", False, [
            ("Summary", "The festival association applies for DKK 75,000 for the festival on 18-19 August 2018."),
            ("Recommendation", "The administration recommends a grant of DKK 60,000."),
            ("Resolution", "A grant of DKK 60,000 was approved. The festival must report the number of visitors afterwards."),
        ]),
        P(45, "Negotiations on the lease of the harbour kiosk", "17/27719", True, [
            ("Background",
             "The tenant Saltkrogen Café ApS has an annual rent of DKK 103,500 and has had overdue rent since April. "
             "The tenant has proposed an instalment plan."),
            ("Resolution", "The committee authorised the administration to terminate the lease if the overdue rent is not paid by 1 January."),
        ], mark="CLOSED SESSION - exempt from publication (commercial and financial affairs of a tenant). Minute withheld from the public version."),
        P(46, "Any other business", "17/00412", False, [
            ("Resolution", "The chair reminded members of the tourism seminar on 30 November."),
        ]),
    ],
    "secrets": ["Saltkrogen Café ApS", "annual rent of DKK 103,500", "overdue rent since April"],
    "question": "how many cruise ships are coming to Lindeby next year and will I be able to drive to my flat on Havnepladsen",
    "cite_punkt": 42,
}


def render_03(m):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2017, 11, 9, 10, 0, 0)
    cp.author = "Committee Secretariat"
    cp.title = "Minutes - Business and Tourism Committee - 7 November 2017"
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Committee Secretariat"
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lindeby Municipality | Business and Tourism Committee | 07-11-2017"
    sec.footer.paragraphs[0].text = "Minutes approved by the chair on 9 November 2017"
    r = d.add_paragraph().add_run("Lindeby Municipality")
    r.bold = True
    r.font.size = Pt(18)
    d.add_heading("Minutes", level=1)
    d.add_paragraph("Business and Tourism Committee")
    d.add_paragraph("Meeting details").runs[0].bold = True
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Date", "Tuesday 7 November 2017"), ("Time", "16:00-18:10"),
                 ("Venue", "Harbour Office, meeting room 2"),
                 ("Chair", "Ingrid Vestergaard"),
                 ("Present", "Ingrid Vestergaard, Tobias Rahbek, Louise Frandsen, Erik Stenum"),
                 ("Apologies", "Anne-Mette Bloch"),
                 ("Clerk", "Jakob Hein, Trade and Tourism Office")]:
        c = info.add_row().cells
        c[0].text = k
        c[1].text = v
    d.add_paragraph("")
    for p in m["points"]:
        d.add_heading("Agenda item %d \u2013 %s" % (p["n"], p["title"]), level=2)
        d.add_paragraph("File ref.: %s" % p["case"]).runs[0].italic = True
        if p["closed"]:
            q = d.add_paragraph()
            rr = q.add_run(p["mark"])
            rr.bold = True
        for label, text in p["sections"]:
            q = d.add_paragraph()
            q.add_run(label).bold = True
            for pp in paras(text):
                d.add_paragraph(pp)
    d.add_paragraph("The meeting closed at 18:10.")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(i.filename, src.read(i.filename), False) for i in src.infolist()], (2017, 11, 9, 10, 0, 0))


# ===========================================================================
# 04  Mosevang Kommune - Økonomiudvalget, TILLÆGSREFERAT (PDF: an intro note
#     on the supplementary points, "Pkt. NN" on its own line with the title
#     below, "Sag: S…  Dok.: D…" line, a boxed stamp on closed points,
#     running header and "Side x/y" footer)
# ===========================================================================
M04 = {
    "file": "04_mosevang_oekonomiudvalget_tillaegsreferat_2021.pdf",
    "board": "Økonomiudvalget",
    "date": "2021-06-08",
    "kind": "tillaegsreferat",
    "points": [
        P(95, "Ekstraordinær pulje til foreningslivet - 2. runde", "S2021-04477", False, [
            ("Sagsfremstilling",
             "Mange idrætsforeninger har mistet sponsorindtægter og kontingenter under nedlukningen. "
             "I første runde blev der fordelt 800.000 kr. til 31 foreninger. "
             "Forvaltningen foreslår en anden runde på 1,2 mio. kr., hvor alle folkeoplysende foreninger i kommunen kan søge."),
            ("Ansøgning",
             "Der søges via kommunens hjemmeside med et regnskab, der viser tabet. Ansøgningsfristen er den 1. august 2021, "
             "og svar gives i løbet af september."),
            ("Indstilling", "Forvaltningen indstiller, at puljen oprettes og finansieres af kassebeholdningen."),
            ("ØU's beslutning 08.06.2021", "Godkendt. Udvalget ønsker en opgørelse over fordelingen på et senere møde."),
        ]),
        P(96, "Midlertidig lejeaftale for testcenter på Mosevang Idrætscenter", "S2021-04502", False, [
            ("Sagsfremstilling",
             "Regionen ønsker at forlænge lejen af hal 2 til testcenter til den 31. oktober 2021. Hallen kan dermed ikke bruges af foreningerne i perioden."),
            ("Indstilling", "Forvaltningen indstiller, at lejeaftalen forlænges, og at foreningerne tilbydes tider i skolernes haller."),
            ("ØU's beslutning 08.06.2021", "Godkendt."),
        ]),
        P(97, "Forhandlinger om overtagelse af privat vandværk", "S2021-04390", True, [
            ("Sagsfremstilling",
             "Bestyrelsen for Østre Kær Vandværk a.m.b.a. har henvendt sig om en kommunal overtagelse, da værket mangler midler til en ny boring. "
             "Der er forhandlet om en overtagelsessum på 3,1 mio. kr."),
            ("ØU's beslutning 08.06.2021", "Forvaltningen bemyndiges til at fortsætte forhandlingerne inden for den nævnte ramme."),
        ], mark="FORTROLIGT - IKKE OFFENTLIG"),
        P(98, "Klage over tildeling af rengøringsopgaven", "S2021-04511", True, [
            ("Sagsfremstilling",
             "Den tabende tilbudsgiver Skinnende Rent Nordvest ApS har ved klage indgivet den 27. maj 2021 anfægtet evalueringen af kvalitetskriteriet."),
            ("ØU's beslutning 08.06.2021", "Kontrakten underskrives ikke, før klagen er afgjort."),
        ], mark="FORTROLIGT - IKKE OFFENTLIG"),
    ],
    "secrets": ["Østre Kær Vandværk a.m.b.a.", "overtagelsessum på 3,1 mio. kr.",
                "Skinnende Rent Nordvest ApS", "klage indgivet den 27. maj 2021"],
    "question": "vores haandboldklub har mistet sponsorer under corona - kan vi søge penge hos kommunen og hvornår er fristen",
    "cite_punkt": 95,
}


def render_04(m):
    from fpdf import FPDF
    keep = keep_phrases(m)

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Mosevang Kommune - Økonomiudvalget - Tillægsreferat 8. juni 2021", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d/{nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2021, 6, 9, 8, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Tillægsreferat Økonomiudvalget 08.06.2021")
    pdf.set_author("Mosevang Kommune")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    def text(t, size=10, style="", width=95):
        pdf.set_font("Helvetica", style, size)
        for pp in paras(t):
            for ln in wrap(pp, width, keep):
                pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "TILLÆGSREFERAT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 7, "Økonomiudvalget", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for k, v in [("Mødedato", "Tirsdag 8. juni 2021, kl. 08.00"), ("Mødested", "Mødelokale Kærholm, Mosevang Rådhus"),
                 ("Deltagere", "Susanne Trolle (fmd.), Jens-Erik Bach, Marianne Holt, Kasper Dybdal, Lis Winther"),
                 ("Fraværende", "Ingen")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(30, 6, k)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    text("Tillægsreferatet omfatter de sager, der blev sat på dagsordenen efter udsendelsen den 1. juni 2021. "
         "Øvrige sager fra mødet fremgår af det ordinære referat.", 9, "I", 105)
    for p in m["points"]:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, "Pkt. %d" % p["n"], new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 7, p["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 5, "Sag: %s    Dok.: D2021-%06d" % (p["case"], 118000 + p["n"] * 7), new_x="LMARGIN", new_y="NEXT")
        if p["closed"]:
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_text_color(170, 0, 0)
            pdf.cell(70, 7, p["mark"], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(0, 6, "Tillægspunktet er behandlet for lukkede døre.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for label, t in p["sections"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
            text(t)
    pdf.ln(4)
    text("Mødet sluttede kl. 09.25.", 9, "I")
    return bytes(pdf.output())


# ===========================================================================
# 05  Kragsø Kommune - Folkeoplysningsudvalget (plain-text protocol from an
#     old word processor: centered page numbers "- n -", "Ad pkt. N." point
#     headings, "J.nr." lines, "Udvalget vedtog:" label, a bracketed closed
#     note; one point without a journal number)
# ===========================================================================
M05 = {
    "file": "05_kragsoe_folkeoplysningsudvalget_2015.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2015-02-03",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "00.22.04-A00-2-15", False, [
            ("Udvalget vedtog:", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Fordeling af lokaletilskud 2015", "18.14.10-Ø40-1-15", False, [
            ("Sagen:",
             "Der er i 2015 afsat 1.460.000 kr. til lokaletilskud. Foreningerne har søgt om i alt 1.610.000 kr. "
             "Efter folkeoplysningsloven skal tilskuddet være mindst 65 pct. af de godkendte udgifter. "
             "Forvaltningen foreslår en tilskudsprocent på 68 for alle foreninger."),
            ("Udvalget vedtog:", "Indstillingen blev fulgt. Tilskuddet udbetales kvartalsvis."),
        ]),
        P(3, "Ansøgning om underskudsgaranti til Kragsø Spillemandstræf", "18.15.00-Ø40-3-15", False, [
            ("Sagen:",
             "Foreningen bag spillemandstræffet i Kragsø Havn søger om en underskudsgaranti på 25.000 kr. til træffet i juni."),
            ("Udvalget vedtog:", "Bevilget. Regnskab indsendes senest 1. oktober 2015."),
        ]),
        P(4, "Nye retningslinjer for udlån af skolernes idrætshaller", "18.14.00-G01-1-14", False, [
            ("Sagen:",
             "Hallerne ved de fire skoler står ofte tomme i weekenderne, fordi foreningerne skal aftale nøgler med hver skole. "
             "Forvaltningen foreslår, at alle ledige haltider fremover bookes i kommunens bookingsystem, også lørdag og søndag. "
             "Foreningen får en adgangskode til døren i stedet for en nøgle.\n\n"
             "Godkendte folkeoplysende foreninger låner hallerne gratis. Andre grupper betaler 150 kr. i timen. "
             "Booking i weekenden skal ske senest torsdag kl. 12."),
            ("Udvalget vedtog:", "Retningslinjerne blev godkendt og gælder fra 1. marts 2015."),
        ]),
        P(5, "Tilbagebetalingskrav mod aftenskole", "18.15.02-Ø40-2-14", True, [
            ("Sagen:",
             "Ved kontrol af holdregnskaber for 2013 er det konstateret, at Aftenskolen Kragsø Fritid har indsendt fiktive holdlister for syv hold. "
             "Forvaltningen har krævet 61.400 kr. tilbagebetalt."),
            ("Udvalget vedtog:", "Kravet fastholdes, og politianmeldelse overvejes, hvis beløbet ikke er betalt inden 1. april."),
        ], mark="[LUKKET PUNKT - protokolleret i udvalgets ikke-offentlige protokol]"),
        P(6, "Eventuelt", None, False, [
            ("Udvalget vedtog:", "Næste møde holdes 10. marts 2015 i Kragsø Hallen."),
        ]),
    ],
    "secrets": ["Aftenskolen Kragsø Fritid", "fiktive holdlister", "politianmeldelse overvejes"],
    "question": "vi er en lille badmintonklub - kan vi låne skolens hal i weekenden og hvordan booker vi",
    "cite_punkt": 4,
}


def render_05(m):
    keep = keep_phrases(m)
    W = 72
    out = []
    a = out.append
    page = [1]

    def pagebreak():
        page[0] += 1
        a("")
        a(("- %d -" % page[0]).center(W).rstrip())
        a("")

    a("KRAGSØ KOMMUNE")
    a("Folkeoplysningsudvalget")
    a("")
    a("R E F E R A T".center(W).rstrip())
    a("")
    a("af ordinært møde tirsdag den 3. februar 2015 kl. 19.00")
    a('på Kragsø Bibliotek, mødelokalet "Læsesalen"')
    a("")
    a("Til stede:      Poul Aagaard (formand), Hanne Winkel, Bo Frejlev,")
    a("                Dorrit Kaae, Søren Tange, Vibeke Ammitzbøll")
    a("Afbud:          Carsten Lyng")
    a("Protokolfører:  Elin Sværke, Kultur og Fritid")
    a("")
    a("-" * W)
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            pagebreak()
        a("")
        a("Ad pkt. %d. %s" % (p["n"], p["title"]))
        if p["case"]:
            a("J.nr. %s" % p["case"])
        if p["closed"]:
            a("")
            a(p["mark"])
        for label, text in p["sections"]:
            a("")
            a(label)
            for pp in paras(text):
                for ln in wrap(pp, W - 4, keep):
                    a("    " + ln)
                a("")
    a("-" * W)
    a("Mødet hævet kl. 21.15.")
    a("")
    a("Poul Aagaard        Hanne Winkel        Bo Frejlev        Dorrit Kaae")
    a("Søren Tange         Vibeke Ammitzbøll")
    return "\n".join(out) + "\n"


# ===========================================================================
# 06  Ålykke Kommune - Ældrerådet (e-mail from the council's secretary, a
#     single text/plain part in quoted-printable; points numbered "N.0" with
#     sub-sections "N.1", "N.2" …; a confidential marker in the heading line
#     and a mail signature with a disclaimer)
# ===========================================================================
M06 = {
    "file": "06_aalykke_aeldreraadet_2022.eml",
    "board": "Ældrerådet",
    "date": "2022-10-20",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden og referat fra sidste møde", "22/00213", False, [
            ("Rådets konklusion", "Dagsorden og referat fra mødet 22. september blev godkendt uden bemærkninger."),
        ]),
        P(2, "Høring om ny kvalitetsstandard for praktisk hjælp", "22/18840", False, [
            ("Sagen",
             "Forvaltningen har sendt et udkast til ny kvalitetsstandard for praktisk hjælp i høring. "
             "Det største forslag er, at almindelig rengøring fremover gives hver 3. uge i stedet for hver 2. uge. "
             "Borgere, der har særlige behov, for eksempel på grund af allergi eller inkontinens, kan fortsat få rengøring hver 2. uge efter en konkret vurdering."),
            ("Rådets drøftelse",
             "Flere medlemmer frygter, at hjemmene bliver for beskidte, og at ensomme ældre mister et fast besøg."),
            ("Ældrerådets høringssvar",
             "Ældrerådet kan ikke anbefale rengøring hver 3. uge og beder Social- og Ældreudvalget om at fastholde det nuværende niveau."),
        ]),
        P(3, "Madservice - ny pris på hovedretter fra 2023", "22/19112", False, [
            ("Sagen",
             "Prisen for en hovedret fra det kommunale køkken stiger fra 56 kr. til 61 kr. fra 1. januar 2023 på grund af højere priser på råvarer og energi."),
            ("Rådets konklusion", "Rådet tog orienteringen til efterretning, men ønsker at se prisberegningen."),
        ]),
        P(4, "Henvendelse fra pårørende om forhold på et plejecenter", "22/19530", True, [
            ("Sagen",
             "Datteren til en beboer på Plejecenter Kløverhaven Nord har skrevet til rådet om manglende hjælp til personlig hygiejne om aftenen. "
             "Beboeren, fru Inger Thorhauge, har givet samtykke til, at sagen drøftes i rådet."),
            ("Rådets konklusion",
             "Rådet beder forvaltningen om at gennemføre et tilsynsbesøg uanmeldt og orientere rådet om resultatet."),
        ], mark="(Fortroligt punkt - ikke til hjemmesiden)"),
        P(5, "Valg til Ældrerådet 2023 - valgform", "22/17004", False, [
            ("Sagen",
             "Valget til Ældrerådet holdes i efteråret 2023. Rådet skal vælge mellem fremmødevalg på valgsteder og ren brevstemmeafgivning."),
            ("Rådets konklusion", "Rådet ønsker brevstemmeafgivning med mulighed for at stemme på biblioteker i valgugen."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Referat", "Næste møde er torsdag 17. november kl. 10 i Ålykke Aktivitetscenter."),
        ]),
    ],
    "secrets": ["Plejecenter Kløverhaven Nord", "fru Inger Thorhauge", "tilsynsbesøg uanmeldt"],
    "question": "min mor får hjælp til rengøring - bliver det sjældnere nu og hvad siger ældrerådet til det",
    "cite_punkt": 2,
}


def render_06(m):
    keep = keep_phrases(m)
    lines = []
    a = lines.append
    a("Kære alle i Ældrerådet")
    a("")
    a("Hermed referatet fra mødet torsdag den 20. oktober 2022 kl. 10.00-12.30 i Ålykke Aktivitetscenter, lokale 2.")
    a("Referatet lægges på kommunens hjemmeside, når formanden har godkendt det - dog uden punkter, der er markeret som fortrolige.")
    a("")
    a("Deltagere: Arne Boesen (formand), Gudrun Kjær, Villy Nørskov, Else Marie Thastum, Jørn Lykke")
    a("Afbud: Ruth Halkjær")
    a("Fra forvaltningen: Signe Bech (sekretær)")
    a("")
    a("=" * 60)
    for p in m["points"]:
        a("")
        head = "%d.0  %s" % (p["n"], p["title"])
        if p["closed"]:
            head += "  " + p["mark"]
        a(head)
        if p["case"]:
            a("Sagsnr.: %s" % p["case"])
        for j, (label, text) in enumerate(p["sections"], 1):
            a("")
            a("%d.%d  %s" % (p["n"], j, label))
            for pp in paras(text):
                a("\n".join(wrap(pp, 74, keep)))
    a("")
    a("=" * 60)
    a("")
    a("Med venlig hilsen")
    a("")
    a("Signe Bech")
    a("Sekretær for Ældrerådet")
    a("Ålykke Kommune, Social og Ældre")
    a("Direkte tlf. 64 71 22 09")
    a("")
    a("Denne e-mail kan indeholde oplysninger, der kun er beregnet til modtageren. Har du fået den ved en fejl, så slet den venligst.")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Signe Bech <sib@aalykke.dk>"
    msg["To"] = "Ældrerådet <aeldreraadet@aalykke.dk>"
    msg["Subject"] = "Referat fra Ældrerådets møde 20/10-2022"
    msg["Date"] = "Mon, 24 Oct 2022 09:12:45 +0200"
    msg["Message-ID"] = "<20221024091245.4471@mail.aalykke.dk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(lines) + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# ===========================================================================
# 07  Bøgevad Kommune - Beskæftigelsesudvalget (RTF: a status line "Åbent" /
#     "Lukket" above each point, zero-padded "Punkt 0N – Title" headings, an
#     "Acadre" case line, and "Beslutning:" with an absence line under it)
# ===========================================================================
M07 = {
    "file": "07_boegevad_beskaeftigelsesudvalget_2020.rtf",
    "board": "Beskæftigelsesudvalget",
    "date": "2020-01-14",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "19/00871", False, [
            ("Beslutning:", "Godkendt."),
        ]),
        P(2, "Ledighed og beskæftigelse - status 4. kvartal 2019", "19/22140", False, [
            ("Sagsfremstilling",
             "Bruttoledigheden i Bøgevad var 3,1 pct. i november 2019 mod 3,4 pct. året før. "
             "Antallet af langtidsledige er faldet med 46 personer, mens antallet af sygedagpengeforløb over 22 uger er steget."),
            ("Beslutning:", "Taget til efterretning."),
        ]),
        P(3, "Virksomhedsrettet indsats for sygemeldte - samarbejdsaftale med Bøgevad Erhvervsråd", "19/23118", False, [
            ("Sagsfremstilling",
             "Jobcentret foreslår en aftale med Bøgevad Erhvervsråd om at finde praktikpladser og små job til sygemeldte, "
             "så de kan vende gradvist tilbage til arbejdsmarkedet. Målet er 60 forløb i 2020. "
             "Den sygemeldte kan starte med få timer om ugen og får en fast kontaktperson i virksomheden."),
            ("Økonomi", "Aftalen koster 450.000 kr. i 2020 og finansieres af den statslige pulje til sygedagpengeområdet."),
            ("Beslutning:", "Godkendt. Udvalget ønsker en midtvejsstatus i juni."),
        ]),
        P(4, "Forsøg med jobpræmie til langtidsledige", "19/23350", False, [
            ("Sagsfremstilling",
             "Forvaltningen foreslår et forsøg, hvor langtidsledige, der har modtaget kontanthjælp i mindst to år, får 5.000 kr., "
             "når de har været i ordinært job i seks måneder."),
            ("Beslutning:", "Udvalget ønsker forslaget genfremsat med en vurdering af reglerne om skattepligt."),
        ]),
        P(5, "Konkret sag om tilbagebetaling af kontanthjælp", "19/21873", True, [
            ("Sagsfremstilling",
             "Borgeren Rasmus Fabricius Jul har klaget over afgørelsen om tilbagebetaling af 143.208 kr. "
             "Ankestyrelsen hjemviste sagen i november til fornyet behandling."),
            ("Beslutning:", "Forvaltningen genoptager sagen og træffer ny afgørelse."),
        ], mark="Lukket - personfølsomme oplysninger. Punktet offentliggøres ikke."),
        P(6, "Meddelelser", "19/00871", False, [
            ("Sagsfremstilling", "Jobcenterchefen orienterede om flytningen af jobcentret til Stationsvej 8 den 1. april."),
            ("Beslutning:", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Rasmus Fabricius Jul", "tilbagebetaling af 143.208 kr.", "Ankestyrelsen hjemviste sagen"],
    "question": "jeg er sygemeldt - er der kommet noget nyt hvor man kan starte langsomt op i en virksomhed",
    "cite_punkt": 3,
}


def _rtf(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    r = []
    a = r.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1030")
    a("{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\fswiss\\fcharset0 Arial;}}")
    a("{\\colortbl;\\red0\\green0\\blue0;\\red0\\green70\\blue140;\\red150\\green0\\blue0;}")
    a("{\\info{\\title Referat Besk\\'e6ftigelsesudvalget 14.01.2020}{\\author Jobcenter B\\'f8gevad}"
      "{\\creatim\\yr2020\\mo1\\dy15\\hr9\\min0}}")
    a("\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1418\\margb1418")
    a("{\\header\\pard\\qr\\fs16 " + _rtf("Bøgevad Kommune \u2013 Beskæftigelsesudvalget \u2013 14. januar 2020") + "\\par}")
    a("{\\footer\\pard\\qc\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}")

    def par(text, fmt=""):
        a("\\pard\\sa120" + fmt + " " + _rtf(text) + "\\par")

    par("BØGEVAD KOMMUNE", "\\b\\fs32\\cf2")
    par("Beskæftigelsesudvalget", "\\b\\fs28")
    par("Referat af mødet tirsdag den 14. januar 2020 kl. 16.30 i Jobcentrets mødelokale 1", "\\fs22")
    par("Medlemmer: Torben Lauritsen (formand), Helle Bjerre, Kim Storm, Anita Dueholm, Frank Iversen", "\\fs20")
    par("Fraværende: Kim Storm", "\\fs20")
    par("Sekretær: Pia Munck", "\\fs20")
    for p in m["points"]:
        a("\\pard\\sb240\\sa0\\fs18\\cf3 " + ("Lukket" if p["closed"] else "\\cf1 " + _rtf("Åbent")) + "\\cf1\\par")
        par("Punkt %02d \u2013 %s" % (p["n"], p["title"]), "\\b\\fs24\\cf2")
        par("Acadre sagsnr. %s" % p["case"], "\\i\\fs18")
        if p["closed"]:
            par(p["mark"], "\\b\\fs20\\cf3")
        for label, text in p["sections"]:
            par(label, "\\b\\fs20")
            for pp in paras(text):
                par(pp, "\\fs20")
            if label == "Beslutning:":
                par("Fraværende: Kim Storm", "\\i\\fs18")
    par("Mødet sluttede kl. 18.05.", "\\i\\fs18")
    a("}")
    return "\n".join(r) + "\n"


# ===========================================================================
# 08  Rønnevang Kommune - Kultur-, Fritids- og Idrætsudvalget (ODT: a small
#     two-column facts table opens every point (Punktnr., Overskrift,
#     Sagsnr., Offentlighed), bold section labels, "Ikke offentligt" status)
# ===========================================================================
M08 = {
    "file": "08_roennevang_kultur-fritids-og-idraetsudvalget_2025.odt",
    "board": "Kultur-, Fritids- og Idrætsudvalget",
    "date": "2025-01-29",
    "kind": "referat",
    "points": [
        P(12, "Godkendelse af dagsorden", "2025-0031", False, [
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(13, "Kunstgræsbane ved Rønnevang Stadion - valg af fyldmateriale", "2024-2207", False, [
            ("Baggrund",
             "Den nye kunstgræsbane skal anlægges i sommeren 2025. EU har vedtaget at udfase gummigranulat på grund af mikroplast, "
             "og forvaltningen har derfor undersøgt alternativer."),
            ("Forvaltningens anbefaling",
             "Forvaltningen anbefaler en bane med kork som fyldmateriale og barrierer langs banen, der opsamler materiale. "
             "Kork koster mere at vedligeholde, men banen kan bruges i hele sin levetid uden ombygning."),
            ("Økonomi", "Anlægget koster 3,8 mio. kr., heraf 240.000 kr. ekstra til kork og barrierer."),
            ("Udvalgets beslutning", "Godkendt. Banen anlægges med kork."),
        ]),
        P(14, "Bibliotekernes åbningstider i vinterferien", "2025-0088", False, [
            ("Baggrund", "Filialerne i Nørre Rønne og Vangede holder i dag lukket i vinterferien."),
            ("Forvaltningens anbefaling", "Filialerne holder selvbetjent åbent kl. 8-20 i vinterferien 2025 med et aktivitetsprogram for børn om eftermiddagen."),
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(15, "Sponsoraftale for Rønnevang Kulturnat", "2024-2310", True, [
            ("Baggrund",
             "Vindeby Sparekasse tilbyder at sponsere kulturnatten med 185.000 kr. over tre år. "
             "Aftalen indeholder en eksklusivitetsklausul, så ingen andre pengeinstitutter må være synlige ved arrangementet."),
            ("Udvalgets beslutning", "Aftalen godkendes uden eksklusivitetsklausulen. Forvaltningen genforhandler."),
        ], mark="Ikke offentligt - forretningshemmeligheder"),
        P(16, "Karantæne for bruger af Rønnevang Kulturhus", "2025-0094", True, [
            ("Baggrund",
             "Kulturhuset har givet Sebastian Krogh-Lauesen karantæne i 12 måneder efter hærværk på øvelokale 4 i december."),
            ("Udvalgets beslutning", "Udvalget tog orienteringen til efterretning."),
        ], mark="Ikke offentligt - oplysninger om enkeltpersoner"),
        P(17, "Fordeling af aktivitetstilskud 2025", "2025-0102", False, [
            ("Baggrund",
             "Der er afsat 2,1 mio. kr. til aktivitetstilskud. Tilskuddet gives pr. medlem under 25 år. "
             "Satsen foreslås hævet fra 310 kr. til 325 kr."),
            ("Udvalgets beslutning", "Godkendt med en sats på 325 kr."),
        ]),
        P(18, "Meddelelser", "2025-0031", False, [
            ("Baggrund", "Formanden orienterede om åbningen af den nye skaterpark ved Vangede Skole den 12. april."),
            ("Udvalgets beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Vindeby Sparekasse", "eksklusivitetsklausul", "185.000 kr. over tre år",
                "Sebastian Krogh-Lauesen", "karantæne i 12 måneder", "hærværk på øvelokale 4"],
    "question": "kommer der gummigranulat på den nye kunstgræsbane - jeg er bekymret for mikroplast",
    "cite_punkt": 13,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    body = []
    a = body.append

    def p(text, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def row(k, v):
        a('<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Felt">%s</text:p></table:table-cell>'
          '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>' % (xesc(k), xesc(v)))

    p("RØNNEVANG KOMMUNE", "Kommune")
    a('<text:h text:style-name="Heading_20_1" text:outline-level="1">Kultur-, Fritids- og Idrætsudvalget</text:h>')
    p("Referat - onsdag den 29. januar 2025 kl. 17.00 - Rønnevang Kulturhus, mødelokale Loftet")
    p("Til stede: Marianne Skjødt (formand), Allan Vinther, Rikke Bonde, Hassan Amiri, Lene Tvede")
    p("Afbud: Ingen")
    p("Fra administrationen: kulturchef Per Glud og sekretær Nanna Friis")
    for n, pt in enumerate(m["points"], 1):
        a('<table:table table:name="Punkt%d"><table:table-column table:number-columns-repeated="2"/>' % n)
        row("Punktnr.", str(pt["n"]))
        row("Overskrift", pt["title"])
        row("Sagsnr.", pt["case"])
        row("Offentlighed", pt["mark"] if pt["closed"] else "Offentligt")
        a('</table:table>')
        for label, text in pt["sections"]:
            p(label, "Afsnit")
            for pp in paras(text):
                p(pp)
    p("Mødet sluttede kl. 19.10. Referatet er godkendt af formanden.", "Slut")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="Felt" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="9pt"/></style:style>'
               '<style:style style:name="Afsnit" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/>'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Kommune" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:color="#1b4f72"/></style:style>'
               '<style:style style:name="Slut" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><dc:title>Referat KFI 29.01.2025</dc:title>'
            '<meta:creation-date>2025-01-30T09:00:00</meta:creation-date></office:meta></office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False)], (2025, 1, 30, 9, 0, 0))


# ===========================================================================
# 09  Egemose Kommune - Børne- og Familieudvalget (Markdown from an open-data
#     portal: YAML front matter, "## NN · Title" headings, journal number in
#     inline code, a "[FORTROLIGT]" tag on the heading line and an italic
#     exemption note, "---" rules between points)
# ===========================================================================
M09 = {
    "file": "09_egemose_boerne-og-familieudvalget_2018.md",
    "board": "Børne- og Familieudvalget",
    "date": "2018-05-16",
    "kind": "referat",
    "points": [
        P(17, "Godkendelse af dagsorden", "00.01.00-A00-5-18", False, [
            ("Udvalget traf følgende beslutning:", "Godkendt."),
        ]),
        P(18, "Sprogvurdering af 3-årige i dagtilbud - nyt materiale", "28.09.00-A00-4-18", False, [
            ("Resumé",
             "Alle 3-årige i kommunens dagtilbud sprogvurderes. Det nuværende materiale er fra 2010 og bliver ikke længere opdateret."),
            ("Sagsfremstilling",
             "Forvaltningen foreslår at skifte til et digitalt materiale, hvor pædagogen registrerer barnets svar på en tablet. "
             "Forældrene får resultatet på en samtale og et skriftligt forslag til lege, der styrker sproget derhjemme."),
            ("Udvalget traf følgende beslutning:", "Godkendt med start 1. august 2018."),
        ]),
        P(19, "Fleksibel afhentning - forsøg med aftenåbent i Børnehuset Mælkebøtten", "28.06.00-P20-2-18", False, [
            ("Resumé",
             "Flere forældre med skifteholdsarbejde har bedt om længere åbningstid. Forvaltningen foreslår et forsøg i Børnehuset Mælkebøtten."),
            ("Sagsfremstilling",
             "I forsøget holder Mælkebøtten åbent til kl. 19.30 tirsdag og torsdag fra 1. september 2018 til 30. juni 2019. "
             "Forældre tilmelder barnet til aftenåbent for en måned ad gangen via forældreintra. Der serveres et let aftensmåltid. "
             "Forsøget kræver mindst 8 tilmeldte børn."),
            ("Økonomi", "Forsøget koster 310.000 kr. og finansieres af puljen til kvalitet i dagtilbud."),
            ("Udvalget traf følgende beslutning:", "Godkendt. Forsøget evalueres i maj 2019."),
        ]),
        P(20, "Anbringelsessag - hjemgivelse", "27.24.00-G01-118-17", True, [
            ("Sagsfremstilling",
             "Barnet har siden 2016 været anbragt på Lærkehøjen Opholdssted. Familieafdelingen vurderer, at forældrene nu kan varetage omsorgen "
             "med støtte fra en familiebehandler."),
            ("Udvalget traf følgende beslutning:", "Udvalget godkendte hjemgivelse pr. 1. juli 2018 med efterværn i et år."),
        ], mark="Punktet er fritaget for offentliggørelse, jf. styrelseslovens § 10, stk. 1, nr. 2."),
        P(21, "Ventetid på tandregulering i den kommunale tandpleje", "29.30.00-A00-1-18", False, [
            ("Resumé", "Ventetiden på visitation til tandregulering er steget til 9 måneder, fordi en specialtandlæge er fratrådt."),
            ("Udvalget traf følgende beslutning:", "Taget til efterretning. Forvaltningen undersøger samarbejde med nabokommunen."),
        ]),
        P(22, "Meddelelser", "00.01.00-A00-5-18", False, [
            ("Resumé", "Formanden orienterede om dialogmødet med forældrebestyrelserne den 7. juni."),
        ]),
    ],
    "secrets": ["Lærkehøjen Opholdssted", "hjemgivelse pr. 1. juli 2018", "efterværn i et år"],
    "question": "kan jeg hente mit barn senere i Mælkebøtten hvis jeg arbejder sent, og hvordan melder jeg til",
    "cite_punkt": 19,
}


def render_09(m):
    out = []
    a = out.append
    a("---")
    a("kommune: Egemose Kommune")
    a("udvalg: Børne- og Familieudvalget")
    a("type: referat")
    a("dato: 2018-05-16")
    a("tid: \"16:00-18:30\"")
    a("sted: Egemose Rådhus, mødelokale 1.14")
    a("deltagere: [Kirsten Mohr (formand), Lasse Enggaard, Sanne Fogh, Ib Thorsø, Dorte Wamberg]")
    a("fravaerende: [Ib Thorsø]")
    a("kilde: https://dagsordener.egemose.dk/bfu/2018-05-16")
    a("---")
    a("")
    a("# Børne- og Familieudvalget - referat 16. maj 2018")
    a("")
    a("**Deltagere:** Kirsten Mohr (formand), Lasse Enggaard, Sanne Fogh, Dorte Wamberg  ")
    a("**Fraværende:** Ib Thorsø")
    a("")
    for p in m["points"]:
        a("---")
        a("")
        tag = " `[FORTROLIGT]`" if p["closed"] else ""
        a("## %d · %s%s" % (p["n"], p["title"], tag))
        a("")
        a("Journalnr. `%s`" % p["case"])
        a("")
        if p["closed"]:
            a("_%s_" % p["mark"])
            a("")
        for label, text in p["sections"]:
            a("**%s**" % label)
            a("")
            for pp in paras(text):
                a(pp)
                a("")
    a("---")
    a("")
    a("*Referatet er offentliggjort 18. maj 2018. Fortrolige punkter vises kun for udvalgets medlemmer.*")
    return "\n".join(out) + "\n"


# ===========================================================================
# 10  Havrevig Kommune - Klima- og Forsyningsudvalget (XML export without a
#     namespace: <dagsordenpunkt> elements with <nummer>, <overskrift>,
#     <sagsnummer>, <visning>intern</visning> on the closed point, and the
#     body as an HTML fragment in CDATA)
# ===========================================================================
M10 = {
    "file": "10_havrevig_klima-og-forsyningsudvalget_2016.xml",
    "board": "Klima- og Forsyningsudvalget",
    "date": "2016-08-22",
    "kind": "referat",
    "points": [
        P(60, "Godkendelse af dagsorden", "16/001122", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(61, "Forsyningssikkerhed - ny drikkevandsboring ved Lerbjerg", "16/014456", False, [
            ("Sagsfremstilling",
             "Havrevig Vand vil etablere en ny boring ved Lerbjerg, fordi to af de eksisterende boringer har for højt indhold af nitrat. "
             "Boringen kræver en tilladelse efter vandforsyningsloven."),
            ("Beslutning", "Forvaltningen meddeler tilladelse med vilkår om et beskyttelsesområde på 300 meter."),
        ]),
        P(62, "Klimatilpasningsplan - tillæg for Havrevig Havn", "16/009871", False, [
            ("Sagsfremstilling",
             "Tillægget beskriver en højvandsmur langs Havnegade og pumper, der kan holde havnen tør ved en stormflod på 2,1 meter."),
            ("Beslutning", "Sendes i offentlig høring i 8 uger."),
        ]),
        P(63, "Fjernvarme til Nørre Havrevig - projektforslag", "16/015002", False, [
            ("Sagsfremstilling",
             "Havrevig Fjernvarme har søgt om at forsyne de 420 huse i Nørre Havrevig med fjernvarme. "
             "Husejerne kan tilslutte sig gratis, hvis de melder sig inden 31. december 2016. "
             "Ledningerne graves ned i 2017, og de første huse kan få varme i oktober 2017."),
            ("Økonomi",
             "Projektet giver husejerne en besparelse på ca. 6.000 kr. om året i forhold til oliefyr. Der er ikke tilslutningspligt."),
            ("Beslutning", "Projektforslaget godkendes."),
        ]),
        P(64, "Forhandling om erstatning efter ledningsbrud", "16/013390", True, [
            ("Sagsfremstilling",
             "Ved gravearbejde i Strandparken beskadigede Sydkyst Entreprenørservice I/S en hovedvandledning. "
             "Forsyningen har fremsendt en skadesopgørelse på 642.300 kr."),
            ("Beslutning", "Udvalget kan acceptere et forlig med delt hæftelse 60/40."),
        ], mark="Udeladt af den offentlige udgave (forhandlingsforhold)"),
        P(65, "Eventuelt", None, False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Sydkyst Entreprenørservice I/S", "skadesopgørelse på 642.300 kr.", "delt hæftelse 60/40"],
    "question": "vi bor i nørre havrevig - kan vi få fjernvarme og koster det noget at blive tilsluttet",
    "cite_punkt": 63,
}


def render_10(m):
    out = []
    a = out.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<!-- Eksport fra Havrevig Kommunes mødesystem, version 4.1 -->')
    a('<moedereferat eksporteret="2016-08-24T07:30:00">')
    a('  <kommune>Havrevig Kommune</kommune>')
    a('  <udvalg kode="KFU">Klima- og Forsyningsudvalget</udvalg>')
    a('  <moede>')
    a('    <dato>22-08-2016</dato>')
    a('    <starttid>15:00</starttid>')
    a('    <sluttid>16:45</sluttid>')
    a('    <sted>Havrevig Rådhus, lokale 104</sted>')
    a('    <deltagere>')
    for nm, st in [("Finn Ulstrup", "formand"), ("Bodil Kragh", "medlem"), ("Rune Lysgaard", "medlem"),
                   ("Tina Hegelund", "medlem"), ("Esben Malling", "afbud")]:
        a('      <deltager status="%s">%s</deltager>' % (st, nm))
    a('    </deltagere>')
    a('  </moede>')
    a('  <dagsordenpunkter>')
    for p in m["points"]:
        a('    <dagsordenpunkt>')
        a('      <nummer>%d</nummer>' % p["n"])
        a('      <overskrift>%s</overskrift>' % xesc(p["title"]))
        if p["case"]:
            a('      <sagsnummer>%s</sagsnummer>' % p["case"])
        a('      <visning>%s</visning>' % ("intern" if p["closed"] else "offentlig"))
        if p["closed"]:
            a('      <note>%s</note>' % xesc(p["mark"]))
        html = []
        for label, text in p["sections"]:
            html.append("<h4>%s</h4>" % escape(label))
            for pp in paras(text):
                html.append("<p>%s</p>" % escape(pp))
        a('      <indhold><![CDATA[\n' + "\n".join(html) + '\n]]></indhold>')
        a('    </dagsordenpunkt>')
    a('  </dagsordenpunkter>')
    a('</moedereferat>')
    return "\n".join(out) + "\n"


MEETINGS = [(M01, render_01), (M02, render_02), (M03, render_03), (M04, render_04), (M05, render_05),
            (M06, render_06), (M07, render_07), (M08, render_08), (M09, render_09), (M10, render_10)]


def expected():
    res = []
    for m, _ in MEETINGS:
        res.append({
            "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"],
        })
    return res


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
