#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind52.

All names, places, amounts and texts are invented. The script is deterministic:
running it twice gives byte-identical files. Needs python-docx for the two
.docx files; the PDF is written by hand (no external library).

Usage:  python make_layouts.py [outdir]
"""
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


def _wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    SENT = "\u2063"
    for k in keep:
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width)]


def P(n, title, case, closed, sections):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}


# ---------------------------------------------------------------------------
# 01  Hesselmark Kommune - Teknik- og Miljøudvalget (agenda-system HTML export)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_hesselmark_teknik-og-miljoeudvalget_2022.html",
    "board": "Teknik- og Miljøudvalget",
    "date": "2022-03-15",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "22/00412", False, [
            ("Beslutning i Teknik- og Miljøudvalget den 15-03-2022", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Renovering af Møllebækbroen på Kirkevej", "21/18834", False, [
            ("Sagsfremstilling",
             "Møllebækbroen på Kirkevej er opført i 1961. Ved det seneste hovedeftersyn i efteråret 2021 blev der "
             "konstateret omfattende korrosion i armeringen under brodækket, og broen er derfor midlertidigt "
             "skiltet med en vægtgrænse på 10 tons.\n\n"
             "Administrationen foreslår, at brodækket udskiftes og at fortovet på broens østside udvides til en "
             "dobbeltrettet sti. Arbejdet er planlagt til perioden 2. maj - 26. august 2022. I den periode "
             "spærres Kirkevej ved broen for al gennemkørende trafik, og trafikken omkøres via Skovbrynet og "
             "Hedevej. Gående og cyklister vil kunne passere ad en midlertidig gangbro."),
            ("Økonomi",
             "Den samlede udgift er skønnet til 4,2 mio. kr. Udgiften foreslås finansieret af den afsatte pulje "
             "til broer og bygværker i budget 2022."),
            ("Indstilling",
             "Teknik og Miljø indstiller, at udvalget anbefaler over for Økonomiudvalget og Byrådet, at der "
             "gives en anlægsbevilling på 4,2 mio. kr. til renovering af Møllebækbroen."),
            ("Beslutning i Teknik- og Miljøudvalget den 15-03-2022",
             "Anbefales. Udvalget lægger vægt på, at skolebørn fra Kirkebakken sikres en tryg vej over "
             "gangbroen i hele anlægsperioden."),
        ]),
        P(3, "Lukket punkt: Udbud af vintertjeneste 2022-2026 - valg af entreprenør", "22/02007", True, [
            ("Beslutning i Teknik- og Miljøudvalget den 15-03-2022",
             "Udvalget besluttede at tildele kontrakten til Vejservice Brøndum ApS, der afgav det økonomisk "
             "mest fordelagtige tilbud på 11.742.000 kr. for hele kontraktperioden. Tilbuddet fra "
             "Kystvejens Maskinudlejning blev erklæret ukonditionsmæssigt."),
        ]),
        P(4, "Affaldsplan 2022-2032 - høringsudkast", "22/00981", False, [
            ("Sagsfremstilling",
             "Kommunen skal vedtage en ny affaldsplan for perioden 2022-2032. Udkastet lægger op til, at "
             "husstandene fra 1. juli 2022 får en ekstra beholder til tekstilaffald og farligt affald, og at "
             "indsamlingen af madaffald udvides til alle sommerhusområder.\n\n"
             "Genbrugsstationen på Industrivej får en byttezone, hvor borgerne kan aflevere og hente brugbare "
             "ting."),
            ("Indstilling", "Det indstilles, at udkastet sendes i offentlig høring i 8 uger."),
            ("Beslutning i Teknik- og Miljøudvalget den 15-03-2022",
             "Godkendt. Udvalget ønsker et borgermøde om planen i høringsperioden."),
        ]),
        P(5, "Ansøgning om opstilling af tre vindmøller ved Sortemosen", "21/22760", False, [
            ("Sagsfremstilling",
             "En privat projektudvikler har ansøgt om at opstille tre vindmøller med en totalhøjde på op til "
             "150 meter ved Sortemosen, ca. 900 meter fra nærmeste nabo. Projektet kræver kommuneplantillæg, "
             "lokalplan og miljøvurdering."),
            ("Indstilling", "Det indstilles, at der igangsættes en idéfase med indkaldelse af idéer og forslag."),
            ("Beslutning i Teknik- og Miljøudvalget den 15-03-2022",
             "Udvalget besluttede at igangsætte idéfasen, men ønsker belyst et alternativ med to møller og en "
             "totalhøjde på højst 125 meter."),
        ]),
        P(6, "Meddelelser", "22/00412", False, [
            ("Sagsfremstilling",
             "- Udskiftningen til LED i vejbelysningen er 78 % færdig.\n"
             "- Vintertjenesten har i sæsonen brugt 1.950 tons salt, hvilket er under budgettet."),
            ("Beslutning i Teknik- og Miljøudvalget den 15-03-2022", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Vejservice Brøndum ApS", "11.742.000 kr.", "Kystvejens Maskinudlejning"],
    "question": "Hvornår bliver der spærret ved bækken på vejen forbi kirken, og hvordan skal bilerne køre udenom imens?",
    "cite_punkt": 2,
}


def render_01(m):
    css = ("body{font-family:Arial,sans-serif;font-size:13px}.item{border-top:1px solid #999;margin-top:18px}"
           ".item-header{font-size:16px;font-weight:bold}.case{color:#555}.closed .item-header{color:#900}")
    h = ['<!DOCTYPE html>', '<html lang="da">', '<head>', '<meta charset="utf-8">',
         '<title>Referat - Teknik- og Miljøudvalget - 15.03.2022</title>', '<style>%s</style>' % css,
         '</head>', '<body>', '<div id="page">',
         '<div id="docheader"><div class="logo"><img src="logo_hesselmark.png" alt="Hesselmark Kommune"></div>',
         '<div class="doctype">Referat</div></div>',
         '<table class="meetinginfo">',
         '<tr><th>Udvalg:</th><td>Teknik- og Miljøudvalget</td></tr>',
         '<tr><th>Mødetidspunkt:</th><td>Tirsdag den 15. marts 2022 kl. 16.00</td></tr>',
         '<tr><th>Mødested:</th><td>Mødelokale 2, Hesselmark Rådhus</td></tr>',
         '<tr><th>Medlemmer:</th><td>Bodil Frandsen (formand), Kasper Lindholt, Anette Vium, Per Ussing, Sidsel Krag</td></tr>',
         '<tr><th>Afbud:</th><td>Per Ussing</td></tr>',
         '</table>',
         '<div class="toc"><h2>Indholdsfortegnelse</h2><table>']
    for i, p in enumerate(m["points"]):
        h.append('<tr><td>%d.</td><td>%s</td><td class="page">%d</td></tr>' % (p["n"], escape(p["title"]), 2 + i))
    h.append('</table></div>')
    for p in m["points"]:
        cls = "item closed" if p["closed"] else "item"
        h.append('<div class="%s" id="item%d">' % (cls, p["n"]))
        h.append('<div class="item-header"><span class="no">Punkt %d:</span> <span class="title">%s</span></div>'
                 % (p["n"], escape(p["title"])))
        h.append('<div class="case">Sagsnr.: %s</div>' % p["case"])
        for label, text in p["sections"]:
            h.append('<div class="section"><h3>%s</h3>' % escape(label))
            for para in text.split("\n\n"):
                if para.startswith("- "):
                    h.append("<ul>" + "".join("<li>%s</li>" % escape(x[2:]) for x in para.split("\n")) + "</ul>")
                else:
                    h.append("<p>%s</p>" % escape(para))
            h.append('</div>')
        h.append('</div>')
    h += ['<div id="docfooter">Udskrevet fra dagsordensystemet · Hesselmark Kommune</div>', '</div>', '</body>', '</html>']
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------------------
# 02  Kløvermose Kommune - Kultur- og Fritidsudvalget (web page .htm)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_kloevermose_kultur-og-fritidsudvalget_2019.htm",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2019-09-04",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "19/00102", False, [("Beslutning", "Godkendt.")]),
        P(2, "Tilskud til renovering af klubhus hos Kløvermose Roklub", "19/07715", False, [
            ("Resumé",
             "Roklubben søger om 325.000 kr. til at udskifte tag, vinduer og bådhalsport på klubhuset ved "
             "Kløvermose Sø og til at indrette et handicaptoilet."),
            ("Sagsfremstilling",
             "Klubhuset er fra 1974 og har 212 medlemmer, heraf 88 under 25 år. Klubben finansierer selv "
             "140.000 kr. og udfører nedrivning og malerarbejde ved frivillig arbejdskraft. Arbejdet ønskes "
             "udført i vinterpausen fra november 2019 til marts 2020."),
            ("Indstilling",
             "Kultur og Fritid indstiller, at der bevilges 325.000 kr. fra anlægspuljen til idrætsfaciliteter."),
            ("Beslutning",
             "Bevilget med den betingelse, at handicaptoilettet også stilles til rådighed for brugere af "
             "stien rundt om søen i klubhusets åbningstid."),
        ]),
        P(3, "Åbningstider på Kløvermose Bibliotek i vinterhalvåret", "19/06342", False, [
            ("Resumé",
             "Biblioteket foreslår at udvide den selvbetjente åbningstid til kl. 7-22 alle ugens dage og til "
             "gengæld reducere den betjente tid på hverdage til kl. 12-18."),
            ("Sagsfremstilling",
             "Fra 1. november 2019 indføres søndagsåbent med personale kl. 10-14 i vinterhalvåret. Ændringen "
             "er udgiftsneutral."),
            ("Beslutning", "Godkendt. Ordningen evalueres i udvalget i maj 2020."),
        ]),
        P(4, "Personalesag vedrørende museumsleder (lukket)", "19/08810", True, [
            ("Beslutning",
             "Udvalget tiltrådte, at ansættelsesforholdet med museumsleder Henrik Abildgaard Mørch afsluttes "
             "ved en fratrædelsesaftale med en godtgørelse svarende til 6 måneders løn. Baggrunden er "
             "vedvarende samarbejdsvanskeligheder med museets bestyrelse."),
        ]),
        P(5, "Fordeling af puljen til lokale kulturarrangementer, 2. runde", "19/05120", False, [
            ("Resumé", "Der er modtaget 9 ansøgninger om i alt 96.500 kr. Puljen har 45.000 kr. tilbage."),
            ("Indstilling",
             "Det indstilles, at der gives tilskud til:\n"
             "- Kløvermose Jazzklub, 18.000 kr. til fire koncerter i Kulturladen\n"
             "- Spejdernes Høstmarked, 7.500 kr.\n"
             "- Foredragsrækken Ældre i Bevægelse, 12.000 kr."),
            ("Beslutning",
             "Godkendt som indstillet. De resterende 7.500 kr. overføres til 3. runde."),
        ]),
        P(6, "Kløvermose Kulturpris 2019 - valg af modtager (lukket)", "19/08102", True, [
            ("Beslutning",
             "Udvalget valgte billedkunstneren Vibeke Skov Hjorth som modtager af kulturprisen. Prisen "
             "overrækkes ved nytårskoncerten."),
        ]),
        P(7, "Orientering og eventuelt", "19/00102", False, [
            ("Beslutning",
             "Formanden orienterede om, at kunstgræsbanen ved Kløvermose Stadion er klar til brug fra uge 40."),
        ]),
    ],
    "secrets": ["Henrik Abildgaard Mørch", "6 måneders løn", "Vibeke Skov Hjorth"],
    "question": "Kan man stadig låne bøger om søndagen i vinter, og hvornår kan man komme ind uden personale?",
    "cite_punkt": 3,
}


def render_02(m):
    nav = ["Borger", "Erhverv", "Politik", "Om kommunen", "Job", "Kontakt"]
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">',
         '<html xmlns="http://www.w3.org/1999/xhtml" lang="da"><head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<title>Referat 4. september 2019 | Kløvermose Kommune</title>',
         '<link rel="stylesheet" href="/static/css/site.css" />',
         '<script type="text/javascript">var _paq = window._paq || []; _paq.push(["trackPageView"]);</script>',
         '</head><body>',
         '<div id="cookiebanner"><p>Vi bruger cookies til at forbedre din oplevelse af kloevermose.dk. '
         '<a href="/cookies">Læs mere</a></p><button>OK</button></div>',
         '<div id="top"><a class="skip" href="#content">Gå til indhold</a>',
         '<div class="sitelogo"><a href="/">Kløvermose Kommune</a></div>',
         '<form class="search"><input type="text" name="q" placeholder="Søg på kloevermose.dk" /></form>',
         '<ul class="mainnav">'] + ['<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in nav] + [
         '</ul></div>',
         '<div class="breadcrumb"><a href="/">Forside</a> &gt; <a href="/politik">Politik</a> &gt; '
         '<a href="/politik/udvalg">Udvalg</a> &gt; <a href="/politik/udvalg/kfu">Kultur- og Fritidsudvalget</a> '
         '&gt; Referater</div>',
         '<div id="wrapper"><div id="sidebar"><h4>Kultur- og Fritidsudvalget</h4><ul>',
         '<li><a href="#">Medlemmer</a></li><li><a href="#">Mødeplan 2019</a></li>',
         '<li><a href="#">Dagsordener og referater</a></li><li><a href="#">Puljer og tilskud</a></li></ul></div>',
         '<div id="content">',
         '<h1>Kultur- og Fritidsudvalget - referat 4. september 2019</h1>',
         '<p class="pubdate">Offentliggjort 9. september 2019 · Opdateret 10. september 2019</p>',
         '<p class="intro">Mødet blev holdt i Kulturladen. Fraværende: Jonas Brix.</p>']
    for p in m["points"]:
        h.append('<div class="dagsordenpunkt">')
        h.append('<h2>%d. %s</h2>' % (p["n"], escape(p["title"])))
        h.append('<p class="sagsnr">Acadre: %s</p>' % p["case"])
        for label, text in p["sections"]:
            h.append('<h3>%s</h3>' % escape(label))
            lines = text.split("\n")
            buf = []
            for ln in lines:
                if ln.startswith("- "):
                    buf.append("<li>%s</li>" % escape(ln[2:]))
                else:
                    if buf:
                        h.append("<ul>%s</ul>" % "".join(buf)); buf = []
                    if ln.strip():
                        h.append("<p>%s</p>" % escape(ln))
            if buf:
                h.append("<ul>%s</ul>" % "".join(buf))
        h.append('</div>')
    h += ['<div class="pagetools"><a href="#">Del siden</a> <a href="#">Print</a></div>',
          '<div class="feedback">Var siden nyttig? <button>Ja</button> <button>Nej</button></div>',
          '</div></div>',
          '<div id="footer"><p>Kløvermose Kommune · Torvet 1 · 4999 Kløvermose · Tlf. 70 00 00 00</p>',
          '<p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/privatliv">Privatlivspolitik</a></p>',
          '<p><a href="#top">Til toppen</a></p></div>',
          '</body></html>']
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------------------
# 03  Spurvelund Beredskab - Beredskabskommissionen (Word, points in headings)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_spurvelund_beredskabskommissionen_2023.docx",
    "board": "Beredskabskommissionen",
    "date": "2023-06-07",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2023-0012", False, [("Beslutning", "Godkendt.")]),
        P(2, "Forslag til risikobaseret dimensionering 2024-2027", "2023-0387", False, [
            ("Sagsfremstilling",
             "Beredskabet har udarbejdet forslag til ny risikobaseret dimensionering. Forslaget fastholder "
             "målet om, at første enhed er fremme inden for 10 minutter ved 80 % af udrykningerne i byzone. "
             "Landdistrikterne syd for Spurvelund får en ny frivillig førsteindsatsenhed med base i Egebjerg."),
            ("Indstilling",
             "Det indstilles, at forslaget sendes i høring hos Beredskabsstyrelsen og i de to ejerkommuner."),
            ("Beslutning", "Godkendt til høring."),
        ]),
        P(3, "Fortroligt: Ansættelse af beredskabsdirektør", "2023-0522", True, [
            ("Sagsfremstilling",
             "Ansættelsesudvalget har gennemført to samtalerunder og test af tre kandidater."),
            ("Beslutning",
             "Kommissionen besluttede at ansætte Mikkel Ravn Østergaard pr. 1. september 2023 på en "
             "kontrakt med en samlet løn på 71.500 kr. pr. måned. Som reserve peges på Camilla Høeg Bertelsen."),
        ]),
        P(4, "Forbud mod afbrænding ved tørke - nye retningslinjer", "2023-0410", False, [
            ("Sagsfremstilling",
             "Når DMI's tørkeindeks er over 4, kan beredskabsdirektøren udstede forbud mod bål og afbrænding "
             "af haveaffald i hele dækningsområdet. Grill med låg og gasgrill på egen grund er fortsat "
             "tilladt, så længe der holdes mindst 5 meter til bygninger og beplantning.\n\n"
             "Forbud offentliggøres i appen Spurvelund Beredskab, på hjemmesiden og ved skiltning ved "
             "skove og strande. Overtrædelse kan straffes med bøde."),
            ("Indstilling", "Det indstilles, at retningslinjerne godkendes og træder i kraft straks."),
            ("Beslutning", "Godkendt."),
        ]),
        P(5, "Indkøb af ny drejestigevogn til Station Spurvelund", "2023-0301", False, [
            ("Sagsfremstilling",
             "Den nuværende drejestige er fra 2004 og har været ude af drift 37 dage i 2022. Et fælles udbud "
             "med to nabokommuner forventes at give en pris på ca. 7,4 mio. kr. Levering kan tidligst ske i "
             "foråret 2025."),
            ("Beslutning", "Godkendt. Finansieringen indgår i budgetforslaget for 2024."),
        ]),
        P(6, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
    ],
    "secrets": ["Mikkel Ravn Østergaard", "71.500 kr. pr. måned", "Camilla Høeg Bertelsen"],
    "question": "Må vi tænde op i grillen og lave bål i haven, når det er knastørt om sommeren?",
    "cite_punkt": 4,
}


def _fix_zip_times(data):
    """Rewrite a zip (docx) with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _docx_bytes(doc):
    import datetime
    cp = doc.core_properties
    cp.created = datetime.datetime(2023, 6, 8, 9, 0, 0)
    cp.modified = datetime.datetime(2023, 6, 8, 9, 0, 0)
    cp.last_modified_by = "Sekretariatet"
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip_times(buf.getvalue())


def render_03(m):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.author = "Spurvelund Beredskab"
    doc.core_properties.title = "Referat Beredskabskommissionen"
    doc.add_paragraph("Spurvelund Beredskab", style="Title")
    doc.add_paragraph("Referat - Beredskabskommissionen", style="Subtitle")
    for line in ["Mødedato: 07.06.2023",
                 "Tidspunkt: kl. 9.00-11.30",
                 "Sted: Brandstationen, Stationsalléen 2, mødelokale 1",
                 "Deltagere: Borgmester Ida Lykke Frost (formand), Niels Hvam, Søren Bach, Tove Rasmussen, "
                 "politidirektør Ole Meinertz (repr. ved vicepolitiinspektør Hans Lau)",
                 "Fraværende: Søren Bach"]:
        para = doc.add_paragraph()
        lab, val = line.split(": ", 1)
        r = para.add_run(lab + ": "); r.bold = True
        para.add_run(val)
    for p in m["points"]:
        doc.add_heading("Pkt. %d %s" % (p["n"], p["title"]), level=1)
        if p["case"]:
            para = doc.add_paragraph()
            r = para.add_run("Sags-ID: "); r.bold = True
            para.add_run(p["case"])
        for label, text in p["sections"]:
            doc.add_heading(label, level=3)
            for para_text in text.split("\n\n"):
                para = doc.add_paragraph(para_text)
                para.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Beredskabskommissionen 07.06.2023 - referat"
    return _docx_bytes(doc)


# ---------------------------------------------------------------------------
# 04  Engtofte Havn - bestyrelsen (PDF written by hand, "Side N af M")
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_engtofte_havn_bestyrelse_2021.pdf",
    "board": "Bestyrelsen for Engtofte Havn",
    "date": "2021-10-12",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden og referat fra mødet 15.06.2021", None, False, [
            ("Beslutning", "Dagsorden og referat blev godkendt uden bemærkninger."),
        ]),
        P(2, "Halvårsregnskab 2021", "H21-0097", False, [
            ("Sagsfremstilling",
             "Havnens omsætning i første halvår 2021 var 6,9 mio. kr. mod 7,6 mio. kr. i samme periode sidste "
             "år. Faldet skyldes primært færre godsanløb med korn og foder. Lystbådehavnen har haft rekordmange "
             "gæstesejlere, i alt 3.140 overnatninger. Resultatet før afskrivninger er 0,4 mio. kr."),
            ("Beslutning", "Bestyrelsen tog halvårsregnskabet til efterretning."),
        ]),
        P(3, "LUKKET SAG - Opsigelse af lejemål på Værftsvej", "H21-0131", True, [
            ("Sagsfremstilling",
             "Lejer Engtofte Bådeværft ApS har en restance på 318.000 kr. og har ikke overholdt den aftalte "
             "afdragsordning."),
            ("Beslutning",
             "Bestyrelsen besluttede at ophæve lejemålet og om nødvendigt gennemføre udsættelse via fogedretten "
             "med virkning fra 1. december 2021."),
        ]),
        P(4, "Ny badebro og saunaplads ved Nordmolen", "H21-0064", False, [
            ("Sagsfremstilling",
             "Vinterbadeklubben Isbjørnene har i samarbejde med havnen søgt fondsmidler til en badebro med "
             "trappe og en saunahytte på Nordmolen. Der er opnået tilsagn om 800.000 kr. fra Kystfonden. "
             "Den samlede anlægsudgift er 1,2 mio. kr.; havnen bidrager med 400.000 kr.\n\n"
             "Anlægsarbejdet udføres i november 2021, og faciliteterne forventes taget i brug 15. januar 2022. "
             "Saunaen kan bookes af alle mod betaling via klubbens hjemmeside; broen er gratis og åben hele året."),
            ("Indstilling", "Det indstilles, at havnens bidrag på 400.000 kr. godkendes."),
            ("Beslutning", "Godkendt. Havnen skal sikre belysning og redningskrans ved broen."),
        ]),
        P(5, "Oprensning af sejlrenden", "H21-0022", False, [
            ("Sagsfremstilling",
             "Sejlrenden skal uddybes til 6,5 meter. Der skal opgraves ca. 14.000 m3 materiale, som efter "
             "tilladelse fra Miljøstyrelsen klappes på den anviste klapplads. Overslag: 2,3 mio. kr."),
            ("Beslutning", "Godkendt. Arbejdet udbydes i begrænset udbud."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Beslutning", "Næste møde holdes 14.12.2021 kl. 16.00."),
        ]),
    ],
    "secrets": ["Engtofte Bådeværft ApS", "318.000 kr.", "udsættelse via fogedretten"],
    "question": "Bliver der et sted ved havnen, hvor vi vinterbadere kan hoppe i og varme os op bagefter, og hvornår kan vi bruge det?",
    "cite_punkt": 4,
}


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_lines_04(m):
    """Return list of (font, size, text, indent) lines for the body of the PDF."""
    L = []
    L.append(("F2", 15, "REFERAT AF BESTYRELSESMØDE", 0))
    L.append(("F1", 10, "", 0))
    L.append(("F1", 10, "Dato: Tirsdag den 12. oktober 2021 kl. 17.00", 0))
    L.append(("F1", 10, "Sted: Havnekontoret, Havnepladsen 3, 1. sal", 0))
    L.append(("F1", 10, "Til stede: Jesper Kyhl (formand), Lise Brodersen, Arne Tving, Mona Ejby, havnefoged Kim Laugesen", 0))
    L.append(("F1", 10, "Afbud: Arne Tving", 0))
    L.append(("F1", 10, "", 0))
    for p in m["points"]:
        L.append(("F2", 12, "Sag %d – %s" % (p["n"], p["title"]), 0))
        if p["case"]:
            L.append(("F1", 9, "Sagsnr.: %s" % p["case"], 0))
        for label, text in p["sections"]:
            L.append(("F2", 10, label + ":", 0))
            for para in text.split("\n\n"):
                for w in _wrap(para, 92, m["secrets"]):
                    L.append(("F1", 10, w, 12))
        L.append(("F1", 10, "", 0))
    return L


def render_04(m):
    lines = _pdf_lines_04(m)
    # paginate
    top, bottom, lead = 770, 70, 14
    pages, cur, y = [], [], top
    for ln in lines:
        h = lead + (6 if ln[1] >= 12 else 0)
        if y - h < bottom:
            pages.append(cur); cur = []; y = top
        if ln[1] >= 12 and ln[2].startswith("Sag ") and y - 3 * h < bottom:
            pages.append(cur); cur = []; y = top
        y -= h
        cur.append((ln, y))
    pages.append(cur)
    n = len(pages)
    streams = []
    for i, pg in enumerate(pages, 1):
        ops = [b"BT /F1 8 Tf 50 810 Td " + _pdf_str("Engtofte Havn · Bestyrelsesmøde 12.10.2021") + b" Tj ET"]
        ops.append(b"0.5 w 50 802 m 545 802 l S")
        for (font, size, text, ind), y in pg:
            if not text:
                continue
            ops.append(("BT /%s %d Tf %d %d Td " % (font, size, 50 + ind, y)).encode() + _pdf_str(text) + b" Tj ET")
        ops.append(b"50 50 m 545 50 l S")
        ops.append(b"BT /F1 8 Tf 260 38 Td " + _pdf_str("Side %d af %d" % (i, n)) + b" Tj ET")
        streams.append(b"\n".join(ops))
    objs = []  # index 0 -> obj 1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_ids = [5 + 2 * i for i in range(n)]
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids_ids), n)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, st in enumerate(streams):
        page_id = 5 + 2 * i
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)).encode())
        objs.append(("<< /Length %d >>\nstream\n" % len(st)).encode() + st + b"\nendstream")
    info_id = len(objs) + 1
    objs.append("<< /Title (Referat bestyrelsesmøde 12.10.2021) /Producer (Engtofte Havn sekretariat) >>".encode("cp1252"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_id, xref)
    return bytes(out)


# ---------------------------------------------------------------------------
# 05  Tranehøj Kommune - Folkeoplysningsudvalget (plain-text e-mail)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_tranehoej_folkeoplysningsudvalget_2020.eml",
    "board": "Folkeoplysningsudvalget",
    "date": "2020-11-03",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [("", "Godkendt.")]),
        P(2, "Fordeling af haltimer sæsonen 2021/22", "20/14421", False, [
            ("", "Forvaltningen har foreslået nye principper, så timerne i Tranehøj Hallen og Skolehallen "
                 "fordeles efter antal aktive medlemmer under 25 år. Badmintonklubben og futsalafdelingen har "
                 "begge ønsket tirsdag aften."),
            ("Beslutning", "Principperne blev godkendt. Tirsdag aften deles mellem de to foreninger i lige uger "
                           "og ulige uger. Ordningen evalueres efter første sæson."),
        ]),
        P(3, "Lokaletilskud til Tranehøj Spejderne", "20/13802", False, [
            ("", "Spejderne har overtaget hytten i Lyngdalen og søger lokaletilskud efter folkeoplysningsloven."),
            ("Beslutning", "Udvalget godkendte et lokaletilskud på 65 %, svarende til ca. 38.400 kr. årligt."),
        ]),
        P(4, "Sag om tilbagebetaling af aktivitetstilskud (behandlet for lukkede døre)", "20/15010", True, [
            ("", "Ved stikprøvekontrol er det konstateret, at Tranehøj Kampsportsforening har opgivet 212 "
                 "medlemmer, mens medlemslisten kun kan dokumentere 131."),
            ("Beslutning", "Udvalget besluttede at kræve tilbagebetaling af 47.350 kr. og at foreningen ikke kan "
                           "søge aktivitetstilskud i 2021."),
        ]),
        P(5, "Corona-kompensation til foreninger", "20/12950", False, [
            ("", "Byrådet har afsat en pulje på 250.000 kr. til foreninger, der har mistet indtægter fra "
                 "stævner, cafédrift og udlejning på grund af covid-19. Der er indtil nu kommet 23 ansøgninger."),
            ("Beslutning", "Udvalget besluttede at forlænge ansøgningsfristen til 1. december 2020 og at "
                           "foreninger med mange børn og unge prioriteres."),
        ]),
        P(6, "Eventuelt", None, False, [("", "Næste møde er flyttet til 8. december 2020.")]),
    ],
    "secrets": ["Tranehøj Kampsportsforening", "opgivet 212 medlemmer", "47.350 kr."],
    "question": "Vores håndboldklub har tabt penge på aflyste stævner under corona - kan vi få hjælp fra kommunen, og hvornår skal vi senest søge?",
    "cite_punkt": 5,
}


def render_05(m):
    body = ["Kære medlemmer af Folkeoplysningsudvalget", "",
            "Hermed referatet fra vores møde i går. Eventuelle bemærkninger bedes sendt til mig senest "
            "fredag den 13. november.", "",
            "Venlig hilsen",
            "Lone Dalsgaard",
            "Sekretær for Folkeoplysningsudvalget",
            "Kultur og Fritid, Tranehøj Kommune", "",
            "-" * 60,
            "REFERAT - FOLKEOPLYSNINGSUDVALGET",
            "Møde: tirsdag d. 3/11-2020 kl. 19.00-21.15",
            "Sted: Teams (virtuelt møde pga. forsamlingsforbuddet)",
            "Deltagere: Hans-Jørgen Lind (formand), Birgit Aagaard, Rasmus Toft, Yasmin Haddad, Kurt Bjerre",
            "Afbud: Kurt Bjerre",
            "-" * 60, ""]
    for p in m["points"]:
        body.append("%d) %s" % (p["n"], p["title"]))
        if p["case"]:
            body.append("Sagsnr. %s" % p["case"])
        for label, text in p["sections"]:
            t = (label + ": " + text) if label else text
            body += _wrap(t, 76, m["secrets"])
        body.append("")
    body += ["", "-- ", "Lone Dalsgaard | Konsulent | Kultur og Fritid",
             "Tranehøj Kommune | Rådhuspladsen 1 | 7999 Tranehøj | Direkte 72 00 00 00", "",
             "Denne e-mail kan indeholde oplysninger, der kun er til modtageren. Har du modtaget den ved en "
             "fejl, så slet den venligst."]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Lone Dalsgaard <lone.dalsgaard@tranehoej.example>"
    msg["To"] = "fou-medlemmer@tranehoej.example"
    msg["Subject"] = "Referat af Folkeoplysningsudvalgets møde 3. november 2020"
    msg["Date"] = "Wed, 04 Nov 2020 10:12:44 +0100"
    msg["Message-ID"] = "<20201104101244.fou.4471@tranehoej.example>"
    msg.set_content("\n".join(body) + "\n", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# ---------------------------------------------------------------------------
# 06  Lergrav Kommune - Økonomiudvalget (RTF, committee codes ØU-0n)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_lergrav_oekonomiudvalget_2018.rtf",
    "board": "Økonomiudvalget",
    "date": "2018-04-10",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "00.01.00-A00-1-18", False, [
            ("Beslutning i Økonomiudvalget den 10. april 2018", "Godkendt."),
        ]),
        P(2, "Regnskab 2017 - overførsler til 2018", "00.32.00-S55-1-18", False, [
            ("Resumé",
             "Regnskab 2017 viser et overskud på den ordinære drift på 38,6 mio. kr., hvilket er 6,1 mio. kr. "
             "bedre end det korrigerede budget."),
            ("Sagsfremstilling",
             "Der søges om overførsel af i alt 21,3 mio. kr. fra 2017 til 2018, heraf 14,9 mio. kr. på anlæg, "
             "primært forsinkede byggeprojekter på plejecentret Bøgehøj og cykelstien til Skovhuse."),
            ("Indstilling", "Økonomi indstiller, at regnskabet og overførslerne anbefales over for Byrådet."),
            ("Beslutning i Økonomiudvalget den 10. april 2018", "Anbefales."),
        ]),
        P(3, "Salg af den tidligere Vestergade Skole", "82.06.02-G10-4-17", False, [
            ("Resumé",
             "Skolebygningerne på Vestergade har stået tomme siden sammenlægningen med Lergrav Centralskole i 2016."),
            ("Sagsfremstilling",
             "Det foreslås, at ejendommen udbydes til salg ved offentligt udbud med en mindstepris på 5,9 mio. "
             "kr. Der er samtidig igangsat en lokalplan, som giver mulighed for op til 40 rækkehuse og "
             "etageboliger. Gymnastiksalen foreslås bevaret og overdraget til lokale foreninger."),
            ("Økonomi", "Salgsprovenuet indgår i kassebeholdningen."),
            ("Indstilling", "Det indstilles, at ejendommen udbydes som beskrevet."),
            ("Beslutning i Økonomiudvalget den 10. april 2018",
             "Godkendt. Udbuddet annonceres, når lokalplanforslaget er vedtaget."),
        ]),
        P(4, "Ikke offentlig: Lejeaftale om Torvehallen", "82.02.00-G01-2-18", True, [
            ("Sagsfremstilling",
             "Der er forhandlet en lejeaftale med Købmandsgården Nord A/S om stueetagen i Torvehallen. "
             "Aftalen er uopsigelig i 15 år fra lejer og udlejers side."),
            ("Beslutning i Økonomiudvalget den 10. april 2018", "Godkendt."),
        ]),
        P(5, "Tilslutning til fælleskommunalt indkøbsfællesskab", "00.30.00-G01-3-18", False, [
            ("Sagsfremstilling",
             "Otte kommuner i regionen etablerer et fælles indkøbskontor, der skal gennemføre udbud af blandt "
             "andet kontorartikler, IT-udstyr, fødevarer til plejecentre og rengøringsmidler. Lergrav Kommunes "
             "andel af driften er 420.000 kr. årligt, og den forventede besparelse er 1,8 mio. kr. årligt fra 2020."),
            ("Indstilling", "Det indstilles, at Lergrav Kommune tilslutter sig fællesskabet fra 1. juli 2018."),
            ("Beslutning i Økonomiudvalget den 10. april 2018", "Anbefales over for Byrådet."),
        ]),
        P(6, "Ikke offentlig: Personalesag", "81.03.00-G01-7-18", True, [
            ("Beslutning i Økonomiudvalget den 10. april 2018",
             "Udvalget godkendte den foreslåede afskedigelse af afdelingsleder Jørn Ebbesen."),
        ]),
        P(7, "Meddelelser", "00.01.00-A00-1-18", False, [
            ("Beslutning i Økonomiudvalget den 10. april 2018",
             "Borgmesteren orienterede om KL's økonomiforhandlinger. Taget til efterretning."),
        ]),
    ],
    "secrets": ["Købmandsgården Nord A/S", "uopsigelig i 15 år", "Jørn Ebbesen"],
    "question": "Bliver der bygget rækkehuse dér, hvor børnene gik i skole på vestsiden af byen indtil 2016, og hvad sker der med gymnastiksalen?",
    "cite_punkt": 3,
}


def _rtf_text(s):
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


def render_06(m):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030",
         r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green0\blue0;}",
         r"{\info{\title Referat }{\author Lergrav Kommune}{\creatim\yr2018\mo4\dy11\hr9\min0}}",
         r"\paperw11906\paperh16838\margl1417\margr1134\margt1701\margb1701",
         r"{\header\pard\qr\f1\fs16 " + _rtf_text("Lergrav Kommune · Økonomiudvalget") + r"\par}",
         r"\pard\qc\f1\fs32\b " + _rtf_text("LERGRAV KOMMUNE") + r"\b0\par",
         r"\pard\qc\fs28 " + _rtf_text("Økonomiudvalget") + r"\par",
         r"\pard\qc\fs24 " + _rtf_text("Referat") + r"\par\par",
         r"\pard\ql\f0\fs22 " + _rtf_text("Mødedato: 10.04.2018") + r"\line " + _rtf_text("Mødetid: 08:00 - 10:15")
         + r"\line " + _rtf_text("Mødested: Udvalgsværelse 1, Lergrav Rådhus")
         + r"\line " + _rtf_text("Fraværende: Ingen") + r"\par\par"]
    for p in m["points"]:
        code = "ØU-%02d." % p["n"]
        r.append(r"\pard\sb240\sa60\f1\fs24\b " + _rtf_text("%s %s" % (code, p["title"])) + r"\b0\par")
        r.append(r"\pard\f0\fs20\i " + _rtf_text("J.nr. %s" % p["case"]) + r"\i0\par")
        for label, text in p["sections"]:
            r.append(r"\pard\sb120\f0\fs22\b " + _rtf_text(label) + r"\b0\par")
            for para in text.split("\n\n"):
                r.append(r"\pard\f0\fs22 " + _rtf_text(para) + r"\par")
    r.append("}")
    return ("\r\n".join(r) + "\r\n").encode("ascii")


# ---------------------------------------------------------------------------
# 07  Hyldebjerg Municipality - Climate and Environment Committee (English md)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_hyldebjerg_climate-and-environment-committee_2024.md",
    "board": "Climate and Environment Committee",
    "date": "2024-09-17",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", "24/00021", False, [("Decision", "Approved.")]),
        P(2, "Climate Action Plan: status report 2023", "24/02876", False, [
            ("Summary",
             "Greenhouse gas emissions in the municipality fell by 7 % from 2022 to 2023. Transport remains the "
             "largest source at 41 % of the total. 120 new public charging points were installed during 2023."),
            ("Recommendation", "The administration recommends that the committee takes the report into account."),
            ("Decision",
             "Noted. The committee asks for a separate case on car-sharing in the villages before the budget "
             "negotiations."),
        ]),
        P(3, "Closed item: Compensation claim from landowner", "24/03011", True, [
            ("Summary",
             "Brøndgaard Maskinstation claims compensation for crop damage on field no. 7 at Tuemose after the "
             "municipal pumping station failed."),
            ("Decision", "The committee approved a settlement of DKK 268,500 without admission of liability."),
        ]),
        P(4, "Bathing water quality at Hyldebjerg Strand", "24/02540", False, [
            ("Summary",
             "In the 2024 season, 4 of 22 water samples at Hyldebjerg Strand exceeded the limit values, all "
             "within 48 hours after cloudbursts that caused sewage overflows from the combined sewer in the "
             "old town."),
            ("Recommendation",
             "The administration recommends that the utility is asked to bring forward the planned overflow "
             "basin at Strandvejen (estimated cost DKK 9.2 million) to 2025, and that a sign with a QR code "
             "showing the current water quality is put up at the beach."),
            ("Financial implications", "The overflow basin is financed by the wastewater utility through charges."),
            ("Decision",
             "Approved. Until the basin is built, the municipality will advise against swimming for two days "
             "after heavy rain."),
        ]),
        P(5, "Tree policy for municipal land", "24/01988", False, [
            ("Summary",
             "The draft policy requires that two new trees are planted for every tree felled on municipal land. "
             "Exemptions apply to trees that are dead or pose a safety risk."),
            ("Decision", "Approved for public consultation for 6 weeks."),
        ]),
        P(6, "Any other business", None, False, [("Decision", "Nothing.")]),
    ],
    "secrets": ["Brøndgaard Maskinstation", "field no. 7 at Tuemose", "DKK 268,500"],
    "question": "Can my kids go in the sea at the town beach after a big storm with lots of rain, and is anything being done about the dirty water?",
    "cite_punkt": 4,
}


def render_07(m):
    out = ["# Hyldebjerg Municipality", "",
           "## Climate and Environment Committee - Minutes", "",
           "**Date:** Tuesday 17 September 2024, 17:00-19:15  ",
           "**Venue:** Committee Room 1, Hyldebjerg Town Hall  ",
           "**Members present:** Anna Krogsgaard (chair), Lars Mølby, Fatima Sadiq, Torben Hegelund, Rikke Paaske  ",
           "**Apologies:** Lars Mølby", "",
           "---", "",
           "*This is an English translation of the Danish minutes. In case of doubt the Danish version applies.*", ""]
    for p in m["points"]:
        out.append("### %d. %s" % (p["n"], p["title"]))
        out.append("")
        if p["case"]:
            out.append("*Case no. %s*" % p["case"])
            out.append("")
        for label, text in p["sections"]:
            out.append("**%s**" % label)
            out.append("")
            out.append(text)
            out.append("")
        out.append("---")
        out.append("")
    out.append("*Minutes approved electronically 19 September 2024.*")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# 08  Ulvedal Sogneråd 1958 - OCR of a handwritten/typed protocol
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_ulvedal_sogneraad_1958.txt",
    "board": "Ulvedal Sogneråd",
    "date": "1958-03-13",
    "kind": "referat",
    "points": [
        P(1, "Protokollen oplæst og godkendt", None, False, []),
        P(2, "Vejen fra Kirken til Mosegaardene", "12/58", False, []),
        P(3, "Centralvarme i Skolen", "14/58", False, []),
        P(4, "Hjælpesag (fortroligt)", None, True, []),
        P(5, "Andragende fra Ulvedal Gymnastikforening", None, False, []),
        P(6, "Eventuelt", None, False, []),
    ],
    "secrets": ["Enken Marie Kristensen", "Kr. 35 maanedlig", "Bækhuset"],
    "question": "Blev det vedtaget at få kørt grus ud på strækningen til gårdene ved mosen, og hvem skulle betale for det?",
    "cite_punkt": 2,
}


def render_08(m):
    t = """\
                                                              — 47 —

Aar 1958, Torsdag den 13. Marts Kl. 19½ afholdt Sogneraadet
Møde paa Ulvedal Skole. Samtlige Medlemmer var til Stede und-
tagen Gdr. Anders Holm, der havde meldt Forfald.

Formand: Sognefoged Niels Chr. Bruun.

Ad 1. Protokollen oplæst og godkendt
    Protokollen fra Mødet d. 6. Februar blev oplæst og god-
kendt uden Bemærkninger.

Ad 2. Vejen fra Kirken til Mosegaardene
    J.Nr. 12/58.
    Vejen er efter Vinteren i meget daarlig Stand, og Be-
boerne ved Mosegaardene har klaget over, at Mælkebilen ikke
kan komme frem. Der foreligger Tilbud fra Vognmand Svend Ager-
skov paa Grusning af hele Strækningen, ca. 1400 m, for
Kr. 4.850,00. Amtet har givet Tilsagn om Tilskud paa 60 pCt.
    Vedtoges at antage Tilbudet. Kommunens Andel afholdes af
Vejkontoen. Arbejdet skal være udført inden 1. Maj.

Ad 3. Centralvarme i Skolen
    J.Nr. 14/58.
    Skolekommissionen anbefaler, at Kakkelovnene i begge
Klasseværelser erstattes af Centralvarme med Oliefyr.
Overslag fra Smedemester Lauritzen Kr. 11.200,00.
    Sagen udsattes til næste Møde, idet man ønsker et Til-
bud mere indhentet, og Sparekassens Betingelser for et Laan
undersøgt.

                                                              — 48 —

Ad 4. Hjælpesag (fortroligt)
    Behandledes for lukkede Døre.
    Enken Marie Kristensen, Bækhuset, ansøger om Hjælp til
Brændsel og Husleje. Vedtoges at yde Kr. 35 maanedlig fra
1. April indtil videre.

Ad 5. Andragende fra Ulvedal Gymnastikforening
    Foreningen ansøger om Tilskud til nye Maatter og Ribbe-
stole i Skolens Gymnastiksal. Der bevilgedes Kr. l50,00,
mod at Foreningen selv betaler Resten.

Ad 6. Eventuelt
    Formanden oplyste, at Sogneraadets Regnskab for 1957/58
er indsendt til Amtet. Næste Møde afholdes i April.

                              Mødet hævet Kl. 22.

    N. Chr. Bruun    Jens Møller    P. Thomsen    K. Vestergaard
                     Hans Jakobsen    Søren Kr. Dahl
"""
    return t


# ---------------------------------------------------------------------------
# 09  Hørmark Kommune - Handicaprådet, dagsorden (Word, points in a table)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_hoermark_handicapraadet_dagsorden_2025.docx",
    "board": "Handicaprådet",
    "date": "2025-02-05",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [
            ("Indstilling", "Det indstilles, at dagsordenen godkendes."),
        ]),
        P(2, "Tilgængelighed i det nye sundhedshus på Stationspladsen", "25/01187", False, [
            ("Sagsfremstilling",
             "Byggeriet af sundhedshuset med lægepraksis, fysioterapi og tandpleje går i gang i april 2025. "
             "Projektet omfatter automatiske skydedøre, niveaufri adgang fra fortovet, elevator til alle "
             "etager, teleslynge i venteværelserne og 6 handicapparkeringspladser umiddelbart ved indgangen."),
            ("Indstilling", "Det indstilles, at rådet giver sine bemærkninger til projektet."),
        ]),
        P(3, "Høring: Kvalitetsstandard for ledsageordning efter servicelovens § 97", "25/00544", False, [
            ("Sagsfremstilling",
             "Udkastet fastholder 15 timers ledsagelse pr. måned og giver mulighed for at opspare op til 60 "
             "timer over 6 måneder. Nyt er, at ledsagerens udgifter til transport dækkes med op til 1.000 kr. årligt."),
            ("Indstilling", "Det indstilles, at rådet afgiver høringssvar."),
        ]),
        P(4, "Lukket punkt - Konkret klagesag", "25/00912", True, [
            ("Sagsfremstilling",
             "Asger Bundgaard, der bor i Bofællesskabet Lindely, klager over kommunens afslag på støttehund. "
             "Rådet orienteres om sagens forløb."),
        ]),
        P(5, "Handicappolitik 2025-2028 - proces", "25/00231", False, [
            ("Sagsfremstilling",
             "Forvaltningen foreslår to åbne workshops den 12. marts og 9. april 2025 i Hørmark Kulturhus med "
             "tegnsprogstolk og mulighed for at deltage online."),
            ("Indstilling", "Det indstilles, at rådet drøfter processen og udpeger to repræsentanter til "
                            "arbejdsgruppen."),
        ]),
        P(6, "Eventuelt", None, False, [("Indstilling", "")]),
    ],
    "secrets": ["Asger Bundgaard", "Bofællesskabet Lindely", "afslag på støttehund"],
    "question": "Kan min søn i kørestol komme ind til lægen i det nye hus ved stationen, og kan vi parkere tæt på døren?",
    "cite_punkt": 2,
}


def render_09(m):
    from docx import Document
    from docx.shared import Pt, Cm
    doc = Document()
    doc.core_properties.author = "Hørmark Kommune"
    doc.core_properties.title = "Dagsorden Handicaprådet"
    h = doc.add_paragraph()
    r = h.add_run("Hørmark Kommune"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("DAGSORDEN", style="Heading 1")
    doc.add_paragraph("Handicaprådet", style="Heading 2")
    doc.add_paragraph("Onsdag 5. februar 2025 kl. 14:00-16:00, Mødelokale 3, Hørmark Rådhus")
    doc.add_paragraph("Afbud meldes til sekretær Maja Fog på tlf. 96 00 00 00.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Nr.", "Sag", "Sagsnr.", "Beskrivelse og indstilling"]):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt); rr.bold = True
    for p in m["points"]:
        row = t.add_row().cells
        row[0].text = str(p["n"])
        row[1].text = p["title"]
        row[2].text = p["case"] or ""
        cell = row[3]
        first = True
        for label, text in p["sections"]:
            if not text:
                continue
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            rr = para.add_run(label + ": "); rr.bold = True
            para.add_run(text)
    for row in t.rows:
        row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(5); row.cells[2].width = Cm(2.3); row.cells[3].width = Cm(8.5)
    doc.add_paragraph("")
    doc.add_paragraph("Referat udsendes senest 10 dage efter mødet.")
    return _docx_bytes(doc)


# ---------------------------------------------------------------------------
# 10  Æblerød Kommune - Byrådet, tillægsreferat (text export with page breaks)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_aebleroed_byraadet_tillaegsreferat_2021.txt",
    "board": "Byrådet",
    "date": "2021-05-27",
    "kind": "tillaegsreferat",
    "points": [
        P(14, "Ekstraordinær bevilling til skybrudssikring i Æblerød Midtby", "21/08812", False, [
            ("Sagsfremstilling",
             "Efter skybruddet den 2. maj 2021 blev 140 kældre i Midtbyen oversvømmet. Forsyningen og kommunen "
             "foreslår at installere to ekstra pumper ved Åløbet, hæve kantstenene på Torvegade og etablere et "
             "regnbed på P-pladsen ved Hallen."),
            ("Økonomi", "Kommunens andel udgør 4,5 mio. kr., som finansieres af kassebeholdningen."),
            ("Indstilling", "Økonomiudvalget anbefaler, at bevillingen gives."),
            ("Beslutning i Byrådet den 27.05.2021",
             "Godkendt med 23 stemmer for og 2 imod. Arbejdet skal være færdigt inden 1. november 2021."),
        ]),
        P(15, "Udpegning af nyt medlem til Folkeoplysningsudvalget", "21/09101", False, [
            ("Sagsfremstilling",
             "Mette Kold er fraflyttet kommunen og udtræder derfor af udvalget. Gruppen har peget på Ali "
             "Sandberg som nyt medlem."),
            ("Beslutning i Byrådet den 27.05.2021", "Ali Sandberg blev udpeget."),
        ]),
        P(16, "Lukket punkt: Ejendomskøb", "21/09230", True, [
            ("Beslutning i Byrådet den 27.05.2021",
             "Byrådet godkendte køb af Stationsvej 8 fra dødsbo efter Harald Winther for 3.450.000 kr. "
             "med henblik på udvidelse af busterminalen."),
        ]),
        P(17, "Genåbning af Borgerservice uden tidsbestilling", "21/09340", False, [
            ("Sagsfremstilling",
             "Med de nationale lempelser foreslås det, at Borgerservice igen kan besøges uden tidsbestilling "
             "fra 14. juni 2021 på hverdage kl. 10-14. Pas og kørekort kræver fortsat tidsbestilling."),
            ("Beslutning i Byrådet den 27.05.2021", "Godkendt."),
        ]),
    ],
    "secrets": ["dødsbo efter Harald Winther", "3.450.000 kr.", "Stationsvej 8"],
    "question": "Hvad gør kommunen for at vi ikke får vand i kælderen igen i midtbyen næste gang det regner voldsomt, og hvad koster det?",
    "cite_punkt": 14,
}


def render_10(m):
    W = 78
    head = "Æblerød Kommune".ljust(30) + "Byrådet".ljust(22) + "27.05.2021"
    pages = [[]]
    cur = pages[0]
    cur += [head, "", "", "TILLÆGSREFERAT", "",
            "Byrådet", "Ekstraordinært tillæg til mødet torsdag den 27. maj 2021 kl. 18.00", "Byrådssalen", "",
            "Tillægget omfatter sag nr. 14-17, som blev optaget på dagsordenen ved mødets begyndelse.", "",
            "Fraværende: Klaus Ravn, Inge Bisgaard", "", ""]
    for p in m["points"]:
        if p["n"] == 16:
            pages.append([]); cur = pages[-1]
            cur += [head, "", ""]
        cur.append("%d.  %s" % (p["n"], p["title"]))
        cur.append("")
        cur.append("Sagsnummer: %s" % p["case"])
        cur.append("")
        for label, text in p["sections"]:
            cur.append(label)
            cur += _wrap(text, W, m["secrets"])
            cur.append("")
        cur.append("")
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join(pg))
        out.append("\n\n" + ("- %d -" % i).center(W) + "\n")
        if i < len(pages):
            out.append("\f")
    return "".join(out)


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
