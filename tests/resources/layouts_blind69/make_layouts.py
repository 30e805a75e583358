#!/usr/bin/env python3
"""Generate the ten invented meeting-minutes layouts of layouts_blind69.

Every municipality, board, person, firm, address, amount and sentence here is invented.
The script is deterministic: running it twice gives byte-identical files.
Needs python-docx (.docx) and fpdf2 (.pdf); the other formats are written by hand.

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


def P(n, title, case, closed, sections, **extra):
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


def keep_wrap(text, width, keep, indent=""):
    """Greedy word wrap at `width` characters that never splits a phrase in `keep`."""
    NB = "\x00"  # not whitespace for str.split(), unlike a no-break space
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", NB))
    out, cur = [], indent
    for w in text.split():
        if len(cur) + len(w) + 1 > width and cur.strip():
            out.append(cur.rstrip())
            cur = indent
        cur += w + " "
    if cur.strip():
        out.append(cur.rstrip())
    return [ln.replace(NB, " ") for ln in out]


# =============================================================================================
# 01  Tranemose Kommune - Plan- og Boligudvalget - referat - agenda-portal web page (accordion)
# =============================================================================================
B01 = "Plan- og Boligudvalgets beslutning den 04-06-2024"
M01 = {
    "file": "01_tranemose_plan-og-boligudvalget_2024.html",
    "board": "Plan- og Boligudvalget",
    "date": "2024-06-04",
    "kind": "referat",
    "points": [
        P(57, "Godkendelse af dagsorden", "24/00118", False, [(B01, "Godkendt.")]),
        P(58, "Lokalplan 1.47 for rækkehuse ved Rørsangervej - endelig vedtagelse", "24/04410", False, [
            ("Resume", "Lokalplanen giver mulighed for 38 rækkehuse og et fælleshus på den tidligere "
                       "gartnerigrund. Der kom 11 høringssvar, de fleste om trafikken på Rørsangervej."),
            ("Sagsfremstilling", "Efter høringen er vejadgangen flyttet til Engblommevej, og der stilles nu "
                                 "krav om 1,5 parkeringsplads pr. bolig. Bygherren regner med at gå i gang i "
                                 "foråret 2025."),
            ("Indstilling", "Administrationen indstiller, at lokalplanen vedtages endeligt med de nævnte "
                            "ændringer."),
            (B01, "Anbefales over for byrådet. Morten Flye (Ø) stemte imod."),
        ]),
        P(59, "Facadepuljen for Tranemose bymidte 2024", "24/03387", False, [
            ("Resume", "Puljen er på 750.000 kr. og skal gøre bymidten mere indbydende."),
            ("Sagsfremstilling", "Ejere af ejendomme med butik i stueetagen på Torvegade og Søndergade kan "
                                 "søge tilskud til maling, nye vinduer, skilte og markiser. Tilskuddet er 40 "
                                 "pct. af udgiften, dog højst 60.000 kr. pr. ejendom. Arbejdet skal være udført "
                                 "inden udgangen af 2025.\n\nAnsøgningsfristen er den 15. september 2024, og "
                                 "der søges via kommunens hjemmeside."),
            ("Økonomi", "Puljen finansieres af byfornyelsesrammen for 2024."),
            ("Indstilling", "Administrationen indstiller, at retningslinjerne for puljen godkendes."),
            (B01, "Godkendt. Udvalget ønsker, at ordningen også annonceres i Tranemose Ugeavis."),
        ]),
        P(60, "Salg af byggegrund på Hjejlebakken - bud under mindstepris", "24/04977", True, [
            ("Sagsfremstilling", "Der er kommet ét bud på grunden fra Thorkild Aagaard Brix. Buddet gælder "
                                 "Hjejlebakken 9, matr.nr. 11ae Tranemose Markjorder, og lyder på 1.238.750 kr., "
                                 "hvilket er under den fastsatte mindstepris."),
            ("Indstilling", "Administrationen indstiller, at der forhandles videre med byderen."),
            (B01, "Administrationen bemyndiges til at forhandle videre inden for en ramme fastsat på mødet."),
        ]),
        P(61, "Helhedsplanen for Kærparken - status efter første år", "24/02215", False, [
            ("Resume", "Helhedsplanen for 2023-2026 har fire indsatsområder: lektiehjælp, fritidsjob, "
                       "sundhed og beboerdemokrati."),
            ("Sagsfremstilling", "Lektiecaféen i beboerhuset har i gennemsnit haft 27 elever pr. gang, og 19 "
                                 "unge har fået fritidsjob gennem jobpatruljen. Valgdeltagelsen ved "
                                 "afdelingsmødet steg fra 9 til 14 pct."),
            ("Indstilling", "Administrationen indstiller, at status tages til efterretning."),
            (B01, "Taget til efterretning."),
        ]),
        P(62, "Klage over dispensation til tilbygning - nabosag", "24/05321", True, [
            ("Sagsfremstilling", "Ejeren af Spovevej 22 har søgt om en tilbygning, der vil give en "
                                 "bebyggelsesprocent på 34,5. Naboen Lise-Lotte Vindahl har klaget over "
                                 "skyggegener og indsigt."),
            (B01, "Der meddeles ikke dispensation."),
        ]),
        P(63, "Meddelelser", "24/00118", False, [
            ("Sagsfremstilling", "Formanden orienterede om borgermødet om den nye bypark ved åen den 20. juni "
                                 "kl. 19 i Tranemose Hallen."),
            (B01, "Til orientering."),
        ]),
    ],
    "secrets": ["Thorkild Aagaard Brix", "Hjejlebakken 9, matr.nr. 11ae", "1.238.750 kr.",
                "Lise-Lotte Vindahl", "Spovevej 22", "bebyggelsesprocent på 34,5"],
    "question": "jeg har en frisørsalon på torvegade i tranemose - kan jeg få tilskud til at få malet facaden og "
                "hvor meget kan man få",
    "cite_punkt": 59,
}


def render_01(m):
    out = ["<!doctype html>", '<html lang="da-DK">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Tranemose Kommune | Plan- og Boligudvalget | 04.06.2024 | Referat</title>",
           "<style>details{border-bottom:1px solid #ccc}summary{cursor:pointer;font-weight:600}"
           ".badge{background:#333;color:#fff;padding:0 6px;border-radius:3px;font-size:80%}</style>",
           '<script src="/assets/portal.bundle.js" defer></script>',
           "</head>", "<body>",
           '<a class="skip" href="#indhold">Gå til indhold</a>',
           '<header><img src="/logo.svg" alt="Tranemose Kommune"><form role="search"><input '
           'type="search" placeholder="Søg i dagsordener og referater"></form></header>',
           '<div id="indhold" class="layout">',
           '<aside class="meetings"><h2>Andre møder</h2><ul>'
           '<li><a href="../2024-05-07">07.05.2024</a></li><li><a href="../2024-08-13">13.08.2024</a></li>'
           "</ul></aside>",
           '<section class="meeting">',
           '<h1>Plan- og Boligudvalget</h1>',
           '<table class="meta">',
           "<tr><th>Dokument</th><td>Referat (godkendt)</td></tr>",
           "<tr><th>Dato</th><td>tirsdag d. 4. juni 2024</td></tr>",
           "<tr><th>Tid</th><td>16:00 - 18:25</td></tr>",
           "<tr><th>Sted</th><td>Udvalgsværelse 2, Tranemose Rådhus</td></tr>",
           "<tr><th>Deltagere</th><td>Signe Holmgaard (V), formand; Morten Flye (Ø); Ayse Kaplan (A); "
           "Jens Peter Rygaard (C); Bodil Marstal (A)</td></tr>",
           "<tr><th>Afbud</th><td>Ingen</td></tr>",
           "</table>",
           '<p><a href="referat.pdf">Hent hele referatet som PDF</a> · <a href="#" onclick="window.print()">'
           "Udskriv</a></p>",
           '<div class="toc"><h2>Punkter på mødet</h2><ul>']
    for p in m["points"]:
        out.append('<li><a href="#pkt-%d">Punkt %d - %s</a>%s</li>'
                   % (p["n"], p["n"], escape(p["title"]),
                      ' <span class="badge">Lukket punkt</span>' if p["closed"] else ""))
    out.append("</ul></div>")
    for p in m["points"]:
        out.append('<details id="pkt-%d" data-status="%s" open>' % (p["n"], "lukket" if p["closed"] else "aaben"))
        out.append('<summary><span class="nr">Punkt %d -</span> <span class="titel">%s</span>%s</summary>'
                   % (p["n"], escape(p["title"]),
                      ' <span class="badge">Lukket punkt</span>' if p["closed"] else ""))
        out.append('<div class="sagsoplysninger">Sagsnr.: %s</div>' % p["case"])
        for label, text in p["sections"]:
            out.append('<section class="felt"><h4>%s</h4>' % escape(label))
            for x in paras(text):
                out.append("<p>%s</p>" % escape(x))
            out.append("</section>")
        out.append("</details>")
    out += ["</section>", "</div>",
            "<footer><p>Tranemose Kommune · Rådhustorvet 1 · 4990 Tranemose</p>"
            "<p>Siden er genereret af dagsordensystemet 05.06.2024 08:02</p></footer>",
            "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 02  Ulvsbjerg Kommune - Fritids- og Kulturudvalget - referat - old Word-HTML export, ISO-8859-1
# =============================================================================================
B02 = "Udvalgets beslutning:"
M02 = {
    "file": "02_ulvsbjerg_fritids-og-kulturudvalget_2009.htm",
    "board": "Fritids- og Kulturudvalget",
    "date": "2009-11-17",
    "kind": "referat",
    "points": [
        P(41, "Godkendelse af dagsorden", "09/2201", False, [(B02, "Godkendt.")]),
        P(42, "Flytning af Lokalhistorisk Arkiv til Stationsbygningen", "09/1876", False, [
            ("Resumé:", "Arkivet må flytte ud af kælderen under hovedbiblioteket på grund af fugt."),
            ("Sagsfremstilling:", "Der er fundet plads på første sal i den gamle stationsbygning. Flytningen "
                                  "med pakning, hylder og affugter er vurderet til 84.000 kr. Arkivet holder "
                                  "lukket i hele januar 2010, mens flytningen står på, og åbner igen på den "
                                  "nye adresse mandag den 1. februar 2010."),
            ("Forvaltningens indstilling:", "Det indstilles, at udgiften dækkes af udvalgets udviklingspulje."),
            (B02, "Godkendt."),
        ]),
        P(43, "Fordeling af haltider i Ulvsbjerghallen sæson 2010/11", "09/1990", False, [
            ("Sagsfremstilling:", "Der er flere ansøgninger end ledige timer. Forvaltningen foreslår, at "
                                  "børne- og ungdomshold får tider før kl. 20, at voksenhold får tider efter "
                                  "kl. 20, og at nye foreninger højst kan få to timer om ugen det første år."),
            (B02, "Godkendt med den tilføjelse, at handicapidræt ligestilles med børne- og ungdomshold."),
        ]),
        P(44, "Ansøgning om underskudsgaranti til jazzfestival 2010", "09/2114", True, [
            ("Sagsfremstilling:", "Foreningen Blå Tone Ulvsbjerg søger om en underskudsgaranti på 145.500 kr. "
                                  "Foreningens kasserer Kim Rosager Dahlén har oplyst, at festivalen i 2009 gav "
                                  "et underskud, som endnu ikke er dækket."),
            (B02, "Ansøgningen kan ikke imødekommes i sin nuværende form."),
        ]),
        P(45, "Budgetopfølgning pr. 30. september 2009", "09/0345", False, [
            ("Sagsfremstilling:", "Der ventes et mindreforbrug på 1,2 mio. kr. på bibliotekerne, fordi to "
                                  "stillinger har stået ubesat. Musikskolen ventes at bruge 0,3 mio. kr. mere "
                                  "end budgetteret."),
            (B02, "Taget til efterretning."),
        ]),
        P(46, "Eventuelt", "09/2201", False, [
            ("Sagsfremstilling:", "Henrik Bay spurgte til skøjtebanen på Torvet. Forvaltningen oplyste, at "
                                  "den åbner 1. december og er gratis for alle."),
            (B02, "Intet."),
        ]),
    ],
    "secrets": ["Foreningen Blå Tone Ulvsbjerg", "underskudsgaranti på 145.500 kr.", "Kim Rosager Dahlén"],
    "question": "har lokalhistorisk arkiv i ulvsbjerg lukket i januar, og hvor ligger det bagefter",
    "cite_punkt": 42,
}


def render_02(m):
    e = lambda t: escape(t, quote=False)
    out = ["<html>", "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
           '<meta name="Generator" content="Microsoft Word 11 (filtered)">',
           "<title>Referat FKU 17-11-2009</title>",
           "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Arial} "
           "p.Pkt{font-weight:bold;font-size:13.0pt} --></style>",
           "</head>", '<body lang=DA>', '<div class=Section1>',
           '<p class=MsoNormal align=center><b><font size=4>ULVSBJERG KOMMUNE</font></b></p>',
           '<p class=MsoNormal align=center>Fritids- og Kulturudvalget</p>',
           '<p class=MsoNormal align=center>REFERAT</p>',
           "<p class=MsoNormal>&nbsp;</p>",
           "<p class=MsoNormal>Mødedato: 17.11.2009&nbsp;&nbsp;&nbsp; Kl.: 16.30&nbsp;&nbsp;&nbsp; "
           "Sted: Biblioteket, mødelokalet</p>",
           "<p class=MsoNormal>Fraværende: Lis Toft (afbud)</p>",
           "<p class=MsoNormal>&nbsp;</p>",
           "<p class=MsoNormal><u>Indholdsfortegnelse</u></p>"]
    for p in m["points"]:
        out.append("<p class=MsoNormal>Pkt. %d&nbsp;&nbsp;%s%s</p>"
                   % (p["n"], e(p["title"]), " (lukket)" if p["closed"] else ""))
    out.append("<p class=MsoNormal>&nbsp;</p><hr size=2 width=\"100%\" align=center>")
    for p in m["points"]:
        out.append("<p class=Pkt>Pkt. %d&nbsp;&nbsp;%s%s</p>"
                   % (p["n"], e(p["title"]), " (lukket)" if p["closed"] else ""))
        out.append("<p class=MsoNormal><i>Sag nr. %s</i></p>" % p["case"])
        for label, text in p["sections"]:
            out.append("<p class=MsoNormal>&nbsp;</p>")
            out.append("<p class=MsoNormal><b>%s</b></p>" % e(label))
            for x in paras(text):
                out.append("<p class=MsoNormal>%s</p>" % e(x))
        out.append("<p class=MsoNormal>&nbsp;</p><hr size=1>")
    out += ["<p class=MsoNormal>Mødet hævet kl. 18.05</p>",
            "<p class=MsoNormal>Underskrevet: Aksel Brodersen, formand</p>",
            "</div>", "</body>", "</html>", ""]
    return "\r\n".join(out).encode("iso-8859-1", errors="xmlcharrefreplace")


# =============================================================================================
# 03  Kragskov Kommune - Social- og Sundhedsudvalget - DAGSORDEN - Word with tables, check boxes
# =============================================================================================
M03 = {
    "file": "03_kragskov_social-og-sundhedsudvalget_dagsorden_2025.docx",
    "board": "Social- og Sundhedsudvalget",
    "date": "2025-03-11",
    "kind": "dagsorden",
    "points": [
        P(18, "Godkendelse af dagsorden", "00.01.00-A00-9-25", False, [
            ("Indstilling", "Det indstilles, at dagsordenen godkendes."),
        ]),
        P(19, "Kvalitetsstandard for praktisk hjælp 2025 - forslag til høring", "27.36.04-P22-2-25", False, [
            ("Baggrund", "Forvaltningen foreslår, at rengøring hos borgere, der kun får praktisk hjælp, fremover "
                         "gives hver tredje uge i stedet for hver anden uge. Borgere med særlige behov, fx "
                         "allergi eller nedsat immunforsvar, skal fortsat kunne få rengøring hver anden uge "
                         "efter en konkret vurdering."),
            ("Økonomi", "Ændringen ventes at frigøre 1,9 mio. kr. årligt, som flyttes til genoptræning."),
            ("Indstilling", "Det indstilles, at forslaget sendes i høring hos Ældrerådet og Handicaprådet "
                            "frem til den 7. april 2025."),
        ]),
        P(20, "Placering af nyt aktivitetscenter i Vestervang", "27.15.00-G01-4-25", False, [
            ("Baggrund", "Der er to muligheder: den nedlagte skole på Kirkebakken eller en ny pavillon ved "
                         "Vestervang Plejecenter. Skolen giver mest plads, men kræver en elevator."),
            ("Indstilling", "Det indstilles, at aktivitetscentret placeres i den nedlagte skole."),
            ("Bilag", "Skitse af stueetagen, Kirkebakken"),
        ]),
        P(21, "Tilsynsrapport fra Styrelsen for Patientsikkerhed - konkret plejebolig", "27.24.00-K07-1-25",
          True, [
            ("Baggrund", "Rapporten vedrører beboeren Agnete Sølvhøj Frandsen i bolig 14 på Rosenkrogen og en "
                         "fejlmedicinering den 2. februar 2025."),
            ("Indstilling", "Det indstilles, at udvalget tager orienteringen til efterretning."),
        ]),
        P(22, "Sundhedspolitik 2025-2028 - inddragelse af borgerne", "29.30.00-P15-1-25", False, [
            ("Baggrund", "Forvaltningen foreslår tre borgermøder i april i henholdsvis Kragskov, Vestervang "
                         "og Lund samt en digital rundspørge, som alle over 15 år kan svare på."),
            ("Indstilling", "Det indstilles, at processen godkendes."),
        ]),
        P(23, "Orientering og eventuelt", "00.01.00-A00-9-25", False, [
            ("Baggrund", "Orientering om ny aftale om akutpladser med nabokommunen."),
        ]),
    ],
    "secrets": ["Agnete Sølvhøj Frandsen", "bolig 14 på Rosenkrogen", "fejlmedicinering den 2. februar 2025"],
    "question": "min mor bor i kragskov og får gjort rent hver anden uge, skal hun nu kun have rengøring hver "
                "3. uge",
    "cite_punkt": 19,
}


def render_03(m):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    fixed = datetime.datetime(2025, 3, 4, 9, 30, 0)
    cp = d.core_properties
    cp.created = cp.modified = fixed
    cp.author = cp.last_modified_by = "Social og Sundhed - sekretariat"
    cp.title = "Dagsorden SSU 11.03.2025"
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "KRAGSKOV KOMMUNE\tSocial- og Sundhedsudvalget\tDagsorden"
    sec.footer.paragraphs[0].text = "Udsendt 04.03.2025 · Åbne punkter offentliggøres på kragskov.dk"

    def para(text, bold=False, size=None, color=None, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return p

    para("Dagsorden", bold=True, size=24)
    meta = d.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [("Mødeforum", "Social- og Sundhedsudvalget"), ("Mødedato", "11. marts 2025"),
                 ("Mødetid", "08:00 - 10:30"), ("Mødested", "Kragskov Rådhus, lokale 1.12"),
                 ("Medlemmer", "Tove Birkholm (formand), Rasmus Elkjær, Hanne Lynggaard, Omar Saleh, "
                               "Kirsten Bøje")]:
        row = meta.add_row().cells
        row[0].text, row[1].text = k, v
    para("")
    para("Indhold", bold=True, size=13)
    toc = d.add_table(rows=1, cols=3)
    toc.style = "Table Grid"
    h = toc.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Nr.", "Punkt", "Sagsnr."
    for p in m["points"]:
        row = toc.add_row().cells
        row[0].text = "SSU %d/25" % p["n"]
        row[1].text = p["title"]
        row[2].text = p["case"]
    for p in m["points"]:
        para("")
        hp = d.add_paragraph()
        r = hp.add_run("SSU %d/25" % p["n"])
        r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        hp.add_run("\t")
        r2 = hp.add_run(p["title"])
        r2.bold = True
        r2.font.size = Pt(13)
        para("%s Åbent punkt    %s Lukket punkt" % ("☐" if p["closed"] else "☒", "☒" if p["closed"] else "☐"),
             size=9)
        para("Sagsnr.: %s" % p["case"], size=8, color=(0x66, 0x66, 0x66))
        for label, text in p["sections"]:
            para(label, bold=True)
            for x in paras(text):
                para(x)
    para("")
    para("Punkter markeret som lukkede behandles for lukkede døre og er kun tilgængelige for udvalgets "
         "medlemmer.", italic=True, size=8)
    buf = io.BytesIO()
    d.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(n, z.read(n), False) for n in z.namelist()])


# =============================================================================================
# 04  Hjortebro Kommune - Byrådet - referat - PDF with running header, TOC and "Side N af M"
# =============================================================================================
B04 = "Byrådets beslutning den 27. september 2016"
M04 = {
    "file": "04_hjortebro_byraadet_2016.pdf",
    "board": "Byrådet",
    "date": "2016-09-27",
    "kind": "referat",
    "points": [
        P(142, "Godkendelse af dagsorden", "330-2016-0021", False, [(B04, "Godkendt.")]),
        P(143, "Budget 2017-2020 - 2. behandling", "330-2016-1180", False, [
            ("Resume", "Budgetforliget er indgået mellem fem af byrådets seks partier."),
            ("Sagsfremstilling", "Forslaget fastholder udskrivningsprocenten på 25,1 og grundskylden på 27,4 "
                                 "promille. Der er afsat 14 mio. kr. til en ny daginstitution i Hjortebro Nord "
                                 "og 3,5 mio. kr. til asfalt på landevejene."),
            ("Indstilling", "Økonomiudvalget indstiller, at budgettet vedtages."),
            (B04, "Budgettet blev vedtaget med 21 stemmer mod 4."),
        ]),
        P(144, "Busrute 17 mellem Hjortebro Station og Egeparken - forsøg", "330-2016-3904", False, [
            ("Resume", "Egeparken har i dag ingen kollektiv trafik på hverdage."),
            ("Sagsfremstilling", "Det foreslås at køre en toårig forsøgsordning med en bus i timedrift på "
                                 "hverdage fra kl. 6 til kl. 19 med start 2. januar 2017. Bussen stopper ved "
                                 "sundhedshuset og Hjortebro Gymnasium undervejs."),
            ("Økonomi", "Forsøget koster 1,4 mio. kr. om året og finansieres af puljen til kollektiv trafik."),
            ("Indstilling", "Teknik- og Miljøudvalget indstiller, at forsøget godkendes."),
            (B04, "Godkendt. Ordningen evalueres efter et år."),
        ]),
        P(145, "Køb af nabogrund til udvidelse af Hjortebro Børnehus", "330-2016-4471", True, [
            ("Sagsfremstilling", "Ejeren af Egely Allé 31, Svend-Erik Kornerup, har tilbudt kommunen at købe "
                                 "ejendommen for 2.415.000 kr. kontant med overtagelse 1. januar 2017."),
            (B04, "Købet blev godkendt."),
        ]),
        P(146, "Navn til pladsen foran det nye kulturhus", "330-2016-4102", False, [
            ("Sagsfremstilling", "Der kom 212 forslag i borgerafstemningen. De to mest populære var "
                                 "Kulturtorvet og Gerda Lunds Plads efter byens første kvindelige borgmester."),
            ("Indstilling", "Kultur- og Fritidsudvalget indstiller navnet Gerda Lunds Plads."),
            (B04, "Gerda Lunds Plads blev vedtaget. Pladsen indvies ved kulturhusets åbning."),
        ]),
        P(147, "Tvist om taget på Hjortebro Hallen - forlig", "330-2016-2288", True, [
            ("Sagsfremstilling", "Kommunens advokat anbefaler at indgå forlig med Nordhavn Tagdækning A/S i "
                                 "voldgiftssag nr. 41.882, hvor selskabet betaler et forlig på 690.000 kr."),
            (B04, "Forliget blev godkendt."),
        ]),
        P(148, "Meddelelser", "330-2016-0021", False, [
            ("Sagsfremstilling", "Borgmesteren orienterede om, at Hjortebro Station får nye cykelparkeringer "
                                 "med tag i løbet af oktober."),
            (B04, "Til efterretning."),
        ]),
    ],
    "secrets": ["Egely Allé 31", "Svend-Erik Kornerup", "2.415.000 kr. kontant",
                "Nordhavn Tagdækning A/S", "voldgiftssag nr. 41.882", "forlig på 690.000 kr."],
    "question": "kommer der en bus fra hjortebro station ud til egeparken og hvornår kører den",
    "cite_punkt": 144,
}


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Hjortebro Kommune - Byrådet - Referat 27.09.2016", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(15, 16, 195, 16)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

    def build(toc_pages):
        pdf = Doc(format="A4")
        pdf.set_margins(15, 15, 15)
        pdf.set_creation_date(datetime.datetime(2016, 9, 29, 10, 0, 0, tzinfo=datetime.timezone.utc))
        pdf.set_title("Referat Byrådet 27.09.2016")
        pdf.set_author("Hjortebro Kommune")
        pdf.set_producer("Hjortebro dagsordensystem")
        pdf.alias_nb_pages()
        pdf.set_auto_page_break(True, margin=20)
        pdf.add_page()
        keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
        W = 180

        def lines(text, size=10, style="", h=5):
            pdf.set_font("Helvetica", style, size)
            words = text
            for k in sorted(keep, key=len, reverse=True):
                words = words.replace(k, k.replace(" ", "\x00"))
            cur, out = "", []
            for w in words.split(" "):
                cand = (cur + " " + w) if cur else w
                if cur and pdf.get_string_width(cand.replace("\x00", " ")) > W:
                    out.append(cur)
                    cur = w
                else:
                    cur = cand
            if cur:
                out.append(cur)
            for ln in out:
                pdf.cell(W, h, ln.replace("\x00", " "), new_x="LMARGIN", new_y="NEXT")

        pdf.set_font("Helvetica", "B", 26)
        pdf.cell(W, 14, "REFERAT", new_x="LMARGIN", new_y="NEXT")
        lines("Byrådet", 16, "B", 9)
        lines("Hjortebro Kommune", 11)
        pdf.ln(3)
        lines("Mødedato: Tirsdag den 27. september 2016")
        lines("Mødetidspunkt: 18:00 - 21:15")
        lines("Mødested: Byrådssalen, Hjortebro Rådhus")
        lines("Fraværende: Kaj Winther (C), stedfortræder Lotte Brink (C) deltog")
        pdf.ln(6)
        lines("Indholdsfortegnelse", 12, "B", 7)
        pdf.set_font("Helvetica", "", 10)
        for p in m["points"]:
            label = "%d. %s" % (p["n"], p["title"])
            pg = str(toc_pages.get(p["n"], ""))
            dots = "." * int((W - 12 - pdf.get_string_width(label)) / pdf.get_string_width("."))
            pdf.cell(W - 12, 5, label + " " + dots)
            pdf.cell(12, 5, pg, align="R", new_x="LMARGIN", new_y="NEXT")
        pages = {}
        for p in m["points"]:
            pdf.ln(7)
            if pdf.get_y() > 235:
                pdf.add_page()
            pages[p["n"]] = pdf.page_no()
            pdf.set_draw_color(0, 0, 0)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(W, 7, "%d. %s" % (p["n"], p["title"]), border="B", new_x="LMARGIN", new_y="NEXT")
            lines("%s - Sagsnr. %s" % ("LUKKET PUNKT - offentlighed: nej" if p["closed"] else "Åben sag",
                                       p["case"]), 8, "I", 5)
            for label, text in p["sections"]:
                pdf.ln(2)
                lines(label, 10, "B", 5)
                for x in paras(text):
                    lines(x)
        pdf.ln(10)
        lines("Mødet sluttede kl. 21:15.", 9, "I")
        return pdf, pages

    _, pages = build({})
    pdf, pages2 = build(pages)
    assert pages == pages2
    return bytes(pdf.output())


# =============================================================================================
# 05  Spurvelund Kommune - Handicaprådet - referat - scanned + OCR'ed plain text
# =============================================================================================
M05 = {
    "file": "05_spurvelund_handicapraadet_2015.txt",
    "board": "Handicaprådet",
    "date": "2015-03-03",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden og referat fra sidste møde", "15/0012", False, [
            ("Konklusion:", "Begge dele godkendt."),
        ]),
        P(2, "Elevatoren på Spurvelund Station", "15/1187", False, [
            ("Sagen:", "Elevatoren til perron 2 har været ude af drift siden midten af december. Kørestols"
                       "brugere må i dag stå af i Bjerre og tage en taxa tilbage. Banedanmark har oplyst, at "
                       "en ny motor er bestilt, og at elevatoren ventes at køre igen i uge 16."),
            ("Konklusion:", "Rådet skriver til Banedanmark og beder om en midlertidig løsning og en fast dato. "
                            "Formanden tager kontakt til lokalavisen."),
        ]),
        P(3, "Høring om kvalitetsstandard for hjælpemidler 2015", "15/1420", False, [
            ("Sagen:", "Udkastet lægger op til, at el-kørestole i højere grad skal genbruges fra kommunens "
                       "depot, og at borgere selv betaler for ekstraudstyr ud over standarden."),
            ("Konklusion:", "Rådet er enigt i genbrug, men ønsker, at borgeren altid får afprøvet stolen "
                            "hjemme før udlevering."),
        ]),
        P(4, "Henvendelse om afslag på støtte til bil", "15/1733", True, [
            ("Sagen:", "Bodil Ravnkjær Thomsen har bedt rådet se på kommunens afslag af 12. januar 2015. "
                       "Sagen er anket og har Ankestyrelsens j.nr. 2015-88341."),
            ("Konklusion:", "Rådet behandler ikke enkeltsager, men tager tidsfristerne for bilsager op "
                            "generelt på næste møde."),
        ]),
        P(5, "Eventuelt", "15/0012", False, [
            ("Sagen:", "Næste møde er tirsdag 28. april kl. 15 på Rådhuset. Husk tolk bestilles senest "
                       "en uge før."),
        ]),
    ],
    "secrets": ["Bodil Ravnkjær Thomsen", "afslag af 12. januar 2015", "Ankestyrelsens j.nr. 2015-88341"],
    "question": "hvornaar virker elevatoren paa spurvelund station igen",
    "cite_punkt": 2,
}


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    head = "SPURVELUND KOMMUNE      Handicaprådet      Mødet 3/3-2015"
    L = ["   SPURVELUND KOMMUNE", "   INTERNT EKSEMPLAR - lukkede punkter må ikke udleveres", "",
         "   H A N D I C A P R Å D E T", "   Handicaprådet", "",
         "   Referat af møde tirsdag den 3/3-2015 kl. 15.00", "   Sted: Rådhuset, mødelokale Spurven",
         "   Til stede: Grethe Lauesen (formand, DH), Ib Skov (DH), Nadia Fakih (DH),",
         "   Per Mølby (byrådet), Jytte Ravn (forvaltningen)",
         "   Ref.: Jytte Ravn", "", "   _____________________________________________________________", ""]
    page = 1
    count = 0
    for p in m["points"]:
        L.append("")
        L.append("   Ad %d.   %s" % (p["n"], p["title"]))
        L.append("   (Sag nr. %s)%s" % (p["case"], "      ** FORTROLIGT PUNKT **" if p["closed"] else ""))
        for label, text in p["sections"]:
            L.append("")
            L.append("   " + label)
            for x in paras(text):
                L += keep_wrap(x, 72, keep, "   ")
        count += 1
        if count == 3:
            L += ["", "", "   %s      Side %d af 2" % (head, page), "\f", "   %s" % head, ""]
            page += 1
    L += ["", "   _____________________________________________________________", "",
          "   Referent: Jytte Ravn / godkendt af formanden 5.3.15", "",
          "   %s      Side %d af 2" % (head, page), "",
          "[OCR: ABBYY FineReader - kvalitet 94 % - scannet 06-03-2015 09:41]", ""]
    # a few OCR-style blemishes outside titles and secrets
    txt = "\n".join(L)
    txt = txt.replace("Begge dele godkendt.", "Begge dele godkendt. ,")
    txt = txt.replace("Næste møde er tirsdag", "Næste mode er tirsdag")
    txt = txt.replace("midlertidig løsning", "midlertidig losning")
    return txt.encode("utf-8")


# =============================================================================================
# 06  Bakkely Kommune - Beskæftigelsesudvalget - TILLÆGSREFERAT sent by e-mail (multipart)
# =============================================================================================
B06 = "Beskæftigelsesudvalget 08.10.2020:"
M06 = {
    "file": "06_bakkely_beskaeftigelsesudvalget_tillaegsreferat_2020.eml",
    "board": "Beskæftigelsesudvalget",
    "date": "2020-10-08",
    "kind": "tillaegsreferat",
    "points": [
        P(88, "Ekstra ungevejledere til ledige unge under covid-19", "20/14455", False, [
            ("Sagsfremstilling:", "Antallet af ledige under 25 år er steget med 31 pct. siden marts. "
                                  "Jobcentret foreslår at ansætte to ekstra ungevejledere frem til 31. marts "
                                  "2021. Vejlederne skal holde åben rådgivning i Ungehuset mandag og onsdag kl. "
                                  "12-16, hvor unge kan møde op uden tidsbestilling."),
            ("Økonomi:", "Udgiften er 900.000 kr. og dækkes af den statslige covid-19-kompensation."),
            (B06, "Godkendt."),
        ]),
        P(89, "Sammenlægning af jobcentrets filial i Nørre Bakkely", "20/14502", False, [
            ("Sagsfremstilling:", "Filialen i Nørre Bakkely har få besøgende, og de fire medarbejdere flytter "
                                  "til hovedjobcentret fra den 1. november 2020. Borgere i Nørre Bakkely kan "
                                  "fortsat booke en samtale på biblioteket om tirsdagen."),
            (B06, "Anbefales over for Økonomiudvalget."),
        ]),
        P(90, "Personalesag i jobcentret", "20/14630", True, [
            ("Sagsfremstilling:", "Udvalget blev orienteret om sagen vedrørende Helle Bruun Isaksen, herunder "
                                  "den advarsel af 29. september 2020, som er givet efter klage fra en borger."),
            (B06, "Orienteringen blev taget til efterretning."),
        ]),
        P(91, "Mentorforløb ved ekstern leverandør - forlængelse", "20/13981", False, [
            ("Sagsfremstilling:", "Kontrakten om mentorforløb for sygemeldte udløber ved årets udgang. "
                                  "Forvaltningen foreslår at bruge kontraktens option og forlænge med et år."),
            (B06, "Godkendt. Udvalget ønsker en evaluering af forløbene i foråret."),
        ]),
    ],
    "secrets": ["Helle Bruun Isaksen", "advarsel af 29. september 2020"],
    "question": "kan min søn på 22 få hjælp i bakkely uden at bestille tid, han er blevet ledig",
    "cite_punkt": 88,
}


def render_06(m):
    L = ["Til udvalgets medlemmer og stedfortrædere", "",
         "Hermed tillægsreferatet fra Beskæftigelsesudvalgets møde torsdag den 8. oktober 2020.",
         "Punkterne blev sat på som tillægsdagsorden i begyndelsen af mødet. Det almindelige referat",
         "blev sendt i går.", "",
         "Til stede: Kim Aagesen (formand), Marianne Søe, Hussein Ali, Tina Kold",
         "Afbud: Ole Hjorth", "",
         "TILLÆGSREFERAT", "Beskæftigelsesudvalget - Bakkely Kommune", "",
         "=============================================="]
    for p in m["points"]:
        L += ["", "TILLÆGSPUNKT %d · %s" % (p["n"], p["title"]), "Sagsnr. %s" % p["case"]]
        if p["closed"]:
            L.append("[x] Lukket punkt - må ikke videresendes")
        for label, text in p["sections"]:
            for i, x in enumerate(paras(text)):
                L.append(label + " " + x if i == 0 else x)
    L += ["", "==============================================", "",
          "Venlig hilsen", "Nanna Kirkegaard", "Udvalgssekretær, Job og Borgerservice", "Bakkely Kommune",
          "Tlf. 7211 4400", ""]
    plain = "\n".join(L)
    html = ["<html><body style=\"font-family:Calibri\">"]
    for ln in L:
        html.append("<div>%s</div>" % (escape(ln) if ln else "&nbsp;"))
    html.append("</body></html>")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Nanna Kirkegaard <nkir@bakkely-kommune.invalid>"
    msg["To"] = "Beskaeftigelsesudvalget <bku-medlemmer@bakkely-kommune.invalid>"
    msg["Cc"] = "Direktionssekretariatet <direktion@bakkely-kommune.invalid>"
    msg["Subject"] = "VS: Tillægsreferat - Beskæftigelsesudvalget 8. oktober 2020"
    msg["Date"] = "Fri, 09 Oct 2020 14:03:51 +0200"
    msg["Message-ID"] = "<1602245031.bku.tillaeg@bakkely-kommune.invalid>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", charset="utf-8", cte="base64")
    msg.set_boundary("----=_NextPart_000_0A1B_01D69E4C.5F2E9A10")
    return msg.as_bytes()


# =============================================================================================
# 07  Sønderhav Kommune - Teknisk Udvalg - referat - RTF with dotted-leader TOC, \\u escapes
# =============================================================================================
B07 = "Beslutning i Teknisk Udvalg den 15.08.2011"
M07 = {
    "file": "07_soenderhav_teknisk-udvalg_2011.rtf",
    "board": "Teknisk Udvalg",
    "date": "2011-08-15",
    "kind": "referat",
    "points": [
        P(12, "Godkendelse af dagsorden", "00.01.00-A00-3-11", False, [(B07, "Godkendt.")]),
        P(13, "Hastighedsdæmpning på Fyrvej ved Sønderhav Skole", "05.01.02-G01-14-11", False, [
            ("Sagsbeskrivelse", "Skolebestyrelsen har bedt om hastighedsdæmpning på Fyrvej. Målinger viser en "
                                "gennemsnitsfart på 58 km/t ud for skolen. Forvaltningen foreslår tre vejbump og "
                                "en 40 km/t-zone på strækningen mellem Klitvej og Havnevej."),
            ("Økonomi", "Anlægget koster 265.000 kr. og betales af trafiksikkerhedspuljen."),
            ("Teknisk Forvaltnings indstilling", "At projektet godkendes og udføres i efterårsferien, uge 42."),
            (B07, "Godkendt."),
        ]),
        P(14, "Vinterberedskab 2011-2012 - cykelstier", "05.13.10-P22-1-11", False, [
            ("Sagsbeskrivelse", "Det foreslås, at cykelstierne til skolerne ryddes før kl. 7 på skoledage, "
                                "på linje med busvejene. Øvrige cykelstier ryddes som nu inden kl. 10."),
            ("Teknisk Forvaltnings indstilling", "At serviceniveauet godkendes."),
            (B07, "Godkendt."),
        ]),
        P(15, "Erstatningskrav efter rodskade på kloakledning", "06.00.05-G01-2-11", True, [
            ("Sagsbeskrivelse", "Ejeren af Ravnsbjergvej 118, Ejnar Klitgaard Holm, kræver erstatning for en "
                                "kloakledning, som er ødelagt af rødder fra et vejtræ. Kravet bygger på en "
                                "taksationsrapport af 3. juni 2011."),
            (B07, "Forvaltningen afviser kravet med henvisning til forsikringsselskabets vurdering."),
        ]),
        P(16, "Takster for tømning af septiktanke 2012", "07.18.00-A00-1-11", False, [
            ("Sagsbeskrivelse", "Efter nyt udbud stiger prisen for en ordinær tømning fra 412 kr. til 438 kr. "
                                "ekskl. moms. En ekstra tømning efter bestilling koster 690 kr."),
            ("Teknisk Forvaltnings indstilling", "At taksterne anbefales over for Byrådet."),
            (B07, "Anbefales."),
        ]),
        P(17, "Eventuelt", "00.01.00-A00-3-11", False, [
            ("Sagsbeskrivelse", "Poul Brink spurgte til skiltningen ved stranden. Sagen tages op i september."),
            (B07, "Intet."),
        ]),
    ],
    "secrets": ["Ravnsbjergvej 118", "Ejnar Klitgaard Holm", "taksationsrapport af 3. juni 2011"],
    "question": "kommer der bump på fyrvej ved skolen i sønderhav, og hvornår laver de det",
    "cite_punkt": 13,
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
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    R = [r"{\rtf1\ansi\ansicpg1252\uc1\deff0\deflang1030",
         r"{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Cambria;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green73\blue125;}",
         r"{\stylesheet{\s0 Normal;}{\s1 heading 1;}}",
         r"{\info{\title Referat Teknisk Udvalg 15.08.2011}{\author Teknisk Forvaltning}"
         r"{\creatim\yr2011\mo8\dy16\hr8\min30}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1418",
         r"{\header\pard\qc\fs16 " + _rtf("Sønderhav Kommune • Teknisk Udvalg • 15.08.2011") + r"\par}",
         r"{\footer\pard\qr\fs16 " + _rtf("Side ") + r"{\field{\*\fldinst PAGE}{\fldrslt 1}}"
         + _rtf(" af ") + r"{\field{\*\fldinst NUMPAGES}{\fldrslt 3}}\par}"]

    def par(text, fmt=""):
        R.append(r"\pard\plain\f0\fs21" + fmt + " " + _rtf(text) + r"\par")

    par("SØNDERHAV KOMMUNE", r"\b\fs20\cf2")
    par("Referat", r"\f1\fs40")
    par("Teknisk Udvalg", r"\f1\b\fs32")
    par("Mandag den 15. august 2011, kl. 15.00 i mødelokale 3 på Rådhuset")
    par("Deltagere: Hans Oluf Sejr (formand), Poul Brink, Anette Dam, Karsten Krogh, Vivi Thomasen")
    par("Fraværende: Ingen")
    par("")
    par("Indholdsfortegnelse", r"\b")
    page = 1
    for i, p in enumerate(m["points"]):
        if i in (2, 5):
            page += 1
        R.append(r"\pard\plain\f0\fs21\tqr\tldot\tx9600 " + _rtf("%d. %s" % (p["n"], p["title"]))
                 + r"\tab " + str(page) + r"\par")
    R.append(r"\page")
    for p in m["points"]:
        par("")
        par("%d.  %s" % (p["n"], p["title"]), r"\s1\f1\b\fs26\cf2")
        par("KLE/sagsnr.: %s" % p["case"], r"\fs16\i")
        if p["closed"]:
            par("LUKKET SAG", r"\b\fs22")
        for label, text in p["sections"]:
            par(label, r"\b\ul")
            for x in paras(text):
                par(x)
    par("")
    par("Mødet hævet kl. 16.50", r"\i")
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# =============================================================================================
# 08  Vesterled Municipality - Business, Tourism and Culture Committee - MINUTES in English - ODT
# =============================================================================================
M08 = {
    "file": "08_vesterled_business-tourism-and-culture-committee_2022.odt",
    "board": "Business, Tourism and Culture Committee",
    "date": "2022-10-05",
    "kind": "referat",
    "points": [
        P(31, "Approval of the agenda", "22/08700", False, [("Decision", "Approved.")]),
        P(32, "Summer ferry to Hvidholm - evaluation of the 2022 season", "22/05512", False, [
            ("Summary", "The ferry carried 11,480 passengers between mid-June and mid-August, about 2,000 more "
                        "than in 2021."),
            ("Background", "The ferry sailed four times a day from Vesterled harbour. Many visitors asked for "
                           "departures in early June, when the island's birdlife is at its best. The operator can "
                           "offer a longer season at an extra cost of DKK 140,000."),
            ("Recommendation", "The administration recommends that the 2023 season runs from 1 June to 31 "
                               "August."),
            ("Decision", "Approved. Tickets for 2023 go on sale on 1 March."),
        ]),
        P(33, "Christmas market on Havnepladsen 2022", "22/07741", False, [
            ("Background", "The traders' association has applied for use of the square from 2 to 4 December "
                           "and for a grant of DKK 25,000 for lighting and a stage."),
            ("Decision", "Approved. The square must be cleared by 6 December."),
        ]),
        P(34, "Sale of the former tourist office", "22/06698", True, [
            ("Background", "Brøndhuset Invest ApS has offered DKK 3,175,000 for the building at Strandvejen 4A "
                           "on condition that the ground floor may be turned into a restaurant."),
            ("Decision", "The committee recommends the sale to the Finance Committee."),
        ]),
        P(35, "Culture grants, autumn round 2022", "22/07002", False, [
            ("Background", "14 applications were received. The administration proposes grants to 9 of them, "
                           "in total DKK 182,000."),
            ("Decision", "Approved as proposed."),
        ]),
        P(36, "Any other business", "22/08700", False, [
            ("Decision", "The chair will invite the harbour association to the next meeting."),
        ]),
    ],
    "secrets": ["Brøndhuset Invest ApS", "DKK 3,175,000", "Strandvejen 4A"],
    "question": "does the summer ferry to hvidholm go in june next year, we want to go birdwatching",
    "cite_punkt": 32,
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

    def row(k, v):
        body.append('<table:table-row><table:table-cell><text:p text:style-name="Bold">%s</text:p>'
                    '</table:table-cell><table:table-cell><text:p>%s</text:p></table:table-cell>'
                    '</table:table-row>' % (xesc(k), xesc(v)))

    p("Vesterled Municipality", "Small")
    body.append('<text:h text:style-name="Title" text:outline-level="1">Minutes</text:h>')
    p("Business, Tourism and Culture Committee", "Subtitle")
    body.append('<table:table table:name="Meeting"><table:table-column table:number-columns-repeated="2"/>')
    row("Date", "Wednesday 5 October 2022, 17.00-19.10")
    row("Venue", "Vesterled Town Hall, Room 4")
    row("Members present", "Karin Westh (chair), Anders Holm, Rikke Bonde, Jamal Idris")
    row("Apologies", "Søren Lykkegaard")
    body.append("</table:table>")
    p("Items", "Bold")
    for pt in m["points"]:
        body.append('<text:p text:style-name="TOC">Item %d<text:tab/>%s</text:p>' % (pt["n"], xesc(pt["title"])))
    for pt in m["points"]:
        body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">Item %d – %s</text:h>'
                    % (pt["n"], xesc(pt["title"])))
        p("Case no. %s" % pt["case"], "Small")
        if pt["closed"]:
            p("Closed item – exempt from publication under the committee's rules of procedure. "
              "Not to be placed on the website.", "Red")
        for label, text in pt["sections"]:
            p(label, "Bold")
            for x in paras(text):
                p(x)
    p("Minutes approved by the chair on 7 October 2022.", "Small")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Bold" style:family="paragraph"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Red" style:family="paragraph"><style:text-properties '
              'fo:color="#c00000" fo:font-style="italic"/></style:style>'
              '<style:style style:name="Small" style:family="paragraph"><style:text-properties '
              'fo:font-size="8pt"/></style:style>'
              '<style:style style:name="TOC" style:family="paragraph"/>'
              '<style:style style:name="Subtitle" style:family="paragraph"><style:text-properties '
              'fo:font-size="14pt"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties '
              'fo:font-size="24pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            '<office:meta><meta:generator>LibreOffice/7.3</meta:generator>'
            '<dc:title>Minutes - Business, Tourism and Culture Committee - 5 October 2022</dc:title>'
            '<dc:language>en-GB</dc:language>'
            '<meta:creation-date>2022-10-06T11:00:00</meta:creation-date></office:meta>'
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
# 09  Grønhøj Kommune - Skole- og Ungdomsudvalget - referat - Markdown, front matter, unnumbered
# =============================================================================================
M09 = {
    "file": "09_groenhoej_skole-og-ungdomsudvalget_2019.md",
    "board": "Skole- og Ungdomsudvalget",
    "date": "2019-01-22",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2019-000031", False, [("Beslutning", "Godkendt.")]),
        P(2, "Skoledistrikter fra skoleåret 2019/20 - Lyngdal og Nørrevang", "2018-004471", False, [
            ("Resume", "Lyngdal Skole har ikke plads til flere spor, mens Nørrevang Skole har ledige "
                       "klasselokaler."),
            ("Sagsfremstilling", "Det foreslås, at villakvarteret Egevang flyttes fra Lyngdal Skoles distrikt "
                                 "til Nørrevang Skoles distrikt for børn, der starter i skole fra august 2019. "
                                 "Børn, der allerede går på Lyngdal Skole, kan blive der, og yngre søskende kan "
                                 "også få plads på Lyngdal Skole, hvis forældrene ønsker det."),
            ("Beslutning", "Godkendt. Forældrene i Egevang får brev om ændringen inden skoleindskrivningen."),
        ]),
        P(3, "Ungdomsklubben på Havnen - længere åbent om fredagen", "2018-005120", False, [
            ("Sagsfremstilling", "Klubben ønsker at holde åbent til kl. 23 om fredagen for de 14-17-årige. "
                                 "Det kræver to ekstra medarbejdere og koster 180.000 kr. om året."),
            ("Beslutning", "Godkendt som forsøg i 2019, finansieret inden for udvalgets ramme."),
        ]),
        P(4, "Elevsag - visitation til specialtilbud", "2019-000207", True, [
            ("Sagsfremstilling", "Eleven Malthe Juul Søgaard er indstillet til dagbehandlingsskolen Kildemarken "
                                 "efter visitationsudvalgets møde 9. januar 2019. Forældrene har klaget."),
            ("Beslutning", "Forvaltningens afgørelse fastholdes."),
        ]),
        P(5, "Kvalitetsrapport for folkeskolerne 2017/18", "2018-003390", False, [
            ("Sagsfremstilling", "Karaktergennemsnittet ved 9. klasses prøver var 7,1 mod 6,9 året før. "
                                 "Trivselsmålingen viser, at 88 pct. af eleverne er glade for deres skole."),
            ("Beslutning", "Rapporten sendes til udtalelse i skolebestyrelserne."),
        ]),
        P(6, "Meddelelser", "2019-000031", False, [
            ("Sagsfremstilling", "Skoleindskrivningen til børnehaveklasse er åben fra 1. til 28. februar."),
            ("Beslutning", "Til efterretning."),
        ]),
    ],
    "secrets": ["Malthe Juul Søgaard", "dagbehandlingsskolen Kildemarken", "visitationsudvalgets møde 9. januar 2019"],
    "question": "vi bor i egevang i grønhøj og vores store dreng går på lyngdal skole, kan lillesøster også "
                "starte på lyngdal til august",
    "cite_punkt": 2,
}


def render_09(m):
    L = ["---", "kommune: Grønhøj Kommune", "udvalg: Skole- og Ungdomsudvalget", "dokumenttype: Referat",
         "moededato: 22.01.2019", "---", "",
         "# Skole- og Ungdomsudvalget", "", "**Referat** fra mødet tirsdag 22.01.2019, kl. 17:00-19:00  ",
         "Grønhøj Rådhus, lokale 214", "",
         "*Deltagere:* Marianne Thye (formand), Lars Egholm, Pernille Ask, Bashir Noori  ",
         "*Fraværende:* Helge Riis", "",
         "| Nr. | Punkt | Sagsnr. | Status |", "|---:|---|---|---|"]
    for p in m["points"]:
        L.append("| %d | %s | %s | %s |" % (p["n"], p["title"], p["case"], "Lukket" if p["closed"] else "Åben"))
    L.append("")
    for p in m["points"]:
        L += ["* * *", "", "## %s" % p["title"], "",
              "`Sagsnr. %s` · Status: **%s**" % (p["case"], "Lukket (ikke offentlig)" if p["closed"] else "Åben"),
              ""]
        for label, text in p["sections"]:
            L += ["#### %s" % label, ""]
            for x in paras(text):
                L += [x, ""]
    L += ["* * *", "", "_Referatet er godkendt af formanden 23.01.2019._", ""]
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 10  Ørnekær Kommune - Landdistrikts- og Naturudvalget - referat - agenda-system XML export
# =============================================================================================
M10 = {
    "file": "10_oernekaer_landdistrikts-og-naturudvalget_2021.xml",
    "board": "Landdistrikts- og Naturudvalget",
    "date": "2021-05-11",
    "kind": "referat",
    "points": [
        P(24, "Godkendelse af dagsorden", "21/410", False, [("Beslutning", "Godkendt.")]),
        P(25, "Landsbypuljen 2021 - fordeling af midler", "21/5120", False, [
            ("Sagsfremstilling", "Der er kommet 16 ansøgninger om i alt 689.000 kr., og puljen er på "
                                 "412.000 kr. Forvaltningen foreslår bl.a. 65.000 kr. til en shelterplads ved "
                                 "Ørnekær Sø, 40.000 kr. til nyt tag på forsamlingshuset i Kirke Ugle og "
                                 "22.000 kr. til en hjertestarter i Rævsmark."),
            ("Indstilling", "Forvaltningen indstiller, at fordelingen godkendes."),
            ("Beslutning", "Godkendt. Shelterpladsen skal være tilgængelig for kørestolsbrugere."),
        ]),
        P(26, "Naturgenopretning af Kærmose Å - forundersøgelse", "21/3302", False, [
            ("Sagsfremstilling", "En forundersøgelse skal vise, om åen kan lægges tilbage i sit gamle slyngede "
                                 "løb på en strækning af 2,3 km. Undersøgelsen betales af statslige midler."),
            ("Beslutning", "Forvaltningen igangsætter forundersøgelsen og holder møde med lodsejerne i juni."),
        ]),
        P(27, "Forpagtning af kommunal jord ved Troldhede", "21/5877", True, [
            ("Sagsfremstilling", "Den nuværende forpagter Mogens Ager Lindholt ønsker at forlænge aftalen om 18 "
                                 "ha med en forpagtningsafgift på 2.940 kr. pr. ha."),
            ("Beslutning", "Forlængelse i fem år godkendt."),
        ]),
        P(28, "Ulovlig dræning af beskyttet eng - håndhævelse", "21/6633", True, [
            ("Sagsfremstilling", "Ejeren af Højbjerggård har drænet en beskyttet eng uden tilladelse. "
                                 "Forvaltningen har udstedt påbud nr. 2021-17 om retablering."),
            ("Beslutning", "Taget til efterretning. Sagen overdrages til politiet, hvis påbuddet ikke følges."),
        ]),
        P(29, "Meddelelser", "21/410", False, [
            ("Sagsfremstilling", "Naturstien rundt om Ørnekær Sø er færdig og indvies 5. juni."),
            ("Beslutning", "Til efterretning."),
        ]),
    ],
    "secrets": ["Mogens Ager Lindholt", "forpagtningsafgift på 2.940 kr. pr. ha", "Højbjerggård",
                "påbud nr. 2021-17"],
    "question": "fik vi penge fra landsbypuljen til shelterne ved ørnekær sø",
    "cite_punkt": 25,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!-- Eksport fra dagsordensystemet, skemaversion 3.2 -->',
         '<Moede xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="M-2021-0511-LNU" '
         'type="Referat" status="Godkendt">',
         "  <Kommune>Ørnekær Kommune</Kommune>",
         "  <Forum kortnavn=\"LNU\">Landdistrikts- og Naturudvalget</Forum>",
         "  <Start>2021-05-11T15:00:00+02:00</Start>",
         "  <Slut>2021-05-11T17:20:00+02:00</Slut>",
         "  <Lokale>Mødelokale Skovsneppen, Ørnekær Rådhus</Lokale>",
         "  <Deltagere>",
         '    <Deltager rolle="formand">Bente Hauge</Deltager>',
         "    <Deltager>Erik Lund Vestergaard</Deltager>",
         "    <Deltager>Maja Kronborg</Deltager>",
         '    <Deltager fravaer="afbud">Søren Ølholm</Deltager>',
         "  </Deltagere>",
         "  <Punkter>"]
    for p in m["points"]:
        X.append('    <Punkt nummer="%d" adgang="%s" sagsnummer=%s>'
                 % (p["n"], "Lukket" if p["closed"] else "Aaben", quoteattr(p["case"])))
        X.append("      <Overskrift>%s</Overskrift>" % xesc(p["title"]))
        if p["closed"]:
            X.append("      <Offentliggoerelse>Nej - undtaget efter offentlighedslovens regler</Offentliggoerelse>")
        X.append("      <Felter>")
        for label, text in p["sections"]:
            X.append("        <Felt navn=%s>" % quoteattr(label))
            for x in paras(text):
                X.append("          <Afsnit>%s</Afsnit>" % xesc(x))
            X.append("        </Felt>")
        X.append("      </Felter>")
        X.append("    </Punkt>")
    X += ["  </Punkter>", "</Moede>", ""]
    return "\n".join(X).encode("utf-8")


MEETINGS = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10]
RENDER = [render_01, render_02, render_03, render_04, render_05, render_06, render_07, render_08, render_09,
          render_10]


def expected():
    out = []
    for m in MEETINGS:
        out.append({"file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
                    "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
                    "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"]})
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
