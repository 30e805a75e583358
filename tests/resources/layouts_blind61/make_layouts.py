#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind61.

Every municipality, board, person, firm, address, amount and sentence in this
file is invented.  The script is deterministic: running it twice gives
byte-identical files.  Needs python-docx (the .docx) and fpdf2 (the .pdf); the
other formats are written by hand.

Usage:  python make_layouts.py [outdir]
"""
import base64
import datetime
import io
import json
import os
import sys
import textwrap
import zipfile
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = "\u2063"  # placeholder that glues a phrase's words together while wrapping


def P(n, title, case, closed, sections, mark=None):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "mark": mark}


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def keep_phrases(m):
    return list(m["secrets"]) + [p["title"] for p in m["points"]]


def wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
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
# 01  Skovmose Municipality - Climate and Environment Committee (English
#     minutes on a modern web page: cookie banner, "Matter NN" headings,
#     a case-reference line with an Open/Closed tag, "Resolution" label,
#     a restricted-session box on closed matters)
# ===========================================================================
M01 = {
    "file": "01_skovmose_climate-and-environment-committee_2023.html",
    "board": "Climate and Environment Committee",
    "date": "2023-03-14",
    "kind": "referat",
    "points": [
        P(29, "Approval of the agenda", "CE-23/0001", False, [
            ("Resolution of the Committee", "Approved without changes."),
        ]),
        P(30, "Climate action plan 2023-2030 - annual status", "CE-23/0212", False, [
            ("Summary",
             "The annual greenhouse gas account shows that emissions from the Skovmose area fell by 6 per cent from 2021 to 2022. "
             "The fall is mainly due to the conversion of about 900 homes in Nørre Skovmose from oil and natural gas to district heating. "
             "Emissions from road transport are unchanged."),
            ("Background",
             "The plan contains 58 actions. 41 are on track, 11 are delayed and 6 have not yet started. "
             "The delayed actions are mostly about biogas and about charging points in the villages, where the municipality depends on private operators."),
            ("Recommendation", "The administration recommends that the Committee takes the status into account."),
            ("Resolution of the Committee",
             "Noted. The Committee asked for a separate case in June 2023 on public charging points for electric cars in the villages."),
        ]),
        P(31, "Ban on pesticides on municipal land - extension to leased fields", "CE-23/0288", False, [
            ("Summary",
             "Since 2019 no pesticides have been used on municipal parks and roadsides. The municipality also leases out 212 hectares of farmland to local farmers, where the ban does not apply today."),
            ("Background",
             "The administration proposes that all new leases from 1 November 2023 forbid pesticides and artificial fertiliser, and that tenants must convert the land to organic farming within three years. "
             "To compensate, the annual rent is reduced by 15 per cent. Existing leases run until they expire; the last one expires in 2027."),
            ("Recommendation",
             "The administration recommends that the Committee recommends the new lease terms to the Finance Committee and the City Council."),
            ("Resolution of the Committee",
             "Recommended. Henning Bøgh voted against, as he finds the rent reduction too large."),
        ]),
        P(32, "Compensation agreement for the Hvidkær wetland project", "CE-23/0301", True, [
            ("Background",
             "The wetland project at Hvidkær requires that about 19 hectares are flooded. Negotiations with the largest landowner, Ejnar Thorsø Madsen, have now led to a draft agreement."),
            ("Recommendation",
             "The administration recommends that the Committee approves an agreement under which the landowner receives DKK 1,870,000 in full and final settlement and gives up parcel 7bk Hvidkær By."),
            ("Resolution of the Committee", "Approved. The amount is covered by the state wetland grant."),
        ], mark="Closed session - exempt from public access (negotiations with a private landowner)"),
        P(33, "New kerbside collection of textile waste", "CE-23/0315", False, [
            ("Summary",
             "From 2023 all Danish municipalities must collect textile waste separately. Today residents in Skovmose can only hand in textiles at the two recycling centres."),
            ("Background",
             "The administration proposes that textiles are collected from every household every fourth week, starting on 1 September 2023. "
             "Residents put clean and dry textiles in a transparent bag and hang it on the handle of the residual waste bin, so no new bin is needed. "
             "The bags can be picked up free of charge at the recycling centres and the libraries.\n\n"
             "Worn-out textiles are sent for sorting in Skovmose's own sorting hall, where wearable items are given to charity shops."),
            ("Finance", "The scheme costs DKK 14 per household per year, which is added to the waste collection fee from 2024."),
            ("Recommendation", "The administration recommends that the scheme is approved."),
            ("Resolution of the Committee",
             "Approved. The Committee asked for an information campaign to all households in August 2023, before the first collection."),
        ]),
        P(34, "Pollution from a car wash in the industrial estate", "CE-23/0322", True, [
            ("Background",
             "In January 2023 oil was found in the stream Ravnebæk downstream from the industrial estate. The supervision showed that the oil separator at Glanskær Bilvask ApS had not been emptied for several years."),
            ("Recommendation",
             "The administration recommends that the company is given an injunction with a daily fine of DKK 2,500 until the separator has been emptied and inspected."),
            ("Resolution of the Committee", "Approved."),
        ], mark="Restricted item - not published (ongoing enforcement case)"),
        P(35, "Any other business", "CE-23/0001", False, [
            ("Resolution of the Committee",
             "The chair informed the Committee about the meeting in the regional water council on 30 March 2023."),
        ]),
    ],
    "secrets": ["Ejnar Thorsø Madsen", "DKK 1,870,000 in full and final settlement", "parcel 7bk Hvidkær By",
                "Glanskær Bilvask ApS", "daily fine of DKK 2,500"],
    "question": "is skovmose going to pick up old clothes from our house now? when does it start and do we need a new bin",
    "cite_punkt": 33,
}


def render_01(m):
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    a('<title>Minutes - Climate and Environment Committee - 14 March 2023 | Skovmose Municipality</title>\n')
    a('<link rel="stylesheet" href="/static/css/site.min.css">\n')
    a('<script src="/static/js/consent.js" defer></script>\n</head>\n<body>\n')
    a('<div id="cookie-banner" class="banner"><p>We use cookies to collect statistics. '
      '<button>Accept all</button> <button>Only necessary</button></p></div>\n')
    a('<header class="top"><a href="/" class="brand">Skovmose Municipality</a>\n'
      '<nav aria-label="Main"><a href="/residents">Residents</a> <a href="/business">Business</a> '
      '<a href="/politics">Politics</a> <a href="/da">Dansk</a></nav></header>\n')
    a('<nav class="crumbs" aria-label="Breadcrumb"><a href="/politics">Politics</a> / '
      '<a href="/politics/committees">Committees</a> / <span>Climate and Environment Committee</span></nav>\n')
    a('<main>\n<h1>Minutes of meeting</h1>\n<p class="lead">Climate and Environment Committee</p>\n')
    a('<table class="meta">\n')
    for k, v in [("Date", "Tuesday 14 March 2023, 17:00-19:20"),
                 ("Venue", "Committee Room 3, Skovmose Town Hall"),
                 ("Present", "Birgitte Holmgaard (chair), Kasper Lund Aagaard, Naja Frimodt, Omar Al-Sayed, Henning Bøgh"),
                 ("Absent with apologies", "Trine Vestergaard Kjær"),
                 ("Minutes taken by", "Committee secretary Sune Wilhjelm")]:
        a('<tr><th scope="row">%s</th><td>%s</td></tr>\n' % (k, escape(v)))
    a('</table>\n')
    a('<p class="note">This English edition is published for the municipality\'s international residents. '
      'The Danish minutes are the legally binding version.</p>\n')
    a('<aside class="downloads"><h2 class="aside">Downloads</h2><ul>'
      '<li><a href="#">Full minutes (PDF, 1.2 MB)</a></li><li><a href="#">Attachments (ZIP)</a></li></ul></aside>\n')
    for p in m["points"]:
        a('<section class="matter" id="m%d">\n' % p["n"])
        a('<h2><span class="matter-no">Matter %d</span> &ndash; %s</h2>\n' % (p["n"], escape(p["title"])))
        a('<p class="caseref">Case ref. %s <span class="tag">%s</span></p>\n'
          % (p["case"], "Closed" if p["closed"] else "Open"))
        if p["closed"]:
            a('<div class="restricted" role="note"><strong>%s.</strong> Do not forward.</div>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            lab = label + (", 14 March 2023" if label.startswith("Resolution") else "")
            a('<h3>%s</h3>\n' % escape(lab))
            for pp in paras(text):
                a('<p>%s</p>\n' % escape(pp))
        a('</section>\n')
    a('<p class="closing">The meeting closed at 19:20.</p>\n</main>\n')
    a('<footer><p>Skovmose Municipality &middot; Rådhuspladsen 2 &middot; 8899 Skovmose</p>'
      '<p><a href="/accessibility">Accessibility statement</a> &middot; <a href="/privacy">Privacy</a></p></footer>\n')
    a('</body>\n</html>\n')
    return "".join(h)


# ===========================================================================
# 02  Tjørnelund Kommune - Kommunalbestyrelsen (print view from an older
#     agenda system, windows-1252; one layout table per point with the number
#     in its own cell, KLE-style journal numbers, the finance committee's
#     recommendation before the council's decision, page marks between points)
# ===========================================================================
M02 = {
    "file": "02_tjoernelund_kommunalbestyrelsen_2018.htm",
    "board": "Kommunalbestyrelsen",
    "date": "2018-09-25",
    "kind": "referat",
    "points": [
        P(196, "Godkendelse af dagsordenen", "00.01.00-A00-3-18", False, [
            ("Kommunalbestyrelsens beslutning den 25-09-2018", "Godkendt."),
        ]),
        P(197, "Budget 2019-2022 - 2. behandling", "00.30.10-S55-1-18", False, [
            ("Sagsfremstilling",
             "Budgetforliget af 12. september 2018 er indgået mellem A, V, C og F. Forliget fastholder udskrivningsprocenten på 25,1 og grundskylden på 26,0 promille.\n\n"
             "Anlægsrammen er 118 mio. kr. i 2019. De største projekter er en ny daginstitution i Tjørnelund Nord og udvidelse af Bakkeskolens indskoling."),
            ("Indstilling", "Kommunaldirektøren indstiller, at budgetforslaget vedtages med de ændringer, der fremgår af forligsteksten."),
            ("Økonomiudvalgets indstilling den 18-09-2018", "Anbefales."),
            ("Kommunalbestyrelsens beslutning den 25-09-2018",
             "Budgettet blev vedtaget med 21 stemmer for. 4 stemte imod (Ø og Å), der ønskede en højere grundskyld til finansiering af flere pædagoger."),
        ]),
        P(198, "Takster for vand og spildevand 2019", "13.02.00-S55-2-18", False, [
            ("Sagsfremstilling",
             "Tjørnelund Forsyning A/S har sendt taksterne for 2019 til godkendelse. Vandprisen stiger fra 9,05 til 9,40 kr. pr. m³, og vandafledningsbidraget stiger fra 37,10 til 38,20 kr. pr. m³. "
             "Det faste bidrag er uændret 650 kr. om året. Alle beløb er uden moms.\n\n"
             "For en typisk husstand, der bruger 100 m³ om året, betyder det en stigning på 181 kr. om året inkl. moms. "
             "Stigningen skyldes især den nye regnvandsledning under Kirkevej."),
            ("Indstilling", "Kommunaldirektøren indstiller, at taksterne godkendes."),
            ("Økonomiudvalgets indstilling den 18-09-2018", "Anbefales."),
            ("Kommunalbestyrelsens beslutning den 25-09-2018", "Godkendt."),
        ]),
        P(199, "Salg af byggegrunde i Tjørnelund Nord, etape 2", "02.34.02-G01-4-18", False, [
            ("Sagsfremstilling",
             "Byggemodningen af etape 2 er færdig i oktober 2018. Der er 24 parcelhusgrunde på mellem 720 og 960 m². "
             "Det foreslås, at grundene udbydes til en fast pris på 895 kr. pr. m² inkl. tilslutningsafgifter, og at salget sker efter først-til-mølle fra 1. november 2018."),
            ("Indstilling", "Kommunaldirektøren indstiller, at grundene udbydes som beskrevet."),
            ("Økonomiudvalgets indstilling den 18-09-2018", "Anbefales."),
            ("Kommunalbestyrelsens beslutning den 25-09-2018", "Godkendt."),
        ]),
        P(200, "Fritagelse for hvervet som medlem af kommunalbestyrelsen", "00.01.10-P20-2-18", False, [
            ("Sagsfremstilling",
             "Karin Iversen (A) flytter til en anden kommune og har søgt om at blive fritaget for hvervet fra 1. oktober 2018."),
            ("Kommunalbestyrelsens beslutning den 25-09-2018",
             "Godkendt. Første stedfortræder på liste A, Lars Mølgaard, indtræder fra 1. oktober 2018."),
        ]),
        P(201, "Ansættelse af ny kommunaldirektør", "81.02.00-G01-1-18", True, [
            ("Sagsfremstilling",
             "Ansættelsesudvalget har holdt to samtalerunder med i alt fem kandidater. Udvalget peger enstemmigt på Henriette Bruun Kragh, der i dag er chef for Staben i Vesterkær Kommune."),
            ("Indstilling", "Borgmesteren indstiller, at kandidaten ansættes på kontraktansættelse på 6 år fra 1. januar 2019."),
            ("Kommunalbestyrelsens beslutning den 25-09-2018", "Godkendt."),
        ], mark="Behandles for lukkede døre"),
        P(202, "Forlig i voldgiftssag om Tjørnelund Renseanlæg", "13.06.02-G01-7-17", True, [
            ("Sagsfremstilling",
             "Forsyningen og entreprenøren Aqualin Entreprise A/S har siden 2017 været uenige om ansvaret for fejlene i membranbioreaktoren. "
             "Parterne har under voldgiftssagen forhandlet et forlig."),
            ("Indstilling", "Kommunaldirektøren indstiller, at kommunalbestyrelsen som ejer tiltræder en forligssum på 3,45 mio. kr. til forsyningen."),
            ("Kommunalbestyrelsens beslutning den 25-09-2018", "Tiltrådt."),
        ], mark="Behandles for lukkede døre"),
    ],
    "secrets": ["Henriette Bruun Kragh", "chef for Staben i Vesterkær Kommune", "kontraktansættelse på 6 år",
                "Aqualin Entreprise A/S", "forligssum på 3,45 mio. kr.", "membranbioreaktoren"],
    "question": "hvor meget dyrere bliver vand og kloak i tjørnelund næste år for en almindelig familie",
    "cite_punkt": 198,
}


def render_02(m):
    h = []
    a = h.append
    a('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n')
    a('<meta name="GENERATOR" content="eMoede Publisher 4.2">\n<title>Referat Kommunalbestyrelsen 25-09-2018</title>\n')
    a('<style type="text/css">td.nr{font:bold 14pt Arial} td.ovs{font:bold 12pt Arial} .side{color:#888;font-size:8pt}</style>\n')
    a('</head>\n<body bgcolor="#FFFFFF">\n')
    a('<table width="100%" border="0"><tr><td><img src="logo_tjoernelund.gif" alt="Tjørnelund Kommune"></td>'
      '<td align="right"><font face="Arial" size="2">Udskrevet 26-09-2018 kl. 08:14</font></td></tr></table>\n')
    a('<p><font face="Arial" size="5"><b>Tjørnelund Kommune</b></font></p>\n')
    a('<p><font face="Arial" size="4">Referat</font><br>\n<font face="Arial" size="4">Kommunalbestyrelsen</font></p>\n')
    a('<table border="0" cellpadding="2">\n')
    for k, v in [("Mødedato:", "25-09-2018"), ("Mødetidspunkt:", "19:00 - 21:35"),
                 ("Mødested:", "Kommunalbestyrelsens mødesal, Tjørnelund Rådhus"),
                 ("Afbud:", "Lone Vinding (V). Stedfortræder Kurt Rasmussen (V) deltog."),
                 ("Bemærkning:", "Punkt 201-202 blev behandlet efter pausen uden offentlighedens tilstedeværelse.")]:
        a('<tr><td valign="top"><font face="Arial" size="2"><b>%s</b></font></td><td><font face="Arial" size="2">%s</font></td></tr>\n'
          % (escape(k), escape(v)))
    a('</table>\n<hr>\n')
    a('<p><font face="Arial" size="3"><b>Indhold</b></font></p>\n<table border="0">\n')
    for i, p in enumerate(m["points"]):
        ttl = "Lukket punkt" if p["closed"] else p["title"]
        a('<tr><td><font face="Arial" size="2">%d</font></td><td><font face="Arial" size="2">%s</font></td>'
          '<td align="right"><font face="Arial" size="2">%d</font></td></tr>\n' % (p["n"], escape(ttl), 2 + i))
    a('</table>\n')
    for i, p in enumerate(m["points"]):
        a('<p class="side" align="right">Kommunalbestyrelsen 25-09-2018 &nbsp;&nbsp; Side %d af 9</p>\n' % (2 + i))
        a('<table width="100%" border="0" cellspacing="0" cellpadding="3" style="border-top:2px solid #003366">\n')
        a('<tr><td class="nr" width="60" valign="top">%d</td><td class="ovs">%s</td></tr>\n' % (p["n"], escape(p["title"])))
        status = ('<img src="laas.gif" alt="Lukket punkt" width="12" height="12">&nbsp;%s' % escape(p["mark"])
                  if p["closed"] else "&Aring;ben sag")
        a('<tr><td></td><td><font face="Arial" size="2">J.nr.: %s &nbsp;&nbsp;&nbsp; %s</font></td></tr>\n</table>\n'
          % (p["case"], status))
        for label, text in p["sections"]:
            a('<p><font face="Arial" size="2"><b>%s</b></font></p>\n' % escape(label))
            for pp in paras(text):
                a('<p><font face="Arial" size="2">%s</font></p>\n' % escape(pp))
    a('<hr>\n<p><font face="Arial" size="2">Mødet hævet kl. 21:35.</font></p>\n</body>\n</html>\n')
    return "".join(h).encode("windows-1252")


# ===========================================================================
# 03  Lindsmark Kommune - Teknik- og Ejendomsudvalget, DAGSORDEN (Word file:
#     front page, contents table, "N - Title" headings, a three-cell facts
#     row under each heading, "Administrationens anbefaling"; no decisions)
# ===========================================================================
M03 = {
    "file": "03_lindsmark_teknik-og-ejendomsudvalget_dagsorden_2024.docx",
    "board": "Teknik- og Ejendomsudvalget",
    "date": "2024-06-11",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "EMN-2024-00011", False, [
            ("Administrationens anbefaling", "Administrationen anbefaler, at dagsordenen godkendes."),
        ]),
        P(2, "Renovering af broen over Lindsmark Å ved Kirkestien", "EMN-2024-01234", False, [
            ("Baggrund",
             "Broen ved Kirkestien er fra 1936. Ved det seneste eftersyn blev der fundet kraftig rust på de bærende stålbjælker, og broen har derfor været spærret for biler siden marts 2024."),
            ("Sagsfremstilling",
             "Rådgiveren anbefaler, at bjælkerne udskiftes og brodækket støbes om. Arbejdet kan udføres fra august til november 2024. "
             "I byggeperioden etableres en midlertidig gangbro, så fodgængere og cyklister fortsat kan komme over åen."),
            ("Økonomi og finansiering", "Renoveringen er anslået til 4,2 mio. kr. og foreslås finansieret af den afsatte pulje til broer og bygværker."),
            ("Administrationens anbefaling", "Administrationen anbefaler, at udvalget godkender projektet og anbefaler en anlægsbevilling på 4,2 mio. kr."),
            ("Bilag", "Tilstandsrapport for broen ved Kirkestien, april 2024"),
        ]),
        P(3, "Vintertjeneste - nyt serviceniveau for cykelstier", "EMN-2024-01302", False, [
            ("Baggrund",
             "Udvalget bad i januar om et forslag til bedre glatførebekæmpelse på cykelstierne, efter at flere forældre havde klaget over isglatte stier til skolerne."),
            ("Sagsfremstilling",
             "Administrationen foreslår, at 38 km prioriterede cykelstier til skoler og stationer er ryddet og saltet senest kl. 6.30 på hverdage, mod i dag kl. 7.30. "
             "Ordningen gælder fra vintersæsonen 2024/25. Til gengæld ryddes stier i grønne områder først, når de prioriterede stier er færdige.\n\n"
             "Serviceniveauet for villaveje og boligveje er uændret."),
            ("Økonomi og finansiering", "Den tidligere udkørsel koster ca. 640.000 kr. om året, der foreslås finansieret inden for vejområdets ramme."),
            ("Administrationens anbefaling", "Administrationen anbefaler, at det nye serviceniveau godkendes fra vintersæsonen 2024/25."),
            ("Bilag", "Kort over prioriterede cykelstier"),
        ]),
        P(4, "Udlejning af det tidligere posthus", "EMN-2024-01355", True, [
            ("Sagsfremstilling",
             "Bygningen på Torvet har stået tom siden 2022. Efter annoncering har tre lejere budt. Det bedste bud kommer fra Kaffebrænderiet Nordlys I/S, der vil indrette risteri og café i stueetagen."),
            ("Økonomi og finansiering",
             "Lejer tilbyder en månedlig leje på 18.750 kr. mod en lejefri periode på 9 måneder, hvor lejer selv istandsætter lokalerne."),
            ("Administrationens anbefaling", "Administrationen anbefaler, at der indgås lejeaftale på de tilbudte vilkår."),
        ], mark="Lukket punkt"),
        P(5, "Solceller på kommunale bygninger - etape 1", "EMN-2024-01388", False, [
            ("Sagsfremstilling",
             "I etape 1 monteres i alt 1.450 m² solceller på seks bygninger, bl.a. Lindsmark Hallen, to skoler og materielgården. "
             "Anlæggene dækker ca. 30 procent af bygningernes elforbrug."),
            ("Økonomi og finansiering", "Projektet koster 2,9 mio. kr. og forventes at være tjent hjem på 8 år."),
            ("Administrationens anbefaling", "Administrationen anbefaler, at etape 1 igangsættes i efteråret 2024."),
        ]),
        P(6, "Erstatningskrav efter vandskade i Lindsmark Hallen", "EMN-2024-01401", True, [
            ("Sagsfremstilling",
             "Vandskaden i hallens omklædningsrum i februar skyldtes en skjult utæthed i gulvvarmeanlægget. Anlægget blev installeret i 2021 af Brix & Sønner VVS ApS."),
            ("Økonomi og finansiering",
             "Kommunens samlede krav er på 1.264.000 kr. Forsikringen har afvist at dække, fordi skaden anses for at være en udførelsesfejl."),
            ("Administrationens anbefaling", "Administrationen anbefaler, at kravet rejses over for entreprenøren, og at sagen om nødvendigt indbringes for Voldgiftsnævnet."),
        ], mark="Lukket punkt"),
        P(7, "Eventuelt", None, False, []),
    ],
    "secrets": ["Kaffebrænderiet Nordlys I/S", "månedlig leje på 18.750 kr.", "lejefri periode på 9 måneder",
                "Brix & Sønner VVS ApS", "skjult utæthed i gulvvarmeanlægget", "1.264.000 kr."],
    "question": "bliver cykelstien til skolen saltet tidligere om morgenen til vinter? min datter cykler kl 7",
    "cite_punkt": 3,
}


def render_03(m):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    fixed = datetime.datetime(2024, 6, 4, 13, 0, 0)
    cp = d.core_properties
    cp.author = "Teknik og Ejendom, sekretariatet"
    cp.title = "Dagsorden Teknik- og Ejendomsudvalget 11.06.2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Teknik og Ejendom, sekretariatet"
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lindsmark Kommune | Teknik- og Ejendomsudvalget | 11.06.2024"
    sec.footer.paragraphs[0].text = "Dagsorden - offentliggøres på lindsmark.dk senest 4 hverdage før mødet"
    p = d.add_paragraph()
    r = p.add_run("Lindsmark Kommune")
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    p = d.add_paragraph()
    r = p.add_run("DAGSORDEN")
    r.bold = True
    r.font.size = Pt(26)
    d.add_paragraph("Teknik- og Ejendomsudvalget").runs[0].font.size = Pt(16)
    d.add_paragraph("Ordinært møde")
    info = d.add_table(rows=0, cols=2)
    for k, v in [("Tidspunkt", "Tirsdag den 11. juni 2024 kl. 15.00"),
                 ("Sted", "Mødelokalet Lindehuset, Lindsmark Rådhus"),
                 ("Medlemmer", "Per Kvist (formand), Ida Mose, Jonas Thrane, Amira Hadi, Søren Lyk"),
                 ("Afbud", "Ingen afbud ved udsendelsen")]:
        c = info.add_row().cells
        c[0].text = k
        c[1].text = v
    d.add_paragraph("")
    d.add_paragraph("Indholdsfortegnelse").runs[0].bold = True
    toc = d.add_table(rows=1, cols=3)
    toc.style = "Table Grid"
    hdr = toc.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Nr.", "Sag", "Side"
    for i, pt in enumerate(m["points"]):
        c = toc.add_row().cells
        c[0].text = str(pt["n"])
        c[1].text = pt["title"] + (" (lukket)" if pt["closed"] else "")
        c[2].text = str(2 + i)
    for pt in m["points"]:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading("%d - %s" % (pt["n"], pt["title"]), level=1)
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        c = tb.rows[0].cells
        c[0].text = "Sagsnr.: %s" % (pt["case"] or "-")
        c[1].text = "Sagsbehandler: Teknik og Ejendom"
        c[2].text = pt["mark"] if pt["closed"] else "Åbent punkt"
        if pt["closed"]:
            q = d.add_paragraph()
            q.add_run("Offentligheden er udelukket under dette punkt. Materialet er kun tilgængeligt for udvalgets medlemmer "
                      "og må ikke videregives.").italic = True
        if not pt["sections"]:
            d.add_paragraph("Intet materiale.")
        for label, text in pt["sections"]:
            d.add_heading(label, level=3)
            for pp in paras(text):
                d.add_paragraph(pp)
    end = d.add_paragraph("Udsendt 4. juni 2024 / TEK")
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(i.filename, src.read(i.filename), False) for i in src.infolist()], (2024, 6, 4, 13, 0, 0))


# ===========================================================================
# 04  Fjordbølle Kommune - Økonomiudvalget (PDF beslutningsprotokol: a cover
#     block, "number + title" headings in a shaded bar, a Sags-id line, a
#     boxed FORTROLIGT stamp on closed cases, "Fraværende" after each
#     decision, running header, "Side x af y", a signature page)
# ===========================================================================
M04 = {
    "file": "04_fjordboelle_oekonomiudvalget_2021.pdf",
    "board": "Økonomiudvalget",
    "date": "2021-11-30",
    "kind": "referat",
    "points": [
        P(140, "Godkendelse af dagsorden", "S2021-00102", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(141, "Anlægsregnskab for Fjordbølle Havnebad", "S2021-09876", False, [
            ("Sagsfremstilling",
             "Havnebadet ved Østkajen blev indviet den 19. juni 2021. Der var bevilget 7,5 mio. kr. til projektet, og det endelige forbrug blev 8.112.000 kr. "
             "Merforbruget på 612.000 kr. skyldes, at der efter stormen i februar skulle rammes ekstra pæle, fordi havnebunden var blødere end forudsat.\n\n"
             "Havnebadet havde ca. 23.000 besøgende i sommeren 2021."),
            ("Indstilling", "Direktionen indstiller, at anlægsregnskabet godkendes, og at merforbruget finansieres af kassebeholdningen."),
            ("Beslutning", "Anbefales over for byrådet."),
        ]),
        P(142, "Låneoptagelse 2021", "S2021-11807", False, [
            ("Sagsfremstilling",
             "Kommunens låneramme for 2021 er opgjort til 31,4 mio. kr., primært til energirenovering og ældreboliger. "
             "Det foreslås at optage et fastforrentet lån i KommuneKredit med en løbetid på 20 år."),
            ("Indstilling", "Direktionen indstiller, at lånet optages som beskrevet."),
            ("Beslutning", "Godkendt."),
        ]),
        P(143, "Forhandling om overtagelse af færgeruten til Langø", "S2021-11911", True, [
            ("Sagsfremstilling",
             "Ejeren af færgeruten, Anholm Shipping A/S, har tilbudt at sælge ruten og færgen M/F Tærnen til kommunen. "
             "Administrationen har fået foretaget en teknisk gennemgang af færgen."),
            ("Indstilling", "Direktionen indstiller, at borgmesteren får mandat til at forhandle ud fra en overtagelsespris på 11,2 mio. kr."),
            ("Beslutning", "Godkendt."),
        ], mark="FORTROLIGT - undtaget fra offentliggørelse (forhandling med privat part)"),
        P(144, "Tilskud til landsbybusser 2022", "S2021-12004", False, [
            ("Sagsfremstilling",
             "De tre frivilligt drevne landsbybusser i Søby, Vedstrup og Hølle søger samlet 420.000 kr. i driftstilskud for 2022. "
             "Hølle-bussen ønsker at køre til Fjordbølle station to gange dagligt på hverdage i stedet for tre gange om ugen."),
            ("Indstilling", "Direktionen indstiller, at tilskuddet bevilges inden for den eksisterende ramme for kollektiv trafik."),
            ("Beslutning", "Godkendt. Den nye køreplan for Hølle evalueres efter et år."),
        ]),
        P(145, "Tvist med leverandøren af kommunens IT-drift", "S2021-12019", True, [
            ("Sagsfremstilling",
             "Under nedbruddet den 4. oktober 2021 var kommunens fagsystemer utilgængelige i 31 timer. Kontrakten med NordDrift Solutions ApS "
             "giver ret til en bod på 48.000 kr. pr. påbegyndt døgn."),
            ("Indstilling", "Direktionen indstiller, at boden kræves betalt, og at kontrakten ikke forlænges i 2023."),
            ("Beslutning", "Godkendt."),
        ], mark="FORTROLIGT - undtaget fra offentliggørelse (kontraktforhold)"),
    ],
    "secrets": ["Anholm Shipping A/S", "M/F Tærnen", "overtagelsespris på 11,2 mio. kr.",
                "NordDrift Solutions ApS", "bod på 48.000 kr. pr. påbegyndt døgn"],
    "question": "hvad endte havnebadet i fjordbølle med at koste, blev det dyrere end planlagt",
    "cite_punkt": 141,
}


def render_04(m):
    from fpdf import FPDF

    keep = keep_phrases(m)
    head = "Fjordbølle Kommune  ·  Økonomiudvalget  ·  Beslutningsprotokol 30.11.2021"

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, head, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(4)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2021, 12, 1, 8, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Beslutningsprotokol Økonomiudvalget 30.11.2021")
    pdf.set_author("Fjordbølle Kommune")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = 166

    def lines(text, size=10, style="", indent=0):
        pdf.set_font("Helvetica", style, size)
        for para in paras(text):
            words = para
            for k in sorted(keep, key=len, reverse=True):
                words = words.replace(k, k.replace(" ", SENT))
            cur = ""
            for w in words.split(" "):
                trial = (cur + " " + w) if cur else w
                if pdf.get_string_width(trial.replace(SENT, " ")) > W - indent and cur:
                    pdf.set_x(pdf.l_margin + indent)
                    pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                    cur = w
                else:
                    cur = trial
            if cur:
                pdf.set_x(pdf.l_margin + indent)
                pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 11, "Beslutningsprotokol", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 15)
    pdf.cell(0, 8, "Økonomiudvalget", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for k, v in [("Mødedato", "30.11.2021"), ("Mødetid", "16:00 - 17:45"), ("Mødested", "Fjordsalen, Fjordbølle Rådhus"),
                 ("Medlemmer", "Annette Fog (formand), Jakob Brandt, Poul Erik Thygesen, Sanne Lykke, Mikael Hove, Rikke Dam, Tobias Nør"),
                 ("Fraværende", "Poul Erik Thygesen")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(30, 6, k)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Sager på mødet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for p in m["points"]:
        pdf.cell(14, 6, str(p["n"]))
        pdf.cell(0, 6, "(Lukket sag)" if p["closed"] else p["title"], new_x="LMARGIN", new_y="NEXT")
    for p in m["points"]:
        pdf.ln(6)
        if pdf.get_y() > 230:
            pdf.add_page()
        pdf.set_fill_color(222, 232, 240)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(16, 8, str(p["n"]), fill=True)
        pdf.cell(0, 8, p["title"], fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 5, "Sags-id: %s" % p["case"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        if p["closed"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_text_color(160, 0, 0)
            pdf.cell(0, 7, p["mark"], border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        for label, text in p["sections"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
            lines(text, indent=4 if label == "Beslutning" else 0)
            if label == "Beslutning":
                pdf.set_font("Helvetica", "I", 9)
                pdf.cell(0, 5, "Fraværende: Poul Erik Thygesen", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Underskriftsside", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for name in ["Annette Fog", "Jakob Brandt", "Sanne Lykke", "Mikael Hove", "Rikke Dam", "Tobias Nør"]:
        pdf.ln(8)
        pdf.cell(80, 6, "_" * 36)
        pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ===========================================================================
# 05  Egelykke Kommune - Folkeoplysningsudvalget (plain text from the
#     secretary: "Ad N)" headings, Sagsnr. line, text wrapped at 72
#     columns, "(LUKKET)" after the heading, "Udvalget besluttede:",
#     page marks with form feeds)
# ===========================================================================
M05 = {
    "file": "05_egelykke_folkeoplysningsudvalget_2017.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2017-02-08",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet den 11. januar 2017", "17/0031", False, [
            ("Udvalget besluttede:", "Referatet blev godkendt og underskrevet."),
        ]),
        P(2, "Fordeling af lokaletilskud 2017", "17/0877", False, [
            ("Sagen:",
             "14 foreninger har søgt om tilskud til leje af private lokaler og egne lokaler i 2017. "
             "De samlede ansøgte udgifter er 1.902.000 kr. Efter folkeoplysningsloven skal kommunen dække mindst 65 pct. af de godkendte udgifter. "
             "Rammen i budgettet er 1.236.000 kr., hvilket svarer til præcis 65 pct."),
            ("Forvaltningen foreslår:", "at tilskuddet fordeles med 65 pct. til alle ansøgere efter bilaget."),
            ("Udvalget besluttede:", "Godkendt."),
        ]),
        P(3, "Ansøgning om underskudsgaranti til Egelykke Sommerlejr", "17/1142", False, [
            ("Sagen:",
             "Sommerlejren for 9-13-årige holdes i uge 28 på Stavnsholt Naturskole. Arrangørerne søger en underskudsgaranti på 40.000 kr., "
             "fordi deltagerbetalingen holdes nede på 950 kr. pr. barn."),
            ("Forvaltningen foreslår:", "at der gives en underskudsgaranti på 40.000 kr. fra udviklingspuljen."),
            ("Udvalget besluttede:", "Godkendt. Regnskab fremsendes senest 1. oktober 2017."),
        ]),
        P(4, "Regler for booking af skolernes gymnastiksale", "17/1150", False, [
            ("Sagen:",
             "Der har været mange klager over, at voksenhold ikke kan få tider i gymnastiksalene. Forvaltningen foreslår nye regler fra sæsonen 2017/18: "
             "Børne- og ungehold har fortrinsret fra kl. 16 til 19. Fra kl. 19 til 22 fordeles tiderne ligeligt mellem børne- og voksenhold.\n\n"
             "Sæsonbooking sker i det nye online bookingsystem fra 1. maj 2017. En tid, der ikke er brugt tre gange i træk uden afbud, "
             "går tilbage til fri booking."),
            ("Forvaltningen foreslår:", "at reglerne godkendes."),
            ("Udvalget besluttede:", "Godkendt, dog således at ansøgningsfristen for sæsonbooking bliver 15. maj 2017."),
        ]),
        P(5, "Klage over afslag på medlemstilskud", "17/1201", True, [
            ("Sagen:",
             "Egelykke Skak- og Bridgeklub klager over afslag på medlemstilskud for 2016. Ved kontrollen kunne foreningen dokumentere "
             "kun 9 af de opgivne 31 medlemmer under 25 år."),
            ("Forvaltningen foreslår:", "at afslaget fastholdes, og at det tidligere udbetalte tilskud kræves tilbagebetalt."),
            ("Udvalget besluttede:", "Forvaltningens forslag blev fulgt. Et flertal ønskede ikke politianmeldelse."),
        ], mark="Behandlet for lukkede døre og ført i udvalgets lukkede protokol."),
        P(6, "Eventuelt", None, False, [
            ("Udvalget besluttede:", "Næste møde er onsdag den 8. marts 2017."),
        ]),
    ],
    "secrets": ["Egelykke Skak- og Bridgeklub", "kun 9 af de opgivne 31 medlemmer", "ønskede ikke politianmeldelse"],
    "question": "vores badmintonhold kan aldrig få en tid i skolens gymnastiksal om aftenen - hvad er de nye regler og hvornår kan man booke",
    "cite_punkt": 4,
}


def render_05(m):
    keep = keep_phrases(m)
    W = 72
    out = []
    a = out.append
    a("EGELYKKE KOMMUNE")
    a("Kultur og Fritid")
    a("")
    a("REFERAT")
    a("Folkeoplysningsudvalget")
    a("Onsdag den 8. februar 2017 kl. 19.00 - 21.30")
    a("Egelykke Kulturhus, lokale 2")
    a("")
    a("Til stede:  Jytte Kær (formand), Bo Halberg, Else Møller, Nikolaj Rye,")
    a("            Vibeke Sand (idrætten), Carsten Fuglsang (aftenskolerne)")
    a("Afbud:      Mona Lindqvist")
    a("Referent:   Fritidskonsulent Ulrik Bach")
    a("")
    a("Dagsorden:")
    for p in m["points"]:
        a("  %d. %s" % (p["n"], p["title"]))
    a("")
    page = 1
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            page += 1
            a("")
            a("\f" + "Folkeoplysningsudvalget 08.02.2017".ljust(W - 12) + ("side %d af 3" % page).rjust(12))
            a("")
        a("=" * W)
        head = "Ad %d) %s" % (p["n"], p["title"])
        if p["closed"]:
            head += "  (LUKKET)"
        a(head)
        if p["case"]:
            a("Sagsnr.: %s" % p["case"])
        a("-" * W)
        if p["closed"]:
            for ln in wrap(p["mark"], W):
                a(ln)
            a("")
        for label, text in p["sections"]:
            a(label)
            for pp in paras(text):
                for ln in wrap(pp, W - 4, keep):
                    a("    " + ln)
                a("")
    a("=" * W)
    a("")
    a("Mødet sluttede kl. 21.30.")
    a("Referatet er udsendt den 10. februar 2017.")
    return "\n".join(out) + "\n"


# ===========================================================================
# 06  Strandholt Kommune - Børne- og Familieudvalget, TILLÆGSREFERAT (an
#     e-mail forwarded by the committee secretary: cover note, forwarded
#     header block, "TILLÆGSPUNKT NN" headings, "Sagsid" lines, "Udvalgets
#     afgørelse:", a logo attachment and a legal disclaimer)
# ===========================================================================
M06 = {
    "file": "06_strandholt_boerne-og-familieudvalget_tillaegsreferat_2024.eml",
    "board": "Børne- og Familieudvalget",
    "date": "2024-03-05",
    "kind": "tillaegsreferat",
    "points": [
        P(27, "Ekstra bevilling til vikardækning i dagplejen", "24/5521", False, [
            ("Sagsfremstilling:",
             "Sygefraværet i dagplejen har i januar og februar ligget på over 9 pct. Når en dagplejer er syg, skal børnene i gæstepleje, "
             "og der er ikke plads nok i legestuerne. Forvaltningen foreslår at ansætte fire ekstra gæstedagplejere resten af 2024."),
            ("Økonomi:", "Merudgiften er 1,1 mio. kr. i 2024."),
            ("Udvalgets afgørelse:", "Anbefales over for Økonomiudvalget med finansiering fra den centrale reserve."),
        ]),
        P(28, "Midlertidig lukning af Strandholt Ungdomsklub", "24/5530", False, [
            ("Sagsfremstilling:",
             "Ved en undersøgelse i februar blev der fundet skimmelsvamp i kælderen under klubbens café og musiklokaler. "
             "Bygningen skal renoveres, og klubben lukker derfor fra mandag den 11. marts 2024 og forventes at åbne igen den 12. august 2024.\n\n"
             "I lukkeperioden flytter klubben ind i Havbakkeskolens faglokaler og idrætshal, hvor der er åbent mandag til torsdag kl. 15-21. "
             "Fredagscaféen holder pause, men klubbens ture og sommerlejren gennemføres som planlagt."),
            ("Økonomi:", "Renoveringen er anslået til 2,3 mio. kr. og afholdes af vedligeholdelsespuljen."),
            ("Udvalgets afgørelse:",
             "Taget til efterretning. Udvalget ønsker, at forældre og unge orienteres via Aula og klubbens Instagram inden lukningen."),
        ]),
        P(29, "Tilsynssag vedrørende et privat opholdssted", "24/5547", True, [
            ("Sagsfremstilling:",
             "Socialtilsyn Syd har varslet skærpet tilsyn med Opholdsstedet Klitrosen efter flere episoder med magtanvendelse. "
             "Kommunen har tre anbragte børn fra Strandholt på stedet, og forvaltningen har aflagt uanmeldte besøg."),
            ("Udvalgets afgørelse:", "Taget til efterretning. Forvaltningen orienterer udvalget igen på mødet i maj."),
        ], mark="Ikke offentlig - behandlet for lukkede døre"),
    ],
    "secrets": ["Socialtilsyn Syd har varslet skærpet tilsyn", "Opholdsstedet Klitrosen", "tre anbragte børn fra Strandholt"],
    "question": "lukker ungdomsklubben i strandholt? hvor skal de unge så være og hvornår åbner den igen",
    "cite_punkt": 28,
}

_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAHnOJ3wAAAABJRU5ErkJggg==")


def render_06(m):
    from email.message import EmailMessage
    keep = keep_phrases(m)
    W = 74
    b = []
    a = b.append
    a("Kære udvalgsmedlemmer")
    a("")
    for ln in wrap("Hermed tillægsreferatet fra tirsdagens møde. Punkt 29 er ikke offentligt og må ikke "
                   "videresendes eller lægges på Aula eller hjemmesiden.", W):
        a(ln)
    a("")
    a("Venlig hilsen")
    a("Mette Kirkegaard")
    a("Udvalgssekretær | Børn og Familie | Strandholt Kommune")
    a("")
    a("-------- Videresendt meddelelse --------")
    a("Emne: Tillægsreferat - Børne- og Familieudvalget 05.03.2024")
    a("Dato: Tue, 5 Mar 2024 19:02:11 +0100")
    a("Fra: Mette Kirkegaard <mkir@strandholt.dk>")
    a("Til: BFU-medlemmer <bfu@strandholt.dk>")
    a("")
    a("TILLÆGSREFERAT")
    a("Børne- og Familieudvalget")
    a("Mødedato: 05.03.2024, kl. 16.00-18.10")
    a("Sted: Strandholt Rådhus, mødelokale Klitten")
    a("Tilstede: Hanne Vig (formand), Ole Brandstrup, Sidsel Aa, Kamal Nouri, Tina Fjeldsø")
    a("Fraværende: Erik Lund")
    a("")
    for ln in wrap("Punkterne blev optaget på dagsordenen efter den ordinære udsendelse. Referatet af "
                   "de ordinære punkter 18-26 er udsendt særskilt.", W):
        a(ln)
    a("")
    for p in m["points"]:
        a("_" * W)
        a("")
        a("TILLÆGSPUNKT %d - %s" % (p["n"], p["title"]))
        a("Sagsid: %s" % p["case"])
        if p["closed"]:
            a("*** %s ***" % p["mark"])
        a("")
        for label, text in p["sections"]:
            a(label)
            for pp in paras(text):
                b.extend(wrap(pp, W, keep))
                a("")
    a("_" * W)
    a("")
    for ln in wrap("Denne e-mail kan indeholde oplysninger, der kun er beregnet for modtageren. Har du modtaget "
                   "den ved en fejl, bedes du slette den og give afsenderen besked.", W):
        a(ln)
    body = "\n".join(b) + "\n"
    msg = EmailMessage()
    msg["From"] = "Mette Kirkegaard <mkir@strandholt.dk>"
    msg["To"] = "Hanne Vig <hvig@strandholt.dk>, Ole Brandstrup <obra@strandholt.dk>, Sidsel Aa <saa@strandholt.dk>"
    msg["Subject"] = "VS: Tillægsreferat - Børne- og Familieudvalget 05.03.2024"
    msg["Date"] = "Wed, 6 Mar 2024 08:41:09 +0100"
    msg["Message-ID"] = "<5f0c2a9e.bfu.20240306@strandholt.dk>"
    msg["Thread-Topic"] = "Tillægsreferat - Børne- og Familieudvalget 05.03.2024"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    msg.add_attachment(_PNG, maintype="image", subtype="png", filename="strandholt_logo.png")
    msg.set_boundary("----=_Part_20240306_0841_strandholt")
    return msg.as_bytes()


# ===========================================================================
# 07  Kærsø Kommune - Beredskabskommissionen (RTF from a word processor:
#     decimal headings "N.0 Title" with sub-sections "N.1", "N.2", ...,
#     "J.nr." line, a header table with the members, a FORTROLIGT banner
#     on the closed point, page header and footer)
# ===========================================================================
M07 = {
    "file": "07_kaersoe_beredskabskommissionen_2019.rtf",
    "board": "Beredskabskommissionen",
    "date": "2019-04-24",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "BR-19-001", False, [
            ("Kommissionens beslutning", "Godkendt."),
        ]),
        P(2, "Risikobaseret dimensionering - status efter høring", "BR-19-031", False, [
            ("Sagsfremstilling",
             "Forslaget til ny plan for risikobaseret dimensionering har været i høring hos nabokommunerne og Beredskabsstyrelsen. "
             "Der er kommet to høringssvar. Beredskabsstyrelsen bemærker, at responstiden i yderområderne fortsat er op til 15 minutter."),
            ("Indstilling", "Beredskabschefen indstiller, at planen sendes til endelig godkendelse i kommunalbestyrelsen uden ændringer."),
            ("Kommissionens beslutning", "Godkendt."),
        ]),
        P(3, "Afbrændingsforbud i tørre perioder", "BR-19-038", False, [
            ("Sagsfremstilling",
             "Efter den tørre sommer 2018 foreslås en fast procedure: Når Beredskabsstyrelsens brandfareindeks viser meget stor brandfare, "
             "udsteder beredskabschefen et forbud, der offentliggøres på kommunens hjemmeside og Facebook.\n\n"
             "Forbuddet omfatter bål, bålfade, fakler og afbrænding af haveaffald. Gasgrill og grill med ben er tilladt på egen grund. "
             "Sankthansbål på de fire faste bålpladser ved Kærsø Strand, Møllebakken, Spejderhytten og Byparken kan tillades efter en konkret vurdering på dagen."),
            ("Indstilling", "Beredskabschefen indstiller, at proceduren godkendes."),
            ("Kommissionens beslutning", "Godkendt. Proceduren gælder fra 1. maj 2019."),
        ]),
        P(4, "Sikring af kritisk infrastruktur - sårbarhedsudredning", "BR-19-044", True, [
            ("Sagsfremstilling",
             "Udredningen peger på, at pumpestationen ved Ellekær er det svageste led i spildevandssystemet. "
             "Ved strømsvigt har stationen kun batteri til to timer, mens nødstrømsanlæg på 400 kVA først kan være på plads efter seks timer. "
             "Det er desuden konstateret, at SRO-anlægget kan fjernstyres via en ukrypteret forbindelse."),
            ("Indstilling", "Beredskabschefen indstiller, at forsyningen pålægges at udbedre forholdene inden 1. oktober 2019."),
            ("Kommissionens beslutning", "Godkendt."),
        ], mark="FORTROLIGT PUNKT - behandles ikke i åbent møde af hensyn til beredskabsmæssige forhold"),
        P(5, "Nyt køretøj til højderedning", "BR-19-047", False, [
            ("Sagsfremstilling",
             "Den nuværende drejestige er fra 1998. Et nyt køretøj med 32 meters arbejdshøjde koster ca. 5,6 mio. kr. ved køb og ca. 640.000 kr. om året ved leasing over 10 år."),
            ("Indstilling", "Beredskabschefen indstiller, at der søges om anlægsmidler i budget 2020."),
            ("Kommissionens beslutning", "Anbefales. Leasing skal undersøges nærmere."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Kommissionens beslutning", "Intet."),
        ]),
    ],
    "secrets": ["pumpestationen ved Ellekær", "nødstrømsanlæg på 400 kVA", "SRO-anlægget kan fjernstyres"],
    "question": "må vi tænde sankthansbål ved stranden i kærsø selv om der er afbrændingsforbud",
    "cite_punkt": 3,
}


def rtf_esc(s):
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
    r = []
    a = r.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1030\n")
    a("{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n")
    a("{\\colortbl;\\red0\\green0\\blue0;\\red170\\green0\\blue0;\\red0\\green60\\blue110;}\n")
    a("{\\info{\\title Referat Beredskabskommissionen 24.04.2019}{\\author K\\u230?rs\\u248? Beredskab}"
      "{\\creatim\\yr2019\\mo4\\dy25\\hr9\\min0}}\n")
    a("\\paperw11906\\paperh16838\\margl1418\\margr1134\\margt1418\\margb1134\n")
    a("{\\header\\pard\\qr\\fs16 " + rtf_esc("Kærsø Kommune - Beredskabskommissionen - 24.04.2019") + "\\par}\n")
    a("{\\footer\\pard\\qc\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n")

    def para(text, fmt="\\fs20"):
        a("{\\pard\\sa120%s %s\\par}\n" % (fmt, rtf_esc(text)))

    para("Kærsø Kommune", "\\fs28\\b\\cf3")
    para("Referat", "\\fs36\\b")
    para("Beredskabskommissionen", "\\fs28")
    para("Onsdag den 24. april 2019 kl. 14.00 - 16.15, Kærsø Brandstation, undervisningslokalet")
    for k, v in [("Medlemmer", "Borgmester Jens-Ole Frandsen (formand)"),
                 ("", "Kommunalbestyrelsesmedlem Birthe Vestergaard"),
                 ("", "Kommunalbestyrelsesmedlem Aksel Rind"),
                 ("", "Politikommissær Ditte Agerskov"),
                 ("Sekretær", "Beredskabschef Morten Hauch"),
                 ("Afbud", "Ingen")]:
        a("\\trowd\\cellx2600\\cellx9000\n")
        a("\\pard\\intbl\\fs20\\b %s \\cell\\b0 %s \\cell\\row\n" % (rtf_esc(k), rtf_esc(v)))
    a("\\pard\\par\n")
    for p in m["points"]:
        a("{\\pard\\sb360\\sa120\\keepn\\fs26\\b\\cf3 %d.0  %s\\par}\n" % (p["n"], rtf_esc(p["title"])))
        if p["case"]:
            para("J.nr. %s" % p["case"], "\\fs18\\i")
        if p["closed"]:
            a("{\\pard\\sa120\\brdrt\\brdrs\\brdrb\\brdrs\\fs20\\b\\cf2 %s\\par}\n" % rtf_esc(p["mark"]))
        for k, (label, text) in enumerate(p["sections"], 1):
            a("{\\pard\\sb120\\sa60\\fs20\\b %d.%d  %s\\par}\n" % (p["n"], k, rtf_esc(label)))
            for pp in paras(text):
                para(pp)
    para("Mødet sluttede kl. 16.15. Referent: Morten Hauch", "\\fs18\\i")
    a("}\n")
    return "".join(r).encode("ascii")


# ===========================================================================
# 08  Hyldested Kommune - Sundheds- og Forebyggelsesudvalget (ODT: heading
#     "Dagsordenspunkt NN", then a key/value table with Emne, Sagsnr.,
#     Sagsbehandler and Adgang; "Udvalgets konklusion" as the decision label;
#     "Ikke offentlig" in the Adgang row of the closed point)
# ===========================================================================
M08 = {
    "file": "08_hyldested_sundheds-og-forebyggelsesudvalget_2020.odt",
    "board": "Sundheds- og Forebyggelsesudvalget",
    "date": "2020-10-06",
    "kind": "referat",
    "points": [
        P(51, "Godkendelse af dagsorden", "2020-SF-0901", False, [
            ("Udvalgets konklusion", "Godkendt."),
        ]),
        P(52, "Influenzavaccination af kommunens ansatte 2020", "2020-SF-0934", False, [
            ("Hvad drejer sagen sig om?",
             "På grund af covid-19 foreslås det, at alle kommunens ansatte med borgerkontakt tilbydes gratis influenzavaccination i efteråret 2020, "
             "og ikke kun medarbejdere i ældreplejen som hidtil."),
            ("Økonomi", "Der er indkøbt 2.300 doser. Udgiften på ca. 310.000 kr. afholdes af covid-19-puljen."),
            ("Indstilling fra direktøren", "Det indstilles, at tilbuddet godkendes."),
            ("Udvalgets konklusion", "Godkendt. Vaccinationen starter den 15. oktober 2020 på arbejdspladserne."),
        ]),
        P(53, "Rygestop-forløb flyttes online", "2020-SF-0940", False, [
            ("Hvad drejer sagen sig om?",
             "Sundhedshusets rygestophold har siden marts ikke kunnet mødes fysisk. Forvaltningen foreslår, at forløbene fremover også tilbydes online som videomøder."),
            ("Baggrund",
             "Et online forløb består af seks møder over fem uger med en rygestopinstruktør og 8-10 deltagere. Deltagerne får gratis nikotinerstatning i de første to uger. "
             "Tilmelding sker på Sundhedshusets side på hyldested.dk eller ved at ringe til Sundhedshuset på hverdage kl. 9-12. "
             "Borgere uden computer kan låne en tablet i forløbet.\n\n"
             "De fysiske hold genoptages, når forsamlingsforbuddet tillader det."),
            ("Indstilling fra direktøren", "Det indstilles, at udvalget tager orienteringen til efterretning."),
            ("Udvalgets konklusion", "Taget til efterretning. Udvalget ønsker en evaluering af frafaldet efter et halvt år."),
        ]),
        P(54, "Tilbagebetaling af tilskud fra sundhedspuljen", "2020-SF-0952", True, [
            ("Hvad drejer sagen sig om?",
             "Motionscenteret Pulsen Hyldested fik i 2019 tilskud til et motionstilbud for borgere med diabetes. "
             "Ved gennemgangen af regnskabet har forvaltningen fundet fiktive deltagerlister for fire af holdene."),
            ("Indstilling fra direktøren", "Det indstilles, at hele tilskuddet på 182.500 kr. kræves tilbagebetalt."),
            ("Udvalgets konklusion", "Godkendt."),
        ], mark="Ikke offentlig"),
        P(55, "Genåbning af træningscentret i Hyldested Sundhedshus", "2020-SF-0961", False, [
            ("Hvad drejer sagen sig om?",
             "Træningscentret genåbner den 19. oktober 2020 med højst 8 personer pr. hold og forudgående booking."),
            ("Udvalgets konklusion", "Taget til efterretning."),
        ]),
        P(56, "Meddelelser", None, False, [
            ("Udvalgets konklusion", "Formanden orienterede om møde med praktiserende læger den 2. november."),
        ]),
    ],
    "secrets": ["Motionscenteret Pulsen Hyldested", "fiktive deltagerlister", "182.500 kr."],
    "question": "kan jeg stadig komme på rygestop-kursus nu hvor det er online, og hvordan melder jeg mig til",
    "cite_punkt": 53,
}

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def render_08(m):
    from xml.sax.saxutils import escape as x
    c = []
    a = c.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">\n' % _ODF_NS)
    a('<office:automatic-styles>\n'
      '<style:style style:name="Pb" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>\n'
      '<style:style style:name="Pi" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:color="#8a1c1c"/></style:style>\n'
      '<style:style style:name="Pt" style:family="paragraph"><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>\n'
      '<style:style style:name="Fakta" style:family="table"><style:table-properties style:width="16cm"/></style:style>\n'
      '</office:automatic-styles>\n<office:body>\n<office:text>\n')
    a('<text:p text:style-name="Pb">Hyldested Kommune</text:p>\n')
    a('<text:p text:style-name="Pt">Referat</text:p>\n')
    a('<text:p>Sundheds- og Forebyggelsesudvalget</text:p>\n')
    a('<text:p>Tirsdag den 6. oktober 2020 kl. 16.30<text:tab/>Mødet blev holdt virtuelt via Teams</text:p>\n')
    a('<text:p>Deltagere: Gitte Ravn (formand), Lasse Kjeldgaard, Mariam Yousef, Ulla Brink, Frode Dalsgaard</text:p>\n')
    a('<text:p>Fraværende: Ingen</text:p>\n')
    a('<text:p text:style-name="Pb">Punkter</text:p>\n')
    for p in m["points"]:
        a('<text:p>%d<text:tab/>%s</text:p>\n' % (p["n"], x("Lukket punkt" if p["closed"] else p["title"])))
    for p in m["points"]:
        a('<text:h text:outline-level="1">Dagsordenspunkt %d</text:h>\n' % p["n"])
        a('<table:table table:name="Fakta%d" table:style-name="Fakta">\n'
          '<table:table-column table:number-columns-repeated="2"/>\n' % p["n"])
        for k, v in [("Emne", p["title"]), ("Sagsnr.", p["case"] or "-"), ("Sagsbehandler", "Sundhed og Forebyggelse"),
                     ("Adgang", p["mark"] if p["closed"] else "Åben")]:
            a('<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Pb">%s</text:p></table:table-cell>'
              '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>\n' % (x(k), x(v)))
        a('</table:table>\n')
        if p["closed"]:
            a('<text:p text:style-name="Pi">Referatet af dette punkt er undtaget fra offentliggørelse, da det vedrører '
              'en enkelt virksomheds forhold.</text:p>\n')
        for label, text in p["sections"]:
            a('<text:p text:style-name="Pb">%s</text:p>\n' % x(label))
            for pp in paras(text):
                a('<text:p>%s</text:p>\n' % x(pp))
    a('<text:p>Mødet sluttede kl. 18.05.</text:p>\n')
    a('</office:text>\n</office:body>\n</office:document-content>\n')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">\n'
              '<office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles>\n'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              '<style:header><text:p>Hyldested Kommune - Sundheds- og Forebyggelsesudvalget - 06.10.2020</text:p></style:header>'
              '<style:footer><text:p>Side <text:page-number>1</text:page-number></text:p></style:footer>'
              '</style:master-page></office:master-styles>\n</office:document-styles>\n' % _ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>Referat Sundheds- og Forebyggelsesudvalget 06.10.2020</dc:title>'
            '<meta:creation-date>2020-10-07T09:15:00</meta:creation-date>'
            '<meta:generator>LibreOffice/6.4</meta:generator></office:meta></office:document-meta>\n' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("content.xml", "".join(c).encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False)], (2020, 10, 7, 9, 15, 0))


# ===========================================================================
# 09  Ulvsbæk Kommune - Bolig- og Byudviklingsudvalget (Markdown export with
#     YAML front matter: "#### Dagsordenspunkt N" followed by the title in
#     bold, a one-row table with Sagsnr./Adgang/Sagsbehandler, a padlock
#     and an underscore note on closed points, bold section labels)
# ===========================================================================
M09 = {
    "file": "09_ulvsbaek_bolig-og-byudviklingsudvalget_2025.md",
    "board": "Bolig- og Byudviklingsudvalget",
    "date": "2025-01-14",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "SAG-2025-00012", False, [
            ("Udvalgets beslutning 14.01.2025", "Godkendt."),
        ]),
        P(2, "Byfornyelse af ejendommen Torvegade 9", "SAG-2025-00441", False, [
            ("Sagsfremstilling",
             "Ejeren af den bevaringsværdige ejendom Torvegade 9 har søgt om byfornyelsesstøtte til facade, vinduer og tag. "
             "Projektet er anslået til 3,1 mio. kr., og der søges om 1,2 mio. kr. i støtte, hvoraf staten refunderer halvdelen."),
            ("Indstilling", "Administrationen indstiller, at der gives tilsagn om støtte på 1,2 mio. kr."),
            ("Udvalgets beslutning 14.01.2025", "Godkendt."),
        ]),
        P(3, "Lokalplanforslag for ældreboliger ved Ulvsbæk Mølle", "SAG-2025-00458", False, [
            ("Sagsfremstilling",
             "Lokalplanforslaget giver mulighed for 36 almene ældreboliger på den tidligere gartnerigrund syd for Ulvsbæk Mølle. "
             "Boligerne bygges i 1-2 etager med en maksimal bygningshøjde på 8,5 meter og med et fælleshus ud mod mølledammen.\n\n"
             "Boligerne opføres af Boligselskabet Ulvsbo. Stien langs åen bevares og forlænges til Møllevej."),
            ("Høring",
             "Forslaget sendes i offentlig høring i 8 uger fra 22. januar til 19. marts 2025. Der holdes borgermøde i fælleshuset på Møllegården den 5. februar 2025 kl. 19."),
            ("Indstilling", "Administrationen indstiller, at lokalplanforslaget sendes i høring."),
            ("Udvalgets beslutning 14.01.2025", "Godkendt."),
        ]),
        P(4, "Køb af areal til stiforbindelse - forhandlingsmandat", "SAG-2025-00472", True, [
            ("Sagsfremstilling",
             "For at forbinde Nordparken med skolen skal kommunen erhverve ca. 2.400 m² af matrikel 3dk, der ejes af Højbogaard Landbrug I/S."),
            ("Indstilling", "Administrationen indstiller, at udvalget giver mandat til at tilbyde op til 145 kr. pr. m²."),
            ("Udvalgets beslutning 14.01.2025", "Godkendt."),
        ], mark="Lukket dagsordenspunkt"),
        P(5, "Udlejningsregler for almene boliger - kombineret udlejning", "SAG-2025-00480", False, [
            ("Sagsfremstilling",
             "Kommunen og Boligselskabet Ulvsbo foreslår at forlænge aftalen om kombineret udlejning i Nordparken til 2029. "
             "Halvdelen af de ledige familieboliger udlejes efter fortrinsret til personer i beskæftigelse eller under uddannelse."),
            ("Indstilling", "Administrationen indstiller, at aftalen forlænges."),
            ("Udvalgets beslutning 14.01.2025", "Godkendt."),
        ]),
        P(6, "Kondemnering af udlejningsejendom", "SAG-2025-00491", True, [
            ("Sagsfremstilling",
             "Ved tilsyn i december blev der fundet alvorlige fugtskader og defekte el-installationer i ejendommen Bakkevej 112. "
             "Udlejer Preben Storm Hvidt har ikke reageret på to påbud."),
            ("Indstilling", "Administrationen indstiller, at ejendommen kondemneres med virkning fra 1. april 2025, og at lejerne tilbydes genhusning."),
            ("Udvalgets beslutning 14.01.2025", "Godkendt."),
        ], mark="Lukket dagsordenspunkt"),
        P(7, "Orientering", None, False, [
            ("Udvalgets beslutning 14.01.2025", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["matrikel 3dk", "Højbogaard Landbrug I/S", "op til 145 kr. pr. m²",
                "Bakkevej 112", "Preben Storm Hvidt", "kondemneres med virkning fra 1. april 2025"],
    "question": "hvor mange ældreboliger skal der bygges ved møllen i ulvsbæk, og hvor høje må husene blive",
    "cite_punkt": 3,
}


def render_09(m):
    o = []
    a = o.append
    a("---")
    a("kommune: Ulvsbæk Kommune")
    a("udvalg: Bolig- og Byudviklingsudvalget")
    a("dato: 2025-01-14")
    a("type: referat")
    a("status: godkendt")
    a("eksporteret: 2025-01-16T10:02:44+01:00")
    a("---")
    a("")
    a("# Referat - Bolig- og Byudviklingsudvalget")
    a("")
    a("- **Tid:** tirsdag 14. januar 2025, kl. 15.30-17.40")
    a("- **Sted:** Mødelokale Åen, Ulvsbæk Rådhus")
    a("- **Deltagere:** Karen Stub (formand), Henrik Bay, Lærke Munch, Ali Demir, Jens Toft")
    a("- **Afbud:** Ingen")
    a("")
    a("## Indhold")
    a("")
    for p in m["points"]:
        a("%d. %s" % (p["n"], "🔒 Lukket punkt" if p["closed"] else p["title"]))
    a("")
    for p in m["points"]:
        a("---")
        a("")
        a("#### Dagsordenspunkt %d" % p["n"])
        a("")
        a("**%s**" % p["title"])
        a("")
        a("| Sagsnr. | Adgang | Sagsbehandler |")
        a("|---|---|---|")
        a("| %s | %s | %s |" % (p["case"] or "–", ("🔒 " + p["mark"]) if p["closed"] else "Åben",
                               "Byudvikling" if p["n"] % 2 else "Plan og Byg"))
        a("")
        if p["closed"]:
            a("_Punktet er fortroligt. Indholdet må ikke citeres eller videregives, heller ikke efter mødet._")
            a("")
        for label, text in p["sections"]:
            a("**%s**" % label)
            a("")
            for pp in paras(text):
                a(pp)
                a("")
    a("---")
    a("")
    a("*Referatet er godkendt af formanden 16.01.2025.*")
    return "\n".join(o) + "\n"


# ===========================================================================
# 10  Bølgeby Kommune - Beskæftigelsesudvalget (XML open-data export in
#     element form: <Punkt> with child elements for number, title, case and
#     publicity, sections as <Afsnit> with HTML in CDATA, a decision element
#     with a date attribute, an <Undtagelse> element on the closed point)
# ===========================================================================
M10 = {
    "file": "10_boelgeby_beskaeftigelsesudvalget_2016.xml",
    "board": "Beskæftigelsesudvalget",
    "date": "2016-05-09",
    "kind": "referat",
    "points": [
        P(61, "Godkendelse af dagsorden", "16-BEU-0100", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(62, "Sommerjob til unge på uddannelseshjælp 2016", "16-BEU-0233", False, [
            ("Sagsfremstilling",
             "Jobcentret foreslår at gentage sidste års ordning med 60 sommerjob for unge mellem 18 og 29 år på uddannelseshjælp. "
             "Jobbene varer 6 uger i ugerne 26-31 og er i kommunens parker, på havnen og på plejecentrene. Der udbetales løn efter overenskomst.\n\n"
             "De unge tilmelder sig hos deres kontaktperson i jobcentret senest 1. juni 2016. Målet er, at flest muligt starter på en uddannelse efter sommeren."),
            ("Økonomi", "Lønudgiften på ca. 1,4 mio. kr. modsvares delvist af sparet uddannelseshjælp."),
            ("Indstilling", "Jobcentret indstiller, at ordningen godkendes."),
            ("Beslutning", "Godkendt. Udvalget ønsker en opgørelse over, hvor mange der efterfølgende er startet på uddannelse."),
        ]),
        P(63, "Samarbejdsaftale med Bølgeby Produktionsskole", "16-BEU-0240", False, [
            ("Sagsfremstilling",
             "Aftalen sikrer 25 forløbspladser om året til unge uden uddannelse. Prisen er 2.950 kr. pr. uge pr. elev."),
            ("Indstilling", "Jobcentret indstiller, at aftalen godkendes for 2016-2018."),
            ("Beslutning", "Godkendt."),
        ]),
        P(64, "Revisionsbemærkning om hjemtagelse af statsrefusion", "16-BEU-0247", True, [
            ("Sagsfremstilling",
             "Revisionsfirmaet Kyst Revision har ved den sociale revision konstateret, at der er hjemtaget for meget refusion i 214 sygedagpengesager i 2014 og 2015."),
            ("Indstilling", "Jobcentret indstiller, at udvalget tager orienteringen til efterretning og godkender tilbagebetaling af 2,73 mio. kr. til staten."),
            ("Beslutning", "Godkendt. Sagen sendes videre til Økonomiudvalget."),
        ], mark="Punktet er undtaget fra offentliggørelse, indtil revisionsberetningen er behandlet af kommunalbestyrelsen"),
        P(65, "Mentorordning for nyankomne flygtninge", "16-BEU-0251", False, [
            ("Sagsfremstilling",
             "Frivilligcentret tilbyder at uddanne 40 frivillige mentorer, der i et år skal hjælpe nyankomne flygtninge med dansk, foreningsliv og kontakt til arbejdspladser."),
            ("Indstilling", "Jobcentret indstiller, at der gives et tilskud på 180.000 kr."),
            ("Beslutning", "Godkendt."),
        ]),
        P(66, "Eventuelt", None, False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Kyst Revision", "214 sygedagpengesager", "2,73 mio. kr. til staten"],
    "question": "min søn på 22 får uddannelseshjælp - kan han få et sommerjob gennem kommunen og hvornår skal han melde sig",
    "cite_punkt": 62,
}


def render_10(m):
    from xml.sax.saxutils import escape as x
    o = []
    a = o.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<Referat xmlns="urn:boelgeby:moeder:2.1" genereret="2016-05-10T07:12:00">')
    a('  <Kommune>Bølgeby Kommune</Kommune>')
    a('  <Udvalg>Beskæftigelsesudvalget</Udvalg>')
    a('  <Moede>')
    a('    <Dato>2016-05-09</Dato>')
    a('    <Start>16:00</Start>')
    a('    <Slut>18:30</Slut>')
    a('    <Sted>Bølgeby Rådhus, lokale 204</Sted>')
    a('    <Deltagere>')
    for name, role in [("Susanne Heide", "formand"), ("Kim Bonde", "medlem"), ("Rasmus Skjold", "medlem"),
                       ("Fatma Ceylan", "medlem")]:
        a('      <Deltager rolle="%s">%s</Deltager>' % (role, x(name)))
    a('    </Deltagere>')
    a('    <Fravaerende>')
    a('      <Deltager rolle="medlem" afbud="ja">Niels Overgaard</Deltager>')
    a('    </Fravaerende>')
    a('  </Moede>')
    a('  <Dagsordenpunkter antal="%d">' % len(m["points"]))
    for p in m["points"]:
        a('    <Punkt>')
        a('      <Nummer>%d</Nummer>' % p["n"])
        a('      <Titel>%s</Titel>' % x(p["title"]))
        if p["case"]:
            a('      <Sagsnummer>%s</Sagsnummer>' % p["case"])
        else:
            a('      <Sagsnummer/>')
        a('      <Offentlig>%s</Offentlig>' % ("nej" if p["closed"] else "ja"))
        if p["closed"]:
            a('      <Undtagelse>%s</Undtagelse>' % x(p["mark"]))
        for label, text in p["sections"]:
            if label == "Beslutning":
                a('      <Beslutning dato="2016-05-09">%s</Beslutning>' % x(text))
                continue
            body = "".join("<p>%s</p>" % x(pp) for pp in paras(text))
            a('      <Afsnit>')
            a('        <Afsnitstitel>%s</Afsnitstitel>' % x(label))
            a('        <Tekst><![CDATA[%s]]></Tekst>' % body)
            a('      </Afsnit>')
        a('    </Punkt>')
    a('  </Dagsordenpunkter>')
    a('  <Godkendt af="Susanne Heide" dato="2016-05-11"/>')
    a('</Referat>')
    return "\n".join(o) + "\n"


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
