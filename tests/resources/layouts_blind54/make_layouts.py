#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind54.

Every municipality, board, person, firm, place, amount and sentence here is
invented.  The script is deterministic: running it twice gives byte-identical
files.  Needs python-docx (two .docx files) and fpdf2 (the .pdf); the .odt,
.rtf, .eml, .htm/.html, .md and .txt files are written by hand.

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

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = "\u2063"


def _wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in keep:
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                          break_on_hyphens=False)]


def P(n, title, case, closed, sections):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


# ---------------------------------------------------------------------------
# 01  Birkelund Kommune - Børne- og Skoleudvalget (agenda-system HTML export,
#     nested tables and divs, running item numbers, closed flagged by attribute)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_birkelund_boerne-og-skoleudvalget_2022.html",
    "board": "Børne- og Skoleudvalget",
    "date": "2022-11-08",
    "kind": "referat",
    "points": [
        P(112, "Godkendelse af dagsorden", "22/00318", False, [
            ("Beslutning i Børne- og Skoleudvalget den 08-11-2022", "Godkendt."),
        ]),
        P(113, "Skolevejen ved Egeskov Skole - trafiksikring af krydset ved Lærkevej", "22/11902", False, [
            ("Resume",
             "Forældrebestyrelsen ved Egeskov Skole har flere gange peget på, at krydset Lærkevej/Skolestien er "
             "utrygt om morgenen. Forvaltningen fremlægger forslag til en samlet ombygning."),
            ("Sagsfremstilling",
             "En trafiktælling i september 2022 viste, at der mellem kl. 7.30 og 8.10 passerer ca. 420 biler "
             "gennem krydset, og at mange forældre standser midt på vejen for at sætte børn af.\n\n"
             "Forvaltningen foreslår, at krydset hæves til en flade i fortovsniveau, at der etableres en "
             "afsætningsplads med plads til otte biler på den gamle grusparkering bag hallen, og at der "
             "males en tydelig skolezone med 30 km/t. Skolen vil samtidig genoplive skolepatruljen fra "
             "6. klasse."),
            ("Økonomi",
             "Ombygningen er skønnet til 1,35 mio. kr., som kan finansieres af den afsatte pulje til "
             "trafiksikkerhed i 2023."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget anbefaler ombygningen over for Økonomiudvalget, og at "
             "arbejdet udføres i sommerferien 2023."),
            ("Beslutning i Børne- og Skoleudvalget den 08-11-2022",
             "Anbefalet. Udvalget ønsker en evaluering af trafikken et år efter ombygningen."),
        ]),
        P(114, "Ny tildelingsmodel for specialundervisning fra skoleåret 2023/24", "22/09877", False, [
            ("Resume",
             "Modellen flytter en større del af budgettet ud til skolerne, så de selv kan organisere "
             "støtten til elever med særlige behov i almenklasserne."),
            ("Sagsfremstilling",
             "I dag visiteres elever centralt, og pengene følger eleven. Den nye model giver hver skole et "
             "grundbeløb efter elevtal og et socioøkonomisk tillæg. En central pulje på 4 mio. kr. bevares "
             "til de mest komplekse forløb.\n\n"
             "Skolelederforum og den lokale lærerkreds har været hørt og støtter modellen, men lærerkredsen "
             "ønsker, at ressourcerne følges tæt det første år."),
            ("Indstilling", "Det indstilles, at modellen godkendes med virkning fra 1. august 2023."),
            ("Beslutning i Børne- og Skoleudvalget den 08-11-2022",
             "Godkendt. Der gives status til udvalget i marts 2024."),
        ]),
        P(115, "Lukket punkt - Personalesag", "22/14573", True, [
            ("Sagsfremstilling",
             "Udvalget blev orienteret om afskedigelsen af skoleleder Vibeke Thornvig og om forhandlingerne "
             "med hendes organisation. Forvaltningen har været rådgivet af advokatfirmaet Kronholm & Sejer."),
            ("Beslutning i Børne- og Skoleudvalget den 08-11-2022",
             "Orienteringen blev taget til efterretning, herunder en aftalt fratrædelsesgodtgørelse på "
             "418.600 kr."),
        ]),
        P(116, "Ferielukning i dagtilbud 2023", "22/12040", False, [
            ("Resume", "Forslag til lukkedage i kommunens vuggestuer og børnehaver i 2023."),
            ("Sagsfremstilling",
             "Det foreslås, at dagtilbuddene holder lukket i uge 29 og 30 samt de tre hverdage mellem jul "
             "og nytår. Forældre, der ikke kan holde ferie i de uger, kan få nødpasning i Børnehuset "
             "Spætten, hvis de melder behovet senest 1. marts 2023."),
            ("Indstilling", "Det indstilles, at lukkedagene godkendes."),
            ("Beslutning i Børne- og Skoleudvalget den 08-11-2022",
             "Godkendt med den ændring, at fristen for at melde behov for nødpasning rykkes til 15. marts."),
        ]),
        P(117, "Meddelelser", "22/00318", False, [
            ("Sagsfremstilling",
             "Formanden orienterede om, at den nye madordning i 0.-3. klasse starter efter vinterferien."),
            ("Beslutning i Børne- og Skoleudvalget den 08-11-2022", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Vibeke Thornvig", "Kronholm & Sejer", "418.600 kr."],
    "question": "Mit barn går på Egeskov Skole - hvad vil kommunen gøre ved det farlige kryds hvor forældrene "
                "sætter børnene af om morgenen, og hvornår sker det?",
    "cite_punkt": 113,
}


def render_01(m):
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
      '<title>Referat - Børne- og Skoleudvalget - 08-11-2022</title>\n'
      '<style>.agendaItem{margin:1em 0}.hidden{display:none}td.lbl{font-weight:bold;width:9em}</style>\n'
      '<script>window.esdhConfig={"portal":"birkelund","version":"7.4.2"};</script>\n</head>\n<body>\n')
    a('<div id="wrapper"><div class="pageHeader"><img src="logo_birkelund.png" alt="Birkelund Kommune"></div>\n')
    a('<table class="agendaLayout" cellpadding="0" cellspacing="0"><tr><td class="leftCol">\n')
    a('<div class="meetingHeader"><h1>Referat</h1>\n<table class="meetingInfo">\n')
    for lbl, val in [("Udvalg:", "Børne- og Skoleudvalget"),
                     ("Mødedato:", "Tirsdag, November 8, 2022"),
                     ("Starttidspunkt:", "16:30"), ("Sluttidspunkt:", "18:45"),
                     ("Mødested:", "Udvalgsværelse 1, Birkelund Rådhus"),
                     ("Medlemmer:", "Ane Korsholm (formand), Peder Bruun, Hatice Yilmaz, Svend Aage Lunde, Marie Østerby"),
                     ("Fraværende:", "Svend Aage Lunde")]:
        a('<tr><td class="lbl">%s</td><td class="val">%s</td></tr>\n' % (escape(lbl), escape(val)))
    a('</table></div>\n')
    for p in m["points"]:
        acc = "closed" if p["closed"] else "open"
        a('<div class="agendaItem" data-item-number="%d" data-access="%s" id="item%d">\n'
          % (p["n"], acc, p["n"]))
        a('<table class="itemHeader"><tr><td><h2><span class="itemNo">Pkt. %d</span> '
          '<span class="itemTitle">%s</span></h2></td>\n' % (p["n"], escape(p["title"])))
        if p["closed"]:
            a('<td class="itemIcon"><img src="lock.gif" alt="" title="Ikke offentligt"></td>')
        a('</tr></table>\n')
        a('<div class="caseNo">Sagsnr: %s</div>\n' % p["case"])
        a('<div class="itemBody">\n')
        for label, text in p["sections"]:
            a('<div class="section"><div class="sectionTitle"><strong>%s</strong></div>\n' % escape(label))
            a('<div class="sectionText">')
            for para in paras(text):
                a('<div><p>%s</p></div>' % escape(para))
            a('</div></div>\n')
        a('</div>\n</div>\n')
    a('</td><td class="rightCol"><div class="docList"><h4>Dokumenter</h4><ul>'
      '<li><a href="#">Hent referat som PDF</a></li><li><a href="#">Abonnér på dagsordener</a></li>'
      '</ul></div></td></tr></table>\n')
    a('<div class="pageFooter">Genereret af mødeportalen 09-11-2022 08:02</div></div>\n</body>\n</html>\n')
    return "".join(h)


# ---------------------------------------------------------------------------
# 02  Snerlinge Kommune - Ældre- og Sundhedsudvalget (saved municipal web
#     page, windows-1252, navigation, breadcrumb, cookie banner, footer)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_snerlinge_aeldre-og-sundhedsudvalget_2019.htm",
    "board": "Ældre- og Sundhedsudvalget",
    "date": "2019-05-15",
    "kind": "referat",
    "points": [
        P(58, "Godkendelse af dagsorden", None, False, [("Beslutning", "Dagsordenen blev godkendt.")]),
        P(59, "Status på genoptræning efter udskrivelse fra sygehus", "330-2019-0142", False, [
            ("Resumé", "Kvartalsvis status på ventetider til genoptræning."),
            ("Sagsfremstilling",
             "Ventetiden fra udskrivelse til første træningsgang er faldet fra gennemsnitlig 11 til 6 "
             "hverdage, efter at træningsenheden har fået to ekstra fysioterapeuter. Målet er højst 7 "
             "hverdage."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(60, "Klippekortsordning på plejecentrene - evaluering", "330-2019-2871", False, [
            ("Resumé",
             "Ordningen, hvor beboerne får ekstra tid til selvvalgte aktiviteter, har kørt i to år og "
             "evalueres nu."),
            ("Sagsfremstilling",
             "Hver beboer har haft et klip om ugen på en halv time, som kan bruges til fx en tur i byen, "
             "frisør eller hjælp til at ringe til familien. Evalueringen viser, at 78 pct. af beboerne har "
             "brugt deres klip, og at pårørende er meget tilfredse. Den statslige pulje, der har betalt "
             "ordningen, ophører ved årets udgang.\n\n"
             "Det vil koste ca. 2,1 mio. kr. årligt at videreføre ordningen med kommunale midler."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget drøfter en videreførelse og sender spørgsmålet videre "
             "til budgetforhandlingerne."),
            ("Beslutning",
             "Udvalget ønsker ordningen videreført og sender den videre til budget 2020 som et ønske fra "
             "udvalget. Indtil da fortsætter klippene uændret."),
        ]),
        P(61, "Udelukket fra offentlighed: Køb af plejeboliger", "330-2019-5003", True, [
            ("Sagsfremstilling",
             "Plejegården Ellebo ApS har tilbudt kommunen at købe 24 plejeboliger på matr. nr. 14ak "
             "Snerlinge By."),
            ("Beslutning", "Udvalget anbefaler et bud på højst 22.750.000 kr."),
        ]),
        P(62, "Demensvenlig kommune - handleplan 2019-2020", "330-2019-1990", False, [
            ("Resumé", "Handleplanen samler kommunens indsatser for borgere med demens og deres pårørende."),
            ("Sagsfremstilling",
             "Planen indeholder bl.a. et demenskursus for butiksansatte i bymidten, en ny pårørendegruppe "
             "om aftenen og en demensvenlig indretning af biblioteket."),
            ("Indstilling", "Det indstilles, at handleplanen godkendes."),
            ("Beslutning", "Godkendt."),
        ]),
        P(63, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
    ],
    "secrets": ["Plejegården Ellebo ApS", "matr. nr. 14ak", "22.750.000 kr."],
    "question": "Min mor bor på plejehjem og har fået en halv times ekstra hjælp om ugen til at komme ud - "
                "fortsætter det, nu hvor statens penge stopper?",
    "cite_punkt": 60,
}


def render_02(m):
    h = []
    a = h.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
    a('<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />\n'
      '<title>Referat 15-maj-2019 - Snerlinge Kommune</title>\n'
      '<!-- saved from url=(0061)https://www.snerlinge.dk/politik/referater/aesu/2019-05-15 -->\n'
      '<link rel="stylesheet" href="Referat_files/site.css" />\n'
      '<script type="text/javascript">var _paq=_paq||[];_paq.push(["trackPageView"]);</script>\n'
      '</head>\n<body class="subpage">\n')
    a('<div id="cookiebar">Vi bruger cookies til statistik. <a href="#">Læs mere</a> <button>OK</button></div>\n')
    a('<div id="top"><a href="/"><img src="Referat_files/logo.gif" alt="Snerlinge Kommune - forside" /></a>\n'
      '<ul id="mainnav"><li><a href="#">Borger</a></li><li><a href="#">Erhverv</a></li>'
      '<li class="active"><a href="#">Politik</a></li><li><a href="#">Om kommunen</a></li>'
      '<li><a href="#">Søg</a></li></ul></div>\n')
    a('<div id="breadcrumb">Du er her: <a href="#">Forside</a> &gt; <a href="#">Politik</a> &gt; '
      '<a href="#">Dagsordener og referater</a> &gt; Ældre- og Sundhedsudvalget</div>\n')
    a('<div id="content">\n<h1>Ældre- og Sundhedsudvalget – Referat – 15-maj-2019</h1>\n')
    a('<p class="meta">Mødested: Mødesal A, Rådhuset<br />Mødetid: kl. 15.00-17.10<br />'
      'Fraværende: Grethe Munk (V)</p>\n')
    a('<p class="print"><a href="javascript:window.print()">Udskriv siden</a> | '
      '<a href="#">Hent som pdf</a></p>\n<hr />\n')
    for p in m["points"]:
        a('<h2 class="punkt">Nr.%d - %s</h2>\n' % (p["n"], escape(p["title"])))
        if p["case"]:
            a('<p class="sagsnr">Sagsnummer: %s</p>\n' % p["case"])
        for label, text in p["sections"]:
            a('<h3>%s</h3>\n' % escape(label))
            for para in paras(text):
                a('<p>%s</p>\n' % escape(para))
        a('<p class="totop"><a href="#top">Til toppen</a></p>\n')
    a('</div>\n')
    a('<div id="footer"><p>Snerlinge Kommune &middot; Torvegade 2 &middot; 4792 Snerlinge &middot; '
      'Telefon 57 00 00 00 &middot; Åbent man-fre 10-14</p>\n'
      '<p><a href="#">Tilgængelighedserklæring</a> | <a href="#">Privatlivspolitik</a> | '
      '<a href="#">Cookies</a></p><p>Siden er sidst opdateret 20-05-2019</p></div>\n</body>\n</html>\n')
    return "".join(h).replace("\n", "\r\n").encode("cp1252")


# ---------------------------------------------------------------------------
# 03  Rønnebæk Vandværk - bestyrelse (Word .docx: header table, headings as
#     bold paragraphs, "Sag nr." case numbers)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_roennebaek_vandvaerk_bestyrelse_2021.docx",
    "board": "Bestyrelsen for Rønnebæk Vandværk",
    "date": "2021-03-03",
    "kind": "referat",
    "points": [
        P(1, "Valg af dirigent og godkendelse af dagsorden", None, False, [
            ("Beslutning:", "Formanden blev valgt som dirigent. Dagsordenen blev godkendt."),
        ]),
        P(2, "Regnskab 2020 og forslag til takster 2022", "Sag nr. 14", False, [
            ("Sagsfremstilling:",
             "Kassereren gennemgik regnskabet, der viser et overskud på 212.000 kr. Overskuddet lægges til "
             "henlæggelserne til ledningsfornyelse. Bestyrelsen drøftede taksterne for 2022, hvor det "
             "faste bidrag foreslås uændret, mens kubikmeterprisen hæves med 0,50 kr."),
            ("Beslutning:",
             "Regnskabet blev godkendt og forelægges generalforsamlingen. Takstforslaget sendes til "
             "kommunen til godkendelse."),
        ]),
        P(3, "Renovering af boring 3 ved Mosevej", "Sag nr. 9", False, [
            ("Sagsfremstilling:",
             "Boring 3 har i to år givet faldende ydelse. Brøndboreren anbefaler at renovere boringen med "
             "nyt filter og ny pumpe frem for at bore en ny."),
            ("Beslutning:", "Renoveringen sættes i gang i maj. Formanden indhenter to tilbud."),
        ]),
        P(4, "Fortroligt - Tvist om ledningsbrud", "Sag nr. 17", True, [
            ("Sagsfremstilling:",
             "Holm & Vestergaard Entreprise afviser at betale for reparationen af hovedledningen, som blev "
             "gravet over ved deres arbejde i efteråret. Vandværkets advokat Signe Brask vurderer, at "
             "kravet er velbegrundet."),
            ("Beslutning:", "Bestyrelsen fastholder kravet på 386.400 kr. og giver advokaten mandat til at "
                            "indlede retssag."),
        ]),
        P(5, "Nye målere med fjernaflæsning", "Sag nr. 11", False, [
            ("Sagsfremstilling:",
             "Alle 640 forbrugere skal have ny måler, der aflæses over radionettet. Montøren ringer på og "
             "aftaler tid; skiftet tager ca. 20 minutter, og vandet er lukket imens. Målerne betales af "
             "vandværket og koster ikke forbrugeren noget ekstra."),
            ("Beslutning:",
             "Udskiftningen sker fra uge 36. Der sendes brev til alle forbrugere en måned før."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Beslutning:", "Næste møde holdes onsdag den 5. maj 2021."),
        ]),
    ],
    "secrets": ["Holm & Vestergaard Entreprise", "Signe Brask", "386.400 kr."],
    "question": "Skal jeg være hjemme når de skifter vandmåleren ud, og skal jeg selv betale for den nye?",
    "cite_punkt": 5,
}


def _fix_zip_times(data, order=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _docx_bytes(doc, when, who):
    cp = doc.core_properties
    cp.created = when
    cp.modified = when
    cp.last_modified_by = who
    cp.author = who
    cp.revision = 2
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip_times(buf.getvalue())


def render_03(m):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    t = doc.add_paragraph()
    r = t.add_run("Rønnebæk Vandværk – Referat – 3. marts 2021")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Bestyrelsesmøde")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in [("Mødedato", "Onsdag den 3. marts 2021 kl. 19.00"),
                 ("Sted", "Vandværkets mødelokale, Kildebakken 4"),
                 ("Deltagere", "Poul Erik Sand (formand), Lisbeth Holt, Torben Dahl, Inger Mose (kasserer)"),
                 ("Afbud", "Kaj Vestergård"),
                 ("Referent", "Lisbeth Holt")]:
        row = tbl.add_row().cells
        row[0].text = k
        row[1].text = v
    doc.add_paragraph("")
    for p in m["points"]:
        hp = doc.add_paragraph()
        hr = hp.add_run("Punkt %d - %s" % (p["n"], p["title"]))
        hr.bold = True
        hr.font.size = Pt(13)
        if p["case"]:
            cp = doc.add_paragraph()
            cr = cp.add_run(p["case"])
            cr.italic = True
        for label, text in p["sections"]:
            lp = doc.add_paragraph()
            lp.add_run(label).bold = True
            for para in paras(text):
                doc.add_paragraph(para)
    doc.add_paragraph("")
    doc.add_paragraph("Referatet er godkendt af formanden pr. mail 8. marts 2021.")
    return _docx_bytes(doc, datetime.datetime(2021, 3, 8, 10, 15, 0), "Lisbeth Holt")


# ---------------------------------------------------------------------------
# 04  Kragsø Kommune - Plan- og Boligudvalget (PDF rendering: running header,
#     "Side N af M" footer, words hyphenated across lines)
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_kragsoe_plan-og-boligudvalget_2021.pdf",
    "board": "Plan- og Boligudvalget",
    "date": "2021-09-14",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "330-2021-0011", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Lokalplan 87 for boligområdet ved Skræntvej - endelig vedtagelse", "330-2021-3619", False, [
            ("Resume",
             "Lokalplanforslaget har været i offentlig høring i otte uger, og der er kommet syv "
             "høringssvar. Lokalplanen giver mulighed for op til 46 rækkehuse og 12 parcelhuse på den "
             "tidligere landbrugsjord øst for Skræntvej."),
            ("Sagsfremstilling",
             "Flere naboer har i høringen ønsket en lavere bebyggelse mod skrænten. Administrationen "
             "foreslår derfor, at rækkehusene nærmest skrænten højst må opføres i ét plan. Høringssvarene "
             "efterlyser også en sikker skolevej; lokalplanen er ændret, så der udlægges en cykel- og "
             "gangsti gennem området ned til Kragsø Skole.\n\n"
             "Grundejerforeningen skal overtage de grønne fællesarealer og regnvandsbassinet."),
            ("Indstilling",
             "Administrationen indstiller, at udvalget anbefaler Byrådet at vedtage lokalplanen endeligt "
             "med de foreslåede ændringer."),
            ("Beslutning", "Anbefales."),
        ]),
        P(3, "Ansøgning om dispensation til carport i Strandparken", "330-2021-4102", False, [
            ("Sagsfremstilling",
             "Ejeren af Strandparken 12 søger om at opføre en carport 1,2 meter fra vejskel, hvor "
             "servitutten kræver 5 meter. To naboer har gjort indsigelse med henvisning til udsynet ved "
             "indkørslen."),
            ("Indstilling", "Administrationen indstiller, at ansøgningen afslås."),
            ("Beslutning", "Afslået."),
        ]),
        P(4, "Ikke offentlig: Ekspropriation til stiforbindelse", "330-2021-2255", True, [
            ("Sagsfremstilling",
             "Der er ikke opnået frivillig aftale med Lindegård Ejendomsselskab om afståelse af et areal på "
             "matrikel 7bc Kragsø Overdrev til den planlagte sti langs søen."),
            ("Beslutning", "Udvalget anbefaler ekspropriation med en erstatning på 1.126.000 kr."),
        ]),
        P(5, "Boligsocial helhedsplan for Østervang - forlængelse", "330-2021-3988", False, [
            ("Sagsfremstilling",
             "Helhedsplanen for Østervang udløber ved årets udgang. Boligorganisationen ønsker at søge "
             "Landsbyggefonden om en ny fireårig plan med fokus på lektiehjælp, fritidsjob og "
             "beskæftigelse. Kommunens medfinansiering vil være 600.000 kr. om året."),
            ("Indstilling",
             "Administrationen indstiller, at kommunen støtter ansøgningen og afsætter medfinansieringen."),
            ("Beslutning", "Anbefales over for Økonomiudvalget."),
        ]),
        P(6, "Orientering om byggesagsbehandlingstider", "330-2021-0417", False, [
            ("Sagsfremstilling",
             "Den gennemsnitlige sagsbehandlingstid for enfamiliehuse var i andet kvartal 31 dage mod 44 "
             "dage året før."),
            ("Beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Lindegård Ejendomsselskab", "matrikel 7bc Kragsø Overdrev", "1.126.000 kr."],
    "question": "Hvor mange huse må de bygge på marken ved Skræntvej, og får børnene en sti ned til skolen?",
    "cite_punkt": 2,
}


# Break points a PDF typesetter would use for the longer words of M04 ("~").
HYPH_04 = ["Lokalplan~forslaget", "høringssvar~ene", "Administra~tionen", "bebyg~gelse", "Grundejer~foreningen",
           "fælles~arealer", "regnvands~bassinet", "Boligorganisa~tionen", "Landsbygge~fonden",
           "medfinan~sieringen", "medfinan~siering", "sagsbehand~lingstid", "enfamilie~huse", "indkørs~len",
           "servi~tutten", "ekspro~priation", "lektie~hjælp", "beskæf~tigelse", "parcel~huse", "landbrugs~jord",
           "indsigel~se", "rækkehu~sene", "Helheds~planen", "lokal~planen", "gennem~snitlige", "udlæg~ges"]


def _hyph_lines(text, width, keep):
    """Wrap to `width` chars; a word that does not fit is split at its last "~" break point
    that fits, with a hyphen at the line end.  Never breaks inside a phrase in `keep`."""
    for k in keep:
        text = text.replace(k, k.replace(" ", SENT))
    for hw in HYPH_04:
        text = text.replace(hw.replace("~", ""), hw)
    words = text.split(" ")
    lines, cur = [], ""
    vis = lambda s: len(s.replace("~", ""))
    for w in words:
        cand = (cur + " " + w) if cur else w
        if vis(cand) <= width:
            cur = cand
            continue
        room = width - vis(cur) - (1 if cur else 0) - 1
        if "~" not in w and SENT not in w and w.rstrip(".,;:").isalpha() and len(w) >= 10:
            # generic rule: break before a consonant that is followed by a vowel (byg-ge, hø-ring)
            V = "aeiouyæøåAEIOUYÆØÅ"
            core = w.rstrip(".,;:")
            pts = [i for i in range(3, len(core) - 3) if core[i] not in V and core[i + 1] in V]
            for i in reversed(pts):
                w = w[:i] + "~" + w[i:]
        cuts = [i for i, ch in enumerate(w) if ch == "~" and vis(w[:i]) <= room]
        if SENT not in w and cuts:
            k = cuts[-1]
            lines.append((cur + " " if cur else "") + w[:k] + "-")
            cur = w[k + 1:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [ln.replace("~", "").replace(SENT, " ") for ln in lines]


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.cell(0, 4, "Kragsø Kommune      Plan- og Boligudvalget      Referat 14.09.2021",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, 17, 190, 17)
            self.ln(6)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(20, 12, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.set_creation_date(datetime.datetime(2021, 9, 16, 9, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Referat Plan- og Boligudvalget 14.09.2021")
    pdf.set_author("Kragsø Kommune")
    pdf.set_producer("Kragsø Kommune dagsordensystem")
    pdf.alias_nb_pages()
    pdf.add_page()

    def line(txt, style="", size=10, h=5, indent=0):
        pdf.set_font("Helvetica", style, size)
        if indent:
            pdf.set_x(20 + indent)
        pdf.cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")

    line("REFERAT", "B", 16, 9)
    line("Plan- og Boligudvalget", "B", 12, 7)
    line("Mødedato: 14.09.2021, kl. 16.00-18.20")
    line("Mødested: Mødelokale Søen, Kragsø Rådhus")
    line("Deltagere: Niels Harbo (formand), Pia Aggerholm, Kasper Lund, Yvonne Strand, Erik Tang")
    line("Afbud: Ingen")
    pdf.ln(4)
    for p in m["points"]:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        line("%d. %s" % (p["n"], p["title"]), "B", 11, 6)
        line("Sagsnummer: %s" % p["case"], "", 8, 4)
        for label, text in p["sections"]:
            pdf.ln(1)
            line(label, "B", 10, 5)
            for para in paras(text):
                for ln in _hyph_lines(para, 58, m["secrets"]):
                    line(ln, indent=45)
                pdf.ln(1.5)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Hvidkilde Kommune - Beskæftigelsesudvalget (plain text copied out of a
#     PDF: form feeds, page footers, TOC with dotted leaders, committee codes)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_hvidkilde_beskaeftigelsesudvalget_2020.txt",
    "board": "Beskæftigelsesudvalget",
    "date": "2020-01-09",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "20/00044", False, [
            ("Beslutning i Beskæftigelsesudvalget den 09.01.2020", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Virksomhedsrettet indsats for ledige over 50 år", "19/24491", False, [
            ("Resume",
             "Jobcentret foreslår et projekt, hvor ledige over 50 år får en fast virksomhedskonsulent og "
             "tilbydes korte praktikforløb i lokale virksomheder."),
            ("Sagsfremstilling",
             "Ca. 310 borgere over 50 år har været ledige i mere end et år. Erfaringerne fra nabokommuner "
             "viser, at en fast kontaktperson og hurtig kontakt til arbejdsgivere halverer tiden til job. "
             "Projektet løber i 2020 og 2021 og finansieres af en statslig pulje."),
            ("Indstilling", "Jobcentret indstiller, at projektet igangsættes 1. marts 2020."),
            ("Beslutning i Beskæftigelsesudvalget den 09.01.2020",
             "Godkendt. Udvalget ønsker en midtvejsstatus i januar 2021."),
        ]),
        P(3, "Budgetopfølgning pr. 30. november 2019", "19/23108", False, [
            ("Sagsfremstilling",
             "Der forventes et merforbrug på forsørgelsesydelser på 3,8 mio. kr., primært på "
             "sygedagpenge. Merforbruget skyldes flere lange sygeforløb end forudsat."),
            ("Indstilling", "Det indstilles, at budgetopfølgningen tages til efterretning."),
            ("Beslutning i Beskæftigelsesudvalget den 09.01.2020", "Taget til efterretning."),
        ]),
        P(4, "LUKKET SAG - Klage over tilbagebetalingskrav", "20/00102", True, [
            ("Sagsfremstilling",
             "Borgeren Jens Ulrik Bramsen har klaget over kravet om tilbagebetaling af kontanthjælp, fordi "
             "han samtidig har haft løn fra Tømrerfirma Krogskov."),
            ("Beslutning i Beskæftigelsesudvalget den 09.01.2020",
             "Udvalget fastholdt kravet på 71.940 kr."),
        ]),
        P(5, "Sommerjob-ordning for unge i 2020", "19/21570", False, [
            ("Resume",
             "Kommunen har siden 2017 formidlet sommerjob til unge mellem 15 og 17 år i kommunale "
             "institutioner og lokale virksomheder."),
            ("Sagsfremstilling",
             "Ordningen videreføres i 2020 med 120 pladser. De unge søger via kommunens hjemmeside fra "
             "1. marts til 1. april, og jobbene varer tre uger i juli. Lønnen følger den gældende "
             "overenskomst for unge under 18 år, og kommunen betaler halvdelen af lønnen for de "
             "private virksomheder."),
            ("Indstilling", "Det indstilles, at ordningen videreføres i 2020."),
            ("Beslutning i Beskæftigelsesudvalget den 09.01.2020",
             "Godkendt. Udvalget ønsker, at mindst en tredjedel af pladserne går til unge, der ikke "
             "har haft et fritidsjob før."),
        ]),
        P(6, "Meddelelser", "20/00044", False, [
            ("Sagsfremstilling", "Jobcenterchefen orienterede om flytning af jobcentret til Stationsvej i maj."),
            ("Beslutning i Beskæftigelsesudvalget den 09.01.2020", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Jens Ulrik Bramsen", "Tømrerfirma Krogskov", "71.940 kr."],
    "question": "Min søn på 16 vil gerne have et sommerjob gennem kommunen - hvornår kan han søge, og hvor længe varer det?",
    "cite_punkt": 5,
}


def render_05(m):
    def footer(page):
        return ["", "", "Beskæftigelsesudvalget 09.01.2020".ljust(60) + "Side %d af 4" % page]

    pages = []
    p1 = ["Hvidkilde Kommune", "", "", "Referat af møde i Beskæftigelsesudvalget", "",
          "Dato:       09.01.2020", "Starttid:   16:00", "Sluttid:    17:35",
          "Sted:       Mødelokale 3, Jobcentret", "",
          "Fraværende: Rikke Holmgaard", "", "Indholdsfortegnelse", ""]
    for i, p in enumerate(m["points"]):
        head = "BEU-%d. %s " % (p["n"], p["title"])
        pg = 2 if p["n"] <= 3 else (3 if p["n"] <= 5 else 4)
        p1.append(head + "." * max(3, 72 - len(head)) + " %d" % pg)
    pages.append(p1 + footer(1))
    body = {2: [], 3: [], 4: []}
    for p in m["points"]:
        pg = 2 if p["n"] <= 3 else (3 if p["n"] <= 5 else 4)
        L = body[pg]
        L.append("BEU-%d. %s" % (p["n"], p["title"]))
        L.append("")
        L.append("Acadre sagsnr.: %s" % p["case"])
        L.append("")
        for label, text in p["sections"]:
            L.append(label)
            for para in paras(text):
                L.extend(_wrap(para, 78, m["secrets"]))
                L.append("")
        L.append("")
    for pg in (2, 3, 4):
        pages.append(body[pg] + footer(pg))
    return "\f".join("\n".join(pg) + "\n" for pg in pages)


# ---------------------------------------------------------------------------
# 06  Mågerup Kommune - Landdistriktsudvalget (newsletter-style e-mail,
#     multipart/alternative with a plain-text and an HTML part)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_maagerup_landdistriktsudvalget_2023.eml",
    "board": "Landdistriktsudvalget",
    "date": "2023-06-20",
    "kind": "referat",
    "points": [
        P(1, "Landsbypuljen 2023 - fordeling af midler", "23/4410", False, [
            ("Beslutning",
             "Udvalget fordelte 480.000 kr. til 11 projekter. Størst er en ny legeplads ved forsamlingshuset "
             "i Vesterby og en shelterplads ved Tornby Sø."),
        ]),
        P(2, "Ny busrute mellem Vesterby og Mågerup station", "23/5102", False, [
            ("Sagsfremstilling",
             "Beboere i Vesterby har i flere år efterlyst en direkte forbindelse til stationen, særligt af "
             "hensyn til unge, der går på gymnasiet i Mågerup. Trafikselskabet har beregnet, at en rute med "
             "afgang hver time på hverdage mellem kl. 6 og 19 vil koste kommunen ca. 1,4 mio. kr. om året."),
            ("Beslutning",
             "Udvalget anbefaler, at ruten oprettes som forsøg i to år fra køreplansskiftet i december 2023. "
             "Sagen sendes videre til Økonomiudvalget."),
        ]),
        P(3, "Lukket punkt: Salg af den tidligere skole i Tornby", "23/6603", True, [
            ("Sagsfremstilling",
             "Der er indkommet to bud. Det højeste er afgivet af Karsten Løvgreen på vegne af Tornby "
             "Naturbørnehave Fonden."),
            ("Beslutning", "Udvalget anbefaler, at buddet på 1.850.000 kr. accepteres."),
        ]),
        P(4, "Fibernet til de sidste adresser i Nørre Stokkelund", "23/3877", False, [
            ("Sagsfremstilling",
             "38 adresser i Nørre Stokkelund har stadig ikke adgang til hurtigt internet. Et teleselskab "
             "vil grave fiber ned, hvis kommunen dækker en del af omkostningen via bredbåndspuljen."),
            ("Beslutning", "Udvalget bevilgede 190.000 kr. fra bredbåndspuljen."),
        ]),
        P(5, "Næste møde", None, False, [
            ("Beslutning", "Næste møde holdes i Tornby Forsamlingshus den 29. august 2023."),
        ]),
    ],
    "secrets": ["Karsten Løvgreen", "Tornby Naturbørnehave Fonden", "1.850.000 kr."],
    "question": "Kommer der snart en bus fra Vesterby til stationen, så min datter kan komme i gymnasiet uden at vi skal køre hende?",
    "cite_punkt": 2,
}


def render_06(m):
    txt = ["NYT FRA LANDDISTRIKTSUDVALGET", "=" * 30, "",
           "Kære abonnent", "",
           "Her er referatet fra Landdistriktsudvalgets møde tirsdag den 20. juni 2023 i Vesterby "
           "Medborgerhus.", "",
           "Til stede: Hanne Vejlø (formand), Bo Rasmussen, Amira Haddad, Frede Kjær. "
           "Afbud: Leif Thorsen.", ""]
    html = ['<html><body style="font-family:Arial,sans-serif">',
            '<table width="600" align="center"><tr><td style="background:#2d6a4f;color:#fff;padding:12px">'
            '<h1>Nyt fra Landdistriktsudvalget</h1></td></tr><tr><td>',
            '<p>Kære abonnent</p><p>Her er referatet fra Landdistriktsudvalgets møde tirsdag den 20. juni '
            '2023 i Vesterby Medborgerhus.</p>']
    for p in m["points"]:
        txt.append("-" * 60)
        txt.append("PUNKT %d | %s" % (p["n"], p["title"]))
        if p["case"]:
            txt.append("Sagsnr. %s" % p["case"])
        txt.append("")
        html.append('<h2 style="color:#2d6a4f">PUNKT %d | %s</h2>' % (p["n"], escape(p["title"])))
        if p["case"]:
            html.append('<p style="color:#777">Sagsnr. %s</p>' % p["case"])
        for label, text in p["sections"]:
            txt.append(label.upper() + ":")
            html.append("<h3>%s</h3>" % escape(label))
            for para in paras(text):
                txt.extend(_wrap(para, 72, m["secrets"]))
                txt.append("")
                html.append("<p>%s</p>" % escape(para))
    txt += ["-" * 60, "",
            "Du modtager denne mail, fordi du abonnerer på nyt fra Landdistriktsudvalget.",
            "Afmeld nyhedsbrevet: https://www.maagerup.dk/nyhedsbrev/afmeld", "",
            "Mågerup Kommune, Rådhuspladsen 1, 4840 Mågerup"]
    html.append('<hr><p style="font-size:11px">Du modtager denne mail, fordi du abonnerer på nyt fra '
                'Landdistriktsudvalget. <a href="https://www.maagerup.dk/nyhedsbrev/afmeld">Afmeld</a></p>'
                '</td></tr></table></body></html>')
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Mågerup Kommune <nyhedsbrev@maagerup.dk>"
    msg["To"] = "abonnenter@maagerup.dk"
    msg["Subject"] = "Nyhedsbrev: Referat fra Landdistriktsudvalgets møde 20. juni 2023"
    msg["Date"] = "Thu, 22 Jun 2023 08:05:00 +0200"
    msg["Message-ID"] = "<ldu-2023-06-20.referat@maagerup.dk>"
    msg["List-Unsubscribe"] = "<https://www.maagerup.dk/nyhedsbrev/afmeld>"
    msg.set_content("\n".join(txt) + "\n", cte="quoted-printable")
    msg.add_alternative("\n".join(html) + "\n", subtype="html", cte="quoted-printable")
    data = msg.as_bytes()
    # fixed MIME boundary for determinism
    import re as _re
    b = _re.search(rb'boundary="([^"]+)"', data).group(1)
    return data.replace(b, b"===============ldu20230620==")


# ---------------------------------------------------------------------------
# 07  Tjørnely Kommune - Sundheds- og Forebyggelsesudvalget (.rtf export)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_tjoernely_sundheds-og-forebyggelsesudvalget_2018.rtf",
    "board": "Sundheds- og Forebyggelsesudvalget",
    "date": "2018-02-27",
    "kind": "referat",
    "points": [
        P(14, "Godkendelse af dagsorden", "18/00190", False, [("Beslutning", "Godkendt.")]),
        P(15, "Røgfri skoletid på kommunens skoler", "18/01455", False, [
            ("Sagsfremstilling",
             "Byrådet har som mål, at ingen børn og unge begynder at ryge. Forvaltningen foreslår, at alle "
             "kommunens skoler indfører røgfri skoletid, så hverken elever eller ansatte må ryge eller "
             "bruge e-cigaretter i skoletiden, heller ikke uden for skolens matrikel. Skolebestyrelserne "
             "har været hørt, og ti ud af elleve bakker op."),
            ("Indstilling", "Det indstilles, at røgfri skoletid indføres fra 1. august 2018."),
            ("Beslutning",
             "Godkendt. Skolerne tilbydes gratis rygestopforløb til ansatte, der ønsker det."),
        ]),
        P(16, "Sundhedsprofil 2017 - resultater for Tjørnely", "18/00987", False, [
            ("Sagsfremstilling",
             "Den nye sundhedsprofil viser, at andelen af dagligrygere er faldet til 14 pct., mens andelen "
             "med højt stressniveau er steget til 27 pct."),
            ("Beslutning", "Taget til efterretning. Stress tages op som tema på et kommende møde."),
        ]),
        P(17, "Klage over afgørelse om genoptræning (Lukket)", "18/02214", True, [
            ("Sagsfremstilling",
             "Birthe Aagaard Nyrup har klaget over afslag på at få dækket genoptræning hos Fysioklinik "
             "Solsikken i stedet for i kommunens træningscenter."),
            ("Beslutning", "Udvalget fastholdt afslaget. Borgeren tilbydes forløb i træningscentret; "
                           "det ansøgte forløb ville have kostet 23.800 kr."),
        ]),
        P(18, "Udvidelse af åbningstiden i Tjørnely Sundhedshus", "18/01802", False, [
            ("Sagsfremstilling",
             "Det foreslås, at sundhedshuset holder åbent til kl. 19 om torsdagen, så borgere i arbejde "
             "kan deltage i rygestop- og vægttabsforløb efter arbejdstid."),
            ("Beslutning", "Godkendt som forsøg resten af 2018."),
        ]),
        P(19, "Meddelelser", "18/00190", False, [("Beslutning", "Ingen.")]),
    ],
    "secrets": ["Birthe Aagaard Nyrup", "Fysioklinik Solsikken", "23.800 kr."],
    "question": "Min datter siger at man ikke må ryge i hele skoletiden mere - hvornår gælder det fra, og gælder det også for lærerne?",
    "cite_punkt": 15,
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
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030",
         r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green73\blue125;}",
         r"{\info{\title " + _rtf("Referat Sundheds- og Forebyggelsesudvalget") + r"}{\author Tjoernely Kommune}"
         r"{\creatim\yr2018\mo3\dy1\hr9\min0}}",
         r"{\header\pard\qr\fs16 " + _rtf("Tjørnely Kommune") + r"\par}",
         r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418",
         r"\pard\plain\f0\fs32\b\cf2 " + _rtf("Sundheds- og Forebyggelsesudvalget") + r"\par",
         r"\pard\plain\f0\fs24\b " + "REFERAT" + r"\par",
         r"\pard\plain\f0\fs20 " + _rtf("Mødedato: Tirsdag den 27. februar 2018, kl. 15:30") + r"\par",
         r"\pard\plain\f0\fs20 " + _rtf("Mødested: Mødelokale 2, Rådhuset") + r"\par",
         r"\pard\plain\f0\fs20 " + _rtf("Medlemmer: Lone Friis (formand), Ahmed Sabri, Kirsten Kold, "
                                        "Jørn Bagger, Vivi Dam") + r"\par",
         r"\pard\plain\f0\fs20 " + _rtf("Afbud: Jørn Bagger") + r"\par\par"]
    for p in m["points"]:
        r.append(r"\pard\plain\f0\fs26\b\cf2\sb240 " + _rtf("Sag %d: %s" % (p["n"], p["title"])) + r"\par")
        r.append(r"\pard\plain\f0\fs18\i " + _rtf("Sagsnr.: %s" % p["case"]) + r"\par")
        for label, text in p["sections"]:
            r.append(r"\pard\plain\f0\fs20\b\sb120 " + _rtf(label) + r"\par")
            for para in paras(text):
                r.append(r"\pard\plain\f1\fs22 " + _rtf(para) + r"\par")
    r.append(r"\pard\plain\f0\fs16\qc " + _rtf("Mødet sluttede kl. 17:05") + r"\par")
    r.append("}")
    return "\r\n".join(r) + "\r\n"


# ---------------------------------------------------------------------------
# 08  Stenvig Municipality - Culture, Leisure and Tourism Committee
#     (English-language minutes, markdown)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_stenvig_culture-leisure-and-tourism-committee_2020.md",
    "board": "Culture, Leisure and Tourism Committee",
    "date": "2020-03-03",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", None, False, [("Decision", "Approved.")]),
        P(2, "Summer opening hours at Stenvig Museum", "20/01377", False, [
            ("Background",
             "The museum proposes to stay open until 8 pm on Thursdays in July and August and to close on "
             "Mondays instead, so that the total number of opening hours is unchanged."),
            ("Decision", "Approved for the 2020 season."),
        ]),
        P(3, "Grant for the Stenvig Jazz Weekend 2020", "20/00914", False, [
            ("Background",
             "The festival association applies for DKK 150,000. The festival drew about 6,000 guests in "
             "2019 and plans a free children's stage on the harbour square this year."),
            ("Decision",
             "A grant of DKK 120,000 was awarded on condition that the children's stage is kept free of charge."),
        ]),
        P(4, "Closed session: Lease of the harbour kiosk", "20/01660", True, [
            ("Background",
             "Three bids were received for the five-year lease. The administration recommends the bid from "
             "Kiosk Bølgen I/S, represented by Rasmus Elkjær."),
            ("Decision", "The lease was awarded at an annual rent of DKK 96,000."),
        ]),
        P(5, "New hiking route along the Stenvig cliffs", "20/00520", False, [
            ("Background",
             "A 9 km marked route is proposed from the lighthouse to Ravnekløft, with two viewing platforms "
             "and benches. Dogs are allowed on a leash. Landowners along the route have signed access "
             "agreements. The route costs DKK 640,000, of which a foundation covers half."),
            ("Recommendation", "The administration recommends that the route is established."),
            ("Decision", "Approved. The route is expected to open in May 2020."),
        ]),
        P(6, "Any other business", None, False, [("Decision", "Nothing to note.")]),
    ],
    "secrets": ["Kiosk Bølgen I/S", "Rasmus Elkjær", "DKK 96,000"],
    "question": "Is there going to be a proper marked trail by the coast where I can walk my dog, and when can we start using it?",
    "cite_punkt": 5,
}


def render_08(m):
    L = ["# Stenvig Municipality", "", "## Culture, Leisure and Tourism Committee — Minutes", "",
         "**Date:** Tuesday, March 3, 2020, 5:00 pm  ",
         "**Venue:** Committee room 2, Stenvig Town Hall  ",
         "**Present:** Lars Winther (chair), Sofie Brix, Ali Demir, Karen Pallesen  ",
         "**Apologies:** Henrik Ravn", "", "---", ""]
    for p in m["points"]:
        L.append("### Item %d: %s" % (p["n"], p["title"]))
        L.append("")
        if p["closed"]:
            L.append("> *This item was dealt with in closed session and is not open to the public.*")
            L.append("")
        if p["case"]:
            L.append("*Case no. %s*" % p["case"])
            L.append("")
        for label, text in p["sections"]:
            for i, para in enumerate(paras(text)):
                L.append(("**%s:** " % label if i == 0 else "") + para)
                L.append("")
    L += ["---", "", "*Minutes approved by the chair on 5 March 2020.*"]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# 09  Ravnsholt Kommune - Kommunalbestyrelsen, tillægsreferat (.odt, fields
#     table per point with KLE case id and a Status Åben/Lukket field)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_ravnsholt_kommunalbestyrelsen_tillaegsreferat_2024.odt",
    "board": "Kommunalbestyrelsen",
    "date": "2024-04-25",
    "kind": "tillaegsreferat",
    "points": [
        P(19, "Anlægsbevilling til midlertidige skolepavilloner ved Ravnsholt Vestskole",
          "17.02.02-G01-12-24", False, [
              ("Sagsfremstilling",
               "Elevtallet på Vestskolen stiger med to spor fra august 2024, fordi der er flyttet mange "
               "familier til det nye boligområde ved Kærgården. Der er ikke plads i de eksisterende "
               "bygninger, og forvaltningen foreslår at leje fire pavilloner med i alt otte klasselokaler "
               "i tre år, indtil skolens udbygning står færdig."),
              ("Økonomi", "Leje, opstilling og tilslutning koster i alt 6,3 mio. kr. over tre år."),
              ("Beslutning i Kommunalbestyrelsen den 25.04.2024",
               "Godkendt. Pavillonerne skal være klar til skolestart."),
          ]),
        P(20, "Godkendelse af regnskab 2023 for Ravnsholt Havn", "08.00.10-S00-3-24", False, [
            ("Sagsfremstilling", "Havnen har et overskud på 412.000 kr., som henlægges til ny bølgebryder."),
            ("Beslutning i Kommunalbestyrelsen den 25.04.2024", "Godkendt."),
        ]),
        P(21, "Køb af ejendom til daginstitution", "82.02.00-G01-4-24", True, [
            ("Sagsfremstilling",
             "Bakkehusets Ejendomme ApS har tilbudt at sælge ejendommen Egevangen 31 til brug for en ny "
             "børnehave."),
            ("Beslutning i Kommunalbestyrelsen den 25.04.2024",
             "Købet blev godkendt til en pris af 4.875.000 kr."),
        ]),
        P(22, "Udpegning af stedfortræder til Folkeoplysningsudvalget", "85.02.02-G01-5-24", False, [
            ("Sagsfremstilling",
             "Den hidtidige stedfortræder er fraflyttet kommunen. Valggruppen har indstillet et nyt medlem."),
            ("Beslutning i Kommunalbestyrelsen den 25.04.2024", "Godkendt som indstillet."),
        ]),
    ],
    "secrets": ["Bakkehusets Ejendomme ApS", "Egevangen 31", "4.875.000 kr."],
    "question": "Kommer der ekstra klasselokaler i midlertidige bygninger ved Vestskolen efter sommerferien, og hvad koster det?",
    "cite_punkt": 19,
}


def _x(s):
    return escape(s, quote=False)


def render_09(m):
    body = []
    a = body.append
    a('<text:p text:style-name="Kommune">Ravnsholt Kommune</text:p>')
    a('<text:h text:style-name="Titel" text:outline-level="1">Tillægsreferat</text:h>')
    a('<text:p text:style-name="Std">Kommunalbestyrelsen</text:p>')
    a('<text:p text:style-name="Std">Mødedato: 25. april 2024<text:tab/>Mødetidspunkt: 19:00</text:p>')
    a('<text:p text:style-name="Std">Mødested: Byrådssalen</text:p>')
    a('<text:p text:style-name="Std">Tillæg til dagsorden og referat af 25.04.2024 - punkterne 19-22 '
      'blev optaget på dagsordenen med enstemmighed.</text:p>')
    a('<text:p text:style-name="Std"/>')
    for p in m["points"]:
        a('<text:h text:style-name="Punkt" text:outline-level="2">Dagsordenspunkt %d: %s</text:h>'
          % (p["n"], _x(p["title"])))
        a('<table:table table:name="Felter%d"><table:table-column table:number-columns-repeated="2"/>' % p["n"])
        for k, v in [("Sags-ID", p["case"]), ("Status", "Lukket" if p["closed"] else "Åben")]:
            a('<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p>'
              '</table:table-cell><table:table-cell office:value-type="string"><text:p>%s</text:p>'
              '</table:table-cell></table:table-row>' % (k, _x(v)))
        a('</table:table>')
        for label, text in p["sections"]:
            a('<text:p text:style-name="Afsnit">%s</text:p>' % _x(label))
            for para in paras(text):
                a('<text:p text:style-name="Std">%s</text:p>' % _x(para))
    a('<text:p text:style-name="Std"/>')
    a('<text:p text:style-name="Std">Mødet hævet kl. 21:40.<text:line-break/>'
      'Underskrevet digitalt af borgmesteren.</text:p>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>\n' % (ns, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '<office:styles>'
              '<style:style style:name="Std" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>'
              '<style:style style:name="Kommune" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>'
              '<style:style style:name="Titel" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Punkt" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Afsnit" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>\n' % ns)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><dc:title>Tillægsreferat Kommunalbestyrelsen 25.04.2024</dc:title>'
            '<meta:creation-date>2024-04-26T08:30:00</meta:creation-date></office:meta></office:document-meta>\n' % ns)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>\n')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        def put(name, data, comp):
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 26, 8, 30, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        put("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        put("content.xml", content, zipfile.ZIP_DEFLATED)
        put("styles.xml", styles, zipfile.ZIP_DEFLATED)
        put("meta.xml", meta, zipfile.ZIP_DEFLATED)
        put("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 10  Vesterå Kommune - Vej- og Trafikudvalget, dagsorden (Word .docx with
#     heading styles, a table of contents, an "Åben/Lukket" field per point)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_vesteraa_vej-og-trafikudvalget_dagsorden_2025.docx",
    "board": "Vej- og Trafikudvalget",
    "date": "2025-01-30",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "25/00102", False, [
            ("Indstilling", "Det indstilles, at dagsordenen godkendes."),
        ]),
        P(2, "Hastighedsnedsættelse til 40 km/t i Vesterå bymidte", "24/19330", False, [
            ("Sagsfremstilling",
             "Efter ændringen af færdselsloven kan kommunen selv nedsætte hastigheden i byområder. "
             "Forvaltningen foreslår en zone med 40 km/t på Algade, Torvestræde og Kirkebakken, hvor der "
             "færdes mange gående og cyklister. Skiltningen kan være på plads i april 2025. Politiet har "
             "været hørt og har ingen bemærkninger."),
            ("Økonomi", "Skilte og afmærkning koster ca. 85.000 kr., der afholdes af driftsbudgettet."),
            ("Indstilling", "Forvaltningen indstiller, at hastighedszonen godkendes."),
        ]),
        P(3, "Vintervedligeholdelse af cykelstier - serviceniveau", "24/21002", False, [
            ("Sagsfremstilling",
             "Cyklistforbundets lokalafdeling har bedt om, at skolevejene ryddes før kl. 7. I dag ryddes "
             "cykelstierne efter vejene. En tidligere rydning vil kræve en ekstra maskine i vagtordningen."),
            ("Indstilling", "Det indstilles, at udvalget drøfter serviceniveauet."),
        ]),
        P(4, "Erstatningssag efter faldulykke på fortov", "25/00418", True, [
            ("Sagsfremstilling",
             "Lone Birkedal Thomsen faldt i december på et isglat fortov og har rejst krav mod kommunen. "
             "Kommunens forsikring hos Forsikringsselskabet Aldebaran anbefaler forlig."),
            ("Indstilling", "Det indstilles, at der indgås forlig på 212.000 kr."),
        ]),
        P(5, "Ladestandere til elbiler på offentlige parkeringspladser", "24/17760", False, [
            ("Sagsfremstilling",
             "Tre operatører har vist interesse for at opstille ladestandere på kommunens parkeringspladser. "
             "Forvaltningen foreslår et udbud af i alt 40 ladepunkter fordelt på fem pladser."),
            ("Indstilling", "Det indstilles, at forvaltningen bemyndiges til at gennemføre udbuddet."),
        ]),
        P(6, "Eventuelt", None, False, []),
    ],
    "secrets": ["Lone Birkedal Thomsen", "Forsikringsselskabet Aldebaran", "212.000 kr."],
    "question": "Skal vi snart køre langsommere gennem midtbyen, og hvor hurtigt må man så køre?",
    "cite_punkt": 2,
}


def render_10(m):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Vesterå Kommune", style="Title")
    doc.add_paragraph("Dagsorden", style="Subtitle")
    tbl = doc.add_table(rows=0, cols=2)
    for k, v in [("Udvalg:", "Vej- og Trafikudvalget"), ("Mødedato:", "30-01-2025"),
                 ("Mødetid:", "15:00 - 17:00"), ("Mødested:", "Mødelokale Åen, Vesterå Rådhus"),
                 ("Medlemmer:", "Jesper Frost (formand), Malene Ravn, Tariq Aziz, Bente Skov, Ulrik Hald")]:
        c = tbl.add_row().cells
        c[0].text = k
        c[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Indholdsfortegnelse", style="Heading 1")
    for p in m["points"]:
        doc.add_paragraph("%02d. %s\t%d" % (p["n"], p["title"], p["n"] + 1), style="List Number")
    doc.add_page_break()
    for p in m["points"]:
        doc.add_paragraph("%02d. %s" % (p["n"], p["title"]), style="Heading 2")
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in [("Sagsnr.", p["case"] or "-"), ("Åben/Lukket", "Lukket" if p["closed"] else "Åben")]:
            c = t.add_row().cells
            c[0].text = k
            c[1].text = v
        for label, text in p["sections"]:
            doc.add_paragraph(label, style="Heading 3")
            for para in paras(text):
                doc.add_paragraph(para)
        if not p["sections"]:
            doc.add_paragraph("")
    return _docx_bytes(doc, datetime.datetime(2025, 1, 23, 13, 0, 0), "Udvalgssekretariatet")


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
