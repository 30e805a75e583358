#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind70.

Every municipality, board, person, firm, address, amount and sentence in this file is
invented.  The script is deterministic: running it twice gives byte-identical files.
Needs python-docx (the .docx) and fpdf2 (the .pdf); the other formats are written by hand.

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
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
ZIPTIME = (2024, 5, 6, 7, 8, 10)


def P(n, title, case, closed, sections, **extra):
    """One agenda point.  `sections` is a list of (label, text); paragraphs split on blank lines."""
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}
    d.update(extra)
    return d


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def fixed_zip(entries):
    """A zip archive with fixed timestamps; `entries` is a list of (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# =============================================================================================
# 01  Ravnsøre Kommune - Kultur- og Fritidsudvalget - referat - agenda-portal page (HTML5,
#     collapsible <details> per point, status field, "Punkt N - title" headings)
# =============================================================================================
B01 = "Kultur- og Fritidsudvalgets beslutning den 5. marts 2024"
M01 = {
    "file": "01_ravnsoere_kultur-og-fritidsudvalget_2024.html",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2024-03-05",
    "kind": "referat",
    "points": [
        P(47, "Godkendelse af dagsorden", "24/00102", False, [
            (B01, "Dagsordenen blev godkendt."),
        ]),
        P(48, "Pulje til energirenovering af foreningernes klubhuse", "23/14480", False, [
            ("Resume", "Byrådet afsatte i budget 2024 en engangspulje på 1,2 mio. kr., som foreninger med "
                       "egne klubhuse kan søge til isolering, varmepumper og LED-belysning."),
            ("Sagsfremstilling", "Forvaltningen foreslår, at der gives op til 60 pct. af den dokumenterede "
                                 "udgift og højst 150.000 kr. pr. klubhus. Ansøgningsfristen foreslås sat til "
                                 "den 15. maj 2024, og puljen fordeles på udvalgets møde i juni.\n\n"
                                 "Foreninger, der lejer sig ind i kommunale bygninger, kan ikke søge, da "
                                 "bygningerne i stedet indgår i kommunens egen energiplan."),
            ("Indstilling", "Kultur og Fritid indstiller, at kriterierne for puljen godkendes."),
            (B01, "Godkendt. Udvalget ønsker, at puljen annonceres på foreningsportalen og i de lokale "
                  "ugeaviser."),
        ]),
        P(49, "Åbningstider i Ravnsøre Svømmehal efter renoveringen", "24/00871", False, [
            ("Resume", "Renoveringen af svømmehallens bassin og omklædningsrum bliver færdig i marts. "
                       "Svømmehallen kan derfor genåbne tirsdag den 2. april 2024."),
            ("Sagsfremstilling", "Forvaltningen foreslår samme offentlige åbningstider som før lukningen: "
                                 "hverdage kl. 6.00-8.00 (morgensvømning) og kl. 15.00-20.30 samt weekender "
                                 "kl. 9.00-15.00. Skolesvømning og foreningstider ligger uden for disse "
                                 "tidsrum.\n\nDet nye varmtvandsbassin åbner for offentligheden torsdage kl. "
                                 "10.00-12.00 med særligt fokus på seniorer og borgere i genoptræning."),
            ("Økonomi", "Ændringen holdes inden for svømmehallens driftsbudget."),
            ("Indstilling", "Kultur og Fritid indstiller, at åbningstiderne godkendes."),
            (B01, "Godkendt med den tilføjelse, at der også er morgensvømning om lørdagen kl. 7.00-9.00 "
                  "fra den 6. april 2024."),
        ]),
        P(50, "Forpagtning af cafeteriet i Ravnsøre Hallen", "24/00955", True, [
            ("Sagsfremstilling", "Der er indkommet to bud på forpagtningen. Forvaltningen anbefaler buddet fra "
                                 "Café Kvisten v/ Jannik Holmgaard Rask, som tilbyder en månedlig leje på "
                                 "7.850 kr. og åbent alle dage med hal-aktivitet."),
            (B01, "Udvalget godkendte forvaltningens anbefaling."),
        ]),
        P(51, "Kulturprisen 2024 - valg af modtager", "24/01010", True, [
            ("Sagsfremstilling", "Der er indstillet otte kandidater. Formandskabet foreslår, at prisen går til "
                                 "Ingrid Solvej Marcussen for mange års arbejde med Bådelaugets Vinterrevy.\n\n"
                                 "Prisen overrækkes ved forårskoncerten, og modtageren orienteres først dagen "
                                 "før."),
            (B01, "Godkendt. Navnet holdes fortroligt indtil overrækkelsen."),
        ]),
        P(52, "Sommerferieaktiviteter for børn og unge 2024", "24/00412", False, [
            ("Sagsfremstilling", "Ferieprogrammet samler 74 aktiviteter fra foreninger, bibliotekerne og "
                                 "ungdomsskolen. Tilmelding sker via ferieportalen fra den 2. maj 2024, og "
                                 "halvdelen af aktiviteterne er gratis."),
            ("Indstilling", "Kultur og Fritid indstiller, at orienteringen tages til efterretning."),
            (B01, "Taget til efterretning."),
        ]),
        P(53, "Meddelelser fra formand og forvaltning", "24/00102", False, [
            ("Sagsfremstilling", "Formanden orienterede om dialogmødet med idrætsforeningerne den 20. februar. "
                                 "Forvaltningen oplyste, at kunstgræsbanen ved Vestskolen er lukket resten af "
                                 "marts på grund af frost."),
            (B01, "Til efterretning."),
        ]),
    ],
    "secrets": ["Café Kvisten v/ Jannik Holmgaard Rask", "7.850 kr.", "Ingrid Solvej Marcussen",
                "Bådelaugets Vinterrevy"],
    "question": "hvornår åbner svømmehallen i ravnsøre igen og kan man morgensvømme i weekenden",
    "cite_punkt": 49,
}


def render_01(m):
    out = ["<!DOCTYPE html>", '<html lang="da">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Kultur- og Fritidsudvalget, 05-03-2024 | Ravnsøre Kommune - Politik og dagsordener</title>",
           "<style>.badge{padding:2px 6px;border-radius:3px}.lukket .badge{background:#b22;color:#fff}"
           "details{border-bottom:1px solid #ccc}summary{cursor:pointer}</style>",
           '<script src="/static/portal.bundle.js" defer></script>',
           "</head>", "<body>",
           '<a class="skip" href="#indhold">Gå til indhold</a>',
           '<header><span class="brand">Ravnsøre Kommune</span>',
           '<form role="search"><input type="search" placeholder="Søg i dagsordener"></form>',
           '<ul class="menu"><li>Borger</li><li>Erhverv</li><li>Politik</li><li>Om kommunen</li></ul>',
           "</header>",
           '<main id="indhold">',
           '<div class="meeting-meta">',
           "<h1>Kultur- og Fritidsudvalget</h1>",
           '<p class="sub">Referat &#183; Tirsdag 5. marts 2024, kl. 16.00 &#183; Mødelokale 2, Ravnsøre Rådhus</p>',
           '<p class="members"><b>Deltagere:</b> Lone Brink Frederiksen (formand), Palle Utoft, Rikke Ahlers, '
           "Sami Haddad, Birthe Mølgaard</p>",
           '<p class="members"><b>Afbud:</b> Ingen</p>',
           '<p class="dl"><a href="#">Hent samlet referat som PDF</a> &#183; <a href="#">Abonnér på udvalget</a></p>',
           "</div>",
           '<aside class="toc"><h2>Punkter på mødet</h2><ul>']
    for p in m["points"]:
        mark = " &#128274;" if p["closed"] else ""
        out.append('<li><a href="#punkt-%d">Punkt %d - %s</a>%s</li>' % (p["n"], p["n"], escape(p["title"]), mark))
    out.append("</ul></aside>")
    for p in m["points"]:
        cls = "agenda-item lukket" if p["closed"] else "agenda-item"
        out.append('<details class="%s" id="punkt-%d" open>' % (cls, p["n"]))
        out.append('<summary><h2>Punkt %d - %s</h2></summary>' % (p["n"], escape(p["title"])))
        out.append('<table class="facts"><tr><th>Sagsnr.</th><td>%s</td></tr>'
                   '<tr><th>Status</th><td><span class="badge">%s</span></td></tr></table>'
                   % (p["case"], "Lukket" if p["closed"] else "Åben"))
        for label, text in p["sections"]:
            out.append('<section><h3>%s</h3>' % escape(label))
            for para in paras(text):
                out.append("<p>%s</p>" % escape(para))
            out.append("</section>")
        out.append("</details>")
    out += ["</main>",
            '<footer><p>Ravnsøre Kommune &#183; Torvet 1 &#183; 4990 Ravnsøre &#183; Tlf. 70 00 00 00</p>'
            '<p>Tilgængelighedserklæring &#183; Cookies &#183; Privatlivspolitik</p></footer>',
            "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 02  Kildemark Kommune - Sundhedsudvalget - referat 2009 - old frame-era HTML export,
#     ISO-8859-1, <font> tags, "Pkt. N" headings, "(lukket)" after the title
# =============================================================================================
M02 = {
    "file": "02_kildemark_sundhedsudvalget_2009.htm",
    "board": "Sundhedsudvalget",
    "date": "2009-11-18",
    "kind": "referat",
    "points": [
        P(112, "Vaccination af kommunens ansatte mod ny influenza", "J.nr. 2009-04-0733", False, [
            ("Sagsfremstilling:", "Sundhedsstyrelsen anbefaler, at personale med tæt borgerkontakt i "
                                  "hjemmeplejen og på plejecentrene tilbydes vaccination mod den nye influenza. "
                                  "Vaccinen leveres i to portioner, den første i uge 48."),
            ("Indstilling:", "Forvaltningen indstiller, at medarbejdere i hjemmeplejen og på plejecentrene "
                             "vaccineres først, og at øvrige ansatte med borgerkontakt følger, når den næste "
                             "portion er modtaget."),
            ("Udvalgets beslutning:", "Tiltrådt."),
        ]),
        P(113, "Forebyggende hjemmebesøg - ny tilrettelæggelse fra 2010", "J.nr. 2009-04-0612", False, [
            ("Sagsfremstilling:", "Kildemark Kommune tilbyder i dag et forebyggende hjemmebesøg om året til alle "
                                  "borgere over 75 år. Kun 58 pct. tager imod tilbuddet. Forvaltningen "
                                  "foreslår, at borgere fra 80 år fortsat får et fast tilbud om årligt besøg, "
                                  "mens de 75-79-årige inviteres til et årligt gruppemøde i lokalcentret og kan "
                                  "bede om et individuelt besøg, hvis de ønsker det.\n\nBorgere, der er blevet "
                                  "alene efter dødsfald i husstanden, får uanset alder tilbud om besøg inden "
                                  "for tre måneder."),
            ("Økonomi:", "Omlægningen frigør ca. 0,4 årsværk, som bruges til rehabilitering i hjemmeplejen."),
            ("Indstilling:", "Forvaltningen indstiller, at den nye model indføres fra 1. januar 2010."),
            ("Udvalgets beslutning:", "Tiltrådt, dog sådan at modellen evalueres efter et år."),
        ]),
        P(114, "Klagesag vedrørende genoptræningsforløb", "J.nr. 2009-04-0801", True, [
            ("Sagsfremstilling:", "Aksel Bonderup Winther har klaget over, at hans genoptræning efter "
                                  "hofteoperation blev afbrudt hos Fysio-Klinikken Møllebakken efter seks uger. "
                                  "Forvaltningen vurderer, at afgørelsen var i overensstemmelse med "
                                  "genoptræningsplanen."),
            ("Udvalgets beslutning:", "Klagen imødekommes ikke. Borgeren tilbydes dog en ny vurdering hos "
                                      "kommunens terapeuter."),
        ]),
        P(115, "Rygestopkurser 2010", "J.nr. 2009-04-0455", False, [
            ("Sagsfremstilling:", "I 2009 har 96 borgere deltaget i kommunens gratis rygestopkurser, og 41 pct. "
                                  "var røgfri efter et halvt år. For 2010 foreslås et ekstra aftenhold i "
                                  "Nørreby samt et særligt hold for gravide."),
            ("Udvalgets beslutning:", "Tiltrådt."),
        ]),
        P(116, "Eventuelt", "J.nr. 2009-04-0001", False, [
            ("Udvalgets beslutning:", "Formanden mindede om julefrokosten med Ældrerådet den 9. december."),
        ]),
    ],
    "secrets": ["Aksel Bonderup Winther", "Fysio-Klinikken Møllebakken"],
    "question": "faar man stadig forebyggende hjemmebesoeg naar man fylder 75 i kildemark",
    "cite_punkt": 113,
}


def render_02(m):
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<HTML>", "<HEAD>",
           '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">',
           '<META NAME="Generator" CONTENT="EDH-Referatmodul 3.2 eksport">',
           "<TITLE>Sundhedsudvalget - Referat 18-11-2009</TITLE>", "</HEAD>",
           '<BODY BGCOLOR="#FFFFFF" LINK="#003366">',
           '<TABLE WIDTH="100%" BORDER="0" CELLPADDING="2"><TR><TD BGCOLOR="#336699">'
           '<FONT FACE="Arial" COLOR="#FFFFFF" SIZE="2"><B>KILDEMARK KOMMUNE</B></FONT></TD></TR></TABLE>',
           '<P><FONT FACE="Arial" SIZE="4"><B>Sundhedsudvalget</B></FONT><BR>',
           '<FONT FACE="Arial" SIZE="2">Referat af ordinært møde onsdag den 18. november 2009, kl. 16.30<BR>',
           "Lokale 14, Administrationsbygningen, Kildemark</FONT></P>",
           '<P><FONT FACE="Arial" SIZE="2"><B>Til stede:</B> Jens Aage Lunde, Marianne Dyhr, Hakon Bech, '
           "Sussi Ravn</FONT><BR>",
           '<FONT FACE="Arial" SIZE="2"><B>Fraværende:</B> Ole Krag (afbud)</FONT></P>',
           '<P><FONT FACE="Arial" SIZE="2"><B>Sagsliste:</B></FONT></P>',
           '<TABLE BORDER="0" CELLSPACING="0">']
    for p in m["points"]:
        t = escape(p["title"]) + (" (lukket)" if p["closed"] else "")
        out.append('<TR><TD><FONT FACE="Arial" SIZE="2">Pkt. %d</FONT></TD><TD><FONT FACE="Arial" SIZE="2">'
                   '<A HREF="#pkt%d">%s</A></FONT></TD></TR>' % (p["n"], p["n"], t))
    out.append("</TABLE><HR>")
    for p in m["points"]:
        t = escape(p["title"]) + (" (lukket)" if p["closed"] else "")
        out.append('<A NAME="pkt%d"></A>' % p["n"])
        out.append('<P><FONT FACE="Arial" SIZE="3"><B>Pkt. %d&nbsp;&nbsp;%s</B></FONT><BR>' % (p["n"], t))
        out.append('<FONT FACE="Arial" SIZE="1">%s</FONT></P>' % p["case"])
        for label, text in p["sections"]:
            out.append('<P><FONT FACE="Arial" SIZE="2"><U>%s</U><BR>' % escape(label))
            out.append("<BR>".join(escape(x) for x in paras(text)))
            out.append("</FONT></P>")
        out.append("<HR>")
    out += ['<P><FONT FACE="Arial" SIZE="1">Mødet hævet kl. 18.05. Underskriftsblad findes i den '
            "fysiske protokol.</FONT></P>", "</BODY>", "</HTML>", ""]
    return "\r\n".join(out).encode("iso-8859-1")


# =============================================================================================
# 03  Skærlunde Kommune - Social- og Handicapudvalget - DAGSORDEN (no decisions) - Word file,
#     a meeting-info table, a case table under every point with check boxes for open/closed
# =============================================================================================
M03 = {
    "file": "03_skaerlunde_social-og-handicapudvalget_dagsorden_2025.docx",
    "board": "Social- og Handicapudvalget",
    "date": "2025-09-09",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsordenen", "2025-004401", False, [
            ("Forslag", "Det foreslås, at dagsordenen godkendes."),
        ], handler="Sekretariatet"),
        P(2, "Kvalitetsstandard for ledsagelse efter servicelovens § 97", "2025-003918", False, [
            ("Baggrund", "Kvalitetsstandarden for ledsagelse er fra 2019 og skal revideres. Udkastet fastholder, "
                         "at borgere mellem 18 og 67 år med betydelig og varigt nedsat funktionsevne kan få op "
                         "til 15 timers ledsagelse om måneden."),
            ("Det nye i udkastet", "Timerne kan fremover opspares i op til seks måneder, så de fx kan bruges "
                                   "samlet til en ferietur. Borgeren betaler selv ledsagerens udgifter til "
                                   "transport og entré, men kan søge et tilskud på op til 1.000 kr. om året."),
            ("Indstilling", "Social og Sundhed indstiller, at udkastet sendes i høring hos Handicaprådet."),
            ("Bilag", "1. Udkast til kvalitetsstandard for ledsagelse 2025"),
        ], handler="Mette Lauridsen"),
        P(3, "Botilbuddet Rønnehaven - udvidelse med seks pladser", "2025-002751", False, [
            ("Baggrund", "Ventelisten til Rønnehaven er på ni borgere, og fire af dem bor i dag i tilbud i "
                         "andre kommuner. Der er mulighed for at ombygge den tidligere personalebolig til seks "
                         "nye boliger med fælles køkken."),
            ("Økonomi", "Anlægsudgiften er skønnet til 7,8 mio. kr. Driften finansieres af taksterne."),
            ("Indstilling", "Social og Sundhed indstiller, at udvalget anbefaler projektet over for Økonomiudvalget."),
        ], handler="Karsten Yde"),
        P(4, "Opfølgning på tilsynsrapport fra Socialtilsynet", "2025-004102", False, [
            ("Baggrund", "Socialtilsynet har været på uanmeldt besøg i aflastningstilbuddet Lærkebo. Rapporten "
                         "peger på mangelfuld dokumentation af medicinhåndtering, men giver i øvrigt gode "
                         "vurderinger. Der er lavet en handleplan, som følges op i december."),
            ("Indstilling", "Social og Sundhed indstiller, at orienteringen tages til efterretning."),
        ], handler="Mette Lauridsen"),
        P(5, "Anbringelse uden for hjemmet - konkret sag", "2025-004377", True, [
            ("Baggrund", "Familieafdelingen foreslår, at barnet anbringes hos Plejefamilien Stavnsholt, som er "
                         "godkendt som forstærket plejefamilie. Vederlaget udgør 3.412 kr. pr. døgn."),
            ("Indstilling", "Familieafdelingen indstiller, at anbringelsen godkendes."),
        ], handler="Familieafdelingen"),
        P(6, "Orientering fra formand og direktør", "2025-004401", False, [
            ("Punkter", "Kort nyt fra KL's netværk for socialudvalg. Status på rekruttering af "
                        "socialrådgivere."),
        ], handler="Sekretariatet"),
    ],
    "secrets": ["Plejefamilien Stavnsholt", "3.412 kr. pr. døgn"],
    "question": "hvor mange timers ledsagelse om maaneden kan man faa i skaerlunde og kan man spare dem op",
    "cite_punkt": 2,
}


def render_03(m):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Skærlunde Kommune - Sekretariatet"
    cp.title = "Dagsorden Social- og Handicapudvalget 09-09-2025"
    cp.created = datetime.datetime(2025, 9, 2, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 2, 10, 0, 0)
    cp.last_modified_by = "Sekretariatet"
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skærlunde Kommune - Social- og Handicapudvalget - Dagsorden"
    sec.footer.paragraphs[0].text = "Åbent møde med lukket punkt - udskrevet 02-09-2025"
    t = d.add_paragraph()
    r = t.add_run("Skærlunde Kommune")
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x2B, 0x57, 0x3A)
    d.add_heading("Dagsorden", level=0)
    d.add_paragraph("Social- og Handicapudvalget")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Mødedato", "Tirsdag den 9. september 2025"), ("Tidspunkt", "15.30 - 18.00"),
                 ("Mødested", "Udvalgsværelse 3, Skærlunde Rådhus"),
                 ("Medlemmer", "Hanne Juul Brix (formand), Erik Svanholm, Naja Teglgaard, Morten Fisker, "
                               "Asta Kirkeby")]:
        c = info.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("")
    d.add_heading("Indholdsfortegnelse", level=1)
    for p in m["points"]:
        d.add_paragraph("%d.\t%s" % (p["n"], p["title"]))
    for p in m["points"]:
        d.add_page_break()
        d.add_heading("%d. %s" % (p["n"], p["title"]), level=1)
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, v in [("Sagsnr.", p["case"]), ("Sagsbehandler", p["handler"]),
                     ("Behandles", "\u2610 Åbent   \u2612 Lukket" if p["closed"] else "\u2612 Åbent   \u2610 Lukket")]:
            c = tb.add_row().cells
            c[0].text, c[1].text = k, v
        for label, text in p["sections"]:
            d.add_heading(label, level=3)
            for x in paras(text):
                d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(n, z.read(n), False) for n in z.namelist()])


# =============================================================================================
# 04  Bøgeholt Kommune - Økonomiudvalget - referat 2016 - text PDF with running header,
#     "Side N af M" footer, "§ N" point numbering, KLE case numbers, LUKKET SAG banner
# =============================================================================================
B04 = "Økonomiudvalgets beslutning den 14. juni 2016:"
M04 = {
    "file": "04_boegeholt_oekonomiudvalget_2016.pdf",
    "board": "Økonomiudvalget",
    "date": "2016-06-14",
    "kind": "referat",
    "points": [
        P(61, "Budgetopfølgning pr. 30. april 2016", "00.30.10-S55-4-16", False, [
            ("Resumé", "Budgetopfølgningen viser et forventet merforbrug på serviceudgifterne på 6,3 mio. kr., "
                       "hovedsageligt på det specialiserede børneområde og på vintertjenesten."),
            ("Indstilling", "Direktionen indstiller, at udvalgene anmodes om at fremlægge forslag til "
                            "tilpasninger på samlet 6,3 mio. kr. inden 1. september."),
            (B04, "Anbefales over for Kommunalbestyrelsen."),
        ]),
        P(62, "Flytning af Borgerservice til Bøgeholt Bibliotek", "00.15.00-G01-2-16", False, [
            ("Resumé", "Borgerservice flytter fra rådhusets stueetage ind i biblioteket på Torvegade. Flytningen "
                       "sker i uge 41, og Borgerservice åbner på den nye adresse mandag den 17. oktober 2016."),
            ("Sagsfremstilling", "Biblioteket og Borgerservice får fælles skranke. Der vil være betjening "
                                 "mandag-onsdag kl. 10-15, torsdag kl. 10-18 og fredag kl. 10-13. Pas og kørekort "
                                 "kræver fortsat tidsbestilling. Uden for betjeningstiden kan borgerne bruge de "
                                 "to selvbetjeningsstandere i bibliotekets forhal i hele bibliotekets åbningstid."),
            ("Økonomi", "Ombygningen koster 1,9 mio. kr., og der spares 420.000 kr. om året på husleje og "
                        "rengøring."),
            (B04, "Godkendt."),
        ]),
        P(63, "Salg af den tidligere Vestergade Skole", "82.12.00-G10-7-16", True, [
            ("Resumé", "Efter offentligt udbud er der modtaget tre bud. Højeste bud er afgivet af "
                       "Ejendomsselskabet Kornmod ApS med en købesum 6.140.000 kr. kontant."),
            (B04, "Godkendt. Salget sker med forbehold for lokalplan for boliger."),
        ]),
        P(64, "Personalesag - fratrædelsesaftale", "81.03.00-G01-12-16", True, [
            ("Resumé", "Der er indgået aftale med Helle Birkmose Thygesen om fratræden med udgangen af august "
                       "mod en fratrædelsesgodtgørelse svarende til 9 måneders løn."),
            (B04, "Taget til efterretning."),
        ]),
        P(65, "Fælles indkøbsaftale med nabokommunerne om kontorartikler", "02.15.00-A00-1-16", False, [
            ("Resumé", "Bøgeholt, Lyngsø og Vester Fjand kommuner foreslår et fælles udbud af kontorartikler "
                       "og kopipapir. Den forventede besparelse er 8-12 pct."),
            (B04, "Godkendt."),
        ]),
        P(66, "Orientering og eventuelt", "00.01.00-A00-3-16", False, [
            ("Resumé", "Borgmesteren orienterede om KKR-mødet den 7. juni."),
            (B04, "Til efterretning."),
        ]),
    ],
    "secrets": ["Ejendomsselskabet Kornmod ApS", "6.140.000 kr.", "Helle Birkmose Thygesen",
                "fratrædelsesgodtgørelse svarende til 9 måneders løn"],
    "question": "flytter borgerservice i bøgeholt ind på biblioteket, og fra hvornår - og kan jeg komme om torsdagen efter arbejde",
    "cite_punkt": 62,
}


def _pdf_wrap(pdf, text, width, keep):
    """Split text into lines that fit `width`, never breaking inside a phrase of `keep`."""
    SENT = "\x00"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if cur and pdf.get_string_width(cand.replace(SENT, " ")) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [ln.replace(SENT, " ") for ln in lines]


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Bøgeholt Kommune", new_x="RIGHT", new_y="TOP")
            self.cell(95, 5, "Økonomiudvalget - referat 14.06.2016", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(10, 16, 200, 16)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(95, 5, "Referatet er tilgængeligt på boegeholt.dk/politik")
            self.cell(95, 5, "Side %d af {nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2016, 6, 15, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Referat Økonomiudvalget 14.06.2016")
    pdf.set_author("Bøgeholt Kommune")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]] + [B04]
    W = 190

    def lines(text, size=10, style="", h=5):
        pdf.set_font("Helvetica", style, size)
        for ln in _pdf_wrap(pdf, text, W, keep):
            pdf.cell(W, h, ln, new_x="LMARGIN", new_y="NEXT")

    lines("REFERAT", 20, "B", 10)
    lines("Økonomiudvalget", 14, "B", 8)
    lines("Mødedato: 14.06.2016   Mødetid: 17:00 - 19:20   Mødested: Byrådssalen")
    lines("Fremmødte: Karl Ejby (formand), Inger Mørup, Tobias Lindqvist, Selma Haugaard, Niels Pind")
    lines("Fraværende: Ingen")
    pdf.ln(4)
    lines("Indholdsfortegnelse", 12, "B", 7)
    for p in m["points"]:
        lines("§ %d   %s%s" % (p["n"], p["title"], "   (LUKKET SAG)" if p["closed"] else ""), 9, "", 5)
    pdf.add_page()
    for p in m["points"]:
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.ln(3)
        if p["closed"]:
            pdf.set_fill_color(60, 60, 60)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(W, 6, "LUKKET SAG", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        lines("§ %d   %s" % (p["n"], p["title"]), 12, "B", 7)
        lines("Sagsnr.: %s" % p["case"], 8, "", 4)
        for label, text in p["sections"]:
            pdf.ln(1)
            lines(label, 10, "B", 5)
            for x in paras(text):
                lines(x)
    return bytes(pdf.output())


# =============================================================================================
# 05  Tranemose Kommune - Folkeoplysningsudvalget - referat 2011 - scanned-and-OCR'ed text:
#     running page header, "- N -" page numbers, form feeds, OCR noise outside key phrases,
#     "PUNKT N." headings, a point marked as exempt from publication
# =============================================================================================
M05 = {
    "file": "05_tranemose_folkeoplysningsudvalget_2011.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2011-02-08",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "11/0187", False, [
            ("Beslutning:", "Godkendt ."),
        ]),
        P(2, "Lokaletilskud til aftenskoler 2011", "11/0212", False, [
            ("Sagen:", "Der er søgt lokaletilskud for i alt 612.000 kr., mens rammen er 540.000 kr. "
                       "Forvaltningen foreslår en forholdsmæssig nedskrivning på 11,8 pct. for alle "
                       "aftenskoler."),
            ("Beslutning:", "Tiltraadt. Aftenskolerne orienteres skriftligt inden 1. marts."),
        ]),
        P(3, "Fordeling af haltider i Tranemosehallen sæsonen 2011/12", "11/0230", False, [
            ("Sagen:", "Foreningerne skal søge om faste haltider for sæsonen 2011/12 senest den 1. april "
                       "2011 via skemaet på kommunens hjemmeside. Fordelingsmødet med foreningerne holdes "
                       "tirsdag den 3. maj kl. 19.00 i hallens mødelokale.\n\nBørne- og ungdomshold har "
                       "fortrinsret til tiderne mellem kl. 16 og 19 på hverdage. Nye foreninger kan først "
                       "få faste tider, når de eksisterende foreninger har fået deres."),
            ("Beslutning:", "Godkendt. Udvalget beder om, at fristen også annonceres i Tranemose Posten."),
        ]),
        P(4, "Ansøgning om underskudsdækning fra forening", "11/0198", True, [
            ("Sagen:", "Tranemose Skytteforening har søgt om dækning af et underskud på 38.915 kr. efter "
                       "udskiftning af skiveanlægget. Foreningens kasserer Poul Erik Vedsted har oplyst, at "
                       "foreningen ellers må sælge klubhuset."),
            ("Beslutning:", "Der bevilges et lån, der tilbagebetales over fem år."),
        ]),
        P(5, "Frivilligprisen - kriterier for 2011", "11/0241", False, [
            ("Sagen:", "Det foreslås, at prisen fremover kan gives til både enkeltpersoner og grupper, og at "
                       "borgerne selv kan indstille kandidater."),
            ("Beslutning:", "Godkendt."),
        ]),
        P(6, "Eventuelt", "11/0187", False, [
            ("Beslutning:", "Intet ."),
        ]),
    ],
    "secrets": ["Tranemose Skytteforening", "underskud på 38.915 kr.", "Poul Erik Vedsted"],
    "question": "hvornaar er fristen for at soege faste haltider i tranemosehallen til naeste saeson",
    "cite_punkt": 3,
}


def _wrap_txt(text, width, keep):
    SENT = "\x00"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return [x.replace(SENT, " ") for x in out]


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    body = ["Tranemose Kommune", "", "F O L K E O P L Y S N I N G S U D V A L G E T", "",
            "REFERAT", "", "Møde tirsdag 8. febr. 2011 kl. 19.00 i Kulturhuset, lokale B",
            "", "Til stede: Grethe Mose (fmd.), Anker Brun, Lis Dam, Rasmus Toft,",
            "           Viggo Holm (Idrætssamvirket), Britt Lau (Aftenskolerne)",
            "Afbud:     Jonas Bach", "", ""]
    for p in m["points"]:
        body.append("PUNKT %d.  %s" % (p["n"], p["title"]))
        body.append("Sag: %s" % p["case"])
        if p["closed"]:
            body.append("*** Punktet er undtaget fra offentliggørelse (personoplysninger/økonomi) ***")
        body.append("")
        for label, text in p["sections"]:
            for i, x in enumerate(paras(text)):
                first = ("%-12s" % label) if i == 0 else " " * 12
                wrapped = _wrap_txt(x, 60, keep)
                body.append(first + wrapped[0])
                body += [" " * 12 + w for w in wrapped[1:]]
        body.append("")
        body.append("-" * 30)
        body.append("")
    body += ["Mødet slut kl. 21.10", "", "Referent: Lis Dam"]
    # page it: 38 lines a page, running header, OCR-ish page number, form feed between pages
    pages, n = [], 38
    chunks = [body[i:i + n] for i in range(0, len(body), n)]
    for k, ch in enumerate(chunks, 1):
        head = ["Tranemose Kommune         Folkeoplysningsudvalget          08.02.2011", ""]
        pages.append("\n".join(head + ch + ["", "                              - %d -" % k]))
    text = "\n\f".join(pages) + "\n"
    # a few scanner artefacts in ordinary words (never in titles, secrets or case numbers)
    for a, b in [("Kulturhuset", "Kulturhu set"), ("skriftligt", "skriftIigt"), ("hjemmeside", "hjemmesíde"),
                 ("enkeltpersoner", "enkeltpers oner")]:
        text = text.replace(a, b, 1)
    return text.encode("utf-8")


# =============================================================================================
# 06  Egevang Kommune - Handicaprådet - referat 2020 - sent by e-mail (multipart/alternative,
#     quoted-printable), "Ad N:" headings, closed point marked (LUKKET) in the heading
# =============================================================================================
M06 = {
    "file": "06_egevang_handicapraadet_2020.eml",
    "board": "Handicaprådet",
    "date": "2020-10-27",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet den 25. august 2020", "Sag nr. 20/10022", False, [
            ("Konklusion", "Godkendt uden bemærkninger."),
        ]),
        P(2, "Høring om tilgængelighed på Egevang Station efter ombygningen", "Sag nr. 20/13870", False, [
            ("Kort om sagen", "Banedanmark ombygger Egevang Station i 2021. Der kommer elevator til begge "
                              "perroner og ledelinjer for blinde og svagsynede fra busterminalen til "
                              "elevatorerne. Perronerne hæves, så der bliver niveaufri adgang til togene.\n\n"
                              "Elevatorerne forventes i drift fra december 2021. I byggeperioden henvises "
                              "kørestolsbrugere til Nørre Egevang Station, hvor der er rampe."),
            ("Konklusion", "Rådet bakker op om projektet, men ønsker i høringssvaret, at der også kommer en "
                           "overdækket ventezone ved elevatorerne og en handicapparkeringsplads tæt på "
                           "stationsbygningen."),
        ]),
        P(3, "Kørsel til aktivitetscentre under corona-restriktionerne", "Sag nr. 20/14102", False, [
            ("Kort om sagen", "Kommunen kører fortsat med højst fire borgere pr. bus og med visir til "
                              "chaufførerne. Ventetiden ved afhentning er derfor blevet længere."),
            ("Konklusion", "Taget til efterretning. Rådet beder om status på næste møde."),
        ]),
        P(4, "Henvendelse om afslag på hjælpemiddel", "Sag nr. 20/14460", True, [
            ("Kort om sagen", "Bent Overgaard Lyhne har fået afslag på en el-scooter af typen Nordic Ranger 4 og "
                              "har bedt rådet se på sagen. Rådet kan ikke behandle enkeltsager, men kan drøfte "
                              "praksis på området."),
            ("Konklusion", "Formanden svarer borgeren og henviser til klagevejledningen."),
        ]),
        P(5, "Mødeplan 2021 og eventuelt", "Sag nr. 20/10022", False, [
            ("Konklusion", "Mødeplanen blev godkendt. Næste møde holdes den 19. januar 2021, så vidt muligt "
                           "med fysisk fremmøde."),
        ]),
    ],
    "secrets": ["Bent Overgaard Lyhne", "Nordic Ranger 4"],
    "question": "kommer der elevator paa egevang station og hvornaar kan man bruge den",
    "cite_punkt": 2,
}


def render_06(m):
    head = ("Kære medlemmer af Handicaprådet\n\n"
            "Hermed referatet fra mødet tirsdag den 27. oktober 2020 kl. 14.00-16.00, som blev holdt på "
            "Teams. Referatet lægges også på hjemmesiden, dog uden det lukkede punkt, som ikke må "
            "videresendes.\n\n"
            "Deltagere: Anne-Grethe Sonne (formand, DH), Bo Stjernholm (DH), Vera Malling (DH), "
            "Poul Hedegaard (byrådet), Jasmin Saleh (byrådet)\n"
            "Fra administrationen: Louise Thurø (sekretær)\n"
            "Afbud: Kim Østergaard (DH)\n\n"
            "REFERAT - Handicaprådet, Egevang Kommune\n")
    plain = [head]
    html = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">',
            "<p>%s</p>" % escape(head).replace("\n\n", "</p><p>").replace("\n", "<br>")]
    for p in m["points"]:
        h = "Ad %d: %s%s" % (p["n"], p["title"], " (LUKKET)" if p["closed"] else "")
        plain.append("\n" + h + "\n" + "(" + p["case"] + ")\n")
        html.append("<h3>%s</h3><p><i>%s</i></p>" % (escape(h), escape(p["case"])))
        for label, text in p["sections"]:
            plain.append(label + ":\n" + "\n\n".join(paras(text)) + "\n")
            html.append("<p><b>%s:</b><br>%s</p>" % (escape(label), "<br><br>".join(escape(x) for x in paras(text))))
    tail = ("\nVenlig hilsen\nLouise Thurø\nSekretær for Handicaprådet\n"
            "Egevang Kommune, Social og Sundhed\nTlf. 72 72 00 00\n")
    plain.append(tail)
    html.append("<p>%s</p></body></html>" % escape(tail).replace("\n", "<br>"))
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Louise Thurø <handicapraad@egevang-kommune.dk>"
    msg["To"] = "Handicaprådets medlemmer <hr-medlemmer@egevang-kommune.dk>"
    msg["Date"] = "Thu, 29 Oct 2020 09:12:44 +0100"
    msg["Subject"] = "Referat fra Handicaprådets møde 27.10.2020"
    msg["Message-ID"] = "<20201029091244.4471@egevang-kommune.dk>"
    msg.set_content("".join(plain), cte="quoted-printable")
    msg.add_alternative("".join(html), subtype="html", cte="quoted-printable")
    msg.set_boundary("----=_Part_2020_1029_egevang")
    return msg.as_bytes(policy=SMTP)


# =============================================================================================
# 07  Sandholt Kommune - Beskæftigelsesudvalget - TILLÆGSREFERAT 2019 - RTF, unnumbered point
#     headings, "Sag nr.:" lines, a "Lukket punkt" label, decision with date and board name
# =============================================================================================
B07 = "Beskæftigelsesudvalget, 1. april 2019:"
M07 = {
    "file": "07_sandholt_beskaeftigelsesudvalget_tillaegsreferat_2019.rtf",
    "board": "Beskæftigelsesudvalget",
    "date": "2019-04-01",
    "kind": "tillaegsreferat",
    "points": [
        P(1, "Ekstra midler til jobrotation i ældreplejen", "330-2019-7702", False, [
            ("Sagsfremstilling", "Styrelsen for Arbejdsmarked og Rekruttering har givet kommunen 1,6 mio. kr. "
                                 "ekstra til jobrotation. Midlerne foreslås brugt til, at 30 social- og "
                                 "sundhedshjælpere kan tage efteruddannelse, mens ledige vikarierer."),
            ("Beslutning", B07 + " Godkendt."),
        ]),
        P(2, "Sommerjob til unge på kanten af arbejdsmarkedet", "330-2019-7744", False, [
            ("Sagsfremstilling", "Jobcentret har aftalt med 22 lokale virksomheder, at de i år tager unge mellem "
                                 "15 og 17 år i sommerjob i tre uger i juli. De unge får almindelig ungdomsløn, "
                                 "og kommunen betaler halvdelen af lønnen.\n\nUnge, der vil søge, skal henvende "
                                 "sig til UU-vejlederen på deres skole eller i Jobcentrets ungeindgang senest "
                                 "den 10. maj 2019. Unge, der ikke går i skole, prioriteres først."),
            ("Beslutning", B07 + " Godkendt. Udvalget ønsker en evaluering efter sommerferien."),
        ]),
        P(3, "Tilbagebetalingskrav efter uberettiget modtaget ydelse", "330-2019-7781", True, [
            ("Sagsfremstilling", "Kontrolgruppen har konstateret, at Danuta Wierzbicka-Holm har modtaget "
                                 "kontanthjælp samtidig med lønindtægt. Der rejses krav om tilbagebetaling af "
                                 "112.640 kr., og sagen politianmeldes."),
            ("Beslutning", B07 + " Godkendt."),
        ]),
        P(4, "Orientering om ledighedstal for februar 2019", "330-2019-7690", False, [
            ("Sagsfremstilling", "Ledigheden i Sandholt var i februar 3,9 pct. mod 4,3 pct. året før. Faldet er "
                                 "størst blandt de 25-29-årige."),
            ("Beslutning", B07 + " Taget til efterretning."),
        ]),
    ],
    "secrets": ["Danuta Wierzbicka-Holm", "112.640 kr."],
    "question": "kan min søn på 16 faa sommerjob gennem kommunen i sandholt og hvem skal han kontakte",
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
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    R = ["{\\rtf1\\ansi\\ansicpg1252\\deff0",
         "{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}",
         "{\\colortbl;\\red0\\green0\\blue0;\\red150\\green0\\blue0;}",
         "{\\info{\\title " + _rtf("Tillægsreferat Beskæftigelsesudvalget") + "}{\\author Sandholt Kommune}"
         "{\\creatim\\yr2019\\mo4\\dy2\\hr8\\min30}}",
         "{\\header\\pard\\qr\\f1\\fs16 " + _rtf("Sandholt Kommune - Beskæftigelsesudvalget - 01.04.2019") + "\\par}",
         "{\\footer\\pard\\qc\\f1\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}",
         "\\paperw11906\\paperh16838\\margl1418\\margr1134",
         "\\pard\\f1\\fs20 Sandholt Kommune\\par",
         "\\pard\\sb240\\f1\\fs36\\b " + _rtf("TILLÆGSREFERAT") + "\\b0\\par",
         "\\pard\\f1\\fs26 " + _rtf("Beskæftigelsesudvalget") + "\\par",
         "\\pard\\f0\\fs22 " + _rtf("Mandag den 1. april 2019, kl. 16.00, Jobcentret, mødelokale Stranden") + "\\par",
         "\\pard\\f0\\fs22 " + _rtf("Tillægget omfatter sager, der er kommet til efter udsendelsen af den "
                                     "ordinære dagsorden.") + "\\par",
         "\\pard\\f0\\fs22 " + _rtf("Deltagere: Finn Abildgaard (formand), Camilla Vrist, Lars Erik Skov, "
                                     "Hülya Demir") + "\\par",
         "\\pard\\par"]
    for p in m["points"]:
        R.append("\\pard\\sb360\\keepn\\f1\\fs26\\b " + _rtf(p["title"]) + "\\b0\\par")
        R.append("\\pard\\f1\\fs18 " + _rtf("Sag nr.: " + p["case"]) + "\\par")
        if p["closed"]:
            R.append("\\pard\\f1\\fs20\\cf2\\b Lukket punkt\\b0\\cf1\\par")
        for label, text in p["sections"]:
            R.append("\\pard\\sb120\\f1\\fs20\\i " + _rtf(label) + "\\i0\\par")
            for x in paras(text):
                R.append("\\pard\\f0\\fs22 " + _rtf(x) + "\\par")
    R.append("\\pard\\sb480\\f0\\fs20 " + _rtf("Mødet sluttede kl. 17.45.") + "\\par")
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# =============================================================================================
# 08  Ulvkær Kommune - Plan- og Boligudvalget - referat 2022 - OpenDocument text, committee-code
#     headings "PBU 39/22", an "Offentlighed:" status line, section "Retsgrundlag"
# =============================================================================================
B08 = "Beslutning i Plan- og Boligudvalget den 3. maj 2022"
M08 = {
    "file": "08_ulvkaer_plan-og-boligudvalget_2022.odt",
    "board": "Plan- og Boligudvalget",
    "date": "2022-05-03",
    "kind": "referat",
    "points": [
        P(38, "Godkendelse af dagsorden", "22/3310K", False, [
            (B08, "Godkendt."),
        ]),
        P(39, "Forslag til lokalplan 1.47 - boliger ved Mølledammen", "21/9142K", False, [
            ("Resume", "Lokalplanforslaget giver mulighed for 34 rækkehuse og 12 lejeboliger på den tidligere "
                       "gartnerigrund ved Mølledammen. Bebyggelsen må højst være i to etager."),
            ("Sagsfremstilling", "Adgangen sker fra Dammevej. Der udlægges et grønt areal mod dammen, som skal "
                                 "være offentligt tilgængeligt."),
            ("Indstilling", "Plan og Byg indstiller, at forslaget sendes i offentlig høring i otte uger."),
            (B08, "Anbefales over for Økonomiudvalget og Byrådet."),
        ]),
        P(40, "Bevaringsværdige bygninger - opdateret registrering", "22/1187K", False, [
            ("Resume", "Forvaltningen har gennemgået 410 bygninger i Ulvkær bymidte og Gl. Ulvkær. 126 bygninger "
                       "foreslås fortsat udpeget som bevaringsværdige, heraf 19 nye."),
            ("Sagsfremstilling", "Ejere af bevaringsværdige bygninger skal søge om tilladelse, før de ændrer "
                                 "facader, tage eller vinduer, eller river bygningen ned. Udskiftning af vinduer "
                                 "er tilladt uden ansøgning, hvis de nye vinduer har samme opdeling, materiale og "
                                 "farve som de eksisterende.\n\nEjerne kan søge om tilskud fra "
                                 "bygningsforbedringspuljen på op til 40 pct. af udgiften til istandsættelse."),
            ("Retsgrundlag", "Planloven og bygningsfredningsloven."),
            ("Indstilling", "Plan og Byg indstiller, at registreringen godkendes og at ejerne orienteres "
                            "skriftligt."),
            (B08, "Godkendt."),
        ]),
        P(41, "Påbud om nedrivning af faldefærdigt udhus", "22/2970K", True, [
            ("Resume", "Udhuset på ejendommen Skovbrynet 118 er så medtaget, at det udgør en fare for "
                       "forbipasserende. Ejeren Kurt Aagaard Dissing har ikke reageret på to breve."),
            ("Indstilling", "Plan og Byg indstiller, at der gives påbud om nedrivning."),
            (B08, "Godkendt. Der gives en frist på seks uger."),
        ]),
        P(42, "Dispensation til carport i lokalplanområde 2.12", "22/3044K", False, [
            ("Resume", "Ejeren af et parcelhus på Lærkevænget søger om at placere en carport 1,5 m fra skel, "
                       "hvor lokalplanen kræver 2,5 m. Naboerne har ikke haft bemærkninger."),
            (B08, "Dispensationen meddeles."),
        ]),
        P(43, "Meddelelser", "22/3310K", False, [
            (B08, "Formanden orienterede om borgermødet om den nye busterminal den 24. maj."),
        ]),
    ],
    "secrets": ["Skovbrynet 118", "Kurt Aagaard Dissing"],
    "question": "maa jeg selv skifte vinduerne i mit bevaringsvaerdige hus i ulvkaer eller skal jeg soege",
    "cite_punkt": 40,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')

    def p(text, style="Standard"):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text))

    def h(text, level):
        return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, xesc(text))

    code = lambda pt: "PBU %d/22" % pt["n"]
    body = [p("Ulvkær Kommune", "Kommune"), h("Referat - Plan- og Boligudvalget", 1),
            p("Mødedato: 03.05.2022, kl. 08.00-10.15"), p("Mødested: Ulvkær Rådhus, lokale 1.14"),
            p("Medlemmer: Gitte Holmsgaard (formand), Ejner Kvist, Ronja Brøndum, Michael Sejr, Amira Nouri"),
            p("Fraværende: Michael Sejr"), h("Sagsoversigt", 2)]
    body.append('<table:table table:name="Oversigt"><table:table-column table:number-columns-repeated="3"/>')
    for pt in m["points"]:
        body.append("<table:table-row>%s%s%s</table:table-row>" % (
            "<table:table-cell>%s</table:table-cell>" % p(code(pt)),
            "<table:table-cell>%s</table:table-cell>" % p(pt["title"]),
            "<table:table-cell>%s</table:table-cell>" % p("Lukket" if pt["closed"] else "Åben")))
    body.append("</table:table>")
    for pt in m["points"]:
        body.append(h("%s  %s" % (code(pt), pt["title"]), 2))
        body.append(p("Sagsnr.: %s     Offentlighed: %s" % (pt["case"], "Lukket" if pt["closed"] else "Åben"),
                      "Sagsinfo"))
        for label, text in pt["sections"]:
            body.append(h(label, 3))
            for x in paras(text):
                body.append(p(x))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Sagsinfo" style:family="paragraph"><style:text-properties '
              'fo:font-size="8pt" fo:font-style="italic"/></style:style></office:styles>'
              '</office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            '<office:meta><dc:title>Referat Plan- og Boligudvalget 03.05.2022</dc:title>'
            '<meta:creation-date>2022-05-04T08:00:00</meta:creation-date></office:meta>'
            '</office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False)])


# =============================================================================================
# 09  Grønnerup Municipality - Business and Tourism Committee - minutes in ENGLISH 2024 -
#     Markdown with YAML front matter, "Item N ·" headings, a blockquote marking the closed item
# =============================================================================================
M09 = {
    "file": "09_groennerup_business-and-tourism-committee_2024.md",
    "board": "Business and Tourism Committee",
    "date": "2024-11-20",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", "24/00051", False, [
            ("Decision", "Approved."),
        ]),
        P(2, "Christmas market on Havnetorvet 2024", "24/02988", False, [
            ("Summary", "The Christmas market will run on the three weekends before Christmas with 40 stalls, "
                        "a skating rink and late opening in the shops on Fridays."),
            ("Decision", "Approved. The committee asked for extra bicycle parking near the square."),
        ]),
        P(3, "Cruise ship calls 2025 - forecast and shore power", "24/03315", False, [
            ("Summary", "The port expects 27 cruise calls in 2025, up from 19 in 2024. The first ship arrives on "
                        "12 May 2025 and the last on 26 September 2025. The largest ships carry about 2,800 "
                        "passengers."),
            ("Background", "Shore power at the cruise quay will be ready from June 2025, so ships at berth can "
                           "switch off their engines. Ships that do not connect will pay a higher port fee.\n\n"
                           "The tourist office will open on Sundays on days with a cruise call."),
            ("Recommendation", "The administration recommends that the committee notes the forecast."),
            ("Decision", "Noted. The committee wants a plan for shuttle buses to the old town before the "
                         "season starts."),
        ]),
        P(4, "Purchase of harbour warehouse", "24/03401", True, [
            ("Summary", "The owner, Jepsen & Krogh Shipping, has offered to sell Pakhus 7 at Skibbrokaj to the "
                        "municipality for DKK 2,350,000. The building could house a food market."),
            ("Decision", "The committee recommends the purchase to the Finance Committee."),
        ]),
        P(5, "Any other business", "24/00051", False, [
            ("Decision", "The chair thanked the retiring head of the tourist office for 22 years of service."),
        ]),
    ],
    "secrets": ["Jepsen & Krogh Shipping", "Pakhus 7 at Skibbrokaj", "DKK 2,350,000"],
    "question": "how many cruise ships are coming to grønnerup next year and when is the first one",
    "cite_punkt": 3,
}


def render_09(m):
    out = ["---", "municipality: Grønnerup Municipality (Grønnerup Kommune)",
           "committee: Business and Tourism Committee (Erhvervs- og Turismeudvalget)",
           "date: 2024-11-20", "type: minutes", "language: en", "---", "",
           "# Minutes - Business and Tourism Committee", "",
           "_Grønnerup Municipality · English translation of the Danish minutes · The Danish version prevails_",
           "", "| | |", "|---|---|", "| **Date** | Wednesday 20 November 2024, 17:00-18:40 |",
           "| **Venue** | Harbour Office, meeting room Fyrskibet |",
           "| **Present** | Ditte Winkel (chair), Svend Olufsen, Marika Juhl, Tariq Aziz |",
           "| **Absent** | Helle Mose Kristiansen |", "", "## Contents", ""]
    for p in m["points"]:
        out.append("%d. %s%s" % (p["n"], p["title"], " *(closed)*" if p["closed"] else ""))
    out.append("")
    for p in m["points"]:
        out += ["---", "", "## Item %d · %s" % (p["n"], p["title"]), "", "Case no. %s" % p["case"], ""]
        if p["closed"]:
            out += ["> **Closed item** - discussed behind closed doors (commercial interests). "
                    "Not for publication.", ""]
        for label, text in p["sections"]:
            out.append("**%s**  " % label)
            for x in paras(text):
                out += [x, ""]
    out += ["---", "", "Meeting closed at 18:40. Minutes approved by the chair on 21 November 2024.", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 10  Hjortevig Kommune - Børne- og Skoleudvalget - referat 2015 - agenda-system XML export,
#     Danish element names, access given as an element, case number with document suffix
# =============================================================================================
M10 = {
    "file": "10_hjortevig_boerne-og-skoleudvalget_2015.xml",
    "board": "Børne- og Skoleudvalget",
    "date": "2015-01-13",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "S2015-00014", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Høringssvar om nye skoledistrikter fra skoleåret 2015/16", "S2014-03380", False, [
            ("Sagsfremstilling", "Der er kommet 43 høringssvar. De fleste handler om skolevejen for børn fra "
                                 "Bakkekvarteret, som foreslås flyttet fra Nordskolen til Hjortevig Skole."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget fastholdes, og at der etableres en sikker "
                            "krydsning af Ringvejen."),
            ("Beslutning", "Anbefales over for Byrådet."),
        ]),
        P(3, "Lektiecafé på alle skoler", "S2014-03102", False, [
            ("Sagsfremstilling", "Fra 1. februar 2015 tilbyder alle fem skoler lektiecafé for 3.-9. klasse "
                                 "mandag til torsdag kl. 14.00-15.30. Det er frivilligt at deltage, og der er "
                                 "lærere til stede i alle caféerne.\n\nPå Hjortevig Skole holdes caféen på "
                                 "biblioteket, og der er også åbent om fredagen for 8. og 9. klasse op til "
                                 "prøverne."),
            ("Økonomi", "Udgiften på 1,1 mio. kr. om året dækkes af midlerne fra folkeskolereformen."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(4, "Elevsag - skoleskift", "S2015-00021", True, [
            ("Sagsfremstilling", "Forældrene til Sebastian Krogh Ellehammer søger om tilskud til befordring "
                                 "efter skift til Friskolen ved Stormosen."),
            ("Beslutning", "Ansøgningen afslås."),
        ]),
        P(5, "Tilskud til lejrskole i 6. klasse", "S2014-02911", False, [
            ("Sagsfremstilling", "Forældrebetalingen til lejrskole foreslås begrænset til 100 kr. pr. dag. "
                                 "Skolerne får et tilskud på 450 kr. pr. elev pr. lejrskole."),
            ("Beslutning", "Godkendt."),
        ]),
        P(6, "Eventuelt", "S2015-00014", False, [
            ("Beslutning", "Ingen bemærkninger."),
        ]),
    ],
    "secrets": ["Sebastian Krogh Ellehammer", "Friskolen ved Stormosen"],
    "question": "er der lektiecafe paa hjortevig skole og hvilke dage",
    "cite_punkt": 3,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<!-- Eksport fra dagsordensystemet, Hjortevig Kommune. Eksporteret 2015-01-15T07:30:00 -->",
         '<moedeeksport version="2.1" kommune="Hjortevig Kommune">',
         "  <moede>",
         "    <udvalg>%s</udvalg>" % xesc(m["board"]),
         "    <dokumenttype>Referat</dokumenttype>",
         "    <start>2015-01-13T16:00:00</start>",
         "    <slut>2015-01-13T18:30:00</slut>",
         "    <lokale>Mødelokale Hjorten, Rådhuset</lokale>",
         "    <deltagere>",
         '      <deltager rolle="formand">Kamilla Overby</deltager>',
         "      <deltager>Jesper Frigaard</deltager>",
         "      <deltager>Nanna Ravnsborg</deltager>",
         '      <deltager fravaer="afbud">Hans Christian Moll</deltager>',
         "    </deltagere>",
         "  </moede>",
         "  <dagsordenpunkter>"]
    for p in m["points"]:
        X.append('    <dagsordenpunkt nummer="%d">' % p["n"])
        X.append("      <overskrift>%s</overskrift>" % xesc(p["title"]))
        X.append("      <esdh>")
        X.append("        <sagsnummer>%s</sagsnummer>" % p["case"])
        X.append("        <dokumentnummer>%s-%d</dokumentnummer>" % (p["case"], 3 + p["n"]))
        X.append("      </esdh>")
        X.append("      <adgang>%s</adgang>" % ("Lukket" if p["closed"] else "Offentlig"))
        for label, text in p["sections"]:
            X.append('      <felt navn="%s">' % xesc(label))
            for x in paras(text):
                X.append("        <afsnit>%s</afsnit>" % xesc(x))
            X.append("      </felt>")
        X.append("    </dagsordenpunkt>")
    X += ["  </dagsordenpunkter>", "</moedeeksport>", ""]
    return "\n".join(X).encode("utf-8")


MEETINGS = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10]
RENDER = [render_01, render_02, render_03, render_04, render_05, render_06, render_07, render_08, render_09,
          render_10]


def expected():
    out = []
    for m in MEETINGS:
        out.append({
            "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"],
        })
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for m, r in zip(MEETINGS, RENDER):
        with open(os.path.join(outdir, m["file"]), "wb") as f:
            f.write(r(m))
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d files to %s" % (len(MEETINGS), outdir))


if __name__ == "__main__":
    main()
