#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind65.

Every municipality, board, person, firm, address, amount and sentence in this file is
invented.  The script is deterministic: running it twice gives byte-identical files.
Needs python-docx (the .docx) and fpdf2 (the .pdf); the .html, .htm, .txt, .eml, .rtf,
.odt, .md and .xml files are written by hand.

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

HERE = os.path.dirname(os.path.abspath(__file__))
ZIPTIME = (2024, 1, 2, 3, 4, 6)


def P(n, title, case, closed, sections, **extra):
    """One agenda point.  `sections` is a list of (label, text); paragraphs split on blank lines."""
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections}
    d.update(extra)
    return d


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def fixed_zip(entries):
    """A zip archive with fixed timestamps; `entries` is a list of (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# 01  Mosebæk Kommune - Teknik- og Miljøudvalget - referat - portal HTML
# ---------------------------------------------------------------------------------------------
M01 = {
    "file": "01_mosebaek_teknik-og-miljoeudvalget_2023.html",
    "board": "Teknik- og Miljøudvalget",
    "date": "2023-09-12",
    "kind": "referat",
    "municipality": "Mosebæk Kommune",
    "points": [
        P(112, "Godkendelse af dagsorden", "00.01.00-A00-41-23", False, [
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Godkendt."),
        ]),
        P(113, "Trafiksikkerhedsplan 2024-2027 - udsendelse i høring", "05.13.00-P15-2-23", False, [
            ("Resumé", "Forvaltningen har lavet et udkast til en ny trafiksikkerhedsplan, som afløser planen "
                       "fra 2019. Udkastet udpeger 14 strækninger, hvor der er registreret flere uheld med "
                       "cyklister og fodgængere."),
            ("Sagsfremstilling", "Udkastet bygger på politiets uheldsregistreringer for 2018-2022 og på 611 "
                                 "henvendelser, som borgerne har indtegnet på kommunens digitale kort.\n\n"
                                 "De tre projekter med højest prioritet er en hævet flade ved Skolegade, en ny "
                                 "dobbeltrettet sti langs Rønnevej og nedsat hastighed på Havnefronten om aftenen."),
            ("Økonomi", "Der er i budget 2024 afsat 2,1 mio. kr. årligt til trafiksikkerhedsprojekter."),
            ("Indstilling", "Teknik og Miljø indstiller, at udkastet sendes i offentlig høring i seks uger."),
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Godkendt. Udvalget ønsker, at høringen også annonceres "
                                                    "til forældrene via skolernes intranet."),
        ]),
        P(114, "Indsamling af tekstiler på genbrugspladserne", "07.00.00-P20-9-23", False, [
            ("Resumé", "Kommunen skal senest fra 2025 indsamle tekstilaffald særskilt. Forvaltningen foreslår "
                       "at begynde allerede i år."),
            ("Sagsfremstilling", "Det foreslås, at der fra den 1. november 2023 stilles containere til tøj, "
                                 "sengetøj, gardiner og andre tekstiler op på genbrugspladserne i Mosebæk og "
                                 "Lyngbro. Tekstilerne skal afleveres rene og tørre i en lukket pose. Også slidt "
                                 "og hullet tøj kan afleveres, da det sorteres til genanvendelse.\n\n"
                                 "Sorteringen varetages af en socialøkonomisk virksomhed, der sender det brugbare "
                                 "tøj videre til genbrugsbutikkerne i kommunen."),
            ("Økonomi", "Ordningen finansieres over affaldsgebyret og koster ca. 340.000 kr. om året."),
            ("Indstilling", "Teknik og Miljø indstiller, at ordningen godkendes."),
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Godkendt. Ordningen starter 1. november 2023 på begge "
                                                    "genbrugspladser."),
        ]),
        P(115, "Erstatningskrav efter vandskade i kælder", "02.34.02-G01-5-23", True, [
            ("Sagsfremstilling", "Ejeren af ejendommen Kirkestræde 41, Elna Vibeke Stougaard, har rejst krav "
                                 "om erstatning på 218.400 kr. efter oversvømmelse af kælderen under skybruddet "
                                 "i juni.\n\nForvaltningen vurderer, at kommunen ikke er erstatningsansvarlig, da "
                                 "ledningsnettet på stedet var dimensioneret efter de gældende regler."),
            ("Indstilling", "Teknik og Miljø indstiller, at kravet afvises."),
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Kravet afvises. Sagen sendes videre til kommunens "
                                                    "forsikringsmægler."),
        ]),
        P(116, "Snerydning af cykelstier - nyt serviceniveau", "05.01.10-P22-1-23", False, [
            ("Sagsfremstilling", "Udvalget bad i maj om et forslag til, hvordan cykelstierne kan prioriteres "
                                 "højere i vintertjenesten. Forslaget flytter 18 km cykelsti fra klasse 3 til "
                                 "klasse 1, så stierne er ryddet inden kl. 6.30 på hverdage."),
            ("Økonomi", "Merudgiften anslås til 410.000 kr. i en normal vinter."),
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Udvalget anbefaler forslaget over for Økonomiudvalget "
                                                    "med finansiering i budgetforhandlingerne."),
        ]),
        P(117, "Udbud af rottebekæmpelse 2024-2027 - valg af leverandør", "09.17.00-G01-2-23", True, [
            ("Sagsfremstilling", "Der er modtaget fire tilbud. Tilbuddet fra Skadedyrsservice Nordvest ApS "
                                 "vurderes som det økonomisk mest fordelagtige med en samlet pris på "
                                 "3.066.250 kr. for fire år.\n\nDe øvrige tilbudsgivere orienteres, når "
                                 "standstill-perioden er udløbet."),
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Godkendt."),
        ]),
        P(118, "Meddelelser", "00.01.00-A00-41-23", False, [
            ("Sagsfremstilling", "Formanden orienterede om status på renoveringen af havnebadet. Forvaltningen "
                                 "oplyste, at lokalplanforslaget for Nørremarken ventes forelagt i november."),
            ("Teknik- og Miljøudvalgets beslutning den 12. september 2023", "Til efterretning."),
        ]),
    ],
    "secrets": ["Elna Vibeke Stougaard", "Kirkestræde 41", "218.400 kr.",
                "Skadedyrsservice Nordvest ApS", "3.066.250 kr."],
    "question": "kan jeg aflevere gammelt tøj og sengetøj på genbrugspladsen i mosebæk, også hvis det er slidt, "
                "og fra hvornår",
    "cite_punkt": 114,
}


def render_01(m):
    out = ["<!DOCTYPE html>", '<html lang="da">', "<head>", '<meta charset="utf-8">',
           "<title>Referat - Teknik- og Miljøudvalget 12.09.2023 - Mosebæk Kommune</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:960px;margin:auto}"
           ".lukket{border-left:4px solid #a00;padding-left:8px}.sagsinfo dt{font-weight:bold}"
           "</style>",
           "<script>window.dataLayer=window.dataLayer||[];function consent(){return false}</script>",
           "</head>", "<body>",
           '<div class="cookie" role="dialog">Vi bruger cookies til statistik. '
           '<button>Accepter</button> <button>Afvis</button></div>',
           '<header class="site"><div class="logo">Mosebæk Kommune</div>',
           '<nav class="crumbs"><a href="/">Forside</a> &rsaquo; <a href="/politik">Politik</a> &rsaquo; '
           '<a href="/politik/udvalg">Udvalg og referater</a></nav></header>',
           "<main>", '<div class="meetinghead">', '<p class="doctype">Referat</p>',
           "<h1>Teknik- og Miljøudvalget</h1>", "<dl>",
           "<dt>Mødetidspunkt</dt><dd>12.09.2023 kl. 15:30 - 18:10</dd>",
           "<dt>Mødested</dt><dd>Rådhuset, mødesal Ålegården</dd>",
           "<dt>Medlemmer</dt><dd>Ulrik Brandt (formand), Sanne Kjærulf (næstformand), Mads Hovgaard Lind, "
           "Bettina Roos, Kasper Ølgaard</dd>",
           "<dt>Fraværende</dt><dd>Bettina Roos - stedfortræder Ib Vestergren deltog</dd>",
           "</dl>", "</div>",
           '<nav class="toc"><h2>Indhold</h2><ol>']
    for p in m["points"]:
        out.append('<li><a href="#p%d">%d. %s</a></li>' % (p["n"], p["n"], escape(p["title"])))
    out.append("</ol></nav>")
    for p in m["points"]:
        cls = "punkt lukket" if p["closed"] else "punkt"
        out.append('<article class="%s" id="p%d">' % (cls, p["n"]))
        out.append('<h2>%d. %s</h2>' % (p["n"], escape(p["title"])))
        out.append('<dl class="sagsinfo"><dt>Sagsnummer (KLE)</dt><dd>%s</dd><dt>Adgang</dt><dd>%s</dd></dl>'
                   % (p["case"], "Lukket - behandlet for lukkede døre, kun synligt for udvalgets medlemmer"
                      if p["closed"] else "Åben"))
        for label, text in p["sections"]:
            out.append('<div class="afsnit"><h3>%s</h3>' % escape(label))
            for para in paras(text):
                out.append("<p>%s</p>" % escape(para))
            out.append("</div>")
        out.append("</article>")
    out += ["</main>",
            '<footer><p>Udskrevet fra Mosebæk Kommunes dagsordenportal</p>'
            '<p>Referatet er godkendt digitalt af formanden 13.09.2023</p></footer>',
            "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# 02  Hedeskov Kommune - Økonomiudvalget - referat - old table-based HTML, windows-1252
# ---------------------------------------------------------------------------------------------
M02 = {
    "file": "02_hedeskov_oekonomiudvalget_2018.htm",
    "board": "Økonomiudvalget",
    "date": "2018-03-06",
    "kind": "referat",
    "points": [
        P(29, "Regnskab 2017 - foreløbigt resultat", "2018/00077", False, [
            ("Sagsfremstilling", "Det foreløbige regnskab viser et overskud på den ordinære drift på 61,4 mio. "
                                 "kr., hvilket er 9,2 mio. kr. bedre end budgetteret. Forbedringen skyldes "
                                 "primært lavere udgifter til overførselsindkomster.\n\nIkke forbrugte "
                                 "anlægsmidler på 23,8 mio. kr. søges overført til 2018 i en særskilt sag i april."),
            ("Forvaltningens indstilling", "Økonomi og Personale indstiller, at orienteringen tages til "
                                           "efterretning."),
            ("Økonomiudvalgets beslutning", "Taget til orientering."),
        ], dok="14552/18"),
        P(30, "Prisfastsættelse af parcelhusgrunde i Egeløkke, etape 3", "2017/02231", False, [
            ("Sagsfremstilling", "Etape 3 omfatter 22 parcelhusgrunde på mellem 750 og 1.000 m². "
                                 "Mæglervurderingen anbefaler en pris på 525 kr. pr. m² inkl. moms og "
                                 "byggemodning."),
            ("Forvaltningens indstilling", "Det indstilles, at grundene udbydes til den anbefalede pris."),
            ("Økonomiudvalgets indstilling til Byrådet", "Anbefales, dog med en pris på 550 kr. pr. m²."),
        ], dok="15020/18"),
        P(31, "Køb af ejendom til skovrejsning", "2018/00398", True, [
            ("Sagsfremstilling", "Forvaltningen har forhandlet med ejerne af Lundagergård om køb af 38 ha "
                                 "landbrugsjord, matr.nr. 7ø Hedeskov By m.fl., til den planlagte bynære skov. "
                                 "Der er opnået enighed om en købesum på 4.985.000 kr., som finansieres af "
                                 "jordforsyningskontoen."),
            ("Økonomiudvalgets beslutning", "Godkendt, idet handlen betinges af Byrådets godkendelse."),
        ], dok="15377/18"),
        P(32, "Anlægstilskud til kunstgræsbane ved Hedeskov Stadion", "2018/00301", False, [
            ("Sagsfremstilling", "Hedeskov Boldklub har søgt om tilskud til en kunstgræsbane i fuld størrelse. "
                                 "Forvaltningen foreslår et anlægstilskud på 2,6 mio. kr., mens klubben selv "
                                 "rejser 1,1 mio. kr. gennem fonde.\n\nBanen forventes klar til brug fra 1. "
                                 "oktober 2018. Skolerne kan bruge banen i dagtimerne, og den kan lejes af andre "
                                 "foreninger om aftenen."),
            ("Økonomi og finansiering", "Tilskuddet finansieres af den afsatte pulje til idrætsfaciliteter."),
            ("Økonomiudvalgets indstilling til Byrådet", "Anbefales."),
        ], dok="15101/18"),
        P(33, "Direktørkontrakt - genforhandling", "2018/00110", True, [
            ("Sagsfremstilling", "Kommunaldirektør Tove Marstrand Kjeldsen har bedt om at få sin kontrakt "
                                 "genforhandlet. Borgmesteren foreslår et varigt tillæg på 96.000 kr. årligt "
                                 "samt resultatløn på op til 8 pct."),
            ("Økonomiudvalgets beslutning", "Godkendt."),
        ], dok="14988/18"),
        P(34, "Optagelse af lån for 2018", "2018/00145", False, [
            ("Sagsfremstilling", "Kommunen har en låneramme på 31,0 mio. kr. for 2018, primært til "
                                 "energibesparende projekter og ældreboliger. Det anbefales at optage lånet i "
                                 "KommuneKredit som et fastforrentet lån med en løbetid på 25 år."),
            ("Økonomiudvalgets indstilling til Byrådet", "Anbefales."),
        ], dok="15233/18"),
        P(35, "Eventuelt", "2018/00012", False, [
            ("Sagsfremstilling", "Ole Bundgaard spurgte til status på en ny cykelsti mellem Hedeskov og "
                                 "Bakkerup. Borgmesteren svarede, at sagen forelægges Teknisk Udvalg i maj."),
        ], dok="15400/18"),
    ],
    "secrets": ["Lundagergård", "matr.nr. 7ø Hedeskov By", "4.985.000 kr.",
                "Tove Marstrand Kjeldsen", "tillæg på 96.000 kr. årligt"],
    "question": "får vi en kunstgræsbane i hedeskov, og hvornår kan vi spille på den",
    "cite_punkt": 32,
}


def render_02(m):
    e = lambda t: escape(t, quote=False)
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word">', '<head>',
           '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
           '<meta name=Generator content="Microsoft Word 14 (filtered)">',
           '<title>Økonomiudvalget 06-03-2018</title>',
           '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri"}'
           'h2{font-size:13.0pt;font-family:"Cambria"}.Roed{color:#C00000}</style>', '</head>',
           '<body lang=DA>', '<div class=WordSection1>',
           "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:8.0pt'>"
           "HEDESKOV KOMMUNE</span></p>",
           "<p class=MsoTitle>REFERAT</p>",
           "<p class=MsoSubtitle>Økonomiudvalget</p>",
           "<p class=MsoNormal><b>Dato:</b> Tirsdag den 6. marts 2018, kl. 16.00 - 17.45</p>",
           "<p class=MsoNormal><b>Sted:</b> Udvalgsværelse 1, Hedeskov Rådhus</p>",
           "<p class=MsoNormal><b>Til stede:</b> Borgmester Leif Agerskov (formand), Karin Thye, Ole Bundgaard, "
           "Jens-Peter Holm, Hanne Sjøgren, Niels Okkels</p>",
           "<p class=MsoNormal><b>Afbud:</b> Rikke Flarup</p>",
           "<p class=MsoNormal>&nbsp;</p>"]
    for i, p in enumerate(m["points"]):
        if i == 4:
            out.append("<span style='font-size:11.0pt'><br clear=all style='page-break-before:always'></span>")
            out.append("<p class=MsoHeader align=right style='text-align:right'><span style='font-size:8.0pt'>"
                       "Hedeskov Kommune - Økonomiudvalget - 06-03-2018 - side 2</span></p>")
        out.append("<h2>ØK %d&nbsp;&nbsp;%s</h2>" % (p["n"], e(p["title"])))
        out.append("<p class=MsoNormal><span style='font-size:8.0pt;color:#595959'>Sagsnr.: %s &middot; "
                   "Dok.nr.: %s</span></p>" % (p["case"], p["dok"]))
        if p["closed"]:
            out.append("<p class='MsoNormal Roed'><b>Behandles for lukkede døre</b> &ndash; fortroligt, må "
                       "ikke videregives</p>")
        for label, text in p["sections"]:
            out.append("<p class=MsoNormal><b><u>%s</u></b></p>" % e(label))
            for para in paras(text):
                out.append("<p class=MsoNormal>%s</p>" % e(para))
        out.append("<p class=MsoNormal>&nbsp;</p>")
    out += ["<p class=MsoNormal><span style='font-size:8.0pt'>Mødet hævet kl. 17.45. Underskriftsblad findes i "
            "papirudgaven.</span></p>", "</div>", "</body>", "</html>", ""]
    return "\r\n".join(out).encode("cp1252")


# ---------------------------------------------------------------------------------------------
# 03  Lerbjerg Kommune - Kommunalbestyrelsen - tillægsreferat - Word document with heading tables
# ---------------------------------------------------------------------------------------------
M03 = {
    "file": "03_lerbjerg_kommunalbestyrelsen_tillaegsreferat_2021.docx",
    "board": "Kommunalbestyrelsen",
    "date": "2021-11-25",
    "kind": "tillaegsreferat",
    "points": [
        P(214, "Tillægsbevilling til skolepavilloner ved Lerbjerg Skole", "21/18834", False, [
            ("Sagsfremstilling", "Elevtallet på Lerbjerg Skole er steget mere end forudset, og fra januar 2022 "
                                 "mangler der fire klasselokaler. Forvaltningen foreslår at leje to pavilloner "
                                 "med i alt fire lokaler i 24 måneder."),
            ("Økonomi", "Leje, opstilling og nedtagning koster i alt 2.240.000 kr., heraf 1.310.000 kr. i 2022."),
            ("Indstilling", "Direktionen indstiller, at tillægsbevillingen gives og finansieres af kassen."),
            ("Kommunalbestyrelsens afgørelse", "Godkendt med 23 stemmer for og 2 imod (Ø)."),
        ], dok="231144/21"),
        P(215, "Navngivning af vej i erhvervsområdet Lerbjerg Syd", "21/20117", False, [
            ("Sagsfremstilling", "Lokalhistorisk Arkiv har foreslået navnet Teglværksbuen efter det teglværk, "
                                 "der lå på stedet frem til 1961. Vejnavneudvalget anbefaler forslaget."),
            ("Kommunalbestyrelsens afgørelse", "Godkendt. Vejen navngives Teglværksbuen."),
        ], dok="229870/21"),
        P(216, "Forlig i voldgiftssag om plejecentret Bøgely", "21/09461", True, [
            ("Sagsfremstilling", "Kommunen og Brøndum & Thygesen Entreprise A/S har siden 2020 været uenige "
                                 "om betaling for ekstraarbejder ved opførelsen af plejecentret. "
                                 "Voldgiftsnævnets sag nr. V-2291 er berammet til februar 2022.\n\nKommunens "
                                 "advokat anbefaler et forlig, hvor kommunen betaler 1.374.000 kr. mod at "
                                 "entreprenøren frafalder alle øvrige krav."),
            ("Kommunalbestyrelsens afgørelse", "Forliget blev godkendt."),
        ], dok="230411/21"),
        P(217, "Åbningstid i Borgerservice i julen 2021", "21/21003", False, [
            ("Sagsfremstilling", "Borgerservice foreslår, at der holdes lukket fra 24. december til og med "
                                 "2. januar. Den 27., 28. og 29. december er der telefonisk åbent kl. 9-12 for "
                                 "akutte henvendelser, og der kan udstedes nødpas efter aftale."),
            ("Kommunalbestyrelsens afgørelse", "Godkendt."),
        ], dok="231390/21"),
    ],
    "secrets": ["Brøndum & Thygesen Entreprise A/S", "sag nr. V-2291", "1.374.000 kr."],
    "question": "har borgerservice i lerbjerg åbent mellem jul og nytår 2021 hvis man skal have et pas",
    "cite_punkt": 217,
}


def render_03(m):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2021, 11, 26, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.author = "Sekretariatet"
    cp.last_modified_by = "Sekretariatet"
    cp.title = "Tillægsreferat Kommunalbestyrelsen 25-11-2021"
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lerbjerg Kommune · Tillægsreferat · Kommunalbestyrelsen 25-11-2021"
    sec.footer.paragraphs[0].text = "Referatet er underskrevet digitalt af borgmesteren"

    def para(text, bold=False, size=None, italic=False, color=None, align=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if align:
            p.alignment = align
        return p

    para("Lerbjerg Kommune", bold=True, size=11)
    para("TILLÆGSREFERAT", bold=True, size=20)
    para("Kommunalbestyrelsen", bold=True, size=14)
    para("Tillæg til referatet af det ordinære møde torsdag 25-11-2021 kl. 19.00")
    para("Mødested: Lerbjerg Rådhus, kommunalbestyrelsessalen")
    para("Fraværende: Gitte Nørlund (A) - stedfortræder Vagn Kolstrup (A) deltog")
    para("Punkterne herunder blev optaget på dagsordenen efter udsendelsen af den ordinære dagsorden og "
         "behandlet i forlængelse af den.", italic=True)
    for p in m["points"]:
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.cell(0, 0).text = "Punkt %d" % p["n"]
        c = t.cell(0, 1)
        c.paragraphs[0].add_run(p["title"]).bold = True
        if p["closed"]:
            row = t.add_row()
            row.cells[0].text = "LUKKET"
            row.cells[1].text = ("Punktet er undtaget fra offentliggørelse og må ikke lægges på kommunens "
                                 "hjemmeside.")
        para("Sag: %s    Dok.: %s" % (p["case"], p["dok"]), size=8, color=(0x55, 0x55, 0x55))
        for label, text in p["sections"]:
            para(label, bold=True)
            for x in paras(text):
                para(x)
    para("Mødet sluttede kl. 21.40.", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    buf = io.BytesIO()
    d.save(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(n, z.read(n), False) for n in z.namelist()])


# ---------------------------------------------------------------------------------------------
# 04  Tjørnehøj Kommune - Klima- og Forsyningsudvalget - dagsorden - PDF
# ---------------------------------------------------------------------------------------------
M04 = {
    "file": "04_tjoernehoej_klima-og-forsyningsudvalget_dagsorden_2026.pdf",
    "board": "Klima- og Forsyningsudvalget",
    "date": "2026-02-03",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", "26/00012", False, [
            ("Indstilling", "Forvaltningen indstiller, at dagsordenen godkendes."),
        ]),
        P(2, "Klimahandleplan - status på CO2-reduktion 2025", "25/04471", False, [
            ("Resumé", "Udledningen fra kommunen som geografi faldt fra 412.000 ton CO2e i 2022 til "
                       "371.000 ton CO2e i 2024. Målet for 2030 er 210.000 ton."),
            ("Sagsfremstilling", "Den største reduktion er sket i el- og varmeforsyningen, hvor tre "
                                 "landsbyer er koblet på fjernvarme. Udledningen fra vejtransport er stort set "
                                 "uændret, og landbruget står fortsat for over en tredjedel af udledningen."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget tager status til efterretning."),
            ("Bilag", "Klimaregnskab 2024 for Tjørnehøj Kommune"),
        ]),
        P(3, "Udskiftning af vejbelysning til LED i landsbyerne", "25/05012", False, [
            ("Resumé", "I landsbyerne Hvidmose, Skærup Mark og Kragelund står der 640 gadelamper med "
                       "gamle natrium- og kviksølvpærer."),
            ("Sagsfremstilling", "Forvaltningen foreslår, at lamperne skiftes til LED i løbet af sommeren "
                                 "2026. Arbejdet begynder i Kragelund i uge 19 og afsluttes i Hvidmose i "
                                 "uge 34. De nye armaturer dæmpes med 50 pct. mellem kl. 23 og 5."),
            ("Økonomi", "Projektet koster 4,9 mio. kr. og forventes at halvere elforbruget til belysningen, "
                        "svarende til en besparelse på 210.000 kr. om året."),
            ("Indstilling", "Forvaltningen indstiller, at projektet godkendes og igangsættes i maj 2026."),
        ]),
        P(4, "Takstblad for drikkevand 2026 - tillæg om byggevand", "26/00057", False, [
            ("Sagsfremstilling", "Tjørnehøj Vand A/S har sendt et tillæg til takstbladet, så byggevand "
                                 "fremover afregnes efter måler i stedet for et fast beløb pr. byggeri. "
                                 "Tillægget skal godkendes af kommunen som tilsynsmyndighed."),
            ("Indstilling", "Forvaltningen indstiller, at tillægget godkendes."),
        ]),
        P(5, "Ekspropriation til regnvandsbassin ved Mølleengen", "25/03390", True, [
            ("Sagsfremstilling", "Forhandlingerne med lodsejer Holger Engstrup Vibe om frivilligt salg af "
                                 "1,8 ha til regnvandsbassinet er afbrudt. Forvaltningen foreslår, at der "
                                 "indledes ekspropriation af en del af matr.nr. 14b Kragelund. Kommunens "
                                 "seneste tilbud var 642.000 kr."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget anbefaler Byrådet at igangsætte "
                            "ekspropriationen."),
        ]),
        P(6, "Eventuelt", "26/00012", False, [
            ("Sagsfremstilling", "Ingen sager er anmeldt på forhånd."),
        ]),
    ],
    "secrets": ["Holger Engstrup Vibe", "matr.nr. 14b Kragelund", "642.000 kr."],
    "question": "hvornaar faar vi LED gadelys i kragelund",
    "cite_punkt": 3,
}


def _pdf_wrap(pdf, text, width, keep):
    """Split text into lines that fit `width`, never breaking inside a phrase of `keep`."""
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
            self.set_font("Helvetica", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, "Tjørnehøj Kommune  |  Klima- og Forsyningsudvalget  |  03.02.2026",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Dagsorden 03.02.2026 - side %d/{nb}" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 1, 27, 12, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Dagsorden Klima- og Forsyningsudvalget 03.02.2026")
    pdf.set_author("Tjørnehøj Kommune")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    W = 180

    def lines(text, size=10, style="", h=5):
        pdf.set_font("Helvetica", style, size)
        for ln in _pdf_wrap(pdf, text, W, keep):
            pdf.cell(W, h, ln, new_x="LMARGIN", new_y="NEXT")

    lines("Tjørnehøj Kommune", 11, "B")
    lines("DAGSORDEN", 22, "B", 11)
    lines("Klima- og Forsyningsudvalget", 15, "B", 8)
    lines("Ordinært møde tirsdag den 3. februar 2026 kl. 08.15")
    lines("Mødelokale Æblehaven, Tjørnehøj Rådhus")
    lines("Medlemmer: Birgitte Nørskov (formand), Arne Lillelund, Pia Søgaard Hein, Torben Kvist, "
          "Yasmin Dalby")
    pdf.ln(4)
    lines("Indhold", 12, "B", 7)
    for p in m["points"]:
        lines("%d  %s" % (p["n"], p["title"]))
    for p in m["points"]:
        pdf.ln(6)
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_fill_color(215, 228, 210)
        pdf.cell(12, 8, str(p["n"]), border=0, align="C", fill=True)
        pdf.cell(W - 12, 8, " " + p["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        lines("Acadre-sagsnr. %s" % p["case"], 8, "I", 4)
        if p["closed"]:
            lines("[IKKE OFFENTLIG]  Sagen behandles på den lukkede del af mødet.", 9, "B", 5)
        for label, text in p["sections"]:
            pdf.ln(1)
            lines(label, 10, "B", 5)
            for x in paras(text):
                lines(x)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# 05  Kløvermose Kommune - Integrationsrådet - referat - plain text, fixed width, form feed
# ---------------------------------------------------------------------------------------------
M05 = {
    "file": "05_kloevermose_integrationsraadet_2014.txt",
    "board": "Integrationsrådet",
    "date": "2014-10-22",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet 27.08.2014", "27.12.00-A00-1-14", False, [
            ("Rådets konklusion:", "Godkendt uden bemærkninger."),
        ]),
        P(2, "Sprogcafé på Hovedbiblioteket - evaluering", "27.12.00-P20-3-14", False, [
            ("Sagen kort:", "Sprogcaféen har siden marts været holdt hver tirsdag og torsdag kl. 15-17 på "
                            "Hovedbiblioteket med 12-20 deltagere pr. gang. Frivillige pensionister og "
                            "gymnasieelever står for samtalerne. Biblioteket vil fortsætte og udvide med en "
                            "lørdag om måneden fra januar 2015."),
            ("Rådets konklusion:", "Rådet bakker op om at fortsætte sprogcaféen og anbefaler, at "
                                   "lørdagsåbningen annonceres på flere sprog."),
        ]),
        P(3, "Høringssvar om boligplacering af flygtninge 2015", "27.00.00-G01-4-14", False, [
            ("Sagen kort:", "Kommunen forventer at modtage 46 flygtninge i 2015 mod 31 i 2014. Forvaltningen "
                            "foreslår, at der i højere grad bruges mindre lejligheder i de almene "
                            "boligafdelinger frem for midlertidige boliger. Rådet er bedt om et høringssvar "
                            "senest 5. november."),
            ("Rådets konklusion:", "Rådet støtter forslaget og lægger vægt på, at familier med børn får bolig "
                                   "tæt på skole og dagtilbud. Formanden skriver høringssvaret."),
        ]),
        P(4, "Ansøgning om økonomisk støtte - enkeltsag", "15.20.00-G01-17-14", True, [
            ("Sagen kort:", "Farida Mahmoud Nasser har bedt rådet om at støtte en ansøgning om hjælp til "
                            "tandbehandling på 14.750 kr., som Jobcentret har givet afslag på. Rådet har ikke "
                            "selv bevillingskompetence."),
            ("Rådets konklusion:", "Rådet kan ikke behandle enkeltsager. Formanden vejleder ansøgeren om "
                                   "klagemulighederne."),
        ]),
        P(5, "Fritidsjob til unge i Solsikkeparken", "27.12.00-P20-5-14", False, [
            ("Sagen kort:", "Det boligsociale team fortalte om projektet, hvor 34 unge mellem 13 og 17 år har "
                            "fået fritidsjob i lokale butikker siden foråret. Projektet slutter ved årets "
                            "udgang, og der søges penge til en forlængelse."),
            ("Rådets konklusion:", "Rådet anbefaler, at kommunen medfinansierer en forlængelse."),
        ]),
        P(6, "Eventuelt", "27.12.00-A00-1-14", False, [
            ("Sagen kort:", "Næste møde er flyttet til 10.12.2014 kl. 17.00. Det blev foreslået, at mødet "
                            "slutter med mad fra medlemmernes hjemlande."),
        ]),
    ],
    "secrets": ["Farida Mahmoud Nasser", "14.750 kr."],
    "question": "er der stadig sprogcafe paa biblioteket i kløvermose og hvilke dage",
    "cite_punkt": 2,
}


def _fill(text, width=76, indent=""):
    words, out, cur = text.split(), [], indent
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip():
            out.append(cur.rstrip())
            cur = indent
        cur += w + " "
    if cur.strip():
        out.append(cur.rstrip())
    return out


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    NB = "\u00a0"

    def fill(text, indent=""):
        for k in keep:
            text = text.replace(k, k.replace(" ", NB))
        return [ln.replace(NB, " ") for ln in _fill(text, 76, indent)]

    L = ["KLØVERMOSE KOMMUNE" + " " * 51 + "REFERAT",
         "=" * 76,
         "Integrationsrådet",
         "",
         "Mødedato:   onsdag 22.10.2014, kl. 17.00-19.30",
         "Mødested:   Kulturhuset Kløveren, lokale 3",
         "Fremmødte:  Amir Haddad (formand), Lone Ebbesen, Samira Yousef,",
         "            Merete Damgaard (byrådsmedlem)",
         "Afbud:      Kristian Holt",
         "Referent:   Nanna Friis, Borgerservice",
         "-" * 76,
         "Punkter:"]
    for p in m["points"]:
        L.append("  %02d - %s" % (p["n"], p["title"]))
    L.append("=" * 76)
    for p in m["points"]:
        L += ["", "%02d - %s" % (p["n"], p["title"]), "     J.nr. %s" % p["case"]]
        if p["closed"]:
            L += ["", "     *** FORTROLIGT - OMFATTET AF TAVSHEDSPLIGT ***"]
        for label, text in p["sections"]:
            L.append("")
            L.append("     " + label)
            for x in paras(text):
                L += fill(x, "     ")
        L.append("")
        L.append("-" * 76)
    L += ["", "Referatet er godkendt af formanden 27.10.2014 (mail).",
          " " * 48 + "Integrationsrådet 22.10.2014", ""]
    return "\n".join(L).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# 06  Ådalby Kommune - Ældrerådet - referat sent as an e-mail
# ---------------------------------------------------------------------------------------------
M06 = {
    "file": "06_aadalby_aeldreraadet_2019.eml",
    "board": "Ældrerådet",
    "date": "2019-05-14",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "19/0114", False, [
            ("Konklusion:", "Godkendt."),
        ]),
        P(2, "Høring om kvalitetsstandard for madservice", "19/6210", False, [
            ("", "Kommunen foreslår, at madservice fremover leveres køligt to gange om ugen i stedet for varmt "
                 "hver dag. Borgere, der ikke selv kan varme maden, kan fortsat få varm levering."),
            ("Konklusion:", "Ældrerådet er imod en generel overgang til kølemad og mener, at valget skal "
                            "være borgerens. Birthe Kjeldgaard skriver udkast til høringssvar inden 24. maj."),
        ]),
        P(3, "Ældrerådets budgetønsker for 2020", "19/7702", False, [
            ("", "Rådet drøftede ønsker til budget 2020. Der var enighed om tre ønsker: flere træningshold på "
                 "plejecentrene, en fast demenskoordinator i hjemmeplejen og bedre belysning på stierne ved "
                 "Ådalby Sø."),
            ("Konklusion:", "Ønskerne sendes til Social- og Ældreudvalget inden 1. juni."),
        ]),
        P(4, "Henvendelse fra pårørende om forhold på et plejecenter", "19/7815", True, [
            ("", "Rådet har fået en henvendelse fra datteren til beboeren Ingeborg Skaarup Møller om manglende "
                 "bad og hjælp til personlig pleje på plejecentret Kærmindehaven. Sekretariatet har med "
                 "borgerens samtykke sendt henvendelsen videre til Sundhed og Omsorg."),
            ("Konklusion:", "Ældrerådet tager ikke stilling til den konkrete sag, men ønsker en generel "
                            "orientering om bemandingen på plejecentrene på næste møde."),
        ]),
        P(5, "Flextur og buslinje 214 til sundhedshuset", "19/5530", False, [
            ("", "Trafikselskabet oplyser, at buslinje 214 fra 1. august 2019 kører hver halve time til Ådalby "
                 "Sundhedshus på hverdage mellem kl. 7 og 18. Flextur kan fortsat bestilles til sundhedshuset "
                 "og koster 28 kr. for de første 10 km. Turen skal bestilles senest to timer før."),
            ("Konklusion:", "Rådet er tilfreds med de flere afgange og beder om en overdækket bænk ved "
                            "stoppestedet ved indgangen."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("", "Svend Aage Bech deltager i en ældrekonference i juni. Næste møde er den 11. juni."),
        ]),
    ],
    "secrets": ["Ingeborg Skaarup Møller", "Kærmindehaven"],
    "question": "kan jeg tage flextur til sundhedshuset i ådalby, hvad koster det",
    "cite_punkt": 5,
}


def render_06(m):
    L = ["Kære alle", "",
         "Hermed referat fra Ældrerådets møde tirsdag den 14/5 2019 kl. 10.00-12.30 i Ådalby Sundhedshus, "
         "mødelokale 2.", "Referatet lægges på hjemmesiden, når formanden har godkendt det - dog ikke punkt 4.",
         "",
         "Til stede: Poul Erik Vang (formand), Birthe Kjeldgaard, Svend Aage Bech, Elin Mortensen",
         "Afbud: Jonna Frost",
         "Fra kommunen: Lise Gram (sekretær)", "",
         "-----------------------------------------"]
    for p in m["points"]:
        L.append("")
        head = "Ad %d) %s" % (p["n"], p["title"])
        if p["case"]:
            head += " (sag %s)" % p["case"]
        L.append(head)
        if p["closed"]:
            L.append("(Lukket - kun til rådets medlemmer)")
        for label, text in p["sections"]:
            for i, x in enumerate(paras(text)):
                L.append((label + " " + x) if (label and i == 0) else x)
    L += ["", "-----------------------------------------", "",
          "Med venlig hilsen", "Lise Gram", "Sekretær for Ældrerådet",
          "Ådalby Kommune, Sundhed og Omsorg", ""]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Ældrerådets sekretariat <aeldreraadet@aadalby-kommune.invalid>"
    msg["To"] = "Ældrerådets medlemmer <aeldreraad-medlemmer@aadalby-kommune.invalid>"
    msg["Subject"] = "Referat fra Ældrerådets møde 14. maj 2019"
    msg["Date"] = "Wed, 15 May 2019 09:12:04 +0200"
    msg["Message-ID"] = "<20190515091204.aeldreraad.4411@aadalby-kommune.invalid>"
    msg.set_content("\n".join(L), charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# ---------------------------------------------------------------------------------------------
# 07  Fjordholm Kommune - Beredskabskommissionen - referat - RTF
# ---------------------------------------------------------------------------------------------
M07 = {
    "file": "07_fjordholm_beredskabskommissionen_2022.rtf",
    "board": "Beredskabskommissionen",
    "date": "2022-08-30",
    "kind": "referat",
    "points": [
        P(1, "Meddelelser fra formanden og beredskabschefen", "BRK-22-0064", False, [
            ("Sagsfremstilling", "Beredskabschefen orienterede om, at den nye vagtcentral blev taget i brug "
                                 "den 15. august. Formanden orienterede om samarbejdsaftalen med nabokommunerne "
                                 "om lån af højderedskab."),
            ("Kommissionens beslutning", "Til efterretning."),
        ]),
        P(2, "Risikobaseret dimensionering 2023-2026 - udkast til høring", "BRK-22-0059", False, [
            ("Sagsfremstilling", "Udkastet fastholder to døgnbemandede brandstationer og tre "
                                 "deltidsstationer. Responstiden i landdistrikterne foreslås forbedret ved at "
                                 "flytte en tankvogn fra Fjordholm til stationen i Ravnsø."),
            ("Kommissionens beslutning", "Udkastet sendes i høring hos politiet og nabokommunerne fra "
                                         "1. september til 15. oktober 2022."),
        ]),
        P(3, "Afbrændingsforbud i sommeren 2022 - evaluering", "BRK-22-0067", False, [
            ("Sagsfremstilling", "Der var totalt afbrændingsforbud i kommunen fra 18. juli til 9. august "
                                 "2022. Forbuddet omfattede bål, grill på offentlige arealer og afbrænding af "
                                 "haveaffald. Det blev ophævet den 9. august kl. 12, da tørkeindekset var faldet "
                                 "til under 7. I perioden rykkede beredskabet ud til 14 naturbrande."),
            ("Kommissionens beslutning", "Evalueringen blev taget til efterretning. Fremover skal et forbud "
                                         "også annonceres via kommunens sms-tjeneste."),
        ]),
        P(4, "Personalesag - deltidsbrandmand", "BRK-22-0070", True, [
            ("Sagsfremstilling", "Deltidsbrandmand Preben Hald Sørensen mødte ikke op ved en udrykning den "
                                 "9. juli 2022 og har tidligere fået en skriftlig advarsel. Beredskabschefen "
                                 "foreslår afsked med tre måneders varsel."),
            ("Kommissionens beslutning", "Indstillingen blev tiltrådt."),
        ]),
        P(5, "Tilbudsevaluering - ny drejestige", "BRK-22-0071", True, [
            ("Sagsfremstilling", "Der er modtaget tre tilbud på en drejestige, som skal afløse stigen fra "
                                 "1998. Tilbuddet fra Nordstige Brandmateriel ApS på 2.780.000 kr. ekskl. moms "
                                 "opfylder alle krav og er det billigste."),
            ("Kommissionens beslutning", "Tildelingen blev godkendt. Kontrakten underskrives efter "
                                         "standstill-perioden."),
        ]),
        P(6, "Eventuelt", "BRK-22-0064", False, [
            ("Sagsfremstilling", "Næste møde holdes 29. november 2022."),
            ("Kommissionens beslutning", "Intet at bemærke."),
        ]),
    ],
    "secrets": ["Preben Hald Sørensen", "udrykning den 9. juli 2022",
                "Nordstige Brandmateriel ApS", "2.780.000 kr. ekskl. moms"],
    "question": "hvornår blev afbrændingsforbuddet ophævet i fjordholm i sommer, og måtte man grille",
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
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_07(m):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0",
         r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red180\green0\blue0;}",
         r"{\info{\title Referat Beredskabskommissionen 30.08.2022}{\author Fjordholm Brand og Redning}"
         r"{\creatim\yr2022\mo8\dy31\hr9\min0}}",
         r"\paperw11906\paperh16838\margl1417\margr1134",
         r"{\header\pard\qr\fs16 " + _rtf("Fjordholm Kommune – Beredskabskommissionen – referat 30.08.2022")
         + r"\par}",
         r"{\footer\pard\qc\fs16 " + _rtf("Side ") + r"\chpgn\par}"]

    def par(text, fmt=""):
        R.append(r"\pard\plain\f0\fs20" + fmt + " " + _rtf(text) + r"\par")

    par("Fjordholm Kommune", r"\b\fs22")
    par("Beredskabskommissionen", r"\b\fs32")
    par("Referat", r"\b\fs28")
    par("Mødedato:\t30. august 2022, kl. 14.00-15.40")
    par("Mødested:\tFjordholm Brandstation, instruktionslokalet")
    par("Deltagere:\tBorgmester Hanne Vinther (formand), Jesper Korsholm, politiinspektør Kim Aabye, "
        "beredskabschef Lars Nyborg (sekretær)")
    par("Afbud:\tMette Lund Rask")
    for p in m["points"]:
        par("")
        par("Dagsordenspunkt %d: %s" % (p["n"], p["title"]), r"\b\fs24")
        par("Sags-ID: %s" % p["case"], r"\i\fs16")
        if p["closed"]:
            par("LUKKET MØDE – Klassifikation: Fortroligt", r"\b\cf2")
        for label, text in p["sections"]:
            par(label, r"\b")
            for x in paras(text):
                par(x)
    par("")
    par("Mødet sluttede kl. 15.40. Referatet er godkendt af formanden.", r"\i")
    R.append("}")
    return ("\r\n".join(R) + "\r\n").encode("ascii")


# ---------------------------------------------------------------------------------------------
# 08  Stenagre Kommune - Børne- og Familieudvalget - referat - ODT with committee-coded headings
# ---------------------------------------------------------------------------------------------
M08 = {
    "file": "08_stenagre_boerne-og-familieudvalget_2017.odt",
    "board": "Børne- og Familieudvalget",
    "date": "2017-03-07",
    "kind": "referat",
    "points": [
        P(24, "Godkendelse af dagsorden", "17/000031", False, [
            ("Afgørelse i Børne- og Familieudvalget den 07-03-2017", "Godkendt."),
        ]),
        P(25, "Fritidspas - tilskud til fritidsaktiviteter 2017", "17/002566", False, [
            ("Baggrund", "Fritidspasset giver børn og unge fra 6 til 17 år i familier med lav indkomst tilskud "
                         "på op til 1.200 kr. om året til kontingent og udstyr i en forening. Der søges via "
                         "kommunens hjemmeside eller gennem skolens SSP-kontakt.\n\nForvaltningen foreslår, "
                         "at ordningen i 2017 udvides, så den også dækker musikskolen."),
            ("Indstilling", "Forvaltningen indstiller, at udvidelsen godkendes."),
            ("Afgørelse i Børne- og Familieudvalget den 07-03-2017", "Godkendt. Udvalget ønsker en evaluering "
                                                                     "i januar 2018."),
        ]),
        P(26, "Tilsyn med private pasningsordninger 2016", "17/001904", False, [
            ("Baggrund", "Der er ført 19 anmeldte og 6 uanmeldte tilsyn i 2016. To ordninger har fået påbud "
                         "om bedre hygiejne. Ingen ordninger er lukket."),
            ("Afgørelse i Børne- og Familieudvalget den 07-03-2017", "Taget til efterretning."),
        ]),
        P(27, "Underretning om anbringelse - konkret sag", "17/003377", True, [
            ("Baggrund", "Udvalget orienteres om, at Tobias Kragh-Lauridsen, 14 år, er anbragt uden samtykke "
                         "på opholdsstedet Lyngtoppen efter afgørelse i børn og unge-udvalget. Forældrene har "
                         "klaget over afgørelsen."),
            ("Afgørelse i Børne- og Familieudvalget den 07-03-2017", "Orienteringen blev taget til "
                                                                     "efterretning."),
        ]),
        P(28, "Budgetopfølgning pr. 31. januar 2017", "17/000876", False, [
            ("Baggrund", "Der ventes et merforbrug på 3,7 mio. kr. på området for udsatte børn og unge, "
                         "primært fordi der er flere anbragte end budgetteret."),
            ("Afgørelse i Børne- og Familieudvalget den 07-03-2017", "Taget til efterretning. Forvaltningen "
                                                                     "udarbejder forslag til handleplan til "
                                                                     "aprilmødet."),
        ]),
        P(29, "Orientering fra formanden og forvaltningen", "17/000031", False, [
            ("Baggrund", "Formanden orienterede om dialogmødet med skolebestyrelserne den 28. februar."),
            ("Afgørelse i Børne- og Familieudvalget den 07-03-2017", "Til efterretning."),
        ]),
    ],
    "secrets": ["Tobias Kragh-Lauridsen", "opholdsstedet Lyngtoppen"],
    "question": "min søn er 9 og vil gerne spille fodbold men vi har ikke mange penge, kan vi få tilskud til "
                "kontingentet og hvordan søger man",
    "cite_punkt": 25,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    body = []

    def p(text, style="Standard"):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def h(text, level=1, style="Heading_20_1"):
        body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                    % (style, level, xesc(text)))

    p("Stenagre Kommune", "Kommune")
    h("Børne- og Familieudvalget", 1, "Titel")
    p("Referat af ordinært møde", "Undertitel")
    body.append('<text:p text:style-name="Standard">Dato:<text:tab/>Tirsdag 07-03-2017 kl. 17:00</text:p>')
    body.append('<text:p text:style-name="Standard">Sted:<text:tab/>Mødelokale 1.14, Stenagre Rådhus</text:p>')
    body.append('<text:p text:style-name="Standard">Medlemmer:<text:tab/>Anne-Mette Bruun (formand), '
                'Christian Lykke, Hamid Rasuli, Susanne Brink Vad, Frank Iversen</text:p>')
    body.append('<text:p text:style-name="Standard">Fraværende:<text:tab/>Ingen</text:p>')
    p("Indholdsfortegnelse", "Fed")
    for pt in m["points"]:
        body.append('<text:p text:style-name="TOC">%d<text:tab/>%s</text:p>'
                    % (pt["n"], xesc(pt["title"])))
    for pt in m["points"]:
        title = pt["title"] + ("  (LUKKET)" if pt["closed"] else "")
        h(title, 2, "Heading_20_2")
        p("Sag %d/2017 · Sagsnummer: %s" % (pt["n"], pt["case"]), "Kode")
        if pt["closed"]:
            p("Offentliggøres ikke.", "Roed")
        for label, text in pt["sections"]:
            p(label, "Fed")
            for x in paras(text):
                p(x)
    p("Underskrifter: Anne-Mette Bruun, Christian Lykke, Hamid Rasuli, Susanne Brink Vad, Frank Iversen",
      "Lille")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles/>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Fed" style:family="paragraph"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Roed" style:family="paragraph"><style:text-properties '
              'fo:color="#b00000" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Lille" style:family="paragraph"><style:text-properties '
              'fo:font-size="8pt"/></style:style>'
              '<style:style style:name="Kode" style:family="paragraph"><style:text-properties '
              'fo:font-size="9pt" fo:color="#555555"/></style:style>'
              '<style:style style:name="TOC" style:family="paragraph"/>'
              '<style:style style:name="Kommune" style:family="paragraph"/>'
              '<style:style style:name="Undertitel" style:family="paragraph"/>'
              '<style:style style:name="Titel" style:family="paragraph"><style:text-properties '
              'fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            '<office:meta><meta:generator>LibreOffice/5.2</meta:generator>'
            '<dc:title>Referat Børne- og Familieudvalget 07-03-2017</dc:title>'
            '<meta:creation-date>2017-03-08T10:00:00</meta:creation-date></office:meta>'
            '</office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
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


# ---------------------------------------------------------------------------------------------
# 09  Lindeskov Municipality - Climate and Utilities Committee - English minutes - Markdown
# ---------------------------------------------------------------------------------------------
M09 = {
    "file": "09_lindeskov_climate-and-utilities-committee_2025.md",
    "board": "Climate and Utilities Committee",
    "date": "2025-04-09",
    "kind": "referat",
    "points": [
        P(7, "Adoption of the agenda", "LK-2025-0301", False, [
            ("Decision", "Adopted."),
        ]),
        P(8, "District heating price for 2025", "LK-2025-0288", False, [
            ("Background", "Lindeskov District Heating has informed the committee that the variable heat price "
                           "for 2025 is set at DKK 495 per MWh, 6 % lower than in 2024. A typical house of "
                           "130 m² will save about DKK 1,100 a year."),
            ("Decision", "Noted."),
        ]),
        P(9, "Kerbside collection of food waste - roll-out plan", "LK-2025-0197", False, [
            ("Background", "Detached houses will receive a 23-litre brown bin and a kitchen caddy with "
                           "compostable bags. Bins are delivered in the eastern districts in week 22 and in the "
                           "western districts in week 26. Food waste is collected every two weeks, alternating "
                           "with residual waste.\n\nHoliday homes will receive bins from 1 April 2026."),
            ("Recommendation", "The administration recommends that the roll-out plan is approved."),
            ("Decision", "Approved. Every household will receive a letter two weeks before delivery."),
        ]),
        P(10, "Land purchase for a solar park at Vesterhede", "LK-2025-0310", True, [
            ("Background", "The administration has negotiated an option agreement with Vesterhede Agro I/S "
                           "for 46 hectares. The agreed price is DKK 11,240,000, and the option expires on "
                           "30 June 2025."),
            ("Decision", "The committee recommends the purchase to the Finance Committee."),
        ]),
        P(11, "Boil-water notice in Nørremark, March 2025", "LK-2025-0327", False, [
            ("Background", "On 11 March coliform bacteria were found in a routine sample from the Nørremark "
                           "waterworks. A boil-water notice was issued the same evening to 840 households and "
                           "lifted on 17 March after three clean samples. The cause was a damaged hatch on a "
                           "clean-water tank."),
            ("Decision", "Noted. The committee asked for an inspection plan for all hatches before the summer."),
        ]),
        P(12, "Miscellaneous", "LK-2025-0301", False, [
            ("Background", "Dennis Aagaard asked about charging points in the Town Hall car park. The "
                           "administration will come back to the matter in June."),
            ("Decision", "Nothing further."),
        ]),
    ],
    "secrets": ["Vesterhede Agro I/S", "DKK 11,240,000", "the option expires on 30 June 2025"],
    "question": "when do I get a brown food waste bin in the eastern part of lindeskov and how often is it emptied",
    "cite_punkt": 9,
}


def render_09(m):
    L = ["---", "title: \"Minutes – Climate and Utilities Committee\"",
         "municipality: Lindeskov Municipality", "meeting_date: 2025-04-09",
         "layout: minutes", "lang: en", "---", "",
         "Minutes of the ordinary meeting of the Climate and Utilities Committee, Wednesday 9 April 2025 at "
         "17:00–19:15 in the Council Chamber, Lindeskov Town Hall.", "",
         "Present: Marianne Holst (Chair), Dennis Aagaard, Lukas Brandstrup, Henrik Moll  ",
         "Apologies: Freja Winther  ",
         "Minute-taker: Sofie Kalbak, Technical Administration"]
    for p in m["points"]:
        L += ["", "## Agenda point %d: %s" % (p["n"], p["title"]), "", "Case no. %s" % p["case"]]
        if p["closed"]:
            L += ["", "_Closed session – restricted to committee members, not to be published._"]
        for label, text in p["sections"]:
            L += ["", "**%s**" % label, ""]
            for x in paras(text):
                L += [x, ""]
            L.pop()
    L += ["", "* * *", "", "_Minutes approved by the Chair on 10 April 2025._", ""]
    return "\n".join(L).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# 10  Vibemark Kommune - Borgerservice- og Digitaliseringsudvalget - referat - XML export
# ---------------------------------------------------------------------------------------------
M10 = {
    "file": "10_vibemark_borgerservice-og-digitaliseringsudvalget_2020.xml",
    "board": "Borgerservice- og Digitaliseringsudvalget",
    "date": "2020-06-16",
    "kind": "referat",
    "points": [
        P(41, "Godkendelse af dagsorden", "SAG-2020-03311", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(42, "Genåbning af Borgerservice efter nedlukningen", "SAG-2020-02954", False, [
            ("Sagsfremstilling", "Borgerservice har siden 18. maj haft åbent for personlige henvendelser efter "
                                 "tidsbestilling. Fra 1. juli 2020 genindføres åben skranke mandag til torsdag "
                                 "kl. 10-14, men pas og kørekort kræver fortsat tidsbestilling via "
                                 "hjemmesiden. Der opsættes afskærmning ved alle skranker."),
            ("Beslutning", "Godkendt."),
        ]),
        P(43, "Ny hjemmeside - valg af platform", "SAG-2020-01877", False, [
            ("Sagsfremstilling", "Forvaltningen anbefaler at flytte hjemmesiden til en fælleskommunal platform, "
                                 "som fire andre kommuner allerede bruger. Den nye side skal overholde reglerne "
                                 "om webtilgængelighed og lanceres i marts 2021."),
            ("Beslutning", "Godkendt. Udvalget vil se et første design i oktober."),
        ]),
        P(44, "Klage over sagsbehandling - konkret borgersag", "SAG-2020-03102", True, [
            ("Sagsfremstilling", "Henny Boysen Ravn har klaget til udvalget over, at hendes "
                                 "aktindsigtsanmodning af 3. februar 2020 først blev besvaret efter 71 dage. "
                                 "Forvaltningen beklager og har indført en ny procedure for registrering af "
                                 "anmodninger."),
            ("Beslutning", "Udvalget beklager forløbet. Borgmesteren sender et svar til klageren."),
        ]),
        P(45, "Fritagelse for Digital Post - status 2019", "SAG-2020-00945", False, [
            ("Sagsfremstilling", "Ved udgangen af 2019 var 4.812 borgere fritaget for Digital Post, svarende "
                                 "til 7,9 pct. af borgerne over 15 år. Det er et fald på 0,6 procentpoint siden "
                                 "2018. Fritagelse kan fortsat søges i Borgerservice eller på papirblanket."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(46, "Meddelelser fra forvaltningen", "SAG-2020-03311", False, [
            ("Sagsfremstilling", "Forvaltningen orienterede om, at telefontiden i Borgerservice udvides med en "
                                 "time om onsdagen fra august."),
            ("Beslutning", "Til efterretning."),
        ]),
    ],
    "secrets": ["Henny Boysen Ravn", "aktindsigtsanmodning af 3. februar 2020"],
    "question": "skal man stadig bestille tid for at faa nyt pas i borgerservice i vibemark",
    "cite_punkt": 42,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<moedeudskrift>",
         "  <system>eDoc-Politik 4.2</system>",
         "  <dokumenttype>Referat</dokumenttype>",
         "  <kommune>Vibemark Kommune</kommune>",
         "  <udvalg>Borgerservice- og Digitaliseringsudvalget</udvalg>",
         "  <moededato>2020-06-16</moededato>",
         "  <tidsrum>16:00-17:30</tidsrum>",
         "  <sted>Vibemark Rådhus, lokale 204, og virtuelt via videomøde</sted>",
         "  <deltagere>Jakob Sindahl (formand), Louise Kvist Arnfred, Tariq Mansour, Kirsten Nyvang</deltagere>",
         "  <fravaerende>Peter Ejby</fravaerende>",
         "  <punkter>"]
    for p in m["points"]:
        X.append("    <punkt>")
        X.append("      <nummer>%d</nummer>" % p["n"])
        X.append("      <titel>%s</titel>" % xesc(p["title"]))
        X.append("      <sagsnummer>%s</sagsnummer>" % xesc(p["case"]))
        X.append("      <status>%s</status>" % ("Skærmet punkt - fjernet fra den offentlige udgave af referatet"
                                                 if p["closed"] else "Offentlig"))
        for label, text in p["sections"]:
            tag = "beslutning" if label == "Beslutning" else "sagsfremstilling"
            X.append("      <%s>" % tag)
            for x in paras(text):
                X.append("        <tekst>%s</tekst>" % xesc(x))
            X.append("      </%s>" % tag)
        X.append("    </punkt>")
    X += ["  </punkter>", "</moedeudskrift>", ""]
    return "\n".join(X).encode("utf-8")


MEETINGS = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10]
RENDER = [render_01, render_02, render_03, render_04, render_05, render_06, render_07, render_08, render_09,
          render_10]


def expected():
    out = []
    for m in MEETINGS:
        out.append({
            "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"],
        })
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
