#!/usr/bin/env python3
"""Generate the ten invented meeting documents of layouts_blind73 and their expected.json.

Every municipality, board, person, firm, address, amount and sentence below is invented for
this test set.  The script is deterministic: two runs give byte-identical files.
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
from xml.sax.saxutils import escape as xesc
from xml.sax.saxutils import quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
ZIPTIME = (2024, 6, 3, 9, 30, 0)


def P(n, title, case, closed, sections, **extra):
    """One agenda point; `sections` is a list of (label, text), paragraphs split on blank lines."""
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}
    d.update(extra)
    return d


def paras(text):
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def zip_fixed(entries):
    """Zip archive with fixed timestamps; entries = [(name, bytes, stored)]."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# =============================================================================================
# 01  Hyldebæk Kommune - Kultur- og Fritidsudvalget - referat - agenda portal page (.html)
# =============================================================================================
M01 = {
    "file": "01_hyldebaek_kultur-og-fritidsudvalget_2024.html",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2024-03-04",
    "kind": "referat",
    "points": [
        P(45, "Godkendelse af dagsorden", "330-2024-0912", False, [
            ("Beslutning", "Godkendt. Punkt 50 blev behandlet før punkt 48."),
        ]),
        P(46, "Lokaletilskud til foreninger 2024 - ny fordelingsnøgle", "330-2023-7741", False, [
            ("Resume", "Udvalget besluttede i oktober 2023, at lokaletilskuddet fremover skal holdes inden "
                       "for en fast ramme på 3,4 mio. kr. om året. Forvaltningen fremlægger en ny "
                       "fordelingsnøgle."),
            ("Sagsfremstilling", "Efter den hidtidige model fik alle foreninger dækket 75 pct. af de "
                                 "godkendte lokaleudgifter. Med den nye nøgle får foreninger, hvor mindst "
                                 "halvdelen af medlemmerne er under 25 år, dækket 80 pct., mens øvrige "
                                 "foreninger får dækket 60 pct.\n\n"
                                 "Seks foreninger får et lavere tilskud end i 2023. Den største nedgang "
                                 "rammer Hyldebæk Skytteforening, som mister ca. 21.000 kr. om året."),
            ("Økonomi", "Den nye nøgle holder sig inden for rammen på 3,4 mio. kr."),
            ("Indstilling", "Kultur og Fritid indstiller, at den nye fordelingsnøgle godkendes med "
                            "virkning fra 1. april 2024."),
            ("Beslutning", "Godkendt. Udvalget ønsker en evaluering efter det første år.\n\n"
                           "Jonna Fabricius (Ø) stemte imod og ønskede at fastholde 75 pct. til alle "
                           "foreninger."),
        ]),
        P(47, "Åbningstider på Hyldebæk Bibliotek i sommerferien", "330-2024-1187", False, [
            ("Resume", "Biblioteket har de seneste somre haft personale kl. 10-17 på hverdage i uge 28-31. "
                       "Forvaltningen foreslår en ny ordning for sommeren 2024."),
            ("Sagsfremstilling", "Besøgstallet i de fire sommeruger lå i 2023 omkring 40 pct. under "
                                 "niveauet i resten af året. Forvaltningen foreslår derfor, at der kun er "
                                 "personale kl. 12-16 på hverdage i uge 28-31, og at lørdagsåbningen med "
                                 "personale bortfalder i de fire uger.\n\n"
                                 "Det selvbetjente bibliotek holder åbent kl. 7-22 alle ugens dage, også "
                                 "lørdag og søndag. Sommerlæsekampagnen for børn, Læsehulen, gennemføres "
                                 "som hidtil, og bøger kan afleveres døgnet rundt i afleveringsautomaten."),
            ("Økonomi", "Ordningen frigør ca. 160 personaletimer, som bruges på udvidet åbningstid i "
                        "efterårsferien."),
            ("Indstilling", "Kultur og Fritid indstiller, at sommeråbningstiderne godkendes."),
            ("Beslutning", "Godkendt med den ændring, at der også er personale lørdag kl. 10-13 i uge 28 "
                           "og uge 31."),
        ]),
        P(48, "Salg af Spejderhytten ved Krogsø", "330-2023-6650", True, [
            ("Sagsfremstilling", "Efter offentligt udbud er der kommet tre bud på den tidligere "
                                 "spejderhytte. Det højeste bud er afgivet af Trinitas Bolig ApS og lyder "
                                 "på 2.185.000 kr. Buddet er betinget af, at ejendommen Krogsøvej 118 kan "
                                 "tages i brug som helårsbolig."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget anbefaler Økonomiudvalget at antage det "
                            "højeste bud."),
            ("Beslutning", "Anbefales."),
        ]),
        P(49, "Tilskud til vinterbadeklub ved Nordstranden", "330-2024-0431", False, [
            ("Resume", "Vinterbadeklubben Isbjørnene søger 150.000 kr. til en ny mobil sauna på "
                       "Nordstranden. Klubben har 230 medlemmer og en venteliste på 90 personer."),
            ("Sagsfremstilling", "Saunaen skal stå ved badebroen fra 1. oktober til 30. april og kan "
                                 "bookes af andre foreninger to aftener om ugen. Klubben stiller selv med "
                                 "frivillige til opsyn og rengøring. Kystdirektoratet har givet "
                                 "tilladelse til placeringen."),
            ("Økonomi", "Der er 212.000 kr. tilbage i Kultur- og fritidspuljen 2024."),
            ("Indstilling", "Forvaltningen indstiller, at der bevilges 90.000 kr. fra puljen."),
            ("Beslutning", "Der bevilges 90.000 kr. som indstillet. Klubben opfordres til at søge fonde "
                           "om resten."),
        ]),
        P(50, "Kulturpris 2024 - indstilling af modtager", "330-2024-1402", True, [
            ("Sagsfremstilling", "Bedømmelsesudvalget peger enstemmigt på Asta Brøndsted Krag for "
                                 "hendes arbejde med keramikværkstedet i Lille Tofte. Prisen er på "
                                 "25.000 kr. og offentliggøres ved overrækkelsen."),
            ("Beslutning", "Udvalget tiltrådte bedømmelsesudvalgets indstilling."),
        ]),
        P(51, "Meddelelser", "330-2024-0912", False, [
            ("Beslutning", "Formanden orienterede om, at udvalget holder temamøde om kulturstrategien "
                           "den 15. april 2024.\n\nForvaltningen orienterede om, at der åbnes for "
                           "ansøgninger til Fritidspuljen den 1. maj 2024."),
        ]),
    ],
    "secrets": ["Trinitas Bolig ApS", "2.185.000 kr.", "Krogsøvej 118", "Asta Brøndsted Krag",
                "keramikværkstedet i Lille Tofte"],
    "question": "er der nogen på biblioteket i hyldebæk om lørdagen i sommerferien, eller er det kun selvbetjening",
    "cite_punkt": 47,
}


def render_01(m):
    date_txt = "mandag den 4. marts 2024"
    out = [
        "<!DOCTYPE html>", '<html lang="da">', "<head>", '<meta charset="utf-8">',
        "<title>Referat - Kultur- og Fritidsudvalget 04.03.2024 | Hyldebæk Kommune</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<style>.badge{background:#8a1c1c;color:#fff;padding:2px 6px;border-radius:3px;font-size:.8em}"
        ".caseno{color:#555}.decision{border-left:4px solid #2a6f3e;padding-left:1em}</style>",
        '<script>window.dataLayer=window.dataLayer||[];function consent(){return "Accepter alle cookies";}'
        "</script>",
        "</head>", "<body>",
        '<div id="cookiebar" role="dialog"><p>Vi bruger cookies til statistik. '
        '<button>Accepter</button> <button>Kun nødvendige</button></p></div>',
        '<header class="site"><a href="/">Hyldebæk Kommune</a>'
        '<nav><ul><li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li>'
        '<li><a href="/politik">Politik</a></li></ul></nav></header>',
        '<nav class="breadcrumb" aria-label="Brødkrumme"><ol>'
        '<li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li>'
        '<li><a href="/politik/moeder">Dagsordener og referater</a></li>'
        "<li>Kultur- og Fritidsudvalget</li></ol></nav>",
        "<main>",
        "<h1>Kultur- og Fritidsudvalget - Referat</h1>",
        '<dl class="meeting-meta">',
        "<dt>Mødedato</dt><dd>%s kl. 16.30</dd>" % date_txt,
        "<dt>Mødested</dt><dd>Hyldebæk Rådhus, mødelokale Ågården</dd>",
        "<dt>Medlemmer</dt><dd>Per Vestergaard Bonde (A), formand; Karina Holt (V); Jonna Fabricius (Ø); "
        "Rasmus Lind (C); Mie Sandager (A)</dd>",
        "<dt>Fraværende</dt><dd>Ingen</dd>",
        "<dt>Status</dt><dd>Referat godkendt 05.03.2024</dd>",
        "</dl>",
        '<p><a href="/media/kfu-2024-03-04-samlet.pdf">Hent hele referatet som PDF</a> (1,2 MB)</p>',
        '<section class="toc"><h2>Punkter på dagsordenen</h2><ol>',
    ]
    for p in m["points"]:
        lock = ' <span class="badge">Lukket</span>' if p["closed"] else ""
        out.append('<li><a href="#pkt%d">Pkt. %d %s</a>%s</li>' % (p["n"], p["n"], escape(p["title"]), lock))
    out.append("</ol></section>")
    for p in m["points"]:
        out.append('<article class="agendaitem" id="pkt%d" data-access="%s">'
                   % (p["n"], "closed" if p["closed"] else "open"))
        badge = ' <span class="badge">Lukket punkt</span>' if p["closed"] else ""
        out.append('<h2><span class="itemno">Pkt. %d</span> %s%s</h2>' % (p["n"], escape(p["title"]), badge))
        out.append('<p class="caseno">Sagsnr.: %s</p>' % p["case"])
        if p["closed"]:
            out.append('<p class="notice">Punktet er behandlet for lukkede døre.</p>')
        for label, text in p["sections"]:
            if label == "Beslutning":
                out.append('<div class="decision"><h3>Beslutning</h3>')
                out.append('<p class="decision-meta">Kultur- og Fritidsudvalget 04-03-2024:</p>')
                for x in paras(text):
                    out.append("<p>%s</p>" % escape(x))
                out.append("</div>")
            else:
                out.append("<h3>%s</h3>" % escape(label))
                for x in paras(text):
                    out.append("<p>%s</p>" % escape(x))
        out.append('<p class="share"><a href="#top">Til toppen</a> · <a href="/print?pkt=%d">Print punkt</a></p>'
                   % p["n"])
        out.append("</article>")
    out += ["</main>",
            '<footer><p>Hyldebæk Kommune · Torvet 1 · 4999 Hyldebæk · Telefon 70 00 00 00</p>'
            "<p>Siden er sidst opdateret 05.03.2024</p></footer>",
            "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# =============================================================================================
# 02  Bøgekær Kommune - Social- og Sundhedsudvalget - referat - old export (.htm, iso-8859-1)
# =============================================================================================
M02 = {
    "file": "02_boegekaer_social-og-sundhedsudvalget_2011.htm",
    "board": "Social- og Sundhedsudvalget",
    "date": "2011-10-05",
    "kind": "referat",
    "points": [
        P(81, "Meddelelser", "11/0102", False, [
            ("Sagsfremstilling", "a) Sundhedsplejen flytter den 1. november 2011 fra Rådhuset til "
                                 "Sundhedshuset på Vænget.\n\nb) Antallet af visiterede timer til praktisk "
                                 "hjælp faldt med 4 pct. i 1. halvår 2011."),
            ("Udvalgets beslutning den 05.10.2011", "Taget til efterretning."),
        ]),
        P(82, "Kvalitetsstandard for praktisk hjælp 2012", "11/1967", False, [
            ("Sagsfremstilling", "Kvalitetsstandarden skal efter serviceloven revideres én gang om året. "
                                 "Forvaltningen foreslår, at rengøring for borgere, der selv kan klare "
                                 "lettere opgaver, fremover gives hver 3. uge i stedet for hver 2. uge. "
                                 "Tøjvask og indkøb er uændret."),
            ("Høring", "Ældrerådet og Handicaprådet har afgivet høringssvar. Ældrerådet kan ikke anbefale "
                       "ændringen af rengøringsintervallet."),
            ("Økonomiske konsekvenser", "Ændringen forventes at give en besparelse på 1,6 mio. kr. årligt."),
            ("Indstilling", "Forvaltningen indstiller, at kvalitetsstandarden anbefales over for Byrådet."),
            ("Udvalgets beslutning den 05.10.2011", "Anbefales, idet ændringen af rengøringsintervallet dog "
                                                    "først træder i kraft 1. april 2012.\n\nImran Sadiq (F) "
                                                    "stemte imod."),
        ]),
        P(83, "Takster for madudbringning 2012", "11/2273", False, [
            ("Sagsfremstilling", "Taksterne for mad til hjemmeboende pensionister reguleres hvert år. "
                                 "Prisen for en hovedret med udbringning stiger fra 48 kr. til 51 kr. pr. "
                                 "portion fra 1. januar 2012. En biret koster fortsat 12 kr. Udbringning "
                                 "sker fortsat alle ugens dage mellem kl. 10.30 og 12.30."),
            ("Økonomiske konsekvenser", "Taksten svarer til den lovbestemte maksimale egenbetaling."),
            ("Indstilling", "Forvaltningen indstiller, at taksterne godkendes."),
            ("Udvalgets beslutning den 05.10.2011", "Godkendt."),
        ]),
        P(84, "Klage over afslag på plejebolig", "11/2301", True, [
            ("Sagsfremstilling", "Jens Otto Rask, Lærkevænget 7, st. th., har klaget over visitationens "
                                 "afslag på en plejebolig. Visitationen har genvurderet sagen og fastholder "
                                 "afslaget."),
            ("Udvalgets beslutning den 05.10.2011", "Afslaget fastholdes, og klagen sendes videre til "
                                                    "Ankestyrelsen."),
        ]),
        P(85, "Ombygning af dagcentret Kastanjen", "11/1820", False, [
            ("Sagsfremstilling", "Dagcentret Kastanjen har siden 2009 haft flere brugere med demens, end "
                                 "huset er indrettet til. Forvaltningen foreslår, at den gamle kantine "
                                 "bygges om til et skærmet opholdsrum med egen have. Arbejdet kan udføres "
                                 "fra februar til maj 2012."),
            ("Økonomiske konsekvenser", "Ombygningen koster 1,2 mio. kr. og finansieres af det afsatte "
                                        "rådighedsbeløb til ældreområdet."),
            ("Indstilling", "Forvaltningen indstiller, at der gives anlægsbevilling på 1,2 mio. kr."),
            ("Udvalgets beslutning den 05.10.2011", "Anbefales over for Økonomiudvalget og Byrådet."),
        ]),
        P(86, "Eventuelt", "11/0102", False, [
            ("Udvalgets beslutning den 05.10.2011", "Intet."),
        ]),
    ],
    "secrets": ["Jens Otto Rask", "Lærkevænget 7, st. th."],
    "question": "hvad koster det at faa mad bragt ud i bøgekær i 2012",
    "cite_punkt": 83,
}


def render_02(m):
    out = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<HTML>", "<HEAD>",
        '<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        '<META name="GENERATOR" content="Dagsordensmodul 3.1 - HTML-eksport">',
        "<TITLE>Social- og Sundhedsudvalget - Referat 05-10-2011</TITLE>",
        "</HEAD>",
        '<BODY bgcolor="#FFFFFF">',
        '<TABLE width="640" border="0" cellpadding="2">',
        '<TR><TD colspan="2"><FONT face="Arial" size="2">BØGEKÆR KOMMUNE</FONT></TD></TR>',
        '<TR><TD colspan="2"><FONT face="Arial" size="5"><B>REFERAT</B></FONT></TD></TR>',
        '<TR><TD width="120"><FONT face="Arial" size="2">Udvalg:</FONT></TD>'
        '<TD><FONT face="Arial" size="2">Social- og Sundhedsudvalget</FONT></TD></TR>',
        '<TR><TD><FONT face="Arial" size="2">Mødedato:</FONT></TD>'
        '<TD><FONT face="Arial" size="2">05.10.2011 kl. 15:00</FONT></TD></TR>',
        '<TR><TD><FONT face="Arial" size="2">Mødested:</FONT></TD>'
        '<TD><FONT face="Arial" size="2">Mødelokale 2, Rådhuset</FONT></TD></TR>',
        '<TR><TD><FONT face="Arial" size="2">Fraværende:</FONT></TD>'
        '<TD><FONT face="Arial" size="2">Kaj Mørup (A)</FONT></TD></TR>',
        "</TABLE>",
        "<HR>",
        '<P><FONT face="Arial" size="2"><B>Indholdsfortegnelse</B></FONT></P>',
        '<TABLE width="640" border="0">',
    ]
    for p in m["points"]:
        t = p["title"] + (" (lukket)" if p["closed"] else "")
        out.append('<TR><TD width="60"><FONT face="Arial" size="2">&sect; %d</FONT></TD>'
                   '<TD><FONT face="Arial" size="2">%s</FONT></TD></TR>' % (p["n"], escape(t)))
    out.append("</TABLE>")
    for p in m["points"]:
        out.append("<HR>")
        out.append('<TABLE width="640" border="0" cellpadding="2">')
        t = p["title"] + (" (lukket)" if p["closed"] else "")
        out.append('<TR><TD width="60" valign="top"><FONT face="Arial" size="3"><B>&sect; %d</B></FONT></TD>'
                   '<TD><FONT face="Arial" size="3"><B>%s</B></FONT></TD></TR>' % (p["n"], escape(t)))
        out.append('<TR><TD></TD><TD><FONT face="Arial" size="1">Sag nr.: %s</FONT></TD></TR>' % p["case"])
        out.append("</TABLE>")
        for label, text in p["sections"]:
            out.append('<P><FONT face="Arial" size="2"><B><U>%s:</U></B></FONT></P>' % escape(label))
            for x in paras(text):
                out.append('<P><FONT face="Arial" size="2">%s</FONT></P>' % escape(x))
    out += ["<HR>", '<P><FONT face="Arial" size="1">Mødet hævet kl. 17:10. Udskrevet 07.10.2011.</FONT></P>',
            "</BODY>", "</HTML>", ""]
    return "\r\n".join(out).encode("iso-8859-1", errors="xmlcharrefreplace")


# =============================================================================================
# 03  Skærbølle Kommune - Plan- og Boligudvalget - referat - Word with tables (.docx)
# =============================================================================================
M03 = {
    "file": "03_skaerbolle_plan-og-boligudvalget_2024.docx",
    "board": "Plan- og Boligudvalget",
    "date": "2024-05-21",
    "kind": "referat",
    "points": [
        P(31, "Godkendelse af dagsorden", "00.01.00-A00-12-24", False, [
            ("PBU's beslutning 21.05.2024", "Godkendt."),
        ], handler="BLS"),
        P(32, "Lokalplan 1.47 for boliger ved Engtoften - endelig vedtagelse", "01.02.05-P16-2-24", False, [
            ("Resumé", "Lokalplanen giver mulighed for 46 rækkehuse og 12 parcelhuse på den tidligere "
                       "gartnerigrund ved Engtoften. Bebyggelsen må højst være i 1½ etage. Forslaget har "
                       "været i offentlig høring i 8 uger."),
            ("Sagsfremstilling", "Der er kommet 5 høringssvar. De fleste handler om trafikken på "
                                 "Engtoftevej, og om at stien til skolen skal krydse den nye boligvej.\n\n"
                                 "Administrationen foreslår, at vejadgangen flyttes 40 meter mod øst, så "
                                 "skolestien kan føres i en tunnel under boligvejen. Ændringen kræver ikke "
                                 "ny høring."),
            ("Indstilling", "Administrationen indstiller, at udvalget anbefaler Byrådet at vedtage "
                            "lokalplan 1.47 endeligt med den beskrevne ændring."),
            ("PBU's beslutning 21.05.2024", "Anbefales. Udvalget ønsker en trafiktælling på Engtoftevej et "
                                            "år efter de første indflytninger."),
        ], handler="KMJ"),
        P(33, "Dispensation fra lokalplan til carport - enkeltsag", "02.34.02-G01-88-24", True, [
            ("Sagsfremstilling", "Ejeren af matr.nr. 23k Skærbølle Overby, Ole Gadegaard Winther, har "
                                 "opført en carport 1,4 meter fra skel uden tilladelse. Naboen har gjort "
                                 "indsigelse."),
            ("Indstilling", "Administrationen indstiller, at der ikke gives dispensation."),
            ("PBU's beslutning 21.05.2024", "Dispensation gives ikke. Forholdet skal være lovliggjort "
                                            "senest 1. oktober 2024."),
        ], handler="TRH"),
        P(34, "Pulje til nedrivning af faldefærdige huse 2024", "02.00.00-Ø00-3-24", False, [
            ("Resumé", "Skærbølle Kommune har fået tilsagn om 1,35 mio. kr. fra den statslige "
                       "nedrivningspulje. Kommunen skal selv finansiere 40 pct."),
            ("Sagsfremstilling", "Der er kommet 11 ansøgninger fra ejere af tomme og nedslidte huse i "
                                 "landsbyerne. Administrationen foreslår, at de 7 ejendomme, der ligger "
                                 "tættest på skoler og busstoppesteder, prioriteres først. Nedrivningerne "
                                 "skal være gennemført inden udgangen af 2025."),
            ("Økonomi", "TABLE"),
            ("Indstilling", "Administrationen indstiller, at prioriteringen godkendes."),
            ("PBU's beslutning 21.05.2024", "Godkendt. De 4 ansøgere, der ikke kommer med i år, opfordres "
                                            "til at søge igen i 2025."),
        ], handler="BLS", table=[("Finansiering", "Beløb"), ("Statslig nedrivningspulje", "1.350.000 kr."),
                                  ("Kommunal medfinansiering (40 pct.)", "900.000 kr."),
                                  ("Samlet ramme 2024", "2.250.000 kr.")]),
        P(35, "Forkøbsret til grund ved Stationsvej", "01.11.00-G01-4-24", True, [
            ("Sagsfremstilling", "Skovsgaard & Melchior Ejendomme A/S har tilbudt kommunen at købe "
                                 "grunden for 1.947.500 kr., inden den sættes til salg på det åbne marked."),
            ("Indstilling", "Administrationen indstiller, at tilbuddet afslås."),
            ("PBU's beslutning 21.05.2024", "Udvalget anbefaler Økonomiudvalget at afslå tilbuddet."),
        ], handler="KMJ"),
        P(36, "Orientering", "00.01.00-A00-12-24", False, [
            ("Sagsfremstilling", "Den gennemsnitlige sagsbehandlingstid på byggesager var 38 dage i 1. "
                                 "kvartal 2024 mod 51 dage i samme periode sidste år."),
            ("PBU's beslutning 21.05.2024", "Taget til orientering."),
        ], handler="BLS"),
    ],
    "secrets": ["matr.nr. 23k Skærbølle Overby", "Ole Gadegaard Winther", "Skovsgaard & Melchior Ejendomme A/S",
                "1.947.500 kr."],
    "question": "hvor mange huse må de bygge på den gamle gartnerigrund ved engtoften",
    "cite_punkt": 32,
}


def render_03(m):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 5, 22, 7, 45, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Plan og Byg"
    cp.last_modified_by = "Plan og Byg"
    cp.title = "Referat PBU 21.05.2024"
    cp.revision = 7
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skærbølle Kommune  |  Plan- og Boligudvalget  |  Referat"
    sec.footer.paragraphs[0].text = "Referat offentliggjort 23.05.2024"

    def para(text, bold=False, size=None, italic=False, color=None, align=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if align is not None:
            p.alignment = align
        return p

    para("Referat", bold=True, size=24)
    para("Plan- og Boligudvalget", bold=True, size=14)
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Mødedato", "Tirsdag 21. maj 2024"), ("Tidspunkt", "Kl. 8.00 - 10.15"),
                 ("Mødested", "Skærbølle Rådhus, lokale 1.12"),
                 ("Medlemmer", "Lise Tornøe (V), formand; Anders Bjerregaard (A); Hanne Vinding (SF); "
                               "Mogens Eskildsen (DF); Camilla Rye (K)"),
                 ("Fraværende", "Mogens Eskildsen (DF)")]:
        row = info.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
    para("")
    para("Indhold", bold=True, size=12)
    for p in m["points"]:
        para("PBU %d/2024  %s" % (p["n"], p["title"]))
    for p in m["points"]:
        para("")
        para("PBU %d/2024  %s" % (p["n"], p["title"]), bold=True, size=13, color=(0x1F, 0x3A, 0x5F))
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Sagsnr."
        t.cell(0, 1).text = p["case"]
        t.cell(1, 0).text = "Sagsbehandler"
        t.cell(1, 1).text = p["handler"]
        t.cell(2, 0).text = "Behandling"
        t.cell(2, 1).text = "☒ Lukket   ☐ Åben" if p["closed"] else "☐ Lukket   ☒ Åben"
        for label, text in p["sections"]:
            para(label, bold=True)
            if text == "TABLE":
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for a, b in p["table"]:
                    row = tb.add_row()
                    row.cells[0].text = a
                    row.cells[1].text = b
                continue
            for x in paras(text):
                para(x)
    para("")
    para("Mødet sluttede kl. 10.15", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    buf = io.BytesIO()
    d.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return zip_fixed([(n, z.read(n), False) for n in z.namelist()])


# =============================================================================================
# 04  Mølleskov Kommune - Erhvervs- og Beskæftigelsesudvalget - referat - text PDF
# =============================================================================================
M04 = {
    "file": "04_moelleskov_erhvervs-og-beskaeftigelsesudvalget_2019.pdf",
    "board": "Erhvervs- og Beskæftigelsesudvalget",
    "date": "2019-11-12",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2019-000031", False, [
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019", "Godkendt."),
        ]),
        P(2, "Ledighedsudvikling 3. kvartal 2019", "2019-004217", False, [
            ("Sagsfremstilling", "Bruttoledigheden i Mølleskov Kommune var 3,1 pct. i september 2019, "
                                 "svarende til 612 fuldtidspersoner. Det er 0,3 procentpoint lavere end på "
                                 "samme tid sidste år. Ledigheden blandt unge under 30 år er steget en "
                                 "smule, mens langtidsledigheden fortsat falder.\n\n"
                                 "Antallet af borgere på sygedagpenge er uændret, men flere forløb varer nu "
                                 "over 22 uger. Jobcentret har derfor styrket den tidlige opfølgning."),
            ("Indstilling", "Jobcentret indstiller, at orienteringen tages til efterretning."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019",
             "Taget til efterretning. Udvalget ønsker at følge udviklingen for de unge særskilt."),
        ]),
        P(3, "Sommerjob-ordning for unge 15-17 år - evaluering", "2019-003390", False, [
            ("Sagsfremstilling", "Sommeren 2019 var første år med ordningen. 84 unge fik et sommerjob hos "
                                 "37 virksomheder, heraf 22 i detailhandlen og 9 i landbruget. Kommunen "
                                 "betalte halvdelen af lønnen i op til tre uger pr. ung.\n\n"
                                 "I en spørgeskemaundersøgelse svarede 71 af de unge, at de gerne vil have "
                                 "job hos samme virksomhed igen. Flere virksomheder efterlyste en tidligere "
                                 "ansøgningsfrist."),
            ("Økonomi", "Der var afsat 400.000 kr. Forbruget blev 318.500 kr."),
            ("Indstilling", "Jobcentret indstiller, at ordningen gøres permanent fra 2020, og at "
                            "ansøgningsfristen for de unge bliver 1. april."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019",
             "Godkendt som indstillet. Ungdomsskolen inddrages i markedsføringen over for de unge."),
        ]),
        P(4, "Resultatkontrakt med Mølleskov Erhvervsråd 2020-2021", "2019-004512", False, [
            ("Sagsfremstilling", "Erhvervsrådet modtager 2,6 mio. kr. om året for at yde gratis "
                                 "vejledning til iværksættere og mindre virksomheder. Den nye kontrakt "
                                 "indeholder mål om 150 vejledningsforløb om året og et særligt fokus på "
                                 "generationsskifte i landbruget."),
            ("Indstilling", "Forvaltningen indstiller, at kontrakten anbefales over for Økonomiudvalget."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019",
             "Anbefales. Erhvervsrådet inviteres til at fremlægge status på et møde i foråret 2020."),
        ]),
        P(5, "Tilbagebetalingskrav i sag om virksomhedspraktik", "2019-004788", True, [
            ("Sagsfremstilling", "Frandsen Maskinstation I/S har modtaget løntilskud for en periode, hvor "
                                 "den ledige ikke var i praktik. Jobcentret har opgjort et krav på "
                                 "213.640 kr."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019",
             "Kravet rejses som indstillet."),
        ]),
        P(6, "Opsigelse af lejemål for Jobcenter Vest", "2019-004790", True, [
            ("Sagsfremstilling", "Jobcenter Vest har til huse i lejemålet Industrivej Syd 14-16, som ejes "
                                 "af Klitgaard Erhvervsejendomme. Lejemålet kan opsiges med 9 måneders "
                                 "varsel."),
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019",
             "Anbefales over for Økonomiudvalget."),
        ]),
        P(7, "Eventuelt", "2019-000031", False, [
            ("Beslutning i Erhvervs- og Beskæftigelsesudvalget den 12. november 2019", "Intet."),
        ]),
    ],
    "secrets": ["Frandsen Maskinstation I/S", "213.640 kr.", "Industrivej Syd 14-16",
                "Klitgaard Erhvervsejendomme"],
    "question": "kan min datter paa 16 faa et sommerjob gennem kommunen i mølleskov naeste sommer og hvornaar skal hun soege",
    "cite_punkt": 3,
}


def _wrap(pdf, text, width, keep):
    """Break text into lines of at most `width`, never inside one of the phrases in `keep`."""
    glue = "\x00"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", glue))
    lines, cur = [], ""
    for w in text.split(" "):
        cand = (cur + " " + w) if cur else w
        if cur and pdf.get_string_width(cand.replace(glue, " ")) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [ln.replace(glue, " ") for ln in lines]


def render_04(m):
    from fpdf import FPDF
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]] + [m["board"]]

    class Doc(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Mølleskov Kommune · Erhvervs- og Beskæftigelsesudvalget · Referat 12.11.2019",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, 17, 190, 17)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")
            self.set_text_color(0, 0, 0)

    def build(toc):
        pdf = Doc(format="A4")
        pdf.set_margins(20, 20, 20)
        pdf.set_auto_page_break(True, 22)
        pdf.set_creation_date(datetime.datetime(2019, 11, 13, 8, 0, 0, tzinfo=datetime.timezone.utc))
        pdf.set_title("Referat Erhvervs- og Beskæftigelsesudvalget 12.11.2019")
        pdf.set_author("Mølleskov Kommune")
        pdf.set_creator("Dagsordensystem")
        pdf.set_producer("Dagsordensystem PDF")
        w = 170
        # cover
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 8, "MØLLESKOV KOMMUNE", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(30)
        pdf.set_font("Helvetica", "B", 26)
        pdf.cell(0, 14, "Referat", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 16)
        pdf.cell(0, 10, "Erhvervs- og Beskæftigelsesudvalget", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        pdf.set_font("Helvetica", "", 11)
        for k, v in [("Dato:", "Tirsdag den 12. november 2019"), ("Tid:", "Kl. 15.30 - 17.45"),
                     ("Sted:", "Mølleskov Rådhus, Udvalgsværelse 3"),
                     ("Fraværende:", "Signe Kjærsgaard (V)"),
                     ("Medlemmer:", "Torben Aagaard (A), formand, Signe Kjærsgaard (V), Bo Nyholm (O), "
                                    "Lene Friis (A), Kasper Dam (RV)")]:
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(30, 7, k)
            pdf.set_font("Helvetica", "", 11)
            for i, ln in enumerate(_wrap(pdf, v, w - 30, keep)):
                if i:
                    pdf.cell(30, 7, "")
                pdf.cell(w - 30, 7, ln, new_x="LMARGIN", new_y="NEXT")
        # table of contents
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, "Indholdsfortegnelse", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for p in m["points"]:
            label = "%d. %s" % (p["n"], p["title"])
            page = str(toc.get(p["n"], 0))
            dots = "." * max(3, int((w - pdf.get_string_width(label) - pdf.get_string_width(page) - 4)
                                    / pdf.get_string_width(".")))
            pdf.cell(0, 7, "%s %s %s" % (label, dots, page), new_x="LMARGIN", new_y="NEXT")
        seen = {}
        for p in m["points"]:
            pdf.add_page() if p["n"] == 1 else pdf.ln(6)
            if pdf.get_y() > 230:
                pdf.add_page()
            seen[p["n"]] = pdf.page_no()
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(0, 8, "%d. %s" % (p["n"], p["title"]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            pdf.cell(0, 5, "Sagsnr. %s" % p["case"], new_x="LMARGIN", new_y="NEXT")
            if p["closed"]:
                pdf.set_font("Helvetica", "B", 10)
                pdf.set_fill_color(225, 225, 225)
                pdf.cell(0, 7, "LUKKET SAG", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            for label, text in p["sections"]:
                pdf.set_font("Helvetica", "B", 11)
                for ln in _wrap(pdf, label, w, keep):
                    pdf.cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 11)
                for x in paras(text):
                    for ln in _wrap(pdf, x, w, keep):
                        pdf.cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(2)
        return pdf, seen

    pdf, seen = build({})
    pdf, seen2 = build(seen)
    assert seen == seen2
    return bytes(pdf.output())


# =============================================================================================
# 05  Grankilde Kommune - Handicaprådet - referat - scanned and OCR'ed plain text (.txt)
# =============================================================================================
M05 = {
    "file": "05_grankilde_handicapraadet_2016.txt",
    "board": "Handicaprådet",
    "date": "2016-09-08",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra 9. juni 2016", "16-0212", False, [
            ("Rådets bemærkninger", "Godkendt uden bemærkninger."),
        ]),
        P(2, "Tilgængelighed på Grankilde Station - elevator", "16-7904", False, [
            ("Sagsfremstilling", "Elevatoren til perron 2 har været ude af drift siden juli. Banedanmark "
                                 "har oplyst, at en ny elevator bliver sat op i uge 44-49. Indtil da kan "
                                 "kørestolsbrugere og gangbesværede bestille gratis kørsel med "
                                 "Handicapkørsel mellem Grankilde Station og Vedby Station, hvor der er "
                                 "niveaufri adgang. Kørslen bestilles senest to timer før på telefon "
                                 "72 34 56 00.\n\n"
                                 "Kommunen har bedt om, at der kommer skilte om ordningen på begge "
                                 "perroner."),
            ("Rådets bemærkninger", "Rådet er utilfreds med, at ordningen først blev kendt i august. Rådet "
                                    "beder om, at der også kan bestilles kørsel samme dag, og at "
                                    "ordningen omtales på kommunens hjemmeside."),
        ]),
        P(3, "Handicappolitik 2017-2020 - høringsudkast", "16-8110", False, [
            ("Sagsfremstilling", "Udkastet har fire temaer: bolig, uddannelse og job, fritid samt "
                                 "tilgængelighed. Høringsfristen er 3. oktober 2016."),
            ("Rådets bemærkninger", "Rådet anbefaler, at der kommer et særskilt mål for tilgængelighed i "
                                    "kommunens egne bygninger, og at politikken udgives i en let-læst "
                                    "udgave."),
        ]),
        P(4, "Ledsagerordning - konkret klage", "16-8821", True, [
            ("Sagsfremstilling", "Bodil Skovmand Ravn, Tjørnevej 52, har klaget over, at hendes "
                                 "ledsagetimer er sat ned fra 15 til 10 timer om måneden."),
            ("Rådets bemærkninger", "Rådet har drøftet sagen og henviser til klagemulighederne."),
        ]),
        P(5, "Handicapprisen 2016", "16-8433", False, [
            ("Sagsfremstilling", "Der er indstillet fire kandidater til årets handicappris."),
            ("Rådets bemærkninger", "Prisen gives til Café Bølgen på havnen, som har seks medarbejdere i "
                                    "fleksjob. Prisen overrækkes på Handicapdagen den 3. december."),
        ]),
        P(6, "Eventuelt", "16-0212", False, [
            ("Rådets bemærkninger", "Næste møde er den 10. november 2016."),
        ]),
    ],
    "secrets": ["Bodil Skovmand Ravn", "Tjørnevej 52"],
    "question": "jeg sidder i kørestol, hvordan kommer jeg op på perron 2 i grankilde så længe elevatoren er i stykker",
    "cite_punkt": 2,
}


def _fill(text, width=68):
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    glue = "\x00"

    def fill(text):
        for k in sorted(keep, key=len, reverse=True):
            text = text.replace(k, k.replace(" ", glue))
        return [ln.replace(glue, " ") for ln in _fill(text)]

    body = [
        "GRANKILDE KOMMUNE",
        "",
        "Handicaprådet",
        "REFERAT  af  mødet torsdag den 8. september 2016 kl. 14.00",
        "Sted: Grankilde Rådhus, mødelokale 3",
        "",
        "Tilstede: Birgit Lauesen (DH, formand), Ole Kamp (DH), Ayse Demir (DH),",
        "Poul Erik Nørskov (byrådet), Susanne Trolle (byrådet), Lars Juel (forvaltningen)",
        "Afbud: Jytte Hagen (DH)",
        "Referent: Lars Juel",
        "",
    ]
    for p in m["points"]:
        body.append("")
        body.append("Punkt %d - %s" % (p["n"], p["title"]))
        body.append("Sag nr. %s" % p["case"])
        if p["closed"]:
            body.append("*** Lukket punkt ***")
        for label, text in p["sections"]:
            body.append("")
            body.append("%s:" % label)
            for x in paras(text):
                body.extend(fill(x))
    body += ["", "", "Mødet sluttede kl. 15.50", "", "/lj"]
    out, page, n = [], 1, 0
    out.append("-" * 4 + " side %d " % page + "-" * 4)
    for ln in body:
        out.append(ln)
        n += 1
        if n >= 34 and ln == "":
            page += 1
            n = 0
            out.append("\f")
            out.append("GRANKILDE KOMMUNE                     Handicaprådet 08.09.2016")
            out.append("-" * 4 + " side %d " % page + "-" * 4)
    text = "\n".join(out) + "\n"
    # OCR artefacts in ordinary words
    text = text.replace("Sted: Grankilde", "Sted : Grankilde").replace("utilfreds", "utiIfreds")
    text = text.replace("hjemmeside", "hjemmesi de").replace("Næste møde er", "Naeste møde er")
    return text.encode("utf-8")


# =============================================================================================
# 06  Siveholm Kommune - Landdistriktsrådet - referat sent by e-mail (.eml)
# =============================================================================================
M06 = {
    "file": "06_siveholm_landdistriktsraadet_2022.eml",
    "board": "Landdistriktsrådet",
    "date": "2022-04-26",
    "kind": "referat",
    "points": [
        P(1, "Valg af næstformand", "22/0981", False, [
            ("Konklusion", "Lone Stavnsbjerg (Tornby Borgerforening) blev valgt som næstformand."),
        ]),
        P(2, "Landsbypuljen 2022 - fordeling", "22/5117", False, [
            ("Baggrund", "Landsbypuljen er på 600.000 kr. i 2022. Der kom 14 ansøgninger for i alt "
                         "1,1 mio. kr. En landsby kan højst få 75.000 kr. pr. projekt, og der skal være "
                         "mindst 25 pct. egenfinansiering, som gerne må være frivilligt arbejde."),
            ("Konklusion", "Rådet indstiller, at 9 projekter får støtte, bl.a. ny legeplads i Ny Sive "
                           "(75.000 kr.), shelter ved Tornby Mose (48.000 kr.) og nye borde i Skalby "
                           "forsamlingshus (31.500 kr.). Listen sendes til Økonomiudvalget.\n\n"
                           "Der er 58.000 kr. tilbage, som kan søges i anden runde med frist 1. september "
                           "2022."),
        ]),
        P(3, "Busbetjening af Ny Sive og Tornby efter køreplanskiftet", "22/4470", False, [
            ("Baggrund", "Ved køreplanskiftet i januar blev morgenafgangen kl. 6.52 fra Tornby flyttet "
                         "til kl. 7.20. Flere pendlere når ikke toget i Siveholm."),
            ("Konklusion", "Rådet sender et brev til trafikselskabet og beder om, at den tidlige afgang "
                           "kommer tilbage fra sommerkøreplanen. Formanden tager kontakt til "
                           "formanden for Trafikudvalget."),
        ]),
        P(4, "Henvendelse fra forsamlingshus om lukning", "22/5203", True, [
            ("Baggrund", "Bestyrelsesformand Erik Lundsgaard Holm har orienteret om, at huset har et "
                         "underskud på 347.000 kr. og overvejer at lukke."),
            ("Konklusion", "Rådet drøftede henvendelsen. Sagen følges op på næste møde."),
        ]),
        P(5, "Næste møde og eventuelt", "22/0981", False, [
            ("Konklusion", "Næste møde holdes 21. juni 2022 kl. 19 i Tornby Skole. Ole fra Skalby "
                           "fortalte, at der er fibernet på vej til hele sognet."),
        ]),
    ],
    "secrets": ["Erik Lundsgaard Holm", "underskud på 347.000 kr."],
    "question": "hvor meget kan vi som landsby søge i landsbypuljen i siveholm, og er der en runde mere i år",
    "cite_punkt": 2,
}


def render_06(m):
    L = ["Hej alle", "",
         "Hermed referat fra mødet i Landdistriktsrådet tirsdag den 26. april 2022 i Ny Sive "
         "Forsamlingshus.",
         "Bemærk at punkt 4 er lukket og ikke må sendes videre eller deles på Facebook.",
         "Kommentarer til referatet senest fredag - ellers betragtes det som godkendt.", "",
         "Venlig hilsen", "Karina Dupont Nees", "Sekretær for Landdistriktsrådet", "Siveholm Kommune",
         "Direkte: 96 11 22 33", "", "=" * 60,
         "REFERAT - LANDDISTRIKTSRÅDET - 26.04.2022", "=" * 60, "",
         "Til stede: Jens Buus (formand, Skalby), Lone Stavnsbjerg (Tornby), Ahmad Karimi (Ny Sive),",
         "Ole Tarp (Skalby), Birthe Mose (Vesterløkke), Karina Dupont Nees (sekretær)",
         "Afbud: Anne-Mette Vad (byrådet)", ""]
    for p in m["points"]:
        tag = "  [LUKKET - må ikke videresendes]" if p["closed"] else ""
        L.append("Ad %d. %s%s" % (p["n"], p["title"], tag))
        L.append("(Acadre-sag %s)" % p["case"])
        for label, text in p["sections"]:
            L.append("%s:" % label)
            for x in paras(text):
                L.append(x)
        L.append("")
    L += ["-- ", "Siveholm Kommune · Plan og Landdistrikter · Rådhuspladsen 2 · 7999 Siveholm", ""]
    msg = EmailMessage()
    msg["From"] = "Karina Dupont Nees <kdn@siveholm.dk>"
    msg["To"] = "landdistriktsraadet@siveholm.dk"
    msg["Cc"] = "Anne-Mette Vad <amv@siveholm.dk>"
    msg["Subject"] = "Referat Landdistriktsrådet 26.04.2022"
    msg["Date"] = "Thu, 28 Apr 2022 13:42:10 +0200"
    msg["Message-ID"] = "<20220428134210.4471@mail.siveholm.dk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(L), charset="utf-8", cte="base64")
    return msg.as_bytes(policy=SMTP)


# =============================================================================================
# 07  Tangerup Kommune - Byrådet - tillægsreferat (.rtf)
# =============================================================================================
M07 = {
    "file": "07_tangerup_byraadet_tillaegsreferat_2021.rtf",
    "board": "Byrådet",
    "date": "2021-06-24",
    "kind": "tillaegsreferat",
    "points": [
        P(118, "Ekstraordinært tilskud til Tangerup Lystbådehavn efter stormskade", "2021-17853", False, [
            ("Resumé", "Stormen natten til den 11. maj 2021 ødelagde den ydre bølgebryder og to "
                       "flydebroer i lystbådehavnen. Havnen søger om 400.000 kr."),
            ("Sagsfremstilling", "Lystbådehavnen drives af en selvejende forening med 310 bådpladser. "
                                 "Forsikringen dækker ikke bølgebryderen. Skaderne er opgjort til 0,9 mio. "
                                 "kr., og foreningen betaler selv resten via et lån og en ekstra kontingent"
                                 "betaling. Havnen kan ikke tage nye gæstesejlere ind før bølgebryderen er "
                                 "repareret."),
            ("Økonomi", "Tilskuddet foreslås finansieret af kassebeholdningen."),
            ("Indstilling", "Økonomiudvalget indstiller, at der gives et tilskud på 350.000 kr."),
            ("Byrådets beslutning 24.06.2021", "Godkendt, så havnen får 350.000 kr. Tilskuddet udbetales, "
                                               "når reparationen er sat i gang."),
        ]),
        P(119, "Ændret mødeplan for Byrådet 2. halvår 2021", "2021-18002", False, [
            ("Sagsfremstilling", "På grund af budgetforhandlingerne foreslås byrådsmødet den 23. september "
                                 "flyttet til torsdag den 30. september 2021. Decembermødet holdes torsdag "
                                 "den 16. december 2021 kl. 17 i stedet for kl. 19."),
            ("Indstilling", "Borgmesteren indstiller, at den ændrede mødeplan godkendes."),
            ("Byrådets beslutning 24.06.2021", "Godkendt."),
        ]),
        P(120, "Erstatning til tidligere ansat - forlig", "2021-16690", True, [
            ("Sagsfremstilling", "Kommunens advokat har forhandlet et forlig med Mette Vinkel Sørup "
                                 "om hendes krav efter bortvisningen i 2020. Forslaget er et forlig på "
                                 "412.000 kr. inkl. renter."),
            ("Byrådets beslutning 24.06.2021", "Godkendt."),
        ]),
        P(121, "Udbud af kommunal forsikringsportefølje - tildeling", "2021-17470", True, [
            ("Sagsfremstilling", "Der er kommet fire tilbud. Det økonomisk mest fordelagtige er fra "
                                 "Nordlys Forsikring A/S med en samlet årspræmie 3.118.900 kr."),
            ("Byrådets beslutning 24.06.2021", "Kontrakten tildeles som indstillet."),
        ]),
    ],
    "secrets": ["Mette Vinkel Sørup", "forlig på 412.000 kr.", "Nordlys Forsikring A/S",
                "årspræmie 3.118.900 kr."],
    "question": "fik lystbådehavnen i tangerup penge fra kommunen efter stormen i maj 2021",
    "cite_punkt": 118,
}


def _rtf(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                v = ord(ch)
                out.append("\\u%d?" % (v if v < 32768 else v - 65536))
    return "".join(out)


def render_07(m):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0",
         r"{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset0 Cambria;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green0\blue0;\red80\green80\blue80;}",
         r"{\info{\title " + _rtf("Tillægsreferat Byrådet 24.06.2021") + r"}{\author Byraadssekretariatet}"
         r"{\creatim\yr2021\mo6\dy25\hr9\min0}}",
         r"\paperw11906\paperh16838\margl1418\margr1134\margt1418\margb1134",
         r"{\header\pard\qr\f0\fs16\cf3 " + _rtf("Tangerup Kommune - Byrådet - Tillægsreferat 24.06.2021")
         + r"\par}",
         r"{\footer\pard\qc\f0\fs16\cf3 Side {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}",
         r"\pard\f1\fs40\b " + _rtf("TILLÆGSREFERAT") + r"\b0\par",
         r"\pard\f0\fs28 " + _rtf("Tangerup Kommune - Byrådet") + r"\par",
         r"\pard\fs22 " + _rtf("Ordinært møde torsdag den 24. juni 2021 kl. 18.00 i Byrådssalen") + r"\par",
         r"\pard\fs22\i " + _rtf("Tillægsdagsordenen blev udsendt den 21. juni 2021. Byrådet godkendte "
                                 "enstemmigt, at punkterne blev optaget på dagsordenen.") + r"\i0\par",
         r"\pard\fs22 " + _rtf("Fraværende: Finn Riis (C). Stedfortræder: ingen.") + r"\par",
         r"\pard\par"]
    for p in m["points"]:
        R.append(r"\pard\sb240\fs26\b " + _rtf("Punkt %d (tillægspunkt)" % p["n"]) + r"\tab "
                 + _rtf(p["title"]) + r"\b0\par")
        R.append(r"\pard\fs18\cf3 " + _rtf("Journalnr.: %s" % p["case"]) + r"\cf1\par")
        if p["closed"]:
            R.append(r"\pard\fs20\cf2\b " + _rtf("Undtaget fra offentliggørelse - behandlet for lukkede "
                                                 "døre, jf. styrelseslovens § 10") + r"\b0\cf1\par")
        for label, text in p["sections"]:
            R.append(r"\pard\sb120\fs22\b " + _rtf(label) + r"\b0\par")
            for x in paras(text):
                R.append(r"\pard\fs22 " + _rtf(x) + r"\par")
    R.append(r"\pard\sb240\fs20\i " + _rtf("Mødet hævet kl. 21.05.") + r"\i0\par")
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# =============================================================================================
# 08  Kildeløkke Kommune - Børne- og Skoleudvalget - dagsorden, unnumbered points (.odt)
# =============================================================================================
M08 = {
    "file": "08_kildeloekke_boerne-og-skoleudvalget_dagsorden_2025.odt",
    "board": "Børne- og Skoleudvalget",
    "date": "2025-01-14",
    "kind": "dagsorden",
    "points": [
        P(1, "Skoledistrikter for kommende 0. klasser 2025/26", "S2024-11873", False, [
            ("Beslutningstema", "Udvalget skal tage stilling til, om distriktsgrænsen mellem Kildeskolen "
                                "og Bakkeskolen skal flyttes."),
            ("Sagsfremstilling", "Kildeskolen forventer 71 elever i kommende 0. klasse, men har kun plads "
                                 "til tre spor. Forvaltningen foreslår, at boligområdet Rosenhaven fra "
                                 "august 2025 hører til Bakkeskolens distrikt. Søskende til elever på "
                                 "Kildeskolen kan fortsat optages der."),
            ("Indstilling", "Forvaltningen indstiller, at ændringen sendes i høring hos skolebestyrelserne."),
        ]),
        P(2, "Ressourcetildeling til skolerne 2025", "S2024-12104", False, [
            ("Beslutningstema", "Udvalget skal godkende fordelingen af budgettet mellem de fem skoler."),
            ("Sagsfremstilling", "Fordelingen sker efter elevtal pr. 5. september 2024 og en socioøkonomisk "
                                 "andel på 8 pct. Bakkeskolen får den største stigning, fordi elevtallet er "
                                 "steget med 38."),
            ("Indstilling", "Forvaltningen indstiller, at fordelingen godkendes."),
            ("Bilag", "Fordeling pr. skole 2025 (regneark)"),
        ]),
        P(3, "Madordning i dagtilbud - forældrebetaling 2025", "S2024-12340", False, [
            ("Beslutningstema", "Udvalget skal godkende forældrebetalingen for frokostordningen i 2025."),
            ("Sagsfremstilling", "Prisen for frokostordningen i børnehaverne foreslås sat op fra 774 kr. "
                                 "til 812 kr. om måneden. Der betales i 11 måneder, juli er betalingsfri. "
                                 "Stigningen skyldes højere råvarepriser. Forældre kan søge fritagelse for "
                                 "ordningen for et år ad gangen; fristen for fritagelse i 2026 er 1. "
                                 "oktober 2025."),
            ("Økonomi", "Forældrebetalingen dækker de fulde udgifter til mad og tilberedning."),
            ("Indstilling", "Forvaltningen indstiller, at taksten på 812 kr. pr. måned godkendes."),
        ]),
        P(4, "Tilsyn med dagplejen 2024", "S2024-10988", False, [
            ("Beslutningstema", "Udvalget orienteres om det årlige tilsyn."),
            ("Sagsfremstilling", "Der er ført tilsyn hos alle 46 dagplejere. Hos tre dagplejere er der "
                                 "givet påbud om bedre sikring af trapper. Alle påbud er efterkommet."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ]),
        P(5, "Elevsag - klage over bortvisning", "S2024-12977", True, [
            ("Sagsfremstilling", "Forældrene til Noah Frimann Løvgreen i 7.B på Kildeskolen har klaget over "
                                 "skolelederens bortvisning i fem dage."),
            ("Indstilling", "Forvaltningen indstiller, at bortvisningen fastholdes."),
        ]),
        P(6, "Personalesag - skoleleder", "S2025-00051", True, [
            ("Sagsfremstilling", "Skoleleder Helle Bakkegaard Due har indgået en fratrædelsesaftale pr. "
                                 "28. februar 2025. Stillingen slås op i uge 4."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ]),
    ],
    "secrets": ["Noah Frimann Løvgreen", "7.B på Kildeskolen", "Helle Bakkegaard Due",
                "fratrædelsesaftale pr. 28. februar 2025"],
    "question": "hvad kommer frokostordningen i børnehaven til at koste om måneden i kildeløkke i 2025",
    "cite_punkt": 3,
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

    def h(text, level, style):
        return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style, level, xesc(text))

    B = [h("Dagsorden", 1, "Title"),
         p("Børne- og Skoleudvalget", "Subtitle"),
         '<table:table table:name="Moedeinfo"><table:table-column table:number-columns-repeated="2"/>']
    for k, v in [("Mødetidspunkt", "Tirsdag den 14. januar 2025 kl. 17.00"),
                 ("Mødested", "Kildeløkke Rådhus, mødelokale Egebladet"),
                 ("Medlemmer", "Marianne Holst (A), formand; Jakob Tingleff (V); Sara Aziz (SF); "
                               "Peder Ravnholt (DD); Nanna Kjeldgaard (A)")]:
        B.append("<table:table-row><table:table-cell>%s</table:table-cell><table:table-cell>%s"
                 "</table:table-cell></table:table-row>" % (p(k, "Label"), p(v)))
    B.append("</table:table>")
    B.append(p("Dagsordenen udsendes til udvalgets medlemmer. Punkter under Lukket dagsorden må ikke "
               "videregives.", "Note"))
    opened = closed = False
    for pt in m["points"]:
        if not pt["closed"] and not opened:
            B.append(h("Åben dagsorden", 1, "Heading_20_1"))
            opened = True
        if pt["closed"] and not closed:
            B.append(h("Lukket dagsorden", 1, "Heading_20_1"))
            closed = True
        B.append(h(pt["title"], 2, "Heading_20_2"))
        B.append(p("SagsID: %s" % pt["case"], "Small"))
        for label, text in pt["sections"]:
            B.append(p(label, "Label"))
            for x in paras(text):
                B.append(p(x))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               "<office:automatic-styles/><office:body><office:text>%s</office:text></office:body>"
               "</office:document-content>" % (NS, "".join(B)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
              "<office:styles>"
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties '
              'fo:font-size="24pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Subtitle" style:family="paragraph"><style:text-properties '
              'fo:font-size="15pt"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Label" style:family="paragraph"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Small" style:family="paragraph"><style:text-properties '
              'fo:font-size="8pt" fo:color="#666666"/></style:style>'
              '<style:style style:name="Note" style:family="paragraph"><style:text-properties '
              'fo:font-style="italic"/></style:style>'
              "</office:styles>"
              '<office:master-styles><style:master-page style:name="Standard"><style:header>'
              "<text:p>Kildeløkke Kommune · Dagsorden · Børne- og Skoleudvalget 14.01.2025</text:p>"
              "</style:header></style:master-page></office:master-styles>"
              "</office:document-styles>" % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3">'
            "<office:meta><dc:title>Dagsorden Børne- og Skoleudvalget 14.01.2025</dc:title>"
            "<meta:creation-date>2025-01-07T10:00:00</meta:creation-date>"
            "<meta:generator>Dagsordenseksport/2.4</meta:generator></office:meta></office:document-meta>" % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return zip_fixed([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False)])


# =============================================================================================
# 09  Brinkeby Municipality - Business and Tourism Committee - minutes in English (.md)
# =============================================================================================
M09 = {
    "file": "09_brinkeby_business-and-tourism-committee_2023.md",
    "board": "Business and Tourism Committee",
    "date": "2023-10-03",
    "kind": "referat",
    "points": [
        P(58, "Approval of the agenda", "2023-0401-ERH", False, [
            ("Decision", "Approved."),
        ]),
        P(59, "Cruise ship calls at Brinkeby Harbour 2024", "2023-0457-ERH", False, [
            ("Summary", "Nine cruise ship calls are booked for 2024, between 21 May and 12 September. "
                        "The largest ship, with room for about 2,900 passengers, arrives on 14 June 2024."),
            ("Background", "On call days, free shuttle buses will run every 15 minutes between the cruise "
                           "quay and the town square. Volunteer cruise hosts will meet passengers at the "
                           "gangway. The harbour expects about DKK 1.1 million in port fees."),
            ("Recommendation", "The administration recommends that the committee notes the season plan."),
            ("Decision", "Noted. The committee asked for a short survey among shop owners in the town "
                         "centre after the 2024 season."),
        ]),
        P(60, "Tourist information - closing the staffed office", "2023-0462-ERH", False, [
            ("Summary", "The staffed tourist office in Strandgade had 4,100 visitors in 2022, down from "
                        "11,500 in 2015."),
            ("Background", "The administration proposes to close the office from 1 January 2024 and to "
                           "set up digital information screens at six locations, plus a staffed pop-up "
                           "stand at the harbour in July."),
            ("Recommendation", "The administration recommends that the proposal is passed on to the "
                               "Finance Committee."),
            ("Decision", "Recommended to the Finance Committee. Member Ida Rosenkrantz voted against and "
                         "wanted the office kept open in the summer months."),
        ]),
        P(61, "Sale of a commercial plot at Brinkeby Business Park", "2023-0470-ERH", True, [
            ("Background", "Vendelbo Logistics ApS has offered DKK 4,270,000 for the 3.2-hectare plot on "
                           "the eastern edge of the business park."),
            ("Decision", "Recommended to the Finance Committee."),
        ]),
        P(62, "Christmas market 2023 - street closure", "2023-0466-ERH", False, [
            ("Summary", "Torvegade will be closed to traffic on 1-3 December and 8-10 December 2023 from "
                        "10:00 to 20:00 for the Christmas market. Parking in the square is suspended on "
                        "those days."),
            ("Decision", "Approved."),
        ]),
        P(63, "Any other business", "2023-0401-ERH", False, [
            ("Decision", "The chair reminded members of the business breakfast on 17 October."),
        ]),
    ],
    "secrets": ["Vendelbo Logistics ApS", "DKK 4,270,000"],
    "question": "how many cruise ships are coming to brinkeby next year and when is the big one",
    "cite_punkt": 59,
}


def render_09(m):
    L = ["---", "municipality: Brinkeby Municipality", "committee: Business and Tourism Committee",
         "document: Minutes", "meeting_date: 2023-10-03", "published: 2023-10-05", "language: en", "---", "",
         "# Minutes", "", "**Business and Tourism Committee** - Brinkeby Municipality", "",
         "| | |", "|---|---|", "| Date | Tuesday 3 October 2023, 15:00-17:00 |",
         "| Venue | City Hall, room 2.14 |",
         "| Members | Jesper Holm (chair), Ida Rosenkrantz, Mahmoud Saleh, Kirsten Bang, Ulrik Thygesen |",
         "| Absent | Ulrik Thygesen |", "",
         "> This is an English translation. In case of doubt, the Danish minutes apply.", "",
         "## Items", ""]
    for p in m["points"]:
        L.append("- [%d · %s](#item-%d)%s" % (p["n"], p["title"], p["n"], " *(closed)*" if p["closed"] else ""))
    L.append("")
    for p in m["points"]:
        L.append("---")
        L.append("")
        L.append('<a id="item-%d"></a>' % p["n"])
        L.append("### %d · %s" % (p["n"], p["title"]))
        L.append("")
        L.append("Case ref. `%s`" % p["case"])
        L.append("")
        if p["closed"]:
            L.append("*Closed item - not for publication (section 10 of the Local Government Act).*")
            L.append("")
        for label, text in p["sections"]:
            if label == "Decision":
                L.append("**Decision of the Business and Tourism Committee, 3 October 2023**")
            else:
                L.append("**%s**" % label)
            L.append("")
            for x in paras(text):
                L.append(x)
                L.append("")
    L.append("*Meeting closed at 16:50.*")
    L.append("")
    return "\n".join(L).encode("utf-8")


# =============================================================================================
# 10  Ulvedal Kommune - Vej- og Trafikudvalget - referat - agenda-system export (.xml)
# =============================================================================================
M10 = {
    "file": "10_ulvedal_vej-og-trafikudvalget_2020.xml",
    "board": "Vej- og Trafikudvalget",
    "date": "2020-02-11",
    "kind": "referat",
    "points": [
        P(14, "Godkendelse af dagsorden", "EMN-2020-00031", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(15, "Hastighedsbegrænsning 40 km/t i Ulvedal midtby", "EMN-2020-00231", False, [
            ("Resume", "Forvaltningen foreslår en 40 km/t-zone på Storegade, Skolevej og Kirkebakken."),
            ("Sagsfremstilling", "Der har i de seneste fem år været 11 uheld med fodgængere eller cyklister "
                                 "i midtbyen. Politiet har givet samtykke til zonen. Skiltene kan sættes op, "
                                 "så zonen gælder fra 1. maj 2020. Fartvisere sættes op ved skolen i de "
                                 "første tre måneder."),
            ("Økonomi", "Skilte og fartvisere koster 85.000 kr., som afholdes af driftsbudgettet til "
                        "trafiksikkerhed."),
            ("Indstilling", "Forvaltningen indstiller, at zonen indføres fra 1. maj 2020."),
            ("Beslutning", "Godkendt. Effekten evalueres efter et år."),
        ]),
        P(16, "Nye busstoppesteder på Ringvej Nord", "EMN-2020-00188", False, [
            ("Sagsfremstilling", "Med det nye boligområde ved Ulvebakken foreslås to nye stoppesteder på "
                                 "Ringvej Nord med læskure og cykelparkering. Anlægget koster 410.000 kr."),
            ("Indstilling", "Forvaltningen indstiller, at anlægget godkendes og udføres i sommeren 2020."),
            ("Beslutning", "Godkendt."),
        ]),
        P(17, "Erstatningskrav efter skade på bil ved vejarbejde", "EMN-2020-00260", True, [
            ("Sagsfremstilling", "Kirsten Aaholm Bech har krævet erstatning for skader på sin bil med "
                                 "reg.nr. CX 41 207, som kørte ned i et uafmærket hul ved vejarbejdet på "
                                 "Møllevej."),
            ("Beslutning", "Kravet afvises og sendes til kommunens forsikringsselskab."),
        ]),
        P(18, "Udbud af vejafmærkning 2020-2023 - tildeling", "EMN-2020-00212", True, []),
        P(19, "Meddelelser", "EMN-2020-00031", False, [
            ("Beslutning", "Forvaltningen orienterede om, at saltlageret er fyldt op, og at der er brugt "
                           "40 pct. af vinterbudgettet."),
        ]),
    ],
    "secrets": ["Kirsten Aaholm Bech", "reg.nr. CX 41 207"],
    "question": "hvornaar bliver der 40 km/t på storegade i ulvedal",
    "cite_punkt": 15,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<Eksport system="PolitikPortal" version="4.2" genereret="2020-02-12T07:15:00">',
         '  <Moede id="M-2020-0211-VTU" status="Referat godkendt">',
         "    <Kommune>Ulvedal Kommune</Kommune>",
         "    <Organ>Vej- og Trafikudvalget</Organ>",
         "    <Dokumenttype>Referat</Dokumenttype>",
         '    <Tidspunkt start="2020-02-11T16:00:00" slut="2020-02-11T17:35:00"/>',
         "    <Sted>Ulvedal Rådhus, mødelokale Fjorden</Sted>",
         "    <Deltagere>",
         '      <Deltager rolle="formand" fremmoede="ja">Henrik Lauge (A)</Deltager>',
         '      <Deltager rolle="medlem" fremmoede="ja">Tove Bækgaard (V)</Deltager>',
         '      <Deltager rolle="medlem" fremmoede="nej">Morten Skjold (O)</Deltager>',
         '      <Deltager rolle="medlem" fremmoede="ja">Eva Winkler (B)</Deltager>',
         "    </Deltagere>",
         "    <Punkter>"]
    for i, p in enumerate(m["points"], 1):
        adgang = "Lukket" if p["closed"] else "Åben"
        pub = "nej" if p["closed"] else "ja"
        X.append('      <Punkt nr="%d" sortering="%d" adgang=%s publiceres=%s>'
                 % (p["n"], i, quoteattr(adgang), quoteattr(pub)))
        X.append("        <Titel>%s</Titel>" % xesc(p["title"]))
        X.append('        <Sag nummer="%s"/>' % p["case"])
        for label, text in p["sections"]:
            if label == "Beslutning":
                X.append('        <Felt type="Beslutning" organ="Vej- og Trafikudvalget" dato="2020-02-11">')
            else:
                X.append("        <Felt type=%s>" % quoteattr(label))
            for x in paras(text):
                X.append("          <Afsnit>%s</Afsnit>" % xesc(x))
            X.append("        </Felt>")
        X.append("      </Punkt>")
    X += ["    </Punkter>", "  </Moede>", "</Eksport>", ""]
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
