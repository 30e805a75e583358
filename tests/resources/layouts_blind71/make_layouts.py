#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind71.

Every municipality, board, person, firm, address, amount and sentence in this file is invented.
The script is deterministic: running it twice gives byte-identical files.  Needs python-docx (the
.docx) and fpdf2 (the .pdf); the other eight formats are written by hand.

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
ZIPTIME = (2024, 5, 6, 7, 8, 10)


def P(n, title, case, closed, sections, **extra):
    """One agenda point; `sections` is a list of (label, text), paragraphs split on blank lines."""
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


def wrap(text, width, keep, measure=len):
    """Greedy word wrap that never breaks inside one of the phrases in `keep`."""
    SENT = "\x00"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w) if cur else w
        if cur and measure(cand.replace(SENT, " ")) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [ln.replace(SENT, " ") for ln in lines]


# =============================================================================================
# 01  Tranedal Kommune - Kultur- og Fritidsudvalget - referat - agenda-portal web page
# =============================================================================================
D01 = "Beslutning i Kultur- og Fritidsudvalget den 05-03-2024"
M01 = {
    "file": "01_tranedal_kultur-og-fritidsudvalget_2024.html",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2024-03-05",
    "kind": "referat",
    "points": [
        P(23, "Godkendelse af dagsorden", "280-2024-00112", False, [(D01, "Godkendt.")]),
        P(24, "Nye åbningstider på Tranedal Bibliotek fra 1. maj 2024", "280-2024-01187", False, [
            ("Resume", "Biblioteket foreslår at udvide den selvbetjente åbningstid og samtidig flytte den "
                       "betjente åbningstid, så den passer bedre til, hvornår borgerne faktisk kommer."),
            ("Sagsfremstilling", "Tællinger fra efteråret 2023 viser, at der er få besøgende mellem kl. 10 og 12 "
                                 "på hverdage, mens eftermiddagene og lørdagene er travle.\n\n"
                                 "Det foreslås, at biblioteket fra 1. maj 2024 har betjent åbent mandag til "
                                 "torsdag kl. 12-18, fredag kl. 10-15 og lørdag kl. 10-13. I det selvbetjente "
                                 "Åbent Bibliotek kan man komme ind alle ugens dage kl. 6-23 med sundhedskort "
                                 "og pinkode, også om søndagen. Børn under 15 år må kun bruge Åbent Bibliotek "
                                 "efter kl. 20 sammen med en voksen."),
            ("Økonomi", "Ny adgangskontrol ved hovedindgangen koster 85.000 kr., som afholdes inden for "
                        "bibliotekets budget."),
            ("Indstilling", "Kultur og Fritid indstiller, at de nye åbningstider godkendes."),
            (D01, "Godkendt med den ændring, at den betjente åbningstid om lørdagen bliver kl. 10-14."),
        ]),
        P(25, "Pulje til foreningernes energiudgifter 2024", "280-2023-40117", False, [
            ("Sagsfremstilling", "Byrådet har afsat 400.000 kr. i 2024 til foreninger med egne klubhuse, der "
                                 "har fået store stigninger i udgifterne til varme og el. Der kan højst gives "
                                 "25.000 kr. pr. forening. Ansøgningsfristen foreslås sat til 15. april 2024."),
            ("Indstilling", "Kultur og Fritid indstiller, at kriterierne for puljen godkendes."),
            (D01, "Godkendt."),
        ]),
        P(26, "Lejeaftale om klubhus - forhandlingsmandat", "280-2024-00954", True, [
            ("Sagsfremstilling", "Forvaltningen har forhandlet med Brdr. Kjærsgaard Ejendomme ApS om at leje "
                                 "stueetagen i Vestervænget 14B som nyt klubhus for roklubben, mens det gamle "
                                 "bådehus renoveres.\n\nUdlejer har tilbudt en årlig leje på 162.500 kr. ekskl. "
                                 "forbrug og en bindingsperiode på tre år."),
            ("Indstilling", "Det indstilles, at forvaltningen får mandat til at indgå aftalen."),
            (D01, "Mandatet blev givet."),
        ]),
        P(27, "Kulturnat 2024 - program og budget", "280-2024-00867", False, [
            ("Sagsfremstilling", "Kulturnatten holdes fredag den 27. september 2024 kl. 17-23. Over 30 "
                                 "foreninger, museer og butikker i midtbyen har meldt sig. Der kører gratis "
                                 "busser mellem Stationspladsen, Kulturhuset og Mølledammen hvert kvarter, og "
                                 "aftenen slutter med lysshow over åen."),
            ("Økonomi", "Budgettet er på 210.000 kr., hvoraf handelsstandsforeningen betaler 60.000 kr."),
            (D01, "Godkendt."),
        ]),
        P(28, "Kulturprisen 2024 - valg af modtager", "280-2024-01020", True, [
            ("Sagsfremstilling", "Der er kommet ni indstillinger til årets kulturpris. Forvaltningen foreslår "
                                 "korleder Gudrun Tvede Abildgaard for 30 års arbejde med Tranedal Pigekor, "
                                 "som i 2023 vandt en international korkonkurrence i Graz."),
            (D01, "Prisen tildeles som foreslået. Navnet offentliggøres først ved prisfesten."),
        ]),
        P(29, "Meddelelser og eventuelt", "280-2024-00112", False, [
            ("Sagsfremstilling", "Formanden orienterede om, at svømmehallens varmtvandsbassin er lukket i uge "
                                 "12 på grund af service."),
            (D01, "Til efterretning."),
        ]),
    ],
    "secrets": ["Brdr. Kjærsgaard Ejendomme ApS", "Vestervænget 14B", "årlig leje på 162.500 kr.",
                "Gudrun Tvede Abildgaard", "Tranedal Pigekor"],
    "question": "hvornår har biblioteket i tranedal åbent om lørdagen efter 1. maj, og kan man komme ind om "
                "søndagen",
    "cite_punkt": 24,
}


def render_01(m):
    out = ["<!doctype html>", '<html lang="da-DK">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Kultur- og Fritidsudvalget - referat 05.03.2024 | Tranedal Kommune</title>",
           "<style>.badge{display:inline-block;background:#333;color:#fff;border-radius:50%;padding:4px 9px}"
           ".laas{color:#8a0000;font-weight:600}.felt h4{margin-bottom:2px}</style>",
           '<script type="application/ld+json">{"@type":"Event","name":"Møde"}</script>',
           "</head>", "<body>",
           '<a class="skip" href="#indhold">Gå til indhold</a>',
           '<header><div class="brand">Tranedal Kommune</div><form role="search"><input type="search" '
           'placeholder="Søg på tranedal.dk"></form></header>',
           '<div class="layout"><aside class="sidebar"><h2>Politik</h2><ul><li>Byrådet</li><li>Stående '
           'udvalg</li><li>Mødekalender</li><li>Tilmeld nyhedsbrev</li></ul></aside>',
           '<main id="indhold">',
           '<p class="status">Status: Referat offentliggjort 07.03.2024</p>',
           "<h1>Kultur- og Fritidsudvalget</h1>",
           "<table class=\"moedeinfo\"><tr><th>Dato</th><td>tirsdag 5. marts 2024</td></tr>"
           "<tr><th>Tidspunkt</th><td>16:30</td></tr>"
           "<tr><th>Sted</th><td>Kulturhuset, lokale Spejlsalen</td></tr>"
           "<tr><th>Deltagere</th><td>Rasmus Eg (formand), Jytte Smedegaard, Omar Khalil, Pernille Lund "
           "Thrane, Villads Brok</td></tr>"
           "<tr><th>Afbud</th><td>Omar Khalil</td></tr></table>",
           '<label for="hop">Gå til punkt</label> <select id="hop">']
    for p in m["points"]:
        out.append('<option value="p%d">%d %s</option>' % (p["n"], p["n"], escape(p["title"])))
    out.append("</select>")
    for p in m["points"]:
        out.append('<section class="dagsordenpunkt" id="p%d" data-lukket="%s">'
                   % (p["n"], "ja" if p["closed"] else "nej"))
        out.append('<div class="hoved"><span class="badge">%d</span>' % p["n"])
        out.append("<h2>%s</h2></div>" % escape(p["title"]))
        out.append('<p class="sagsnr"><small>Sagsnr. %s</small></p>' % p["case"])
        if p["closed"]:
            out.append('<p class="laas">&#128274; Lukket punkt</p>')
        for label, text in p["sections"]:
            out.append('<div class="felt"><h4>%s</h4>' % escape(label))
            for x in paras(text):
                out.append("<p>%s</p>" % escape(x))
            out.append("</div>")
        if not p["closed"] and len(p["sections"]) > 2:
            out.append('<ul class="bilag"><li><a href="#">Bilag: %s.pdf</a></li></ul>' % p["case"])
        out.append("</section>")
    out += ["</main></div>",
            "<footer><p>Tranedal Kommune &middot; Rådhustorvet 1 &middot; Tlf. 70 00 00 00</p>"
            "<p>Tilgængelighedserklæring &middot; Cookies &middot; Privatlivspolitik</p></footer>",
            "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 02  Hyldemark Kommune - Plan- og Byudvalget - referat - 2011 table export in ISO-8859-1
# =============================================================================================
D02 = "Beslutning i Plan- og Byudvalget den 20.09.2011:"
M02 = {
    "file": "02_hyldemark_plan-og-byudvalget_2011.htm",
    "board": "Plan- og Byudvalget",
    "date": "2011-09-20",
    "kind": "referat",
    "points": [
        P(101, "Meddelelser fra formanden", "00.01.00-A00-7-11", False, [
            ("Sagsfremstilling:", "Formanden orienterede om borgermødet om den nye kommuneplan, hvor ca. 120 "
                                  "borgere deltog."),
            (D02, "Taget til efterretning."),
        ]),
        P(102, "Lokalplan 1.47 for boligområdet ved Kirkebakken - endelig vedtagelse", "01.02.05-P16-3-11", False, [
            ("Sagsfremstilling:", "Forslaget har været i offentlig høring i otte uger, og der er kommet seks "
                                  "indsigelser. Flere naboer ønsker lavere byggeri mod kirken. Forvaltningen "
                                  "foreslår derfor, at den højeste bygningshøjde sættes ned fra 10 m til 8,5 m, "
                                  "og at der udlægges en sti mellem Kirkebakken og Skolestien. Området kan rumme "
                                  "34 boliger."),
            ("Indstilling:", "Forvaltningen indstiller, at lokalplanen vedtages endeligt med de nævnte "
                             "ændringer."),
            (D02, "Anbefales over for Byrådet."),
        ]),
        P(103, "Anmodning om dispensation fra byggelinje", "01.03.03-P19-41-11", True, [
            ("Sagsfremstilling:", "Ejeren af Hvidtjørnevej 9, matr.nr. 22k Hyldemark Overby, Jens Ole "
                                  "Bækgaard, søger om at opføre en dobbeltgarage 4 m inden for vejbyggelinjen."),
            ("Indstilling:", "Forvaltningen indstiller, at der gives afslag."),
            (D02, "Afslag som indstillet."),
        ]),
        P(104, "Trafikdæmpning på Skolevej - valg af løsning", "05.01.00-P20-12-11", False, [
            ("Sagsfremstilling:", "Der er målt for høj fart på Skolevej forbi skolen. Løsning A er to "
                                  "chikaner, løsning B er tre vejbump og en hastighedsgrænse på 40 km/t. "
                                  "Begge løsninger koster ca. 1,1 mio. kr."),
            (D02, "Løsning B blev valgt. Arbejdet udføres i foråret 2012."),
        ]),
        P(105, "Byfornyelse - pulje til facadeistandsættelse 2012", "02.00.00-P20-4-11", False, [
            ("Sagsfremstilling:", "Der er afsat 750.000 kr. i 2012 til istandsættelse af facader i den gamle "
                                  "bydel. Ejere kan få tilskud til maling, vinduer og puds på op til 40 pct. af "
                                  "udgiften, dog højst 60.000 kr. pr. ejendom. Ansøgningsfristen er 1. februar "
                                  "2012, og arbejdet må ikke være sat i gang før tilsagnet."),
            ("Indstilling:", "Forvaltningen indstiller, at retningslinjerne godkendes."),
            (D02, "Godkendt."),
        ]),
        P(106, "Eventuelt", "00.01.00-A00-7-11", False, [(D02, "Intet.")]),
    ],
    "secrets": ["Hvidtjørnevej 9", "matr.nr. 22k Hyldemark Overby", "Jens Ole Bækgaard"],
    "question": "kan man faa tilskud til at male facaden paa et gammelt hus i hyldemark og hvor meget",
    "cite_punkt": 105,
}


def render_02(m):
    e = lambda t: escape(t, quote=False)
    out = ["<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", "<HTML>", "<HEAD>",
           '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">',
           "<TITLE>Plan- og Byudvalget - Referat 20.09.2011</TITLE>", "</HEAD>",
           '<BODY BGCOLOR="#FFFFFF">',
           '<TABLE WIDTH="100%"><TR><TD><FONT FACE="Arial" SIZE=4><B>HYLDEMARK KOMMUNE</B></FONT></TD>'
           '<TD ALIGN=RIGHT><FONT FACE="Arial" SIZE=1>[<A HREF="javascript:print()">Udskriv</A>]</FONT></TD>'
           "</TR></TABLE>", "<HR>",
           '<FONT FACE="Arial" SIZE=3><B>Referat af møde i Plan- og Byudvalget</B></FONT><BR>',
           '<FONT FACE="Arial" SIZE=2>Tirsdag den 20.09.2011 kl. 17.00 i mødelokale 3<BR>',
           "Til stede: Kurt Ravnsbæk (formand), Hanne Kildegaard, Erik Sejerø, Lis Munch<BR>",
           "Fraværende: Bo Tingleff</FONT>", "<P>", '<FONT FACE="Arial" SIZE=2><B>Dagsorden:</B></FONT>',
           "<UL>"]
    for p in m["points"]:
        out.append('<LI><FONT FACE="Arial" SIZE=2>Pkt. %d %s</FONT>' % (p["n"], e(p["title"])))
    out.append("</UL>")
    for p in m["points"]:
        out.append("<HR>")
        head = e(p["title"]) + (" <FONT COLOR=RED>(lukket)</FONT>" if p["closed"] else "")
        out.append('<TABLE BORDER=1 CELLPADDING=4 CELLSPACING=0 WIDTH="100%">')
        out.append('<TR><TD WIDTH=80 BGCOLOR="#DDDDDD"><FONT FACE="Arial" SIZE=2><B>Pkt. %d</B></FONT></TD>'
                   '<TD><FONT FACE="Arial" SIZE=2><B>%s</B></FONT></TD></TR>' % (p["n"], head))
        out.append('<TR><TD><FONT FACE="Arial" SIZE=1>Journalnr.</FONT></TD><TD><FONT FACE="Arial" SIZE=1>'
                   "%s</FONT></TD></TR></TABLE>" % p["case"])
        for label, text in p["sections"]:
            out.append('<P><FONT FACE="Arial" SIZE=2><U>%s</U></FONT></P>' % e(label))
            for x in paras(text):
                out.append('<P><FONT FACE="Arial" SIZE=2>%s</FONT></P>' % e(x))
    out += ["<HR>", '<FONT FACE="Arial" SIZE=1>Mødet hævet kl. 18.55<BR>Genereret af ePolitik 2.1 - '
            "Hyldemark Kommune</FONT>", "</BODY>", "</HTML>", ""]
    return "\r\n".join(out).encode("iso-8859-1")


# =============================================================================================
# 03  Sandlyng Kommune - Social- og Sundhedsudvalget - referat - Word with tables
# =============================================================================================
D03 = "Social- og Sundhedsudvalget, 26-11-2019:"
M03 = {
    "file": "03_sandlyng_social-og-sundhedsudvalget_2019.docx",
    "board": "Social- og Sundhedsudvalget",
    "date": "2019-11-26",
    "kind": "referat",
    "points": [
        P(88, "Godkendelse af dagsorden", "19/00021", False, [("Beslutning", D03 + " Godkendt.")],
          who="Mette Krog"),
        P(89, "Kvalitetsstandard for praktisk hjælp 2020", "19/13350", False, [
            ("Resume", "Kvalitetsstandarden beskriver, hvilken hjælp til rengøring og tøjvask borgerne kan få."),
            ("Sagsfremstilling", "Den eneste ændring i forhold til 2019 er, at tøjvask fremover kan ske via "
                                 "kommunens vaskeriordning, hvor tøjet hentes og bringes hver anden uge. "
                                 "Rengøring gives fortsat hver anden uge."),
            ("Indstilling", "Forvaltningen indstiller, at kvalitetsstandarden godkendes."),
            ("Beslutning", D03 + " Godkendt."),
        ], who="Birgit Hald"),
        P(90, "Økonomisk status pr. 31. oktober 2019", "19/00512", False, [
            ("Sagsfremstilling", "Udvalget forventer samlet et merforbrug på 3,4 mio. kr., primært på "
                                 "hjemmeplejen. Se tabellen nedenfor."),
            ("TABEL", ""),
            ("Beslutning", D03 + " Taget til efterretning."),
        ], who="Kasper Ibsen"),
        P(91, "Klagesag om afslag på hjælpemiddel", "19/12876", True, [
            ("Sagsfremstilling", "Aase Rindom Kirkegaard har klaget over afslaget på en elektrisk kørestol af "
                                 "typen Trio Vega 4. Ankestyrelsen har hjemvist sagen, og forvaltningen har "
                                 "genvurderet behovet. Kørestolen koster 38.950 kr."),
            ("Indstilling", "Forvaltningen indstiller, at der bevilges kørestol."),
            ("Beslutning", D03 + " Godkendt."),
        ], who="Birgit Hald"),
        P(92, "Fordeling af frivillighedspuljen 2020", "19/14402", False, [
            ("Sagsfremstilling", "Der er kommet 17 ansøgninger om i alt 512.000 kr. Puljen er på 300.000 kr. "
                                 "Forvaltningen foreslår, at 11 foreninger får tilskud, og at de største beløb "
                                 "går til besøgstjenesten og til spisefællesskaberne i landsbyerne."),
            ("Beslutning", D03 + " Godkendt."),
        ], who="Kasper Ibsen"),
        P(93, "Demensvenlig kommune - handleplan 2020-2022", "19/09877", False, [
            ("Resume", "Handleplanen skal gøre det lettere at leve med demens i Sandlyng."),
            ("Sagsfremstilling", "Handleplanen har tre indsatser: gratis kurser for borgere, der vil være "
                                 "demensvenner; en pårørendecafé, der holdes hver anden tirsdag kl. 16-18 på "
                                 "Sandlyng Bibliotek fra februar 2020; og en demensvenlig skiltning på "
                                 "plejecentrene."),
            ("Økonomi", "Udgiften på 145.000 kr. om året afholdes inden for udvalgets ramme."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget anbefaler handleplanen over for Byrådet."),
            ("Beslutning", D03 + " Anbefales."),
        ], who="Mette Krog"),
        P(94, "Orientering fra formand og forvaltning", "19/00021", False, [
            ("Sagsfremstilling", "Forvaltningen orienterede om influenzavaccination af personalet."),
            ("Beslutning", D03 + " Taget til efterretning."),
        ], who="Mette Krog"),
    ],
    "secrets": ["Aase Rindom Kirkegaard", "Trio Vega 4", "38.950 kr."],
    "question": "er der en cafe for pårørende til demente i sandlyng, hvor og hvornår",
    "cite_punkt": 93,
}


def render_03(m):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2019, 11, 27, 9, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.author = "Sundhed og Omsorg"
    cp.last_modified_by = "Sundhed og Omsorg"
    cp.title = "Referat Social- og Sundhedsudvalget 26-11-2019"
    cp.revision = 2
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Sandlyng Kommune – Social- og Sundhedsudvalget – 26-11-2019"
    sec.footer.paragraphs[0].text = "Referat · Offentlig udgave"

    def para(text, bold=False, size=None, color=None, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return p

    d.add_heading("Referat", level=0)
    para("Social- og Sundhedsudvalget", bold=True, size=16)
    para("Mødedato: 26-11-2019, kl. 15:00-17:20")
    para("Mødested: Sandlyng Rådhus, mødelokale Lærken")
    para("Deltagere: Inger Mølgaard (formand), Thomas Hviid, Susan Abildtrup, Lasse Frimodt, Naja Kruse")
    para("Afbud: Ingen")
    para("Sagsoversigt", bold=True)
    toc = d.add_table(rows=1, cols=3)
    toc.style = "Table Grid"
    for i, h in enumerate(("Nr.", "Emne", "Side")):
        toc.cell(0, i).text = h
    for k, p in enumerate(m["points"]):
        row = toc.add_row().cells
        row[0].text = str(p["n"])
        row[1].text = p["title"]
        row[2].text = str(2 + k)
    for p in m["points"]:
        d.add_heading("%d. %s" % (p["n"], p["title"]), level=2)
        meta = d.add_table(rows=0, cols=2)
        meta.style = "Table Grid"
        for k, v in (("Sagsnr.", p["case"]), ("Sagsbehandler", p["who"]),
                     ("Åben/lukket", "Lukket" if p["closed"] else "Åben")):
            c = meta.add_row().cells
            c[0].text = k
            c[1].text = v
        for label, text in p["sections"]:
            if label == "TABEL":
                t = d.add_table(rows=1, cols=4)
                t.style = "Table Grid"
                for i, h in enumerate(("Område (mio. kr.)", "Korr. budget", "Forventet regnskab",
                                       "Afvigelse")):
                    t.cell(0, i).text = h
                for r in (("Hjemmepleje", "212,6", "215,1", "2,5"),
                          ("Plejecentre", "187,3", "188,0", "0,7"),
                          ("Forebyggelse og træning", "41,9", "42,1", "0,2"),
                          ("I alt", "441,8", "445,2", "3,4")):
                    cells = t.add_row().cells
                    for i, v in enumerate(r):
                        cells[i].text = v
                continue
            para(label, bold=True)
            for x in paras(text):
                para(x)
    para("Mødet sluttede kl. 17:20.", size=9, color=(0x66, 0x66, 0x66))
    buf = io.BytesIO()
    d.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(n, z.read(n), False) for n in z.namelist()])


# =============================================================================================
# 04  Ulvsmose Kommune - Børne- og Skoleudvalget - tillægsreferat - PDF with page furniture
# =============================================================================================
D04 = "Beslutning i Børne- og Skoleudvalget den 14. juni 2022"
M04 = {
    "file": "04_ulvsmose_boerne-og-skoleudvalget_tillaegsreferat_2022.pdf",
    "board": "Børne- og Skoleudvalget",
    "date": "2022-06-14",
    "kind": "tillaegsreferat",
    "points": [
        P(61, "Sommerferieaktiviteter for skolebørn 2022 - ekstra midler", "2022-004417", False, [
            ("Resume", "Der er kommet flere tilmeldinger til sommerens aktiviteter end ventet."),
            ("Sagsfremstilling", "Ferieaktiviteterne i uge 27-31 har fået 640 tilmeldinger mod 410 sidste år. "
                                 "For at alle kan komme med, foreslås det at bruge 180.000 kr. af det "
                                 "forventede mindreforbrug på skoleområdet til ekstra hold og busser."),
            ("Indstilling", "Forvaltningen indstiller, at der gives 180.000 kr. ekstra."),
            (D04, "Godkendt."),
        ]),
        P(62, "Ansættelse af skoleleder ved Ulvsmose Centralskole", "2022-004388", True, [
            ("Sagsfremstilling", "Ansættelsesudvalget har enstemmigt peget på Mikkel Thorsø Brandt, der i dag "
                                 "er viceforstander på Hjortlund Efterskole. Der er aftalt en løn på løntrin 52 "
                                 "med et funktionstillæg på 41.300 kr. årligt."),
            (D04, "Udvalget godkendte ansættelsen."),
        ]),
        P(63, "Pavilloner ved Engskolen - forlængelse af lejeaftale", "2022-003980", False, [
            ("Sagsfremstilling", "Lejeaftalen for de fire pavilloner ved Engskolen udløber 31. juli 2022. "
                                 "Den nye tilbygning er forsinket, og det foreslås at forlænge lejen til "
                                 "31. juli 2024. Lejen er 46.000 kr. pr. måned."),
            ("Indstilling", "Forvaltningen indstiller, at forlængelsen anbefales over for Økonomiudvalget."),
            (D04, "Anbefales."),
        ]),
        P(64, "Skolebus fra august 2022 - nye afgangstider", "2022-004502", False, [
            ("Sagsfremstilling", "Fra skolestart den 8. august 2022 ændres rute 3 fra Mosevang til Engskolen, "
                                 "så bussen kører fra Mosevang Torv kl. 7.05 i stedet for kl. 7.20. Der kommer "
                                 "et nyt stoppested ved Rævebakken. Ændringen skyldes vejarbejdet på "
                                 "Landevejen."),
            (D04, "Godkendt. Forældrene orienteres via Aula inden 1. juli."),
        ]),
    ],
    "secrets": ["Mikkel Thorsø Brandt", "Hjortlund Efterskole", "funktionstillæg på 41.300 kr."],
    "question": "hvornår kører skolebussen fra mosevang om morgenen efter sommerferien",
    "cite_punkt": 64,
}


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Ulvsmose Kommune  ·  Børne- og Skoleudvalget  ·  Tillægsreferat 14. juni 2022",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(60, 5, "Udskrevet 15.06.2022")
            self.cell(60, 5, "Side %d af {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_creation_date(datetime.datetime(2022, 6, 15, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Tillægsreferat Børne- og Skoleudvalget 14.06.2022")
    pdf.set_author("Ulvsmose Kommune")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    W = 180

    def lines(text, size=10, style="", h=5):
        pdf.set_font("Helvetica", style, size)
        for ln in wrap(text, W, keep, pdf.get_string_width):
            pdf.cell(W, h, ln, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    lines("TILLÆGSREFERAT", 20, "B", 10)
    lines("Børne- og Skoleudvalget", 14, "B", 8)
    lines("Tillæg til mødet tirsdag den 14. juni 2022 kl. 16.00, Ulvsmose Rådhus, lokale 2.08")
    lines("Medlemmer: Dorthe Vinkel (formand), Anders Rask, Malene Steen Pihl, Jacob Nørgaard, Sine Bak")
    pdf.ln(6)
    lines("Indholdsfortegnelse", 12, "B", 7)
    pdf.set_font("Helvetica", "", 10)
    for k, p in enumerate(m["points"]):
        label = "Punkt %d - %s" % (p["n"], p["title"])
        pdf.cell(165, 6, label + " " + "." * 8)
        pdf.cell(15, 6, str(k + 2), align="R", new_x="LMARGIN", new_y="NEXT")
    for p in m["points"]:
        pdf.add_page()
        lines("Punkt %d - %s" % (p["n"], p["title"]), 13, "B", 7)
        lines("Sag nr. %s" % p["case"], 8, "", 5)
        if p["closed"]:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(60, 8, "LUKKET SAG", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        for label, text in p["sections"]:
            pdf.ln(2)
            lines(label, 10, "B", 6)
            for x in paras(text):
                lines(x)
    return bytes(pdf.output())


# =============================================================================================
# 05  Brombæk Kommune - Folkeoplysningsudvalget - referat - scanned typescript, OCR text
# =============================================================================================
M05 = {
    "file": "05_brombaek_folkeoplysningsudvalget_2009.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2009-02-18",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra sidste møde", "2009-0114/FU", False, [
            ("Beslutning:", "Godkendt uden bemærkninger."),
        ]),
        P(2, "Fordeling af haltider for sæsonen 2009/2010", "2009-1207/FU", False, [
            ("Sagsfremstilling:", "Foreningerne skal søge om tider i hallerne og skolernes gymnastiksale for "
                                  "næste sæson senest den 1. april 2009 på det nye skema. Fordelingen sendes ud "
                                  "i juni, og sæsonen starter 17. august 2009. Børne- og ungdomshold har "
                                  "fortrinsret mellem kl. 16 og 19."),
            ("Beslutning:", "Godkendt. Skemaet lægges også på kommunens hjemmeside."),
        ]),
        P(3, "Tilskud til lederuddannelse - ansøgning fra enkeltperson", "2009-1188/FU", True, [
            ("Sagsfremstilling:", "Bent Iver Skovgaard fra gymnastikforeningen søger om tilskud på 4.380 kr. "
                                  "til et trænerkursus i Vejle, som foreningen ikke selv kan betale."),
            ("Beslutning:", "Bevilget."),
        ]),
        P(4, "Aftenskolernes lokaletilskud 2009", "2009-0933/FU", False, [
            ("Sagsfremstilling:", "Loven giver mulighed for at nedsætte tilskuddet til aftenskolernes egne "
                                  "lokaler. Forvaltningen foreslår at fastholde 75 pct. af de godkendte "
                                  "udgifter."),
            ("Beslutning:", "Tilskuddet fastholdes på 75 pct."),
        ]),
        P(5, "Ny folder om foreningsstøtte", "2009-1210/FU", False, [
            ("Sagsfremstilling:", "Udkast til folder var vedlagt. Den trykkes i 2.000 eksemplarer."),
            ("Beslutning:", "Godkendt med enkelte rettelser."),
        ]),
        P(6, "Eventuelt", "2009-0114/FU", False, [
            ("Beslutning:", "Næste møde er den 22. april 2009."),
        ]),
    ],
    "secrets": ["Bent Iver Skovgaard", "tilskud på 4.380 kr."],
    "question": "hvornaar skal vores klub soege haltider til naeste saeson i brombaek",
    "cite_punkt": 2,
}


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    W = 72
    page = [1]

    def head():
        return ["Brombæk Kommune  -  Folkeoplysningsudvalget  -  18.02.2009" + " " * 6 + "Side %d" % page[0], ""]

    L = ["[Scannet dokument - tekstgenkendt automatisk. Fejl i teksten kan forekomme.]", ""]
    L += head()
    L += ["                       R E F E R A T", "",
          "af mødet i Folkeoplysningsudvalget onsdag den l8. februar 2009",
          "kl. l9.30 på Brombæk Skole, lærerværelset", "",
          "Mødt:    Gert Holm (formand), Ruth Lykkegaard, Ahmed Sariç,",
          "         Ketty Brøns, Finn Dahl", "Afbud:   Inge Mai", ""]
    for k, p in enumerate(m["points"]):
        if k in (3,):
            page[0] += 1
            L += ["", "                              - %d -" % (page[0] - 1), "\f"]
            L += head()
        L += ["", "%d.  %s" % (p["n"], p["title"]), "~" * min(W, len(p["title"]) + 4),
              "Dok.nr. %s" % p["case"]]
        if p["closed"]:
            L += ["", "(Punktet er behandlet for lukkede døre)"]
        for label, text in p["sections"]:
            L.append("")
            body = label + " " + " ".join(paras(text))
            L += wrap(body, W, keep)
    L += ["", "", "Mødet hævet kl. 21.l5", "", "Gert Holm", "formand", "",
          "                              - %d -" % page[0], ""]
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 06  Æblerød Kommune - Handicaprådet - referat - forwarded e-mail, base64 body
# =============================================================================================
M06 = {
    "file": "06_aebleroed_handicapraadet_2016.eml",
    "board": "Handicaprådet",
    "date": "2016-10-04",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [("Rådets bemærkninger:", "Godkendt.")]),
        P(2, "Tilgængelighed på Æblerød Station - høringssvar", "16/22031", False, [
            ("Sagsfremstilling:", "Banedanmark har sendt planerne for ombygningen af stationen i høring. Der "
                                  "kommer elevator til perron 2, men ikke til perron 1."),
            ("Rådets bemærkninger:", "Rådet mener, at der også skal være elevator eller rampe til perron 1, og "
                                     "at ledelinjer for blinde skal føres helt ud til busterminalen. "
                                     "Sekretariatet skriver høringssvaret."),
        ]),
        P(3, "Handicapprisen 2016 - valg af modtager", "16/20447", True, [
            ("Sagsfremstilling:", "Der er indstillet fem kandidater. Flertallet peger på frisør Lotte "
                                  "Wendelboe Jakobsen, som har gjort Salon Klippestuen fuldt tilgængelig for "
                                  "kørestolsbrugere og tilbyder hjemmebesøg."),
            ("Rådets bemærkninger:", "Prisen gives som foreslået og overrækkes 3. december."),
        ]),
        P(4, "Ledsageordning - kørsel til fritidsaktiviteter", "16/19874", False, [
            ("Sagsfremstilling:", "Fra 1. januar 2017 kan borgere i ledsageordningen få op til 15 timers "
                                  "ledsagelse om måneden, og kommunen dækker ledsagerens udgifter til bus og tog "
                                  "med op til 300 kr. om måneden. Ansøgning sker som hidtil til Visitationen."),
            ("Rådets bemærkninger:", "Rådet er tilfreds og ønsker en status efter et halvt år."),
        ]),
        P(5, "Eventuelt", None, False, [("Rådets bemærkninger:", "Næste møde 6. december 2016.")]),
    ],
    "secrets": ["Lotte Wendelboe Jakobsen", "Salon Klippestuen"],
    "question": "hvor mange timers ledsagelse kan man faa om maaneden i aeblerod fra nytaar",
    "cite_punkt": 4,
}


def render_06(m):
    L = ["Hej Søren", "", "Her er referatet fra Handicaprådet - kan du lægge det på hjemmesiden? Husk at pkt. 3 "
         "IKKE skal med.", "", "Mvh Hanne", "",
         "---------- Videresendt meddelelse ----------",
         "Fra: Hanne Bjerre <hanne.bjerre@aebleroed.invalid>",
         "Dato: 5. oktober 2016 kl. 10.02",
         "Emne: Referat Handicaprådet 4/10",
         "Til: Handicaprådets medlemmer", "",
         "REFERAT - Handicaprådet - tirsdag 4/10 2016 kl. 14-16 i Æblerød Medborgerhus",
         "Til stede: Karen Ulstrup (formand), Jimmi Lauridsen, Ellen Friis Bak, Mogens Aalund, byrådsmedlem "
         "Vivi Storm",
         "Afbud: Mohammad Rezai", ""]
    for p in m["points"]:
        L.append("")
        L.append("Pkt. %d: %s" % (p["n"], p["title"]))
        if p["case"]:
            L.append("Sag: %s" % p["case"])
        if p["closed"]:
            L.append("LUKKET PUNKT - må ikke videresendes eller offentliggøres")
        for label, text in p["sections"]:
            L.append(label)
            L += paras(text)
    L += ["", "Referent: Hanne Bjerre, Social og Handicap", "",
          "--", "Æblerød Kommune | Rådhusvej 2 | www.aebleroed.invalid", ""]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Hanne Bjerre <hanne.bjerre@aebleroed.invalid>"
    msg["To"] = "Søren Vad <soeren.vad@aebleroed.invalid>"
    msg["Subject"] = "VS: Referat Handicaprådet 4/10"
    msg["Date"] = "Wed, 05 Oct 2016 10:14:31 +0200"
    msg["Message-ID"] = "<20161005101431.77812@aebleroed.invalid>"
    msg.set_content("\n".join(L), charset="utf-8", cte="base64")
    return msg.as_bytes()


# =============================================================================================
# 07  Lyngåsen Kommune - Beskæftigelsesudvalget - dagsorden - RTF with committee codes
# =============================================================================================
M07 = {
    "file": "07_lyngaasen_beskaeftigelsesudvalget_dagsorden_2025.rtf",
    "board": "Beskæftigelsesudvalget",
    "date": "2025-01-13",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "00.01.00-A00-1-25", False, [
            ("Indstilling", "Dagsordenen foreslås godkendt."),
        ]),
        P(2, "Virksomhedspraktik for unge under 30 - status 2024", "15.20.00-P20-4-24", False, [
            ("Sagsfremstilling", "I 2024 var 214 unge i virksomhedspraktik, og 61 pct. af dem var i job eller "
                                 "uddannelse tre måneder efter. Flest praktikker var i detailhandel og i "
                                 "ældreplejen."),
            ("Indstilling", "Jobcentret indstiller, at status tages til efterretning."),
        ]),
        P(3, "Jobmesse i Lyngåsen Hallen 2025", "15.00.00-P20-2-25", False, [
            ("Sagsfremstilling", "Jobcentret holder jobmesse onsdag den 26. marts 2025 kl. 10-15 i Lyngåsen "
                                 "Hallen. Omkring 40 virksomheder har meldt sig. Der er gratis adgang for alle, "
                                 "og man kan få hjælp til sit CV i cafeområdet. Der køres med gratis bus fra "
                                 "Banegårdspladsen."),
            ("Økonomi", "Udgiften på 95.000 kr. afholdes af jobcentrets driftsbudget."),
            ("Indstilling", "Jobcentret indstiller, at orienteringen tages til efterretning."),
        ]),
        P(4, "Klage over tilbagebetalingskrav - enkeltsag", "15.20.08-G01-112-24", True, [
            ("Sagsfremstilling", "Karim Ould Haddou klager over et tilbagebetalingskrav på 27.614 kr. for "
                                 "for meget udbetalt kontanthjælp i perioden marts-august 2024. Klageren "
                                 "oplyser, at indtægten blev indberettet til tiden."),
            ("Indstilling", "Jobcentret indstiller, at kravet fastholdes."),
        ]),
        P(5, "Budgetopfølgning pr. 30. november 2024", "00.30.00-S00-3-24", False, [
            ("Sagsfremstilling", "Der forventes et mindreforbrug på 2,2 mio. kr. på forsikrede ledige, fordi "
                                 "ledigheden har været lavere end budgetteret."),
            ("Indstilling", "Jobcentret indstiller, at budgetopfølgningen tages til efterretning."),
        ]),
        P(6, "Mødeplan for Beskæftigelsesudvalget 2025", "00.01.00-A00-2-25", False, [
            ("Sagsfremstilling", "Det foreslås, at udvalget mødes den anden mandag i måneden kl. 15.30, dog "
                                 "ikke i juli."),
            ("Indstilling", "Sekretariatet indstiller, at mødeplanen godkendes."),
        ]),
    ],
    "secrets": ["Karim Ould Haddou", "tilbagebetalingskrav på 27.614 kr."],
    "question": "hvornår er der jobmesse i lyngåsen hallen, og koster det noget at komme ind",
    "cite_punkt": 3,
}


def _rtf(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030",
         r"{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Cambria;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green73\blue125;\red150\green0\blue0;}",
         r"{\info{\title " + _rtf("Dagsorden Beskæftigelsesudvalget 13.01.2025") + r"}{\author Jobcenter}"
         r"{\creatim\yr2025\mo1\dy6\hr12\min0}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1417",
         r"{\header\pard\plain\qr\f0\fs16 " + _rtf("LYNGÅSEN KOMMUNE · DAGSORDEN · BEU 13.01.2025") + r"\par}",
         r"{\footer\pard\plain\qc\f0\fs16 " + _rtf("Side ") + r"{\field{\*\fldinst PAGE}{\fldrslt 1}}"
         + _rtf(" af ") + r"{\field{\*\fldinst NUMPAGES}{\fldrslt 2}}\par}"]

    def par(text, fmt=""):
        R.append(r"\pard\plain\f0\fs21" + fmt + " " + _rtf(text) + r"\par")

    par("Dagsorden", r"\f1\b\fs40\cf2")
    par("Beskæftigelsesudvalget", r"\b\fs28")
    par("Mandag den 13. januar 2025 kl. 15.30")
    par("Jobcentret, mødelokale Bølgen")
    par("Udvalget: Henrik Skaarup (formand), Mona Lindved, Ulla Hejlskov, Tobias Rosendahl, Fatma Yilmaz")
    par("")
    par("Punkter på dagsordenen", r"\b")
    for p in m["points"]:
        par("BEU %d\t%s%s" % (p["n"], p["title"], "  [lukket]" if p["closed"] else ""), r"\li284")
    for p in m["points"]:
        R.append(r"\pard\plain\page\par")
        par("BEU %d  |  %s" % (p["n"], p["title"]), r"\b\fs26\cf2")
        par("KLE/sagsnr.: %s" % p["case"], r"\i\fs17")
        if p["closed"]:
            par("Lukket punkt - kun til udvalgets medlemmer", r"\b\cf3")
        for label, text in p["sections"]:
            par(label, r"\b")
            for x in paras(text):
                par(x)
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# =============================================================================================
# 08  Kærholt Kommune - Kommunalbestyrelsen - referat - ODT with check boxes and tables
# =============================================================================================
D08 = "Kommunalbestyrelsens beslutning den 17. december 2020"
M08 = {
    "file": "08_kaerholt_kommunalbestyrelsen_2020.odt",
    "board": "Kommunalbestyrelsen",
    "date": "2020-12-17",
    "kind": "referat",
    "points": [
        P(180, "Godkendelse af dagsorden", "20/0001", False, [(D08, "Godkendt.")]),
        P(181, "Affaldstakster 2021", "20/3982", False, [
            ("Sagsfremstilling", "Taksten for et helårshus med ugetømning stiger fra 2.815 kr. til 2.940 kr. "
                                 "om året, primært fordi der fra 2021 også indsamles madaffald."),
            ("Administrationens indstilling", "Økonomiudvalget anbefaler taksterne."),
            (D08, "Godkendt."),
        ]),
        P(182, "Anlægsbevilling til ny legeplads i Kærholt Bypark", "20/4471", False, [
            ("Sagsfremstilling", "Den gamle legeplads i byparken er slidt ned. Den nye legeplads får et "
                                 "klatretårn, en svævebane og et område for de mindste med sand og vand. "
                                 "Arbejdet begynder i marts, og legepladsen ventes klar til brug inden "
                                 "sommerferien 2021."),
            ("Økonomi", "Der gives en anlægsbevilling på 1,2 mio. kr. finansieret af den afsatte pulje til "
                        "byrum."),
            ("Administrationens indstilling", "Økonomiudvalget anbefaler bevillingen."),
            (D08, "Godkendt."),
        ]),
        P(183, "Salg af byggegrund - accept af bud", "20/4380", True, [
            ("Sagsfremstilling", "Der er modtaget tre bud på grunden Smedevænget 31. Det højeste bud er på "
                                 "1.045.000 kr. fra et lokalt par, og det ligger over mæglerens vurdering."),
            (D08, "Buddet blev accepteret."),
        ]),
        P(184, "Høringssvar om regional busplan", "20/4211", False, [
            ("Sagsfremstilling", "Regionen foreslår at nedlægge aftenafgangene på linje 317 mellem Kærholt og "
                                 "sygehuset. Administrationen foreslår et høringssvar, der går imod."),
            (D08, "Høringssvaret blev godkendt og skærpet, så kommunen kræver aftenafgangene bevaret."),
        ]),
        P(185, "Snerydning af private fællesveje - forlængelse af aftale", "20/4102", False, [
            ("Sagsfremstilling", "Aftalen med grundejerforeningerne om, at kommunen rydder sne på private "
                                 "fællesveje mod betaling, forlænges til og med vinteren 2022/23."),
            (D08, "Godkendt."),
        ]),
        P(186, "Personalesag - fratrædelsesaftale", "20/4455", True, [
            ("Sagsfremstilling", "Der er forhandlet en fratrædelsesaftale med Preben Ahlmann Skov, der får en "
                                 "godtgørelse svarende til 9 måneders løn mod at fratræde 31. januar 2021."),
            (D08, "Godkendt."),
        ]),
        P(187, "Mødekalender for Kommunalbestyrelsen 2021", "20/4520", False, [
            ("Sagsfremstilling", "Det foreslås, at Kommunalbestyrelsen holder ti møder i 2021, den sidste "
                                 "torsdag i måneden kl. 18, dog ikke i juli og december."),
            (D08, "Godkendt."),
        ]),
        P(188, "Borgmesterens meddelelser", "20/0001", False, [
            ("Sagsfremstilling", "Borgmesteren orienterede om, at juletræet på torvet tændes med afstand og "
                                 "uden fællessang i år."),
            (D08, "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Smedevænget 31", "1.045.000 kr.", "Preben Ahlmann Skov", "9 måneders løn"],
    "question": "hvornår er den nye legeplads i byparken i kærholt færdig og hvad kommer der",
    "cite_punkt": 182,
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

    def p(text, style="Standard"):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def table(rows, name):
        body.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>'
                    % (name, len(rows[0])))
        for r in rows:
            body.append("<table:table-row>" + "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(c)
                for c in r) + "</table:table-row>")
        body.append("</table:table>")

    p("KÆRHOLT KOMMUNE", "Lille")
    body.append('<text:h text:style-name="Titel" text:outline-level="1">Kommunalbestyrelsen - Referat</text:h>')
    table([["Mødedato", "17. december 2020, kl. 18.00"],
           ["Mødested", "Virtuelt møde (Teams) pga. forsamlingsforbuddet"],
           ["Medlemmer", "Anne Brix (borgmester), Jens Holmgaard, Lene Saabye, Kim Vestergaard, Rikke Jul, "
                         "Torben Ask, Helle Qvist"],
           ["Fraværende", "Kim Vestergaard"]], "Moedeinfo")
    p("Indhold", "Fed")
    for pt in m["points"]:
        body.append('<text:p text:style-name="TOC">%d.<text:tab/>%s</text:p>' % (pt["n"], xesc(pt["title"])))
    for pt in m["points"]:
        body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%d. %s</text:h>'
                    % (pt["n"], xesc(pt["title"])))
        p("Sag nr. %s" % pt["case"], "Graa")
        if pt["closed"]:
            p("\u2610 Åbent punkt   \u2612 Lukket punkt", "Graa")
        else:
            p("\u2612 Åbent punkt   \u2610 Lukket punkt", "Graa")
        for label, text in pt["sections"]:
            p(label, "Fed")
            for x in paras(text):
                p(x)
    p("Underskriftsblad: Anne Brix, Jens Holmgaard, Lene Saabye, Rikke Jul, Torben Ask, Helle Qvist", "Lille")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '<office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Fed" style:family="paragraph"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Graa" style:family="paragraph"><style:text-properties '
              'fo:font-size="9pt" fo:color="#666666"/></style:style>'
              '<style:style style:name="Lille" style:family="paragraph"><style:text-properties '
              'fo:font-size="8pt"/></style:style>'
              '<style:style style:name="TOC" style:family="paragraph"/>'
              '<style:style style:name="Titel" style:family="paragraph"><style:text-properties '
              'fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            '<office:meta><meta:generator>LibreOffice/7.0</meta:generator>'
            '<dc:title>Referat Kommunalbestyrelsen 17.12.2020</dc:title>'
            '<meta:creation-date>2020-12-18T08:15:00</meta:creation-date></office:meta>'
            '</office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
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
# 09  Østervig Municipality - Harbour Board - English minutes - Markdown, unnumbered items
# =============================================================================================
D09 = "Decision of the Harbour Board, 27 May 2021:"
M09 = {
    "file": "09_oestervig_harbour-board_2021.md",
    "board": "Harbour Board",
    "date": "2021-05-27",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", "HB 21/101", False, [(D09, "Approved.")]),
        P(2, "Winter berths for leisure boats 2021-22", "HB 21/118", False, [
            ("Background", "The harbour can offer 140 winter berths on land at the west quay. The fee is "
                           "DKK 410 per metre of boat length for the whole season, including crane lift out "
                           "and back in. Boat owners must apply at the harbour office by 15 August 2021. "
                           "Boats are lifted out on 9 and 10 October 2021 and put back in the water in "
                           "April."),
            (D09, "Approved. Owners of boats over 12 metres must book the lift separately."),
        ]),
        P(3, "Dredging of the inner harbour - contract award", "HB 21/124", True, [
            ("Background", "Three bids were received. The Board is recommended to award the contract to Nordhav "
                           "Marine Works ApS at DKK 2,870,000 excluding VAT."),
            (D09, "Contract awarded as recommended."),
        ]),
        P(4, "New harbour bath at the north pier", "HB 21/131", False, [
            ("Background", "The harbour bath opens on 1 July 2021. Swimming is free. Lifeguards are on duty "
                           "at weekends from 11:00 to 17:00 until the end of August."),
            (D09, "Noted."),
        ]),
        P(5, "Staff matter", "HB 21/140", True, []),
        P(6, "Any other business", "HB 21/101", False, [
            (D09, "The next meeting is on 26 August 2021."),
        ]),
    ],
    "secrets": ["Nordhav Marine Works ApS", "DKK 2,870,000"],
    "question": "when can I put my boat on land for the winter at Østervig harbour and how much does it cost",
    "cite_punkt": 2,
}
# point 3 is closed but published with an exemption note and its body (the secrets); point 5 is a
# closed point published by its title only


def render_09(m):
    L = ["# Minutes - Harbour Board", "",
         "**Østervig Municipality** · Østervig Harbour", "",
         "| Meeting | Ordinary meeting |", "|---|---|",
         "| Date | Thursday 27 May 2021, 16:00-17:45 |",
         "| Place | Harbour office, first floor |",
         "| Present | Niels Brandhøj (chair), Sara Lind, Poul Thygesen, Maiken Wulff |",
         "| Absent | none |", "",
         "Items:", ""]
    for k, p in enumerate(m["points"], 1):
        L.append("%d. [%s](#item-%d)" % (k, p["title"], k))
    for k, p in enumerate(m["points"], 1):
        L += ["", "---", "", '<a id="item-%d"></a>' % k, "### %s" % p["title"], "", "Ref.: %s" % p["case"]]
        if p["closed"] and p["sections"]:
            L += ["", "> Item exempt from publication (commercial confidentiality). Board members only."]
        elif p["closed"]:
            L += ["", "_Closed item - not published._"]
        for label, text in p["sections"]:
            L += ["", "**%s**" % label, ""]
            for x in paras(text):
                L += [x, ""]
            L.pop()
    L += ["", "---", "", "_These minutes were approved by the chair on 28 May 2021._", ""]
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 10  Tornsmark Kommune - Miljø- og Klimaudvalget - referat - namespaced agenda-system XML
# =============================================================================================
M10 = {
    "file": "10_tornsmark_miljoe-og-klimaudvalget_2022.xml",
    "board": "Miljø- og Klimaudvalget",
    "date": "2022-08-23",
    "kind": "referat",
    "points": [
        P(45, "Godkendelse af dagsorden", "22/0007A", False, [("Beslutning", "Godkendt.")]),
        P(46, "Regulativ for Tornsmark Å - forslag til høring", "22/3310K", False, [
            ("Resume", "Det gamle regulativ fra 1998 skal erstattes."),
            ("Sagsfremstilling", "Forslaget indebærer grødeskæring to gange om året, i juni og i september, i "
                                 "en strømrende midt i åen, så planterne i kanterne får lov at stå. Forslaget "
                                 "sendes i offentlig høring i otte uger."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget sendes i høring."),
            ("Beslutning", "Godkendt."),
        ]),
        P(47, "Klimatilpasning i Nørregade - skybrudsvej", "22/2871K", False, [
            ("Sagsfremstilling", "Nørregade ombygges, så regnvand ved skybrud ledes på overfladen ned til "
                                 "engen. Projektet koster 4,6 mio. kr. og deles med forsyningen."),
            ("Beslutning", "Anbefales over for Økonomiudvalget."),
        ]),
        P(48, "Påbud om udbedring af spildevandsanlæg - enkeltejendom", "22/3904K", True, [
            ("Sagsfremstilling", "Ved tilsyn på Lærkevej 112 er det konstateret, at septiktanken udleder urenset "
                                 "spildevand til grøften. Ejeren, Ejvind Holst Marquardsen, har ikke reageret på "
                                 "to breve."),
            ("Indstilling", "Forvaltningen indstiller, at der gives påbud med frist til 1. december 2022."),
            ("Beslutning", "Godkendt."),
        ]),
        P(49, "Indsamling af haveaffald i efteråret 2022", "22/4108K", False, [
            ("Sagsfremstilling", "Kommunen tilbyder igen gratis afhentning af haveaffald ved husstanden. Der er "
                                 "to runder, mandag den 3. oktober og mandag den 7. november 2022. Man skal "
                                 "tilmelde sig på kommunens hjemmeside senest fem dage før, og affaldet skal "
                                 "ligge i bundter eller papirsække ved skel."),
            ("Beslutning", "Godkendt."),
        ]),
        P(50, "Orientering fra forvaltningen", "22/0007A", False, [
            ("Sagsfremstilling", "Forvaltningen orienterede om tørken i sommer og vandingsforbuddet, der blev "
                                 "ophævet 19. august."),
            ("Beslutning", "Til efterretning."),
        ]),
    ],
    "secrets": ["Lærkevej 112", "Ejvind Holst Marquardsen"],
    "question": "kommer kommunen og henter haveaffald i tornsmark i efteraaret, og skal man melde sig til",
    "cite_punkt": 49,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<dagsordenEksport xmlns="urn:x-tornsmark:politik:eksport:2" version="2.3" '
         'genereret="2022-08-25T07:40:12">',
         '  <moede id="MKU-2022-07" type="Referat" status="Godkendt">',
         '    <udvalg kode="MKU">Miljø- og Klimaudvalget</udvalg>',
         "    <kommune>Tornsmark Kommune</kommune>",
         "    <start>2022-08-23T16:00:00</start>",
         "    <slut>2022-08-23T18:05:00</slut>",
         "    <lokale>Tornsmark Rådhus, Udvalgsværelse Syd</lokale>",
         "    <deltagere>",
         '      <deltager rolle="formand">Sofie Kragh</deltager>',
         "      <deltager>Lars Enevold</deltager>",
         "      <deltager>Bilal Hamdi</deltager>",
         '      <deltager fravaer="afbud">Grethe Mose</deltager>',
         "    </deltagere>",
         "    <dagsordenpunkter>"]
    for k, p in enumerate(m["points"], 1):
        X.append('      <dagsordenpunkt nr="%d" raekkefoelge="%d" offentlig="%s">'
                 % (p["n"], k, "false" if p["closed"] else "true"))
        X.append("        <overskrift>%s</overskrift>" % xesc(p["title"]))
        X.append("        <sag sagsnummer=%s/>" % quoteattr(p["case"]))
        if p["closed"]:
            X.append("        <adgang>Lukket - må ikke offentliggøres</adgang>")
        X.append("        <felter>")
        for label, text in p["sections"]:
            X.append("          <felt navn=%s>" % quoteattr(label))
            for x in paras(text):
                X.append("            <afsnit>%s</afsnit>" % xesc(x))
            X.append("          </felt>")
        X.append("        </felter>")
        X.append("      </dagsordenpunkt>")
    X += ["    </dagsordenpunkter>", "  </moede>", "</dagsordenEksport>", ""]
    return "\n".join(X).encode("utf-8")


MEETINGS = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10]
RENDER = [render_01, render_02, render_03, render_04, render_05, render_06, render_07, render_08, render_09,
          render_10]


def expected():
    return [{"file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
             "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
             "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"]}
            for m in MEETINGS]


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
