#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind64.

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
# 01  Hvidmose Kommune - Teknik- og Miljøudvalget (municipal web page:
#     breadcrumb, cookie line, anchored contents list, "NN - Title" headings,
#     a Sagsnr. line, "Afgørelse" label, "(LUKKET)" suffix and a closed-doors
#     notice; site footer)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_hvidmose_teknik-og-miljoeudvalget_2023.html",
    "board": "Teknik- og Miljøudvalget",
    "date": "2023-03-14",
    "kind": "referat",
    "points": [
        P(31, "Godkendelse af dagsordenen", "23/00012", False, [
            ("Afgørelse", "Godkendt."),
        ]),
        P(32, "Trafiksikkerhed på Skolevej i Lille Bjerre - hastighedsdæmpning", "23/02417", False, [
            ("Sagsfremstilling",
             "Forvaltningen har modtaget 27 henvendelser fra forældre og beboere om høj fart på Skolevej, hvor børn fra Lille Bjerre Skole krydser vejen morgen og eftermiddag. "
             "En trafiktælling i januar 2023 viste, at 85 procent af bilisterne kører 52 km/t eller derunder, men at hver tiende bil kører over 60 km/t.\n\n"
             "Forvaltningen foreslår tre pudebump mellem Kirkestien og Bakkedraget samt skiltning af en 40 km/t-zone på strækningen."),
            ("Økonomiske konsekvenser",
             "Anlægget koster 385.000 kr. og foreslås finansieret af puljen til trafiksikkerhed, hvor der er 1,2 mio. kr. til rådighed i 2023."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget godkender pudebump og 40 km/t-zone på Skolevej."),
            ("Afgørelse",
             "Godkendt. Arbejdet udføres i skolernes sommerferie 2023, så vejen kan være åben igen ved skolestart. Preben Kvist (V) tog forbehold for placeringen af det nordligste bump."),
        ]),
        P(33, "Ny affaldsordning for sommerhusområder - høringssvar", "22/18800", False, [
            ("Sagsfremstilling",
             "Udkastet til ny ordning har været i høring fra 5. januar til 15. februar 2023. Der er kommet 61 høringssvar, heraf 38 fra grundejerforeningerne ved Strandlyst og Hessel Enge.\n\n"
             "Forslaget indebærer, at sommerhusene får en firkammerbeholder fra 1. maj 2023 med tømning hver 14. dag i uge 18-38 og hver 4. uge resten af året. "
             "Mange høringssvar peger på lugtgener ved tømning hver 4. uge i vinterhalvåret."),
            ("Indstilling", "Forvaltningen indstiller, at ordningen anbefales over for Økonomiudvalget og Kommunalbestyrelsen uændret."),
            ("Afgørelse",
             "Anbefales med den ændring, at tømning uden for sæsonen sker hver 3. uge. Malou Fisker (Ø) ønskede en forsøgsordning med fælles containerpladser i stedet og stemte imod."),
        ]),
        P(34, "Erstatningskrav efter oversvømmelse af kælder i Mosegårdsparken", "23/03102", True, [
            ("Sagsfremstilling",
             "En grundejer har rejst krav om erstatning efter skybruddet i august 2022, hvor spildevand løb tilbage i kælderen. "
             "Kloakarbejdet på stikledningen blev udført af Raaschou & Søn ApS for kommunen i 2019, og forvaltningen vurderer, at tilbageløbsventilen var monteret forkert.\n\n"
             "Kommunens ansvarsforsikring hos Nordvig Forsikring dækker kun en del af kravet."),
            ("Afgørelse",
             "Udvalget godkendte et forlig på 212.400 kr. og bad forvaltningen gøre regres gældende over for entreprenøren."),
        ], mark="Behandles for lukkede døre, jf. kommunestyrelseslovens § 10."),
        P(35, "Naturgenopretning af Hvidmose Å - forundersøgelse", "22/11450", False, [
            ("Sagsfremstilling",
             "Miljøstyrelsen har givet tilsagn om 1,1 mio. kr. til en forundersøgelse af genslyngning af 2,3 km af Hvidmose Å mellem Teglværkssøen og Gammel Mølle. "
             "Ni lodsejere berøres, og de fleste har tilkendegivet interesse for projektet."),
            ("Indstilling", "Forvaltningen indstiller, at forundersøgelsen igangsættes."),
            ("Afgørelse", "Godkendt. Der holdes lodsejermøde i april 2023, og udvalget orienteres igen efter sommerferien."),
        ]),
        P(36, "Salg af kommunal grund ved Ringvej Nord", "23/01906", True, [
            ("Sagsfremstilling",
             "Grunden matr.nr. 14ae har været udbudt i offentligt udbud. Der er indkommet to bud, og det højeste er et bud fra Kvikstop Energi A/S, som ønsker at opføre en ladepark med kiosk."),
            ("Afgørelse", "Udvalget anbefaler Økonomiudvalget at acceptere buddet på 4.150.000 kr. kontant."),
        ], mark="Behandles for lukkede døre, jf. kommunestyrelseslovens § 10."),
        P(37, "Vintertjeneste 2022/23 - status og forbrug", "23/00877", False, [
            ("Sagsfremstilling",
             "Vinteren har indtil nu givet 41 udkald til glatførebekæmpelse og 3 udkald til snerydning. Der er brugt 1.830 tons vejsalt. "
             "Budgettet til vintertjeneste forventes overskredet med 0,9 mio. kr."),
            ("Afgørelse", "Taget til efterretning."),
        ]),
        P(38, "Meddelelser", "23/00012", False, [
            ("Afgørelse", "Formanden orienterede om, at busstoppestedet ved Hvidmose Station flyttes 60 meter mod syd fra 1. april."),
        ]),
    ],
    "secrets": ["Raaschou & Søn ApS", "forlig på 212.400 kr.", "Nordvig Forsikring",
                "Kvikstop Energi A/S", "4.150.000 kr. kontant"],
    "question": "kommer der bump på skolevejen i lille bjerre og hvornår bliver det lavet",
    "cite_punkt": 32,
}


def render_01(m):
    x = []
    a = x.append
    a('<!DOCTYPE html>')
    a('<html lang="da">')
    a('<head>')
    a('<meta charset="utf-8">')
    a('<title>Referat - Teknik- og Miljøudvalget - 14. marts 2023 - Hvidmose Kommune</title>')
    a('<style>body{font-family:Verdana,sans-serif;max-width:56em;margin:auto} .crumbs{font-size:80%} '
      '.sagsnr{color:#555} .lukket{background:#fde2e2;padding:.4em} h2{border-top:1px solid #ccc;padding-top:.6em}</style>')
    a('<script>window.dataLayer=window.dataLayer||[];</script>')
    a('</head>')
    a('<body>')
    a('<div class="cookie">Vi bruger kun nødvendige cookies på dagsordener.hvidmose.dk. <a href="/cookies">Læs mere</a></div>')
    a('<nav class="crumbs"><a href="/">Forside</a> › <a href="/politik">Politik</a> › <a href="/politik/moeder">Dagsordener og referater</a> › Teknik- og Miljøudvalget</nav>')
    a('<main>')
    a('<h1>Teknik- og Miljøudvalget</h1>')
    a('<p class="undertitel">Referat af ordinært møde</p>')
    a('<ul class="moedeinfo">')
    a('<li>Dato: tirsdag den 14. marts 2023</li>')
    a('<li>Tidspunkt: kl. 16.00-18.10</li>')
    a('<li>Sted: Mødelokale Lærken, Rådhuset</li>')
    a('<li>Medlemmer: Kirsten Hald Bruun (A), formand, Preben Kvist (V), Sabina Ørum (F), Jonas Tveden (C), Malou Fisker (Ø)</li>')
    a('<li>Fraværende: Jonas Tveden (C)</li>')
    a('</ul>')
    a('<p><a href="#" onclick="window.print()">Udskriv</a> | <a href="/politik/moeder/tmu-2023-03-14.pdf">Hent som PDF</a></p>')
    a('<h2 class="toc">Indhold</h2>')
    a('<ol class="toc">')
    for p in m["points"]:
        suffix = " (LUKKET)" if p["closed"] else ""
        a('<li><a href="#p%d">%d - %s%s</a></li>' % (p["n"], p["n"], escape(p["title"]), suffix))
    a('</ol>')
    for p in m["points"]:
        suffix = " (LUKKET)" if p["closed"] else ""
        a('<section id="p%d">' % p["n"])
        a('<h2>%d - %s%s</h2>' % (p["n"], escape(p["title"]), suffix))
        a('<p class="sagsnr">Sagsnr. %s</p>' % p["case"])
        if p["closed"]:
            a('<p class="lukket">%s</p>' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<h3>%s</h3>' % escape(label))
            for para in paras(text):
                a('<p>%s</p>' % escape(para))
        a('<p class="top"><a href="#top">Til toppen</a></p>')
        a('</section>')
    a('</main>')
    a('<footer><p>Hvidmose Kommune · Rådhustorvet 1 · 6990 Hvidmose · Tlf. 96 12 34 00</p>'
      '<p>Udskrevet fra dagsordener.hvidmose.dk den 15.03.2023</p></footer>')
    a('</body>')
    a('</html>')
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 02  Bøgelund Kommune - Økonomiudvalget (word processor "save as web page"
#     export in windows-1252: Mso classes, conditional comments, source lines
#     wrapped at 76 columns, "Dagsordenspunkt NNN:" headings, KLE journal
#     numbers, a FORTROLIGT banner)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_boegelund_oekonomiudvalget_2018.htm",
    "board": "Økonomiudvalget",
    "date": "2018-09-04",
    "kind": "referat",
    "points": [
        P(112, "Budgetopfølgning pr. 30. juni 2018", "00.30.14-Ø00-2-18", False, [
            ("Sagsfremstilling",
             "Halvårsregnskabet viser et forventet merforbrug på serviceudgifterne på 14,6 mio. kr. Merforbruget skyldes især specialundervisning uden for kommunens egne skoler "
             "(8,1 mio. kr.) og flere borgere i botilbud på voksenhandicapområdet (4,9 mio. kr.). Anlægsudgifterne forventes at ende 11,2 mio. kr. under budgettet som følge af forsinkelser."),
            ("Indstilling", "Direktionen indstiller, at budgetopfølgningen tages til efterretning og oversendes til Byrådet."),
            ("ØU's beslutning 04.09.2018",
             "Anbefales over for Byrådet. Direktionen pålægges at fremlægge en handleplan for specialundervisningsområdet på mødet i oktober."),
        ]),
        P(113, "Anlægsbevilling til renovering af Bøgelund Svømmehal", "82.18.00-G01-1-17", False, [
            ("Sagsfremstilling",
             "Svømmehallen fra 1974 har store problemer med betonkonstruktionerne over bassinet og med ventilationen. Rådgiverfirmaet Holm Ingeniører har projekteret en renovering, "
             "som omfatter nyt tag, nye omklædningsrum og et varmtvandsbassin til genoptræning. Det samlede anlægsoverslag er 23,4 mio. kr.\n\n"
             "Hallen lukkes fra 1. januar 2019, og det forventes, at den kan genåbne i august 2020. Skolesvømning flyttes i perioden til Bøgelund Efterskoles bassin."),
            ("Indstilling", "Forvaltningen indstiller, at der gives en anlægsbevilling på 23,4 mio. kr., og at projektet udbydes i hovedentreprise."),
            ("ØU's beslutning 04.09.2018", "Anbefales godkendt. Lis Ravn (Ø) bemærkede, at varmtvandsbassinet bør kunne bruges af foreningerne om aftenen."),
        ]),
        P(114, "Takster for hjemmeleveret mad 2019", "29.09.14-S55-1-18", False, [
            ("Sagsfremstilling",
             "Prisen for en hovedret til pensionister må højst være den takst, som fastsættes af Social- og Indenrigsministeriet. Forvaltningen foreslår, at en hovedret koster 57 kr. i 2019, "
             "og at en biret koster 17 kr. Kørsel er indregnet i prisen."),
            ("ØU's beslutning 04.09.2018", "Anbefales godkendt."),
        ]),
        P(115, "Køb af ejendommen Østergade 4 til byfornyelse", "02.34.02-G01-3-18", True, [
            ("Sagsfremstilling",
             "Ejendommen har stået tom i fire år og er i dårlig stand. Den sælges af dødsbo efter Agnes Vilstrup, og boets advokat har accepteret en købesum 1.875.000 kr. "
             "under forudsætning af Byrådets godkendelse. Bygningen rives, og grunden indgår i byfornyelsen af Østergade-kvarteret."),
            ("ØU's beslutning 04.09.2018", "Anbefales godkendt med overtagelse 1. november 2018."),
        ], mark="FORTROLIGT - punktet offentliggøres ikke, jf. offentlighedslovens § 23, stk. 1, nr. 2"),
        P(116, "Medfinansiering af fibernet i landområderne", "24.10.00-A00-1-18", False, [
            ("Sagsfremstilling",
             "Fire landsbylaug har sammen søgt om kommunal medfinansiering til fibernet i områder, hvor teleselskaberne ikke vil udbygge af sig selv. "
             "Projektet omfatter 412 adresser. Forvaltningen foreslår et tilskud på 2,0 mio. kr. fra puljen til landdistriktsudvikling, forudsat at mindst 60 procent af husstandene tilmelder sig."),
            ("ØU's beslutning 04.09.2018", "Godkendt."),
        ]),
        P(117, "Eventuelt", None, False, [
            ("ØU's beslutning 04.09.2018", "Intet."),
        ]),
    ],
    "secrets": ["dødsbo efter Agnes Vilstrup", "købesum 1.875.000 kr.", "overtagelse 1. november 2018"],
    "question": "hvornår åbner svømmehallen i bøgelund igen efter ombygningen",
    "cite_punkt": 113,
}


def _mso_wrap(line, keep, width=76):
    return "\n".join(wrap(line, width, keep)) if len(line) > width else line


def render_02(m):
    keep = keep_phrases(m)
    x = []
    a = x.append
    a('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
      'xmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns="http://www.w3.org/TR/REC-html40">')
    a('')
    a('<head>')
    a('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">')
    a('<meta name=ProgId content=Word.Document>')
    a('<meta name=Generator content="Microsoft Word 14">')
    a('<title>Referat Økonomiudvalget 04-09-2018</title>')
    a('<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Sekretariatet</o:Author>\n'
      '  <o:Created>2018-09-05T08:12:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->')
    a('<style>\n<!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri","sans-serif";}\n'
      'h1 {font-size:16.0pt;} h2 {font-size:13.0pt;}\np.Fortrolig {color:red;font-weight:bold;}\n-->\n</style>')
    a('</head>')
    a('')
    a('<body lang=DA style=\'tab-interval:65.2pt\'>')
    a('<div class=WordSection1>')
    a('<p class=MsoNormal align=right style=\'text-align:right\'><span style=\'font-size:8.0pt\'>Bøgelund Kommune<o:p></o:p></span></p>')
    a('<h1>Referat</h1>')
    a('<p class=MsoNormal><b>Økonomiudvalget</b><o:p></o:p></p>')
    a('<p class=MsoNormal>Mødedato: 04.09.2018<o:p></o:p></p>')
    a('<p class=MsoNormal>Mødetidspunkt: 15:30 - 17:45<o:p></o:p></p>')
    a('<p class=MsoNormal>Mødested: Byrådssalen<o:p></o:p></p>')
    a('<p class=MsoNormal>' + _mso_wrap("Medlemmer: Jens Otto Fabricius (V) formand, Lis Ravn (Ø), Henning Dal (A), "
                                         "Mette Sloth (A), Børge Winther (O), Camilla Brink (V), Niels Hyttel (C)", keep) + '<o:p></o:p></p>')
    a('<p class=MsoNormal>Fraværende: Henning Dal (afbud)<o:p></o:p></p>')
    a('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    a('<p class=MsoNormal><b>Indholdsfortegnelse</b><o:p></o:p></p>')
    for p in m["points"]:
        a('<p class=MsoToc1>' + _mso_wrap("%d %s" % (p["n"], escape(p["title"])), keep) + '<span style=\'mso-tab-count:1\'> </span>%d<o:p></o:p></p>' % (p["n"] - 110))
    for p in m["points"]:
        a('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        a('<h2>' + _mso_wrap("Dagsordenspunkt %d: %s" % (p["n"], escape(p["title"])), keep) + '</h2>')
        if p["case"]:
            a('<p class=MsoNormal>J.nr.: %s<o:p></o:p></p>' % p["case"])
        if p["closed"]:
            a('<p class=Fortrolig>' + _mso_wrap(escape(p["mark"]), keep) + '<o:p></o:p></p>')
        for label, text in p["sections"]:
            a('<p class=MsoNormal><b><u>%s</u></b><o:p></o:p></p>' % escape(label))
            for para in paras(text):
                a('<p class=MsoNormal>' + _mso_wrap(escape(para), [escape(k) for k in keep]) + '<o:p></o:p></p>')
    a('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    a('<p class=MsoNormal>Mødet hævet kl. 17:45<o:p></o:p></p>')
    a('<p class=MsoNormal>Underskrevet digitalt af formanden<o:p></o:p></p>')
    a('</div>')
    a('</body>')
    a('</html>')
    return ("\r\n".join("\r\n".join(x).split("\n")) + "\r\n").encode("cp1252")


# ---------------------------------------------------------------------------
# 03  Stenhøj Kommune - Byrådet, tillægsreferat (word processor document:
#     each point opens with a borderless two-cell table "NN | Title", then a
#     "Sagsid: ... · Sagsbehandler: ..." line, an inline "Beslutning:" label,
#     a grey "Ikke offentlig" box; page header/footer in the section)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_stenhoej_byraadet_tillaegsreferat_2020.docx",
    "board": "Byrådet",
    "date": "2020-12-10",
    "kind": "tillaegsreferat",
    "points": [
        P(14, "Midlertidig lukning af kommunens kulturinstitutioner i julen", "20/33415", False, [
            ("Sagsbehandler", "Ida Frost, Kultur og Fritid"),
            ("", "På grund af det stigende smittetryk har Kulturudvalgets formand bedt om, at Byrådet tager stilling til en midlertidig lukning af Stenhøj Musikhus, Byhistorisk Arkiv og de tre biblioteker i perioden fra 11. december 2020 til 3. januar 2021."),
            ("", "Bibliotekerne holder åbent for afhentning af bestilte materialer mandag, onsdag og fredag kl. 12-17."),
            ("Beslutning", "Godkendt. Lukningen forlænges automatisk, hvis de nationale restriktioner forlænges."),
        ]),
        P(15, "Forlængelse af kontrakt om Flextur med Trafikselskabet Vestlink", "20/31177", False, [
            ("Sagsbehandler", "Anders Mikkelsen, Trafik og Veje"),
            ("", "Kontrakten om Flextur udløber 31. december 2020. Trafikselskabet Vestlink tilbyder en forlængelse på et år til uændret pris, svarende til 2,3 mio. kr. Borgerne betaler fortsat 24 kr. for de første 10 km."),
            ("Beslutning", "Godkendt."),
        ]),
        P(16, "Tvist med entreprenør om tilbygningen til Stenhøj Skole", "20/29844", True, [
            ("Sagsbehandler", "Kommunens advokat"),
            ("", "Entreprenøren Lunde & Kjær A/S har krævet 5,8 mio. kr. for ekstraarbejder og forsinkelse. Kommunen har modkrav for mangler ved taget. Kommunens advokat Trine Bødker anbefaler et forlig frem for voldgift."),
            ("Beslutning", "Byrådet godkendte, at sagen forliges for 3,2 mio. kr., som finansieres af kassebeholdningen."),
        ], mark="Ikke offentlig - udeladt af den offentlige version af tillægsreferatet"),
        P(17, "Ekstraordinært tilskud til Stenhøj Idrætsforening efter brand", "20/33502", False, [
            ("Sagsbehandler", "Ida Frost, Kultur og Fritid"),
            ("", "Klubhuset ved Stenhøj Stadion brændte 29. november 2020. Foreningens forsikring dækker genopførelsen, men ikke midlertidige omklædningsfaciliteter og tabt udstyr. Foreningen søger om 450.000 kr."),
            ("", "Forvaltningen foreslår et tilskud på 450.000 kr. fra Kultur- og Fritidsudvalgets udviklingspulje, heraf 300.000 kr. til leje af omklædningspavilloner frem til sommeren 2021."),
            ("Beslutning", "Godkendt. Byrådet udtrykte sympati med foreningen og de frivillige."),
        ]),
        P(18, "Udpegning af nyt medlem til Folkeoplysningsudvalget", "20/00318", False, [
            ("Sagsbehandler", "Byrådssekretariatet"),
            ("", "Rikke Lauesen (B) er udtrådt af Folkeoplysningsudvalget. Den Radikale Venstres byrådsgruppe har peget på Ole Krag som nyt medlem."),
            ("Beslutning", "Ole Krag blev udpeget."),
        ]),
    ],
    "secrets": ["Lunde & Kjær A/S", "advokat Trine Bødker", "forliges for 3,2 mio. kr."],
    "question": "får idrætsforeningen noget hjælp fra kommunen efter at klubhuset brændte",
    "cite_punkt": 17,
}


def render_03(m):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    when = datetime.datetime(2020, 12, 14, 9, 30)
    cp.author, cp.title, cp.created, cp.modified, cp.revision = "Byrådssekretariatet", "Tillægsreferat Byrådet 10.12.2020", when, when, 1
    cp.last_modified_by = "Byrådssekretariatet"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Stenhøj Kommune\tByrådet\tTillægsreferat 10.12.2020"
    sec.footer.paragraphs[0].text = "Referatet er godkendt og underskrevet digitalt i Prism Meeting"
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)

    d.add_paragraph("STENHØJ KOMMUNE").runs[0].bold = True
    d.add_heading("Tillægsreferat", level=1)
    d.add_paragraph("Byrådet")
    d.add_paragraph("Ordinært møde torsdag den 10. december 2020 kl. 18.30, holdt virtuelt via Teams")
    d.add_paragraph("Tillægsreferatet omfatter de punkter, der blev optaget på dagsordenen efter udsendelsen "
                    "den 3. december 2020. Punkt 1-13 fremgår af det ordinære referat.")
    d.add_paragraph("Fraværende: Rikke Lauesen (B)")

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    for p in m["points"]:
        d.add_paragraph("")
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        no_borders(t)
        c0, c1 = t.rows[0].cells
        r = c0.paragraphs[0].add_run(str(p["n"]))
        r.bold, r.font.size = True, Pt(16)
        r = c1.paragraphs[0].add_run(p["title"])
        r.bold, r.font.size = True, Pt(12)
        secs = p["sections"]
        d.add_paragraph("Sagsid: %s · Sagsbehandler: %s" % (p["case"], secs[0][1]))
        if p["closed"]:
            box = d.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            rr = box.rows[0].cells[0].paragraphs[0].add_run(p["mark"])
            rr.italic = True
            rr.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        for label, text in secs[1:]:
            para = d.add_paragraph()
            if label:
                para.add_run(label + ": ").bold = True
            para.add_run(text)
    d.add_paragraph("")
    d.add_paragraph("Mødet sluttede kl. 21.05.")
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    entries = [(n, zin.read(n), False) for n in zin.namelist()]
    return fixed_zip(entries, (2020, 12, 14, 9, 30, 0))


# ---------------------------------------------------------------------------
# 04  Askerød Kommune - Klima- og Forsyningsudvalget, dagsorden (PDF from an
#     agenda system: cover page with a meeting box and a numbered list, then
#     "Nr. N" headings set apart from the title, a Sags-id line, sections
#     without any decision field, an IKKE OFFENTLIG strip; running header and
#     "Side x/y" footer)
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_askeroed_klima-og-forsyningsudvalget_dagsorden_2026.pdf",
    "board": "Klima- og Forsyningsudvalget",
    "date": "2026-02-05",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "26/000211", False, [
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at dagsordenen godkendes."),
        ]),
        P(2, "Klimahandleplan 2026-2030 - udkast til høring", "25/014877", False, [
            ("Resumé", "Udkastet til klimahandleplan sætter et mål om 70 procent lavere udledning af drivhusgasser fra kommunen som geografisk område i 2030 sammenlignet med 1990."),
            ("Sagsfremstilling",
             "Planen indeholder 34 indsatser, blandt andet udfasning af oliefyr, elektrificering af den kommunale bilpark og skovrejsning på 120 hektar. "
             "Forvaltningen foreslår en offentlig høring i ni uger fra 16. februar 2026 med borgermøder i Askerød og Egholt."),
            ("Økonomi", "Høringen afholdes inden for det eksisterende budget. Indsatserne finansieres i de kommende budgetter."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at udkastet sendes i offentlig høring."),
        ]),
        P(3, "Varmeplan: Fjernvarmeudbygning i Egholt og Rislev", "25/012093", False, [
            ("Resumé", "Askerød Forsyning ønsker at udbygge fjernvarmen til 640 husstande i Egholt og Rislev."),
            ("Sagsfremstilling",
             "Projektforslaget viser en samfundsøkonomisk gevinst på 48 mio. kr. over 20 år. Ledningsarbejdet forventes at begynde i 2027, og de første husstande i Rislev kan tilsluttes i efteråret 2028. "
             "Egholt følger i 2029. Husstande, der tilmelder sig inden 1. september 2026, får gratis stikledning."),
            ("Økonomi", "Kommunen skal stille garanti for et lån på op til 95 mio. kr. Garantiprovisionen udgør 0,5 procent om året."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at projektforslaget sendes i høring hos de berørte parter i fire uger."),
        ]),
        P(4, "Forhandling om køb af jord til solcelleanlæg", "25/016540", True, [
            ("Sagsfremstilling",
             "Forvaltningen har forhandlet med ejeren af Tange Hovedgård om køb af 42 hektar ved Tangevej. Ejeren forlanger 310.000 kr. pr. hektar, hvilket ligger over vurderingen."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at udvalget giver mandat til videre forhandling."),
        ], mark="IKKE OFFENTLIG - Materialet er kun tilgængeligt for udvalgets medlemmer"),
        P(5, "Revision af regulativ for jordflytning", "25/009981", False, [
            ("Resumé", "Regulativet fra 2019 tilpasses den nye bekendtgørelse om anmeldelse af flytning af jord."),
            ("Sagsfremstilling", "Ændringerne betyder blandt andet, at jord fra offentlige vejarealer fremover skal anmeldes digitalt, og at analysekravet for småpartier under 30 tons bortfalder."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at det reviderede regulativ godkendes."),
        ]),
        P(6, "Orientering og eventuelt", "26/000211", False, [
            ("Sagsfremstilling", "Orientering om status på udskiftningen af gadebelysningen til LED og om vandværkernes takster for 2026."),
        ]),
    ],
    "secrets": ["Tange Hovedgård", "310.000 kr. pr. hektar"],
    "question": "hvornaar kan man få fjernvarme i rislev",
    "cite_punkt": 3,
}


def render_04(m):
    from fpdf import FPDF

    keep = keep_phrases(m)
    head = "Askerød Kommune  |  Klima- og Forsyningsudvalget  |  Dagsorden 05.02.2026"

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Helvetica", "", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, head, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(4)

        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d/{nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 29, 10, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Dagsorden - Klima- og Forsyningsudvalget - 05.02.2026")
    pdf.set_author("Askerød Kommune")
    pdf.set_creator("Dagsordensystem")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    W = 166

    def text(t, size=10, style="", indent=0):
        pdf.set_font("Helvetica", style, size)
        for para in paras(t):
            w = para
            for k in sorted(keep, key=len, reverse=True):
                w = w.replace(k, k.replace(" ", SENT))
            cur = ""
            for word in w.split(" "):
                trial = (cur + " " + word) if cur else word
                if pdf.get_string_width(trial.replace(SENT, " ")) > W - indent and cur:
                    pdf.set_x(22 + indent)
                    pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                    cur = word
                else:
                    cur = trial
            if cur:
                pdf.set_x(22 + indent)
                pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    # cover page
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 12, "Askerød Kommune", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 18)
    pdf.cell(0, 10, "DAGSORDEN", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_fill_color(230, 238, 230)
    for k, v in (("Udvalg", "Klima- og Forsyningsudvalget"), ("Mødedato", "Torsdag 5. februar 2026"),
                 ("Tidspunkt", "Kl. 08.00 - 10.00"), ("Mødested", "Udvalgsværelse 2, Askerød Rådhus"),
                 ("Medlemmer", "Tove Bang (S), Henrik Lykke (V), Asma Rahimi (SF), Peder Nørlem (DF), Line Gjerløv (K)")):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(32, 7, k, fill=True)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, v, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Punkter på dagsordenen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for p in m["points"]:
        mark = "  (ikke offentlig)" if p["closed"] else ""
        pdf.cell(0, 6, "%d.  %s%s" % (p["n"], p["title"], mark), new_x="LMARGIN", new_y="NEXT")
    # points
    for p in m["points"]:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_fill_color(40, 90, 60)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(18, 7, "Nr. %d" % p["n"], fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 7, p["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 6, "Sags-id: %s" % p["case"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        if p["closed"]:
            pdf.set_fill_color(200, 40, 40)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(0, 7, p["mark"], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        for label, body in p["sections"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
            text(body)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Kragsø Kommune - Beredskabskommissionen (plain-text export from an old
#     case system: fixed-width header with dotted labels, "PUNKT 007" with a
#     zero-padded number, an "Åben [X]  Lukket [ ]" checkbox line, Sagsnr. and
#     Dok.nr., "Kommissionens afgørelse:"; form feeds and page headers)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_kragsoe_beredskabskommissionen_2011.txt",
    "board": "Beredskabskommissionen",
    "date": "2011-05-26",
    "kind": "referat",
    "points": [
        P(7, "Godkendelse af referat fra mødet 24.02.2011", "11/0409", False, [
            ("Kommissionens afgørelse", "Godkendt uden bemærkninger."),
        ], doc="31207/11"),
        P(8, "Risikobaseret dimensionering - revideret plan", "10/5521", False, [
            ("Sagsfremstilling",
             "Beredskabsstyrelsen har gennemgået udkastet til revideret plan for risikobaseret dimensionering og har ingen væsentlige bemærkninger. "
             "Planen fastholder, at første udrykningskøretøj skal være fremme inden 10 minutter i byzone og inden 15 minutter i landzone i 90 procent af tilfældene.\n\n"
             "Statistikken for 2010 viser, at målet blev nået i 93 procent af udrykningerne i byzone og i 86 procent i landzone, hvor især Vesterø og Strandby trækker ned."),
            ("Indstilling", "Beredskabschefen indstiller, at planen oversendes til Byrådet til godkendelse."),
            ("Kommissionens afgørelse",
             "Oversendes til Byrådet. Kommissionen bad om en redegørelse for, hvordan responstiden i landzone kan forbedres, eventuelt ved et samarbejde med nabokommunens station i Hasle."),
        ], doc="44016/11"),
        P(9, "Indkøb af ny drejestige", "11/1877", False, [
            ("Sagsfremstilling",
             "Den nuværende drejestige er fra 1989 og kan ikke længere godkendes efter 2012. En ny drejestige koster ca. 5,8 mio. kr. ved køb. "
             "Alternativt kan den leases over 10 år for ca. 690.000 kr. årligt."),
            ("Indstilling", "Beredskabschefen indstiller, at stigen købes, og at indkøbet udbydes i EU-udbud."),
            ("Kommissionens afgørelse", "Kommissionen anbefaler køb. Sagen sendes videre til Økonomiudvalget med henblik på en anlægsbevilling."),
        ], doc="46650/11"),
        P(10, "Personaleforhold i deltidsstyrken", "11/2318", True, [
            ("Sagsfremstilling",
             "Beredskabschefen orienterede om, at brandmand Villy Steensgaard gentagne gange ikke har reageret på alarmering i vagtperioden. "
             "Der er givet en skriftlig advarsel for udeblivelse, og tillidsrepræsentanten er inddraget."),
            ("Kommissionens afgørelse", "Taget til efterretning."),
        ], doc="48812/11"),
        P(11, "Tilsyn med fyrværkeriforhandlere 2010", "11/2201", False, [
            ("Sagsfremstilling",
             "Der blev i december 2010 ført tilsyn med 14 midlertidige fyrværkeriforhandlere. To forhandlere fik påbud om bedre adskillelse mellem lager og butik, og begge påbud er efterkommet."),
            ("Kommissionens afgørelse", "Taget til efterretning."),
        ], doc="47302/11"),
        P(12, "Brandsyn på Kragsø Havn - påbud til virksomhed", "11/2340", True, [
            ("Sagsfremstilling",
             "Ved brandsyn i en af pakhallerne blev der konstateret oplag af emballage langt over det tilladte. Virksomheden Fiskeeksport Thorup ApS har tidligere fået henstillinger."),
            ("Kommissionens afgørelse", "Kommissionen tiltrådte et påbud om sprinkling inden 1. september 2011 og et forbud mod oplag i hal 3 indtil da."),
        ], doc="49001/11"),
    ],
    "secrets": ["brandmand Villy Steensgaard", "skriftlig advarsel for udeblivelse",
                "Fiskeeksport Thorup ApS", "sprinkling inden 1. september 2011"],
    "question": "hvor mange minutter går der før brandbilen er fremme hvis man bor på landet",
    "cite_punkt": 8,
}


def render_05(m):
    keep = keep_phrases(m)
    out = []
    page = [1]
    HEADLINE = "KRAGSØ KOMMUNE - Beredskabskommissionen - 26.05.2011"

    def newpage():
        page[0] += 1
        out.append("\f%-64s Side %d" % (HEADLINE, page[0]))
        out.append("-" * 72)

    out.append("KRAGSØ KOMMUNE" + " " * 50 + "REFERAT")
    out.append("=" * 72)
    out.append("Udvalg....: Beredskabskommissionen")
    out.append("Mødedato..: 26.05.2011            Kl.: 14:00 - 16:15")
    out.append("Mødested..: Brandstationen, Havnevej 9, mødesalen")
    out.append("Til stede.: Borgmester Erik Vestergaard (formand), Inge Kobbersmed,")
    out.append("            Hans Peter Lund, politikommissær Niels Hvas,")
    out.append("            beredskabschef Ulrik Stær (sekretær)")
    out.append("Afbud.....: Anne Mølgaard")
    out.append("=" * 72)
    out.append("")
    out.append("PUNKTER")
    for p in m["points"]:
        out.append("  %03d  %s" % (p["n"], p["title"]))
    out.append("")
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            newpage()
        out.append("")
        out.append("PUNKT %03d  %s" % (p["n"], p["title"]))
        out.append("Åben [%s]  Lukket [%s]" % (" " if p["closed"] else "X", "X" if p["closed"] else " "))
        out.append("Sagsnr.: %s   Dok.nr.: %s" % (p["case"], p["doc"]))
        out.append("-" * 72)
        for label, body in p["sections"]:
            out.append(label + ":")
            for para in paras(body):
                out.extend("  " + ln for ln in wrap(para, 68, keep))
                out.append("")
    out.append("")
    out.append("Mødet hævet kl. 16:15")
    out.append("")
    out.append("Erik Vestergaard                        Ulrik Stær")
    out.append("formand                                 sekretær")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# 06  Lerbjerg Kommune - Ældrerådet (the minutes sent as a plain e-mail by the
#     council's secretary: quoted-printable body wrapped at 72 columns,
#     "Ad N)" headings, "Acadre" case references, "Rådets holdning:" label, a
#     closed-doors line, a signature and a small CSV attachment)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_lerbjerg_aeldreraadet_2019.eml",
    "board": "Ældrerådet",
    "date": "2019-10-08",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [
            ("Rådets holdning", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Høring om kvalitetsstandard for praktisk hjælp 2020", "19/08812", False, [
            ("Sagen kort",
             "Sundheds- og Ældreforvaltningen har sendt udkast til kvalitetsstandard for praktisk hjælp 2020 i høring. "
             "Udkastet fastholder rengøring hver 3. uge for borgere, der er visiteret til praktisk hjælp, men indfører, at tøjvask kan erstattes af et vaskeri-abonnement."),
            ("Rådets holdning",
             "Ældrerådet finder, at rengøring hver 3. uge er for lidt for borgere med nedsat førlighed, og foreslår rengøring hver 2. uge for borgere over 85 år. "
             "Rådet støtter vaskeri-abonnementet, hvis det er frivilligt. Høringssvaret sendes senest 18. oktober."),
        ]),
        P(3, "Valg til Ældrerådet 2021 - planlægning", "19/09904", False, [
            ("Sagen kort",
             "Næste valg til Ældrerådet holdes som brevvalg i efteråret 2021. Sekretariatet har indhentet et overslag på 85.000 kr. til porto og optælling."),
            ("Rådets holdning", "Rådet ønsker at undersøge muligheden for digital stemmeafgivning som supplement til brevvalget. Gudrun Sejr og Poul Aagaard udgør en arbejdsgruppe."),
        ]),
        P(4, "Klage fra pårørende vedrørende plejecentret Solsikken", "19/10233", True, [
            ("Sagen kort",
             "Rådet har modtaget en henvendelse fra datteren Lene Bisgaard om faldet den 14. august, hvor hendes mor lå længe på gulvet, før der kom hjælp. "
             "Klagen angår nattevagten på afsnit Rønnebær og bemandingen om natten."),
            ("Rådets holdning", "Rådet videresender henvendelsen til forvaltningen og beder om en redegørelse til næste møde. Klageren orienteres."),
        ], mark="Behandles for lukkede døre (personoplysninger)"),
        P(5, "Nyt fra plejecentrene og hjemmeplejen", "19/00231", False, [
            ("Sagen kort",
             "Plejecentret Egebo har fået ny leder, Marianne Kloster, fra 1. september. Hjemmeplejen i Lerbjerg Nord har fortsat svært ved at rekruttere social- og sundhedshjælpere."),
            ("Rådets holdning", "Orienteringen blev taget til efterretning."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Rådets holdning", "Næste møde er tirsdag den 12. november kl. 9.30 på Lerbjerg Bibliotek."),
        ]),
    ],
    "secrets": ["datteren Lene Bisgaard", "faldet den 14. august", "nattevagten på afsnit Rønnebær"],
    "question": "hvor tit bliver der gjort rent hos dem der får hjemmehjælp til rengøring",
    "cite_punkt": 2,
}


def render_06(m):
    keep = keep_phrases(m)
    L = []
    L.append("Kære medlemmer af Ældrerådet")
    L.append("")
    L.append("Hermed referatet fra mødet tirsdag den 8. oktober 2019 kl. 9.30-12.00 i")
    L.append("mødelokale 3 på Lerbjerg Rådhus.")
    L.append("")
    L.append("Til stede: Gudrun Sejr (formand), Poul Aagaard, Karen Thiim, Bent Rask,")
    L.append("Esther Holm. Afbud: Ingolf Barslund.")
    L.append("Fra forvaltningen: ældrechef Jesper Kolind (punkt 2 og 5).")
    L.append("")
    L.append("Referatet lægges også på kommunens hjemmeside, dog uden punkt 4.")
    L.append("")
    for p in m["points"]:
        L.append("_" * 60)
        L.append("")
        L.append("Ad %d) %s" % (p["n"], p["title"]))
        if p["case"]:
            L.append("(Acadre %s)" % p["case"])
        if p["closed"]:
            L.append("*** %s ***" % p["mark"])
        L.append("")
        for label, body in p["sections"]:
            L.append(label + ":")
            for para in paras(body):
                L.extend(wrap(para, 72, keep))
                L.append("")
    L.append("_" * 60)
    L.append("")
    L.append("Med venlig hilsen")
    L.append("")
    L.append("Birthe Kamp")
    L.append("Sekretær for Ældrerådet")
    L.append("Lerbjerg Kommune, Sundhed og Ældre")
    L.append("Direkte: 72 44 18 09")
    body = "\n".join(L) + "\n"

    msg = EmailMessage()
    msg["From"] = "Ældrerådets sekretariat <aeldreraad@lerbjerg.dk>"
    msg["To"] = "aeldreraadet-medlemmer@lerbjerg.dk"
    msg["Subject"] = "Referat af Ældrerådets møde tirsdag den 8. oktober 2019"
    msg["Date"] = "Wed, 09 Oct 2019 13:47:02 +0200"
    msg["Message-ID"] = "<20191009134702.5521@mail.lerbjerg.dk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    csv = "Punkt;Emne;Sagsnr\r\n2;Kvalitetsstandard praktisk hjælp;19/08812\r\n3;Valg 2021;19/09904\r\n"
    msg.add_attachment(csv.encode("utf-8"), maintype="text", subtype="csv", filename="punktoversigt.csv")
    msg.set_boundary("==lerbjerg_2019_10_09==")
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# 07  Tjørnevang Kommune - Arbejdsmarkeds- og Integrationsudvalget (RTF from
#     an old word processor: letterhead in the page header, "NN/15" running
#     numbers over the year as point headings, "Sags-ID:" line, decision
#     label "Afgørelse truffet af udvalget:", an exemption sentence)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_tjoernevang_arbejdsmarkeds-og-integrationsudvalget_2015.rtf",
    "board": "Arbejdsmarkeds- og Integrationsudvalget",
    "date": "2015-06-09",
    "kind": "referat",
    "points": [
        P(44, "Godkendelse af dagsorden", "15-000102", False, [
            ("Afgørelse truffet af udvalget", "Godkendt."),
        ]),
        P(45, "Ledighedsudvikling 1. kvartal 2015", "15-001887", False, [
            ("Sagsfremstilling",
             "Bruttoledigheden i Tjørnevang var 5,1 procent i marts 2015 mod 5,6 procent året før, svarende til 1.904 fuldtidsledige. "
             "Ledigheden blandt unge under 30 år er faldet mest, mens langtidsledigheden er uændret."),
            ("Afgørelse truffet af udvalget", "Taget til efterretning."),
        ]),
        P(46, "Boligplacering af flygtninge i 2015", "15-002290", False, [
            ("Sagsfremstilling",
             "Udlændingestyrelsen har fastsat kommunekvoten for 2015 til 118 flygtninge. Der er ikke almene boliger nok til at huse alle ved ankomsten. "
             "Forvaltningen foreslår midlertidige boliger i seks pavilloner ved Lundegården samt leje af den tidligere præstebolig i Ulstrup.\n\n"
             "Familier med børn prioriteres til de almene boliger, mens enlige tilbydes et værelse i pavillonerne i op til 12 måneder."),
            ("Økonomi", "Etablering af pavillonerne koster 3,4 mio. kr., som delvist dækkes af husleje og statens grundtilskud."),
            ("Afgørelse truffet af udvalget",
             "Anbefales over for Økonomiudvalget. Udvalget ønsker, at der holdes et informationsmøde for naboerne til Lundegården inden etableringen."),
        ]),
        P(47, "Sag om tilbagebetaling af kontanthjælp", "15-002455", True, [
            ("Sagsfremstilling",
             "Kontrolgruppen har konstateret, at en borger har haft en samlever på Enghavevej i hele perioden, uden at det er oplyst. "
             "Der er i alt 96.312 kr. uberettiget modtaget."),
            ("Afgørelse truffet af udvalget", "Udvalget godkendte krav om tilbagebetaling og politianmeldelse."),
        ], mark="Punktet er undtaget fra offentliggørelse, jf. kommunestyrelseslovens § 10 og persondataloven."),
        P(48, "Evaluering af virksomhedscentrene", "15-001302", False, [
            ("Sagsfremstilling",
             "Kommunen har 23 virksomhedscentre i private og offentlige virksomheder. Af de 211 borgere, der afsluttede et forløb i 2014, var 61 procent i job eller uddannelse seks måneder senere."),
            ("Afgørelse truffet af udvalget", "Taget til efterretning. Udvalget ønsker flere virksomhedscentre i byggebranchen."),
        ]),
        P(49, "Meddelelser", "15-000102", False, [
            ("Afgørelse truffet af udvalget", "Jobcentret flytter til Stationsvej 2 den 1. august 2015."),
        ]),
    ],
    "secrets": ["samlever på Enghavevej", "96.312 kr. uberettiget modtaget", "politianmeldelse"],
    "question": "hvor skal de nye flygtninge bo i tjørnevang",
    "cite_punkt": 46,
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
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    x = []
    a = x.append
    a(r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030")
    a(r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}")
    a(r"{\colortbl;\red0\green0\blue0;\red128\green0\blue0;}")
    a(r"{\info{\title " + _rtf("Referat AIU 09.06.2015") + r"}{\author Tjoernevang Kommune}{\creatim\yr2015\mo6\dy10\hr8\min5}}")
    a(r"\paperw11906\paperh16838\margl1418\margr1134\margt1418\margb1134")
    a(r"{\header\pard\qr\f1\fs16 " + _rtf("Tjørnevang Kommune · Arbejdsmarkeds- og Integrationsudvalget · Referat 09.06.2015") + r"\par}")
    a(r"{\footer\pard\qc\f1\fs16 Side {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}")
    a(r"\pard\f1\fs32\b " + _rtf("Arbejdsmarkeds- og Integrationsudvalget") + r"\b0\par")
    a(r"\pard\f1\fs22 " + _rtf("Referat af mødet tirsdag den 9. juni 2015 kl. 15.00 i Udvalgsværelse 1") + r"\par")
    a(r"\pard\f1\fs20 " + _rtf("Deltagere: Søren Bakmand (A), formand, Annette Rye (V), Kamal Dorani (A), Tage Udsen (O), Pia Sværke (V)") + r"\par")
    a(r"\pard\f1\fs20 " + _rtf("Afbud: Ingen") + r"\par")
    a(r"\pard\par")
    for p in m["points"]:
        a(r"\pard\sb240\f1\fs24\b " + _rtf("%d/15\t%s" % (p["n"], p["title"])) + r"\b0\par")
        a(r"\pard\f1\fs18 " + _rtf("Sags-ID: %s" % p["case"]) + r"\par")
        if p["closed"]:
            a(r"\pard\f1\fs18\cf2\i " + _rtf(p["mark"]) + r"\i0\cf0\par")
        for label, body in p["sections"]:
            a(r"\pard\sb120\f1\fs20\ul " + _rtf(label + ":") + r"\ulnone\par")
            for para in paras(body):
                a(r"\pard\f1\fs20 " + _rtf(para) + r"\par")
    a(r"\pard\par")
    a(r"\pard\f1\fs20 " + _rtf("Mødet sluttede kl. 16.40.") + r"\par")
    a("}")
    return "\r\n".join(x) + "\r\n"


# ---------------------------------------------------------------------------
# 08  Vandkær Municipality - Green Transition Committee (English-language
#     minutes in an office document: meeting facts as a table, "Point N -"
#     headings with a case line, "Recommendation"/"Decision" labels, an
#     "Exempt from publication (closed session)" note)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_vandkaer_green-transition-committee_2024.odt",
    "board": "Green Transition Committee",
    "date": "2024-04-17",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", "24/00110", False, [
            ("Decision", "Approved."),
        ]),
        P(2, "Cycle lane along Kystvejen - design options", "24/00877", False, [
            ("Background",
             "The administration has drawn up two options for a cycle lane on the 3.2 km stretch of Kystvejen between Vandkær harbour and Sandager camping. "
             "Option A is a one-way lane on each side of the road at DKK 5.1m. Option B is a two-way cycle path, 3.0 metres wide, on the sea side at DKK 7.4m."),
            ("Recommendation", "The administration recommends option B, as it separates cyclists from car traffic and can be built without expropriation."),
            ("Decision",
             "The committee chose option B. Construction is planned for autumn 2024 so that the path can open before the 2025 summer season. "
             "Funding is to be found in the 2025 budget negotiations."),
        ]),
        P(3, "Biogas plant at Tofteby - scoping of the environmental assessment", "23/11021", False, [
            ("Background",
             "A consortium of local farmers wants to build a biogas plant north of Tofteby. Before the environmental impact assessment can be prepared, the committee must approve its scope. "
             "The scoping covers odour, traffic with slurry tankers and the protection of Tofte Bæk."),
            ("Decision", "Approved, with the addition that the assessment must include noise at night."),
        ]),
        P(4, "Dispute with waste contractor over missed collections", "24/01390", True, [
            ("Background",
             "Since January the contractor Renoflex Nord ApS has missed more than 2,100 scheduled collections. The contract allows a penalty of DKK 640,000 for the first quarter. "
             "The contractor disputes the figures."),
            ("Decision", "The committee endorsed the termination notice dated 2 April and asked the administration to prepare a new tender."),
        ], mark="Exempt from publication - dealt with in closed session (contractual and commercial information)."),
        P(5, "Tree-planting programme 2024", "24/00301", False, [
            ("Background",
             "The budget includes DKK 1.2m for planting 10,000 trees in 2024. Schools and residents' associations have proposed 17 sites. "
             "The administration proposes planting at 11 sites, including the school forests at Nørrevang and Lyshøj."),
            ("Decision", "Approved."),
        ]),
        P(6, "Any other business", None, False, [
            ("Decision", "The chair informed the committee that the climate conference will be held on 5 September 2024."),
        ]),
    ],
    "secrets": ["Renoflex Nord ApS", "penalty of DKK 640,000", "termination notice dated 2 April"],
    "question": "are we getting a proper bike path on kystvejen and how much will it cost",
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
    a('<text:p text:style-name="Small">Vandkær Municipality · Technical and Environmental Administration</text:p>')
    a('<text:h text:outline-level="1">Minutes</text:h>')
    a('<text:p text:style-name="Lead">Green Transition Committee</text:p>')
    a('<table:table table:name="Meeting"><table:table-column table:number-columns-repeated="2"/>')
    for k, v in (("Date", "Wednesday 17 April 2024"), ("Time", "16:00-18:30"), ("Venue", "Committee Room B, Vandkær Town Hall"),
                 ("Members present", "Nadia Holst (chair), Thomas Brix, Leila Amiri, Frode Kastbjerg"),
                 ("Absent", "Mogens Vilhelmsen (illness)")):
        a('<table:table-row><table:table-cell><text:p><text:span text:style-name="B">%s</text:span></text:p></table:table-cell>'
          '<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>' % (xesc(k), xesc(v)))
    a('</table:table>')
    a('<text:p/>')
    for p in m["points"]:
        a('<text:h text:outline-level="2">Point %d – %s</text:h>' % (p["n"], xesc(p["title"])))
        if p["case"]:
            a('<text:p text:style-name="Small">Case no. %s</text:p>' % p["case"])
        if p["closed"]:
            a('<text:p text:style-name="Closed">%s</text:p>' % xesc(p["mark"]))
        for label, body in p["sections"]:
            lab = "Decision of the Green Transition Committee" if label == "Decision" else label
            a('<text:p text:style-name="Label">%s</text:p>' % xesc(lab))
            for para in paras(body):
                a('<text:p>%s</text:p>' % xesc(para))
    a('<text:p/>')
    a('<text:p>The minutes were approved by the chair on 18 April 2024.</text:p>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Closed" style:family="paragraph"><style:text-properties fo:color="#a00000" fo:font-style="italic"/></style:style>'
               '<style:style style:name="Label" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
               '<style:style style:name="Lead" style:family="paragraph"><style:text-properties fo:font-size="14pt"/></style:style>'
               '</office:automatic-styles><office:body><office:text>\n%s\n</office:text></office:body></office:document-content>\n'
               % (NS, "\n".join(b)))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>Minutes - Green Transition Committee - 17 April 2024</dc:title>'
            '<meta:creation-date>2024-04-18T09:00:00</meta:creation-date>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>\n' % NS)
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2"><office:styles/>'
              '</office:document-styles>\n' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False)], (2024, 4, 18, 9, 0, 0))


# ---------------------------------------------------------------------------
# 09  Mølleå Kommune - Landdistriktsrådet (page of a static site generator:
#     YAML front matter, "## N ▪ Title" headings, case as an italic line,
#     bold run-in labels, a padlock and a GitHub-style CAUTION admonition on
#     the closed point, footnote-style references)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_moelleaa_landdistriktsraadet_2021.md",
    "board": "Landdistriktsrådet",
    "date": "2021-09-22",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2021-0044", False, [
            ("Rådets beslutning", "Godkendt."),
        ]),
        P(2, "Fordeling af Landsbypuljen 2021", "2021-7716", False, [
            ("Kort om sagen",
             "Der er 600.000 kr. i Landsbypuljen 2021. Der er kommet 14 ansøgninger på i alt 1,3 mio. kr. "
             "Sekretariatet har vurderet ansøgningerne efter kriterierne om fællesskab, frivillig arbejdskraft og medfinansiering."),
            ("Rådets beslutning",
             "Rådet bevilgede tilskud til ni projekter, blandt andet 120.000 kr. til nyt tag på Vestervang Forsamlingshus, 85.000 kr. til en multibane i Kirke Sørup "
             "og 40.000 kr. til hjertestartere i Lyngå og Over Mølleå. Fem ansøgere får afslag og opfordres til at søge igen i 2022."),
        ]),
        P(3, "Busbetjening af landsbyerne fra køreplansskiftet i december", "2021-6620", False, [
            ("Kort om sagen",
             "Trafikselskabet har varslet, at rute 214 mellem Mølleå og Kirke Sørup nedlægges ved køreplansskiftet den 12. december 2021, fordi der i gennemsnit kun er fire passagerer pr. afgang. "
             "I stedet udvides Flextur, så borgere i landsbyerne kan bestille kørsel mellem kl. 6 og 23 til samme pris som en busbillet plus 10 kr."),
            ("Rådets beslutning",
             "Rådet beklager nedlæggelsen og anbefaler, at skolebørn i Kirke Sørup fortsat sikres kørsel til Mølleå Skole. Rådet afgiver høringssvar inden 1. oktober."),
        ]),
        P(4, "Ansøgning om tilskud til shelterplads ved Kildemølle", "2021-8012", False, [
            ("Kort om sagen",
             "Kildemølle Lokalråd søger 65.000 kr. til to shelters, bålplads og et tørkloset ved stien langs åen. Lodsejeren har givet tilladelse."),
            ("Rådets beslutning", "Bevilget 50.000 kr. under forudsætning af, at lokalrådet står for vedligeholdelsen."),
        ]),
        P(5, "Henvendelse om konflikt i bestyrelsen for Lindholt Beboerforening", "2021-8130", True, [
            ("Kort om sagen",
             "Et bestyrelsesmedlem har klaget over formanden Rasmus Ejby og videresendt en mail af 3. september 2021 med trusler. "
             "Kommunens jurist Helle Sand har vurderet, at sagen ikke hører under Landdistriktsrådet."),
            ("Rådets beslutning", "Rådet tog orienteringen til efterretning og henviste klageren til politiet og foreningens generalforsamling."),
        ], mark="Lukket punkt - referatet er ikke offentligt"),
        P(6, "Eventuelt", None, False, [
            ("Rådets beslutning", "Landsbytræf 2022 holdes i Lyngå den 7. maj 2022."),
        ]),
    ],
    "secrets": ["formanden Rasmus Ejby", "mail af 3. september 2021", "jurist Helle Sand"],
    "question": "bliver bus 214 nedlagt og hvad skal vi så køre med i stedet",
    "cite_punkt": 3,
}


def render_09(m):
    x = []
    a = x.append
    a("---")
    a('title: "Referat - Landdistriktsrådet - 22. september 2021"')
    a("kommune: Mølleå Kommune")
    a("raad: Landdistriktsrådet")
    a("dato: 2021-09-22")
    a("sted: Kirke Sørup Forsamlingshus")
    a("layout: referat")
    a("tags: [landdistrikter, landsbypulje, trafik]")
    a("---")
    a("")
    a("# Landdistriktsrådet")
    a("")
    a("**Referat** af mødet onsdag den 22. september 2021 kl. 19.00-21.30 i Kirke Sørup Forsamlingshus.")
    a("")
    a("Deltagere: Birgit Lassen (formand, Kirke Sørup), Hans Jørn Eg (Lyngå), Sidsel Krogh (Vestervang), "
      "Morten Hald (Over Mølleå), byrådsmedlem Ahmad Nouri[^1]. Afbud: Kildemølle Lokalråd.")
    a("")
    a("[TOC]")
    a("")
    for p in m["points"]:
        lock = " 🔒" if p["closed"] else ""
        a("## %d ▪ %s%s" % (p["n"], p["title"], lock))
        a("")
        if p["case"]:
            a("_Sag: %s_" % p["case"])
            a("")
        if p["closed"]:
            a("> [!CAUTION]")
            a("> %s" % p["mark"])
            a("")
        for label, body in p["sections"]:
            ps = paras(body)
            a("**%s:** %s" % (label, ps[0]))
            a("")
            for para in ps[1:]:
                a(para)
                a("")
        a("---")
        a("")
    a("[^1]: Deltager uden stemmeret som kontaktperson fra Byrådet.")
    a("")
    a("*Referent: Jette Bruhn, Landdistriktssekretariatet*")
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 10  Fjordby Kommune - Børne- og Familieudvalget (XML export from a meeting
#     API with English element names: one <AgendaItem> per point, <Public>
#     false/true, an <ExemptionReason> element, body paragraphs as <Field>
#     elements with a caption attribute)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_fjordby_boerne-og-familieudvalget_2017.xml",
    "board": "Børne- og Familieudvalget",
    "date": "2017-11-07",
    "kind": "referat",
    "points": [
        P(55, "Godkendelse af dagsorden", "17/21001", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(56, "Dagplejens legestuer - ny struktur", "17/18820", False, [
            ("Sagsfremstilling",
             "Antallet af dagplejere er faldet fra 74 til 58 siden 2014. Forvaltningen foreslår, at de ni legestuer samles i seks fra 1. februar 2018, "
             "så legestuerne i Borup Mark, Havnegade og Ny Tved lukker. Dagplejerne i de tre områder tilknyttes nærmeste legestue."),
            ("Beslutning", "Godkendt. Forældrebestyrelsen for dagplejen orienteres inden 1. december."),
        ]),
        P(57, "Åbningstider i daginstitutioner fra 2018", "17/19042", False, [
            ("Sagsfremstilling",
             "En brugerundersøgelse viser, at meget få børn hentes efter kl. 16 om fredagen. Forvaltningen foreslår en ensartet åbningstid i alle daginstitutioner på mandag-torsdag kl. 6.30-17.00 "
             "og fredag kl. 6.30-16.00 fra 1. januar 2018. Besparelsen er 0,6 mio. kr. årligt."),
            ("Beslutning", "Godkendt. Institutioner, hvor mindst fem familier har behov for senere lukketid om fredagen, kan søge dispensation."),
        ]),
        P(58, "Underretningssag vedrørende en familie i Hestehave", "17/20117", True, [
            ("Sagsfremstilling",
             "Forvaltningen har modtaget gentagne underretninger fra skole og sundhedspleje om omsorgssvigt. Det vurderes, at børnene Alma og Viggo har behov for anbringelse uden for hjemmet."),
            ("Beslutning", "Udvalget tiltrådte indstillingen til børn og unge-udvalget om døgnanbringelse på Kystly Opholdssted."),
        ]),
        P(59, "Forældretilfredshed 2017 - resultater", "17/15532", False, [
            ("Sagsfremstilling",
             "Svarprocenten i årets forældretilfredshedsundersøgelse var 68. I alt 87 procent af forældrene er tilfredse eller meget tilfredse med deres barns institution. "
             "Lavest er tilfredsheden med information om barnets dag, hvor 71 procent er tilfredse."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(60, "Meddelelser", "17/21001", False, [
            ("Beslutning", "Formanden orienterede om, at den nye børnehave i Fjordby Syd tages i brug 1. marts 2018."),
        ]),
    ],
    "secrets": ["børnene Alma og Viggo", "Kystly Opholdssted"],
    "question": "hvornår lukker børnehaven om fredagen fra næste år",
    "cite_punkt": 57,
}


def render_10(m):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<MeetingMinutes xmlns="urn:fjordby:moede:export:2" exportedAt="2017-11-09T07:15:00+01:00" version="2.4">')
    a('  <Organisation>Fjordby Kommune</Organisation>')
    a('  <Committee code="BFU">Børne- og Familieudvalget</Committee>')
    a('  <Meeting>')
    a('    <Date>2017-11-07</Date>')
    a('    <Start>17:00</Start>')
    a('    <End>19:20</End>')
    a('    <Location>Mødelokale Fjorden, Fjordby Rådhus</Location>')
    a('    <Status>Referat godkendt</Status>')
    a('    <Participants>')
    for name, role in (("Lotte Skaarup", "formand"), ("Arne Fogh", "næstformand"), ("Britt Engelund", "medlem"),
                       ("Yusuf Demir", "medlem"), ("Kristian Holt", "medlem")):
        a('      <Participant role=%s>%s</Participant>' % (quoteattr(role), xesc(name)))
    a('      <Absent reason="afbud">Kristian Holt</Absent>')
    a('    </Participants>')
    a('  </Meeting>')
    a('  <AgendaItems>')
    for p in m["points"]:
        a('    <AgendaItem>')
        a('      <Number>%d</Number>' % p["n"])
        a('      <Title>%s</Title>' % xesc(p["title"]))
        a('      <CaseNumber>%s</CaseNumber>' % p["case"])
        a('      <Public>%s</Public>' % ("false" if p["closed"] else "true"))
        if p["closed"]:
            a('      <ExemptionReason>Lukket punkt. Oplysninger om enkeltpersoners private forhold, jf. kommunestyrelseslovens § 10, stk. 1, nr. 2.</ExemptionReason>')
        a('      <Fields>')
        for label, body in p["sections"]:
            for para in paras(body):
                a('        <Field caption=%s>%s</Field>' % (quoteattr(label), xesc(para)))
        a('      </Fields>')
        a('    </AgendaItem>')
    a('  </AgendaItems>')
    a('</MeetingMinutes>')
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
