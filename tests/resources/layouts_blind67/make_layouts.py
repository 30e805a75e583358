#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind67.

Every municipality, board, person, firm, address, amount and sentence below is
invented.  Running the script twice gives byte-identical files (fixed zip
timestamps, fixed PDF dates, fixed MIME boundary).  Needs python-docx for the
.docx and fpdf2 for the .pdf; every other format is written by hand.

Usage:  python make_layouts.py [outdir]
"""
import base64
import datetime
import io
import json
import os
import quopri
import sys
import textwrap
import zipfile
from html import escape
from xml.sax.saxutils import escape as xesc, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
GLUE = "\u2063"  # keeps protected phrases together while wrapping; never written out
ZIPTIME = (2024, 6, 3, 9, 15, 0)


def P(n, title, case, closed, sections, **extra):
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}
    d.update(extra)
    return d


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def protected(m):
    return list(m["secrets"]) + [p["title"] for p in m["points"]] + [m["board"]]


def wrap(text, width, keep=()):
    """textwrap.wrap that never splits one of the phrases in `keep` over two lines."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", GLUE).replace("-", "\u2060-\u2060"))
    out = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return [ln.replace(GLUE, " ").replace("\u2060", "") for ln in out]


def fixed_zip(entries):
    """Zip archive with fixed timestamps; entries: (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ===========================================================================
# 01  Tornbæk Kommune - Kultur- og Fritidsudvalget  (.html)
#     Agenda-portal page: skip link, "Mødefakta" as a definition list, a
#     jump menu in a <select>, one <details> block per point with a numbered
#     <h3> inside <summary>, "Sagsnummer:" line, section headings in <h4>,
#     a red "Lukket punkt" badge, decision heading with board and date,
#     per-point attachment list with file sizes, "Senest opdateret" footer.
# ===========================================================================
M01 = {
    "file": "01_tornbaek_kultur-og-fritidsudvalget_2022.html",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2022-05-09",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "22/00215", False, [
            ("Beslutning", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Tilskud til Tornbæk Roklub - nyt bådhus", "22/03871", False, [
            ("Resume",
             "Tornbæk Roklub søger om et anlægstilskud på 900.000 kr. til et nyt bådhus ved Fjordstien, fordi det gamle træhus fra 1961 er angrebet af svamp."),
            ("Sagsfremstilling",
             "Klubben har 214 medlemmer, heraf 71 under 25 år, og lejer i dag bådpladser hos sejlklubben, fordi kun halvdelen af bådene kan ligge i det gamle hus. "
             "Det nye bådhus bliver på 420 m² med plads til 28 robåde, et varmt omklædningsrum og et lokale, som skolerne kan låne i dagtimerne.\n\n"
             "Projektet koster i alt 3,1 mio. kr. Klubben har fået tilsagn om 1,4 mio. kr. fra fonde og rejser selv 0,8 mio. kr. gennem medlemsindsamling og frivilligt arbejde."),
            ("Økonomi",
             "Tilskuddet kan finansieres af anlægspuljen til idrætsfaciliteter, hvor der er 1,35 mio. kr. uforbrugt i 2022."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget giver et anlægstilskud på 900.000 kr. under forudsætning af, at byggetilladelsen foreligger inden 1. oktober 2022."),
            ("Beslutning",
             "Godkendt. Tilskuddet udbetales i to rater: halvdelen ved byggestart og resten ved ibrugtagning, som klubben forventer sker i april 2023. Karen Dal (V) ønskede, at skolernes adgang til lokalet skrives ind i aftalen."),
        ]),
        P(3, "Åbningstider på biblioteket i Søby - selvbetjening", "22/02944", False, [
            ("Sagsfremstilling",
             "Filialen i Søby har i dag betjent åbent 12 timer om ugen. Forvaltningen foreslår at indføre selvbetjent adgang med sundhedskort alle dage kl. 7-22, mens den betjente tid samles torsdag eftermiddag."),
            ("Økonomi", "Adgangskontrol og kameraer koster 185.000 kr. i etablering og 14.000 kr. årligt i drift."),
            ("Indstilling", "Forvaltningen indstiller, at selvbetjeningen indføres fra 1. september 2022."),
            ("Beslutning", "Godkendt med den tilføjelse, at ordningen evalueres efter et år sammen med lokalrådet i Søby."),
        ]),
        P(4, "Lejeaftale om cafeen i Kulturhuset Remisen", "22/04102", True, [
            ("Sagsfremstilling",
             "Forpagteren, Café Saltkar v/ Mille Thygesen, har ikke betalt leje siden oktober 2021 og har nu en restance på 87.350 kr. Forpagteren har bedt om en afdragsordning."),
            ("Beslutning",
             "Udvalget afviste en afdragsordning og besluttede at lade kontrakten løbe ud med udløb 31. august 2022."),
        ], mark="Lukket punkt"),
        P(5, "Kulturpris 2022 - indstillinger", "22/04219", True, [
            ("Sagsfremstilling",
             "Der er kommet syv indstillinger. Forvaltningen har peget på to kandidater, som begge har haft udstillinger og koncerter i kommunen gennem mange år."),
            ("Beslutning",
             "Prisen gives til keramikeren Bodil Ravnkilde. Spillemanden Ejgil Sommer får i stedet udvalgets hædersomtale. Navnene offentliggøres ved prisfesten."),
        ], mark="Lukket punkt"),
        P(6, "Halfordeling sæson 2022/23", "22/03350", False, [
            ("Sagsfremstilling",
             "Der er søgt om 1.140 timer mere i hallerne, end der er plads til. Forvaltningen har fordelt tiderne efter de vedtagne principper, hvor børn og unge under 18 år får tider før kl. 19."),
            ("Indstilling", "Forvaltningen indstiller, at fordelingen godkendes."),
            ("Beslutning", "Godkendt. Foreninger, der er utilfredse med fordelingen, kan klage til udvalget inden 1. juni."),
        ]),
        P(7, "Orientering fra formanden", "22/00215", False, [
            ("Beslutning", "Formanden orienterede om, at Tornbæk Musikfestival i år flytter fra Byparken til havnepladsen på grund af kloakarbejdet."),
        ]),
    ],
    "secrets": ["Café Saltkar v/ Mille Thygesen", "restance på 87.350 kr.", "udløb 31. august 2022",
                "keramikeren Bodil Ravnkilde", "Spillemanden Ejgil Sommer"],
    "question": "får roklubben penge af kommunen til det nye bådhus",
    "cite_punkt": 2,
}


def render_01(m):
    x = []
    a = x.append
    a('<!doctype html>')
    a('<html lang="da">')
    a('<head>')
    a('<meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a('<title>Kultur- og Fritidsudvalget 09-05-2022 - Referat | Tornbæk Kommune</title>')
    a('<link rel="stylesheet" href="/static/portal.css?v=4.12">')
    a('<style>.badge-lukket{background:#b3261e;color:#fff;border-radius:3px;padding:0 .4em;font-size:.8em}'
      ' details{border-bottom:1px solid #ddd;padding:.5em 0} summary h3{display:inline}</style>')
    a('</head>')
    a('<body>')
    a('<a class="skip" href="#indhold">Gå til indhold</a>')
    a('<header class="site"><img src="/static/tornbaek-logo.svg" alt="Tornbæk Kommune"><span>Politiske møder</span></header>')
    a('<main id="indhold">')
    a('<h1>Referat</h1>')
    a('<p class="udvalg">Kultur- og Fritidsudvalget</p>')
    a('<dl class="moedefakta">')
    a('<dt>Mødedato</dt><dd>09.05.2022</dd>')
    a('<dt>Mødetid</dt><dd>17:00 - 19:25</dd>')
    a('<dt>Mødested</dt><dd>Remisen, mødesal 2, Stationsvej 3</dd>')
    a('<dt>Deltagere</dt><dd>Hans Jørgen Lind (A) (formand), Karen Dal (V), Mikkel Saaby (F), Line Holt Winther (C), Yasmin Bech (A)</dd>')
    a('<dt>Afbud</dt><dd>Line Holt Winther (C)</dd>')
    a('</dl>')
    a('<form class="jump"><label for="spring">Spring til punkt</label> <select id="spring">')
    for p in m["points"]:
        a('<option value="pkt%d">%d. %s</option>' % (p["n"], p["n"], escape(p["title"])))
    a('</select></form>')
    for p in m["points"]:
        a('<details id="pkt%d" open>' % p["n"])
        badge = ' <span class="badge-lukket">%s</span>' % p["mark"] if p["closed"] else ""
        a('<summary><h3>%d. %s</h3>%s</summary>' % (p["n"], escape(p["title"]), badge))
        a('<p class="sag">Sagsnummer: %s</p>' % p["case"])
        for label, text in p["sections"]:
            if label == "Beslutning":
                label = "Beslutning i Kultur- og Fritidsudvalget den 09-05-2022"
            a('<h4>%s</h4>' % escape(label))
            for para in paras(text):
                a('<p>%s</p>' % escape(para))
        if not p["closed"] and p["n"] in (2, 3):
            a('<h4>Bilag</h4>')
            a('<ul class="bilag"><li><a href="/bilag/%s-1.pdf">Bilag 1 (PDF, %d kB)</a></li></ul>'
              % (p["case"].replace("/", "-"), 140 + 37 * p["n"]))
        a('</details>')
    a('</main>')
    a('<footer><p>Senest opdateret 11.05.2022 kl. 08:42</p><p>Tornbæk Kommune · Torvet 2 · 4571 Tornbæk · EAN 5798000412223</p></footer>')
    a('</body>')
    a('</html>')
    return "\n".join(x) + "\n"


# ===========================================================================
# 02  Lyngmose Kommune - Social- og Sundhedsudvalget  (.htm, ISO-8859-1)
#     Late-2000s export from a case system: layout tables with <font> tags,
#     upper-case tags, "Pkt. NN" in a left-hand cell and the bold title in the
#     right-hand cell, "J.nr." line, decision introduced as
#     "Social- og Sundhedsudvalget den 24.11.2009:", a shaded LUKKET SAG row,
#     "Mødet hævet kl." at the end.
# ===========================================================================
M02 = {
    "file": "02_lyngmose_social-og-sundhedsudvalget_2009.htm",
    "board": "Social- og Sundhedsudvalget",
    "date": "2009-11-24",
    "kind": "referat",
    "points": [
        P(86, "Meddelelser fra formand og direktør", "09/00117", False, [
            ("Sagsfremstilling", "Direktøren orienterede om, at aftalen om sygeplejeklinikken i Lyngmose Syd er forlænget til udgangen af 2010."),
            ("DECISION", "Til efterretning."),
        ]),
        P(87, "Kvalitetsstandard for madservice 2010", "09/13007", False, [
            ("Sagsfremstilling",
             "Madservicen leverer i dag kølemad to gange om ugen til 312 borgere. Forslaget til ny kvalitetsstandard giver borgerne mulighed for at vælge mellem to hovedretter, "
             "og maden skal bestilles senest fem hverdage før levering.\n\n"
             "Ældrerådet har i sit høringssvar ønsket, at der fortsat kan leveres varm mad til borgere, som ikke selv kan bruge en mikroovn."),
            ("Økonomiske konsekvenser", "Valgmuligheden øger udgiften med ca. 95.000 kr. årligt, som afholdes inden for rammen."),
            ("Forvaltningens forslag", "Forvaltningen foreslår, at kvalitetsstandarden godkendes med virkning fra 1. januar 2010."),
            ("DECISION", "Godkendt, idet der fortsat leveres varm mad efter individuel vurdering."),
        ]),
        P(88, "Genoptræningscenter Lyngmose - budget 2010", "09/12211", False, [
            ("Sagsfremstilling",
             "Antallet af genoptræningsforløb efter sygehusudskrivning er steget fra 640 i 2007 til 905 i 2009. Ventetiden på holdtræning er nu op til syv uger.\n\n"
             "Forvaltningen foreslår at ansætte en ekstra fysioterapeut og at udvide åbningstiden til kl. 18 mandag og onsdag."),
            ("Økonomiske konsekvenser", "Merudgiften på 410.000 kr. foreslås finansieret af mindreforbruget på hjælpemidler."),
            ("Forvaltningens forslag", "Forvaltningen foreslår, at udvidelsen godkendes."),
            ("DECISION", "Godkendt. Udvalget vil have en status på ventetiden i juni 2010."),
        ]),
        P(89, "Influenza A (H1N1) - vaccination af personale", "09/14512", False, [
            ("Sagsfremstilling",
             "Sundhedsstyrelsen anbefaler, at personale med tæt kontakt til borgere i risikogrupper tilbydes vaccination. "
             "I Lyngmose gælder det ca. 540 medarbejdere i hjemmeplejen, på plejecentrene og i sygeplejen.\n\n"
             "Vaccinationen foregår hos de praktiserende læger. Forvaltningen har aftalt med lægerne, at medarbejderne kan møde op uden tidsbestilling i uge 49 og 50."),
            ("Forvaltningens forslag", "Forvaltningen foreslår, at medarbejderne får lov til at blive vaccineret i arbejdstiden."),
            ("DECISION", "Godkendt. Vaccinationen er frivillig for den enkelte medarbejder."),
        ]),
        P(90, "Personalesag - forflyttelse i hjemmeplejen", "09/14870", True, [
            ("Sagsfremstilling",
             "Sagen vedrører social- og sundhedsassistent Gitte Ambo, som efter en tjenstlig samtale den 2. november har bedt om at skifte arbejdssted."),
            ("DECISION", "Medarbejderen forflyttes til Distrikt Kirkevænget fra 1. januar 2010."),
        ]),
        P(91, "Eventuelt", None, False, [
            ("DECISION", "Mette Rahbek (SF) spurgte til ventelisten til plejebolig. Forvaltningen svarer skriftligt."),
        ]),
    ],
    "secrets": ["social- og sundhedsassistent Gitte Ambo", "tjenstlig samtale den 2. november",
                "Distrikt Kirkevænget"],
    "question": "skal de ansatte i hjemmeplejen vaccineres mod svineinfluenza og kan de gøre det i arbejdstiden",
    "cite_punkt": 89,
}


def render_02(m):
    x = []
    a = x.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    a('<HTML>')
    a('<HEAD>')
    a('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">')
    a('<META NAME="GENERATOR" CONTENT="Sagsportal Eksport 3.2">')
    a('<TITLE>Social- og Sundhedsudvalget - Referat 24-11-2009</TITLE>')
    a('</HEAD>')
    a('<BODY BGCOLOR="#FFFFFF">')
    a('<TABLE WIDTH="640" BORDER="0" CELLPADDING="2">')
    a('<TR><TD COLSPAN="2"><FONT FACE="Arial" SIZE="4"><B>Lyngmose Kommune</B></FONT><BR>'
      '<FONT FACE="Arial" SIZE="3">Social- og Sundhedsudvalget</FONT></TD></TR>')
    a('<TR><TD COLSPAN="2"><FONT FACE="Arial" SIZE="2">REFERAT<BR>Tirsdag den 24. november 2009 kl. 16.00<BR>'
      'Rådhuset, lokale 114<BR>Fraværende: Bent Hygum (V)</FONT></TD></TR>')
    a('<TR><TD COLSPAN="2"><HR></TD></TR>')
    for p in m["points"]:
        a('<TR><TD WIDTH="80" VALIGN="TOP"><FONT FACE="Arial" SIZE="2"><B>Pkt. %d</B></FONT></TD>' % p["n"])
        a('<TD><FONT FACE="Arial" SIZE="2"><B>%s</B></FONT></TD></TR>' % escape(p["title"]))
        if p["case"]:
            a('<TR><TD></TD><TD><FONT FACE="Arial" SIZE="1">J.nr. %s</FONT></TD></TR>' % p["case"])
        if p["closed"]:
            a('<TR><TD></TD><TD BGCOLOR="#DDDDDD"><FONT FACE="Arial" SIZE="2"><B>LUKKET SAG</B></FONT></TD></TR>')
        for label, text in p["sections"]:
            if label == "DECISION":
                label = "Social- og Sundhedsudvalget den 24.11.2009:"
            body = "<P>".join(escape(t) for t in paras(text))
            a('<TR><TD></TD><TD><FONT FACE="Arial" SIZE="2"><U>%s</U><BR>%s</FONT></TD></TR>' % (escape(label), body))
        a('<TR><TD COLSPAN="2">&nbsp;</TD></TR>')
    a('<TR><TD COLSPAN="2"><FONT FACE="Arial" SIZE="2">Mødet hævet kl. 17.50</FONT></TD></TR>')
    a('</TABLE>')
    a('</BODY>')
    a('</HTML>')
    return ("\r\n".join(x) + "\r\n").encode("iso-8859-1")


# ===========================================================================
# 03  Hjortmark Kommune - Kommunalbestyrelsen, tillægsreferat  (.docx)
#     Word document: a "Mødeoplysninger" table, a short list of the added
#     points, each point as "NNN. Title" heading followed by a three-row
#     metadata table (KLE journal number, Ansvarlig, Offentlighed: Åben /
#     Lukket), sections Resume / Sagsfremstilling / Indstilling and a
#     "Beslutning i Kommunalbestyrelsen den 25. marts 2021" heading;
#     page header and footer in the section.
# ===========================================================================
M03 = {
    "file": "03_hjortmark_kommunalbestyrelsen_tillaegsreferat_2021.docx",
    "board": "Kommunalbestyrelsen",
    "date": "2021-03-25",
    "kind": "tillaegsreferat",
    "points": [
        P(112, "Vaccinationscenter i Hjortmark Hallen - forlængelse af lejeaftale", "82.02.00-G01-4-21", False, [
            ("Resume", "Regionen ønsker at fortsætte vaccinationscentret i Hjortmark Hallen frem til 30. september 2021."),
            ("Sagsfremstilling",
             "Hallen har siden januar været brugt som vaccinationscenter, og indendørsidrætten har været flyttet til skolernes gymnastiksale. "
             "Regionen betaler 38.000 kr. om måneden i leje og dækker udgifterne til rengøring og vagt.\n\n"
             "Hjortmark Håndboldklub og Badmintonklubben Fjerbolden har fået besked om, at de kan få deres faste tider tilbage til sæsonstart, hvis forlængelsen ikke går ud over 30. september."),
            ("Indstilling", "Økonomiudvalget indstiller, at lejeaftalen med regionen forlænges til 30. september 2021."),
            ("Beslutning", "Godkendt. Kommunalbestyrelsen ønsker, at klubberne får en kompensation for ekstra kørsel i perioden."),
        ], ansvarlig="Kultur og Fritid"),
        P(113, "Anlægsbevilling til ny rundkørsel ved Bredgade/Møllevej", "05.01.02-G01-2-21", False, [
            ("Resume", "Krydset Bredgade/Møllevej er udpeget som uheldsbelastet med fem personskadeuheld på fem år."),
            ("Sagsfremstilling",
             "Vejdirektoratet har givet tilsagn om 50 pct. tilskud fra puljen til trafiksikkerhed. Rundkørslen anlægges med en diameter på 32 meter og krydsningsheller til cyklister på alle fire ben.\n\n"
             "Arbejdet forventes udført fra august til november 2021."),
            ("Indstilling", "Økonomiudvalget indstiller, at der gives en anlægsbevilling på 4,6 mio. kr., hvoraf 2,3 mio. kr. dækkes af statstilskuddet."),
            ("Beslutning", "Godkendt."),
        ], ansvarlig="Vej og Park"),
        P(114, "Forhandling om overtagelse af Gl. Mejeri", "02.34.02-G01-7-21", True, [
            ("Sagsfremstilling",
             "Administrationen har haft uformelle drøftelser med ejeren Holger Fenger om kommunens mulige køb af ejendommen til et lokalt kulturhus."),
            ("Beslutning",
             "Kommunalbestyrelsen bemyndigede borgmesteren til at afgive et betinget bud på 2,65 mio. kr. med skæringsdato 1. juli 2021."),
        ], ansvarlig="Borgmesterens Afdeling"),
        P(115, "Genåbning af fritidsklubberne efter nedlukningen", "17.02.05-G01-1-21", False, [
            ("Resume", "Fritidsklubberne må åbne igen fra 6. april 2021 for de ældste årgange."),
            ("Sagsfremstilling",
             "Klubberne åbner med faste grupper på højst 25 unge og udendørs aktiviteter, så vidt det er muligt. Der indføres krav om selvtest to gange om ugen for medarbejderne."),
            ("Indstilling", "Børne- og Skoleudvalget indstiller, at orienteringen tages til efterretning."),
            ("Beslutning", "Taget til efterretning."),
        ], ansvarlig="Børn og Unge"),
        P(116, "Valg af ny 2. viceborgmester", "00.01.00-A00-3-21", False, [
            ("Sagsfremstilling", "Pernille Storm (C) er fratrådt som 2. viceborgmester efter eget ønske, og der skal vælges en afløser for resten af valgperioden."),
            ("Beslutning", "Kommunalbestyrelsen valgte Erik Vedsted (C) som 2. viceborgmester."),
        ], ansvarlig="Sekretariatet"),
    ],
    "secrets": ["ejeren Holger Fenger", "betinget bud på 2,65 mio. kr.", "skæringsdato 1. juli 2021"],
    "question": "hvor længe skal hallen bruges til vaccination og hvornår kan håndboldklubben komme tilbage",
    "cite_punkt": 112,
}


def render_03(m):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2021, 3, 26, 10, 0, 0)
    cp.author = "Sekretariatet, Hjortmark Kommune"
    cp.title = "Tillægsreferat Kommunalbestyrelsen 25.03.2021"
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Sekretariatet"
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hjortmark Kommune · Kommunalbestyrelsen · Tillægsreferat"
    sec.footer.paragraphs[0].text = "Offentliggjort 29.03.2021"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Tillægsreferat", level=0)
    d.add_paragraph("Kommunalbestyrelsen")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Mødedato", "Torsdag den 25. marts 2021"), ("Mødetid", "Kl. 19.00 (efter det ordinære møde)"),
                 ("Mødested", "Virtuelt møde via Teams"),
                 ("Til stede", "Alle medlemmer undtagen Søren Høj (O)")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph("Følgende punkter blev optaget på dagsordenen efter udsendelsen:")
    for p in m["points"]:
        d.add_paragraph("Punkt %d" % p["n"], style="List Bullet")
    for p in m["points"]:
        d.add_heading("%d. %s" % (p["n"], p["title"]), level=1)
        mt = d.add_table(rows=0, cols=2)
        mt.style = "Table Grid"
        for k, v in [("Sagsnr.", p["case"]), ("Ansvarlig", p["ansvarlig"]),
                     ("Offentlighed", "Lukket" if p["closed"] else "Åben")]:
            r = mt.add_row().cells
            r[0].text, r[1].text = k, v
        for label, text in p["sections"]:
            if label == "Beslutning":
                label = "Beslutning i Kommunalbestyrelsen den 25. marts 2021"
            d.add_heading(label, level=3)
            for para in paras(text):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    entries = [(n, zin.read(n), False) for n in zin.namelist()]
    return fixed_zip(entries)


# ===========================================================================
# 04  Ålstrup Kommune - Erhvervs- og Beskæftigelsesudvalget, dagsorden (.pdf)
#     Text PDF: cover page with meeting box and a table of contents with dot
#     leaders and page numbers, "Punkt N - Title" headings, "(lukket)" after
#     the title of the closed point, "Sag nr." line, sections Resume /
#     Sagsfremstilling / Økonomi / Indstilling / Bilag, no decision field;
#     running header on every page after the cover, "Side N af M" footer.
# ===========================================================================
M04 = {
    "file": "04_aalstrup_erhvervs-og-beskaeftigelsesudvalget_dagsorden_2025.pdf",
    "board": "Erhvervs- og Beskæftigelsesudvalget",
    "date": "2025-09-02",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "25/6001", False, [
            ("Indstilling", "Direktøren indstiller, at dagsordenen godkendes."),
        ]),
        P(2, "Erhvervshus-samarbejde 2026 - ny resultatkontrakt", "25/7415", False, [
            ("Resume", "Kontrakten med erhvervshuset udløber ved årets udgang, og udvalget skal godkende mål for 2026."),
            ("Sagsfremstilling",
             "Erhvervshuset har i 2025 haft 146 vejledningsforløb med virksomheder fra Ålstrup, heraf 39 med iværksættere under tre år. "
             "Forslaget til ny kontrakt lægger op til flere forløb om grøn omstilling og automatisering i små produktionsvirksomheder.\n\n"
             "Kommunens bidrag er uændret 31 kr. pr. indbygger."),
            ("Økonomi", "Bidraget udgør ca. 1,2 mio. kr. og er indeholdt i budgetforslaget for 2026."),
            ("Indstilling", "Direktøren indstiller, at udvalget anbefaler resultatkontrakten over for Økonomiudvalget."),
            ("Bilag", "Udkast til resultatkontrakt 2026"),
        ]),
        P(3, "Jobmesse på Ålstrup Havn i oktober", "25/7702", False, [
            ("Resume", "Jobcentret vil holde en åben jobmesse i pakhuset på havnen torsdag den 23. oktober 2025 kl. 13-18."),
            ("Sagsfremstilling",
             "Messen er åben for alle, både ledige, studerende og folk i job, der vil skifte. Indtil nu har 34 virksomheder meldt sig, bl.a. fra byggeri, transport og pleje. "
             "Der bliver mulighed for at få tjekket sit CV og for at tale med en uddannelsesvejleder.\n\n"
             "Sidste års messe i idrætshallen havde ca. 900 besøgende."),
            ("Økonomi", "Udgiften på 120.000 kr. til leje, annoncering og forplejning afholdes af jobcentrets driftsbudget."),
            ("Indstilling", "Direktøren indstiller, at udvalget tager planen for jobmessen til efterretning."),
        ]),
        P(4, "Ansøgning om lån til iværksætterhus i den gamle toldbod", "25/8120", True, [
            ("Sagsfremstilling",
             "Fiskerhuset Rode & Co. IVS søger om et kommunalt lån til at indrette værksteder i toldboden. Ansøgeren tilbyder sikkerhed i skibet M/S Ternen."),
            ("Indstilling", "Direktøren indstiller, at udvalget drøfter ansøgningen."),
        ]),
        P(5, "Status på ledighed og jobcentrets måltal 2. kvartal 2025", "25/6650", False, [
            ("Sagsfremstilling",
             "Ledigheden i Ålstrup var 3,1 pct. i juni 2025 mod 3,4 pct. året før. Antallet af unge under 30 år på uddannelseshjælp er faldet med 12 pct."),
            ("Indstilling", "Direktøren indstiller, at status tages til efterretning."),
        ]),
        P(6, "Orientering og eventuelt", "25/6001", False, [
            ("Sagsfremstilling", "Formanden og direktøren orienterer om aktuelle sager."),
        ]),
    ],
    "secrets": ["Fiskerhuset Rode & Co. IVS", "sikkerhed i skibet M/S Ternen"],
    "question": "hvornår er der jobmesse på havnen og må alle komme",
    "cite_punkt": 3,
}


def render_04(m):
    from fpdf import FPDF
    keep = protected(m)

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, "Ålstrup Kommune  |  Erhvervs- og Beskæftigelsesudvalget  |  Dagsorden 02.09.2025",
                          new_x="LMARGIN", new_y="NEXT")
                self.line(20, 17, 190, 17)
                self.ln(4)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 8, 26, 12, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Dagsorden Erhvervs- og Beskæftigelsesudvalget 02.09.2025")
    pdf.set_author("Ålstrup Kommune")
    pdf.set_creator("Dagsordensystem")
    pdf.set_producer("Dagsordensystem")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()

    def line(txt, size=10, style="", h=5):
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")

    def text(txt):
        for para in paras(txt):
            for ln in wrap(para, 88, keep):
                line(ln)
            pdf.ln(2)

    # cover page
    pdf.add_page()
    line("Ålstrup Kommune", 16, "B", 9)
    line("DAGSORDEN", 13, "B", 8)
    pdf.ln(4)
    line("Erhvervs- og Beskæftigelsesudvalget", 12, "")
    line("Tirsdag den 2. september 2025 kl. 15.30")
    line("Mødelokale Havnestuen, Rådhuset")
    line("Medlemmer: Tove Brink (A), formand · Anders Kromann (V) · Signe Leth (SF)")
    line("Omar Khalil (A) · Birthe Vad (DF)")
    pdf.ln(8)
    line("Indholdsfortegnelse", 11, "B", 7)
    pages = {1: 2, 2: 2, 3: 3, 4: 3, 5: 4, 6: 4}
    for p in m["points"]:
        label = "Punkt %d - %s" % (p["n"], p["title"])
        pdf.set_font("Helvetica", "", 10)
        dots = "." * max(3, int((150 - pdf.get_string_width(label)) / pdf.get_string_width(".")))
        line("%s %s %d" % (label, dots, pages[p["n"]]))
    for p in m["points"]:
        if pdf.page_no() < pages[p["n"]]:
            pdf.add_page()
        head = "Punkt %d - %s" % (p["n"], p["title"]) + (" (lukket)" if p["closed"] else "")
        pdf.ln(3)
        line(head, 11, "B", 7)
        line("Sag nr. %s" % p["case"], 9, "I")
        pdf.ln(2)
        for label, body in p["sections"]:
            line(label, 10, "B", 6)
            text(body)
    return bytes(pdf.output())


# ===========================================================================
# 05  Storskov Kommune - Handicaprådet  (.txt)
#     Scanned-and-OCR'd minutes pasted into a text file: centred letterhead,
#     "[N] Title" point headings, "Sagsnr 2016-NNNNNN" lines, run-in
#     "Rådets udtalelse:" label, OCR noise (stray marks, a broken ligature),
#     form feeds with "- N -" page numbers, a bracketed note that a point is
#     exempt from publication, and a signature block.
# ===========================================================================
M05 = {
    "file": "05_storskov_handicapraadet_2016.txt",
    "board": "Handicaprådet",
    "date": "2016-04-12",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra 8. marts 2016", "2016-000412", False, [
            ("Rådets udtalelse", "Referatet blev godkendt uden bemærkninger."),
        ]),
        P(2, "Tilgængelighed på Storskov Station - ny elevator", "2016-000877", False, [
            ("Sagsfremstilling",
             "Banedanmark har meddelt, at perronen ved spor 2 får elevator i forbindelse med sporarbejdet i efteråret 2016. "
             "Indtil da er den eneste trinfri adgang via rampen ved godsvejen, som er for stejl til mange kørestolsbrugere.\n\n"
             "Kommunen har bedt om, at der samtidig laves ledelinjer for blinde og svagsynede fra busterminalen til elevatoren. "
             "Elevatoren forventes at være i drift fra december 2016."),
            ("Rådets udtalelse",
             "Rådet glæder sig over elevatoren og ønsker, at den midlertidige rampe får gelænder og bedre belysning, indtil elevatoren er klar."),
        ]),
        P(3, "Høring: Kvalitetsstandard for ledsagelse efter servicelovens § 97", "2016-001021", False, [
            ("Sagsfremstilling",
             "Forslaget fastholder 15 timers ledsagelse om måneden, men ændrer reglerne for opsparing, så ubrugte timer kun kan gemmes i seks måneder mod i dag tolv."),
            ("Rådets udtalelse",
             "Rådet kan ikke anbefale den kortere opsparingsperiode, fordi mange brugere sparer op til ferie og længere ture."),
        ]),
        P(4, "Ansøgning om handicapparkering ved privat bolig", "2016-001183", True, [
            ("Sagsfremstilling",
             "Ansøger er Ingrid Mortensen, Bøgevænget 14, der har været kørestolsbruger siden 2011 og ønsker en reserveret plads ud for sin indgang."),
            ("Rådets udtalelse", "Rådet anbefaler, at ansøgningen imødekommes."),
        ], mark="[Punktet er undtaget fra offentliggørelse - indeholder personoplysninger]"),
        P(5, "Eventuelt", None, False, [
            ("Rådets udtalelse", "Næste møde holdes den 7. juni 2016 på Storskov Bibliotek."),
        ]),
    ],
    "secrets": ["Ingrid Mortensen, Bøgevænget 14", "kørestolsbruger siden 2011"],
    "question": "kommer der elevator på storskov station og hvornår",
    "cite_punkt": 2,
}


def render_05(m):
    keep = protected(m)
    W = 68
    pages, cur = [], []
    cur += ["STORSKOV KOMMUNE".center(W), "Handicaprådet".center(W), "", "R E F E R A T".center(W), "",
            "Mødedato:   12-04-2016 kl. 15.30-17.15",
            "Sted:       Storskov Rådhus, mødelokale 3",
            "Deltagere:  Jytte Ravn (DH, formand), Kurt Bech (DH), Aase Nørlund (DH),",
            "            Lasse Friis (byrådet), Merete Sand (forvaltningen)",
            "Afbud:      Kurt Bech",
            "", "_" * W, ""]
    for p in m["points"]:
        if p["n"] == 3:
            pages.append(cur)
            cur = []
        cur.append("[%d] %s" % (p["n"], p["title"]))
        cur.append("    Sagsnr %s" % (p["case"] if p["case"] else "-"))
        if p["closed"]:
            cur.append(p["mark"])
        cur.append("")
        for label, body in p["sections"]:
            ps = paras(body)
            if label == "Rådets udtalelse":
                ps[0] = "Rådets udtalelse: " + ps[0]
            else:
                cur.append(label.replace("li", "1i"))  # OCR reads l as 1
            for para in ps:
                cur += wrap(para, W, keep)
                cur.append("")
    cur += ["_" * W, "", "Referent: Merete Sand", "Godkendt af formanden 19.04.2016, /JR", ""]
    pages.append(cur)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out.append("\f")
            out.append("Storskov Kommune   Handicaprådet   12.04.2016")
            out.append("")
        out += pg
        out.append(("- %d -" % i).center(W))
    text = "\n".join(out) + "\n"
    # a little more OCR noise in running text (never inside titles or secrets)
    text = text.replace("perronen ved spor 2", "perr0nen ved spor 2").replace("ledelinjer", "ledeIinjer")
    return text.replace("Rådet kan ikke", "Rådet kan ikke ,").replace("opsparing, så", "opsparing , så")


# ===========================================================================
# 06  Birkely Municipality - Expat and International Council  (.eml)
#     English minutes mailed by the council secretary: multipart/alternative
#     with a base64 text/plain part and a quoted-printable HTML part, "Item N |
#     Title" headings, "Case no." lines, "Background" / "Recommendation" /
#     "Outcome" labels, a "CLOSED ITEM" line, a forwarded-by line and a
#     signature with a disclaimer.
# ===========================================================================
M06 = {
    "file": "06_birkely_expat-and-international-council_2024.eml",
    "board": "Expat and International Council",
    "date": "2024-11-20",
    "kind": "referat",
    "points": [
        P(1, "Welcome and approval of the agenda", "24/30001", False, [
            ("Outcome", "The agenda was approved. The chair welcomed Priya Raman as the new representative of the university's international office."),
        ]),
        P(2, "English-language service at the Citizen Service Centre", "24/28816", False, [
            ("Background",
             "Around 2,300 residents of Birkely have an international background, and many of them contact the Citizen Service Centre about tax cards, health insurance cards and registration. "
             "At present, staff help in English when they can, but there are no fixed hours and most of the self-service guides are only in Danish.\n\n"
             "The administration proposes a fixed English-language desk every Tuesday from 10 to 14, an English phone line on weekday mornings and English versions of the ten most used self-service guides by March 2025."),
            ("Recommendation", "That the council supports the proposal and recommends it to the Finance Committee."),
            ("Outcome",
             "Supported. The council asked that the English desk also can book appointments for Saturday pick-up of residence cards, and that the guides are tested by members of the council before they go online."),
        ]),
        P(3, "International school places in Birkely - waiting list", "24/29470", False, [
            ("Background",
             "The international class at Birkely Skole has 24 pupils and a waiting list of 17 children. The school can open a second class from August 2025 if at least 18 pupils enrol."),
            ("Recommendation", "That the council takes the status into account in its input to next year's budget."),
            ("Outcome", "Noted. The council will ask the Children and Schools Committee to look at a second class."),
        ]),
        P(4, "Application for hardship support from an international family", "24/31107", True, [
            ("Background",
             "The application concerns the Okonkwo-Lindqvist family, whose residence permit is under review after a change of employer."),
            ("Outcome", "The council recommended a DKK 18,500 one-off grant from the welcome fund."),
        ]),
        P(5, "Next meeting and any other business", "24/30001", False, [
            ("Outcome", "Next meeting: 29 January 2025 at the Town Hall. Members wished for a joint meeting with the business council in the spring."),
        ]),
    ],
    "secrets": ["the Okonkwo-Lindqvist family", "DKK 18,500 one-off grant"],
    "question": "can I get help in English at the citizen service centre in birkely, and when",
    "cite_punkt": 2,
}


def render_06(m):
    keep = protected(m)
    t = []
    t += ["Dear members,", "",
          "Please find below the minutes from yesterday's meeting. They will be published on birkely.dk",
          "once the chair has approved them (the closed item will not be published).", "",
          "-----", "MINUTES", "Expat and International Council", "Birkely Municipality",
          "Meeting held on Wednesday 20 November 2024, 17:00-19:00, Town Hall, room Lindely",
          "Present: Anna Gudme (chair), Priya Raman, Tomasz Wójcik, Liam O'Sullivan, Mads Holberg (councillor)",
          "Apologies: Sofía Márquez", "-----", ""]
    for p in m["points"]:
        t.append("Item %d | %s" % (p["n"], p["title"]))
        t.append("Case no. %s" % p["case"])
        if p["closed"]:
            t.append("CLOSED ITEM - not for publication (personal data)")
        t.append("")
        for label, body in p["sections"]:
            t.append(label + ":")
            for para in paras(body):
                t += wrap(para, 72, keep)
                t.append("")
    t += ["Kind regards", "", "Louise Thrane", "Council secretary, Birkely Municipality",
          "Direct line +45 72 41 10 63", "",
          "This e-mail may contain confidential information. If you received it by mistake, please delete it."]
    plain = "\n".join(t) + "\n"
    h = ["<html><body>", "<p>Dear members,</p>", "<p>Please find the minutes in the plain-text part of this e-mail.</p>",
         "<p>Kind regards<br>Louise Thrane<br>Council secretary</p>", "</body></html>"]
    html = "\n".join(h) + "\n"
    b = "b67-birkely-boundary-0001"
    b64 = base64.encodebytes(plain.encode("utf-8")).decode("ascii")
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    head = [
        "Return-Path: <louise.thrane@birkely.dk>",
        "From: Louise Thrane <louise.thrane@birkely.dk>",
        "To: expatcouncil@lists.birkely.dk",
        "Subject: Minutes - Expat and International Council - 20 November 2024",
        "Date: Thu, 21 Nov 2024 09:12:44 +0100",
        "Message-ID: <20241121091244.5531@mail.birkely.dk>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="%s"' % b,
        "Content-Language: en-GB",
        "",
        "This is a multi-part message in MIME format.",
        "",
        "--" + b,
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        b64.rstrip("\n"),
        "",
        "--" + b,
        'Content-Type: text/html; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp.rstrip("\n"),
        "",
        "--" + b + "--",
        "",
    ]
    return "\r\n".join(head).encode("ascii")


# ===========================================================================
# 07  Nørrevig Kommune - Teknisk Udvalg  (.rtf)
#     Word-processor RTF: letterhead in the page header, a tab-aligned
#     contents list, "Punkt NN" on a line of its own above the title,
#     "Sag nr.: 330-2012-NNNN" (department-year-serial), sections Resume /
#     Sagsfremstilling / Retsgrundlag / Økonomi / "Teknisk Forvaltnings
#     indstilling" / "Udvalgets beslutning den 15. august 2012", closed points
#     marked with an italic "Punktet behandles for lukkede døre" line.
# ===========================================================================
M07 = {
    "file": "07_noerrevig_teknisk-udvalg_2012.rtf",
    "board": "Teknisk Udvalg",
    "date": "2012-08-15",
    "kind": "referat",
    "points": [
        P(44, "Godkendelse af dagsorden", "330-2012-0102", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(45, "Skybrudsplan for Nørrevig by - første udkast", "330-2012-2871", False, [
            ("Resume", "Efter skybruddet den 2. juli 2011 skal kommunen udarbejde en plan for, hvor regnvandet skal løbe hen ved ekstreme regnskyl."),
            ("Sagsfremstilling",
             "Udkastet peger på tre områder med særlig risiko: Havnegade, den nedre del af Kirkegade og boligområdet ved Åløbet. "
             "Det foreslås at lave et forsinkelsesbassin i Engparken og at hæve kantstenene langs Havnegade, så vandet ledes mod havnen.\n\n"
             "Nørrevig Forsyning deltager i arbejdet og har budgetteret med 7 mio. kr. til tiltag frem til 2015."),
            ("Retsgrundlag", "Aftalen om kommunernes økonomi for 2013 om klimatilpasningsplaner."),
            ("Teknisk Forvaltnings indstilling", "At udkastet sendes i dialog med grundejerforeningerne inden politisk behandling."),
            ("Beslutning", "Godkendt. Grundejerforeningen Åløbet inviteres særskilt."),
        ]),
        P(46, "Vejbelysning i Strandkvarteret - udskiftning til LED", "330-2012-3119", False, [
            ("Resume", "De 410 kviksølvlamper i Strandkvarteret må ikke længere sælges og skal udskiftes."),
            ("Sagsfremstilling",
             "Forvaltningen foreslår at udskifte armaturerne til LED og samtidig dæmpe lyset med 50 pct. mellem kl. 23 og 5. "
             "Strømforbruget forventes at falde fra 168.000 kWh til 61.000 kWh om året. Udskiftningen sker gade for gade fra oktober 2012 til marts 2013."),
            ("Økonomi", "Projektet koster 2,9 mio. kr. og er tjent hjem på ca. 11 år. Det finansieres af puljen til energibesparelser."),
            ("Teknisk Forvaltnings indstilling", "At udskiftningen godkendes."),
            ("Beslutning", "Godkendt, dog uden natlig dæmpning på stierne ved skolen."),
        ]),
        P(47, "Erstatningssag efter vejarbejde på Kirkegade", "330-2012-3340", True, [
            ("Sagsfremstilling",
             "Bager Holm & Datter har krævet erstatning for tabt omsætning 64.000 kr., fordi butikken var spærret af i seks uger under kloakarbejdet."),
            ("Beslutning", "Kravet afvises, men der tilbydes gratis udeservering på fortovet resten af 2012."),
        ]),
        P(48, "Lokalplan 12-04 for boliger ved Møllemarken - forslag", "330-2012-2455", False, [
            ("Sagsfremstilling",
             "Lokalplanforslaget giver mulighed for 36 rækkehuse og 12 parcelhuse på den tidligere gartnerigrund. Vejadgangen sker fra Møllevej, og der skal være en sti til skolen."),
            ("Teknisk Forvaltnings indstilling", "At forslaget sendes i offentlig høring i otte uger."),
            ("Beslutning", "Anbefales over for Økonomiudvalget og Byrådet."),
        ]),
        P(49, "Udbud af rendestensfejning 2013-2016 - tilbudsevaluering", "330-2012-3619", True, [
            ("Sagsfremstilling",
             "Der er kommet fire tilbud. Fejekompagniet Vest A/S har afgivet den laveste pris 412 kr. pr. km fejet kantsten."),
            ("Beslutning", "Udvalget pegede på tildeling til den laveste tilbudsgiver, når standstill-perioden er udløbet."),
        ]),
        P(50, "Trafiktælling på Nørrevig Landevej", "330-2012-2990", False, [
            ("Sagsfremstilling",
             "Tællingen i uge 22 viste 6.850 køretøjer i døgnet, heraf 9 pct. lastbiler. Gennemsnitshastigheden ved byskiltet var 58 km/t."),
            ("Beslutning", "Taget til efterretning. Politiet anmodes om fartkontrol ved byskiltet."),
        ]),
        P(51, "Meddelelser", "330-2012-0102", False, [
            ("Beslutning", "Formanden orienterede om, at færgelejet er lukket for biler fra 3. til 7. september på grund af reparation."),
        ]),
    ],
    "secrets": ["Bager Holm & Datter", "tabt omsætning 64.000 kr.", "Fejekompagniet Vest A/S",
                "laveste pris 412 kr. pr. km"],
    "question": "får vi LED-lamper på vejene i strandkvarteret og bliver lyset skruet ned om natten",
    "cite_punkt": 46,
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
    a(r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030")
    a(r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}")
    a(r"{\colortbl;\red0\green0\blue0;\red90\green90\blue90;}")
    a(r"{\info{\title Referat Teknisk Udvalg}{\author Teknisk Forvaltning}{\creatim\yr2012\mo8\dy16\hr9\min30}}")
    a(r"\paperw11906\paperh16838\margl1417\margr1134\margt1701\margb1134")
    a(r"{\header\pard\qr\f0\fs16 " + rtf_esc("Nørrevig Kommune - Teknisk Forvaltning - Havnevej 2 - 5390 Nørrevig") + r"\par}")
    a(r"{\footer\pard\qc\f0\fs16 " + rtf_esc("Referat Teknisk Udvalg 15.08.2012") + r"\par}")
    a(r"\pard\f0\fs32\b " + rtf_esc("Teknisk Udvalg") + r"\b0\par")
    a(r"\pard\fs22 " + rtf_esc("Referat af mødet onsdag den 15. august 2012 kl. 8.00 i Byrådssalen") + r"\par")
    a(r"\pard " + rtf_esc("Til stede: Poul Erik Busk (formand), Lis Agger, Henning Tarp, Dorthe Kjeldsen, Ib Nørgaard") + r"\par")
    a(r"\pard\par\b Indhold\b0\par")
    for p in m["points"]:
        a(r"\pard\tx1134 " + rtf_esc("Punkt %d\t%s" % (p["n"], p["title"])).replace("\t", r"\tab ") + r"\par")
    for p in m["points"]:
        a(r"\pard\par\page" if p["n"] == 44 else r"\pard\par")
        a(r"\pard\sb240\fs24\b " + rtf_esc("Punkt %d" % p["n"]) + r"\b0\par")
        a(r"\pard\fs24\b " + rtf_esc(p["title"]) + r"\b0\fs22\par")
        a(r"\pard\cf2 " + rtf_esc("Sag nr.: %s" % p["case"]) + r"\cf1\par")
        if p["closed"]:
            a(r"\pard\i " + rtf_esc("Punktet behandles for lukkede døre") + r"\i0\par")
        for label, body in p["sections"]:
            if label == "Beslutning":
                label = "Udvalgets beslutning den 15. august 2012"
            a(r"\pard\sb120\b " + rtf_esc(label) + r"\b0\par")
            for para in paras(body):
                a(r"\pard " + rtf_esc(para) + r"\par")
    a(r"\pard\par " + rtf_esc("Mødet sluttede kl. 10.05.") + r"\par")
    a("}")
    return ("\r\n".join(r) + "\r\n").encode("ascii")


# ===========================================================================
# 08  Kløverhøj Kommune - Børne- og Ungeudvalget  (.odt)
#     OpenDocument text: meeting facts in a table, headings carrying a
#     committee code "BUU-N" before the title, a "Sagsid:" line, a check-box
#     status line "Punktets status: ☐ Åbent ☒ Lukket" on every point,
#     decision heading "Beslutning den 29.01.2019 i Børne- og Ungeudvalget",
#     a protocol note signed by the chair at the end.
# ===========================================================================
M08 = {
    "file": "08_kloeverhoej_boerne-og-ungeudvalget_2019.odt",
    "board": "Børne- og Ungeudvalget",
    "date": "2019-01-29",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "19/0102", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Ny skoledistriktsgrænse mellem Kløverhøj Skole og Engskolen", "18/9931", False, [
            ("Resume", "Kløverhøj Skole har ikke plads til flere spor, mens Engskolen har tomme klasselokaler."),
            ("Sagsfremstilling",
             "Forvaltningen foreslår, at boligerne øst for Ringstedvej, dvs. Lærkevej, Mejsevej og den nye udstykning Engtoften, fremover hører til Engskolen. "
             "Ændringen gælder kun børn, der starter i 0. klasse fra august 2019. Søskende til elever på Kløverhøj Skole kan fortsat blive optaget der.\n\n"
             "Forslaget har været i høring hos skolebestyrelserne. Skolebestyrelsen på Kløverhøj Skole støtter forslaget, mens Engskolens bestyrelse ønsker en sikker skolevej over Ringstedvej."),
            ("Indstilling", "Forvaltningen indstiller, at den nye distriktsgrænse godkendes med virkning fra skoleåret 2019/20."),
            ("Beslutning",
             "Godkendt. Der etableres en skolepatrulje og et signalreguleret fodgængerfelt ved Ringstedvej inden skolestart. Jakob Lund (Ø) stemte imod."),
        ]),
        P(3, "Madordning i vuggestuerne - forældrebetaling 2019", "18/10422", False, [
            ("Sagsfremstilling",
             "Forældrene i de otte vuggestuer har stemt om frokostordningen. Syv har valgt at fortsætte. Prisen stiger fra 698 kr. til 715 kr. om måneden."),
            ("Indstilling", "Forvaltningen indstiller, at taksten godkendes."),
            ("Beslutning", "Godkendt."),
        ]),
        P(4, "Klage over afslag på specialskoleplads", "19/1204", True, [
            ("Sagsfremstilling",
             "Forældrene til eleven Noah Brix Damgaard har klaget over afslaget og ønsker i stedet betalt skolegang på Vesterlyng Friskole."),
            ("Beslutning", "Udvalget fastholdt afslaget. Sagen sendes til Klagenævnet for Specialundervisning."),
        ]),
        P(5, "Ungdomsskolens knallertkursus - ny model", "18/8870", False, [
            ("Sagsfremstilling",
             "Ungdomsskolen foreslår at flytte knallertkurset fra weekender til to uger i efterårsferien og samarbejde med en privat køreskole om køreprøven."),
            ("Indstilling", "Forvaltningen indstiller, at den nye model afprøves i 2019."),
            ("Beslutning", "Godkendt som forsøg. Brugerbetalingen må ikke overstige 1.200 kr."),
        ]),
        P(6, "Meddelelser og eventuelt", "19/0102", False, [
            ("Beslutning", "Formanden orienterede om, at der er indgået aftale om fælles legeplads mellem børnehaven Mælkebøtten og Kløverhøj Skole."),
        ]),
    ],
    "secrets": ["eleven Noah Brix Damgaard", "Vesterlyng Friskole"],
    "question": "skifter vores vej til engskolen når vores barn skal starte i skole til sommer",
    "cite_punkt": 2,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
    b = []
    a = b.append

    def p(txt, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(txt)))

    def h(txt, lvl):
        a('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (lvl, lvl, xesc(txt)))

    h("Kløverhøj Kommune", 1)
    p("Referat", "Title")
    p("Børne- og Ungeudvalget")
    a('<table:table table:name="Moedefakta"><table:table-column table:number-columns-repeated="2"/>')
    for k, v in [("Dato", "29.01.2019"), ("Tid", "16.30 - 18.40"), ("Sted", "Kløverhøj Rådhus, lokale Syd"),
                 ("Medlemmer", "Birgit Østergaard (A), formand; Jakob Lund (Ø); Tina Mørk (V); Hassan Ali (A); Maja Krog (K)"),
                 ("Fraværende", "Ingen")]:
        a('<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
          '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>'
          % (xesc(k), xesc(v)))
    a('</table:table>')
    for pt in m["points"]:
        h("BUU-%d  %s" % (pt["n"], pt["title"]), 2)
        p("Sagsid: %s" % pt["case"], "Sagsid")
        p("Punktets status: %s" % ("☐ Åbent ☒ Lukket" if pt["closed"] else "☒ Åbent ☐ Lukket"), "Status")
        for label, body in pt["sections"]:
            if label == "Beslutning":
                label = "Beslutning den 29.01.2019 i Børne- og Ungeudvalget"
            h(label, 3)
            for para in paras(body):
                p(para)
    p("Protokollen underskrevet digitalt af formanden 30.01.2019.", "Note")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>\n' % (NS, "".join(b)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>'
              '<style:style style:name="Sagsid" style:family="paragraph"><style:text-properties fo:color="#555555"/></style:style>'
              '<style:style style:name="Status" style:family="paragraph"/>'
              '<style:style style:name="Note" style:family="paragraph"/>'
              '</office:styles></office:document-styles>\n' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>Kontorpakke/7.3</meta:generator><dc:title>Referat Børne- og Ungeudvalget 29.01.2019</dc:title>'
            '<meta:creation-date>2019-01-30T08:00:00</meta:creation-date></office:meta></office:document-meta>\n' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>\n')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False)])


# ===========================================================================
# 09  Rævebakke Kommune - Det Grønne Råd  (.md)
#     Markdown from a static site: meeting facts as a pipe table, a "Punkter"
#     list of links, UNNUMBERED "### Title" point headings, "Sag nr." in
#     inline code, "#### Baggrund / Forslag" sub-headings, decisions as a
#     blockquote "Rådets anbefaling (7. februar 2024)", a closed point shown
#     with an "Adgang: lukket" line, a horizontal rule between points.
# ===========================================================================
M09 = {
    "file": "09_raevebakke_det-groenne-raad_2024.md",
    "board": "Det Grønne Råd",
    "date": "2024-02-07",
    "kind": "referat",
    "points": [
        P(1, "Velkomst og godkendelse af dagsorden", "24/0210", False, [
            ("Beslutning", "Dagsordenen blev godkendt. Ny repræsentant fra Rævebakke Jagtforening, Ole Fabricius, blev budt velkommen."),
        ]),
        P(2, "Naturpleje med kreaturer på Rævebakke Overdrev", "24/0877", False, [
            ("Baggrund",
             "Overdrevet på 18 ha gror til i slåen og hvidtjørn, og de sjældne overdrevsplanter forsvinder. Kommunen vil derfor indgå aftale med en lokal landmand om helårsgræsning med 10-12 stykker kvæg af en hårdfør race.\n\n"
             "Der skal sættes ca. 2,1 km hegn op med låger ved de tre stier, så offentligheden fortsat kan gå på overdrevet. Hunde skal føres i snor i indhegningen."),
            ("Forslag", "Administrationen foreslår, at rådet anbefaler projektet, og at græsningen starter 1. maj 2024."),
            ("Beslutning",
             "Rådet anbefaler projektet. Rådet ønsker skilte ved lågerne om, hvordan man færdes blandt kreaturerne, og at stien langs skrænten holdes uden for hegnet."),
        ]),
        P(3, "Forslag om vandhuller i Skelmosen", "24/1033", False, [
            ("Baggrund", "Danmarks Naturfredningsforening har foreslået fire nye vandhuller til padder i Skelmosen. Lodsejeren er positiv."),
            ("Forslag", "Administrationen foreslår, at der søges om tilskud fra den statslige vandhulspulje."),
            ("Beslutning", "Rådet støtter forslaget."),
        ]),
        P(4, "Henvendelse om ulovlig fældning af fredskov", "24/1460", True, [
            ("Baggrund",
             "Administrationen har konstateret, at lodsejer Povl Grandjean har fældet skov, og at ca. 3,4 ha ryddet areal ligger inden for fredskovspligten."),
            ("Beslutning", "Rådet tog orienteringen om anmeldelse til Miljøstyrelsen den 19. januar til efterretning."),
        ], mark="Adgang: lukket (oplysninger om en enkelt lodsejer og en verserende håndhævelsessag)"),
        P(5, "Mødeplan for resten af 2024", "24/0210", False, [
            ("Beslutning", "Rådet mødes 8. maj, 11. september og 27. november 2024. Majmødet holdes som ekskursion til overdrevet."),
        ]),
    ],
    "secrets": ["lodsejer Povl Grandjean", "ca. 3,4 ha ryddet", "anmeldelse til Miljøstyrelsen den 19. januar"],
    "question": "kommer der køer til at gå på overdrevet og må man stadig gå tur der med hunden",
    "cite_punkt": 2,
}


def render_09(m):
    x = []
    a = x.append
    a("---")
    a('title: "Det Grønne Råd - referat 7. februar 2024"')
    a("layout: moede")
    a("kommune: Rævebakke Kommune")
    a("---")
    a("")
    a("# Det Grønne Råd")
    a("")
    a("**Rævebakke Kommune** · Referat")
    a("")
    a("| | |")
    a("|---|---|")
    a("| Dato | 7. februar 2024, kl. 19.00-21.15 |")
    a("| Sted | Naturcentret, Skovbrynet 6 |")
    a("| Deltagere | Gry Elkjær (formand), Ole Fabricius, Lise Thorup, Niels Bak, Asta Mølgaard, Rune Hviid (byrådet) |")
    a("| Afbud | Lise Thorup |")
    a("")
    a("## Punkter")
    a("")
    for p in m["points"]:
        slug = p["case"].replace("/", "-") + "-%d" % p["n"]
        a("- [%s](#%s)" % (p["title"], slug))
    a("")
    for p in m["points"]:
        a("---")
        a("")
        a("### %s" % p["title"])
        a("")
        a("Sag nr. `%s`" % p["case"])
        a("")
        if p["closed"]:
            a("*%s*" % p["mark"])
            a("")
        for label, body in p["sections"]:
            if label == "Beslutning":
                ps = paras(body)
                a("> **Rådets anbefaling (7. februar 2024):** " + ps[0])
                for para in ps[1:]:
                    a(">")
                    a("> " + para)
                a("")
                continue
            a("#### %s" % label)
            a("")
            for para in paras(body):
                a(para)
                a("")
    a("---")
    a("")
    a("_Referent: Asta Mølgaard, Natur og Miljø_")
    return "\n".join(x) + "\n"


# ===========================================================================
# 10  Mågerup Kommune - Økonomiudvalget  (.xml)
#     Export from an agenda system with Danish element names: <Moede> with
#     <Udvalg>, <Moededato>, <Deltagere>; one <Dagsordenpunkt nummer=".."
#     adgang="aaben|lukket"> per point holding <Titel>, <Sagsnummer> in the
#     "Sag nr. 14/NNNN" form, <Felt overskrift="..."> sections, a
#     <Lukkegrund> element for closed points and a <Beslutning dato udvalg>.
# ===========================================================================
M10 = {
    "file": "10_maagerup_oekonomiudvalget_2014.xml",
    "board": "Økonomiudvalget",
    "date": "2014-06-17",
    "kind": "referat",
    "points": [
        P(101, "Regnskab 2013 - overførsler til 2014", "14/5120", False, [
            ("Sagsfremstilling",
             "Regnskabet for 2013 viser et samlet mindreforbrug på driften på 23,4 mio. kr. Efter reglerne kan de enkelte udvalg overføre op til 3 pct. af deres driftsbudget til næste år, "
             "mens mindreforbrug derudover går i kassen.\n\n"
             "Der foreslås overført i alt 17,9 mio. kr., heraf 6,2 mio. kr. på skoleområdet og 3,8 mio. kr. på ældreområdet. Underskud over 3 pct. skal indhentes i 2014 og 2015."),
            ("Indstilling", "Økonomiafdelingen indstiller, at overførslerne godkendes og oversendes til Byrådet."),
            ("Beslutning", "Anbefales. Børne- og Kulturudvalgets underskud på 1,1 mio. kr. skal indhentes i 2014."),
        ]),
        P(102, "Budgetproces 2015-2018 - tidsplan og rammer", "14/4409", False, [
            ("Sagsfremstilling",
             "Tidsplanen lægger op til budgetseminar den 21.-22. august og førstebehandling den 11. september. Udvalgene skal komme med forslag til omprioriteringer svarende til 1 pct. af deres ramme."),
            ("Indstilling", "Økonomiafdelingen indstiller, at tidsplanen godkendes."),
            ("Beslutning", "Godkendt."),
        ]),
        P(103, "Salg af den tidligere brandstation på Havnevej", "14/6631", True, [
            ("Sagsfremstilling",
             "Efter offentligt udbud er der kommet tre bud. Det højeste bud er fra Nordisk Feriebolig Invest ApS, som vil indrette ferielejligheder i bygningen."),
            ("Beslutning", "Udvalget anbefaler Byrådet at sælge for 3.875.000 kr. ekskl. moms."),
        ], lukkegrund="Forhandling om køb og salg, jf. styrelseslovens § 10, stk. 2"),
        P(104, "Frikommuneforsøg - ansøgning om fritagelse for dokumentationskrav", "14/5987", False, [
            ("Sagsfremstilling",
             "Mågerup vil sammen med to nabokommuner søge om at blive fritaget for kravet om skriftlige handleplaner for borgere i ressourceforløb med kort varighed. Sagsbehandlerne vurderer, at det kan frigøre ca. 1.400 timer om året."),
            ("Indstilling", "Direktionen indstiller, at ansøgningen sendes."),
            ("Beslutning", "Godkendt."),
        ]),
        P(105, "Lønforhandling med direktionen", "14/6702", True, [
            ("Sagsfremstilling",
             "Borgmesteren har forhandlet løn med kommunaldirektør Aase Kronborg efter udløbet af den treårige resultataftale."),
            ("Beslutning", "Udvalget godkendte et engangsvederlag på 60.000 kr. og uændret grundløn."),
        ], lukkegrund="Personsag, jf. styrelseslovens § 10, stk. 2"),
        P(106, "Kommunens forsikringsprogram - genudbud", "14/5211", False, [
            ("Sagsfremstilling",
             "Forsikringsaftalerne udløber 31. december 2014. Kommunens forsikringsmægler foreslår at hæve selvrisikoen på bygninger til 100.000 kr. for at sænke præmien."),
            ("Indstilling", "Økonomiafdelingen indstiller, at genudbuddet sker med den højere selvrisiko."),
            ("Beslutning", "Godkendt."),
        ]),
        P(107, "Meddelelser", "14/4001", False, [
            ("Beslutning", "Borgmesteren orienterede om, at KL's økonomiaftale giver Mågerup et lidt højere anlægsloft end ventet."),
        ]),
    ],
    "secrets": ["Nordisk Feriebolig Invest ApS", "3.875.000 kr. ekskl. moms", "kommunaldirektør Aase Kronborg",
                "engangsvederlag på 60.000 kr."],
    "question": "hvor meget må udvalgene tage med over fra regnskab 2013 til 2014",
    "cite_punkt": 101,
}


def render_10(m):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="utf-8"?>')
    a('<Moede id="OKU-2014-06-17" kommune="Mågerup Kommune" dokumenttype="Referat">')
    a('  <Udvalg>Økonomiudvalget</Udvalg>')
    a('  <Moededato>17-06-2014</Moededato>')
    a('  <Moedetid start="15:00" slut="17:20"/>')
    a('  <Moedested>Borgmesterens kontor</Moedested>')
    a('  <Deltagere>')
    for n, f in [("Jens Ulrik Hald", "borgmester, formand"), ("Susanne Dyhr", ""), ("Kim Vestergaard", ""),
                 ("Rikke Abildgaard", ""), ("Torben Lykke", "")]:
        a('    <Deltager fravaer="%s">%s</Deltager>' % ("ja" if n == "Torben Lykke" else "nej",
                                                          xesc(n + (" (" + f + ")" if f else ""))))
    a('  </Deltagere>')
    a('  <Dagsordenpunkter>')
    for p in m["points"]:
        a('    <Dagsordenpunkt nummer="%d" adgang="%s">' % (p["n"], "lukket" if p["closed"] else "aaben"))
        a('      <Titel>%s</Titel>' % xesc(p["title"]))
        a('      <Sagsnummer>Sag nr. %s</Sagsnummer>' % p["case"])
        if p["closed"]:
            a('      <Lukkegrund>%s</Lukkegrund>' % xesc(p["lukkegrund"]))
        for label, body in p["sections"]:
            if label == "Beslutning":
                a('      <Beslutning dato="2014-06-17" udvalg="Økonomiudvalget">')
            else:
                a('      <Felt overskrift=%s>' % quoteattr(label))
            for para in paras(body):
                a('        <Afsnit>%s</Afsnit>' % xesc(para))
            a('      </Beslutning>' if label == "Beslutning" else '      </Felt>')
        a('    </Dagsordenpunkt>')
    a('  </Dagsordenpunkter>')
    a('</Moede>')
    return "\n".join(x) + "\n"


MEETINGS = [(M01, render_01), (M02, render_02), (M03, render_03), (M04, render_04), (M05, render_05),
            (M06, render_06), (M07, render_07), (M08, render_08), (M09, render_09), (M10, render_10)]


def expected():
    out = []
    for m, _ in MEETINGS:
        out.append({
            "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"],
        })
    return out


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
