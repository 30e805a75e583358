#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind66.

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
from xml.sax.saxutils import escape as xesc, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = "\u2063"  # invisible separator used while wrapping, never written out


def P(n, title, case, closed, sections, **extra):
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}
    d.update(extra)
    return d


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def keep_phrases(m):
    return list(m["secrets"]) + [p["title"] for p in m["points"]]


def wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                          break_on_hyphens=False)]


def fixed_zip(entries, when):
    """Zip archive with fixed timestamps; `entries` is a list of (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 01  Ørnebjerg Kommune - Kultur- og Fritidsudvalget (agenda-system web page:
#     skip link, meeting facts in a <dl>, "Pkt. NN" number badge inside the
#     heading, points as collapsible <details> blocks, a padlock badge and a
#     status line "Lukket punkt", labels Resume / Sagsfremstilling / Økonomi /
#     Indstilling and a dated decision heading; "Sidst opdateret" footer)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_oernebjerg_kultur-og-fritidsudvalget_2022.html",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2022-04-06",
    "kind": "referat",
    "points": [
        P(41, "Godkendelse af dagsorden", "22/00417", False, [
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022", "Dagsordenen blev godkendt."),
        ]),
        P(42, "Åbningstider på Ørnebjerg Bibliotek i sommerperioden", "22/06120", False, [
            ("Resume",
             "Biblioteket foreslår kortere betjent åbningstid i fire sommeruger, mens den selvbetjente åbningstid fortsætter uændret."),
            ("Sagsfremstilling",
             "Ørnebjerg Bibliotek har selvbetjent åbent alle ugens dage kl. 7-22 med sundhedskort og pinkode. Den betjente åbningstid er i dag mandag-fredag kl. 10-18 og lørdag kl. 10-13.\n\n"
             "Udlånstallene viser, at der i juli kommer under halvt så mange besøgende i den betjente tid som i resten af året. "
             "Biblioteket foreslår derfor, at der i uge 28-31 kun er betjent tirsdag og torsdag kl. 12-17. I de øvrige timer kan borgerne fortsat låne og aflevere i den selvbetjente åbningstid.\n\n"
             "Personaletimerne flyttes til efterårets læseklubber for skoleklasser."),
            ("Økonomi", "Forslaget er udgiftsneutralt."),
            ("Indstilling",
             "Kultur- og Fritidsforvaltningen indstiller, at udvalget godkender den reducerede betjente åbningstid i uge 28-31."),
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022",
             "Godkendt med den ændring, at der også er betjent lørdag kl. 10-13 i uge 29, hvor sommerbogklubben for børn starter."),
        ]),
        P(43, "Tilskud til Ørnebjerg Roklub - nyt bådehus", "21/19877", False, [
            ("Resume", "Roklubben søger anlægstilskud til et nyt bådehus ved Søbredden."),
            ("Sagsfremstilling",
             "Det gamle bådehus fra 1962 er angrebet af svamp og kan ikke renoveres. Klubben har 212 medlemmer, heraf 58 under 18 år. "
             "Det nye bådehus er budgetteret til 1,9 mio. kr. Klubben har fået tilsagn om 800.000 kr. fra fonde og stiller selv 650.000 kr. gennem lån og egne midler."),
            ("Økonomi", "Klubben søger 450.000 kr. Beløbet kan afholdes af puljen til idrætsfaciliteter, hvor der er 1,1 mio. kr. til rådighed i 2022."),
            ("Indstilling", "Forvaltningen indstiller, at Økonomiudvalget anbefales at bevilge 450.000 kr."),
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022", "Anbefales over for Økonomiudvalget."),
        ]),
        P(44, "Lejeaftale for cafeen i Kulturhuset Remisen", "22/04409", True, [
            ("Sagsfremstilling",
             "Den nuværende forpagter Yasmin Tørnæs har bedt om at få nedsat lejen, fordi omsætningen ikke er kommet tilbage efter nedlukningerne. "
             "Der er en restance på 38.214 kr. fra efteråret 2021."),
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022",
             "Udvalget godkendte en husleje nedsat til 6.500 kr. pr. måned frem til 31. december 2022 mod en afdragsordning på restancen."),
        ], mark="Lukket punkt"),
        P(45, "Fordeling af Eliteidrætspuljen 2022", "22/02280", False, [
            ("Resume", "Puljen er på 300.000 kr. Der er kommet syv ansøgninger."),
            ("Sagsfremstilling",
             "Idrætsrådet har vurderet ansøgningerne og foreslår, at Ørnebjerg Håndbold får 120.000 kr. til træning af U19-holdet, "
             "at svømmeklubben Hajen får 90.000 kr. til en ekstra træner, og at resten fordeles med 30.000 kr. til hver af tre individuelle atleter."),
            ("Indstilling", "Forvaltningen indstiller, at fordelingen godkendes."),
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022", "Godkendt."),
        ]),
        P(46, "Forlig med tidligere musikskoleleder", "22/05031", True, [
            ("Sagsfremstilling",
             "Den tidligere leder af musikskolen har gennem Advokatfirmaet Holm Brink rejst krav om godtgørelse efter opsigelsen i november 2021. "
             "Forvaltningen har forhandlet et forlig om en fratrædelsesgodtgørelse svarende til 9 måneders løn."),
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022",
             "Forliget blev godkendt. Begge parter er bundet af en tavshedsklausul."),
        ], mark="Lukket punkt"),
        P(47, "Meddelelser", "22/00417", False, [
            ("Sagsfremstilling",
             "Formanden orienterede om, at Kulturnatten i år holdes fredag den 9. september. "
             "Forvaltningen orienterede om, at kunstgræsbanen ved Ørnebjerg Stadion er færdig, og at den indvies den 23. april kl. 11."),
            ("Beslutning i Kultur- og Fritidsudvalget den 06-04-2022", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["forpagter Yasmin Tørnæs", "restance på 38.214 kr.", "husleje nedsat til 6.500 kr. pr. måned",
                "Advokatfirmaet Holm Brink", "fratrædelsesgodtgørelse svarende til 9 måneders løn"],
    "question": "har biblioteket i ørnebjerg åbent med personale i juli",
    "cite_punkt": 42,
}


def render_01(m):
    x = []
    a = x.append
    a('<!DOCTYPE html>')
    a('<html lang="da">')
    a('<head>')
    a('<meta charset="utf-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a('<title>Kultur- og Fritidsudvalget 06.04.2022 | Politikerportalen | Ørnebjerg Kommune</title>')
    a('<style>.badge{display:inline-block;background:#1d4f73;color:#fff;padding:0 .4em;margin-right:.5em} '
      '.laas{color:#900} details{border-bottom:1px solid #ddd} dl.moede dt{font-weight:bold}</style>')
    a('<script>document.documentElement.className="js";</script>')
    a('</head>')
    a('<body>')
    a('<a class="skip" href="#indhold">Gå til indhold</a>')
    a('<header><p class="logo">Ørnebjerg Kommune</p>'
      '<form action="/soeg"><input name="q" placeholder="Søg på ornebjerg.dk"></form></header>')
    a('<main id="indhold">')
    a('<p class="doktype">Referat</p>')
    a('<h1>Kultur- og Fritidsudvalget</h1>')
    a('<dl class="moede">')
    for k, v in (("Mødedato", "06.04.2022"), ("Starttidspunkt", "16:30"), ("Sluttidspunkt", "18:45"),
                 ("Mødested", "Kulturhuset Remisen, lokale 2"),
                 ("Medlemmer", "Hanne Skovbo (A) formand, Jakob Lindqvist (V) næstformand, Rikke Ahmadi (F), Ole Mørup (A), Susanne Krag (C)"),
                 ("Fraværende", "Ole Mørup (A)")):
        a('<dt>%s</dt><dd>%s</dd>' % (escape(k), escape(v)))
    a('</dl>')
    a('<p><button type="button">Fold alle punkter ud</button> <a href="/referater/kfu-2022-04-06.pdf">Samlet referat (pdf)</a></p>')
    a('<h2>Punkter</h2>')
    a('<ul class="punktliste">')
    for p in m["points"]:
        lock = ' <span class="laas" title="Lukket">&#128274;</span>' if p["closed"] else ""
        a('<li><a href="#pkt%d">Pkt. %d %s</a>%s</li>' % (p["n"], p["n"], escape(p["title"]), lock))
    a('</ul>')
    for p in m["points"]:
        a('<details id="pkt%d" open>' % p["n"])
        a('<summary><h2><span class="badge">Pkt. %d</span>%s</h2></summary>' % (p["n"], escape(p["title"])))
        a('<p class="sagsnr">Sagsnr.: %s</p>' % p["case"])
        if p["closed"]:
            a('<p class="status"><span class="laas">&#128274;</span> Status: %s</p>' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<h3>%s</h3>' % escape(label))
            for para in paras(text):
                a('<p>%s</p>' % escape(para))
        a('</details>')
    a('</main>')
    a('<footer><p>Ørnebjerg Kommune, Torvegade 2, 4790 Ørnebjerg</p><p>Sidst opdateret 08.04.2022 kl. 09:12</p></footer>')
    a('</body>')
    a('</html>')
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 02  Kløvermose Kommune - Teknisk Udvalg (2009 web export in ISO-8859-15:
#     <font> tags, one layout table per point with the number "118." in its own
#     cell, KLE journal numbers as "J.nr.", a red "LUKKET SAG" label, the
#     decision label "Udvalgets beslutning den 03-11-2009", a euro amount, a
#     signature list)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_kloevermose_teknisk-udvalg_2009.htm",
    "board": "Teknisk Udvalg",
    "date": "2009-11-03",
    "kind": "referat",
    "points": [
        P(118, "Meddelelser fra formanden", "00.01.00-A00-1-09", False, [
            ("Sagsfremstilling", "Formanden orienterede om, at vejfesten på Enghøjvej er aflyst på grund af ombygningen af kloakken."),
            ("Udvalgets beslutning den 03-11-2009", "Til efterretning."),
        ]),
        P(119, "Vintervedligeholdelse 2009/10 - serviceniveau for cykelstier", "05.04.00-P20-2-09", False, [
            ("Sagsfremstilling",
             "Vejafdelingen har udarbejdet forslag til vinterregulativ for sæsonen 2009/10. Det foreslås, at cykelstierne langs skolevejene ved Kløvermose Skole og Brøndby Mark Skole "
             "ryddes og saltes, så de er farbare senest kl. 7.00 på skoledage. Øvrige cykelstier ryddes senest kl. 10.00.\n\n"
             "Til gengæld nedprioriteres boligveje, der først ryddes, når snedybden overstiger 15 cm."),
            ("Økonomi", "Det forventede forbrug er 2,4 mio. kr. ved en normal vinter. Budgettet er 2,1 mio. kr."),
            ("Indstilling", "Teknisk Forvaltning indstiller, at vinterregulativet godkendes."),
            ("Udvalgets beslutning den 03-11-2009", "Godkendt. Merforbruget søges dækket ved budgetopfølgningen pr. 31. marts 2010."),
        ]),
        P(120, "Ny rundkørsel ved Kløvermosevej/Industrivej - anlægsbevilling", "05.01.02-G01-7-09", False, [
            ("Sagsfremstilling",
             "Krydset Kløvermosevej/Industrivej har haft 11 uheld med personskade siden 2004. Det foreslås at ombygge krydset til en rundkørsel med en diameter på 32 meter. "
             "Arbejdet udføres i april-juni 2010."),
            ("Økonomi", "Anlægsudgiften er 3,6 mio. kr. Der er søgt et Interreg-tilskud på 48.500 € til den trafiksikre cykelforbindelse gennem rundkørslen."),
            ("Indstilling", "Forvaltningen indstiller, at der gives en anlægsbevilling på 3,6 mio. kr."),
            ("Udvalgets beslutning den 03-11-2009", "Anbefales til Økonomiudvalget og Byrådet."),
        ]),
        P(121, "Ekspropriation af del af matr. nr. 14b, Kløvermose By", "05.01.02-P21-1-09", True, [
            ("Sagsfremstilling",
             "Til rundkørslen skal der bruges ca. 640 m2 af landbrugsjorden øst for krydset. Ejeren, gårdejer Anker Vestergaard-Holm, har afvist et frivilligt salg og kræver en højere pris."),
            ("Udvalgets beslutning den 03-11-2009",
             "Udvalget anbefaler ekspropriation med en erstatning på 118 kr. pr. kvadratmeter. Kan der ikke opnås enighed, forelægges sagen for taksationskommissionen 12. januar 2010."),
        ], mark="LUKKET SAG"),
        P(122, "Renovering af Mølledammens regnvandsbassin", "06.01.00-G01-3-09", False, [
            ("Sagsfremstilling",
             "Bassinet ved Mølledammen er fyldt op med slam og kan ikke længere holde regnvandet tilbage ved skybrud. Det foreslås at oprense bassinet og udvide det med 1.200 m3. "
             "Arbejdet foregår i vinterhalvåret, så fuglelivet forstyrres mindst muligt."),
            ("Økonomi", "Udgiften på 1,15 mio. kr. afholdes af spildevandsforsyningen."),
            ("Udvalgets beslutning den 03-11-2009", "Godkendt."),
        ]),
        P(123, "Eventuelt", None, False, [
            ("Udvalgets beslutning den 03-11-2009", "Intet."),
        ]),
    ],
    "secrets": ["gårdejer Anker Vestergaard-Holm", "erstatning på 118 kr. pr. kvadratmeter",
                "taksationskommissionen 12. januar 2010"],
    "question": "bliver cykelstien ved skolen saltet inden børnene cykler i skole om morgenen",
    "cite_punkt": 119,
}


def render_02(m):
    x = []
    a = x.append
    a('<html>')
    a('<head>')
    a('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">')
    a('<meta name="GENERATOR" content="Microsoft FrontPage 6.0">')
    a('<title>Teknisk Udvalg - Referat 03-11-2009</title>')
    a('</head>')
    a('<body bgcolor="#FFFFFF" link="#003366">')
    a('<font face="Verdana" size="2">')
    a('<table width="640" border="0"><tr><td><img src="../grafik/logo.gif" alt="Kløvermose Kommune" width="180" height="60"></td>'
      '<td align="right"><font size="1">Kløvermose Kommune<br>Teknisk Forvaltning</font></td></tr></table>')
    a('<h1><font face="Verdana" size="4">Teknisk Udvalg</font></h1>')
    a('<p><b>REFERAT</b><br>Mødedato: 03-11-2009<br>Mødetid: 17:00 - 19:20<br>Mødested: Mødelokale 1, Kløvermose Rådhus</p>')
    a('<p>Medlemmer: Finn Aagaard (A), Lis Brodersen (V), Mogens Thrane (O), Inger Kaalund (A), Peter Skaarup-Nielsen (C)<br>Afbud: Lis Brodersen (V)</p>')
    a('<hr size="1" noshade>')
    for p in m["points"]:
        a('<table width="640" border="0" cellpadding="2">')
        a('<tr><td width="40" valign="top"><b>%d.</b></td><td><b>%s</b></td></tr>' % (p["n"], escape(p["title"])))
        if p["case"]:
            a('<tr><td>&nbsp;</td><td><font size="1">J.nr.: %s</font></td></tr>' % p["case"])
        if p["closed"]:
            a('<tr><td>&nbsp;</td><td><font color="#CC0000"><b>%s</b></font></td></tr>' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<tr><td>&nbsp;</td><td><u>%s:</u></td></tr>' % escape(label))
            for para in paras(text):
                a('<tr><td>&nbsp;</td><td>%s</td></tr>' % escape(para))
        a('</table>')
        a('<hr size="1" noshade>')
    a('<p>Mødet hævet kl. 19.20</p>')
    a('<p>Underskrifter:<br>Finn Aagaard &nbsp; Mogens Thrane &nbsp; Inger Kaalund &nbsp; Peter Skaarup-Nielsen</p>')
    a('<p><font size="1">Siden er genereret af Kløvermose Kommunes dagsordensystem 04-11-2009 08:15</font></p>')
    a('</font>')
    a('</body>')
    a('</html>')
    return ("\r\n".join(x) + "\r\n").encode("iso-8859-15")


# ---------------------------------------------------------------------------
# 03  Havbakke Kommune - Social- og Sundhedsudvalget (Word: cover block,
#     table of contents with page numbers, "Punkt N - Title" headings, a
#     two-column facts table under each heading with an Åben/Lukket status
#     field, an economy table, "Side N af M" footer fields)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_havbakke_social-og-sundhedsudvalget_2021.docx",
    "board": "Social- og Sundhedsudvalget",
    "date": "2021-09-13",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "21/00102", False, [
            ("Beslutning i Social- og Sundhedsudvalget den 13. september 2021", "Godkendt."),
        ], who="Udvalgssekretær Bodil Rask"),
        P(2, "Udvidelse af aktivitetscentret i Havbakke Nord", "21/11840", False, [
            ("Resume",
             "Aktivitetscentret i Havbakke Nord har venteliste til træningsholdene. Forvaltningen foreslår at inddrage de tidligere lokaler fra tandplejen i stueetagen."),
            ("Sagsfremstilling",
             "Centret har 410 faste brugere, og 64 borgere står på venteliste til holdtræning. Tandplejen flyttede i foråret til Havbakke Skole, og lokalerne på 180 m2 står tomme. "
             "Lokalerne kan indrettes til et ekstra træningslokale og et værksted for træarbejde.\n\n"
             "Brugerrådet har ønsket, at værkstedet også kan bruges af frivillige om aftenen."),
            ("Økonomi", "Se tabellen nedenfor. Udgifterne kan afholdes inden for ældreområdets anlægsramme for 2022."),
            ("Indstilling", "Social- og Sundhedsforvaltningen indstiller, at udvidelsen godkendes med åbning 1. marts 2022."),
            ("Beslutning i Social- og Sundhedsudvalget den 13. september 2021",
             "Godkendt. Udvalget ønsker, at værkstedet holder åbent for frivillige to aftener om ugen."),
        ], who="Centerleder Maja Kofod", table=[("Post", "Beløb"), ("Ombygning og ventilation", "640.000 kr."),
                                                 ("Træningsudstyr", "215.000 kr."), ("Værkstedsudstyr", "85.000 kr."),
                                                 ("I alt", "940.000 kr.")]),
        P(3, "Kvalitetsstandard for madservice 2022", "21/13302", False, [
            ("Resume", "Forslaget til ny kvalitetsstandard giver borgerne mulighed for at vælge mellem kølemad og varm mad."),
            ("Sagsfremstilling",
             "I dag leveres maden som kølemad tre gange om ugen. Fra 1. januar 2022 kan borgere, der ikke selv kan varme maden, få leveret varm mad hver dag kl. 11-13. "
             "Prisen for en hovedret følger den maksimale takst, som fastsættes af Sundhedsministeriet."),
            ("Indstilling", "Forvaltningen indstiller, at kvalitetsstandarden sendes i høring i Ældrerådet."),
            ("Beslutning i Social- og Sundhedsudvalget den 13. september 2021", "Sendes i høring."),
        ], who="Konsulent Søren Bech"),
        P(4, "Klage over afgørelse om hjælpemidler - konkret sag", "21/14770", True, [
            ("Sagsfremstilling",
             "Borgeren på Strandtoften 19 har klaget over afslaget på en elektrisk kørestol. Klagen er vedlagt en lægeerklæring fra Dr. Ingeborg Falck."),
            ("Beslutning i Social- og Sundhedsudvalget den 13. september 2021",
             "Udvalget bad om en genvurdering inden 1. oktober 2021."),
        ], who="Teamleder Hjælpemidler", mark="Lukket"),
        P(5, "Status på genoptræning efter sygehusophold", "21/09921", False, [
            ("Resume", "Ventetiden til genoptræning er faldet fra 19 til 8 dage i løbet af første halvår."),
            ("Sagsfremstilling",
             "Efter at to ekstra fysioterapeuter blev ansat i januar, er ventetiden til genoptræning efter udskrivning faldet. "
             "Lovkravet er, at genoptræningen skal starte senest 7 kalenderdage efter, at kommunen har modtaget genoptræningsplanen. "
             "I juni startede 81 procent af forløbene inden for fristen."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
            ("Beslutning i Social- og Sundhedsudvalget den 13. september 2021", "Taget til efterretning."),
        ], who="Leder af Træningsenheden Ali Şahin"),
        P(6, "Orientering fra formanden", "21/00102", False, [
            ("Sagsfremstilling", "Formanden orienterede om besøget på plejecentret Kastanjegården den 2. september."),
            ("Beslutning i Social- og Sundhedsudvalget den 13. september 2021", "Taget til efterretning."),
        ], who="Udvalgssekretær Bodil Rask"),
    ],
    "secrets": ["Borgeren på Strandtoften 19", "lægeerklæring fra Dr. Ingeborg Falck", "genvurdering inden 1. oktober 2021"],
    "question": "hvornår åbner det nye træningslokale i aktivitetscentret i havbakke nord",
    "cite_punkt": 2,
}


def render_03(m):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    when = datetime.datetime(2021, 9, 15, 12, 0)
    cp.author, cp.title, cp.created, cp.modified, cp.revision = "Sekretariatet", "Referat Social- og Sundhedsudvalget 13-09-2021", when, when, 3
    cp.last_modified_by = "Sekretariatet"
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Havbakke Kommune - Referat"

    def field(par, instr):
        r = par.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r2 = par.add_run()
        t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
        r3 = par.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)

    fp = sec.footer.paragraphs[0]
    fp.add_run("Social- og Sundhedsudvalget 13-09-2021    Side ")
    field(fp, " PAGE ")
    fp.add_run(" af ")
    field(fp, " NUMPAGES ")

    t = d.add_paragraph().add_run("Havbakke Kommune")
    t.bold, t.font.size = True, Pt(20)
    d.add_paragraph("Referat")
    d.add_paragraph("Social- og Sundhedsudvalget").runs[0].font.size = Pt(16)
    info = d.add_table(rows=0, cols=2)
    info.style = "Light List Accent 1"
    for k, v in (("Mødedato", "Mandag den 13. september 2021"), ("Mødetid", "15:00 - 17:15"),
                 ("Mødested", "Byrådssalen, Havbakke Rådhus"),
                 ("Medlemmer", "Lone Wieth (A), formand; Kristian Dam (V); Ayse Yıldız (F); Niels Ravn (O); Merete Bonde (A)"),
                 ("Fraværende", "Ingen")):
        c = info.add_row().cells
        c[0].text, c[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph("Indholdsfortegnelse").runs[0].bold = True
    for k, p in enumerate(m["points"]):
        par = d.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        par.add_run("Punkt %d - %s\t%d" % (p["n"], p["title"], 2 + k))
    for p in m["points"]:
        d.add_page_break()
        d.add_heading("Punkt %d - %s" % (p["n"], p["title"]), level=2)
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, v in (("Sagsnr.", p["case"]), ("Sagsbehandler", p["who"]),
                     ("Status", p["mark"] if p["closed"] else "Åben")):
            c = tb.add_row().cells
            c[0].text, c[1].text = k, v
            if k == "Status" and p["closed"]:
                c[1].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xB0, 0x00, 0x00)
        for label, text in p["sections"]:
            h = d.add_paragraph()
            h.add_run(label).bold = True
            for para in paras(text):
                d.add_paragraph(para)
            if label == "Økonomi" and p.get("table"):
                et = d.add_table(rows=0, cols=2)
                et.style = "Table Grid"
                for k, v in p["table"]:
                    c = et.add_row().cells
                    c[0].text, c[1].text = k, v
    d.add_paragraph("")
    d.add_paragraph("Mødet sluttede kl. 17.15.")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    entries = [(n, zin.read(n), False) for n in zin.namelist()]
    return fixed_zip(entries, (2021, 9, 15, 12, 0, 0))


# ---------------------------------------------------------------------------
# 04  Granhøj Kommune - Plan- og Miljøudvalget (PDF: title page with a table
#     of contents with dot leaders and page numbers, "Dagsordenspunkt 52"
#     line over the title, case numbers like 330-2018-3619, a grey note that
#     the point is exempt from publication, running header and "Side N af M")
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_granhoej_plan-og-miljoeudvalget_2018.pdf",
    "board": "Plan- og Miljøudvalget",
    "date": "2018-05-28",
    "kind": "referat",
    "points": [
        P(52, "Godkendelse af dagsorden", "330-2018-1022", False, [
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018", "Godkendt."),
        ]),
        P(53, "Lokalplan 1.44 for boliger ved Skovbrynet - endelig vedtagelse", "330-2017-8812", False, [
            ("Resume",
             "Lokalplanen giver mulighed for op til 46 rækkehuse og 12 parcelhuse på den tidligere planteskolegrund ved Skovbrynet. Der er kommet seks høringssvar."),
            ("Sagsfremstilling",
             "Forslaget har været i offentlig høring fra 5. marts til 30. april 2018. Naboerne på Egevej ønsker, at rækkehusene højst bliver i én etage mod deres skel, "
             "og Granhøj Naturfredningsforening ønsker et bredere grønt bælte mod skoven.\n\n"
             "Forvaltningen foreslår, at rækkehusene nærmest Egevej begrænses til én etage, og at afstanden til skovbrynet øges fra 20 til 30 meter. "
             "Det betyder, at antallet af rækkehuse falder fra 46 til 40."),
            ("Indstilling", "Forvaltningen indstiller, at lokalplanen vedtages endeligt med de nævnte ændringer."),
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018", "Anbefales over for Byrådet med forvaltningens ændringer."),
        ]),
        P(54, "Landzonetilladelse til hestepension på Granhøjvej 211", "330-2018-2977", False, [
            ("Sagsfremstilling",
             "Ejeren søger om tilladelse til at indrette en hestepension med 14 bokse i en eksisterende lade. To naboer er bekymrede for lugt og trafik med hestetrailere."),
            ("Indstilling", "Forvaltningen indstiller, at der gives tilladelse på vilkår om, at møddingen placeres mindst 50 meter fra nabobeboelse."),
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018", "Godkendt som indstillet."),
        ]),
        P(55, "Påbud om nedsivningsanlæg - ejendom i Lille Granhøj", "330-2018-3619", True, [
            ("Sagsfremstilling",
             "Ejer Benny Kragskov har ikke efterkommet påbuddet fra 2016 om at forbedre spildevandsrensningen. Der er fundet spildevand i grøften mod åen."),
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018",
             "Udvalget besluttede at meddele et nyt påbud med frist 1. september 2018 og derefter dagbøder på 500 kr. pr. dag."),
        ], mark="Punktet er undtaget fra offentliggørelse, jf. offentlighedslovens § 30, nr. 1."),
        P(56, "Købstilbud på kommunal jord ved Erhvervsvej Øst", "330-2018-3702", True, [
            ("Sagsfremstilling",
             "Thygesen Maskinstation ApS har afgivet tilbud på de to sydligste erhvervsgrunde på i alt 2,1 ha. "
             "Tilbuddet lyder på 1.240.000 kr. ekskl. moms og er betinget af byggetilladelse til en maskinhal."),
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018", "Udvalget anbefaler, at tilbuddet accepteres."),
        ], mark="Punktet er undtaget fra offentliggørelse, jf. offentlighedslovens § 23, stk. 1, nr. 1."),
        P(57, "Naturpleje på Granhøj Overdrev - plejeplan 2018-2022", "330-2018-0734", False, [
            ("Sagsfremstilling",
             "Overdrevet gror til med slåen og tjørn. Plejeplanen lægger op til, at en lokal kvægavler afgræsser arealet fra maj til oktober med 12-15 kreaturer, "
             "og at der ryddes krat på 3 ha i vinteren 2018/19. Offentlighedens adgang sikres med to nye låger."),
            ("Økonomi", "Rydningen koster 95.000 kr. og finansieres af puljen til naturpleje."),
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018", "Godkendt."),
        ]),
        P(58, "Eventuelt", None, False, [
            ("Plan- og Miljøudvalgets beslutning den 28-05-2018", "Intet."),
        ]),
    ],
    "secrets": ["Ejer Benny Kragskov", "dagbøder på 500 kr. pr. dag", "Thygesen Maskinstation ApS",
                "1.240.000 kr. ekskl. moms"],
    "question": "hvor mange rækkehuse må der bygges ved skovbrynet i granhøj nu",
    "cite_punkt": 53,
}


def render_04(m):
    from fpdf import FPDF

    keep = keep_phrases(m)
    head = "Granhøj Kommune - Plan- og Miljøudvalget - Referat 28. maj 2018"

    def build(pages):
        class Doc(FPDF):
            def header(self):
                self.set_font("Helvetica", "I", 8)
                self.set_text_color(100, 100, 100)
                self.cell(0, 5, head, align="L", new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(150, 150, 150)
                self.line(20, self.get_y(), 190, self.get_y())
                self.set_text_color(0, 0, 0)
                self.ln(5)

            def footer(self):
                self.set_y(-14)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

        pdf = Doc(format="A4")
        pdf.set_creation_date(datetime.datetime(2018, 5, 30, 8, 0, tzinfo=datetime.timezone.utc))
        pdf.set_title("Referat - Plan- og Miljøudvalget - 28.05.2018")
        pdf.set_author("Granhøj Kommune")
        pdf.set_creator("Granhøj Kommune dagsordensystem")
        pdf.alias_nb_pages()
        pdf.set_margins(20, 16, 20)
        pdf.set_auto_page_break(True, 22)
        W = 170
        where = {}

        def text(t, size=10, style=""):
            pdf.set_font("Helvetica", style, size)
            for para in paras(t):
                w = para
                for k in sorted(keep, key=len, reverse=True):
                    w = w.replace(k, k.replace(" ", SENT))
                cur = ""
                for word in w.split(" "):
                    trial = (cur + " " + word) if cur else word
                    if pdf.get_string_width(trial.replace(SENT, " ")) > W and cur:
                        pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                        cur = word
                    else:
                        cur = trial
                if cur:
                    pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)

        pdf.add_page()
        pdf.set_font("Helvetica", "B", 20)
        pdf.cell(0, 11, "Referat", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 14)
        pdf.cell(0, 8, "Plan- og Miljøudvalget", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Helvetica", "", 10)
        for k, v in (("Dato:", "Mandag den 28. maj 2018"), ("Tid:", "Kl. 15.30 - 17.40"),
                     ("Sted:", "Mødelokale Bøgen, Granhøj Rådhus"),
                     ("Medlemmer:", "Karsten Lund (V), Pia Holmsgaard (A), Tue Brandt (O), Karin Ebbesen (A), Lars Vinge (V)"),
                     ("Afbud:", "Tue Brandt (O)")):
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(26, 6, k)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 7, "Indholdsfortegnelse", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for p in m["points"]:
            label = "%d. %s " % (p["n"], p["title"])
            num = " %d" % pages.get(p["n"], 0)
            dots = "."
            while pdf.get_string_width(label + dots + "." + num) < W:
                dots += "."
            pdf.cell(0, 6, label + dots + num, new_x="LMARGIN", new_y="NEXT")
        for p in m["points"]:
            if pdf.get_y() > 200:
                pdf.add_page()
            else:
                pdf.ln(6)
            where[p["n"]] = pdf.page_no()
            pdf.set_font("Helvetica", "", 9)
            pdf.set_text_color(80, 80, 80)
            pdf.cell(0, 5, "Dagsordenspunkt %d" % p["n"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 7, p["title"], new_x="LMARGIN", new_y="NEXT")
            if p["case"]:
                pdf.set_font("Helvetica", "", 9)
                pdf.cell(0, 5, "Sagsnr.: %s" % p["case"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            if p["closed"]:
                pdf.set_fill_color(225, 225, 225)
                pdf.set_font("Helvetica", "I", 9)
                pdf.cell(0, 7, p["mark"], fill=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            for label, body in p["sections"]:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
                text(body)
        return pdf, where

    _, pages = build({})
    pdf, again = build(pages)
    assert again == pages
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Rønnevang Kommune - Social- og Arbejdsmarkedsudvalget (OCR of a 2004
#     paper protocol: committee-code headings "SAU 8/04", "(lukket)" after the
#     title, "Blad nr." sheet numbers and "Formandens initialer" at page
#     breaks, hyphenated line ends and OCR slips in the running text)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_roennevang_social-og-arbejdsmarkedsudvalget_2004.txt",
    "board": "Social- og Arbejdsmarkedsudvalget",
    "date": "2004-02-10",
    "kind": "referat",
    "points": [
        P(7, "Godkendelse af dagsorden", "2004/0031", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(8, "Aktivering af unge under 25 år - status 2003", "2003/1187", False, [
            ("Sagsfremstilling",
             "I 2003 har 143 unge under 25 år været i aktivering. Heraf er 61 gået i uddannelse og 38 i arbejde. "
             "Ventetiden fra første samtale til tilbud har i gennemsnit været 3 uger. Forvaltningen foreslår, at samarbejdet med produktionsskolen i Vester Rønne udvides med 10 pladser."),
            ("Beslutning", "Taget til efterretning. Udvidelsen med 10 pladser godkendt."),
        ]),
        P(9, "Takster for ophold på Rønnevang Herberg 2004", "2003/1402", False, [
            ("Sagsfremstilling",
             "Taksten for en overnatning på herberget foreslås fastsat til 92 kr. inkl. morgenmad. Beboere, der bor fast på herberget, betaler 2.350 kr. om måneden. "
             "Taksten er uændret i forhold til 2003, fordi der ikke har været prisstigninger på el og varme."),
            ("Beslutning", "Godkendt."),
        ]),
        P(10, "Regres mod tidligere ansat i kontanthjælpsafdelingen", "2004/0066", True, [
            ("Sagsfremstilling",
             "Revisionen har fundet, at der i perioden 2001-2003 er sket underslæb for 61.300 kr. ved udbetaling til fiktive modtagere. Sagsbehandler Kirsten Aalund er bortvist."),
            ("Beslutning", "Udvalget anbefaler, at sagen politianmeldes, og at beløbet kræves tilbagebetalt."),
        ], mark="(lukket)"),
        P(11, "Nyt tilbud om misbrugsbehandling i samarbejde med amtet", "2004/0018", False, [
            ("Sagsfremstilling",
             "Amtet tilbyder at placere et ambulant behandlingstilbud for alkoholmisbrugere i Rønnevang to dage om ugen. Kommunen skal stille lokaler til rådighed i Sundhedshuset."),
            ("Beslutning", "Godkendt. Tilbuddet starter 1. april 2004."),
        ]),
        P(12, "Eventuelt", None, False, [
            ("Beslutning", "Næste møde flyttes til den 16. marts kl. 16.00."),
        ]),
    ],
    "secrets": ["underslæb for 61.300 kr.", "Sagsbehandler Kirsten Aalund"],
    "question": "hvad koster det at sove en nat på herberget i rønnevang",
    "cite_punkt": 9,
}

_OCR = {"Sagsfremstilling": "Sagsfrernstilling", "udvidelsen": "udvide1sen"}


def render_05(m):
    keep = keep_phrases(m)
    board = m["board"]
    L = []
    L.append("RØNNEVANG KOMMUNE")
    L.append("")
    L.append(board)
    L.append("")
    L.append("Møde tirsdag den 10. februar 2004 kl. 15.00 på Rådhuset, mødelokale 2")
    L.append("")
    L.append("Til stede: Ejvind Sørensen (formand), Grethe Lykke, Tonny Bach,")
    L.append("Asger Olesen. Fraværende: Helle Damgaard.")
    L.append("")
    sheet = [14]
    count = [0]

    def page_break():
        L.append("")
        L.append("                                        Formandens initialer: ______")
        L.append("\f")
        sheet[0] += 1
        L.append("%s  10.02.2004                 Blad nr. %d" % (board, sheet[0]))
        L.append("")

    for p in m["points"]:
        if count[0] and count[0] % 2 == 0:
            page_break()
        count[0] += 1
        head = "SAU %d/04  %s" % (p["n"], p["title"])
        if p["closed"]:
            head += " " + p["mark"]
        L.append(head)
        if p["case"]:
            L.append("Sag nr. %s" % p["case"])
        L.append("")
        for label, body in p["sections"]:
            L.append(_OCR.get(label, label) + ":")
            for para in paras(body):
                lines = wrap(para, 66, keep)
                # hyphenate the first long line end the way the scanned page did
                out = []
                for i, ln in enumerate(lines):
                    if i + 1 < len(lines) and not any(k in ln or k in lines[i + 1] for k in keep):
                        nxt = lines[i + 1].split(" ")
                        w = nxt[0]
                        if len(w) > 9 and w.isalpha() and i == 0:
                            cut = len(w) // 2
                            ln = ln + " " + w[:cut] + "-"
                            lines[i + 1] = w[cut:] + (" " + " ".join(nxt[1:]) if len(nxt) > 1 else "")
                    out.append(ln)
                L.extend(out)
                L.append("")
    L.append("Mødet hævet kl. 16.55.")
    L.append("")
    L.append("Ejvind Sørensen   Grethe Lykke   Tonny Bach   Asger Olesen")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# 06  Spurvlund Kommune - Folkeoplysningsudvalget (minutes forwarded by mail:
#     "VS:" subject, Outlook-style forward block, multipart/alternative with a
#     base64 plain part and an HTML part, numbered headings underlined with
#     "=", "Sag nr.:" lines, a bracketed LUKKET note)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_spurvlund_folkeoplysningsudvalget_2024.eml",
    "board": "Folkeoplysningsudvalget",
    "date": "2024-01-22",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(2, "Fordeling af lokaletilskud 2024", "23/20417", False, [
            ("Sagsfremstilling",
             "Foreningerne har søgt om lokaletilskud for i alt 2,7 mio. kr. Rammen er 2,35 mio. kr. Forvaltningen foreslår, at tilskuddet til private lokaler nedsættes fra 70 til 65 procent af de godkendte udgifter."),
            ("Udvalgets beslutning", "Godkendt. Spejderne og idrætsforeningerne i landsbyerne friholdes for nedsættelsen."),
        ]),
        P(3, "Ansøgning fra Spurvlund Skakklub om underskudsgaranti til DM", "23/21930", False, [
            ("Sagsfremstilling",
             "Skakklubben er vært for Danmarksmesterskabet i påsken 2024 i Spurvlund Hallen og søger en underskudsgaranti på 40.000 kr."),
            ("Udvalgets beslutning", "Bevilget med 25.000 kr."),
        ]),
        P(4, "Frigivelse af midler fra Puljen til nye foreningsaktiviteter", "24/00812", False, [
            ("Sagsfremstilling",
             "Puljen på 150.000 kr. skal hjælpe nye foreninger i gang. I 2023 fik fem foreninger støtte, blandt andet en padelklub og en strikkeklub for unge. "
             "Forvaltningen foreslår, at der fra 2024 kan søges løbende, og at forvaltningen får lov at bevilge op til 15.000 kr. pr. ansøgning.\n\n"
             "Det er en betingelse, at foreningen har vedtægter, en bestyrelse på mindst tre personer og et CVR-nummer."),
            ("Udvalgets beslutning", "Godkendt. Udvalget orienteres om bevillingerne to gange om året."),
        ]),
        P(5, "Sag om tilbagebetaling af tilskud fra en aftenskole", "24/01107", True, [
            ("Sagsfremstilling",
             "Ved stikprøvekontrol har forvaltningen fundet fiktive deltagerlister hos Aftenskolen Lyren for 2022 og 2023."),
            ("Udvalgets beslutning",
             "Udvalget kræver tilbagebetaling af 74.880 kr. og stopper tilskuddet, indtil et nyt regnskab er revideret."),
        ], mark="[LUKKET - udgår af den offentlige version af referatet]"),
        P(6, "Eventuelt", None, False, [
            ("Udvalgets beslutning", "Intet til referat."),
        ]),
    ],
    "secrets": ["fiktive deltagerlister", "Aftenskolen Lyren", "tilbagebetaling af 74.880 kr."],
    "question": "kan man stadig søge penge hvis man vil starte en ny forening i spurvlund",
    "cite_punkt": 4,
}


def render_06(m):
    keep = keep_phrases(m)
    L = []
    L.append("Til orientering - referatet ligger også i First Agenda.")
    L.append("")
    L.append("/Mette")
    L.append("")
    L.append("Fra: Kultur og Fritid <kulturogfritid@spurvlund.dk>")
    L.append("Sendt: 23. januar 2024 10:04")
    L.append("Til: Folkeoplysningsudvalget <fou@spurvlund.dk>")
    L.append("Emne: Referat fra Folkeoplysningsudvalget 22.01.2024")
    L.append("")
    L.append("Kære alle")
    L.append("")
    L.append("Hermed referat fra mødet i Folkeoplysningsudvalget mandag den 22. januar 2024")
    L.append("kl. 19.00 i Spurvlund Hallens mødelokale.")
    L.append("")
    L.append("Deltagere: Karina Holt (formand), Esben Fjord, Nanna Bro, Tariq Hussain,")
    L.append("Lis Ebdrup. Fra forvaltningen: fritidskonsulent Mette Ploug.")
    L.append("")
    for p in m["points"]:
        head = "%d. %s" % (p["n"], p["title"])
        L.append(head)
        L.append("=" * min(len(head), 72))
        if p["case"]:
            L.append("Sag nr.: %s" % p["case"])
        if p["closed"]:
            L.append(p["mark"])
        L.append("")
        for label, body in p["sections"]:
            L.append(label + ":")
            for para in paras(body):
                L.extend(wrap(para, 74, keep))
            L.append("")
    L.append("Venlig hilsen")
    L.append("Mette Ploug")
    L.append("Fritidskonsulent, Spurvlund Kommune")
    plain = "\n".join(L) + "\n"

    h = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">']
    for ln in L:
        h.append("<div>%s</div>" % (escape(ln) if ln else "&nbsp;"))
    h.append("</body></html>")
    html = "\n".join(h) + "\n"

    msg = EmailMessage()
    msg["From"] = "Mette Ploug <mepl@spurvlund.dk>"
    msg["To"] = "Bestyrelsen i Spurvlund Idrætssamvirke <bestyrelse@spurvlund-is.dk>"
    msg["Subject"] = "VS: Referat fra Folkeoplysningsudvalget 22.01.2024"
    msg["Date"] = "Tue, 23 Jan 2024 10:21:40 +0100"
    msg["Message-ID"] = "<AM0PR07MB4411.2024012310214@spurvlund.dk>"
    msg["Thread-Topic"] = "Referat fra Folkeoplysningsudvalget 22.01.2024"
    msg["X-MS-Has-Attach"] = ""
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="base64")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("_000_spurvlund_20240123_")
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# 07  Bredsø Kommune - Byrådet, tillægsreferat (RTF: page header and footer
#     with a PAGE field, "Tillægspunkt 24." on its own line above the title,
#     "Sagsnummer ... / dok." line, a framed closed-doors notice citing the
#     Styrelseslov, decisions with a vote count)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_bredsoe_byraadet_tillaegsreferat_2019.rtf",
    "board": "Byrådet",
    "date": "2019-03-28",
    "kind": "tillaegsreferat",
    "points": [
        P(24, "Akut renovering af taget på Bredsø Hallen", "19/03380", False, [
            ("Sagsfremstilling",
             "Ved et eftersyn den 11. marts 2019 blev der fundet råd i tre af de bærende limtræsbjælker i hal 1. Hallen er lukket, indtil taget er sikret. "
             "Rådgiveren vurderer, at reparationen tager ca. 8 uger, og at hallen kan åbne igen i uge 22. Hal 2 og fitnesslokalet kan bruges som normalt."),
            ("Økonomi", "Reparationen koster 2,2 mio. kr., som foreslås finansieret af kassebeholdningen."),
            ("Indstilling", "Økonomiudvalget indstiller, at der gives en anlægsbevilling på 2,2 mio. kr."),
            ("Byrådets beslutning den 28.03.2019", "Godkendt. For stemte 21, imod stemte 0, ingen undlod."),
        ]),
        P(25, "Udpegning af nyt medlem til Bredsø Havneråd", "19/02290", False, [
            ("Sagsfremstilling", "Søren Kvist (V) er udtrådt af havnerådet. Venstre har foreslået Julie Magaard som nyt medlem."),
            ("Byrådets beslutning den 28.03.2019", "Julie Magaard blev udpeget."),
        ]),
        P(26, "Salg af grunden Havnegade 12", "19/03005", True, [
            ("Sagsfremstilling",
             "Efter offentligt udbud har Bredsø Marina Invest ApS afgivet det højeste bud. Køberen vil opføre 14 ferielejligheder."),
            ("Byrådets beslutning den 28.03.2019",
             "Salget blev godkendt til en samlet pris 3.150.000 kr. For stemte 17, imod stemte 4 (Ø og F)."),
        ], mark="Lukket punkt - behandlet for lukkede døre, jf. styrelseslovens § 10."),
        P(27, "Ansøgning om orlov fra byrådet", "19/03401", False, [
            ("Sagsfremstilling",
             "Et medlem af byrådet har søgt om orlov fra 1. april til 30. september 2019 på grund af arbejde i udlandet. Orloven er lovlig efter styrelseslovens regler om fritagelse."),
            ("Byrådets beslutning den 28.03.2019", "Orloven blev bevilget. Første stedfortræder indkaldes."),
        ]),
    ],
    "secrets": ["Bredsø Marina Invest ApS", "samlet pris 3.150.000 kr.", "14 ferielejligheder"],
    "question": "hvornår kan vi spille i bredsø hallen igen efter at taget gik i stykker",
    "cite_punkt": 24,
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
    x = []
    a = x.append
    a(r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030")
    a(r"{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}")
    a(r"{\colortbl;\red0\green0\blue0;\red120\green0\blue0;}")
    a(r"{\info{\title " + _rtf("Tillægsreferat Byrådet 28.03.2019") + r"}{\author Bredsoe Kommune}{\creatim\yr2019\mo3\dy29\hr9\min0}}")
    a(r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418")
    a(r"{\header\pard\qr\f1\fs16 " + _rtf("Bredsø Kommune - Byrådet - Tillægsreferat 28. marts 2019") + r"\par}")
    a(r"{\footer\pard\qc\f1\fs16 " + _rtf("Side ") + r"{\field{\*\fldinst PAGE}{\fldrslt 1}}\par}")
    a(r"\pard\f1\fs36\b " + _rtf("TILLÆGSREFERAT") + r"\b0\par")
    a(r"\pard\f1\fs28 " + _rtf("Byrådet") + r"\par")
    a(r"\pard\f1\fs20 " + _rtf("Ordinært møde torsdag den 28. marts 2019 kl. 19.00 i Byrådssalen") + r"\par")
    a(r"\pard\f1\fs20 " + _rtf("Følgende punkter blev med Byrådets samtykke optaget på dagsordenen efter dennes udsendelse. "
                               "Referatet af punkt 1-23 er udsendt særskilt.") + r"\par")
    a(r"\pard\f1\fs20 " + _rtf("Fraværende: Ib Thorsø (A). Stedfortræder: Camilla Frost (A).") + r"\par")
    for p in m["points"]:
        a(r"\pard\sb360\f1\fs18 " + _rtf("Tillægspunkt %d." % p["n"]) + r"\par")
        a(r"\pard\f1\fs24\b " + _rtf(p["title"]) + r"\b0\par")
        a(r"\pard\f1\fs16 " + _rtf("Sagsnummer %s / dok. %d-19" % (p["case"], 4400 + p["n"] * 7)) + r"\par")
        if p["closed"]:
            a(r"\pard\box\brdrs\brdrw10\brsp40\f1\fs18\cf2\i " + _rtf(p["mark"]) + r"\i0\cf0\par")
        for label, text in p["sections"]:
            a(r"\pard\sb120\f1\fs20\b " + _rtf(label) + r"\b0\par")
            for para in paras(text):
                a(r"\pard\f1\fs20 " + _rtf(para) + r"\par")
    a(r"\pard\sb240\f1\fs20 " + _rtf("Mødet sluttede kl. 22.10.") + r"\par")
    a("}")
    return "\r\n".join(x) + "\r\n"


# ---------------------------------------------------------------------------
# 08  Lærkedal Municipality - Integration Council, minutes in English (ODT:
#     attendance as a table, "Item 2" on its own line above a heading,
#     "Case ref." lines, a grey "Restricted item" note, the labels Summary /
#     Background / Recommendation / Conclusion of the Integration Council)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_laerkedal_integration-council_2023.odt",
    "board": "Integration Council",
    "date": "2023-10-10",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", "23/00045", False, [
            ("Conclusion of the Integration Council", "Approved."),
        ]),
        P(2, "Language café at Lærkedal Library - evaluation of the pilot", "23/12001", False, [
            ("Summary", "The pilot ran from February to June 2023. On average 23 people came each week."),
            ("Background",
             "The language café was set up as a place where newcomers can practise Danish over a cup of coffee with volunteers. "
             "It has been open every Wednesday from 16:30 to 18:30 in the reading room at Lærkedal Library. Twelve volunteers have taken part, most of them retired teachers.\n\n"
             "Participants asked for a session on Saturdays, because many work in the daytime."),
            ("Recommendation", "The administration recommends that the café continues on Wednesdays and that a Saturday session from 10:00 to 12:00 is tested from November."),
            ("Conclusion of the Integration Council", "Agreed. The Council asks the library to advertise the café in Arabic, Ukrainian and Tigrinya."),
        ]),
        P(3, "Welcome package for newly arrived families", "23/15530", False, [
            ("Background",
             "The welcome package contains a map of the town, a list of clubs with contact persons, information on the school and day-care system and a free three-month library and swimming pass. "
             "It will be handed out at the first meeting with the citizen service."),
            ("Conclusion of the Integration Council", "The Council supported the package and asked for a version in easy Danish."),
        ]),
        P(4, "Complaint concerning housing allocation for a refugee family", "23/18820", True, [
            ("Background",
             "The Haddad family has complained about the apartment at Skolebakken 7, 2nd floor, which they find too small for six persons."),
            ("Conclusion of the Integration Council",
             "The Council noted that the family has rent arrears of DKK 14,900 and asked the administration to offer debt counselling before a transfer is considered."),
        ], mark="Restricted item - exempt from publication (personal data)"),
        P(5, "Council's statement on the municipal budget 2024", "23/16002", False, [
            ("Background", "The City Council has asked the advisory councils for comments on the budget agreement for 2024."),
            ("Conclusion of the Integration Council",
             "The Council welcomes the continued funding of the mentor scheme for young people but regrets that the interpreter budget is cut by DKK 120,000."),
        ]),
        P(6, "Any other business", None, False, [
            ("Conclusion of the Integration Council", "The next meeting will be held on 5 December 2023."),
        ]),
    ],
    "secrets": ["The Haddad family", "apartment at Skolebakken 7, 2nd floor", "rent arrears of DKK 14,900"],
    "question": "is the language cafe at the library going to continue and can I come on a saturday",
    "cite_punkt": 2,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    b = []
    a = b.append
    a('<text:p text:style-name="Small">Lærkedal Municipality<text:tab/>Department of Employment and Integration</text:p>')
    a('<text:h text:outline-level="1">Integration Council</text:h>')
    a('<text:p text:style-name="Lead">Minutes of the meeting on Tuesday 10 October 2023, 17:00-19:00, Meeting Room 3, Lærkedal Town Hall</text:p>')
    a('<table:table table:name="Attendance"><table:table-column table:number-columns-repeated="3"/>')
    a('<table:table-row><table:table-cell><text:p><text:span text:style-name="B">Name</text:span></text:p></table:table-cell>'
      '<table:table-cell><text:p><text:span text:style-name="B">Represents</text:span></text:p></table:table-cell>'
      '<table:table-cell><text:p><text:span text:style-name="B">Present</text:span></text:p></table:table-cell></table:table-row>')
    for n, r, pr in (("Amina Yusuf (chair)", "Elected by residents", "Yes"), ("Jesper Holm", "City Council", "Yes"),
                     ("Olena Bondar", "Elected by residents", "Yes"), ("Kim Sandvad", "Lærkedal Sports Federation", "No"),
                     ("Rahel Tesfay", "Elected by residents", "Yes")):
        a('<table:table-row>' + "".join('<table:table-cell><text:p>%s</text:p></table:table-cell>' % xesc(v) for v in (n, r, pr)) + '</table:table-row>')
    a('</table:table>')
    a('<text:p/>')
    for p in m["points"]:
        a('<text:p text:style-name="Small">Item %d</text:p>' % p["n"])
        a('<text:h text:outline-level="2">%s</text:h>' % xesc(p["title"]))
        if p["case"]:
            a('<text:p text:style-name="Small">Case ref.<text:s/>%s</text:p>' % p["case"])
        if p["closed"]:
            a('<text:p text:style-name="Closed">%s</text:p>' % xesc(p["mark"]))
        for label, body in p["sections"]:
            a('<text:p text:style-name="Label">%s</text:p>' % xesc(label))
            for para in paras(body):
                a('<text:p>%s</text:p>' % xesc(para))
    a('<text:p/>')
    a('<text:p>Minutes taken by Birgit Lauritzen, secretary to the Integration Council.</text:p>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Closed" style:family="paragraph"><style:paragraph-properties fo:background-color="#e0e0e0"/>'
               '<style:text-properties fo:font-style="italic"/></style:style>'
               '<style:style style:name="Label" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
               '<style:style style:name="Lead" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>'
               '</office:automatic-styles><office:body><office:text>\n%s\n</office:text></office:body></office:document-content>\n'
               % (NS, "\n".join(b)))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<dc:title>Integration Council - minutes 10 October 2023</dc:title>'
            '<meta:creation-date>2023-10-11T08:30:00</meta:creation-date>'
            '<meta:generator>LibreOffice/7.5</meta:generator></office:meta></office:document-meta>\n' % NS)
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"><office:styles/>'
              '</office:document-styles>\n' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False)], (2023, 10, 11, 8, 30, 0))


# ---------------------------------------------------------------------------
# 09  Tangholm Kommune - Børne- og Skoleudvalget (intranet wiki page in
#     Markdown: facts as a pipe table, a linked contents list, "### Sag 61:"
#     headings, a task-list check box "- [x] Lukket punkt", one closed point
#     published with its title only, KLE journal numbers, an economy table)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_tangholm_boerne-og-skoleudvalget_2020.md",
    "board": "Børne- og Skoleudvalget",
    "date": "2020-08-17",
    "kind": "referat",
    "points": [
        P(61, "Godkendelse af dagsorden", "00.01.00-A00-12-20", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(62, "Genåbning af skolerne efter sommerferien - retningslinjer", "17.01.00-A00-3-20", False, [
            ("Sagsfremstilling",
             "Skolerne starter igen den 10. august med fuld undervisning. Eleverne er opdelt i faste grupper på årgangsniveau, som holder frikvarter på hver sin del af skolegården. "
             "Der er ikke krav om afstand inden for en årgang, men der er krav om håndvask ved ankomst, før spisning og efter frikvarter.\n\n"
             "Forældre må ikke komme ind på skolen i de første fire uger. Skole-hjem-samtaler holdes over telefon eller video."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
            ("Beslutning", "Taget til efterretning. Udvalget ønsker en ny status på mødet i oktober."),
        ]),
        P(63, "Ny skolebusrute mellem Nørre Tang og Tangholm Skole", "17.02.00-G01-4-20", False, [
            ("Sagsfremstilling",
             "Efter lukningen af Nørre Tang Skole skal 34 elever køres til Tangholm Skole. Den nye rute kører fra Nørre Tang Kirke kl. 7.32 og er ved skolen kl. 7.55. "
             "Hjemkørsel er kl. 13.15 og 15.10."),
            ("Beslutning", "Godkendt."),
        ]),
        P(64, "Personalesag - skoleleder", "81.03.00-G01-2-20", True, [], title_only=True),
        P(65, "Underretning om elev med ugyldigt fravær", "27.24.00-K07-9-20", True, [
            ("Sagsfremstilling",
             "Skolen har sendt en underretning om en elev med fravær på 41 procent i skoleåret 2019/20. Familierådgiver Gorm Ibsen har holdt møde med forældrene."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(66, "Kapacitet i dagtilbud 2021", "28.00.00-P20-6-20", False, [
            ("Sagsfremstilling",
             "Prognosen viser, at der i 2021 mangler 28 vuggestuepladser i Tangholm by, mens der er ledige pladser i landdistrikterne. "
             "Forvaltningen foreslår at åbne en midlertidig gruppe i pavillon ved Børnehuset Solsikken fra 1. marts 2021."),
            ("Økonomi", "TABLE"),
            ("Beslutning", "Anbefales over for Økonomiudvalget."),
        ], table=[("Post", "2021", "2022"), ("Leje af pavillon", "420.000 kr.", "420.000 kr."),
                  ("Personale", "1.150.000 kr.", "1.380.000 kr."), ("Forældrebetaling", "-310.000 kr.", "-370.000 kr.")]),
        P(67, "Meddelelser", None, False, [
            ("Beslutning", "Formanden orienterede om, at den nye legeplads ved Tangholm Skole er klar."),
        ]),
    ],
    "secrets": ["fravær på 41 procent", "Familierådgiver Gorm Ibsen"],
    "question": "skal børnene holde afstand til hinanden i frikvarteret når skolen starter igen",
    "cite_punkt": 62,
}


def render_09(m):
    x = []
    a = x.append
    a("**Tangholm Kommune** · Børn og Skole · Intranet")
    a("")
    a("# Referat: Børne- og Skoleudvalget")
    a("")
    a("| | |")
    a("|---|---|")
    for k, v in (("Mødedato", "Mandag 17.08.2020"), ("Tid", "15.00-17.30"), ("Sted", "Virtuelt møde (Teams)"),
                 ("Deltagere", "Bente Gade (A), formand · Rasmus Friis (V) · Zeynep Kaya (A) · Orla Nygaard (DF) · Hans Lund (V)"),
                 ("Fraværende", "-")):
        a("| **%s** | %s |" % (k, v))
    a("")
    a("## Indhold")
    a("")
    for p in m["points"]:
        a("- [Sag %d: %s](#sag-%d)" % (p["n"], p["title"], p["n"]))
    a("")
    a("---")
    for p in m["points"]:
        a("")
        a('### Sag %d: %s <a id="sag-%d"></a>' % (p["n"], p["title"], p["n"]))
        a("")
        a("- [%s] Lukket punkt" % ("x" if p["closed"] else " "))
        a("- Sagsnr.: `%s`" % p["case"] if p["case"] else "- Sagsnr.: -")
        a("")
        if p.get("title_only"):
            a("_Punktet er ikke offentligt._")
            continue
        for label, text in p["sections"]:
            a("**%s**" % label)
            a("")
            if text == "TABLE":
                t = p["table"]
                a("| " + " | ".join(t[0]) + " |")
                a("|" + "---|" * len(t[0]))
                for row in t[1:]:
                    a("| " + " | ".join(row) + " |")
                a("")
                continue
            for para in paras(text):
                a(para)
                a("")
    a("")
    a("---")
    a("")
    a("*Referent: Sekretariatet for Børn og Skole. Siden er sidst redigeret 19.08.2020.*")
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 10  Åkilde Kommune - Økonomiudvalget, dagsorden (XML export from a
#     politician portal: Danish element names, an offentlig="nej" attribute
#     plus a <Status> field on the closed point, case numbers like
#     S2025-00347, sections as <Afsnit overskrift="...">, attachments listed)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_aakilde_oekonomiudvalget_dagsorden_2025.xml",
    "board": "Økonomiudvalget",
    "date": "2025-02-04",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "S2025-00012", False, []),
        P(2, "Anlægsregnskab for Åkilde Svømmecenter", "S2022-01877", False, [
            ("Sagsfremstilling",
             "Ombygningen af svømmecentret er afsluttet. Bevillingen var 48,5 mio. kr., og forbruget blev 49,1 mio. kr. "
             "Merforbruget skyldes især udskiftning af ventilationen i omklædningsrummene, som viste sig at være i dårligere stand end forventet."),
            ("Indstilling", "Forvaltningen indstiller, at anlægsregnskabet godkendes, og at merforbruget på 0,6 mio. kr. finansieres af kassebeholdningen."),
        ]),
        P(3, "Låneoptag til klimatilpasning i Åkilde by", "S2024-03390", False, [
            ("Sagsfremstilling",
             "Kommunen kan låne til klimatilpasningsprojekter. Det foreslås at optage et lån på 12 mio. kr. med en løbetid på 25 år til regnvandsbassinerne ved Kildeparken."),
            ("Økonomi", "Den årlige ydelse er ca. 560.000 kr."),
            ("Indstilling", "Forvaltningen indstiller, at Økonomiudvalget anbefaler låneoptaget over for Byrådet."),
        ]),
        P(4, "Huslejeregulering for kommunens ældreboliger 2025", "S2024-04120", False, [
            ("Sagsfremstilling",
             "Driftsbudgetterne for de 212 kommunale ældreboliger viser stigende udgifter til forsikring og vedligeholdelse. "
             "Det foreslås, at huslejen stiger med 2,1 procent fra 1. april 2025. For en typisk bolig på 67 m2 svarer det til 98 kr. mere om måneden. "
             "Beboerne i Egeparken får ingen stigning, fordi der her er overskud fra tidligere år."),
            ("Indstilling", "Forvaltningen indstiller, at huslejestigningen godkendes, og at beboerne varsles senest 1. marts 2025."),
            ("Bilag", "Driftsbudgetter 2025 for ældreboligerne; Høringssvar fra Ældrerådet"),
        ]),
        P(5, "Erstatningssag efter vandskade på Åkilde Rådhus", "S2024-02915", True, [
            ("Sagsfremstilling",
             "Totalentreprenør Vibe & Krogh A/S afviser ansvar for vandskaden i kælderen fra september 2024. Kommunens krav på 2,84 mio. kr. er afvist."),
            ("Indstilling", "Forvaltningen indstiller, at der anmodes om syn og skøn ved ingeniør Lotte Brammer."),
        ], mark="Lukket"),
        P(6, "Orientering om likviditet pr. 31. december 2024", "S2025-00044", False, [
            ("Sagsfremstilling",
             "Den gennemsnitlige likviditet efter kassekreditreglen var 186 mio. kr. i 2024. Det svarer til ca. 9.400 kr. pr. indbygger."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ]),
        P(7, "Eventuelt", None, False, []),
    ],
    "secrets": ["Totalentreprenør Vibe & Krogh A/S", "krav på 2,84 mio. kr.", "syn og skøn ved ingeniør Lotte Brammer"],
    "question": "hvor meget stiger huslejen i ældreboligerne i åkilde fra april",
    "cite_punkt": 4,
}


def render_10(m):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<Eksport system="Politikerportal" version="4.2" genereret="2025-01-28T14:02:11">')
    a(' <Moede id="OEU-2025-02">')
    a('  <Kommune>Åkilde Kommune</Kommune>')
    a('  <Udvalg>Økonomiudvalget</Udvalg>')
    a('  <Dokumenttype>Dagsorden</Dokumenttype>')
    a('  <Dato>2025-02-04</Dato>')
    a('  <Tidspunkt start="08:00" slut="10:00"/>')
    a('  <Sted>Borgmesterens mødelokale, Åkilde Rådhus</Sted>')
    a('  <Medlemmer>')
    for n, parti in (("Troels Hjorth", "A"), ("Maiken Sloth", "V"), ("Bilal Karimi", "A"), ("Anne-Sofie Bruhn", "C"),
                     ("Jens Erik Tang", "O"), ("Line Holberg", "F"), ("Per Kramme", "V")):
        a('   <Medlem parti=%s>%s</Medlem>' % (quoteattr(parti), xesc(n)))
    a('  </Medlemmer>')
    a('  <Punkter>')
    for p in m["points"]:
        a('   <Punkt loebenr="%d" offentlig="%s">' % (p["n"], "nej" if p["closed"] else "ja"))
        a('    <Titel>%s</Titel>' % xesc(p["title"]))
        if p["case"]:
            a('    <Sagsnummer>%s</Sagsnummer>' % p["case"])
        if p["closed"]:
            a('    <Status>%s</Status>' % xesc(p["mark"]))
        for label, text in p["sections"]:
            a('    <Afsnit overskrift=%s>' % quoteattr(label))
            for para in paras(text):
                a('     <Tekst>%s</Tekst>' % xesc(para))
            a('    </Afsnit>')
        a('   </Punkt>')
    a('  </Punkter>')
    a(' </Moede>')
    a('</Eksport>')
    return "\n".join(x) + "\n"


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
