#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind74 (and expected.json).

Every municipality, board, person, firm, address, amount and sentence in this file is invented.
The script is deterministic: running it twice gives byte-identical files.  Needs python-docx
(the .docx) and fpdf2 (the .pdf); every other format is written by hand.

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
from email import policy
from html import escape
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
ZIPTIME = (2024, 2, 3, 4, 5, 6)


def P(n, title, case, closed, sections, **extra):
    """One point; `sections` is a list of (label, text), paragraphs split on blank lines."""
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}
    d.update(extra)
    return d


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def fixed_zip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def wrap_keep(text, width, keep, indent=""):
    """Wrap `text` at `width` columns without breaking any phrase in `keep`."""
    NB = "\u2007"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", NB))
    lines = textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    return [ln.replace(NB, " ") for ln in lines]


# =============================================================================================
# 01  Østerlyng Kommune - Social- og Sundhedsudvalget - referat - agenda-portal web page (.html)
# =============================================================================================
D_SSU = "Beslutning i Social- og Sundhedsudvalget den 12-03-2024"
M01 = {
    "file": "01_oesterlyng_social-og-sundhedsudvalget_2024.html",
    "board": "Social- og Sundhedsudvalget",
    "date": "2024-03-12",
    "kind": "referat",
    "points": [
        P(31, "Godkendelse af dagsorden", "24/218", False, [(D_SSU, "Godkendt uden bemærkninger.")]),
        P(32, "Ny model for visitation til madservice", "23/9930", False, [
            ("Resume", "Borgere, der er visiteret til madservice, kan i dag kun få frosne retter leveret "
                       "én gang om ugen. Forvaltningen foreslår, at borgerne fremover selv kan vælge mellem "
                       "frosne og kølede retter."),
            ("Sagsfremstilling", "Kølede retter leveres tre gange om ugen af kommunens eget køkken på "
                                 "Fælledhjemmet. Ordningen foreslås indført fra den 3. juni 2024.\n\n"
                                 "Visitationen sker fortsat ved et telefonisk besøg, hvor borgeren samtidig "
                                 "bliver spurgt om ønsker til kost og portionsstørrelse."),
            ("Økonomi", "Prisen for en hovedret er uændret 58 kr. Merudgiften til kørsel på ca. 190.000 kr. "
                        "årligt afholdes inden for udvalgets ramme."),
            ("Indstilling", "Sundhed og Omsorg indstiller, at ordningen godkendes."),
            (D_SSU, "Godkendt, idet ordningen evalueres efter seks måneder."),
        ]),
        P(33, "Aftenåbent i Sundhedshuset Kæret", "24/1107", False, [
            ("Sagsfremstilling", "Sundhedshuset Kæret holder i dag åbent på hverdage til kl. 15. Mange "
                                 "borgere i arbejde har svært ved at nå rygestopkurser og "
                                 "genoptræning. Det foreslås at holde åbent til kl. 20 tirsdag og torsdag."),
            ("Økonomi", "Udvidelsen koster 310.000 kr. årligt til personale og rengøring af lokaler."),
            (D_SSU, "Udvalget anbefaler forslaget over for Økonomiudvalget."),
        ]),
        P(34, "Klage over afslag på ledsageordning", "24/2015", True, [
            ("Sagsfremstilling", "Torben Aagaard Vinding, Lærkevænget 9, st. tv., har klaget over, at han er "
                                 "bevilget 9 timer i stedet for de ansøgte 17 ledsagetimer om måneden.\n\n"
                                 "Forvaltningen har genvurderet sagen og fastholder afgørelsen."),
            (D_SSU, "Afgørelsen fastholdes. Klagen sendes videre til Ankestyrelsen."),
        ]),
        P(35, "Status på rekruttering af social- og sundhedsassistenter", "24/0833", False, [
            ("Sagsfremstilling", "Pr. 1. marts er 23 af de 31 ledige stillinger som social- og "
                                 "sundhedsassistent besat. Optaget af elever er for 2024 hævet til 44, og "
                                 "der er indgået aftale med skolen om et ekstra hold i august."),
            (D_SSU, "Orienteringen blev taget til efterretning."),
        ]),
        P(36, "Overtagelse af lejemål til aktivitetscenter", "24/2290", True, [
            ("Sagsfremstilling", "Ejendomsselskabet Brovej Invest A/S tilbyder at sælge erhvervslejemålet "
                                 "Brovej 112 til kommunen for 4.150.000 kr.\n\nLokalerne kan rumme det nye "
                                 "aktivitetscenter for yngre med demens."),
            (D_SSU, "Forvaltningen forhandler videre. Sagen forelægges igen i april."),
        ]),
        P(37, "Orientering fra formanden", "24/218", False, [
            ("Sagsfremstilling", "Formanden orienterede om dialogmødet med Ældrerådet den 4. marts, hvor "
                                 "madservice og busruter til plejecentrene var på programmet."),
            (D_SSU, "Til efterretning."),
        ]),
    ],
    "secrets": ["Torben Aagaard Vinding", "Lærkevænget 9, st. tv.", "17 ledsagetimer om måneden",
                "Ejendomsselskabet Brovej Invest A/S", "Brovej 112", "4.150.000 kr."],
    "question": "kan min mor få maden kølet i stedet for frossen i østerlyng, og fra hvornår?",
    "cite_punkt": 32,
}


def render_01(m):
    out = ["<!doctype html>", '<html lang="da-DK">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Social- og Sundhedsudvalget, 12. marts 2024 | Politiske møder | Østerlyng Kommune</title>",
           '<script type="application/ld+json">{"@type":"Event","name":"Udvalgsmøde","startDate":"2024-03-12"}'
           "</script>", "<style>.badge-closed{background:#222;color:#fff}details{margin:.5em 0}</style>",
           "</head>", "<body>",
           '<a class="skip" href="#indhold">Gå til indhold</a>',
           '<header><span class="brand">Østerlyng Kommune</span><ul class="menu"><li>Borger</li><li>Erhverv</li>'
           "<li>Politik</li></ul><form role=\"search\"><input placeholder=\"Søg på siden\"></form></header>",
           '<main id="indhold">',
           '<div class="meeting"><h1>Social- og Sundhedsudvalget</h1>',
           '<p class="meeting-type">Referat &ndash; ordinært møde</p>',
           '<ul class="facts"><li><strong>Dato:</strong> tirsdag 12. marts 2024</li>',
           "<li><strong>Tid:</strong> 16:00-18:30</li>",
           "<li><strong>Sted:</strong> Mødelokale Skrænten, Rådhuset</li>",
           "<li><strong>Deltagere:</strong> Birthe Kragh (A) formand, Ole Dyrberg (V), Nanna Fisker (F), "
           "Lasse Ingvorsen (C), Hafsa Amiri (Ø)</li>",
           "<li><strong>Afbud:</strong> ingen</li></ul>",
           '<p class="print"><a href="?print=1">Udskriv referat</a> | <a href="?format=pdf">Hent som PDF</a></p>',
           "</div>", '<aside class="toc"><h2>Punkter på mødet</h2><ul>']
    for p in m["points"]:
        out.append('<li><a href="#punkt-%d">%d %s</a>%s</li>'
                   % (p["n"], p["n"], escape(p["title"]), ' <span class="badge-closed">Lukket</span>'
                      if p["closed"] else ""))
    out.append("</ul></aside>")
    for p in m["points"]:
        out.append('<section class="agenda-item" id="punkt-%d">' % p["n"])
        out.append('<h2 class="agenda-item__title"><span class="nr">%d</span> %s</h2>' % (p["n"], escape(p["title"])))
        out.append('<table class="meta"><tr><th>Sagsnr.</th><td>%s</td></tr>'
                   '<tr><th>Status</th><td>%s</td></tr></table>'
                   % (p["case"], '<span class="icon-lock" aria-label="lås"></span> Lukket punkt'
                      if p["closed"] else "Åbent punkt"))
        for label, text in p["sections"]:
            opn = " open" if label.startswith("Beslutning") else ""
            out.append("<details%s><summary>%s</summary>" % (opn, escape(label)))
            for para in paras(text):
                out.append("<p>%s</p>" % escape(para))
            out.append("</details>")
        out.append("</section>")
    out += ["</main>", "<footer><p>Østerlyng Kommune &middot; Torvet 1 &middot; 7777 Østerlyng</p>"
            "<p>Siden er senest opdateret 14.03.2024</p></footer>", "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 02  Kildeholm Kommune - Byrådet - referat - old frame-era export in ISO-8859-15 (.htm)
# =============================================================================================
D_BR = "Byrådets beslutning den 28.06.2011"
M02 = {
    "file": "02_kildeholm_byraadet_2011.htm",
    "board": "Byrådet",
    "date": "2011-06-28",
    "kind": "referat",
    "points": [
        P(86, "Godkendelse af dagsorden", "000-2011-0102", False, [(D_BR, "Dagsordenen blev godkendt.")]),
        P(87, "Lokalplan 1.47 for boligområde ved Hestehaven - endelig vedtagelse", "010-2010-8812", False, [
            ("Resume", "Lokalplanen giver mulighed for 46 rækkehuse i to etager på den tidligere "
                       "gartnerigrund ved Hestehaven."),
            ("Sagsfremstilling", "Forslaget har været i offentlig høring i otte uger. Der er kommet fem "
                                 "høringssvar, som primært handler om trafikken på Hestehavevej.\n\n"
                                 "Forvaltningen foreslår, at vejen får to bump og en hastighedsgrænse på 40 km/t."),
            ("Indstilling", "Teknik- og Miljøudvalget indstiller, at lokalplanen vedtages endeligt med de "
                            "nævnte ændringer."),
            (D_BR, "Vedtaget med 19 stemmer mod 4 (F)."),
        ]),
        P(88, "Takster for svømmehal og idrætshal 2012", "230-2011-3390", False, [
            ("Sagsfremstilling", "Det foreslås, at en voksenbillet til Kildeholm Svømmehal stiger fra 38 til "
                                 "40 kr. fra 1. januar 2012, mens børnebilletten fastholdes på 20 kr. "
                                 "Pensionister kan fortsat svømme gratis tirsdag og fredag formiddag.\n\n"
                                 "Timeprisen for leje af idrætshallen for private stiger til 410 kr. "
                                 "(ca. 55 €)."),
            ("Økonomi", "Merindtægten skønnes til 135.000 kr. årligt."),
            (D_BR, "Godkendt."),
        ]),
        P(89, "Salg af byggegrund, Kirkevangen", "330-2011-4417", True, [
            ("Sagsfremstilling", "Der er modtaget købstilbud fra Henriette og Bo Skjoldager på "
                                 "1.285.000 kr. for grunden matr.nr. 14ax Kildeholm Overby.\n\n"
                                 "Tilbuddet ligger over den vurderede mindstepris."),
            (D_BR, "Tilbuddet blev accepteret."),
        ]),
        P(90, "Erstatning for ulovlig opsigelse", "810-2011-0457", True, [
            ("Sagsfremstilling", "Pædagogisk assistent Jytte Marcussen har via sin fagforening rejst krav om "
                                 "godtgørelse efter opsigelsen i februar.\n\nKommunens advokat anbefaler et "
                                 "forlig på 96.500 kr."),
            (D_BR, "Forliget blev godkendt."),
        ]),
        P(91, "Spørgsmål fra byrådsmedlemmer", "000-2011-0103", False, [
            ("Sagsfremstilling", "Jens Rask (V) spurgte til den manglende vejbelysning på Møllebakken."),
            (D_BR, "Teknisk chef svarede, at lamperne udskiftes til LED i uge 37."),
        ]),
    ],
    "secrets": ["Henriette og Bo Skjoldager", "1.285.000 kr.", "matr.nr. 14ax Kildeholm Overby",
                "Jytte Marcussen", "forlig på 96.500 kr."],
    "question": "hvad skal det koste at gå i svømmehallen i kildeholm fra nytår 2012, og er det stadig gratis for pensionister",
    "cite_punkt": 88,
}


def _ent(s):
    """Escape for HTML and write some Danish letters as named entities, as old exporters did."""
    s = escape(s, quote=False)
    return s.replace("æ", "&aelig;").replace("Ø", "&Oslash;")


def render_02(m):
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', "<HTML>", "<HEAD>",
           '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-15">',
           '<META NAME="GENERATOR" CONTENT="Dagsordensystem 4.2 eksport">',
           "<TITLE>Kildeholm Kommune - Byrådet - Referat 28.06.2011</TITLE>", "</HEAD>",
           '<BODY BGCOLOR="#FFFFFF" LINK="#003366">',
           '<TABLE WIDTH="100%" BORDER=0 CELLPADDING=2><TR><TD BGCOLOR="#003366"><FONT COLOR="#FFFFFF" '
           'FACE="Arial" SIZE=4><B>KILDEHOLM KOMMUNE</B></FONT></TD>'
           '<TD ALIGN=RIGHT><FONT FACE="Arial" SIZE=1>Udskrevet 30.06.2011</FONT></TD></TR></TABLE>',
           '<FONT FACE="Arial" SIZE=3><B>Referat</B> af ordinært møde i <B>Byrådet</B></FONT><BR>',
           '<FONT FACE="Arial" SIZE=2>Tirsdag den 28. juni 2011 kl. 19.00 i Byrådssalen</FONT><BR>',
           '<FONT FACE="Arial" SIZE=2>Fraværende: Karen Ulstrup (A), Henrik Bøgh (O)</FONT><BR><BR>',
           '<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=3><TR><TH>Pkt.</TH><TH>Sag</TH><TH>J.nr.</TH></TR>']
    for p in m["points"]:
        out.append("<TR><TD>%d</TD><TD>%s%s</TD><TD>%s</TD></TR>"
                   % (p["n"], _ent(p["title"]), " (lukket)" if p["closed"] else "", p["case"]))
    out.append("</TABLE><HR>")
    for p in m["points"]:
        out.append('<A NAME="pkt%d"></A>' % p["n"])
        out.append('<P><FONT FACE="Arial" SIZE=3><B>Pkt. %d&nbsp;&nbsp;%s%s</B></FONT></P>'
                   % (p["n"], _ent(p["title"]), " (lukket)" if p["closed"] else ""))
        out.append('<P><FONT FACE="Arial" SIZE=1>J.nr.: %s</FONT></P>' % p["case"])
        for label, text in p["sections"]:
            out.append('<P><FONT FACE="Arial" SIZE=2><I>%s:</I></FONT></P>' % _ent(label))
            for para in paras(text):
                out.append('<P><FONT FACE="Times New Roman" SIZE=3>%s</FONT></P>' % _ent(para))
        out.append('<P ALIGN=RIGHT><A HREF="#top"><FONT SIZE=1>Til toppen</FONT></A></P><HR>')
    out += ['<P><FONT FACE="Arial" SIZE=1>Mødet hævet kl. 21.40. Protokollen underskrevet af de '
            "tilstedeværende medlemmer.</FONT></P>", "</BODY>", "</HTML>", ""]
    return "\r\n".join(out).encode("iso-8859-15")


# =============================================================================================
# 03  Birkelev Kommune - Børne- og Skoleudvalget - tillægsreferat - Word with check-box tables
# =============================================================================================
D_BSU = "Børne- og Skoleudvalgets beslutning 8. november 2022"
M03 = {
    "file": "03_birkelev_boerne-og-skoleudvalget_tillaegsreferat_2022.docx",
    "board": "Børne- og Skoleudvalget",
    "date": "2022-11-08",
    "kind": "tillaegsreferat",
    "points": [
        P(57, "Ekstraordinær tildeling til Skovbrynets Skole efter vandskade", "17.02.00-G01-14-22", False, [
            ("Baggrund", "Et sprunget rør i weekenden 22.-23. oktober har sat seks klasselokaler og "
                         "skolens bibliotek ud af drift resten af skoleåret."),
            ("Sagsfremstilling", "Forvaltningen foreslår at leje to pavilloner, som kan stå klar i uge 48. "
                                 "Indtil da undervises eleverne i Birkelev Hallens mødelokaler."),
            ("Økonomi", "Leje og opstilling koster 1,4 mio. kr. Forsikringen dækker skaden på bygningen, "
                        "men ikke pavillonerne."),
            (D_BSU, "Godkendt. Udvalget anbefaler tillægsbevillingen over for Økonomiudvalget."),
        ]),
        P(58, "Ændret skoledistrikt for Nyvej-kvarteret - høringssvar", "17.01.10-G01-3-22", False, [
            ("Baggrund", "Udvalget sendte i august et forslag i høring om at flytte Nyvej-kvarteret fra "
                         "Engskolens distrikt til Skovbrynets Skole."),
            ("Sagsfremstilling", "Der er modtaget 9 høringssvar. Skolebestyrelserne støtter forslaget, mens "
                                 "flere forældre ønsker, at søskende kan blive på Engskolen.\n\n"
                                 "Forvaltningen foreslår, at ændringen kun gælder nye elever fra skoleåret "
                                 "2023/24, og at søskende til elever på Engskolen fortsat kan optages dér."),
            (D_BSU, "Godkendt som foreslået. Distriktsændringen gælder fra skoleåret 2023/24 for nye elever."),
        ]),
        P(59, "Personalesag vedrørende skoleleder", "81.03.00-G01-2-22", True, [
            ("Sagsfremstilling", "Udvalget orienteres om, at skoleleder Mette Brix Halvorsen efter en "
                                 "tjenstlig samtale den 2. november fritages for tjeneste med løn, mens "
                                 "sagen undersøges."),
            (D_BSU, "Orienteringen blev taget til efterretning."),
        ]),
        P(60, "Orientering om vikardækning i dagtilbud", "28.00.00-A00-7-22", False, [
            ("Sagsfremstilling", "Fraværet i dagtilbuddene var i oktober 8,9 procent. Der er nu ansat 12 "
                                 "faste vikarer i det fælles vikarkorps, som kan sendes ud med en dags varsel."),
            (D_BSU, "Til efterretning."),
        ]),
    ],
    "secrets": ["Mette Brix Halvorsen", "tjenstlig samtale den 2. november", "fritages for tjeneste med løn"],
    "question": "vi bor på nyvej i birkelev - hvilken skole skal vores yngste starte på og hvad med storebror",
    "cite_punkt": 58,
}


def render_03(m):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2022, 11, 9, 7, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.author = "Børn og Skole, sekretariatet"
    cp.title = "Tillægsreferat Børne- og Skoleudvalget 8. november 2022"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "BIRKELEV KOMMUNE\tTillægsreferat\tBørne- og Skoleudvalget"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)

    def para(text, bold=False, size=None, color=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return p

    para("Tillægsreferat", bold=True, size=20)
    para("Børne- og Skoleudvalget", bold=True, size=14)
    para("Mødedato: 08.11.2022, kl. 17:00 (i forlængelse af det ordinære møde)")
    para("Mødested: Birkelev Rådhus, lokale 2.14")
    para("Til stede: Jonas Elkær (formand), Dorte Vium, Ahmad Rezai, Signe Pallesen, Kim Thorup")
    para("Oversigt over tillægspunkter", bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Nr.", "Punkt", "Side")):
        t.rows[0].cells[i].text = h
    for k, p in enumerate(m["points"]):
        c = t.add_row().cells
        c[0].text = "BSU %d" % p["n"]
        c[1].text = p["title"]
        c[2].text = str(k + 2)
    for p in m["points"]:
        d.add_page_break()
        para("BSU %d\u2003%s" % (p["n"], p["title"]), bold=True, size=13, color=(0x1F, 0x4E, 0x79))
        mt = d.add_table(rows=3, cols=2)
        mt.style = "Table Grid"
        mt.cell(0, 0).text = "Sagsnr."
        mt.cell(0, 1).text = p["case"]
        mt.cell(1, 0).text = "Behandling"
        mt.cell(1, 1).text = ("\u2610 Åben   \u2612 Lukket" if p["closed"] else "\u2612 Åben   \u2610 Lukket")
        mt.cell(2, 0).text = "Sagsbehandler"
        mt.cell(2, 1).text = "Pernille Holt" if p["n"] % 2 else "Svend Lykke"
        for label, text in p["sections"]:
            para(label, bold=True)
            for pr in paras(text):
                para(pr)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-identical between runs
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(n, src.read(n), False) for n in src.namelist()])


# =============================================================================================
# 04  Hvidsande Kommune - Plan- og Boligudvalget - DAGSORDEN - text PDF with page furniture
# =============================================================================================
M04 = {
    "file": "04_hvidsande_plan-og-boligudvalget_dagsorden_2025.pdf",
    "board": "Plan- og Boligudvalget",
    "date": "2025-09-02",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "25/00041", False, [
            ("Indstilling", "Direktøren for Teknik og Kyst indstiller, at dagsordenen godkendes."),
        ]),
        P(2, "Forslag til lokalplan 412 for Klitvejens Feriecenter", "24/20917", False, [
            ("Resumé", "Lokalplanforslaget giver mulighed for at udvide Klitvejens Feriecenter med 180 "
                       "ferieboliger i én etage bag klitrækken."),
            ("Sagsfremstilling", "Området ligger i landzone og skal overføres til sommerhusområde. Der "
                                 "udlægges et grønt bælte på 30 meter mod nabogrundene, og byggeri må højst "
                                 "være 5 meter højt.\n\nForvaltningen foreslår en offentlig høring i 8 uger "
                                 "med borgermøde i Hvidsande Forsamlingshus."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget sendes i offentlig høring i 8 uger."),
            ("Bilag", "Lokalplanforslag 412 (dok. 2025-118832)\nMiljøscreening (dok. 2025-118840)"),
        ]),
        P(3, "Byfornyelse - pulje til facaderenovering 2026", "25/08811", False, [
            ("Resumé", "Der foreslås en pulje, hvor ejere af ældre huse i bymidten kan søge tilskud til at "
                       "istandsætte facader, vinduer og hoveddøre."),
            ("Sagsfremstilling", "Puljen er på 1,8 mio. kr., hvoraf staten refunderer halvdelen. Der kan "
                                 "højst gives 60.000 kr. pr. ejendom, og tilskuddet udgør en tredjedel af "
                                 "udgiften. Ansøgningsfristen foreslås sat til 1. februar 2026.\n\n"
                                 "Huset skal være opført før 1940 og ligge inden for den afgrænsning af "
                                 "bymidten, der fremgår af bilaget."),
            ("Økonomi", "Kommunens andel på 0,9 mio. kr. er afsat i budget 2026."),
            ("Indstilling", "Forvaltningen indstiller, at puljen godkendes og annonceres i oktober."),
            ("Bilag", "Kort over bymidten (dok. 2025-120417)"),
        ]),
        P(4, "Dispensation fra strandbeskyttelseslinjen - nyt redningstårn", "25/10440", False, [
            ("Sagsfremstilling", "Livredderne ønsker at erstatte det gamle redningstårn ved Nordstranden "
                                 "med et nyt tårn på 4,5 meter. Kystdirektoratet skal give dispensation, "
                                 "og kommunen skal afgive udtalelse som grundejer."),
            ("Indstilling", "Forvaltningen indstiller, at kommunen anbefaler dispensationen."),
        ]),
        P(5, "Køb af areal til parkeringsplads ved Havnevej", "25/11872", True, []),
        P(6, "Boligsocial helhedsplan for Sønderparken - status", "25/03315", False, [
            ("Sagsfremstilling", "Helhedsplanen har kørt i to år. Lektiecaféen har 61 faste brugere, og "
                                 "antallet af unge uden job eller uddannelse i afdelingen er faldet fra 38 "
                                 "til 29.\n\nBoligselskabet ønsker at forlænge indsatsen med fokus på "
                                 "beskæftigelse."),
            ("Indstilling", "Forvaltningen indstiller, at status tages til efterretning."),
        ]),
        P(7, "Forlig i voldgiftssag om byggemodning af Strandengen", "23/19002", True, []),
        P(8, "Eventuelt", "25/00041", False, []),
    ],
    "secrets": [],
    "question": "kan jeg få tilskud til at sætte facaden og vinduerne i stand på mit gamle hus i hvidsande, og hvor meget",
    "cite_punkt": 3,
}


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Hvidsande Kommune \xb7 Plan- og Boligudvalget \xb7 Dagsorden til mødet 02.09.2025",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(15, 16, 195, 16)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(90, 5, "Offentlig dagsorden", align="L")
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 20)
    pdf.set_creation_date(datetime.datetime(2025, 8, 26, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Dagsorden Plan- og Boligudvalget 02.09.2025")
    pdf.set_author("Hvidsande Kommune")
    pdf.alias_nb_pages()

    def lines(text, size=10, style="", h=5):
        pdf.set_font("Helvetica", style, size)
        for para in text.split("\n"):
            words, cur = para.split(" "), ""
            for w in words:
                t = (cur + " " + w).strip()
                if pdf.get_string_width(t) > 178:
                    pdf.cell(0, h, cur, new_x="LMARGIN", new_y="NEXT")
                    cur = w
                else:
                    cur = t
            pdf.cell(0, h, cur, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    lines("DAGSORDEN", 22, "B", 11)
    lines("Plan- og Boligudvalget", 14, "B", 8)
    lines("Tirsdag 2. september 2025 kl. 15.00\nMødelokale Fyrtårnet, Hvidsande Rådhus, Strandgade 2", 10)
    lines("Medlemmer: Erik Hvam (formand), Lise Tang, Morten Skov Bjerre, Hanne Ravn, Yusuf Demir", 10)
    pdf.ln(6)
    lines("Indholdsfortegnelse", 12, "B", 7)
    for k, p in enumerate(m["points"]):
        pdf.set_font("Helvetica", "", 10)
        label = "%d. %s%s" % (p["n"], p["title"], "  [LUKKET SAG]" if p["closed"] else "")
        pdf.cell(165, 6, label)
        pdf.cell(0, 6, str(k + 2), align="R", new_x="LMARGIN", new_y="NEXT")
    for p in m["points"]:
        pdf.add_page()
        lines("Punkt %d - %s" % (p["n"], p["title"]), 12, "B", 7)
        lines("Sag nr. %s" % p["case"], 9, "I", 5)
        pdf.ln(3)
        if p["closed"]:
            pdf.set_fill_color(230, 230, 230)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 9, "LUKKET SAG", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            lines("Sagen behandles for lukkede døre. Sagsfremstillingen er undtaget fra offentliggørelse.", 9)
            continue
        if not p["sections"]:
            lines("Intet materiale til punktet.", 10)
        for label, text in p["sections"]:
            pdf.ln(2)
            lines(label, 10, "B", 6)
            for para in paras(text):
                lines(para, 10)
                pdf.ln(1.5)
    return bytes(pdf.output())


# =============================================================================================
# 05  Grenåsen Kommune - Handicaprådet - referat - OCR text of a scanned paper copy (.txt)
# =============================================================================================
M05 = {
    "file": "05_grenaasen_handicapraadet_2016.txt",
    "board": "Handicaprådet",
    "date": "2016-04-19",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet den 16. februar", None, False, [
            ("Referat", "Referatet blev godkendt uden bemærkninger."),
        ]),
        P(2, "Tilgængelighed på den nye busterminal", "2016-1187", False, [
            ("Sagen kort", "Den nye busterminal ved stationen åbner i oktober 2016. Rådet har fået "
                           "tegningerne til udtalelse."),
            ("Drøftelse", "Projektet indeholder ledelinjer i belægningen fra perronerne til "
                          "ventesalen, og der opsættes skærme med oplæsning af afgange. Rådet ønsker "
                          "desuden skilte med høj kontrast og et handicaptoilet, der kan åbnes uden "
                          "nøgle."),
            ("Referat", "Rådet afgiver høringssvar i overensstemmelse med drøftelsen. Formanden skriver "
                        "svaret inden 1. maj."),
        ]),
        P(3, "Høring om kvalitetsstandard for hjælpemidler 2016", "2016-0954", False, [
            ("Sagen kort", "Kvalitetsstandarden er revideret, så sagsbehandlingstiden for mindre "
                           "hjælpemidler bliver højst 4 uger."),
            ("Referat", "Rådet bakker op, men beder om, at fristen også gælder reparationer."),
        ]),
        P(4, "Henvendelse fra borger om afslag på bilstøtte", "2016-1302", True, [
            ("Sagen kort", "Asger Thorvald Lynge, Fjeldstrupvej 27, har bedt rådet se på kommunens afslag "
                           "på bilstøtte på 198.000 kr."),
            ("Referat", "Rådet kan ikke behandle enkeltsager og henviser til klagevejledningen."),
        ]),
        P(5, "Eventuelt", None, False, [
            ("Referat", "Næste møde holdes den 14. juni 2016 på Grenåsen Bibliotek."),
        ]),
    ],
    "secrets": ["Asger Thorvald Lynge", "Fjeldstrupvej 27", "bilstøtte på 198.000 kr."],
    "question": "bliver der lavet ledelinjer til blinde på den nye busterminal i grenåsen",
    "cite_punkt": 2,
}


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    pages, cur = [], []
    cur += ["", "       G R E N Å S E N   K O M M U N E", "",
            "REFERAT", "Handicaprådet", "",
            "Mødedato: 19.04.2016   kl. 14.00 - 16.1O", "Sted:     Rådhuset, mødelokale 3",
            "Deltagere: Inger Lauesen (formand, DH), Mona Friis (DH), Jens Vad (DH),",
            "           Peder Kvist (byrådet), Lotte Rømer (byrådet), Anne Sejr (forvaltningen, sekr.)",
            "Afbud:    Karsten Ebbe", ""]
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            pages.append(cur)
            cur = [""]
        cur.append(p["title"])
        cur.append("=" * min(len(p["title"]), 72))
        if p["case"]:
            cur.append("Sag nr. %s" % p["case"])
        if p["closed"]:
            cur += ["", "*** LUKKET PUNKT - UNDTAGET FRA AKTINDSIGT OG OFFENTLIGGØRELSE ***"]
        for label, text in p["sections"]:
            cur += ["", label + ":"]
            for para in paras(text):
                cur += wrap_keep(para, 74, keep, "  ")
        cur.append("")
    pages.append(cur)
    out = []
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out.append("\f")
            out.append("Grenåsen Kommune - Handicaprådet - 19.04.2016                    Side %d" % k)
        out += pg
        out.append("")
        out.append("                                   - %d -" % k)
    out += ["", "[scannet 21.04.2016 / OCR]", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 06  Tvedeby Kommune - Folkeoplysningsudvalget - referat sent by mail (.eml, ISO-8859-1 / QP)
# =============================================================================================
M06 = {
    "file": "06_tvedeby_folkeoplysningsudvalget_2019.eml",
    "board": "Folkeoplysningsudvalget",
    "date": "2019-09-24",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [("Beslutning", "Godkendt.")]),
        P(2, "Fordeling af lokaletilskud 2020", "2019/0731", False, [
            ("Sagsfremstilling", "Foreningerne har søgt om tilskud til leje af egne og private lokaler for i "
                                 "alt 2,36 mio. kr. Efter folkeoplysningsloven skal kommunen dække mindst 65 "
                                 "pct. Udvalget har hidtil givet 75 pct. af de godkendte udgifter.\n\n"
                                 "Med den afsatte ramme kan tilskudsprocenten fastholdes på 75 pct. i 2020."),
            ("Beslutning", "Tilskuddet fastsættes til 75 pct. af de godkendte lokaleudgifter i 2020."),
        ]),
        P(3, "Underskudsgaranti til Tvedeby Musikfestival", "2019/0802", False, [
            ("Sagsfremstilling", "Festivalforeningen søger om en underskudsgaranti på 40.000 kr. til "
                                 "festivalen i juni 2020, som holdes i Byparken for tredje gang."),
            ("Beslutning", "Bevilget. Regnskab skal indsendes senest 1. oktober 2020."),
        ]),
        P(4, "Klage over fordeling af haltider i Nordhallen", "2019/0765", False, [
            ("Sagsfremstilling", "Tvedeby Håndboldklub mener, at klubben har fået for få timer i Nordhallen "
                                 "i sæsonen 2019/20, efter at en ny badmintonklub er kommet til."),
            ("Beslutning", "Fordelingen fastholdes. Forvaltningen indkalder klubberne til et møde om "
                           "lørdagstimerne."),
        ]),
        P(5, "Tilbagebetalingskrav mod forening", "2019/0811", True, [
            ("Sagsfremstilling", "Revisionen har fundet, at foreningen i 2017 og 2018 har modtaget et "
                                 "uberettiget tilskud på 61.240 kr. for aktiviteter, der ikke blev holdt. "
                                 "Foreningens kasserer Poul-Erik Dam har erkendt fejlen."),
            ("Beslutning", "Beløbet kræves tilbagebetalt over 24 måneder."),
        ]),
        P(6, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
    ],
    "secrets": ["uberettiget tilskud på 61.240 kr.", "kasserer Poul-Erik Dam"],
    "question": "hvor meget får vores forening i tilskud til husleje for lokaler i tvedeby i 2020",
    "cite_punkt": 2,
}


def render_06(m):
    L = ["Kære medlemmer af Folkeoplysningsudvalget", "",
         "Hermed referatet fra mødet tirsdag den 24. september 2019 kl. 19.00 i Kulturhusets lokale 4. "
         "Referatet lægges på hjemmesiden, når punkt 5 er fjernet.", "",
         "Venlig hilsen", "Kirsten Bach", "Kultur og Fritid, Tvedeby Kommune", "",
         "-" * 60,
         "REFERAT - Folkeoplysningsudvalget - 24.09.2019",
         "Til stede: Finn Lauridsen (formand), Gitte Bang, Ali Haddad, Rasmus Ege, Vivi Kure",
         "Fraværende: ingen", "-" * 60, ""]
    for p in m["points"]:
        L.append("Ad %d) %s" % (p["n"], p["title"]))
        if p["case"]:
            L.append("J.nr. %s" % p["case"])
        if p["closed"]:
            L.append(">> FORTROLIGT - lukket punkt, må ikke videresendes <<")
        for label, text in p["sections"]:
            for i, para in enumerate(paras(text)):
                L.append(("%s: %s" % (label, para)) if i == 0 else para)
        L.append("")
    L += ["-- ", "Kirsten Bach | Fritidskonsulent | Tvedeby Kommune | tlf. 7100 0000"]
    plain = "\n".join(L) + "\n"
    html = ["<html><body><p>Kære medlemmer af Folkeoplysningsudvalget</p>",
            "<p>Hermed referatet fra mødet tirsdag den 24. september 2019. Se tekstudgaven.</p>",
            "<p>Venlig hilsen<br>Kirsten Bach</p></body></html>"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "Kirsten Bach <kirsten.bach@tvedeby.invalid>"
    msg["To"] = "folkeoplysningsudvalget@tvedeby.invalid"
    msg["Subject"] = "Referat Folkeoplysningsudvalget 24. september 2019"
    msg["Date"] = "Thu, 26 Sep 2019 10:14:00 +0200"
    msg["Message-ID"] = "<referat-fou-20190924@tvedeby.invalid>"
    msg.set_content(plain, charset="iso-8859-1", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", charset="iso-8859-1", cte="quoted-printable")
    msg.set_boundary("=_tvedeby_fou_20190924")
    return msg.as_bytes(policy=policy.SMTP)


# =============================================================================================
# 07  Tornsø Kommune - Beskæftigelsesudvalget - referat - RTF with [L] markers and a meta table
# =============================================================================================
M07 = {
    "file": "07_tornsoe_beskaeftigelsesudvalget_2013.rtf",
    "board": "Beskæftigelsesudvalget",
    "date": "2013-02-05",
    "kind": "referat",
    "points": [
        P(1, "Meddelelser fra formanden og direktøren", "13/0120", False, [
            ("Sagsfremstilling", "Direktøren orienterede om, at jobcentret flytter til Stationsvej 4 den "
                                 "1. april 2013."),
            ("Afgørelse", "Til efterretning."),
        ]),
        P(2, "Ny indsats for unge uden uddannelse - Ungestartcentret", "12/9987", False, [
            ("Resume", "Forvaltningen foreslår at samle indsatsen for unge under 30 uden uddannelse i et "
                       "nyt Ungestartcenter på Tornsø Produktionsskole."),
            ("Sagsfremstilling", "Der er i dag ca. 120 unge på kontanthjælp, som ikke har en "
                                 "erhvervskompetencegivende uddannelse. I Ungestartcentret får hver ung en "
                                 "fast mentor og et forløb på op til 13 uger med brobygning til "
                                 "erhvervsskolerne.\n\nMålet er, at halvdelen af de unge er i gang med en "
                                 "uddannelse inden for et år."),
            ("Økonomi", "Indsatsen koster 2,2 mio. kr. i 2013 og finansieres af den statslige pulje for "
                        "unge ledige."),
            ("Indstilling", "Jobcentret indstiller, at Ungestartcentret etableres fra 1. april 2013."),
            ("Afgørelse", "Godkendt. Udvalget ønsker en status efter et halvt år."),
        ]),
        P(3, "Aftale med privat aktør om jobsøgningskurser", "13/0415", True, [
            ("Sagsfremstilling", "Efter indhentning af tilbud foreslås aftalen indgået med Jobveje Midt ApS "
                                 "til en pris på 1.720 kr. pr. deltager.\n\nKurserne holdes i aktørens "
                                 "egne lokaler, og jobcentret følger op på, hvor mange deltagere der er i "
                                 "job eller uddannelse tre måneder efter kurset."),
            ("Afgørelse", "Godkendt for en periode på to år."),
        ]),
        P(4, "Sag om tilbagebetaling af kontanthjælp", "13/0388", True, [
            ("Sagsfremstilling", "Dorthe Wissing Juhl har anket kravet om tilbagebetaling af 43.118 kr. "
                                 "for perioden marts-oktober 2012.\n\nForvaltningen vurderer, at der er "
                                 "tale om uberettiget modtaget hjælp, fordi indtægter fra freelancearbejde "
                                 "ikke blev oplyst, og anbefaler en afdragsordning."),
            ("Afgørelse", "Udvalget fastholdt kravet."),
        ]),
        P(5, "Status på sygedagpengeområdet 4. kvartal 2012", "13/0301", False, [
            ("Sagsfremstilling", "Antallet af sygedagpengeforløb over 52 uger er faldet fra 212 til 174 i "
                                 "løbet af 2012. Den gennemsnitlige varighed er nu 9,8 uger."),
            ("Afgørelse", "Til efterretning."),
        ]),
    ],
    "secrets": ["Jobveje Midt ApS", "1.720 kr. pr. deltager", "Dorthe Wissing Juhl", "43.118 kr."],
    "question": "hvad er det for et ungestartcenter tornsø laver for unge på kontanthjælp og hvor mange unge drejer det sig om",
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
    R = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1",
         r"{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Georgia;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green0\blue0;\red230\green230\blue230;}",
         r"{\info{\title " + _rtf("Referat Beskæftigelsesudvalget") + r"}{\author Tornsoe Kommune}"
         r"{\creatim\yr2013\mo2\dy6\hr9\min0}}",
         r"\paperw11906\paperh16838\margl1134\margr1134",
         r"{\header\pard\qr\f0\fs16 " + _rtf("Tornsø Kommune | Beskæftigelsesudvalget | 05.02.2013") + r"\par}",
         r"{\footer\pard\qc\f0\fs16 Side {\field{\*\fldinst PAGE}{\fldrslt 1}} af "
         r"{\field{\*\fldinst NUMPAGES}{\fldrslt 3}}\par}"]

    def par(text, fmt=r"\f0\fs22"):
        R.append(r"\pard\plain" + fmt + " " + _rtf(text) + r"\par")

    par("Beskæftigelsesudvalget", r"\f1\fs36\b")
    par("Referat af møde tirsdag 5. februar 2013 kl. 8.30, mødelokale Ved Søen")
    par("Punkter mærket [L] er behandlet for lukkede døre.", r"\f0\fs18\i")
    R.append(r"\trowd\trgaph70\cellx3000\cellx9600")
    R.append(r"\pard\intbl\f0\fs20 " + _rtf("Medlemmer") + r"\cell " +
             _rtf("Susanne Riis (formand), Bent Holmgaard, Tariq Shah, Pia Lykke, Claus Frandsen") + r"\cell\row")
    R.append(r"\trowd\trgaph70\cellx3000\cellx9600")
    R.append(r"\pard\intbl\f0\fs20 " + _rtf("Fraværende") + r"\cell " + _rtf("Pia Lykke") + r"\cell\row")
    R.append(r"\pard\par")
    for p in m["points"]:
        mark = " [L]" if p["closed"] else ""
        par("Punkt %d%s - %s" % (p["n"], mark, p["title"]), r"\f1\fs26\b\sb240")
        R.append(r"\trowd\trgaph70\cellx3000\cellx9600")
        R.append(r"\pard\intbl\f0\fs18 " + _rtf("Sag nr.") + r"\cell " + _rtf(p["case"]) + r"\cell\row")
        R.append(r"\trowd\trgaph70\cellx3000\cellx9600")
        R.append(r"\pard\intbl\f0\fs18 " + _rtf("Adgang") + r"\cell " +
                 _rtf("Lukket" if p["closed"] else "Åben") + r"\cell\row")
        for label, text in p["sections"]:
            par(label, r"\f0\fs22\b\sb120")
            for para in paras(text):
                par(para)
    par("Mødet sluttede kl. 10.05.", r"\f0\fs18\i")
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# =============================================================================================
# 08  Brandholt Municipality - Business and Tourism Committee - minutes in English (.odt)
# =============================================================================================
M08 = {
    "file": "08_brandholt_business-and-tourism-committee_2021.odt",
    "board": "Business and Tourism Committee",
    "date": "2021-05-18",
    "kind": "referat",
    "points": [
        P(22, "Approval of the agenda", "21/0052", False, [("Decision", "Approved.")]),
        P(23, "Summer visitor campaign 2021", "21/3908", False, [
            ("Summary", "With travel restrictions easing, the tourist office proposes a campaign to bring "
                        "visitors back to the coast this summer."),
            ("Case description", "The campaign will run from 1 June to 15 August on social media and "
                                 "travel websites and is aimed at families from Germany and the "
                                 "Netherlands as well as Danish day visitors from the larger cities.\n\n"
                                 "Local hotels and campsites have agreed to offer a joint weekend package."),
            ("Finances", "The campaign costs DKK 450,000, of which the tourism association pays DKK 100,000."),
            ("Recommendation", "The administration recommends that the campaign is approved."),
            ("Decision", "Approved. The committee asked for an evaluation in October."),
        ]),
        P(24, "Grant for a feasibility study of a harbour market hall", "21/4120", False, [
            ("Case description", "A group of local food producers wants to turn the old fish auction hall "
                                 "into a market hall. They apply for DKK 80,000 for a feasibility study."),
            ("Decision", "Granted on the condition that the study is finished by 1 December 2021."),
        ]),
        P(25, "Sale of municipal site at Lystrup Business Park", "21/4471", True, [
            ("Case description", "Nordlig Logistik Holding ApS has offered DKK 11,640,000 for the 4.2 "
                                 "hectare site and wants to build a cold store."),
            ("Decision", "The committee recommends the sale to the Finance Committee."),
        ]),
        P(26, "Complaint from a hotel owner about event permits", "21/4388", True, [
            ("Case description", "The owner of Hotel Skibsklokken, Ragnhild Fenger, complains that the "
                                 "municipality allowed a competing beach event in front of the hotel."),
            ("Decision", "The complaint was rejected."),
        ]),
        P(27, "Any other business", "21/0052", False, [("Decision", "Nothing to report.")]),
    ],
    "secrets": ["Nordlig Logistik Holding ApS", "DKK 11,640,000", "Hotel Skibsklokken", "Ragnhild Fenger"],
    "question": "how much is Brandholt spending on getting summer tourists back this year, and who is the campaign aimed at?",
    "cite_punkt": 23,
}

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def render_08(m):
    B = []

    def p(text, style="Standard"):
        B.append('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def h(text, level=1):
        B.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                 % (level, level, xesc(text)))

    p("BRANDHOLT MUNICIPALITY", "Title")
    h("Minutes - Business and Tourism Committee")
    p("Meeting held on Tuesday 18 May 2021 at 17:00, Committee Room 2, Brandholt Town Hall")
    p("Present: Mikkel Aaberg (chair), Susan Kjeldsen, Brian Moos, Oliver Nyhus, Tove Krarup")
    p("Absent: none")
    p("Note: items marked \u201cClosed\u201d were dealt with in private session and are exempt from publication.",
      "Note")
    B.append('<table:table table:name="Items"><table:table-column table:number-columns-repeated="3"/>')
    for row in [("Item", "Title", "Access")] + [(str(q["n"]), q["title"], "Closed" if q["closed"] else "Open")
                                              for q in m["points"]]:
        B.append("<table:table-row>" + "".join(
            '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(c)
            for c in row) + "</table:table-row>")
    B.append("</table:table>")
    for q in m["points"]:
        h("Item %d: %s" % (q["n"], q["title"]), 2)
        p("Case no. %s" % q["case"], "Meta")
        B.append('<text:p text:style-name="Meta">Access:<text:s text:c="2"/>%s</text:p>'
                 % ("Closed - exempt from publication" if q["closed"] else "Open"))
        for label, text in q["sections"]:
            h(label, 3)
            for para in paras(text):
                p(para)
    p("The meeting closed at 18:40.", "Note")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               "<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>"
               "</office:document-content>" % (ODF_NS, "".join(B)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              "<office:styles>"
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties '
              'fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Note" style:family="paragraph"><style:text-properties '
              'fo:font-style="italic"/></style:style>'
              '<style:style style:name="Meta" style:family="paragraph"><style:text-properties '
              'fo:font-size="9pt"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph"/>'
              "</office:styles></office:document-styles>" % ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            "<office:meta><dc:title>Minutes Business and Tourism Committee 18 May 2021</dc:title>"
            "<meta:creation-date>2021-05-19T08:00:00</meta:creation-date>"
            "<dc:language>en-GB</dc:language></office:meta></office:document-meta>" % ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False)])


# =============================================================================================
# 09  Sølvmose Kommune - Sundheds- og Ældreudvalget - referat - Markdown with YAML front matter
# =============================================================================================
D_SAU = "Udvalgets beslutning 03.10.2023"
M09 = {
    "file": "09_soelvmose_sundheds-og-aeldreudvalget_2023.md",
    "board": "Sundheds- og Ældreudvalget",
    "date": "2023-10-03",
    "kind": "referat",
    "points": [
        P(41, "Budgetopfølgning pr. 31. august 2023", "2023-000315", False, [
            ("Resume", "Udvalget forventer et merforbrug på 6,1 mio. kr., primært i hjemmeplejen, hvor "
                       "antallet af visiterede timer er steget 7 procent siden januar."),
            (D_SAU, "Oversendes til Økonomiudvalget. Forvaltningen udarbejder forslag til handleplan."),
        ]),
        P(42, "Prognose for plejeboliger 2024-2035", "2023-003127", False, [
            ("Resume", "Den nye prognose viser, at antallet af borgere over 80 år stiger med 54 procent "
                       "frem til 2035."),
            ("Sagsfremstilling", "Kommunen har i dag 312 plejeboliger. Hvis dækningsgraden fastholdes, vil "
                                 "der i 2035 mangle ca. 140 pladser. De første 48 pladser kan tidligst stå "
                                 "klar i 2028, hvis der afsættes anlægsmidler i budget 2025.\n\n"
                                 "Forvaltningen peger på en udvidelse af Plejecenter Bøgely og et nyt "
                                 "plejecenter i Sølvmose Nord."),
            ("Indstilling", "Forvaltningen indstiller, at prognosen indgår i budgetlægningen for 2025."),
            (D_SAU, "Anbefales. Udvalget ønsker en plan for placering af et nyt plejecenter i foråret 2024."),
        ]),
        P(43, "Udbud af personlige hjælpemidler - kontrakttildeling", "2023-004412", True, [
            ("Sagsfremstilling", "Der er modtaget tre tilbud. Rehab Partner Syd A/S har afgivet det bedste "
                                 "tilbud efter tildelingskriteriet pris 60 / kvalitet 40 med en samlet "
                                 "kontraktsum på 8,94 mio. kr. over fire år."),
            (D_SAU, "Kontrakten tildeles som indstillet."),
        ]),
        P(44, "Forsøg med faste teams i hjemmeplejen Vest", "2023-002871", False, [
            ("Sagsfremstilling", "Fra 1. november prøver hjemmeplejen Vest faste teams på 6-8 medarbejdere, "
                                 "så borgerne møder færre forskellige hjælpere. Forsøget varer et år og "
                                 "evalueres med en borgerundersøgelse."),
            (D_SAU, "Godkendt."),
        ]),
        P(45, "Tilsynsrapport for Plejecenter Ellehaven, afdeling 3", "2023-004520", True, [
            ("Sagsfremstilling", "Tilsynet har fundet mangler i medicinhåndteringen hos en beboer i "
                                 "lejlighed 3.14 og har påbudt skærpet tilsyn i 12 uger."),
            (D_SAU, "Til efterretning. Udvalget ønsker en opfølgning i januar."),
        ]),
        P(46, "Meddelelser", "2023-000316", False, [
            ("Sagsfremstilling", "Formanden orienterede om Ældrerådets møde den 21. september."),
            (D_SAU, "Til efterretning."),
        ]),
    ],
    "secrets": ["Rehab Partner Syd A/S", "8,94 mio. kr.", "lejlighed 3.14", "skærpet tilsyn i 12 uger"],
    "question": "mangler der plejehjemspladser i sølvmose de næste ti år og hvornår kan der komme nye",
    "cite_punkt": 42,
}


def render_09(m):
    L = ["---", "kommune: Sølvmose Kommune", "udvalg: Sundheds- og Ældreudvalget", "dokumenttype: Referat",
         "dato: 2023-10-03", "tid: \"15:00-17:15\"", "sted: Rådhuset, mødelokale Mosen",
         "status: godkendt", "---", "",
         "# Referat – Sundheds- og Ældreudvalget", "",
         "**Mødedato:** 3. oktober 2023  ", "**Sted:** Rådhuset, mødelokale Mosen", "",
         "| Medlem | Parti | Fremmødt |", "|---|---|---|",
         "| Anja Holmsted (formand) | A | ja |", "| Karl Aamand | V | ja |", "| Mira Sønderby | SF | ja |",
         "| Peter Krog | K | nej (afbud) |", "| Ditte Lauge | Ø | ja |", "",
         "> Punkter med afkrydset *Lukket punkt* er behandlet for lukkede døre.", ""]
    for p in m["points"]:
        L.append("### %d) %s" % (p["n"], p["title"]))
        L.append("")
        L.append("- Sag nr. `%s`" % p["case"])
        L.append("- [%s] Lukket punkt" % ("x" if p["closed"] else " "))
        L.append("")
        for label, text in p["sections"]:
            L.append("**%s**" % label)
            L.append("")
            for para in paras(text):
                L.append(para)
                L.append("")
    L += ["---", "", "*Referatet er godkendt elektronisk af udvalgets medlemmer 05.10.2023.*", ""]
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 10  Ravnsøby Kommune - Kultur-, Idræts- og Fritidsudvalget - referat - XML export, HTML in CDATA
# =============================================================================================
M10 = {
    "file": "10_ravnsoeby_kultur-idraets-og-fritidsudvalget_2018.xml",
    "board": "Kultur-, Idræts- og Fritidsudvalget",
    "date": "2018-01-23",
    "kind": "referat",
    "points": [
        P(1, "Tilskud til Ravnsøby Jazzdage 2018", "18/0412K", False, [
            ("Sagsfremstilling", "Foreningen bag Ravnsøby Jazzdage søger 65.000 kr. til festivalen den "
                                 "17.-19. august 2018, som i år udvides med en børnescene på Torvet."),
            ("Beslutning", "Bevilget 50.000 kr. fra kulturpuljen."),
        ]),
        P(2, "Ny kunstgræsbane ved Ravnsøby Stadion - placering", "17/8871K", False, [
            ("Sagsfremstilling", "Der er afsat 4,6 mio. kr. i budget 2018 til en kunstgræsbane. Forvaltningen "
                                 "har undersøgt to placeringer: på grusbanen øst for hallen eller på "
                                 "opvisningsbanen.\n\nGrusbanen anbefales, fordi lysmasterne kan genbruges, og "
                                 "opvisningsbanen kan bevares som græsbane. Banen forventes klar til "
                                 "efterårssæsonen 2018."),
            ("Beslutning", "Udvalget valgte placeringen på grusbanen øst for hallen."),
        ]),
        P(3, "Forpagtning af cafeen i Kulturhuset Spejlet", "18/0377K", True, [
            ("Sagsfremstilling", "Efter udbud anbefales Café Lindeblad v/ Sanne Østergaard som ny forpagter "
                                 "med en månedlig forpagtningsafgift på 12.500 kr.\n\nDer kom fire bud. "
                                 "Den nye forpagter overtager cafeen 1. marts 2018 og skal holde åbent, "
                                 "når der er arrangementer i salen."),
            ("Beslutning", "Godkendt."),
        ]),
        P(4, "Biblioteksfilialen i Hørby - fremtidig drift", "17/9120K", False, [
            ("Sagsfremstilling", "Filialen har haft 41 procent færre udlån siden 2014. Det foreslås at "
                                 "gøre filialen selvbetjent med adgang fra kl. 7 til 22 alle ugens dage og "
                                 "bemanding to eftermiddage om ugen."),
            ("Beslutning", "Godkendt. Ordningen indføres 1. maj 2018."),
        ]),
        P(5, "Økonomiske uregelmæssigheder i en idrætsforening", "18/0455K", True, [
            ("Sagsfremstilling", "Ravnsøby Roklub har oplyst, at der mangler kontingentmidler for 87.300 kr. "
                                 "Bestyrelsen har foretaget politianmeldelse af tidligere kasserer.\n\n"
                                 "Forvaltningen foreslår, at kommunens tilskud for 2018 holdes tilbage, "
                                 "indtil revisionen af klubbens regnskab er afsluttet."),
            ("Beslutning", "Udbetaling af tilskud stilles i bero, til sagen er afklaret."),
        ]),
        P(6, "Meddelelser", "18/0010K", False, [
            ("Sagsfremstilling", "Formanden orienterede om Idrættens Fejring den 9. marts i Ravnsøby Hallen."),
            ("Beslutning", "Til efterretning."),
        ]),
    ],
    "secrets": ["Café Lindeblad v/ Sanne Østergaard", "forpagtningsafgift på 12.500 kr.",
                "Ravnsøby Roklub", "kontingentmidler for 87.300 kr.", "politianmeldelse af tidligere kasserer"],
    "question": "hvor skal den nye kunstgræsbane i ravnsøby ligge og hvornår kan vi spille på den",
    "cite_punkt": 2,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<eksport:Moedereferat xmlns:eksport="urn:invented:ravnsoeby:dagsorden:2" version="2.1" '
         'genereret="2018-01-25T06:00:00">',
         "  <eksport:Kommune>Ravnsøby Kommune</eksport:Kommune>",
         '  <eksport:Udvalg kode="KIF">Kultur-, Idræts- og Fritidsudvalget</eksport:Udvalg>',
         "  <eksport:Dokumenttype>Referat</eksport:Dokumenttype>",
         '  <eksport:Moede start="2018-01-23T16:30:00" slut="2018-01-23T18:45:00">',
         "    <eksport:Sted>Kulturhuset Spejlet, Salen</eksport:Sted>",
         "    <eksport:Deltagere>Lone Birk (formand), Jesper Vang, Sara Mølgaard, Hans Ullerup, "
         "Nikolaj Brandt</eksport:Deltagere>",
         "  </eksport:Moede>",
         "  <eksport:Punkter>"]
    for p in m["points"]:
        body = []
        for label, text in p["sections"]:
            body.append("<h4>%s</h4>" % escape(label))
            body += ["<p>%s</p>" % escape(x) for x in paras(text)]
        X += ['    <eksport:Punkt loebenr="%d">' % p["n"],
              "      <eksport:Overskrift>%s</eksport:Overskrift>" % xesc(p["title"]),
              "      <eksport:Sagsnummer>%s</eksport:Sagsnummer>" % p["case"],
              "      <eksport:Offentlighed>%s</eksport:Offentlighed>" % ("Lukket" if p["closed"] else "Aaben"),
              "      <eksport:Indhold><![CDATA[%s]]></eksport:Indhold>" % "".join(body),
              "    </eksport:Punkt>"]
    X += ["  </eksport:Punkter>", "</eksport:Moedereferat>", ""]
    return "\n".join(X).encode("utf-8")


# =============================================================================================
MEETINGS = [(M01, render_01), (M02, render_02), (M03, render_03), (M04, render_04), (M05, render_05),
            (M06, render_06), (M07, render_07), (M08, render_08), (M09, render_09), (M10, render_10)]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    expected = []
    for m, render in MEETINGS:
        with open(os.path.join(outdir, m["file"]), "wb") as f:
            f.write(render(m))
        expected.append({
            "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"],
        })
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d files to %s" % (len(MEETINGS), outdir))


if __name__ == "__main__":
    main()
