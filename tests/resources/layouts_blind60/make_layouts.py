#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind60.

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
GLUE = "\u2060"  # word joiner, keeps the words of a protected phrase together while wrapping


def P(n, title, case, closed, sections, mark=None):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "mark": mark}


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def keep_phrases(m):
    return list(m["secrets"]) + [p["title"] for p in m["points"]]


def wrap(text, width, keep=(), indent=""):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", GLUE))
    return [ln.replace(GLUE, " ") for ln in textwrap.wrap(text, width, initial_indent=indent,
                                                          subsequent_indent=indent,
                                                          break_long_words=False, break_on_hyphens=False)]


def fixed_zip(entries, when):
    """A zip archive with fixed timestamps; `entries` is a list of (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 01  Stenhøj Kommune - Økonomiudvalget (print view of a web agenda portal:
#     cookie banner and breadcrumb, an overview table with an access column,
#     "NN - Title" headings, a case/handler line, two closed points marked in
#     different words)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_stenhoej_oekonomiudvalget_2022.html",
    "board": "Økonomiudvalget",
    "date": "2022-03-15",
    "kind": "referat",
    "points": [
        P(29, "Godkendelse af dagsorden", "22-000112", False, [
            ("Økonomiudvalgets beslutning den 15. marts 2022", "Godkendt."),
        ]),
        P(30, "Foreløbigt regnskabsresultat 2021", "22-000931", False, [
            ("Resumé",
             "Det foreløbige regnskab for 2021 viser et overskud på den ordinære drift på 96,4 mio. kr. "
             "Det er 21,7 mio. kr. bedre end forventet ved den sidste budgetopfølgning. Det endelige regnskab forelægges i maj."),
            ("Sagsfremstilling",
             "Mindreforbruget skyldes primært lavere udgifter til forsikrede ledige og forsinkelser på anlægsområdet, "
             "hvor 38 mio. kr. forventes overført til 2022. Serviceudgifterne ligger 4,1 mio. kr. under den udmeldte ramme."),
            ("Indstilling", "Direktionen indstiller, at Økonomiudvalget tager orienteringen til efterretning."),
            ("Økonomiudvalgets beslutning den 15. marts 2022",
             "Taget til efterretning. Udvalget ønsker en særskilt redegørelse for de forsinkede anlægsprojekter på næste møde."),
        ]),
        P(31, "Anlægsbevilling til ny brandstation i Stenhøj Nord", "21-014402", False, [
            ("Resumé",
             "Beredskabet flytter fra den nedslidte station på Fabriksvej til en ny brandstation ved rundkørslen på Nordre Ringvej. "
             "Der søges om en anlægsbevilling på 23,8 mio. kr."),
            ("Sagsfremstilling",
             "Den nuværende station fra 1968 lever ikke op til nutidens krav om omklædning og adskillelse af rene og urene zoner. "
             "Den nye station får fire udrykningsporte, vaskehal og et uddannelseslokale, som lokale foreninger kan låne om aftenen.\n\n"
             "Byggeriet udbydes i maj 2022. Byggestart forventes i september 2022, og stationen forventes taget i brug i efteråret 2023."),
            ("Økonomi",
             "Projektet finansieres af det afsatte rådighedsbeløb på 21,0 mio. kr. i 2022-2023 og af 2,8 mio. kr. fra salget af den gamle station."),
            ("Indstilling",
             "Direktionen indstiller, at Økonomiudvalget anbefaler Byrådet at give en anlægsbevilling på 23,8 mio. kr. og frigive rådighedsbeløbet."),
            ("Økonomiudvalgets beslutning den 15. marts 2022",
             "Anbefales over for Byrådet. Sabina Ørum tog forbehold for placeringen."),
        ]),
        P(32, "Salg af erhvervsgrund ved Lergravsvej", "22-002210", True, [
            ("Sagsfremstilling",
             "Kornmod Logistik ApS har afgivet købstilbud på grunden matr. nr. 9fx på i alt 31.200 m². "
             "Tilbuddet lyder på 4.150.000 kr. eksklusive moms og er betinget af en købsoption på nabogrunden."),
            ("Økonomiudvalgets beslutning den 15. marts 2022",
             "Borgmesteren bemyndiges til at færdigforhandle salget på det foreliggende grundlag."),
        ], mark="Ikke offentlig"),
        P(33, "Låneoptagelse for 2022", "22-001050", False, [
            ("Sagsfremstilling",
             "Kommunen har for 2022 en låneramme på 41,5 mio. kr., primært til energirenovering og ældreboliger. "
             "Økonomiafdelingen foreslår et fastforrentet lån i KommuneKredit med en løbetid på 25 år."),
            ("Indstilling", "Direktionen indstiller, at lånet optages som et fastforrentet lån."),
            ("Økonomiudvalgets beslutning den 15. marts 2022", "Anbefales."),
        ]),
        P(34, "Tvist om renoveringen af svømmehallen", "21-009876", True, [
            ("Sagsfremstilling",
             "Entreprenøren Brdr. Haldorf Entreprise A/S har rejst krav om ekstrabetaling for fugtskader i kælderen under bassinet. "
             "Kommunens advokat anbefaler at afvise kravet, men at fremsætte et forligstilbud på 1,2 mio. kr. for at undgå en voldgiftssag."),
            ("Økonomiudvalgets beslutning den 15. marts 2022",
             "Administrationen bemyndiges til at indgå forlig inden for den anbefalede ramme."),
        ], mark="Behandles for lukkede døre"),
        P(35, "Eventuelt", "22-000112", False, [
            ("Økonomiudvalgets beslutning den 15. marts 2022",
             "Kasper Vinding spurgte til status på cykelstien langs Skovbrynet. Administrationen svarer skriftligt."),
        ]),
    ],
    "secrets": ["Kornmod Logistik ApS", "4.150.000 kr. eksklusive moms", "matr. nr. 9fx",
                "Brdr. Haldorf Entreprise A/S", "forligstilbud på 1,2 mio. kr."],
    "question": "hvornår går de i gang med at bygge den nye brandstation i nord, og hvornår kan den bruges",
    "cite_punkt": 31,
}


def render_01(m):
    x = []
    a = x.append
    a('<!DOCTYPE html>')
    a('<html lang="da">')
    a('<head>')
    a('<meta charset="utf-8">')
    a('<title>Referat - Økonomiudvalget 15.03.2022 - Stenhøj Kommune</title>')
    a('<style>.adgang-lukket{color:#a00;font-weight:bold} table.oversigt td{padding:2px 8px}</style>')
    a('<script>window.dataLayer=window.dataLayer||[];function consent(){document.getElementById("cookie").remove();}</script>')
    a('</head>')
    a('<body>')
    a('<div id="cookie">Vi bruger cookies til statistik. <button onclick="consent()">OK</button></div>')
    a('<nav class="breadcrumb"><a href="/">Forside</a> › <a href="/politik">Politik</a> › <a href="/politik/udvalg">Udvalg og referater</a> › Økonomiudvalget</nav>')
    a('<main>')
    a('<h1>Referat</h1>')
    a('<table class="moedehoved">')
    rows = [("Udvalg", m["board"]), ("Mødedato", "Tirsdag den 15. marts 2022"), ("Mødetid", "16:30 - 18:45"),
            ("Mødested", "Rådhuset, lokale 2.14 (Udsigten)"),
            ("Fremmødte", "Jens Ove Riis (formand), Trine Halkjær, Mogens Bech Lund, Sabina Ørum, Kasper Vinding, Hanne Lykkeberg"),
            ("Fraværende", "Ib Thorsager")]
    for k, v in rows:
        a('<tr><th scope="row">%s</th><td>%s</td></tr>' % (escape(k), escape(v)))
    a('</table>')
    a('<h2>Punkter på dagsordenen</h2>')
    a('<table class="oversigt"><thead><tr><th>Nr.</th><th>Emne</th><th>Sagsnr.</th><th>Adgang</th></tr></thead><tbody>')
    for p in m["points"]:
        acc = '<span class="adgang-lukket">Lukket</span>' if p["closed"] else "Åben"
        a('<tr><td>%d</td><td><a href="#p%d">%s</a></td><td>%s</td><td>%s</td></tr>'
          % (p["n"], p["n"], escape(p["title"]), escape(p["case"]), acc))
    a('</tbody></table>')
    for p in m["points"]:
        a('<section class="punkt" id="p%d">' % p["n"])
        a('<h2>%d - %s</h2>' % (p["n"], escape(p["title"])))
        a('<p class="meta">Sagsnr.: %s &nbsp;|&nbsp; Sagsbehandler: %s</p>'
          % (escape(p["case"]), "Økonomi og Analyse" if p["n"] != 31 else "Beredskab og Sikkerhed"))
        if p["closed"]:
            a('<div class="adgang-lukket"><p>%s</p></div>' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<h4>%s</h4>' % escape(label))
            for pp in paras(text):
                a('<p>%s</p>' % escape(pp))
        a('<p class="tilbage"><a href="#top">Til toppen</a></p>')
        a('</section>')
    a('</main>')
    a('<footer><p>Stenhøj Kommune · Torvet 1 · Telefon 70 00 00 00 · <a href="/tilgaengelighed">Tilgængelighedserklæring</a></p></footer>')
    a('</body>')
    a('</html>')
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 02  Bøgelund Kommune - Kommunalbestyrelsen, TILLÆGSREFERAT (a word processor
#     "save as web page" file in windows-1252 with Mso classes and empty
#     &nbsp; paragraphs; "Tillægspunkt NN:" headings, Sags-ID lines)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_boegelund_kommunalbestyrelsen_tillaegsreferat_2021.htm",
    "board": "Kommunalbestyrelsen",
    "date": "2021-12-09",
    "kind": "tillaegsreferat",
    "points": [
        P(18, "Ekstraordinært tilskud til Bøgelund Lokalbusser", "2021-018733", False, [
            ("Sagsfremstilling",
             "Selskabet bag lokalbusserne har mistet billetindtægter under nedlukningen og har anmodet om et ekstraordinært tilskud "
             "på 650.000 kr., så kørslen på linje 41 og 42 kan opretholdes i hele 2022."),
            ("Indstilling", "Økonomiudvalget indstiller, at tilskuddet bevilges og finansieres af kassebeholdningen."),
            ("Beslutning", "Godkendt med 21 stemmer for. 4 medlemmer undlod at stemme."),
        ]),
        P(19, "Vinterberedskab - tillægsbevilling til glatførebekæmpelse", "2021-019104", False, [
            ("Sagsfremstilling",
             "Budgettet til vintertjeneste er opbrugt efter den tidlige frost i november. Der søges om en tillægsbevilling på 1,9 mio. kr., "
             "så cykelstierne til kommunens skoler fortsat saltes før kl. 6.30 på alle hverdage resten af vinteren."),
            ("Indstilling", "Teknik- og Miljøudvalget indstiller, at tillægsbevillingen gives."),
            ("Beslutning", "Godkendt."),
        ]),
        P(20, "Personalesag - ansættelse af kommunaldirektør", "2021-020017", True, [
            ("Sagsfremstilling",
             "Ansættelsesudvalget indstiller, at Vibeke Saltofte Nygaard ansættes som kommunaldirektør pr. 1. februar 2022. "
             "Lønnen aftales inden for en ramme på 1.180.000 kr. årligt inkl. tillæg."),
            ("Beslutning", "Indstillingen godkendt."),
        ], mark="FORTROLIGT - må ikke videregives"),
    ],
    "secrets": ["Vibeke Saltofte Nygaard", "1.180.000 kr. årligt inkl. tillæg"],
    "question": "bliver cykelstierne til skolerne stadig saltet om morgenen resten af vinteren?",
    "cite_punkt": 19,
}


def render_02(m):
    x = []
    a = x.append
    a('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">')
    a('<head>')
    a('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">')
    a('<meta name=Generator content="Microsoft Word 15 (filtered)">')
    a('<title>Tillægsreferat Kommunalbestyrelsen 9. december 2021</title>')
    a('<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Sekretariatet</o:Author></o:DocumentProperties></xml><![endif]-->')
    a('<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif} .Overskrift2Tegn{font-weight:bold}</style>')
    a('</head>')
    a('<body lang=DA style="word-wrap:break-word">')
    a('<div class=WordSection1>')
    a('<p class=MsoTitle>TILLÆGSREFERAT</p>')
    a('<p class=MsoNormal><b>%s</b></p>' % escape(m["board"]))
    a('<p class=MsoNormal>Ordinært møde torsdag den 9. december 2021 kl. 19.00 i Byrådssalen, Bøgelund Rådhus</p>')
    a('<p class=MsoNormal>&nbsp;</p>')
    a('<p class=MsoNormal>Tillægsdagsordenen blev udsendt den 6. december 2021. Kommunalbestyrelsen vedtog enstemmigt at optage punkterne.</p>')
    a('<p class=MsoNormal>Til stede: Alle medlemmer undtagen Preben Aggerholm, der havde meldt forfald. Stedfortræder: Lise Munch Krarup.</p>')
    a('<p class=MsoNormal>&nbsp;</p>')
    for p in m["points"]:
        a('<h2 style="mso-list:l0 level1 lfo1"><span class=Overskrift2Tegn>Tillægspunkt %d: %s</span></h2>' % (p["n"], escape(p["title"])))
        a('<p class=MsoNormal><i>Sags-ID: %s</i><o:p></o:p></p>' % escape(p["case"]))
        if p["closed"]:
            a('<p class=MsoNormal style="border:solid windowtext 1.0pt;padding:4pt"><b>%s</b></p>' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<p class=MsoNormal>&nbsp;</p>')
            a('<p class=MsoNormal><b><u>%s</u></b></p>' % escape(label))
            for pp in paras(text):
                a('<p class=MsoNormal>%s</p>' % escape(pp))
        a('<p class=MsoNormal>&nbsp;</p>')
        a('<p class=MsoNormal align=center>* * *</p>')
    a('<p class=MsoNormal>Mødet slut kl. 21.40.</p>')
    a('</div>')
    a('</body>')
    a('</html>')
    return ("\r\n".join(x) + "\r\n").encode("cp1252")


# ---------------------------------------------------------------------------
# 03  Fjordholm Municipality - Health and Prevention Committee (English
#     minutes as a Word document: meeting facts table, one three-column
#     "No. | Subject | Case ref." table per item, an access row on the
#     closed item, running header and footer)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_fjordholm_health-and-prevention-committee_2024.docx",
    "board": "Health and Prevention Committee",
    "date": "2024-04-17",
    "kind": "referat",
    "points": [
        P(21, "Approval of the agenda", "EMN-2024-00102", False, [
            ("Decision of the Committee", "Approved."),
        ]),
        P(22, "Smoke-free school hours at all municipal schools", "EMN-2024-00655", False, [
            ("Summary",
             "The administration proposes that all eight municipal schools become smoke-free during school hours from 1 August 2024. "
             "The rule covers pupils, staff and visitors and includes e-cigarettes and nicotine pouches."),
            ("Background",
             "A survey among pupils in years 8 and 9 showed that one in six used nicotine products at least once a week. "
             "Two schools already have smoke-free hours and report fewer conflicts in the breaks."),
            ("Recommendation",
             "The administration recommends that the committee approves smoke-free school hours from 1 August 2024 "
             "and sets aside DKK 180,000 for cessation courses for staff."),
            ("Decision of the Committee",
             "Approved. Leila Haddad asked that parents be informed before the summer holidays."),
        ]),
        P(23, "Status on the health check offer for 50-year-olds", "EMN-2023-03318", False, [
            ("Summary",
             "In 2023, 1,412 citizens aged 50 were invited to a health check and 604 took part, a participation rate of 43 per cent. "
             "Participation was lowest in the rural districts."),
            ("Decision of the Committee",
             "Noted. The committee wants a mobile health check in the villages to be tested in the autumn."),
        ]),
        P(24, "Complaint concerning a home care assessment", "EMN-2024-00871", True, [
            ("Summary",
             "The complaint concerns a 79-year-old citizen living at Strandengen 12 whose cleaning assistance was reduced. "
             "The National Social Appeals Board returned the case because the reassessment of 14 November was not documented."),
            ("Decision of the Committee", "The administration will carry out a new assessment within four weeks."),
        ], mark="Not public - exempt from publication (personal data)"),
        P(25, "Budget 2025 - savings catalogue for the health area", "EMN-2024-00903", False, [
            ("Summary",
             "The catalogue contains eleven proposals amounting to DKK 3.4 million in 2025, among them closing the evening opening "
             "at the training centre on Kirkegade and merging the two smoking cessation teams."),
            ("Decision of the Committee", "The committee forwarded the catalogue to the Finance Committee without a recommendation."),
        ]),
        P(26, "Any other business", "EMN-2024-00102", False, [
            ("Decision of the Committee",
             "Rasmus Kold asked about waiting times for physiotherapy. An answer will be given at the next meeting."),
        ]),
    ],
    "secrets": ["Strandengen 12", "reassessment of 14 November"],
    "question": "is my kids school going to ban vapes and snus during school time, and from when",
    "cite_punkt": 22,
}


def render_03(m):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 4, 18, 9, 0, 0)
    cp.author, cp.last_modified_by, cp.title = "Committee Secretariat", "Committee Secretariat", "Minutes"
    cp.created, cp.modified, cp.revision = fixed, fixed, 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Fjordholm Municipality | Health and Prevention Committee | 17.04.2024"
    sec.footer.paragraphs[0].text = "Minutes approved by the chair"
    d.add_heading("Minutes", level=0)
    d.add_paragraph("Fjordholm Municipality")
    d.add_paragraph(m["board"])
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Date", "Wednesday 17 April 2024"), ("Time", "15:00-17:10"), ("Venue", "Fjordholm Town Hall, room C3"),
                 ("Members present", "Annika Vestergaard (chair), Rasmus Kold, Leila Haddad, Ove Brink"),
                 ("Apologies", "Pia Storm"), ("Minute taker", "Jonas Ebbesen")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph("")
    for p in m["points"]:
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        c = t.rows[0].cells
        c[0].text, c[1].text, c[2].text = "No.", "Subject", "Case ref."
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = str(p["n"]), p["title"], p["case"]
        if p["closed"]:
            c = t.add_row().cells
            c[0].text = "Access"
            c[1].merge(c[2]).text = p["mark"]
        for label, text in p["sections"]:
            r = d.add_paragraph().add_run(label)
            r.bold = True
            r.font.size = Pt(11)
            for pp in paras(text):
                d.add_paragraph(pp)
        d.add_paragraph("")
    d.add_paragraph("The meeting closed at 17:10.")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return fixed_zip([(i.filename, src.read(i.filename), False) for i in src.infolist()], (2024, 4, 18, 9, 0, 0))


# ---------------------------------------------------------------------------
# 04  Ulvedal Kommune - Ældrerådet (PDF: letterhead block, "N.  Title"
#     headings followed by a KLE journal number, "Konklusion:" as the outcome
#     label, a "(LUKKET)" suffix and a note on the closed point, a footer with
#     print stamp and page number)
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_ulvedal_aeldreraadet_2021.pdf",
    "board": "Ældrerådet",
    "date": "2021-06-08",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra 4. maj 2021", "00.22.04-A00-1-21", False, [
            ("Konklusion:", "Godkendt uden bemærkninger."),
        ]),
        P(2, "Høring: Kvalitetsstandard for madservice 2022", "27.18.04-P22-1-21", False, [
            ("Sagsfremstilling:",
             "Kommunen har sendt den reviderede kvalitetsstandard for madservice i høring. Den vigtigste ændring er, at borgerne "
             "fremover kan vælge mellem levering af kølemad to gange om ugen eller dagligt varm mad mod en ekstra egenbetaling "
             "på 9 kr. pr. hovedret. Ordningen træder i kraft 1. januar 2022."),
            ("Konklusion:",
             "Ældrerådet er positivt over for valgfriheden, men finder tillægget for varm mad urimeligt og anbefaler i sit høringssvar, "
             "at det fjernes. Formanden skriver høringssvaret."),
        ]),
        P(3, "Orientering om genåbning af dagcentrene", "27.12.00-G01-2-21", False, [
            ("Sagsfremstilling:",
             "Ældrechef Mette Hjort orienterede om, at dagcentrene Lindegården og Søbakken genåbner for fuld aktivitet fra 14. juni 2021. "
             "Kørselsordningen genoptages samme dag."),
            ("Konklusion:", "Taget til efterretning."),
        ]),
        P(4, "Henvendelse fra pårørende om forhold på plejecenter", "27.69.48-P20-3-21", True, [
            ("Sagsfremstilling:",
             "En pårørende har skrevet til rådet om sin far på afsnit Rosen, Plejecenter Kildevang, og om gentagne fald om natten. "
             "Rådet har bedt centerleder Aase Brønnum om en skriftlig redegørelse."),
            ("Konklusion:", "Sagen følges op på næste møde."),
        ], mark="Punktet offentliggøres ikke, da det indeholder oplysninger om enkeltpersoner."),
        P(5, "Ældrerådsvalget 2021", "00.01.10-A00-1-21", False, [
            ("Sagsfremstilling:",
             "Valget til Ældrerådet holdes samtidig med kommunalvalget 16. november 2021. Fristen for at stille op er 1. oktober 2021."),
            ("Konklusion:", "Rådet holder et kandidatmøde i Ulvedal Hallen i oktober. Formanden og Ruth Dalsgaard planlægger mødet."),
        ]),
        P(6, "Eventuelt", "00.22.04-A00-1-21", False, [
            ("Konklusion:", "Kaj Thygesen efterlyste flere bænke langs stien ved Ulvedal Sø. Sekretæren sender forslaget videre."),
        ]),
    ],
    "secrets": ["afsnit Rosen, Plejecenter Kildevang", "centerleder Aase Brønnum"],
    "question": "kan min mor få varm mad bragt ud hver dag og koster det ekstra",
    "cite_punkt": 2,
}


def render_04(m):
    from fpdf import FPDF

    keep = keep_phrases(m)

    class Doc(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("Helvetica", "", 7)
            self.cell(95, 4, "Udskrevet fra ESDH 09.06.2021 kl. 08.12")
            self.cell(0, 4, "Ældrerådet 08.06.2021 - side %d" % self.page_no(), align="R")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2021, 6, 9, 8, 12, tzinfo=datetime.timezone.utc))
    pdf.set_title("Referat Ældrerådet 08.06.2021")
    pdf.set_author("Ulvedal Kommune")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = 166

    def block(text, size=10, style="", indent=0):
        pdf.set_font("Helvetica", style, size)
        for para in paras(text):
            words = para
            for k in sorted(keep, key=len, reverse=True):
                words = words.replace(k, k.replace(" ", GLUE))
            cur = ""
            for w in words.split(" "):
                trial = (cur + " " + w) if cur else w
                if pdf.get_string_width(trial.replace(GLUE, " ")) > W - indent and cur:
                    pdf.set_x(22 + indent)
                    pdf.cell(0, 5, cur.replace(GLUE, " "), new_x="LMARGIN", new_y="NEXT")
                    cur = w
                else:
                    cur = trial
            if cur:
                pdf.set_x(22 + indent)
                pdf.cell(0, 5, cur.replace(GLUE, " "), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "Ulvedal Kommune", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 6, m["board"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "REFERAT", new_x="LMARGIN", new_y="NEXT")
    block("Møde tirsdag 8. juni 2021 kl. 9.30-12.00\n\nSted: Aktivitetscentret Lindegården, mødesal 1\n\n"
          "Deltagere: Erna Bøgh (formand), Kaj Thygesen (næstformand), Ruth Dalsgaard, Inger Lykke, Frede Mosbæk\n\n"
          "Afbud: Bent Winther\n\nFra administrationen: ældrechef Mette Hjort (pkt. 3)\n\nReferent: Gitte Salling", size=9)
    pdf.ln(2)
    for p in m["points"]:
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        head = "%d.  %s" % (p["n"], p["title"]) + ("  (LUKKET)" if p["closed"] else "")
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 4, "J.nr. %s" % p["case"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        if p["closed"]:
            block(p["mark"], size=9, style="I")
        for label, text in p["sections"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
            block(text, indent=4)
    pdf.ln(4)
    block("Referatet er godkendt af formanden pr. mail.", size=9, style="I")
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Lindsø Kommune - Teknik- og Miljøudvalget (plain-text export from an
#     old case system: key/value header block, INDHOLD list with dotted
#     leaders, "SAG NN" blocks framed by dashed rules with Titel/Sagsnr./Adgang
#     fields, hard-wrapped bodies)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_lindsoe_teknik-og-miljoeudvalget_2023.txt",
    "board": "Teknik- og Miljøudvalget",
    "date": "2023-08-22",
    "kind": "referat",
    "points": [
        P(41, "Godkendelse af dagsorden", "23/0815", False, [
            ("Beslutning i Teknik- og Miljøudvalget", "Godkendt."),
        ]),
        P(42, "Trafiksikkerhed på Skolevej ved Lindsø Skole", "23/3120", False, [
            ("Sagsfremstilling",
             "Forældre har klaget over høj fart på Skolevej i morgentimerne. Målinger i maj viste, at 38 % af bilisterne kørte "
             "over 50 km/t. Forvaltningen foreslår to vejbump, en hævet flade ved skolens hovedindgang og en 40 km/t-zone."),
            ("Økonomi", "Udgiften på 640.000 kr. afholdes af puljen til trafiksikkerhed."),
            ("Beslutning i Teknik- og Miljøudvalget", "Godkendt. Arbejdet udføres i efterårsferien 2023."),
        ]),
        P(43, "Forslag til affaldsplan 2024-2030 - udsendelse i høring", "23/2298", False, [
            ("Sagsfremstilling",
             "Planforslaget indfører indsamling af madaffald i etageboliger fra 2025 og en byttestation på genbrugspladsen "
             "i Lindsø, hvor brugte møbler og legetøj kan afleveres og hentes gratis."),
            ("Beslutning i Teknik- og Miljøudvalget", "Forslaget sendes i offentlig høring i 8 uger."),
        ]),
        P(44, "Erstatningskrav efter oversvømmelse i Enghaven", "23/4417", True, [
            ("Sagsfremstilling",
             "Ejeren af Enghaven 7 kræver 812.000 kr. i erstatning for skader efter skybruddet den 3. juli, idet det gøres gældende, "
             "at kommunens regnvandsledning var tilstoppet. Forsikringsselskabet Nordlys Skade har afvist at dække."),
            ("Beslutning i Teknik- og Miljøudvalget", "Kravet afvises. Sagen overdrages til kommunens advokat."),
        ], mark="Adgang: Lukket"),
        P(45, "Vandløbsregulativ for Mølleåen", "23/1902", False, [
            ("Sagsfremstilling",
             "Regulativet fra 1994 er forældet. Det nye regulativ fastsætter grødeskæring to gange årligt og en mindre "
             "vandføringsevne på den øverste strækning af hensyn til ørredbestanden."),
            ("Beslutning i Teknik- og Miljøudvalget", "Godkendt. Lodsejerne orienteres ved brev."),
        ]),
        P(46, "Udbud af vintervedligeholdelse 2023-2027 - tildeling", "23/3677", True, [
            ("Sagsfremstilling",
             "Der er indkommet tre tilbud. Det økonomisk mest fordelagtige tilbud er afgivet af Tvedsted Maskinstation I/S "
             "med en årlig pris på 2,37 mio. kr. Det næstbedste tilbud fra Vejservice Øst lå 11 % højere."),
            ("Beslutning i Teknik- og Miljøudvalget", "Kontrakten tildeles som indstillet."),
        ], mark="*** Undtaget fra offentliggørelse, indtil kontrakten er underskrevet ***"),
        P(47, "Meddelelser", "23/0815", False, [
            ("Beslutning i Teknik- og Miljøudvalget",
             "Formanden orienterede om, at den nye busterminal åbner 2. oktober. Taget til efterretning."),
        ]),
    ],
    "secrets": ["Enghaven 7 kræver 812.000 kr.", "Nordlys Skade",
                "Tvedsted Maskinstation I/S", "årlig pris på 2,37 mio. kr.", "Vejservice Øst"],
    "question": "kommer der bump på skolevej ved skolen og hvornår laver de det",
    "cite_punkt": 42,
}


def render_05(m):
    keep = keep_phrases(m)
    rule = "-" * 78
    x = []
    a = x.append
    a("LINDSØ KOMMUNE")
    a("REFERAT")
    a("")
    a("Udvalg:      %s" % m["board"])
    a("Mødedato:    22.08.2023  kl. 15:00")
    a("Slut:        17:35")
    a("Mødested:    Lindsø Rådhus, mødelokale Ålegården")
    a("Medlemmer:   Søren Kjeldgaard (formand), Ulla Brix, Henrik Bonde, Malene Sø,")
    a("             Arne Kragh, Pernille Vad")
    a("Fraværende:  Nanna Grove")
    a("")
    a("INDHOLD")
    for p in m["points"]:
        left = "Sag %d  %s " % (p["n"], p["title"])
        a(left + "." * max(3, 70 - len(left)) + " s. %d" % (1 + p["n"] - 41))
    a("")
    for p in m["points"]:
        a(rule)
        a("SAG %d" % p["n"])
        a("Titel:       %s" % p["title"])
        a("Sagsnr.:     %s" % p["case"])
        a("Adgang:      %s" % ("Lukket" if p["closed"] else "Åben"))
        a(rule)
        if p["closed"] and p["mark"] != "Adgang: Lukket":
            a(p["mark"])
        for label, text in p["sections"]:
            a("")
            a(label + ":")
            for pp in paras(text):
                x.extend(wrap(pp, 74, keep, indent="    "))
        a("")
    a(rule)
    a("Referatet er godkendt elektronisk af udvalgets medlemmer.")
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 06  Askerød Kommune - Integrationsrådet (the minutes forwarded in the body
#     of an e-mail, quoted-printable; "Ad N." headings, "Aftalt:" outcome
#     label, a closed point referred to the closed protocol)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_askeroed_integrationsraadet_2020.eml",
    "board": "Integrationsrådet",
    "date": "2020-10-06",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "20/19771", False, [("Aftalt", "Godkendt.")]),
        P(2, "Danskundervisning om aftenen for udlændinge i job", "20/21044", False, [
            ("Sagen",
             "Sprogcenter Askerød har siden august kun udbudt danskuddannelse i dagtimerne. Flere medlemmer har hørt fra borgere i "
             "arbejde, som ikke kan nå undervisningen. Sprogcentret oplyser, at et aftenhold kræver mindst 12 tilmeldte."),
            ("Aftalt",
             "Rådet anbefaler, at der oprettes to aftenhold mandag og onsdag kl. 18-21 fra januar 2021, og sender en henvendelse "
             "til Beskæftigelsesudvalget."),
        ]),
        P(3, "Mentorordning for nyankomne familier", "20/18220", False, [
            ("Sagen", "Ordningen har 14 frivillige mentorer og drives sammen med den lokale Røde Kors-afdeling. Projektmidlerne udløber ved årets udgang."),
            ("Aftalt", "Rådet støtter, at ordningen forlænges i 2021, og beder forvaltningen finde finansiering."),
        ]),
        P(4, "Sag om en families boligforhold", "20/22510", True, [
            ("Lukket protokol",
             "Familien i lejligheden på Kastanjealle 3, 2. th. bor seks personer i to værelser. Rådet bad boligsocial medarbejder "
             "Lone Frisk om at undersøge muligheden for en midlertidig bolig."),
        ], mark="Punktet er behandlet i lukket møde. Referatet fremgår af den lukkede protokol og må ikke deles."),
        P(5, "Eventuelt og næste møde", "20/19771", False, [
            ("Aftalt", "Næste møde holdes 1. december 2020. Tomas Gren foreslog en kulturaften i Bifrost i foråret."),
        ]),
    ],
    "secrets": ["Kastanjealle 3, 2. th.", "boligsocial medarbejder Lone Frisk"],
    "question": "jeg arbejder om dagen - kan jeg gå til dansk om aftenen i askerød",
    "cite_punkt": 2,
}


def render_06(m):
    body = []
    b = body.append
    b("Hej alle")
    b("")
    b("Hermed referatet fra mødet i tirsdags. Husk at punkt 4 kun er til rådets medlemmer.")
    b("")
    b("Venlig hilsen")
    b("Maja Ravn")
    b("Sekretær for Integrationsrådet, Askerød Kommune")
    b("")
    b("---------- Videresendt besked ----------")
    b("Fra: Maja Ravn <mara@askeroed-kommune.example>")
    b("Sendt: 7. oktober 2020 16:02")
    b("Til: Hamid Sayed")
    b("Emne: Referat - Integrationsrådet 6. oktober 2020")
    b("")
    b("REFERAT")
    b("%s, Askerød Kommune" % m["board"])
    b("Tirsdag den 6. oktober 2020 kl. 17.00-19.00, Medborgerhuset Bifrost, lokale 3")
    b("")
    b("Til stede: Hamid Sayed (formand), Dorte Kvist, Aliya Nurlanova, Tomas Gren, Samira El-Amin, Jakob Birch")
    b("Afbud: Nour Chahine")
    b("Referent: Maja Ravn")
    b("")
    for p in m["points"]:
        b("Ad %d. %s" % (p["n"], p["title"]))
        b("Sagsnr.: %s" % p["case"])
        if p["closed"]:
            b(p["mark"])
        for label, text in p["sections"]:
            for i, pp in enumerate(paras(text)):
                b(("%s: %s" % (label, pp)) if i == 0 else pp)
        b("")
    b("/Maja")
    msg = EmailMessage()
    msg["From"] = "Integrationsrådet <integrationsraad@askeroed-kommune.example>"
    msg["To"] = "Integrationsrådets medlemmer <ir-medlemmer@askeroed-kommune.example>"
    msg["Subject"] = "VS: Referat - Integrationsrådet 6. oktober 2020"
    msg["Date"] = "Thu, 08 Oct 2020 09:14:00 +0200"
    msg["Message-ID"] = "<20201008091400.4471@askeroed-kommune.example>"
    msg.set_content("\n".join(body) + "\n", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# 07  Egelykke Kommune - Klima- og Forsyningsudvalget (RTF: header in a
#     \header group, "Dagsordenspunkt N:" headings, Sagsnr./Dok.nr. line,
#     "Udvalgets afgørelse" label, a FORTROLIGT stamp on the closed point)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_egelykke_klima-og-forsyningsudvalget_2019.rtf",
    "board": "Klima- og Forsyningsudvalget",
    "date": "2019-02-05",
    "kind": "referat",
    "points": [
        P(8, "Meddelelser fra formanden", "2019-10021", False, [
            ("Udvalgets afgørelse", "Formanden orienterede om KL's klimatopmøde i marts. Taget til efterretning."),
        ]),
        P(9, "Klimatilpasningsplan 2019-2022", "2019-11832", False, [
            ("Sagens baggrund",
             "Kortlægningen viser, at 312 ejendomme er i risiko for oversvømmelse ved en 100-års regn. Planen prioriterer et "
             "regnvandsbassin ved Bækkedalen og forhøjelse af diget ved Lystbådehavnen."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at planen anbefales over for Byrådet."),
            ("Udvalgets afgørelse", "Anbefales over for Byrådet."),
        ]),
        P(10, "Tilskud til udskiftning af oliefyr", "2019-12270", False, [
            ("Sagens baggrund",
             "Der er afsat 1,5 mio. kr. til en pulje, hvor boligejere uden for fjernvarmeområdet kan søge op til 15.000 kr. "
             "til en varmepumpe, når et oliefyr udskiftes. Tilskuddet gives efter først til mølle-princippet."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at puljen åbner 1. marts 2019 med ansøgningsfrist 1. maj 2019."),
            ("Udvalgets afgørelse", "Godkendt."),
        ]),
        P(11, "Overtagelse af privat vandværk", "2019-12901", True, [
            ("Sagens baggrund",
             "Bestyrelsen for Hyldebjerg Vandværk har tilbudt at lade forsyningsselskabet overtage værket for en symbolsk krone "
             "mod at overtage gælden på 3,6 mio. kr. Bestyrelsesformand Poul Ravnkilde ønsker svar inden generalforsamlingen."),
            ("Udvalgets afgørelse", "Forvaltningen undersøger værkets tilstand, før der gives svar."),
        ], mark="FORTROLIGT"),
        P(12, "Solcelleanlæg på kommunale bygninger", "2019-10988", False, [
            ("Sagens baggrund", "Forvaltningen foreslår solceller på seks bygninger med i alt 410 kWp. Tilbagebetalingstiden er beregnet til 11 år."),
            ("Udvalgets afgørelse", "Godkendt. Egelykke Hallen prioriteres først."),
        ]),
    ],
    "secrets": ["Hyldebjerg Vandværk", "gælden på 3,6 mio. kr.", "Poul Ravnkilde"],
    "question": "kan jeg faa tilskud til en varmepumpe naar jeg skifter mit oliefyr ud, og hvor meget",
    "cite_punkt": 10,
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
    a(r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}")
    a(r"{\colortbl;\red0\green0\blue0;\red170\green0\blue0;}")
    a(r"{\info{\title " + _rtf("Referat Klima- og Forsyningsudvalget") + r"}{\author Egelykke Kommune}"
      r"{\creatim\yr2019\mo2\dy6\hr10\min0}}")
    a(r"\paperw11906\paperh16838\margl1418\margr1418\margt1134\margb1134")
    a(r"{\header\pard\qr\f0\fs16 " + _rtf("Egelykke Kommune - Klima- og Forsyningsudvalget - Referat 05.02.2019") + r"\par}")
    a(r"{\footer\pard\qc\f0\fs16 Side {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}")
    a(r"\pard\f0\fs36\b Referat\b0\par")
    a(r"\fs24 " + _rtf(m["board"]) + r"\par")
    a(r"\fs20 " + _rtf("Tirsdag 5. februar 2019, kl. 16.00 - 18.10") + r"\par")
    a(_rtf("Mødelokale 1, Egelykke Rådhus") + r"\par")
    a(_rtf("Medlemmer: Birthe Holmgaard (formand), Lars Ejby, Sune Riis, Ayla Tekin, Carsten Mølgaard") + r"\par")
    a(_rtf("Afbud: ingen") + r"\par\par")
    for p in m["points"]:
        a(r"\pard\sb240\sa60\keepn\b\fs24 " + _rtf("Dagsordenspunkt %d: %s" % (p["n"], p["title"])) + r"\b0\par")
        a(r"\pard\fs18 " + _rtf("Sagsnr.: %s\tDok.nr.: %d/19" % (p["case"], 4400 + p["n"] * 7)).replace("\t", r"\tab ") + r"\par")
        if p["closed"]:
            a(r"\pard\qc\cf2\b\fs28 " + _rtf(p["mark"]) + r"\cf1\b0\par")
            a(r"\pard\i\fs18 " + _rtf("Punktet er fortroligt og offentliggøres ikke, da det vedrører forretningsforhold.") + r"\i0\par")
        for label, text in p["sections"]:
            a(r"\pard\sb120\b\fs20 " + _rtf(label) + r"\b0\par")
            for pp in paras(text):
                a(r"\pard\fs20 " + _rtf(pp) + r"\par")
    a(r"\pard\sb240\i\fs18 " + _rtf("Mødet hævet kl. 18.10.") + r"\i0\par")
    a("}")
    return "\r\n".join(x) + "\r\n"


# ---------------------------------------------------------------------------
# 08  Klintebjerg Kommune - Børne- og Ungeudvalget, DAGSORDEN (ODT: a small
#     key/value table above every point with number, heading, case number
#     and access; closed point marked in that table and with a line; no
#     outcome section anywhere)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_klintebjerg_boerne-og-ungeudvalget_dagsorden_2024.odt",
    "board": "Børne- og Ungeudvalget",
    "date": "2024-05-14",
    "kind": "dagsorden",
    "points": [
        P(54, "Godkendelse af dagsorden", "24/0107", False, [
            ("Indstilling", "Forvaltningen indstiller, at dagsordenen godkendes."),
        ]),
        P(55, "Skolestart 2024 - klassedannelse", "24/1188", False, [
            ("Sagsfremstilling",
             "Der er indskrevet 412 børn i børnehaveklasse til august. Klintebjerg Skole får fire spor, mens Bakkeskolen og "
             "Nørremarkskolen hver får to spor. Den gennemsnitlige klassekvotient bliver 21,5."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget godkender klassedannelsen."),
        ]),
        P(56, "Sommerferiepasning i dagtilbud 2024", "24/1320", False, [
            ("Sagsfremstilling",
             "I uge 29 og 30 samles pasningen i tre institutioner: Mariehønen, Skovtrolden og Solsikken. Forældre skal melde "
             "behov for pasning i Forældreportalen senest 31. maj 2024. Børn, der ikke er meldt til, kan ikke forvente en plads."),
            ("Økonomi", "Samlingen giver en besparelse på ca. 310.000 kr. på vikarbudgettet."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget godkender planen for sommerferiepasningen."),
        ]),
        P(57, "Klage over visitation til specialtilbud", "24/1401", True, [
            ("Sagsfremstilling",
             "Forældrene til en elev i 6. klasse på Bakkeskolen klager over afslaget på en plads i Klintebjerg Heldagsskole. "
             "Skolepsykolog Trine Oddershede vurderer, at eleven kan rummes med støtte i almenklassen."),
            ("Indstilling", "Forvaltningen indstiller, at afslaget fastholdes."),
        ], mark="Lukket punkt"),
        P(58, "Orientering om fravær i udskolingen", "24/1502", False, [
            ("Sagsfremstilling",
             "Elevfraværet i 7.-9. klasse var 8,9 % i skoleåret 2022/23 mod 7,1 % tre år tidligere. Det bekymrende fravær "
             "over 15 % omfatter 96 elever."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ]),
    ],
    "secrets": ["Klintebjerg Heldagsskole", "Skolepsykolog Trine Oddershede", "elev i 6. klasse på Bakkeskolen"],
    "question": "skal jeg melde min datter til sommerpasning, og hvor bliver hun passet i uge 29",
    "cite_punkt": 56,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
    c = []
    a = c.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<office:document-content %s>' % NS)
    a('<office:automatic-styles>')
    a('<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>')
    a('<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm"/></style:style>')
    a('<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Standard">'
      '<style:paragraph-properties fo:break-before="page"/></style:style>')
    a('</office:automatic-styles>')
    a('<office:body><office:text>')

    def p(txt, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(txt)))

    a('<text:h text:style-name="Heading_20_1" text:outline-level="1">Dagsorden</text:h>')
    p(m["board"])
    p("Klintebjerg Kommune")
    p("Møde: tirsdag 14. maj 2024 kl. 15.30")
    p("Sted: Klintebjerg Rådhus, udvalgsværelse 2")
    p("Medlemmer: Lone Haugaard (formand), Peter Bisgaard, Mira Sandholt, Kim Østerby, Jesper Hald")
    p("Dagsordenen er udsendt 7. maj 2024.")
    for pt in m["points"]:
        a('<text:p text:style-name="P9"/>')
        a('<table:table table:name="Punkt%d" table:style-name="Tbl">' % pt["n"])
        a('<table:table-column table:number-columns-repeated="2"/>')
        rows = [("Punkt nr.", str(pt["n"])), ("Overskrift", pt["title"]), ("Sagsnr.", pt["case"]),
                ("Adgang", pt["mark"] if pt["closed"] else "Åben")]
        for k, v in rows:
            a('<table:table-row>')
            a('<table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">%s</text:span></text:p></table:table-cell>' % xesc(k))
            a('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(v))
            a('</table:table-row>')
        a('</table:table>')
        if pt["closed"]:
            p("Punktet behandles for lukkede døre og fremgår ikke af den offentlige dagsorden.")
        for label, text in pt["sections"]:
            a('<text:h text:style-name="Heading_20_3" text:outline-level="3">%s</text:h>' % xesc(label))
            for pp in paras(text):
                p(pp)
    a('</office:text></office:body></office:document-content>')
    content = "\n".join(c).encode("utf-8")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph">'
              '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS).encode("utf-8")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<dc:title>Dagsorden Børne- og Ungeudvalget 14.05.2024</dc:title>'
            '<meta:creation-date>2024-05-07T10:00:00</meta:creation-date>'
            '<meta:generator>Klintebjerg Dagsordensystem 4.2</meta:generator>'
            '</office:meta></office:document-meta>' % NS).encode("utf-8")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n').encode("utf-8")
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("content.xml", content, False), ("styles.xml", styles, False), ("meta.xml", meta, False),
                      ("META-INF/manifest.xml", manifest, False)], (2024, 5, 7, 10, 0, 0))


# ---------------------------------------------------------------------------
# 09  Rørvang Kommune - Hovedudvalget (Markdown with YAML front matter from a
#     static intranet site: "## Punkt nr. NN — Title", bullet metadata,
#     bold inline labels "Til drøftelse:" / "Referat:", a blockquote on the
#     closed personnel point)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_roervang_hovedudvalget_2020.md",
    "board": "Hovedudvalget",
    "date": "2020-09-03",
    "kind": "referat",
    "points": [
        P(40, "Godkendelse af referat og dagsorden", "SAG-2020-00290", False, [
            ("Referat", "Referatet fra 11. juni og dagsordenen blev godkendt."),
        ]),
        P(41, "Hjemmearbejde efter genåbningen - retningslinje", "SAG-2020-00312", False, [
            ("Til drøftelse",
             "Forslaget giver medarbejdere mulighed for at arbejde hjemme op til to dage om ugen efter aftale med nærmeste leder, "
             "når opgaverne tillader det. Kommunen stiller skærm og tastatur til rådighed, men ikke kontorstol."),
            ("Referat",
             "Retningslinjen blev godkendt med virkning fra 1. oktober 2020. Den evalueres i Hovedudvalget i marts 2021."),
        ]),
        P(42, "Trivselsmåling 2020 - resultater", "SAG-2020-00355", False, [
            ("Til drøftelse",
             "Svarprocenten var 81. Social kapital ligger på 72 point mod 69 point i 2018. Lavest scorer spørgsmålet om "
             "arbejdsmængde, særligt i hjemmeplejen."),
            ("Referat", "Resultaterne drøftes i de lokale MED-udvalg inden 1. december 2020."),
        ]),
        P(43, "Personalesag - afskedigelse i Teknisk Service", "SAG-2020-00401", True, [
            ("Til drøftelse",
             "Sagen vedrører en vejarbejder på Materielgården Nord, der efter en tjenstlig samtale den 12. august er varslet "
             "afskediget. Tillidsrepræsentanten har bedt om en forhandling."),
            ("Referat", "Medarbejdersiden tog orienteringen til efterretning med bemærkning om forløbet."),
        ], mark="Personsag - ikke til offentliggørelse. Punktet refereres kun i det lukkede referat, der opbevares i sekretariatet."),
        P(44, "Eventuelt", "SAG-2020-00290", False, [
            ("Referat", "Næste møde er 5. november 2020, muligvis virtuelt."),
        ]),
    ],
    "secrets": ["vejarbejder på Materielgården Nord", "tjenstlig samtale den 12. august"],
    "question": "hvor mange dage om ugen må jeg arbejde hjemme som ansat i rørvang kommune",
    "cite_punkt": 41,
}


def render_09(m):
    x = []
    a = x.append
    a("---")
    a("titel: \"Referat - Hovedudvalget 3. september 2020\"")
    a("kommune: Rørvang Kommune")
    a("dato: 2020-09-03")
    a("kategori: MED-referater")
    a("---")
    a("")
    a("# %s - referat" % m["board"])
    a("")
    a("**Tid:** torsdag 3. september 2020, kl. 13.00-15.00  ")
    a("**Sted:** Rådhuset, mødelokale 4 og Teams  ")
    a("**Ledelsessiden:** Kommunaldirektør Hans Juul Frandsen (formand), HR-chef Birgitte Aamand, skolechef Ole Strøm  ")
    a("**Medarbejdersiden:** Susanne Egebjerg (næstformand), Ali Celik, Marianne Toft, Rene Vinther  ")
    a("**Afbud:** Marianne Toft")
    a("")
    for p in m["points"]:
        a("## Punkt nr. %d — %s" % (p["n"], p["title"]))
        a("")
        a("- Sagsnr.: `%s`" % p["case"])
        a("- Adgang: %s" % ("lukket" if p["closed"] else "åben"))
        a("")
        if p["closed"]:
            a("> **%s**" % p["mark"])
            a("")
        for label, text in p["sections"]:
            for i, pp in enumerate(paras(text)):
                a(("**%s:** %s" % (label, pp)) if i == 0 else pp)
                a("")
    a("---")
    a("*Referent: Jette Lind, HR-sekretariatet*")
    return "\n".join(x) + "\n"


# ---------------------------------------------------------------------------
# 10  Nørrevang Kommune - Folkeoplysningsudvalget (XML export from a meeting
#     system: PascalCase elements, Loebenummer/Offentlig attributes, a
#     publication element with a reason on the closed point)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_noerrevang_folkeoplysningsudvalget_2023.xml",
    "board": "Folkeoplysningsudvalget",
    "date": "2023-11-21",
    "kind": "referat",
    "points": [
        P(61, "Godkendelse af dagsorden", "S2023-04401", False, [("Beslutning", "Godkendt.")]),
        P(62, "Fordeling af haltimer sæson 2024/25", "S2023-04419", False, [
            ("Sagsfremstilling",
             "Foreningerne har søgt om i alt 3.140 timer om året i kommunens haller, mens kapaciteten er 2.600 timer. "
             "Forvaltningen foreslår, at hold for børn og unge under 25 år prioriteres før kl. 20 på hverdage."),
            ("Indstilling", "Forvaltningen indstiller, at fordelingsprincipperne godkendes, og at ansøgningsfristen sættes til 15. januar 2024."),
            ("Beslutning", "Godkendt."),
        ]),
        P(63, "Lokaletilskud til spejderhytte i Vesterskov", "S2023-04388", False, [
            ("Sagsfremstilling", "Spejderne søger om lokaletilskud på 41.300 kr. til drift af hytten, svarende til 68 % af de godkendte udgifter."),
            ("Beslutning", "Bevilget."),
        ]),
        P(64, "Tilbagebetaling af medlemstilskud - forening under afvikling", "S2023-04502", True, [
            ("Sagsfremstilling",
             "Bokseklubben Jernhånden har for 2021 og 2022 indberettet 117 medlemmer, men kontrollen viser 46 aktive medlemmer. "
             "Foreningen skal tilbagebetale 58.900 kr."),
            ("Beslutning", "Kravet fastholdes. Der kan aftales afdragsordning."),
        ], mark="Undtaget fra offentlighed - indeholder oplysninger om en forenings økonomiske forhold"),
        P(65, "Evaluering af folkeoplysningspolitikken", "S2023-04211", False, [
            ("Sagsfremstilling", "Evalueringen bygger på en spørgeskemaundersøgelse med svar fra 74 foreninger og viser stor tilfredshed med den digitale bookning."),
            ("Beslutning", "Evalueringen tages til efterretning og indgår i revisionen af politikken i 2024."),
        ]),
    ],
    "secrets": ["Bokseklubben Jernhånden", "tilbagebetale 58.900 kr."],
    "question": "vores håndboldklub mangler haltid - hvornår er fristen for at søge tider til næste sæson",
    "cite_punkt": 62,
}


def render_10(m):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<Beslutningsprotokol xmlns="urn:noerrevang:moedesystem:eksport:2" Version="2.1" Genereret="2023-11-23T06:30:00">')
    a('  <Hoved>')
    a('    <Kommune>Nørrevang Kommune</Kommune>')
    a('    <Udvalg Forkortelse="FOU">%s</Udvalg>' % xesc(m["board"]))
    a('    <Moededato>2023-11-21</Moededato>')
    a('    <Tidsrum Start="18:00" Slut="20:30"/>')
    a('    <Sted>Idrætscenter Nørrevang, klublokalet</Sted>')
    a('    <Deltagere>')
    for name, st in [("Kirsten Bang", "Til stede"), ("Morten Dahl", "Til stede"), ("Sofie Lau", "Afbud"),
                     ("Yasmin Aziz", "Til stede"), ("Carl Skou", "Til stede")]:
        a('      <Person Status=%s>%s</Person>' % (quoteattr(st), xesc(name)))
    a('    </Deltagere>')
    a('  </Hoved>')
    a('  <Punkter>')
    for p in m["points"]:
        a('    <Punkt Loebenummer="%d" Offentlig="%s">' % (p["n"], "false" if p["closed"] else "true"))
        a('      <Titel>%s</Titel>' % xesc(p["title"]))
        a('      <Sagsnummer>%s</Sagsnummer>' % xesc(p["case"]))
        if p["closed"]:
            a('      <Offentliggoerelse>%s</Offentliggoerelse>' % xesc(p["mark"]))
        for label, text in p["sections"]:
            a('      <Afsnit Type=%s>' % quoteattr(label))
            for pp in paras(text):
                a('        <Tekst>%s</Tekst>' % xesc(pp))
            a('      </Afsnit>')
        a('    </Punkt>')
    a('  </Punkter>')
    a('  <Underskrift>Protokollen er underskrevet digitalt af formanden 22.11.2023</Underskrift>')
    a('</Beslutningsprotokol>')
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
