#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind68.

Every municipality, board, person, firm, address, amount and sentence in this file is invented.
The script is deterministic: running it twice gives byte-identical files.  Needs python-docx
(the .docx) and fpdf2 (the .pdf); the other eight formats are written by hand.

Usage:  python make_layouts.py [outdir]
"""
import base64
import datetime
import io
import json
import os
import sys
import zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.charset import Charset, BASE64
from html import escape
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
ZIPTIME = (2024, 6, 3, 9, 15, 0)


def P(n, title, case, closed, sections, **extra):
    """One agenda point.  `sections` is a list of (label, text); paragraphs split on blank lines."""
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


def wrap(text, width, keep=()):
    """Greedy word wrap to `width` characters, never breaking inside a phrase of `keep`."""
    NB = "\u00a0"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", NB))
    out, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w) if cur else w
        if cur and len(cand) > width:
            out.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        out.append(cur)
    return [ln.replace(NB, " ") for ln in out]


# =============================================================================================
# 01  Ravnsbjerg Kommune - Plan- og Byudviklingsudvalget - referat - agenda portal, <details>
# =============================================================================================
M01 = {
    "file": "01_ravnsbjerg_plan-og-byudviklingsudvalget_2024.html",
    "board": "Plan- og Byudviklingsudvalget",
    "date": "2024-10-08",
    "kind": "referat",
    "points": [
        P(201, "Godkendelse af dagsorden", "24/00215", False, [
            ("Beslutning", "Dagsordenen blev godkendt."),
        ]),
        P(202, "Lokalplan 1.87 for rækkehuse ved Kirsebærhaven - endelig vedtagelse", "23/09112", False, [
            ("Resume", "Lokalplanen giver mulighed for 48 rækkehuse i højst to etager på den tidligere "
                       "gartnerigrund ved Kirsebærhaven."),
            ("Høringssvar", "Der er kommet ni høringssvar. Syv handler om trafikken på Kirsebærvej, hvor "
                            "naboerne frygter flere biler forbi legepladsen. To svar ønsker mere grønt mellem "
                            "husene."),
            ("Administrationens bemærkninger", "Administrationen foreslår, at Kirsebærvej gøres til 30 km/t-"
                                               "zone på strækningen forbi legepladsen, og at der plantes en "
                                               "række frugttræer langs stien mod øst."),
            ("Indstilling", "Det indstilles, at lokalplanen vedtages endeligt med de nævnte ændringer."),
            ("Beslutning", "Vedtaget endeligt med administrationens ændringer. Udvalget ønsker, at byggeriet "
                           "tidligst begynder 1. marts 2025 af hensyn til ynglende fugle i hegnet."),
        ]),
        P(203, "Nye retningslinjer for altaner i Ravnsbjerg Midtby", "24/14470", False, [
            ("Resume", "Der kommer flere og flere ansøgninger om altaner i den gamle bykerne. Udvalget får "
                       "her forslag til faste retningslinjer."),
            ("Sagsfremstilling", "Forslaget betyder, at altaner som udgangspunkt er tilladt mod gården på alle "
                                 "etageejendomme i midtbyen. Mod gaden tillades altaner kun på ejendomme, der ikke "
                                 "er udpeget som bevaringsværdige, og kun med et værn af klart glas eller tynde "
                                 "lodrette stålstænger. En altan må højst stikke 1,2 meter ud fra facaden.\n\n"
                                 "Det kræver fortsat byggetilladelse at sætte en altan op, og ansøgningen skal "
                                 "indeholde en tegning af facaden."),
            ("Indstilling", "Det indstilles, at retningslinjerne sendes i høring i fire uger."),
            ("Beslutning", "Godkendt. Høringen annonceres på kommunens hjemmeside og i Ravnsbjerg Ugeavis."),
        ]),
        P(204, "Køb af jord til ny daginstitution i Ravnsbjerg Nord", "24/15893", True, [
            ("Sagsfremstilling", "Administrationen har forhandlet med ejeren, Vibeke Lønstrup Hald, om køb af "
                                 "matr. nr. 22ah Ravnsbjerg Markjorder på ca. 1,1 ha. Der er opnået enighed om en "
                                 "pris på kr. 6.150.000 inklusive afgrødeerstatning."),
            ("Beslutning", "Udvalget anbefaler købet over for Økonomiudvalget."),
        ]),
        P(205, "Facadepuljen 2025 - tilskud til istandsættelse af gamle bygninger", "24/16002", False, [
            ("Resume", "Byfornyelsespuljen til facader fortsætter i 2025 med 1,2 mio. kr."),
            ("Sagsfremstilling", "Ejere af huse bygget før 1940 i Ravnsbjerg by og de fem stationsbyer kan "
                                 "søge tilskud til vinduer, døre, puds og tag, der følger husets oprindelige "
                                 "stil. Puljen dækker op til halvdelen af udgiften og højst 75.000 kr. pr. "
                                 "ejendom. Ansøgningsfristen er 1. februar 2025."),
            ("Beslutning", "Godkendt."),
        ]),
        P(206, "Påbud om nedrivning af faldefærdigt udhus", "24/11208", True, [
            ("Sagsfremstilling", "Udhuset på ejendommen Møllestien 7B er efter stormen i august delvist "
                                 "styrtet sammen og udgør en fare for forbipasserende. Ejeren, Jannik Tholstrup, "
                                 "har ikke reageret på to breve."),
            ("Beslutning", "Der gives påbud om nedrivning inden fire uger med varsel om tvangsbøder på "
                           "1.500 kr. dagligt."),
        ]),
        P(207, "Meddelelser fra formand og administration", "24/00215", False, [
            ("Beslutning", "Formanden orienterede om besigtigelsen af havneområdet den 24. september. "
                           "Administrationen oplyste, at planstrategien kommer på novembermødet."),
        ]),
    ],
    "secrets": ["Vibeke Lønstrup Hald", "matr. nr. 22ah Ravnsbjerg Markjorder", "kr. 6.150.000",
                "Møllestien 7B", "Jannik Tholstrup", "tvangsbøder på 1.500 kr. dagligt"],
    "question": "maa jeg saette en altan op ud mod gaden paa min lejlighed i midtbyen i ravnsbjerg",
    "cite_punkt": 203,
}


def render_01(m):
    out = ["<!doctype html>", '<html lang="da-DK">', "<head>", '<meta charset="UTF-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Plan- og Byudviklingsudvalget - 08. okt. 2024 - Referat | Ravnsbjerg Kommune</title>",
           "<style>details{border-bottom:1px solid #ccc}summary{cursor:pointer;font-weight:600}"
           ".badge{background:#333;color:#fff;font-size:.8em;padding:2px 6px;border-radius:3px}"
           ".meta span{display:inline-block;margin-right:1em}</style>",
           '<script type="application/ld+json">{"@type":"Event","name":"Møde i udvalget"}</script>',
           "</head>", "<body>",
           '<a class="skip" href="#indhold">Gå til indhold</a>',
           '<header><img src="/logo.svg" alt="Ravnsbjerg Kommune"> '
           '<form role="search"><input type="search" placeholder="Søg i dagsordener og referater"></form></header>',
           '<div class="layout">',
           '<aside class="udvalg"><h2>Udvalg</h2><ul><li>Byrådet</li><li>Økonomiudvalget</li>'
           "<li>Plan- og Byudviklingsudvalget</li><li>Klima- og Naturudvalget</li></ul></aside>",
           '<main id="indhold">',
           '<div class="moedehoved">',
           "<h1>Plan- og Byudviklingsudvalget</h1>",
           '<p class="meta"><span>Referat</span><span>Tirsdag 08. oktober 2024</span>'
           "<span>Kl. 16:30</span><span>Byrådssalen, Ravnsbjerg Rådhus</span></p>",
           '<p class="deltagere"><strong>Deltagere:</strong> Hans-Christian Voldby (formand), Tine Maaløe, '
           "Abdi Nur Hassan, Kirsten Elbæk, Jesper Vinkel</p>",
           '<p class="deltagere"><strong>Afbud:</strong> Ingen</p>',
           '<p><a href="?udskriv=1">Udskriv</a> | <a href="/pdf/samlet.pdf">Hent samlet PDF</a> | '
           '<button onclick="for(const d of document.querySelectorAll(\'details\'))d.open=true">'
           "Fold alle ud</button></p>",
           "</div>"]
    for p in m["points"]:
        out.append('<details id="punkt-%d"%s>' % (p["n"], "" if p["closed"] else " open"))
        out.append('<summary><span class="nr">%d.</span> <span class="titel">%s</span>%s</summary>'
                   % (p["n"], escape(p["title"]),
                      ' <span class="badge">Lukket punkt</span>' if p["closed"] else ""))
        out.append('<p class="sag">Sagsnr. <a href="/sag/%s">%s</a></p>' % (p["case"], p["case"]))
        for label, text in p["sections"]:
            out.append("<h4>%s</h4>" % escape(label))
            for x in paras(text):
                out.append("<p>%s</p>" % escape(x))
        out.append("</details>")
    out += ["</main>",
            '<aside class="andre"><h2>Andre møder i udvalget</h2><ul>'
            '<li><a href="#">10. september 2024</a></li><li><a href="#">13. august 2024</a></li>'
            '<li><a href="#">11. juni 2024</a></li></ul></aside>',
            "</div>",
            '<footer><p>Ravnsbjerg Kommune · Torvet 1 · 4990 Ravnsbjerg · CVR 00000000</p>'
            "<p>Senest opdateret 09-10-2024 08:12</p></footer>",
            "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 02  Kærsholm Kommune - Socialudvalget - referat - old FrontPage export, ISO-8859-15
# =============================================================================================
M02 = {
    "file": "02_kaersholm_socialudvalget_2009.htm",
    "board": "Socialudvalget",
    "date": "2009-11-17",
    "kind": "referat",
    "points": [
        P(88, "Godkendelse af dagsorden", "330-2009-5001", False, [
            ("Beslutning:", "Godkendt."),
        ]),
        P(89, "Takster for madservice 2010", "330-2009-4417", False, [
            ("Sagsfremstilling:", "Prisen for en hovedret i madservice foreslås sat op fra 44,00 kr. til 46,50 "
                                  "kr. fra 1. januar 2010. En biret koster fortsat 11,00 kr. Stigningen skyldes "
                                  "højere udgifter til kørsel."),
            ("Beslutning:", "Anbefales over for Økonomiudvalget."),
        ]),
        P(90, "Værestedet Lyset i Kærsholm Nord - åbningstider", "330-2009-3619", False, [
            ("Sagsfremstilling:", "Værestedet for borgere med sindslidelser har i dag åbent mandag til torsdag "
                                  "kl. 10-16 og fredag kl. 10-14. Brugerrådet har ønsket åbent i weekenden, hvor "
                                  "mange føler sig ensomme.\n\nForvaltningen foreslår, at værestedet fra 1. "
                                  "januar 2010 også holder åbent om lørdagen kl. 11-15 i vinterhalvåret "
                                  "(oktober-marts). Udgiften dækkes af satspuljemidler."),
            ("Indstilling:", "Forvaltningen indstiller, at den udvidede åbningstid godkendes."),
            ("Beslutning:", "Godkendt. Udvalget vil have en evaluering efter første vinter."),
        ]),
        P(91, "Klage over afgørelse om merudgifter", "330-2009-5120", True, [
            ("Sagsfremstilling:", "Else-Marie Gundtoft har klaget over, at hendes tilskud til merudgifter er "
                                  "nedsat til kr. 3.862 månedligt. Forvaltningen har genvurderet sagen og "
                                  "fastholder afgørelsen."),
            ("Beslutning:", "Afgørelsen fastholdes, og sagen sendes til Det Sociale Nævn."),
        ]),
        P(92, "Kvalitetsstandard for praktisk hjælp 2010", "330-2009-4980", False, [
            ("Sagsfremstilling:", "Den nye kvalitetsstandard fastholder rengøring hver 14. dag. Tøjvask kan "
                                  "bevilges én gang om ugen, og indkøb sker fortsat via dagligvareleverandør "
                                  "med levering om fredagen."),
            ("Beslutning:", "Godkendt."),
        ]),
        P(93, "Eventuelt", "330-2009-5001", False, [
            ("Beslutning:", "Intet."),
        ]),
    ],
    "secrets": ["Else-Marie Gundtoft", "kr. 3.862 månedligt"],
    "question": "har væresteddet i kærsholm nord åbent om lørdagen",
    "cite_punkt": 90,
}


def render_02(m):
    e = lambda t: escape(t, quote=False)
    out = ["<HTML>", "<HEAD>",
           '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-15">',
           '<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 6.0">',
           "<TITLE>Socialudvalget - referat 17.11.2009</TITLE>", "</HEAD>",
           '<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003399">',
           '<TABLE WIDTH="640" BORDER="0" CELLPADDING="2"><TR>'
           '<TD><FONT FACE="Arial" SIZE="2"><B>KÆRSHOLM KOMMUNE</B></FONT></TD>'
           '<TD ALIGN="RIGHT"><FONT FACE="Arial" SIZE="1">Socialforvaltningen</FONT></TD></TR></TABLE>',
           "<HR>",
           '<P><FONT FACE="Arial" SIZE="4"><B>Socialudvalget</B></FONT><BR>',
           '<FONT FACE="Arial" SIZE="2">Referat af mødet tirsdag den 17. november 2009 kl. 15.00<BR>',
           "Mødelokale 3, Kærsholm Rådhus</FONT></P>",
           '<P><FONT FACE="Arial" SIZE="2">Fraværende: Bjarne Kold. '
           "Mødet blev ledet af næstformand Solveig Ibsen.</FONT></P>",
           '<P><FONT FACE="Arial" SIZE="2"><B>Sagsliste:</B></FONT></P>', "<UL>"]
    for p in m["points"]:
        out.append('<LI><FONT FACE="Arial" SIZE="2"><A HREF="#pkt%d">Pkt. %d %s</A></FONT>'
                   % (p["n"], p["n"], e(p["title"])))
    out.append("</UL>")
    for p in m["points"]:
        out.append("<HR>")
        head = "Pkt. %d %s" % (p["n"], e(p["title"]))
        out.append('<P><A NAME="pkt%d"></A><FONT FACE="Arial" SIZE="3"><B>%s</B></FONT>%s<BR>'
                   % (p["n"], head, ' <FONT COLOR="#CC0000" SIZE="2"><B>- LUKKET</B></FONT>'
                      if p["closed"] else ""))
        out.append('<FONT FACE="Arial" SIZE="1">J.nr.: %s</FONT></P>' % p["case"])
        for label, text in p["sections"]:
            out.append('<P><FONT FACE="Arial" SIZE="2"><U>%s</U></FONT></P>' % e(label))
            for x in paras(text):
                out.append('<P><FONT FACE="Arial" SIZE="2">%s</FONT></P>' % e(x))
    out += ["<HR>", '<P><FONT FACE="Arial" SIZE="1">Mødet sluttede kl. 16.50.&nbsp;&nbsp;'
            "Til top</FONT></P>", "</BODY>", "</HTML>", ""]
    return "\r\n".join(out).encode("iso8859-15")


# =============================================================================================
# 03  Hyldemose Kommune - Økonomiudvalget - referat - Word with TOC table and check boxes
# =============================================================================================
M03 = {
    "file": "03_hyldemose_oekonomiudvalget_2022.docx",
    "board": "Økonomiudvalget",
    "date": "2022-06-20",
    "kind": "referat",
    "points": [
        P(61, "Godkendelse af dagsorden", "2022-000114", False, [
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Godkendt."),
        ]),
        P(62, "Budgetopfølgning pr. 31. maj 2022", "2022-006672", False, [
            ("Sagsfremstilling", "Der forventes et samlet merforbrug på driften på 14,2 mio. kr. Den største "
                                 "post er højere udgifter til el og varme i kommunens bygninger."),
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Taget til efterretning."),
        ], table=[("Område", "Korrigeret budget", "Forventet regnskab"),
                  ("Energi og forsyning", "31,8 mio. kr.", "42,3 mio. kr."),
                  ("Ældre og sundhed", "612,4 mio. kr.", "615,1 mio. kr."),
                  ("Børn og skole", "803,0 mio. kr.", "802,7 mio. kr.")]),
        P(63, "Frigivelse af anlægsmidler til renovering af Hyldemose Svømmehal", "2022-004408", False, [
            ("Sagsfremstilling", "Svømmehallens tag, ventilation og omklædningsrum skal renoveres. Der er "
                                 "afsat 18,5 mio. kr. i budget 2022-2023.\n\nHallen lukker for offentligheden "
                                 "fra 1. april 2023 og ventes at åbne igen den 15. januar 2024. I "
                                 "lukkeperioden kan skolesvømning og klubber bruge bassinet i Egholt Idrætscenter."),
            ("Indstilling", "Forvaltningen indstiller, at de 18,5 mio. kr. frigives."),
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Anbefales over for Byrådet."),
        ]),
        P(64, "Salg af den tidligere skole i Bøgelund", "2022-003117", True, [
            ("Sagsfremstilling", "Bøgelund Friskoleforening har givet det højeste bud på bygningerne med en "
                                 "købesum 2.475.000 kr. Foreningen ønsker skødedato 1. oktober 2022."),
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Godkendt."),
        ]),
        P(65, "Energibesparelser i kommunens bygninger vinteren 2022/23", "2022-006890", False, [
            ("Sagsfremstilling", "Forvaltningen foreslår, at temperaturen i kontorer, biblioteker og "
                                 "kulturhuse sænkes til 19 grader. Plejecentre, daginstitutioner og "
                                 "svømmehallen er undtaget. Udendørs belysning ved kommunale bygninger slukkes "
                                 "kl. 22, undtagen hvor den er nødvendig af hensyn til sikkerheden."),
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Godkendt med virkning fra 1. oktober 2022."),
        ]),
        P(66, "Personalesag - fratrædelse", "2022-006901", True, [
            ("Sagsfremstilling", "Direktør Karsten Lindholm Brix fratræder efter eget ønske. Der er indgået "
                                 "aftale om fratrædelsesgodtgørelse svarende til 9 måneders løn."),
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Aftalen blev godkendt."),
        ]),
        P(67, "Meddelelser", "2022-000114", False, [
            ("Økonomiudvalgets beslutning den 20. juni 2022", "Borgmesteren orienterede om KKR-mødet den "
                                                              "10. juni."),
        ]),
    ],
    "secrets": ["Bøgelund Friskoleforening", "købesum 2.475.000 kr.", "skødedato 1. oktober 2022",
                "Karsten Lindholm Brix", "fratrædelsesgodtgørelse svarende til 9 måneders løn"],
    "question": "hvornår lukker svømmehallen i hyldemose pga ombygning og hvor skal klubberne så svømme",
    "cite_punkt": 63,
}


def render_03(m):
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2022, 6, 21, 7, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.author = "Byrådssekretariatet"
    cp.last_modified_by = "Byrådssekretariatet"
    cp.title = "Referat Økonomiudvalget 20.06.2022"
    cp.revision = 2
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hyldemose Kommune - Økonomiudvalget - 20.06.2022"
    sec.footer.paragraphs[0].text = "Referat - offentlig udgave med lukkede punkter markeret"

    def para(text, bold=False, size=None, color=None, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return p

    para("HYLDEMOSE KOMMUNE", bold=True, size=10, color=(0x1F, 0x4E, 0x79))
    d.add_heading("Referat", level=0)
    para("Økonomiudvalget", bold=True, size=16)
    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Mødedato", "Mandag den 20. juni 2022"), ("Tidspunkt", "14:00 - 16:05"),
                                ("Mødested", "Borgmesterens kontor, Hyldemose Rådhus"),
                                ("Medlemmer", "Ulla Stigsen (formand), Peder Lund Kirk, Nanna Refslund, "
                                              "Omar Siddiqui, Birthe Kronborg, Jens Rosenkvist, Lea Hjorth")]):
        info.cell(i, 0).text = a
        info.cell(i, 1).text = b
    para("")
    para("Indholdsfortegnelse", bold=True, size=12)
    toc = d.add_table(rows=1, cols=3)
    toc.style = "Table Grid"
    toc.cell(0, 0).text, toc.cell(0, 1).text, toc.cell(0, 2).text = "Nr.", "Punkt", "Adgang"
    for p in m["points"]:
        row = toc.add_row().cells
        row[0].text = str(p["n"])
        row[1].text = p["title"]
        row[2].text = "Lukket" if p["closed"] else "Åben"
    for p in m["points"]:
        d.add_page_break() if p["n"] == 64 else None
        d.add_heading("Punkt %d - %s" % (p["n"], p["title"]), level=1)
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text = "Sagsnr.:"
        t.cell(0, 1).text = p["case"]
        t.cell(1, 0).text = "Behandling:"
        t.cell(1, 1).text = ("☐ Åben   ☒ Lukket" if p["closed"] else "☒ Åben   ☐ Lukket")
        for label, text in p["sections"]:
            para(label, bold=True, color=(0x1F, 0x4E, 0x79))
            for x in paras(text):
                para(x)
        if p.get("table"):
            tb = d.add_table(rows=0, cols=3)
            tb.style = "Table Grid"
            for rowvals in p["table"]:
                cells = tb.add_row().cells
                for c, v in zip(cells, rowvals):
                    c.text = v
    para("")
    para("Mødet hævet kl. 16:05", size=9)
    buf = io.BytesIO()
    d.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(n, z.read(n), False) for n in z.namelist()])


# =============================================================================================
# 04  Tuelund Kommune - Kommunalbestyrelsen - tillægsreferat - PDF with running header and
#     "Side N af M"
# =============================================================================================
M04 = {
    "file": "04_tuelund_kommunalbestyrelsen_tillaegsreferat_2019.pdf",
    "board": "Kommunalbestyrelsen",
    "date": "2019-03-28",
    "kind": "tillaegsreferat",
    "points": [
        P(143, "Ekstraordinært tilskud til Tuelund Hallerne efter stormskade", "04.04.00-Ø40-2-19", False, [
            ("Resume", "Under stormen den 10. marts blæste en del af taget af hal 2. Hallen er lukket, indtil "
                       "taget er lagt om, hvilket ventes at ske omkring 1. juni 2019."),
            ("Sagsfremstilling", "Forsikringen dækker selve taget, men ikke tabt lejeindtægt og udgifter til "
                                 "flytning af aktiviteter. Hallernes bestyrelse søger et ekstraordinært "
                                 "tilskud på 260.000 kr.\n\nIndtil hal 2 åbner igen, flyttes foreningernes "
                                 "træning til gymnastiksalene på Tuelund Skole og Bakkeskolen. Hal 1 og "
                                 "motionscentret er åbne som normalt."),
            ("Indstilling", "Økonomiudvalget indstiller, at tilskuddet bevilges og finansieres af kassen."),
            ("Kommunalbestyrelsens beslutning", "Bevilget."),
        ]),
        P(144, "Ændring af mødeplan for april 2019", "00.01.00-A00-3-19", False, [
            ("Sagsfremstilling", "Mødet den 25. april 2019 foreslås flyttet til tirsdag den 30. april kl. "
                                 "18.00 på grund af KL's temadag."),
            ("Kommunalbestyrelsens beslutning", "Godkendt."),
        ]),
        P(145, "Erstatningssag efter færdselsuheld med kommunal lastbil", "85.02.02-G01-5-19", True, [
            ("Sagsfremstilling", "Lise Damgaard Vest kom til skade, da en af vejafdelingens lastbiler "
                                 "bakkede ind i hendes bil. Forsikringsselskabet Nordlys Gensidig anbefaler et "
                                 "forlig på 412.800 kr."),
            ("Kommunalbestyrelsens beslutning", "Forliget blev godkendt."),
        ]),
        P(146, "Udtræden og nyvalg til Folkeoplysningsudvalget", "00.22.04-A00-1-19", False, [
            ("Sagsfremstilling", "Tove Brink (V) har bedt om at udtræde af Folkeoplysningsudvalget, fordi hun "
                                 "flytter fra kommunen. Venstre udpeger Svend Hedegaard som nyt medlem."),
            ("Kommunalbestyrelsens beslutning", "Tove Brink fritaget. Svend Hedegaard valgt."),
        ]),
    ],
    "secrets": ["Lise Damgaard Vest", "Forsikringsselskabet Nordlys Gensidig", "forlig på 412.800 kr."],
    "question": "kan vi stadig træne i hal 2 i tuelund efter stormen, og hvor skal vi ellers være",
    "cite_punkt": 143,
}


def _pdf_wrap(pdf, text, width, keep):
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
            self.set_font("Times", "I", 9)
            self.cell(0, 5, "Tuelund Kommune · Kommunalbestyrelsen · Tillægsreferat 28. marts 2019",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
            self.ln(6)

        def footer(self):
            self.set_y(-15)
            self.set_font("Times", "", 9)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_creation_date(datetime.datetime(2019, 3, 29, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Tillægsreferat Kommunalbestyrelsen 28.03.2019")
    pdf.set_author("Tuelund Kommune, Sekretariatet")
    pdf.set_creator("DokPolitik Udskrift 2.1")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    W = 180

    def lines(text, size=11, style="", h=5.5, indent=0):
        pdf.set_font("Times", style, size)
        for ln in _pdf_wrap(pdf, text, W - indent, keep):
            pdf.set_x(15 + indent)
            pdf.cell(W - indent, h, ln, new_x="LMARGIN", new_y="NEXT")

    lines("TILLÆGSREFERAT", 20, "B", 10)
    lines("Kommunalbestyrelsen", 14, "B", 8)
    lines("Torsdag den 28. marts 2019 kl. 19.00 i Kommunalbestyrelsessalen")
    lines("Tillæg til dagsordenen for mødet. Punkterne blev optaget med kommunalbestyrelsens samtykke.")
    lines("Fraværende: Malene Østergaard (A)")
    pdf.ln(3)
    lines("Oversigt over tillægspunkter", 12, "B", 7)
    for p in m["points"]:
        lines("%d   %s%s" % (p["n"], p["title"], "   (lukket)" if p["closed"] else ""), 10, "", 5)
    for i, p in enumerate(m["points"]):
        if i in (1, 3):
            pdf.add_page()
        else:
            pdf.ln(6)
        pdf.set_font("Times", "B", 13)
        pdf.cell(14, 7, "%d" % p["n"], border="B")
        pdf.cell(W - 14, 7, p["title"], border="B", new_x="LMARGIN", new_y="NEXT")
        lines("KLE/sagsnr.: %s" % p["case"], 9, "I", 5)
        if p["closed"]:
            lines("UNDTAGET FRA OFFENTLIGHED - punktet er behandlet for lukkede døre", 10, "B", 6)
        for label, text in p["sections"]:
            pdf.ln(1.5)
            lines(label, 11, "B", 5.5)
            for x in paras(text):
                lines(x, indent=4)
    return bytes(pdf.output())


# =============================================================================================
# 05  Elmerup Kommune - Folkeoplysningsudvalget - referat - OCR'ed plain text, unnumbered points
# =============================================================================================
M05 = {
    "file": "05_elmerup_folkeoplysningsudvalget_2011.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2011-09-05",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra sidste møde", "11/0098", False, [
            ("Beslutning:", "Godkendt."),
        ]),
        P(2, "Lokaletilskud 2012 - ny fordelingsmodel", "11/3310", False, [
            ("Sagsfremstilling:", "Forvaltningen foreslår, at foreningerne fra 2012 får 65 pct. af "
                                  "tilskudsberettigede udgifter til egne lokaler dækket, mod 70 pct. i dag. "
                                  "Til gengæld fjernes loftet på 300 kr. pr. medlem under 25 år."),
            ("Beslutning:", "Udvalget ønsker at se konsekvenserne for de ti største foreninger, før der tages "
                            "stilling. Sagen genoptages i oktober."),
        ]),
        P(3, "Ansøgning om opstartstilskud fra Elmerup Petanqueklub", "11/4471", False, [
            ("Sagsfremstilling:", "Den nystiftede petanqueklub har 23 medlemmer og søger om tilskud til "
                                  "kugler, målebånd og belysning på banerne ved Ældrecentret Solhøj."),
            ("Beslutning:", "Der bevilges et opstartstilskud på 8.000 kr. af puljen til nye foreninger. "
                            "Klubben opfordres til at søge lokaletilskud fra 2012."),
        ]),
        P(4, "Tilskud til foreningsleder i særlig situation", "11/4502", True, [
            ("Sagsfremstilling:", "Kassereren i en idrætsforening, Gudrun Skovbo Lauesen, har indrømmet en "
                                  "gæld til klubben på 23.417 kr. Foreningen spørger, om det påvirker "
                                  "tilskuddet for 2011."),
            ("Beslutning:", "Tilskuddet udbetales, når foreningen har indsendt revideret regnskab."),
        ]),
        P(5, "Fordeling af haltider for sæsonen 2011/12", "11/2987", False, [
            ("Sagsfremstilling:", "Efter ønske fra klubberne er lørdagene i Elmerup Hallen reserveret til "
                                  "kampe i hele sæsonen. Badmintonklubben har fået en ekstra time tirsdag, og "
                                  "gymnastikforeningen rykker fra torsdag til onsdag."),
            ("Beslutning:", "Godkendt."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Beslutning:", "Næste møde er mandag den 3. oktober 2011."),
        ]),
    ],
    "secrets": ["Gudrun Skovbo Lauesen", "gæld til klubben på 23.417 kr."],
    "question": "hvor mange penge fik petanqueklubben i elmerup til at starte op for",
    "cite_punkt": 3,
}


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    L = ["", "   ELMERUP KOMMUNE", "   Kultur og Fritid", "",
         "   REFERAT", "",
         "   Folkeoplysningsudvalget",
         "   Mødedato: 05.09.2011  kl. 19.00",
         "   Sted    : Elmerup Bibliotek, Mødesalen",
         "   Til stede: Ole Fenger (fmd.), Jytte Bak, Karim Aziz, Hanne Mørup, Niels Brask",
         "   Afbud   : Lis Mark", "", ""]
    page = 1
    for i, p in enumerate(m["points"]):
        if i in (2, 5):
            page += 1
            L += ["", "\f", "   Elmerup Kornmune    Folkeoplysningsudva1get 05.09.2011        Side %d" % page, ""]
        L += ["", "   " + p["title"], "   " + "~" * len(p["title"])]
        if p["case"]:
            L.append("   Sagsnr.  %s" % p["case"])
        if p["closed"]:
            L.append("   Status: IKKE OFFENTLIG - tavshedsbelagte oplysninger")
        for label, text in p["sections"]:
            L += ["", "   " + label]
            for x in paras(text):
                L += ["   " + ln for ln in wrap(x, 70, keep)]
    L += ["", "", "   Referent: Bo Rask", "", "   ___________________      ___________________",
          "   Ole Fenger                Jytte Bak", ""]
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 06  Mørkenbæk Kommune - Handicaprådet - referat sent by mail, base64 latin-1, with an HTML twin
# =============================================================================================
M06 = {
    "file": "06_moerkenbaek_handicapraadet_2016.eml",
    "board": "Handicaprådet",
    "date": "2016-04-12",
    "kind": "referat",
    "points": [
        P(1, "Velkomst og godkendelse af dagsorden", "2016-000391", False, [
            ("", "Formanden bød velkommen til rådets nye medlem fra Dansk Blindesamfund. Dagsordenen blev "
                 "godkendt."),
        ]),
        P(2, "Tilgængelighed på den nye busterminal", "2016-002245", False, [
            ("", "Rådet har set tegningerne til busterminalen ved Mørkenbæk Station. Der bliver niveaufri "
                 "adgang til alle perroner, ledelinjer for blinde og svagsynede samt to brede "
                 "handicapparkeringspladser tæt ved indgangen."),
            ("Rådets bemærkninger:", "Rådet ønsker også et toilet, der kan bruges af kørestolsbrugere, og "
                                     "lydskilte ved perronerne."),
        ]),
        P(3, "Høring om ny kvalitetsstandard for ledsageordningen", "2016-004417", False, [
            ("", "Efter forslaget kan borgere mellem 18 og 67 år med nedsat gangfunktion fortsat få op til 15 "
                 "timers ledsagelse om måneden. Timer der ikke bruges, kan spares op i højst 6 måneder. "
                 "Ledsagerens udgifter til transport og entré dækkes ikke."),
            ("Rådets bemærkninger:", "Rådet er tilfreds med at opsparingen bevares, men beder kommunen "
                                     "overveje at dække ledsagerens entré til kulturtilbud."),
        ]),
        P(4, "Henvendelse om afslag på hjælpemiddel", "2016-004502", True, [
            ("", "Jørn Ebbe Sandahl har bedt rådet se på et afslag af 2. februar 2016 på en "
                 "kørestol model Trillium X4 med ståfunktion."),
            ("Rådets bemærkninger:", "Rådet kan ikke gå ind i enkeltsager og henviser til klagevejledningen."),
        ]),
        P(5, "Mørkenbæk Handicappris 2016", "2016-001120", False, [
            ("", "Alle kan indstille en person, forening eller virksomhed, der har gjort en særlig indsats for "
                 "mennesker med handicap. Fristen er 1. juni 2016. Prisen på 10.000 kr. uddeles på den "
                 "internationale handicapdag den 3. december."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("", "Næste møde er tirsdag den 14. juni 2016 kl. 13.00."),
        ]),
    ],
    "secrets": ["Jørn Ebbe Sandahl", "afslag af 2. februar 2016", "kørestol model Trillium X4"],
    "question": "hvor mange timers ledsager kan man faa om maaneden i mørkenbæk og kan man spare op",
    "cite_punkt": 3,
}


def render_06(m):
    L = ["Hej alle", "",
         "Her er referatet fra Handicaprådets møde tirsdag 12.04.2016 kl. 13.00-15.30 i Mørkenbæk "
         "Medborgerhus, lokale 2.", "", "Pkt. 4 er en LUKKET SAG og må ikke sendes videre.", "",
         "Deltagere: Jens Lyhne (formand, DH), Mona Skytte (DH), Tage Bjerre (DH), Alice Fogh "
         "(byrådet), Kristoffer Dam (byrådet)", "Afbud: Birgit Nøhr (byrådet)",
         "Referent: Pernille Aaby, Social og Sundhed", ""]
    H = ["<html><body>", "<p>Hej alle</p>",
         "<p>Her er referatet fra Handicaprådets møde tirsdag 12.04.2016.</p>"]
    for p in m["points"]:
        head = "Pkt. %d - %s" % (p["n"], p["title"])
        L += ["", head]
        H.append("<h3>%s</h3>" % escape(head))
        if p["case"]:
            L.append("(Sag nr. %s)" % p["case"])
            H.append("<p><i>Sag nr. %s</i></p>" % escape(p["case"]))
        if p["closed"]:
            L.append("LUKKET SAG")
            H.append("<p><b>LUKKET SAG</b></p>")
        for label, text in p["sections"]:
            for i, x in enumerate(paras(text)):
                line = (label + " " + x) if (label and i == 0) else x
                L += wrap(line, 72, m["secrets"] + [p["title"]])
                H.append("<p>%s</p>" % escape(line))
    L += ["", "Venlig hilsen", "Pernille Aaby", "Sekretær for Handicaprådet", "Mørkenbæk Kommune", ""]
    H += ["<p>Venlig hilsen<br>Pernille Aaby</p>", "</body></html>"]
    cs = Charset("iso-8859-1")
    cs.body_encoding = BASE64
    msg = MIMEMultipart("alternative", boundary="=_b68_moerkenbaek_0412")
    msg["From"] = "Pernille Aaby <pernille.aaby@moerkenbaek.invalid>"
    msg["To"] = "handicapraadet@moerkenbaek.invalid"
    msg["Subject"] = "Referat - Handicaprådet 12. april 2016"
    msg["Date"] = "Thu, 14 Apr 2016 08:47:31 +0200"
    msg["Message-ID"] = "<b68.0412.handicapraad@moerkenbaek.invalid>"
    plain = MIMEText("\n".join(L), "plain", cs)
    html = MIMEText("\n".join(H), "html", cs)
    msg.attach(plain)
    msg.attach(html)
    return msg.as_bytes()


# =============================================================================================
# 07  Skovlyst Kommune - Teknisk Udvalg - referat - RTF with a table header, committee codes
# =============================================================================================
M07 = {
    "file": "07_skovlyst_teknisk-udvalg_2015.rtf",
    "board": "Teknisk Udvalg",
    "date": "2015-02-10",
    "kind": "referat",
    "points": [
        P(9, "Godkendelse af dagsorden", "15/0102N", False, [
            ("Afgørelse", "Godkendt."),
        ]),
        P(10, "Hastighedsdæmpning på Skolevej i Nørre Skovlyst", "14/6702N", False, [
            ("Sagsfremstilling", "Skolebestyrelsen og grundejerforeningen har bedt om at få sat farten ned "
                                 "på Skolevej. Målinger viser, at hver femte bil kører over 60 km/t forbi "
                                 "skolen.\n\nForvaltningen foreslår to vejbump og en 40 km/t-zone fra "
                                 "Kirkevej til Engstien. Arbejdet udføres i skolens sommerferie 2015."),
            ("Økonomi", "Udgiften er 385.000 kr. og afholdes af trafiksikkerhedspuljen."),
            ("Afgørelse", "Godkendt."),
        ]),
        P(11, "Ny ordning for afhentning af haveaffald", "14/7115N", False, [
            ("Sagsfremstilling", "Fra 1. april 2015 kan husstande tilmelde sig afhentning af haveaffald hver "
                                 "14. dag fra april til november. Ordningen koster 375 kr. om året, og man "
                                 "får en 240 liters beholder. Genbrugspladsen tager fortsat imod haveaffald "
                                 "gratis."),
            ("Afgørelse", "Anbefales over for Byrådet."),
        ]),
        P(12, "Forlig med entreprenør om asfaltarbejder", "13/9904N", True, [
            ("Sagsfremstilling", "Vejbyg Sydvest A/S har krævet en efterregulering på 1.118.500 kr. for "
                                 "merarbejde ved udlægning af asfalt i 2013. Der er forhandlet et forlig."),
            ("Afgørelse", "Forliget godkendt."),
        ]),
        P(13, "Ekspropriation til cykelsti langs Åvej", "14/5120N", True, [
            ("Sagsfremstilling", "Ejerne af Åvej 41, Martin og Susanne Krogshede, har ikke accepteret "
                                 "kommunens tilbud. Der foreslås ekspropriation af en 3 meter bred stribe med "
                                 "en erstatning på 186.000 kr."),
            ("Afgørelse", "Ekspropriationen gennemføres."),
        ]),
        P(14, "Orientering fra forvaltningen", "15/0102N", False, [
            ("Sagsfremstilling", "Vejmesteren orienterede om saltforbruget i januar og om huller i "
                                 "Stationsvej efter frosten."),
            ("Afgørelse", "Til orientering."),
        ]),
    ],
    "secrets": ["Vejbyg Sydvest A/S", "efterregulering på 1.118.500 kr.", "Åvej 41",
                "Martin og Susanne Krogshede", "erstatning på 186.000 kr."],
    "question": "hvornaar kommer der bump paa skolevej i nørre skovlyst",
    "cite_punkt": 10,
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
         r"{\colortbl;\red0\green0\blue0;\red0\green70\blue127;\red150\green0\blue0;}",
         r"{\*\generator Msftedit 5.41.21.2510;}",
         r"{\info{\title TU referat 10.02.2015}{\author Skovlyst Kommune Teknik og Miljo}"
         r"{\creatim\yr2015\mo2\dy11\hr8\min30}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"{\footer\pard\qr\fs16 " + _rtf("Teknisk Udvalg 10-02-2015, side ") + r"\chpgn\par}"]

    def par(text, fmt=""):
        R.append(r"\pard\plain\f0\fs21" + fmt + " " + _rtf(text) + r"\par")

    def row(cells, widths):
        s = r"\trowd\trgaph70"
        x = 0
        for w in widths:
            x += w
            s += r"\clbrdrb\brdrs\cellx%d" % x
        s += r"\pard\intbl\plain\f0\fs20 " + r"".join(_rtf(c) + r"\cell " for c in cells) + r"\row"
        R.append(s)

    par("SKOVLYST KOMMUNE", r"\b\cf2\fs20")
    par("Teknisk Udvalg", r"\f1\b\fs36")
    par("Beslutningsprotokol - ordinært møde", r"\fs24")
    for cells in [("Dato", "10. februar 2015"), ("Start / slut", "16:00 / 17:35"),
                  ("Sted", "Mødelokale Egen, Skovlyst Rådhus"),
                  ("Medlemmer", "Poul Ravn (formand), Dorte Vesth, Morten Aalund, Sidsel Kamp, Erik Thygesen"),
                  ("Fraværende", "Sidsel Kamp")]:
        row(cells, (2200, 7400))
    R.append(r"\pard\par")
    for p in m["points"]:
        par("")
        title = "TU %d  %s%s" % (p["n"], p["title"], " (lukket)" if p["closed"] else "")
        par(title, r"\f1\b\fs26\cf2")
        par("Sagsnr. %s" % p["case"], r"\i\fs18")
        if p["closed"]:
            par("Behandlet for lukkede døre. Udelades af den offentlige protokol.", r"\b\cf3\fs18")
        for label, text in p["sections"]:
            par(label, r"\b")
            for x in paras(text):
                par(x)
    par("")
    par("Underskriftsblad: Poul Ravn, Dorte Vesth, Morten Aalund, Erik Thygesen", r"\i\fs18")
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# =============================================================================================
# 08  Strandmarken Municipality - Culture and Leisure Committee - English minutes - ODT
# =============================================================================================
M08 = {
    "file": "08_strandmarken_culture-and-leisure-committee_2021.odt",
    "board": "Culture and Leisure Committee",
    "date": "2021-09-14",
    "kind": "referat",
    "points": [
        P(31, "Approval of the agenda", "21/00087", False, [
            ("Decision", "Approved."),
        ]),
        P(32, "Reopening of Strandmarken Main Library after refurbishment", "21/03310", False, [
            ("Summary", "The main library has been closed since May for new floors, lighting and a children's "
                        "reading room."),
            ("Case description", "The library will reopen on Monday 1 November 2021. Staffed opening hours "
                                 "will be Monday to Friday 10:00-18:00 and Saturday 10:00-14:00. Outside these "
                                 "hours, adults with a library card and a PIN code can let themselves in every "
                                 "day from 07:00 to 22:00.\n\nAn opening event for families is planned for "
                                 "Saturday 6 November."),
            ("Decision", "Noted. The committee asked for a count of self-service visitors after six months."),
        ]),
        P(33, "Culture pool grants, autumn round 2021", "21/04431", False, [
            ("Case description", "Eleven applications were received. The administration proposes that six "
                                 "receive grants totalling DKK 148,000. The largest grant, DKK 40,000, goes to "
                                 "the harbour jazz weekend in August 2022."),
            ("Recommendation", "The administration recommends that the grants are awarded as proposed."),
            ("Decision", "Approved."),
        ]),
        P(34, "Lease of the former boathouse at Strandmarken Harbour", "21/04012", True, [
            ("Case description", "Havørnen Kajak ApS, represented by Nikolaj Brøns Tvede, has offered an "
                                 "annual rent of DKK 96,500 for the boathouse on a ten-year lease."),
            ("Decision", "The committee recommends the lease to the Finance Committee."),
        ]),
        P(35, "Ice rink on the town square, winter 2021/22", "21/04120", False, [
            ("Case description", "The ice rink will open on Saturday 27 November 2021 and stay open until "
                                 "Sunday 6 February 2022. Admission is free. Skates can be hired for DKK 30, "
                                 "and schools can book the rink on weekday mornings."),
            ("Decision", "Approved."),
        ]),
        P(36, "Any other business", "21/00087", False, [
            ("Decision", "Nothing to report."),
        ]),
    ],
    "secrets": ["Havørnen Kajak ApS", "Nikolaj Brøns Tvede", "annual rent of DKK 96,500"],
    "question": "when does the big library in strandmarken open again after the refurbishment, and can I get "
                "in late in the evening",
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

    def h(text, level, style):
        body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                    % (style, level, xesc(text)))

    p("Strandmarken Municipality", "Small")
    h("Minutes", 1, "Title")
    h("Culture and Leisure Committee", 1, "Heading_20_1")
    body.append('<table:table table:name="Meeting"><table:table-column table:number-columns-repeated="2"/>')
    for a, b in [("Date", "Tuesday 14 September 2021, 17:00-18:45"),
                 ("Venue", "Strandmarken Cultural Centre, room 3"),
                 ("Members", "Agnete Holk (Chair), Rasmus Friis, Yvonne Leth, Selim Karaca, Bo Winther"),
                 ("Apologies", "Yvonne Leth")]:
        body.append("<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>"
                    "<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>"
                    % (xesc(a), xesc(b)))
    body.append("</table:table>")
    body.append('<text:table-of-content text:name="Contents"><text:index-body>'
                '<text:index-title><text:p text:style-name="Contents_20_Heading">Contents</text:p>'
                "</text:index-title>")
    for pt in m["points"]:
        body.append('<text:p text:style-name="Contents_20_1">Item %d. %s<text:tab/>%s</text:p>'
                    % (pt["n"], xesc(pt["title"]), "closed" if pt["closed"] else "open"))
    body.append("</text:index-body></text:table-of-content>")
    for pt in m["points"]:
        h("Item %d. %s" % (pt["n"], pt["title"]), 2, "Heading_20_2")
        p("Case ref. %s" % pt["case"], "Small")
        if pt["closed"]:
            p("Closed item - exempt from publication. Members only.", "Warn")
        for label, text in pt["sections"]:
            p(label, "Bold")
            for x in paras(text):
                p(x)
    p("Minutes approved electronically by the Chair, 15 September 2021.", "Small")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>'
               "</office:document-content>" % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              "<office:styles>"
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Small" style:family="paragraph"><style:text-properties '
              'fo:font-size="8pt" fo:color="#666666"/></style:style>'
              '<style:style style:name="Bold" style:family="paragraph"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Warn" style:family="paragraph"><style:text-properties '
              'fo:font-style="italic" fo:color="#9c0006"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties '
              'fo:font-size="22pt"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Contents_20_Heading" style:family="paragraph"/>'
              '<style:style style:name="Contents_20_1" style:family="paragraph"/>'
              "</office:styles></office:document-styles>" % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            "<office:meta><meta:generator>LibreOffice/7.1</meta:generator>"
            "<dc:title>Minutes Culture and Leisure Committee 14-09-2021</dc:title>"
            "<dc:language>en-GB</dc:language>"
            "<meta:creation-date>2021-09-15T09:00:00</meta:creation-date></office:meta>"
            "</office:document-meta>" % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False)])


# =============================================================================================
# 09  Havbjerg Kommune - Beskæftigelsesudvalget - referat - Markdown with a TOC table
# =============================================================================================
M09 = {
    "file": "09_havbjerg_beskaeftigelsesudvalget_2024.md",
    "board": "Beskæftigelsesudvalget",
    "date": "2024-05-27",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2024-00311", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Sommerjob til unge 15-17 år i 2024", "2024-04480", False, [
            ("Resume", "Jobcentret tilbyder igen sommerjob i kommunens institutioner og hos lokale "
                       "virksomheder."),
            ("Sagsfremstilling", "Der er 60 pladser til unge mellem 15 og 17 år, der bor i kommunen. Et "
                                 "sommerjob varer fire uger i juli eller august med 20 timer om ugen, og lønnen "
                                 "følger den aftalte ungdomsløn. Der søges på havbjerg.dk/sommerjob senest "
                                 "fredag den 7. juni 2024. Hvis der er flere ansøgere end pladser, trækkes der "
                                 "lod, men unge uden tidligere erhvervserfaring går forud."),
            ("Økonomi", "Ordningen koster 540.000 kr., som er afsat i budget 2024."),
            ("Beslutning", "Godkendt."),
        ]),
        P(3, "Ledigheden i april 2024", "2024-00912", False, [
            ("Sagsfremstilling", "Ledigheden var 3,1 pct. i april mod 3,4 pct. året før, svarende til 1.204 "
                                 "fuldtidsledige. Langtidsledigheden er faldet mest blandt de 30-49-årige."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(4, "Partnerskabsaftale med større lokal virksomhed", "2024-04102", True, [
            ("Sagsfremstilling", "Havbjerg Trælast & Byggecenter tilbyder 42 løntilskudspladser over to år "
                                 "mod, at jobcentret står for opkvalificering. Virksomhedens kontaktperson "
                                 "Rikke Østergaard Bach har bedt om fortrolighed, indtil aftalen er underskrevet."),
            ("Beslutning", "Forvaltningen bemyndiges til at indgå aftalen."),
        ]),
        P(5, "Budget 2025 - udvalgets prioriteringer", "2024-03876", False, [
            ("Sagsfremstilling", "Udvalget skal pege på ønsker og mulige besparelser til budgetseminaret i "
                                 "juni. Forvaltningen har lavet et katalog med ni forslag."),
            ("Beslutning", "Udvalget prioriterer flere virksomhedskonsulenter og en mentorordning for unge "
                           "uden uddannelse."),
        ]),
        P(6, "Eventuelt", "2024-00311", False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Havbjerg Trælast & Byggecenter", "42 løntilskudspladser", "Rikke Østergaard Bach"],
    "question": "min søn er 16, kan han faa sommerjob gennem kommunen i havbjerg og hvornaar er fristen",
    "cite_punkt": 2,
}


def render_09(m):
    L = ["**Havbjerg Kommune**", "",
         "# Beskæftigelsesudvalget – referat", "",
         "| | |", "|---|---|",
         "| Mødedato | 27.05.2024 |", "| Mødetid | 08:00–09:40 |", "| Mødested | Jobcentret, mødelokale Fyret |",
         "| Medlemmer | Carsten Bille (formand), Maria Skov Lund, Emre Yilmaz, Karen Juhl, Per Ebbesen |",
         "| Afbud | — |", "",
         "## Dagsorden", "",
         "| Nr. | Sag | Status |", "|---:|---|---|"]
    for p in m["points"]:
        L.append("| %d | %s | %s |" % (p["n"], p["title"], "Fortroligt" if p["closed"] else "Offentlig"))
    for p in m["points"]:
        L += ["", "---", "", "### %d) %s" % (p["n"], p["title"]), "", "Sag nr.: `%s`" % p["case"]]
        if p["closed"]:
            L += ["", "> **Fortroligt** – punktet er behandlet for lukkede døre og indgår ikke i den "
                      "offentlige udgave."]
        for label, text in p["sections"]:
            L += ["", "*%s*" % label, ""]
            for x in paras(text):
                L += [x, ""]
            L.pop()
    L += ["", "---", "", "<sub>Referatet er godkendt af udvalgets medlemmer 28.05.2024.</sub>", ""]
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 10  Grenbæk Kommune - Skole- og Dagtilbudsudvalget - DAGSORDEN - agenda-system XML export
# =============================================================================================
M10 = {
    "file": "10_grenbaek_skole-og-dagtilbudsudvalget_dagsorden_2025.xml",
    "board": "Skole- og Dagtilbudsudvalget",
    "date": "2025-03-04",
    "kind": "dagsorden",
    "points": [
        P(17, "Godkendelse af dagsorden", "GK-25-000210", False, [
            ("Indstilling", "Forvaltningen indstiller, at dagsordenen godkendes."),
        ]),
        P(18, "Nye skoledistrikter fra skoleåret 2026/27 - udsendelse i høring", "GK-24-019877", False, [
            ("Resume", "Vestskolen har ikke plads til de mange nye elever fra udstykningerne i Grenbæk Vest."),
            ("Sagsfremstilling", "Forvaltningen foreslår, at Ellemosevej, Kildebakken og Tofteløkken flyttes "
                                 "fra Vestskolens til Østskolens distrikt fra skoleåret 2026/27. Ændringen "
                                 "gælder kun nye elever i børnehaveklassen. Børn, der allerede går på "
                                 "Vestskolen, og deres yngre søskende kan blive på skolen."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget sendes i høring hos skolebestyrelserne "
                            "fra 10. marts til 21. april 2025."),
        ]),
        P(19, "Lukkedage i daginstitutionerne 2026", "GK-25-000877", False, [
            ("Sagsfremstilling", "Det foreslås, at daginstitutionerne holder lukket de tre hverdage før "
                                 "påske, fredagen efter Kristi himmelfartsdag samt mellem jul og nytår. "
                                 "Forældre, der ikke kan holde fri, kan bestille nødpasning i en anden "
                                 "institution senest fire uger før."),
            ("Indstilling", "Forvaltningen indstiller, at lukkedagene godkendes."),
        ]),
        P(20, "Tilsynsrapport vedrørende privat børnehave", "GK-25-000512", True, [
            ("Sagsfremstilling", "Ved et uanmeldt tilsyn i Børnehuset Mariehønen blev der fundet mangler ved "
                                 "sovepladserne. Der er udstedt påbud nr. 2025-03. Lederen Lone Viborg Kastrup "
                                 "har svaret, at forholdene er rettet."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ]),
        P(21, "Klage over bortvisning af elev", "GK-25-000644", True, [
            ("Sagsfremstilling", "Forældrene til Mikkel Sønderby Hauge klager over, at han blev bortvist "
                                 "i 5 skoledage efter en episode i frikvarteret den 14. januar."),
            ("Indstilling", "Forvaltningen indstiller, at skolens afgørelse fastholdes."),
        ]),
        P(22, "Meddelelser", "GK-25-000210", False, [
            ("Sagsfremstilling", "Status på byggeriet af den nye vuggestue i Grenbæk Øst. Orientering om "
                                 "elevtal pr. 1. marts."),
        ]),
    ],
    "secrets": ["Børnehuset Mariehønen", "påbud nr. 2025-03", "Lone Viborg Kastrup",
                "Mikkel Sønderby Hauge", "bortvist i 5 skoledage"],
    "question": "vi bor på ellemosevej i grenbæk - skal vores yngste gå på østskolen når hun starter i skole "
                "i 2026 selvom storebror går på vestskolen",
    "cite_punkt": 18,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!-- Eksport fra PolitikPortal 9 / dagsordenmodul. Genereret 2025-02-25T12:00:00 -->',
         '<Export xmlns="urn:x-politikportal:agenda:3" version="3.2">',
         '  <Meeting id="M-2025-0304-SDU" status="Udsendt">',
         "    <Organisation>Grenbæk Kommune</Organisation>",
         "    <Committee code=\"SDU\">Skole- og Dagtilbudsudvalget</Committee>",
         "    <DocumentType>Dagsorden</DocumentType>",
         "    <Start>2025-03-04T17:00:00+01:00</Start>",
         "    <Location>Grenbæk Rådhus, mødelokale Kastanjen</Location>",
         "    <Members>",
         "      <Member role=\"formand\">Sanne Lykkegaard</Member>",
         "      <Member>Rune Dall</Member>", "      <Member>Fatima El-Amin</Member>",
         "      <Member>Jørgen Tange</Member>", "      <Member>Ida Brøchner</Member>",
         "    </Members>",
         "    <Items>"]
    for i, p in enumerate(m["points"], 1):
        X.append('      <Item seq="%d" number="%d" public="%s">' % (i, p["n"], "false" if p["closed"] else "true"))
        X.append("        <Title>%s</Title>" % xesc(p["title"]))
        X.append("        <CaseNo>%s</CaseNo>" % xesc(p["case"]))
        X.append("        <Access>%s</Access>" % ("Lukket - indeholder fortrolige oplysninger"
                                                  if p["closed"] else "Åben"))
        for label, text in p["sections"]:
            html = "".join("<p>%s</p>" % escape(x) for x in paras(text))
            X.append('        <Field name="%s"><![CDATA[%s]]></Field>' % (label, html))
        X.append("      </Item>")
    X += ["    </Items>", "  </Meeting>", "</Export>", ""]
    return "\n".join(X).encode("utf-8")


MEETINGS = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10]
RENDER = [render_01, render_02, render_03, render_04, render_05, render_06, render_07, render_08, render_09,
          render_10]


def expected():
    return [{
        "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
        "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
        "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"],
    } for m in MEETINGS]


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
