#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind55.

Every municipality, board, person, place, amount and text here is invented.
The script is deterministic: running it twice gives byte-identical files.
Needs python-docx (.docx) and fpdf2 (.pdf); the .odt, .rtf, .eml, .xml and
HTML files are written by hand.

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
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = "\u2063"


def _wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in keep:
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                          break_on_hyphens=False)]


def P(n, title, case, closed, sections):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _fix_zip_times(data, first_stored=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# 01  Stormose Kommune - Børne- og Ungeudvalget (agenda-system HTML export)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_stormose_boerne-og-ungeudvalget_2024.html",
    "board": "Børne- og Ungeudvalget",
    "date": "2024-03-12",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "24/00118", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Ny tildelingsmodel for specialundervisning i folkeskolen", "24/01936", False, [
            ("Resumé",
             "Forvaltningen fremlægger en ny model, hvor en større del af midlerne til specialundervisning "
             "lægges ud til skolerne som en fast ramme pr. elev."),
            ("Sagsfremstilling",
             "I dag visiteres hovedparten af eleverne med behov for støtte centralt, og midlerne følger den "
             "enkelte elev. Det har ført til lange ventetider og mange sager om enkeltelever.\n\n"
             "Med den nye model får hver skole fra 1. august 2024 en grundtildeling på 3.150 kr. pr. elev, "
             "som skolelederen selv disponerer over til holddannelse, co-teaching og kortere forløb. "
             "Visitation til egentlige specialklasser fastholdes centralt."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget godkender modellen med virkning fra skoleåret 2024/25."),
            ("Beslutning",
             "Godkendt. Udvalget ønsker en evaluering efter det første skoleår, herunder af forældrenes "
             "oplevelse."),
        ]),
        P(3, "Skolevejsanalyse for Tornbjerg Skole - farlige krydsninger", "23/22014", False, [
            ("Resumé",
             "En ny skolevejsanalyse peger på tre steder, hvor eleverne fra Tornbjerg Skole føler sig "
             "utrygge på vej til og fra skole."),
            ("Sagsfremstilling",
             "Analysen bygger på en spørgeskemaundersøgelse blandt 4.-9. klasse og på trafiktællinger. "
             "Den mest utrygge krydsning er over Ringvejen ved Tornbjerg Allé, hvor der om morgenen kører "
             "knap 900 biler i timen.\n\n"
             "Forvaltningen foreslår en signalreguleret fodgænger- og cykelovergang med knapbetjening ved "
             "Tornbjerg Allé, en hævet flade ved indkørslen til skolens parkeringsplads og en ny "
             "cykelsti langs Mosevej. Overgangen ved Ringvejen kan etableres i sommerferien 2024."),
            ("Økonomi",
             "Overgangen ved Ringvejen koster ca. 1,1 mio. kr. og kan finansieres af puljen til "
             "trafiksikkerhed. De to øvrige tiltag indgår i budgetforhandlingerne for 2025."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget anbefaler Teknik- og Miljøudvalget at igangsætte "
             "overgangen ved Ringvejen."),
            ("Beslutning",
             "Anbefales. Skolebestyrelsen inddrages i placeringen af den hævede flade."),
        ]),
        P(4, "Klage over visitation til specialtilbud", "24/02455", True, [
            ("Sagsfremstilling",
             "Forældrene til en elev i 6. klasse har klaget over afslaget på optagelse på "
             "Elmedalens Behandlingsskole. Tilbuddet koster 412.600 kr. årligt."),
            ("Beslutning",
             "Udvalget fastholdt afgørelsen. Sagsbehandler Jonna Kvist Lauridsen orienterer familien."),
        ]),
        P(5, "Åbningstider i dagtilbud i sommerferien 2024", "24/00877", False, [
            ("Sagsfremstilling",
             "Som i de foregående år samles pasningen i ugerne 29 og 30 i fire institutioner, én i hvert "
             "skoledistrikt. Forældrene skal tilmelde behov for pasning senest 15. april."),
            ("Indstilling", "Forvaltningen indstiller, at planen tages til efterretning."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(6, "Meddelelser", "24/00118", False, [
            ("Sagsfremstilling",
             "Formanden orienterede om dialogmødet med skolebestyrelserne den 4. april. Forvaltningen "
             "orienterede om status på nybyggeriet af Engvangens Børnehus."),
            ("Beslutning", "Orienteringen blev taget til efterretning."),
        ]),
    ],
    "secrets": ["Elmedalens Behandlingsskole", "412.600 kr. årligt", "Jonna Kvist Lauridsen"],
    "question": "Bliver det mere sikkert for børnene at komme over den store vej ved skolen, når de cykler om morgenen?",
    "cite_punkt": 3,
}


def render_01(m):
    css = ("body{font-family:Segoe UI,Arial,sans-serif;margin:0}.sr-only{position:absolute;width:1px;"
           "height:1px;overflow:hidden;clip:rect(0 0 0 0)}.agenda-item.closed h2{color:#7a1f1f}"
           ".decision{background:#eef5ee;border-left:4px solid #3b7a3b;padding:.5em 1em}")
    o = ['<!DOCTYPE html>', '<html lang="da">', '<head>', '<meta charset="utf-8">',
         '<title>Referat - Børne- og Ungeudvalget - 12-03-2024</title>',
         '<style>%s</style>' % css,
         '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>',
         '</head>', '<body>',
         '<div class="export-meta">Eksporteret fra Dagsordenportalen 3.4 · Stormose Kommune</div>',
         '<header class="meeting-header">',
         '<h1>Referat</h1>',
         '<table class="meeting-info">',
         '<tr><th>Udvalg</th><td>Børne- og Ungeudvalget</td></tr>',
         '<tr><th>Mødetidspunkt</th><td>Tirsdag 12.03.2024, kl. 16:00 - 18:15</td></tr>',
         '<tr><th>Mødested</th><td>Udvalgsværelse 2, Stormose Rådhus</td></tr>',
         '<tr><th>Medlemmer</th><td>Kirsten Ahlgreen (formand), Thorkil Vase, Naja Brix Fenger, '
         'Ulrik Sejersen, Hanne Lomholt</td></tr>',
         '<tr><th>Fraværende</th><td>Ulrik Sejersen</td></tr>',
         '</table>', '</header>',
         '<nav class="toc"><h2>Punkter</h2><ol>']
    for p in m["points"]:
        lock = ' <span class="icon-lock" aria-hidden="true">&#128274;</span>' if p["closed"] else ""
        o.append('<li><a href="#item-%d">%s</a>%s</li>' % (p["n"], escape(p["title"]), lock))
    o.append('</ol></nav>')
    o.append('<main>')
    for p in m["points"]:
        cls = "agenda-item closed" if p["closed"] else "agenda-item"
        o.append('<article class="%s" id="item-%d" data-case="%s">' % (cls, p["n"], p["case"]))
        if p["closed"]:
            o.append('<h2><span class="item-no">%d.</span> <span class="sr-only">Lukket punkt</span>'
                     '<span class="icon-lock" aria-hidden="true">&#128274;</span> %s</h2>'
                     % (p["n"], escape(p["title"])))
        else:
            o.append('<h2><span class="item-no">%d.</span> %s</h2>' % (p["n"], escape(p["title"])))
        o.append('<dl class="case-meta"><dt>Sagsnr.</dt><dd>%s</dd></dl>' % p["case"])
        for label, text in p["sections"]:
            if label == "Beslutning":
                o.append('<div class="decision"><h3>Beslutning</h3>')
                o.append('<p class="decision-meta">Børne- og Ungeudvalget, 12.03.2024</p>')
                for para in paras(text):
                    o.append('<p>%s</p>' % escape(para))
                o.append('</div>')
            else:
                o.append('<section class="field"><h3>%s</h3>' % escape(label))
                for para in paras(text):
                    o.append('<p>%s</p>' % escape(para))
                o.append('</section>')
        o.append('</article>')
    o.append('</main>')
    o.append('<footer><p>Stormose Kommune · Rådhustorvet 1 · 4690 Stormose</p></footer>')
    o.append('</body></html>')
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------------------
# 02  Hvidsandbjerg Kommune - Landdistrikts- og Fritidsudvalget (saved web page, windows-1252)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_hvidsandbjerg_landdistrikts-og-fritidsudvalget_2015.htm",
    "board": "Landdistrikts- og Fritidsudvalget",
    "date": "2015-11-03",
    "kind": "referat",
    "points": [
        P(41, "Godkendelse af dagsorden", "00.01.00-A00-4-15", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(42, "Halleje for foreninger fra sæson 2016/17", "18.15.00-G01-7-15", False, [
            ("Sagsfremstilling",
             "Byrådet har i budgetaftalen for 2016 besluttet, at foreningernes egenbetaling for leje af "
             "haller og gymnastiksale skal hæves. Forvaltningen foreslår en timepris på 45 kr. for "
             "voksenhold, mens hold for børn og unge under 25 år fortsat træner gratis."),
            ("Indstilling", "Det indstilles, at udvalget godkender de nye timepriser fra 1. august 2016."),
            ("Beslutning",
             "Godkendt med den ændring, at hold for pensionister betaler halv pris (22½ kr. pr. time)."),
        ]),
        P(43, "Landsbypuljen 2015 – 2. uddeling", "20.00.00-Ø54-2-15", False, [
            ("Sagsfremstilling",
             "Der er modtaget 14 ansøgninger om i alt 612.000 kr. Puljen har 240.000 kr. tilbage. "
             "Forvaltningen har prioriteret projekter, der samler flere landsbyer om et fælles mål, "
             "f.eks. en shelterplads ved Lyngsøen og nye borde og bænke ved Bredhage Kirke."),
            ("Indstilling", "Det indstilles, at midlerne fordeles som vist i bilaget."),
            ("Beslutning", "Godkendt. Udvalget ønsker, at kriterierne for 2016 beskrives på hjemmesiden."),
        ]),
        P(44, "Forpagtning af Hvidsandbjerg Camping", "82.18.00-I00-3-15", True, [
            ("Sagsfremstilling",
             "Der er indkommet to bud på forpagtningen. Det højeste bud er afgivet af Klitrosen Fritid ApS "
             "med en årlig afgift på 287.500 kr."),
            ("Beslutning",
             "Udvalget anbefaler, at forpagtningen overdrages til Klitrosen Fritid ApS. "
             "Den nuværende forpagter, Bent Frejlev Sandholm, tilbydes en fratrædelsesaftale."),
        ]),
        P(45, "Flextur erstatter landsbyruten mellem Sønderlyng og Bredhage", "13.05.00-P20-9-15", False, [
            ("Sagsfremstilling",
             "Landsbyruten 512 har i gennemsnit 3 passagerer pr. afgang uden for skoletiden. Trafikselskabet "
             "foreslår, at de ture, der ikke bruges af skolebørn, fra køreplansskiftet i december erstattes "
             "af flextur.\n\n"
             "Flextur skal bestilles senest to timer før, koster 24 kr. for de første 10 km og kører "
             "fra adresse til adresse mellem kl. 6 og kl. 23. Skolebusserne om morgenen og eftermiddagen "
             "kører som hidtil."),
            ("Indstilling", "Det indstilles, at udvalget godkender ændringen."),
            ("Beslutning",
             "Godkendt. Forvaltningen afholder et informationsmøde i Sønderlyng Forsamlingshus inden "
             "køreplansskiftet."),
        ]),
        P(46, "Eventuelt", None, False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Klitrosen Fritid ApS", "287.500 kr.", "Bent Frejlev Sandholm"],
    "question": "Holder bussen op med at køre ud til vores landsby, og hvordan kommer man så ind til byen?",
    "cite_punkt": 45,
}


def render_02(m):
    o = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
         '<!-- saved from url=(0079)http://www.hvidsandbjerg.dk/politik/udvalg/ldf/referater/2015/03-11-2015.aspx -->',
         '<html><head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
         '<title>Referat 03-11-2015 - Landdistrikts- og Fritidsudvalget - Hvidsandbjerg Kommune</title>',
         '<link rel="stylesheet" href="./03-11-2015_files/main.css">',
         '<script type="text/javascript" src="./03-11-2015_files/jquery.min.js"></script>',
         '</head><body>',
         '<div id="cookie">Vi bruger cookies for at forbedre hjemmesiden. <a href="#">Læs mere</a> '
         '<a href="#">OK</a></div>',
         '<div id="top"><a href="http://www.hvidsandbjerg.dk/">Forside</a> | <a href="#">Borger</a> | '
         '<a href="#">Erhverv</a> | <a href="#">Politik</a> | <a href="#">Om kommunen</a></div>',
         '<div id="crumbs">Du er her: Forside &gt; Politik &gt; Udvalg &gt; Landdistrikts- og Fritidsudvalget '
         '&gt; Referater 2015</div>',
         '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>',
         '<td id="leftmenu" valign="top" width="180"><ul><li><a href="#">Byrådet</a></li>'
         '<li><a href="#">Økonomiudvalget</a></li><li><a href="#">Landdistrikts- og Fritidsudvalget</a></li>'
         '<li><a href="#">Teknik- og Miljøudvalget</a></li><li><a href="#">Søg i referater</a></li></ul></td>',
         '<td id="content" valign="top">',
         '<h1>Landdistrikts- og Fritidsudvalget</h1>',
         '<p><b>REFERAT</b> af ordinært møde tirsdag den 3. november 2015 kl. 17.00<br>',
         'Mødested: Mødelokale 1, Hvidsandbjerg Rådhus</p>',
         '<p>Til stede: Jens Erik Lund (formand), Gitte Holmgaard, Per Kaaber, Lis Toft, Anders Vrist</p>',
         '<p>Afbud: Ingen</p>',
         '<table class="oversigt" border="1" cellpadding="3"><tr><th>Pkt.</th><th>Emne</th><th>Side</th></tr>']
    for i, p in enumerate(m["points"]):
        t = p["title"] + (" (for lukkede døre)" if p["closed"] else "")
        o.append('<tr><td>%d</td><td>%s</td><td>%d</td></tr>' % (p["n"], escape(t), i + 2))
    o.append('</table>')
    o.append('<p>Mødet hævet kl. 18.40</p><hr>')
    for p in m["points"]:
        t = p["title"] + (" (for lukkede døre)" if p["closed"] else "")
        o.append('<a name="pkt%d"></a>' % p["n"])
        o.append('<table class="punkt" width="100%%"><tr><td class="nr" width="60"><b>Pkt. %d</b></td>'
                 '<td class="titel"><b>%s</b></td></tr>' % (p["n"], escape(t)))
        o.append('<tr><td></td><td class="jnr">J.nr.: %s</td></tr></table>' % (p["case"] or "&nbsp;"))
        if p["closed"]:
            o.append('<p><i>Punktet er behandlet på lukket møde, jf. styrelseslovens § 10. Referatet '
                     'offentliggøres ikke.</i></p>')
        for label, text in p["sections"]:
            if label == "Beslutning":
                o.append('<p><u>Udvalgets beslutning den 03-11-2015:</u></p>')
            else:
                o.append('<p><u>%s:</u></p>' % escape(label))
            for para in paras(text):
                o.append('<p>%s</p>' % escape(para))
        o.append('<p align="right"><a href="#top">Til toppen</a></p>')
    o.append('</td></tr></table>')
    o.append('<div id="footer">Hvidsandbjerg Kommune – Torvet 3 – 6960 Hvidsandbjerg – Tlf. 99 12 34 00 – '
             '“Åben for dig”</div>')
    o.append('</body></html>')
    return ("\r\n".join(o) + "\r\n").encode("cp1252")


# ---------------------------------------------------------------------------
# 03  Lyngkær Kommune - Ældrerådet (Word document built from tables)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_lyngkaer_aeldreraadet_2022.docx",
    "board": "Ældrerådet",
    "date": "2022-08-24",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "SAG-2022-00011", False, [
            ("Rådets udtalelse", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Høring om kvalitetsstandard for madservice 2023", "SAG-2022-00389", False, [
            ("Resumé",
             "Ældrerådet er bedt om et høringssvar til den reviderede kvalitetsstandard for madservice "
             "til hjemmeboende borgere."),
            ("Sagsfremstilling",
             "Det centrale køkken i Lyngkær leverer i dag kølet mad tre gange om ugen. Udkastet lægger op "
             "til, at borgerne fra 2023 kan vælge mellem kølet levering og varm levering fem dage om "
             "ugen mod en merpris på 9 kr. pr. måltid. Menuen skal kunne vælges fra en liste med fire "
             "hovedretter, og bestillingen kan ske over telefon eller på en tablet."),
            ("Rådets udtalelse",
             "Ældrerådet bakker op om muligheden for varm mad, men finder merprisen for høj. Rådet "
             "anbefaler, at der mindst én gang årligt holdes smagepanel med brugerne."),
        ]),
        P(3, "Orientering fra plejecentret Solsikken om ny nattevagtsordning", "SAG-2022-00402", False, [
            ("Sagsfremstilling",
             "Centerleder Ruth Damsgaard orienterede om, at Solsikken fra oktober indfører en ordning, "
             "hvor to nattevagter dækker begge huse, og hvor beboerne får sensorer i stedet for "
             "faste tilsyn om natten, hvis de selv ønsker det."),
            ("Rådets udtalelse",
             "Rådet tog orienteringen til efterretning og ønsker en status i foråret 2023."),
        ]),
        P(4, "Henvendelse fra borger om forløb i hjemmeplejen", "SAG-2022-00417", True, [
            ("Sagsfremstilling",
             "En borger på Rosenvænget 14, 1. tv. har rettet henvendelse om gentagne aflysninger af besøg. "
             "Henvendelsen nævner hjemmehjælper Dorrit Maj Hedegaard."),
            ("Rådets udtalelse",
             "Rådet videresender sagen til forvaltningen med henvisning til klagenævnets j.nr. 22-7781."),
        ]),
        P(5, "Valg til Ældrerådet 2023 – forberedelse", "SAG-2022-00120", False, [
            ("Sagsfremstilling",
             "Valget afholdes som brevstemmevalg med sidste frist 17. marts 2023. Der skal findes "
             "kandidater i alle fire valgkredse, og rådet planlægger et opstillingsmøde i januar."),
            ("Rådets udtalelse", "Formand og næstformand udarbejder et udkast til valgfolder."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Rådets udtalelse", "Næste møde holdes den 28. september 2022 på Solsikken."),
        ]),
    ],
    "secrets": ["Rosenvænget 14, 1. tv.", "Dorrit Maj Hedegaard", "klagenævnets j.nr. 22-7781"],
    "question": "Kan min mor få varm mad bragt ud hver dag i stedet for kold mad, og hvad kommer det til at koste ekstra?",
    "cite_punkt": 2,
}


def _docx_bytes(doc):
    cp = doc.core_properties
    cp.created = datetime.datetime(2022, 8, 26, 10, 0, 0)
    cp.modified = datetime.datetime(2022, 8, 26, 10, 0, 0)
    cp.last_modified_by = "Sekretær for Ældrerådet"
    cp.revision = 2
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip_times(buf.getvalue())


def render_03(m):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.core_properties.author = "Lyngkær Kommune"
    doc.core_properties.title = "Referat Ældrerådet 24.8.2022"
    doc.add_paragraph("Lyngkær Kommune")
    h = doc.add_paragraph()
    r = h.add_run("Ældrerådet – referat")
    r.bold = True
    r.font.size = Pt(18)
    t = doc.add_table(rows=0, cols=2)
    for a, b in [("Dato", "Onsdag 24. august 2022"), ("Tid", "Kl. 9.30 - 12.00"),
                 ("Sted", "Aktivitetscentret Kastanjen, lokale 3"),
                 ("Deltagere", "Else Marie Thorup (formand), Kaj Ibsen, Birthe Lund Jeppesen, "
                               "Svend Åge Moos, Grete Rask"),
                 ("Afbud", "Grete Rask"), ("Referent", "Lone Bach, Sundhed og Omsorg")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_paragraph("")
    for p in m["points"]:
        hp = doc.add_paragraph()
        hr = hp.add_run("Sag %d" % p["n"])
        hr.bold = True
        hr.font.size = Pt(13)
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        rows = [("Overskrift", p["title"]), ("Sagsnr.", p["case"] or "-"),
                ("Åben/lukket", "Lukket" if p["closed"] else "Åben")]
        rows += [(lab, txt) for lab, txt in p["sections"]]
        for a, b in rows:
            c = tb.add_row().cells
            c[0].text = a
            c[1].text = b
        doc.add_paragraph("")
    doc.add_paragraph("Referatet er godkendt pr. mail af formanden den 26. august 2022.")
    return _docx_bytes(doc)


# ---------------------------------------------------------------------------
# 04  Tuemose Kommune - Kommunalbestyrelsen (PDF with page furniture and hyphenation)
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_tuemose_kommunalbestyrelsen_2020.pdf",
    "board": "Kommunalbestyrelsen",
    "date": "2020-02-27",
    "kind": "referat",
    "points": [
        P(18, "Godkendelse af dagsorden", "20/00031", False, [
            ("Beslutning", "Dagsordenen blev godkendt."),
        ]),
        P(19, "Regnskabsforventning pr. 31. januar 2020", "20/01877", False, [
            ("Sagsfremstilling",
             "Den første regnskabsforventning viser et forventet merforbrug på serviceudgifterne på "
             "6,4 mio. kr., primært på det specialiserede socialområde og på vintervedligeholdelse efter "
             "de mange frostnætter i januar. Administrationen arbejder på handleplaner, der forelægges "
             "fagudvalgene i april."),
            ("Indstilling", "Økonomiudvalget indstiller, at regnskabsforventningen tages til efterretning."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(20, "Lokalplan 1147 for boliger ved Gadekæret i Vester Tuemose", "19/15530", False, [
            ("Sagsfremstilling",
             "Lokalplanforslaget giver mulighed for 22 rækkehuse og 6 parcelhuse på den tidligere "
             "gartnerigrund syd for Gadekæret. Bebyggelsen må højst opføres i 1½ etage og højst være "
             "8,5 meter høj, så den passer til landsbyens eksisterende huse.\n\n"
             "Området omkring selve gadekæret udlægges til fælles grønt areal med sti rundt om vandet, "
             "og den gamle pil ved kirkestien bevares. Vejadgang sker fra Kirkebyvej."),
            ("Indstilling",
             "Plan- og Miljøudvalget indstiller, at forslaget sendes i offentlig høring i 8 uger."),
            ("Beslutning",
             "Godkendt. Der holdes borgermøde i Vester Tuemose Forsamlingshus i høringsperioden."),
        ]),
        P(21, "Salg af den tidligere skole i Kølstrup", "19/21908", False, [
            ("Sagsfremstilling",
             "Ejendommen har været udbudt til salg i offentligt udbud. Der er kommet fem bud, og det "
             "højeste er på 2.350.000 kr. fra en lokal forening, der vil indrette medborgerhus og "
             "kontorfællesskab."),
            ("Indstilling", "Økonomiudvalget indstiller, at ejendommen sælges til højestbydende."),
            ("Beslutning", "Godkendt."),
        ]),
        P(22, "Spørgsmål fra medlemmerne", "20/00031", False, [
            ("Beslutning",
             "Borgmesteren besvarede et spørgsmål om vinterbadernes adgang til Tuemose Strand."),
        ]),
        P(23, "Køb af jord til erhvervsområde ved Tuemose Øst", "20/00977", True, [
            ("Sagsfremstilling",
             "Kommunen har forhandlet om køb af matr.nr. 14ac Tuemose By på ca. 11 ha. Prisen er aftalt "
             "til 147 kr. pr. m², og sælger er Landmand Jens Ove Brusgaard."),
            ("Beslutning", "Godkendt."),
        ]),
        P(24, "Tvist om entreprise på Tuemose Svømmehal", "19/08821", True, [
            ("Sagsfremstilling",
             "Kommunens advokat har orienteret om status i sagen mod hovedentreprenøren."),
            ("Beslutning", "Orienteringen blev taget til efterretning."),
        ]),
    ],
    "secrets": ["matr.nr. 14ac Tuemose By", "147 kr. pr. m²", "Jens Ove Brusgaard"],
    "question": "Skal der bygges nye huse ude ved dammen i landsbyen, og hvor høje må de være?",
    "cite_punkt": 20,
}


def _latin(s):
    return s.replace("–", "-").replace("“", '"').replace("”", '"')


def render_04(m):
    from fpdf import FPDF

    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Tuemose Kommune  ·  Kommunalbestyrelsen  ·  Referat 27-02-2020", align="L")
            self.ln(4)
            self.line(20, self.get_y(), 190, self.get_y())
            self.ln(5)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(85, 5, "Formandens initialer: ______", align="L")
            self.cell(85, 5, "Side %d af {nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2020, 2, 28, 8, 30, tzinfo=datetime.timezone.utc))
    pdf.set_producer("Tuemose Dokumentsystem")
    pdf.set_title("Referat Kommunalbestyrelsen 27-02-2020")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = 170

    def para(text, size=10, style="", hyph=True):
        pdf.set_font("Helvetica", style, size)
        words = _latin(text)
        for k in keep:
            words = words.replace(_latin(k), _latin(k).replace(" ", SENT))
        words = words.split(" ")
        line = ""
        i = 0
        while i < len(words):
            w = words[i]
            cand = (line + " " + w) if line else w
            if pdf.get_string_width(cand.replace(SENT, " ")) <= W:
                line = cand
                i += 1
                continue
            # hyphenate a long plain word across the line end
            if hyph and SENT not in w and len(w) >= 9 and w.isalpha():
                V = "aeiouyæøåAEIOUYÆØÅ"
                cuts = [c for c in range(len(w) - 3, 3, -1) if w[c - 1] not in V and w[c] not in V]
                for cut in cuts:
                    part = (line + " " + w[:cut] + "-") if line else w[:cut] + "-"
                    if pdf.get_string_width(part) <= W:
                        pdf.cell(W, 5, part.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                        line = ""
                        words[i] = w[cut:]
                        break
                else:
                    pdf.cell(W, 5, line.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                    line = ""
                continue
            pdf.cell(W, 5, line.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
            line = ""
        if line:
            pdf.cell(W, 5, line.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(W, 10, "Referat", new_x="LMARGIN", new_y="NEXT")
    para("Kommunalbestyrelsen", 14, "B", hyph=False)
    para("Mødedato: Torsdag den 27. februar 2020   Mødetid: 19:00 - 21:35   Mødested: Byrådssalen", 10,
         hyph=False)
    para("Fraværende: Mette Kjærsgaard (A), stedfortræder Ib Holst", 10, hyph=False)
    pdf.ln(2)
    para("Indholdsfortegnelse", 12, "B", hyph=False)
    for p in m["points"]:
        para("%d.  %s" % (p["n"], p["title"]), 10, hyph=False)
    for p in m["points"]:
        if p["n"] == 18:
            pdf.ln(3)
            para("Åbent møde", 15, "B", hyph=False)
        if p["n"] == 23:
            pdf.add_page()
            para("Lukket møde", 15, "B", hyph=False)
        pdf.ln(2)
        para("%d.  %s" % (p["n"], p["title"]), 12, "B", hyph=False)
        para("Sagsnr. %s     Dokumentnr. %s-%d" % (p["case"], p["case"], p["n"] % 7 + 2), 8, hyph=False)
        for label, text in p["sections"]:
            lab = "Beslutning i Kommunalbestyrelsen den 27-02-2020" if label == "Beslutning" else label
            para(lab, 10, "B", hyph=False)
            for t in paras(text):
                para(t)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Kragsmark-Hjortlund Sogneråd 1968 (typed protocol, retyped to text with form feeds)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_kragsmark-hjortlund_sogneraad_1968.txt",
    "board": "Kragsmark-Hjortlund Sogneråd",
    "date": "1968-04-18",
    "kind": "referat",
    "points": [
        P(1, "Protokollen fra sidste møde", None, False, [
            ("", "Protokollen fra mødet den 21. marts oplæstes og godkendtes uden bemærkninger."),
        ]),
        P(2, "Ansøgning om tilskud til forsamlingshusets nye tag", "j.nr. 31/1968", False, [
            ("",
             "Formanden for Hjortlund Forsamlingshus, gdr. Aksel Brøndum, har ansøgt om tilskud til "
             "udskiftning af stråtaget, der efter stormen i vinter er utæt over salen. Tilbud fra "
             "tækkemand lyder på kr. 14.600,00. Foreningen har selv indsamlet kr. 5.000,00."),
            ("",
             "Vedtoges at yde et tilskud på kr. 6.000,00 over to år, kr. 3.000,00 i 1968 og "
             "kr. 3.000,00 i 1969, på betingelse af at huset fortsat stilles gratis til rådighed for "
             "skolens juleafslutning. Vedtaget med 6 stemmer mod 1 (Kjær)."),
        ]),
        P(3, "Vintervedligeholdelse af biveje, regnskab", "j.nr. 8/1968", False, [
            ("",
             "Vejudvalgets formand forelagde regnskabet for snerydning og grusning vinteren 1967/68. "
             "Udgiften blev kr. 9.412,35 mod budgetteret kr. 7.000,00. Overskridelsen skyldes de mange "
             "snedage i februar. Regnskabet godkendtes."),
        ]),
        P(4, "Kommunesammenlægningen pr. 1. april 1970", "j.nr. 2/1967", False, [
            ("",
             "Formanden refererede mødet i amtsrådets udvalg. Der arbejdes med en storkommune med "
             "Kragsmark by som centrum. Sognerådet udtalte enstemmigt, at skolen i Hjortlund ønskes "
             "bevaret mindst til og med 4. klasse."),
        ]),
        P(5, "Lukket sag", "j.nr. 40/1968", True, [
            ("",
             "Andragende fra gårdejer Villads Trøjborg om henstand med betaling af kr. 1.850,00 i restskat "
             "vedr. matr. nr. 7e Nørre Kragsmark. Henstand bevilgedes til 1. november."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("", "Ingen bemærkninger. Mødet hævet kl. 22.10."),
        ]),
    ],
    "secrets": ["gårdejer Villads Trøjborg", "kr. 1.850,00 i restskat", "matr. nr. 7e Nørre Kragsmark"],
    "question": "Fik forsamlingshuset hjælp fra kommunen til at få lavet taget efter stormen, og hvor mange penge?",
    "cite_punkt": 2,
}


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    W = 64
    pages, cur = [], []
    pno = [47]

    def out(line=""):
        cur.append(line)
        if len(cur) >= 30:
            flush()

    def flush():
        if cur:
            pages.append(list(cur))
            cur.clear()

    def block(text, indent=6):
        for ln in _wrap(text, W - indent, keep):
            out(" " * indent + ln)

    out("                                                     Side %d" % pno[0])
    out("")
    out("        KRAGSMARK-HJORTLUND SOGNERÅD - FORHANDLINGSPROTOKOL")
    out("")
    out("        Aar 1968, torsdag den 18. april kl. 19.30 afholdt")
    out("        Kragsmark-Hjortlund Sogneraad møde i skolens lærerværelse.")
    out("")
    out("        Tilstede: Sognerådsformand Peder Hald, Kristine Bak,")
    out("        Oluf Kjær, Holger Nymann, Jens Vestergaard, Ane Thorsen,")
    out("        Harald Friis.")
    out("        Fraværende: Ingen.")
    out("")
    out("        Dagsorden:")
    for p in m["points"]:
        if not p["closed"]:
            out("          %d. %s" % (p["n"], p["title"]))
    out("          Desuden en sag for lukkede døre.")
    out("")
    for p in m["points"]:
        if p["closed"]:
            out("")
            out("        Efter at tilhørerne havde forladt lokalet, behandledes:")
        out("")
        head = "Sag %d.  %s." % (p["n"], p["title"])
        out("    " + head)
        out("    " + "-" * len(head))
        if p["case"]:
            out("                                              (%s)" % p["case"])
        for _, text in p["sections"]:
            block(text)
            out("")
    out("")
    out("        Peder Hald          Kristine Bak         Oluf Kjær")
    out("        Holger Nymann       Jens Vestergaard     Ane Thorsen")
    out("        Harald Friis")
    flush()
    res = []
    for i, pg in enumerate(pages):
        if i:
            pg = ["                                                     Side %d" % (47 + i), ""] + pg
        res.append("\n".join(pg))
    return "\f".join(res) + "\n"


# ---------------------------------------------------------------------------
# 06  Pilekrog Kommune - Integrationsrådet (forwarded e-mail)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_pilekrog_integrationsraadet_2023.eml",
    "board": "Integrationsrådet",
    "date": "2023-09-19",
    "kind": "referat",
    "points": [
        P(1, "Velkommen og godkendelse af dagsorden", "23/00310", False, [
            ("Beslutning", "Godkendt. Formanden bød velkommen til rådets nye medlem fra Ungdomsskolen."),
        ]),
        P(2, "Sprogcaféer på biblioteket – evaluering af første halvår", "23/09914", False, [
            ("Baggrund",
             "Siden februar har biblioteket holdt sprogcafé to gange om ugen, hvor frivillige taler dansk "
             "med voksne, der er ved at lære sproget. Der har i gennemsnit været 17 deltagere pr. gang."),
            ("Drøftelse",
             "Rådet roste tilbuddet. Deltagerne ønsker flere tider uden for arbejdstid. Biblioteket "
             "fortsætter tirsdag kl. 16-18 og torsdag kl. 10-12 og prøver fra oktober også lørdag "
             "formiddag i filialen i Nørre Pilekrog. Det er gratis og kræver ikke tilmelding."),
            ("Beslutning", "Rådet anbefaler, at tilbuddet gøres permanent."),
        ]),
        P(3, "Oplæg fra Jobcenter Pilekrog om praktikforløb for nytilkomne", "23/11702", False, [
            ("Baggrund",
             "Teamleder Sara Mikkelsen fortalte om kombinationsforløb, hvor praktik i en virksomhed "
             "kobles med danskundervisning to dage om ugen."),
            ("Beslutning", "Rådet tog oplægget til efterretning og vil besøge en af virksomhederne."),
        ]),
        P(4, "Sag om konflikt i bestyrelsen for Foreningen Broen", "23/14066", True, [
            ("Baggrund",
             "Forvaltningen har modtaget en klage fra foreningens kasserer, Yasmin Al-Haddad Nørskov, "
             "over regnskabsføringen."),
            ("Beslutning",
             "Rådet anbefaler, at et tilskud på 38.000 kr. tilbageholdes, indtil revisor Poul Egeskov har "
             "gennemgået regnskabet."),
        ]),
        P(5, "Rådets årsplan 2024", "23/00310", False, [
            ("Beslutning",
             "Årsplanen blev godkendt med fire ordinære møder og et temamøde om boligsociale indsatser."),
        ]),
        P(6, "Evt.", None, False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Yasmin Al-Haddad Nørskov", "tilskud på 38.000 kr. tilbageholdes", "revisor Poul Egeskov"],
    "question": "Findes der et sted, hvor man gratis kan øve sig i at snakke dansk, og hvornår er det åbent?",
    "cite_punkt": 2,
}


def render_06(m):
    body = ["Hej Lars",
            "",
            "Her er referatet fra sidste møde, som jeg lovede. Husk at pkt. 4 ikke må deles.",
            "",
            "Venlig hilsen",
            "Amina",
            "",
            "---------- Videresendt besked ----------",
            "Fra: Sekretariatet for Integrationsrådet <integrationsraadet@pilekrog.dk>",
            "Dato: ons. 20. sep. 2023 kl. 08.14",
            "Emne: Referat - Integrationsrådet 19.09.2023",
            "Til: Rådets medlemmer",
            "",
            "Kære alle",
            "",
            "Hermed referat af Integrationsrådets møde tirsdag d. 19.09.2023 kl. 17.00-19.00 i",
            "Borgerhuset, Pilekrog Bytorv 2, mødelokale Åen.",
            "",
            "Til stede: Amina Rahimi (formand), Lars Thygesen, Dragan Petrović, Hiba Saleh, Finn Moos",
            "Fraværende: Nadia Østergaard",
            "",
            "=====================================================",
        ]
    for p in m["points"]:
        body.append("")
        body.append("%d) %s   [sag %s]" % (p["n"], p["title"], p["case"]) if p["case"]
                    else "%d) %s" % (p["n"], p["title"]))
        if p["closed"]:
            body.append("[FORTROLIGT – må ikke videresendes eller offentliggøres]")
        for label, text in p["sections"]:
            for i, para in enumerate(paras(text)):
                lines = _wrap(para, 72, m["secrets"])
                if i == 0:
                    lines[0] = "%s: %s" % (label, lines[0]) if len(label) + len(lines[0]) < 90 else lines[0]
                body.extend(lines)
    body += ["", "=====================================================", "",
             "Næste møde: tirsdag d. 21.11.2023.", "", "Med venlig hilsen",
             "Sekretariatet for Integrationsrådet", "Pilekrog Kommune"]
    msg = EmailMessage()
    msg["From"] = "Amina Rahimi <amina.rahimi@pilekrog-net.dk>"
    msg["To"] = "Lars Thygesen <lars.thygesen@pilekrog-net.dk>"
    msg["Subject"] = "VS: Referat - Integrationsrådet 19.09.2023"
    msg["Date"] = "Wed, 20 Sep 2023 21:02:11 +0200"
    msg["Message-ID"] = "<20230920210211.4411@pilekrog-net.dk>"
    msg.set_content("\n".join(body) + "\n", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# 07  Ørnehøj Kommune - Økonomiudvalget (tillægsreferat, RTF)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_oernehoej_oekonomiudvalget_tillaegsreferat_2019.rtf",
    "board": "Økonomiudvalget",
    "date": "2019-06-11",
    "kind": "tillaegsreferat",
    "points": [
        P(112, "Optagelse af tillægspunkter på dagsordenen", "19/00114", False, [
            ("Beslutning", "Tillægspunkterne 113-116 blev optaget på dagsordenen."),
        ]),
        P(113, "Ekstraordinær anlægsbevilling til skybrudssikring i Ørnehøj Midtby", "19/09021", False, [
            ("Sagsfremstilling",
             "Efter skybruddene i maj 2019, hvor over 200 kældre i Midtbyen stod under vand, har "
             "Ørnehøj Forsyning og kommunen udarbejdet en fremrykket plan. Planen omfatter et "
             "regnvandsbassin i Byparken, der kan rumme 4.000 m³, og omlægning af Østergade, så vejen "
             "leder vandet væk fra husene og ned mod åen ved kraftig regn.\n\n"
             "Kommunens andel af udgiften er 7,8 mio. kr., heraf 2,5 mio. kr. i 2019."),
            ("Indstilling",
             "Direktionen indstiller, at Økonomiudvalget anbefaler Byrådet at give en anlægsbevilling "
             "på 7,8 mio. kr."),
            ("Beslutning", "Anbefales. Borgerne i de berørte gader inviteres til et informationsmøde."),
        ]),
        P(114, "Forlængelse af lejemål for Jobcentrets lokaler på Havnevej", "19/08803", False, [
            ("Sagsfremstilling",
             "Lejekontrakten for Havnevej 12 udløber 31. december 2019. Udlejer tilbyder en forlængelse "
             "på fem år til uændret husleje mod at kommunen selv afholder indvendig vedligeholdelse."),
            ("Beslutning", "Godkendt."),
        ]),
        P(115, "Forlig i voldgiftssag om Ørnehøj Idrætscenter", "18/17760", True, [
            ("Sagsfremstilling",
             "Totalentreprenør Bjerre & Vinding A/S har tilbudt forlig i sagen om mangler ved taget. "
             "Kommunens advokat Marianne Lykkeskov anbefaler forliget."),
            ("Beslutning", "Økonomiudvalget godkendte en forligssum 3,15 mio. kr. til kommunen."),
        ]),
        P(116, "Tillægsbevilling til afholdelse af valg til Europa-Parlamentet 2019", "19/04410", False, [
            ("Sagsfremstilling",
             "Afholdelsen af to valg med kort tids mellemrum har givet merudgifter til valgtilforordnede "
             "og stemmesedler på 310.000 kr."),
            ("Beslutning", "Anbefales over for Byrådet."),
        ]),
    ],
    "secrets": ["Bjerre & Vinding A/S", "forligssum 3,15 mio. kr.", "advokat Marianne Lykkeskov"],
    "question": "Gør kommunen noget ved at vores kældre bliver oversvømmet, når det styrtregner inde i byen?",
    "cite_punkt": 113,
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
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def render_07(m):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0",
         r"{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green0\blue0;}",
         r"{\info{\title Tillaegsreferat OEU 11-06-2019}{\author Byraadssekretariatet}}",
         r"\paperw11906\paperh16838\margl1417\margr1134\margt1701\margb1134",
         r"{\header \pard\f1\fs16 " + _rtf("Ørnehøj Kommune – Økonomiudvalget – tillægsreferat") + r"\par}",
         r"{\footer \pard\qr\f1\fs16 Side \chpgn\par}"]

    def par(text, fmt=r"\f0\fs22"):
        o.append(r"\pard\sa120" + fmt + " " + _rtf(text) + r"\par")

    par("ØRNEHØJ KOMMUNE", r"\f1\fs20\b")
    par("TILLÆGSREFERAT", r"\f1\fs32\b")
    par("Økonomiudvalget – ordinært møde tirsdag 11. juni 2019 kl. 15.30, Borgmesterens mødelokale",
        r"\f1\fs22")
    par("Tillægsreferatet omfatter de punkter, der blev optaget på dagsordenen efter udsendelsen. "
        "Det ordinære referat (pkt. 101-111) er udsendt særskilt.", r"\f0\fs20\i")
    par("Tegnforklaring: (Ø) åbent punkt – (U) undtaget offentlighed", r"\f0\fs20")
    par("Deltagere: Borgmester Kjeld Munch (formand), Susanne Kaae, Bo Hjorth, Rikke Vad Sørensen, "
        "Torben Elkjær, Lise Fog, Mogens Bak", r"\f0\fs20")
    for p in m["points"]:
        mark = "(U)" if p["closed"] else "(Ø)"
        o.append(r"\pard\sb240\sa60\keepn\f1\fs24\b " + _rtf("%d. %s %s" % (p["n"], mark, p["title"]))
                 + r"\b0\par")
        o.append(r"\pard\sa120\f1\fs18 " + _rtf("Sag: %s  |  Dok: %d/19" % (p["case"], 68000 + p["n"] * 3))
                 + r"\par")
        for label, text in p["sections"]:
            lab = "Økonomiudvalgets beslutning 11.06.2019" if label == "Beslutning" else label
            o.append(r"\pard\sa60\f1\fs20\ul " + _rtf(lab) + r"\ulnone\par")
            for t in paras(text):
                par(t)
    par("Mødet hævet kl. 17.05.", r"\f0\fs20")
    o.append("}")
    return ("\r\n".join(o) + "\r\n").encode("ascii")


# ---------------------------------------------------------------------------
# 08  Stenkløv Municipality - Committee on Climate and Green Transition (English, ODT)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_stenkloev_climate-and-green-transition-committee_2023.odt",
    "board": "Committee on Climate and Green Transition",
    "date": "2023-05-09",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", "23/00220", False, [
            ("Decision", "Approved."),
        ]),
        P(2, "Climate plan 2023 – annual status report", "23/04417", False, [
            ("Summary",
             "The municipality's own emissions fell by 9 per cent in 2022, mainly because the last oil "
             "boilers in municipal buildings were replaced. Emissions from transport are unchanged."),
            ("Recommendation", "The administration recommends that the report is noted."),
            ("Decision", "Noted. The committee asks for a separate plan for the municipal vehicle fleet."),
        ]),
        P(3, "Free charging for electric cargo bikes at Stenkløv station", "23/05518", False, [
            ("Summary",
             "Following a citizens' proposal, the administration suggests a covered bicycle shelter at "
             "the north entrance of Stenkløv station with 24 sockets where electric bicycles and cargo "
             "bikes can be charged free of charge."),
            ("Case description",
             "The shelter will be open around the clock and monitored by camera. Charging is free during "
             "a trial period until 31 December 2024, after which the committee will decide whether to "
             "introduce a fee. Ordinary bicycle parking is not affected."),
            ("Recommendation", "The administration recommends approving the trial."),
            ("Decision", "Approved. The shelter should be ready before the summer holidays."),
        ]),
        P(4, "Tree planting programme for school yards", "23/03090", False, [
            ("Summary",
             "Six school yards will receive new trees this autumn. Pupils take part in the planting."),
            ("Decision", "Approved."),
        ]),
        P(5, "Purchase of land for solar park at Stenkløv Hede", "23/04901", True, [
            ("Summary",
             "Negotiations with landowner Kirstine Bøgh Lassen have resulted in a price of "
             "DKK 96,000 per hectare. The operator will be Hedegaard Energi I/S."),
            ("Decision", "Recommended to the Finance Committee."),
        ]),
        P(6, "Any other business", None, False, [
            ("Decision", "Nothing to report."),
        ]),
    ],
    "secrets": ["Kirstine Bøgh Lassen", "DKK 96,000 per hectare", "Hedegaard Energi I/S"],
    "question": "Can I charge my electric bike for free when I leave it at the train station?",
    "cite_punkt": 3,
}

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def render_08(m):
    b = []

    def h(text, lvl=1):
        b.append('<text:h text:style-name="H%d" text:outline-level="%d">%s</text:h>' % (lvl, lvl, xesc(text)))

    def p(text, style="Body"):
        b.append('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    p("Stenkløv Municipality", "Small")
    h("Minutes – Committee on Climate and Green Transition")
    p("English version. In case of doubt the Danish minutes apply.", "Italic")
    b.append('<table:table table:name="Info"><table:table-column table:number-columns-repeated="2"/>')
    for a, c in [("Date", "Tuesday 9 May 2023, 16:30–18:00"), ("Venue", "Room 1.12, Stenkløv Town Hall"),
                 ("Members", "Mikkel Dalsgaard (chair), Ida Frost, Rasmus Hvid, Tove Ravn, Jonas Krag"),
                 ("Apologies", "Tove Ravn")]:
        b.append('<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>'
                 '<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>' % (xesc(a), xesc(c)))
    b.append('</table:table>')
    h("Contents", 2)
    for pt in m["points"]:
        p("Item %d  %s%s" % (pt["n"], pt["title"], "  (closed)" if pt["closed"] else ""), "Toc")
    for pt in m["points"]:
        if pt["closed"]:
            h("Item %d (closed): %s" % (pt["n"], pt["title"]), 2)
            p("Exempt from publication – dealt with in closed session. Not part of the public minutes.", "Italic")
        else:
            h("Item %d: %s" % (pt["n"], pt["title"]), 2)
        p("Case no. %s" % pt["case"] if pt["case"] else "Case no. –", "Small")
        for label, text in pt["sections"]:
            lab = "Decision of the Committee on 9 May 2023" if label == "Decision" else label
            p(lab, "Label")
            for t in paras(text):
                p(t)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ODT_NS, "".join(b)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:style style:name="Body" style:family="paragraph"/>'
              '<style:style style:name="H1" style:family="paragraph"/><style:style style:name="H2" '
              'style:family="paragraph"/></office:styles></office:document-styles>' % ODT_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.4</meta:generator><dc:title>Minutes 9 May 2023</dc:title>'
            '<meta:creation-date>2023-05-10T09:12:00</meta:creation-date></office:meta></office:document-meta>'
            % ODT_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
        z.writestr("meta.xml", meta)
        z.writestr("META-INF/manifest.xml", manifest)
    return _fix_zip_times(buf.getvalue(), first_stored="mimetype")


# ---------------------------------------------------------------------------
# 09  Bøgeskrænt Kommune - Handicaprådet (agenda only, Markdown export)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_boegeskraent_handicapraadet_dagsorden_2025.md",
    "board": "Handicaprådet",
    "date": "2025-02-04",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "00.22.00-A00-1-25", False, [
            ("Forslag til behandling", "Dagsordenen godkendes."),
        ]),
        P(2, "Tilgængelighed på den nye stationsplads i Bøgeskrænt", "05.13.00-P20-2-25", False, [
            ("Baggrund",
             "Stationspladsen bygges om i 2025 og 2026. Rådet får forelagt projektet, før det endelige "
             "udbud. Projektet indeholder ledelinjer i belægningen fra busterminalen til perronerne, to "
             "elevatorer i stedet for den nuværende ene, niveaufri indstigning til busserne og fire nye "
             "handicapparkeringspladser tæt på indgangen.\n\n"
             "I byggeperioden etableres en midlertidig adgangsvej uden trapper langs Stationsvej."),
            ("Forslag til behandling",
             "Rådet drøfter projektet og giver bemærkninger til særligt toiletforhold og skiltning."),
            ("Bilag", "Situationsplan, stationspladsen, version 3"),
        ]),
        P(3, "Høring om ny kvalitetsstandard for hjælpemidler", "27.36.08-A00-3-25", False, [
            ("Baggrund",
             "Kvalitetsstandarden revideres, så sagsbehandlingstiden for kropsbårne hjælpemidler "
             "fastsættes til højst 4 uger."),
            ("Forslag til behandling", "Rådet afgiver høringssvar."),
        ]),
        P(4, "Drøftelse af konkret klagesag om handicapparkering", "05.04.00-G01-4-25", True, [
            ("Baggrund",
             "En borger på Birkelunden 7B, Gunnar Refsgaard Holm, har klaget over, at hans "
             "p-tilladelse nr. HP-44871 ikke gælder i den nye p-kælder."),
            ("Forslag til behandling", "Rådet drøfter, om sagen giver anledning til en generel udtalelse."),
        ]),
        P(5, "Handicaprådets årsberetning 2024", "00.22.00-A00-5-25", False, [
            ("Baggrund", "Formanden har udarbejdet et udkast til årsberetning."),
            ("Forslag til behandling", "Årsberetningen godkendes og sendes til Byrådet."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Forslag til behandling", "-"),
        ]),
    ],
    "secrets": ["Birkelunden 7B", "Gunnar Refsgaard Holm", "p-tilladelse nr. HP-44871"],
    "question": "Bliver det nemt at komme til toget i kørestol, når de bygger om ved stationen?",
    "cite_punkt": 2,
}


def render_09(m):
    o = ["---",
         "titel: Dagsorden – Handicaprådet",
         "dato: 2025-02-04",
         "kommune: Bøgeskrænt Kommune",
         "status: udsendt",
         "---",
         "",
         "# Handicaprådet · dagsorden",
         "",
         "**Tid:** tirsdag 4. februar 2025, kl. 14.00–16.00  ",
         "**Sted:** Bøgeskrænt Rådhus, mødelokale Skrænten  ",
         "**Afbud meldes til:** sekretær Pia Lomborg",
         "",
         "_Dagsordenen udsendes uden beslutninger. Referatet følger efter mødet._",
         "",
         "| Nr. | Emne | Sagsnr. |",
         "|----:|------|---------|"]
    for p in m["points"]:
        o.append("| %d | %s | %s |" % (p["n"], p["title"], p["case"] or ""))
    o.append("")
    for p in m["points"]:
        o.append("---")
        o.append("")
        o.append("## Dagsordenspunkt %d: %s" % (p["n"], p["title"]))
        o.append("")
        o.append("> **Sagsnr.:** %s  " % (p["case"] or "–"))
        o.append("> **Adgang:** %s" % ("Lukket – materialet udleveres kun til rådets medlemmer"
                                         if p["closed"] else "Åben"))
        o.append("")
        for label, text in p["sections"]:
            o.append("#### %s" % label)
            o.append("")
            for t in paras(text):
                o.append(t)
                o.append("")
    o.append("*Bøgeskrænt Kommune · Sekretariatet for Handicaprådet*")
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------------------
# 10  Markholm Kommune - Social- og Sundhedsudvalget (XML export)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_markholm_social-og-sundhedsudvalget_2021.xml",
    "board": "Social- og Sundhedsudvalget",
    "date": "2021-10-05",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "21/00044", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Budgetopfølgning 2 - Social og Sundhed", "21/14220", False, [
            ("Sagsfremstilling",
             "Udvalgets område forventer et samlet mindreforbrug på 1,9 mio. kr. Der er merudgifter til "
             "hjemmesygepleje, som modsvares af færre udgifter til genoptræning."),
            ("Indstilling", "Direktøren indstiller, at budgetopfølgningen tages til efterretning."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(3, "Udvidelse af åbningstiden i Markholm Sundhedshus", "21/16001", False, [
            ("Sagsfremstilling",
             "Blodprøvetagningen og sygeplejeklinikken i Markholm Sundhedshus har i dag kun åbent i "
             "dagtimerne. Forvaltningen foreslår, at begge tilbud fra 1. januar 2022 holder åbent til "
             "kl. 19 om tirsdagen og torsdagen, så borgere, der arbejder, kan komme efter arbejdstid.\n\n"
             "Blodprøver kræver fortsat henvisning fra egen læge, men tiden kan nu bestilles online."),
            ("Økonomi", "Udvidelsen koster 420.000 kr. årligt og finansieres inden for udvalgets ramme."),
            ("Indstilling", "Forvaltningen indstiller, at den udvidede åbningstid godkendes."),
            ("Beslutning", "Godkendt."),
        ]),
        P(4, "Tilsynsrapport for botilbuddet Kildehuset - opfølgning", "21/18802", True, [
            ("Sagsfremstilling",
             "Rapporten omtaler en magtanvendelse den 14. august i Kildehusets afdeling Tjørnen. "
             "Konstitueret leder Bodil Skjærbæk har redegjort for forløbet."),
            ("Beslutning", "Udvalget tog redegørelsen til efterretning."),
        ]),
        P(5, "Orientering om vaccinationsindsatsen i efteråret", "21/17140", False, [
            ("Sagsfremstilling",
             "Der tilbydes influenzavaccination på plejecentrene i uge 41 og 42 samt i Sundhedshuset."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(6, "Meddelelser", "21/00044", False, [
            ("Beslutning", "Formanden orienterede om KL's sundhedskonference."),
        ]),
    ],
    "secrets": ["magtanvendelse den 14. august", "Kildehusets afdeling Tjørnen", "Bodil Skjærbæk"],
    "question": "Kan jeg komme og få taget blodprøver om aftenen i sundhedshuset, når jeg har fri fra arbejde?",
    "cite_punkt": 3,
}


def render_10(m):
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<moede xmlns="urn:markholm:politik:moede:2.1" id="SSU-2021-10-05" eksporteret="2021-10-07T06:00:12">',
         '  <udvalg kode="SSU">Social- og Sundhedsudvalget</udvalg>',
         '  <dokumenttype>Referat</dokumenttype>',
         '  <start>2021-10-05T16:00:00</start>',
         '  <slut>2021-10-05T18:30:00</slut>',
         '  <sted>Markholm Rådhus, mødelokale 4</sted>',
         '  <deltagere>',
         '    <deltager rolle="formand">Helle Bruun</deltager>',
         '    <deltager>Carsten Lunding</deltager>',
         '    <deltager>Sofie Hovmand</deltager>',
         '    <deltager fravaer="afbud">Niels Ebbesen</deltager>',
         '    <deltager>Marianne Tarp</deltager>',
         '  </deltagere>',
         '  <punkter>']
    for p in m["points"]:
        o.append('    <punkt nr="%d" aabenhed="%s">' % (p["n"], "lukket" if p["closed"] else "aaben"))
        o.append('      <titel>%s</titel>' % xesc(p["title"]))
        o.append('      <sagsnummer>%s</sagsnummer>' % (p["case"] or ""))
        for label, text in p["sections"]:
            tag = "beslutning" if label == "Beslutning" else "felt"
            attr = ' dato="2021-10-05" organ="SSU"' if tag == "beslutning" else ' navn="%s"' % label
            html = "".join("<p>%s</p>" % escape(t, quote=False) for t in paras(text))
            o.append('      <%s%s>%s</%s>' % (tag, attr, xesc(html), tag))
        o.append('    </punkt>')
    o.append('  </punkter>')
    o.append('</moede>')
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
