#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind58.

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
SENT = "\u2063"  # invisible separator, joins words that must not be wrapped apart


def P(n, title, case, closed, sections, mark=None, **extra):
    d = {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "mark": mark}
    d.update(extra)
    return d


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def keep_phrases(m):
    return list(m["secrets"]) + [p["title"] for p in m["points"]]


def _wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                          break_on_hyphens=False)]


def _fixed_zip(entries, when):
    """Write a zip archive with fixed timestamps; `entries` is a list of (name, bytes, stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 01  Brinkholm Kommune - Børne- og Skoleudvalget (web view from an agenda
#     portal: one collapsible <details> block per point, "Pkt. NNN" badges,
#     a closed badge and a confidentiality note)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_brinkholm_boerne-og-skoleudvalget_2022.html",
    "board": "Børne- og Skoleudvalget",
    "date": "2022-11-08",
    "kind": "referat",
    "points": [
        P(110, "Godkendelse af dagsorden", "22/00031", False, [
            ("Udvalgets beslutning den 08-11-2022", "Dagsordenen blev godkendt med den bemærkning, at pkt. 115 behandles før pkt. 114."),
        ]),
        P(111, "Kapacitet i dagtilbud i Brinkholm Øst 2023-2026", "22/09812", False, [
            ("Resumé",
             "Den nye befolkningsprognose viser, at der i Brinkholm Øst vil være omkring 140 flere børn i alderen 0-5 år i 2026 end i dag. "
             "De eksisterende institutioner i området er allerede fuldt belagte."),
            ("Sagsfremstilling",
             "Forvaltningen har vurderet tre løsninger: en ny institution, udvidelse af dagplejen eller en pavillonløsning ved Kløvermarkens Børnehus. "
             "En pavillon med plads til 44 børnehavebørn kan stå klar til august 2023, mens en ny institution tidligst kan åbne i 2026.\n\n"
             "Pavillonen opstilles på den del af legepladsen, der vender mod Kløvervej, og lejes i fem år med mulighed for forlængelse."),
            ("Økonomi", "Leje, etablering og tilslutning koster samlet 6,8 mio. kr. over fem år. Driften af de 44 pladser finansieres af demografireguleringen."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget anbefaler Økonomiudvalget og Byrådet at godkende pavillonløsningen og frigive 6,8 mio. kr."),
            ("Udvalgets beslutning den 08-11-2022", "Anbefales. Udvalget ønsker samtidig en sag i foråret 2023 om placering af en ny institution i Brinkholm Øst."),
        ]),
        P(112, "Ferieåben SFO i sommerferien - ny model fra 2023", "22/11206", False, [
            ("Resumé",
             "I dag holder alle ni SFO'er åbent i hele sommerferien, selv om der i flere uger kun kommer få børn."),
            ("Sagsfremstilling",
             "Forvaltningen foreslår, at SFO-pasningen i de tre stille uger (uge 28, 29 og 30) samles i to SFO'er: Nordlyset i den nordlige del af kommunen og Skovtrolden i den sydlige del. "
             "De øvrige uger i sommerferien holder alle SFO'er åbent som hidtil.\n\n"
             "Forældre skal tilmelde deres barn til pasning i de samlede uger senest den 1. april. Børn, der ikke er tilmeldt, kan ikke regne med en plads. "
             "Personalet fra de lukkede SFO'er følger med børnene, så der er kendte voksne."),
            ("Økonomi", "Modellen frigør ca. 310.000 kr. om året, som foreslås brugt på flere timer til pædagoger i indskolingen."),
            ("Indstilling", "Forvaltningen indstiller, at modellen godkendes fra sommerferien 2023."),
            ("Udvalgets beslutning den 08-11-2022",
             "Godkendt. Udvalget lagde vægt på, at forældrene får besked om tilmeldingsfristen i god tid, og at modellen evalueres efter første sommer."),
        ]),
        P(113, "Personalesag - fratrædelse af skoleleder", "22/14553", True, [
            ("Sagsfremstilling",
             "Skoleleder Frederik Almind Hove har efter drøftelser med forvaltningen accepteret at fratræde sin stilling ved Engbakkeskolen. "
             "Baggrunden er den trivselsmåling blandt medarbejderne, som udvalget blev orienteret om i september, og som viste et markant fald."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget tager aftalen til efterretning."),
            ("Udvalgets beslutning den 08-11-2022",
             "Taget til efterretning. Der er aftalt fritstilling fra 1. december, og skolens viceskoleleder konstitueres indtil en ny leder er ansat."),
        ], mark="Lukket sag"),
        P(114, "Ændring af skoledistriktsgrænsen ved Ådalen - efter høring", "22/08840", False, [
            ("Sagsfremstilling",
             "Udvalget sendte i august forslag om at flytte 27 boliger på Ådalsvej og Pileengen fra Nørreskolens til Søndermarkskolens distrikt i høring. "
             "Der er kommet seks høringssvar. Fire forældre ønsker, at søskende til elever på Nørreskolen kan fortsætte der, og skolebestyrelsen på Søndermarkskolen støtter forslaget."),
            ("Indstilling",
             "Forvaltningen indstiller, at den nye grænse gælder fra skoleåret 2023/24, og at søskende til nuværende elever kan vælge Nørreskolen."),
            ("Udvalgets beslutning den 08-11-2022", "Anbefales med forvaltningens tilføjelse om søskende."),
        ]),
        P(115, "Elevernes trivsel 2022 - den nationale trivselsmåling", "22/12001", False, [
            ("Sagsfremstilling",
             "89 pct. af eleverne i 4.-9. klasse svarer, at de er glade for deres skole, mod 91 pct. sidste år. "
             "Den største tilbagegang ses i 7. klasse, hvor færre elever oplever ro i timerne."),
            ("Udvalgets beslutning den 08-11-2022", "Taget til efterretning. Skolerne fremlægger lokale handleplaner i februar."),
        ]),
        P(116, "Meddelelser", "22/00031", False, [
            ("Sagsfremstilling", "Formanden orienterede om dialogmøde med skolebestyrelserne den 24. januar 2023."),
            ("Udvalgets beslutning den 08-11-2022", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Frederik Almind Hove", "Engbakkeskolen", "fritstilling fra 1. december"],
    "question": "min søn går i SFO - skal han et andet sted hen i sommerferien til næste år, og hvornår skal vi melde ham til",
    "cite_punkt": 112,
}


def render_01(m):
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    a('<title>Referat - Børne- og Skoleudvalget 08.11.2022 - Brinkholm Kommune</title>\n')
    a('<style>details{border-top:1px solid #ccc;padding:.4em 0}.pkt{font-weight:bold;margin-right:.6em}'
      '.badge{background:#7a1f1f;color:#fff;padding:0 .4em;border-radius:3px;margin-left:.5em}</style>\n')
    a('<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n<body>\n')
    a('<a class="skip" href="#indhold">Gå til indhold</a>\n')
    a('<header class="site"><div class="logo">Brinkholm Kommune</div>\n<nav><ul><li><a href="/">Forside</a></li>'
      '<li><a href="/borger">Borger</a></li><li><a href="/politik">Politik og indflydelse</a></li>'
      '<li><a href="/job">Job</a></li></ul></nav>\n'
      '<form role="search"><input type="search" placeholder="Søg på brinkholm.dk"></form></header>\n')
    a('<ol class="breadcrumb"><li>Politik og indflydelse</li><li>Udvalg</li><li>Børne- og Skoleudvalget</li><li>Møde 8. november 2022</li></ol>\n')
    a('<main id="indhold">\n<h1>Børne- og Skoleudvalget</h1>\n<p class="doctype">Referat - åbne og lukkede punkter (intern version)</p>\n')
    a('<dl class="moedeinfo">\n<dt>Mødedato</dt><dd>Tirsdag den 8. november 2022</dd>\n<dt>Mødetid</dt><dd>16:30 - 19:05</dd>\n'
      '<dt>Mødested</dt><dd>Mødesal 2, Brinkholm Rådhus</dd>\n'
      '<dt>Medlemmer</dt><dd>Susanne Krag (formand), Mikkel Ravnholt (næstformand), Dorthe Ulsø, Amir Haddad, Lene Thygesen, Jakob Vestbjerg, Karen Brix</dd>\n'
      '<dt>Fraværende</dt><dd>Jakob Vestbjerg (afbud). Stedfortræder: Ib Kornum</dd>\n</dl>\n')
    a('<p class="tools"><a href="#">Udskriv</a> | <a href="#">Hent som PDF</a> | <a href="#">Del</a></p>\n')
    a('<nav class="toc"><h2>Indhold</h2><ul>\n')
    for p in m["points"]:
        a('<li><a href="#pkt%d">%d. %s</a>%s</li>\n' % (p["n"], p["n"], escape(p["title"]),
                                                        ' <span class="badge">Lukket sag</span>' if p["closed"] else ""))
    a('</ul></nav>\n')
    for p in m["points"]:
        a('<details id="pkt%d" open>\n<summary><span class="pkt">Pkt. %d</span> <span class="titel">%s</span>%s</summary>\n'
          % (p["n"], p["n"], escape(p["title"]), ' <span class="badge">%s</span>' % p["mark"] if p["closed"] else ""))
        a('<p class="meta">Sagsnr.: %s &middot; Sagsbehandler: Børn og Skole</p>\n' % p["case"])
        if p["closed"]:
            a('<p class="note"><em>Oplysningerne i denne sag er fortrolige og må ikke videregives (forvaltningslovens &sect; 27).</em></p>\n')
        for label, text in p["sections"]:
            a('<h4>%s</h4>\n' % escape(label))
            for pp in paras(text):
                a('<p>%s</p>\n' % escape(pp))
        a('</details>\n')
    a('</main>\n<footer><p>Brinkholm Kommune &middot; Torvet 1 &middot; Tlf. 70 11 22 33</p>'
      '<p><a href="#">Tilgængelighedserklæring</a> | <a href="#">Cookies</a></p></footer>\n</body>\n</html>\n')
    return "".join(h)


# ---------------------------------------------------------------------------
# 02  Ravnsbjerg Municipality - Finance Committee (English version; old
#     table-based HTML in ISO-8859-1; index table with an Access column;
#     "Item NN" headings; in-camera items)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_ravnsbjerg_finance-committee_2021.htm",
    "board": "Finance Committee",
    "date": "2021-04-13",
    "kind": "referat",
    "points": [
        P(14, "Approval of the agenda", "FIN/2021/0080", False, [
            ("Decision of the committee", "The agenda was approved."),
        ]),
        P(15, "Annual accounts 2020 - referral to the City Council", "FIN/2021/0021", False, [
            ("Background",
             "The accounts for 2020 show an operating surplus of DKK 23.4 million, which is DKK 9.1 million better than the revised budget. "
             "The improvement is mainly due to lower spending on sickness benefits and postponed maintenance during the lockdown periods."),
            ("Officer's recommendation", "That the committee recommends the accounts to the City Council and refers them to the auditors."),
            ("Decision of the committee", "Recommended to the City Council."),
        ]),
        P(16, "Sale of the former fire station in Havnegade", "FIN/2021/0087", True, [
            ("Background",
             "Three bids were received after the public offer. The highest bid, DKK 4,115,000, was made by Nordlys Ejendomme ApS, represented by its director Bent Kolind Aagaard. "
             "The buyer intends to convert the building into six flats and a ground-floor café."),
            ("Officer's recommendation", "That the property is sold to the highest bidder."),
            ("Decision of the committee", "Approved. The sale is conditional on a building permit for the conversion."),
        ], mark="This item was considered in private session (in camera)."),
        P(17, "Broadband pool for rural addresses 2021", "FIN/2021/0064", False, [
            ("Background",
             "The latest mapping shows 312 addresses in the rural parts of the municipality without access to at least 30 Mbit/s. "
             "The budget agreement for 2021 set aside DKK 2.5 million for a broadband pool."),
            ("Proposal",
             "Groups of households can apply together with a network provider. The municipality covers up to 60 percent of the construction costs, "
             "and at most DKK 8,000 per address. The deadline for applications is 1 June 2021, and the grants are awarded in August."),
            ("Decision of the committee", "Approved. The committee asked that the pool is announced through the local councils and village associations."),
        ]),
        P(18, "Settlement of claim concerning the Lindholt School extension", "FIN/2020/0311", True, [
            ("Background",
             "The carpentry contractor Vang & Østergaard Tømrer A/S has claimed extra payment for work on the roof of the school extension. "
             "After mediation the parties have reached a draft settlement under which the municipality pays DKK 612,500 in full and final settlement."),
            ("Decision of the committee", "The settlement was approved."),
        ], mark="This item was considered in private session (in camera)."),
        P(19, "Refinancing of municipal loans", "FIN/2021/0071", False, [
            ("Background",
             "The municipality has loans of DKK 140 million with variable interest. The finance department proposes to convert them to a fixed rate of 1.1 percent for 20 years."),
            ("Decision of the committee", "Approved."),
        ]),
        P(20, "Any other business", "FIN/2021/0080", False, [
            ("Decision of the committee", "Nothing was raised."),
        ]),
    ],
    "secrets": ["Nordlys Ejendomme ApS", "DKK 4,115,000", "Bent Kolind Aagaard",
                "Vang & Østergaard Tømrer A/S", "DKK 612,500"],
    "question": "I live out in the countryside with really slow internet. Can I get money from the council for faster broadband, and when do I have to apply?",
    "cite_punkt": 17,
}


def render_02(m):
    h = []
    a = h.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n')
    a('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n')
    a('<title>Minutes - Finance Committee - 13.04.2021</title>\n</head>\n')
    a('<body bgcolor="#ffffff" marginwidth="0" marginheight="0">\n')
    a('<table width="100%" border="0" cellpadding="4"><tr><td bgcolor="#003366"><font face="Arial" color="#ffffff" size="4">'
      '<b>Ravnsbjerg Municipality</b></font></td><td bgcolor="#003366" align="right"><font face="Arial" color="#ffffff" size="1">'
      'Dansk version | English</font></td></tr></table>\n')
    a('<table width="640" border="0" cellpadding="3">\n')
    a('<tr><td colspan="2"><font face="Arial" size="5"><b>MINUTES</b></font><br><font face="Arial" size="4">Finance Committee</font></td></tr>\n')
    rows = [("Meeting held", "Tuesday 13 April 2021, 16:00-18:30"),
            ("Venue", "Council Chamber, Ravnsbjerg Town Hall"),
            ("Present", "Mayor Henrik Lund Storm (chair), Pernille Kaas, Tariq Nasser, Gunvor Bech, Ole Refsgaard, Sanne Holt"),
            ("Apologies", "Kirsten Egebjerg"),
            ("Officers in attendance", "Chief Executive Jan Ploug; Head of Finance Marianne Uhd (minutes)")]
    for k, v in rows:
        a('<tr><td valign="top" width="170"><font face="Arial" size="2"><b>%s:</b></font></td><td><font face="Arial" size="2">%s</font></td></tr>\n'
          % (k, escape(v)))
    a('</table>\n<p><font face="Arial" size="1">This English version is provided for information. In case of doubt the Danish minutes apply.</font></p>\n')
    a('<table width="640" border="1" cellspacing="0" cellpadding="3">\n<tr><th><font face="Arial" size="2">No.</font></th>'
      '<th><font face="Arial" size="2">Subject</font></th><th><font face="Arial" size="2">File no.</font></th>'
      '<th><font face="Arial" size="2">Access</font></th></tr>\n')
    for p in m["points"]:
        a('<tr><td><font face="Arial" size="2">%d</font></td><td><font face="Arial" size="2">%s</font></td>'
          '<td><font face="Arial" size="2">%s</font></td><td><font face="Arial" size="2">%s</font></td></tr>\n'
          % (p["n"], escape(p["title"]), p["case"], "In camera" if p["closed"] else "Open"))
    a('</table>\n<hr>\n')
    for p in m["points"]:
        a('<a name="item%d"></a><h3><font face="Arial">Item %d &ndash; %s</font></h3>\n' % (p["n"], p["n"], escape(p["title"])))
        a('<table border="0" cellpadding="2"><tr><td><font face="Arial" size="2">File no.:</font></td><td><font face="Arial" size="2">%s</font></td></tr>\n'
          '<tr><td><font face="Arial" size="2">Access:</font></td><td><font face="Arial" size="2">%s</font></td></tr></table>\n'
          % (p["case"], "In camera" if p["closed"] else "Open"))
        if p["closed"]:
            a('<p><font face="Arial" size="2" color="#990000"><i>%s</i></font></p>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<p><font face="Arial" size="2"><b>%s</b></font></p>\n' % escape(label))
            for pp in paras(text):
                a('<p><font face="Arial" size="2">%s</font></p>\n' % escape(pp))
        a('<p align="right"><font face="Arial" size="1"><a href="#top">Back to top</a></font></p>\n<hr>\n')
    a('<p><font face="Arial" size="1">Minutes approved by the chair 15 April 2021. Ravnsbjerg Municipality, Torvegade 2.</font></p>\n')
    a('</body>\n</html>\n')
    return "".join(h).encode("iso-8859-1", errors="xmlcharrefreplace")


# ---------------------------------------------------------------------------
# 03  Vestermølle Kommune - Byrådet, tillægsreferat (Word document: heading
#     per point "NN. Title", a two-column facts table under each heading
#     with journal number and Offentlighed; page header/footer)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_vestermoelle_byraadet_tillaegsreferat_2019.docx",
    "board": "Byrådet",
    "date": "2019-06-20",
    "kind": "tillaegsreferat",
    "points": [
        P(46, "Anlægsbevilling til ny legeplads ved Møllesøen", "19-06-00388", False, [
            ("Sagsfremstilling",
             "Legepladsen ved Møllesøen blev lukket i foråret, fordi flere af redskaberne var rådne. Teknik og Miljø foreslår en ny naturlegeplads "
             "med klatretårn, svævebane og et område for de mindste, udformet sammen med børn fra Møllesøens Børnehus."),
            ("Økonomi", "Anlægsudgiften er 1,35 mio. kr., som finansieres af den afsatte pulje til byrum."),
            ("Beslutning truffet i Byrådet", "Vedtaget. Legepladsen forventes klar i oktober 2019."),
        ]),
        P(47, "Udpegning af nyt medlem til Folkeoplysningsudvalget", "19-06-00402", False, [
            ("Sagsfremstilling",
             "Torben Agger er udtrådt af Folkeoplysningsudvalget, da han er flyttet fra kommunen. Den gruppe, der indstillede ham, foreslår Ulla Brøndsted som nyt medlem."),
            ("Beslutning truffet i Byrådet", "Ulla Brøndsted blev udpeget for resten af valgperioden."),
        ]),
        P(48, "Erhvervelse af ejendom til midlertidige boliger", "19-06-00411", True, [
            ("Sagsfremstilling",
             "Forvaltningen har forhandlet med dødsboet efter Aksel Thrane om køb af villaen Skovbrynet 17, som kan indrettes til tre midlertidige boliger. "
             "Boets advokat har accepteret en købesum på 2.985.000 kr. under forudsætning af Byrådets godkendelse senest 1. juli."),
            ("Beslutning truffet i Byrådet", "Købet blev godkendt."),
        ], mark="Lukket (køb af fast ejendom)"),
        P(49, "Fremrykning af tagrenovering i Vestermølle Svømmehal", "19-06-00415", False, [
            ("Sagsfremstilling",
             "Ved et eftersyn i maj blev der fundet fugtskader i svømmehallens tagkonstruktion. Renoveringen var planlagt til 2021, men Ejendomscentret "
             "anbefaler at fremrykke den. Svømmehallen holdes lukket fra 1. juli til 11. august 2019, mens arbejdet står på. Skolesvømning berøres ikke."),
            ("Økonomi", "Renoveringen koster 3,9 mio. kr. og finansieres ved at udskyde renoveringen af Vestermølle Hallens omklædningsrum til 2021."),
            ("Beslutning truffet i Byrådet", "Vedtaget med 23 stemmer. 2 medlemmer undlod at stemme."),
        ]),
    ],
    "secrets": ["dødsboet efter Aksel Thrane", "Skovbrynet 17", "2.985.000 kr."],
    "question": "hvornår er svømmehallen i vestermølle lukket i sommer pga taget",
    "cite_punkt": 49,
}


def render_03(m):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2019, 6, 21, 9, 0, 0)
    cp.author = "Byrådssekretariatet"
    cp.title = "Tillægsreferat Byrådet 20.06.2019"
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Byrådssekretariatet"
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vestermølle Kommune · Byrådet · Tillægsreferat 20.06.2019"
    sec.footer.paragraphs[0].text = "Tillægsreferatet er godkendt ved mødets afslutning."
    t = d.add_paragraph()
    r = t.add_run("VESTERMØLLE KOMMUNE")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Tillægsreferat").runs[0].font.size = Pt(14)
    d.add_paragraph("Byrådet - ordinært møde torsdag den 20. juni 2019 kl. 18.30 i Byrådssalen")
    info = d.add_table(rows=0, cols=2)
    for k, v in [("Fraværende med afbud", "Hanne Rask, Bjarne Dal"),
                 ("Indkaldte stedfortrædere", "Leif Brogaard for Hanne Rask"),
                 ("Tillægsdagsorden udsendt", "17. juni 2019")]:
        c = info.add_row().cells
        c[0].text = k
        c[1].text = v
    d.add_paragraph("Punkterne 46-49 blev optaget på dagsordenen efter udsendelsen af den ordinære dagsorden. "
                    "Referatet af punkt 1-45 findes i det ordinære referat.")
    for p in m["points"]:
        d.add_heading("%d. %s" % (p["n"], p["title"]), level=2)
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, v in [("Journalnr.", p["case"]), ("Offentlighed", p["mark"] if p["closed"] else "Åben")]:
            c = tb.add_row().cells
            c[0].text = k
            c[1].text = v
        if p["closed"]:
            q = d.add_paragraph()
            q.add_run("Dette punkt blev behandlet som lukket punkt og indgår ikke i den offentlige udgave af referatet.").italic = True
        for label, text in p["sections"]:
            q = d.add_paragraph()
            q.add_run(label).bold = True
            for pp in paras(text):
                d.add_paragraph(pp)
    end = d.add_paragraph("Mødet hævet kl. 21.40")
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    return _fixed_zip([(i.filename, src.read(i.filename), False) for i in src.infolist()], (2019, 6, 21, 9, 0, 0))


# ---------------------------------------------------------------------------
# 04  Højlyng Kommune - Plan- og Boligudvalget, DAGSORDEN (PDF; case overview
#     table with an Åben/Lukket column, "Sag nr. N" headings, running header
#     and "Side x af y" footer; no decisions)
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_hoejlyng_plan-og-boligudvalget_dagsorden_2025.pdf",
    "board": "Plan- og Boligudvalget",
    "date": "2025-09-03",
    "kind": "dagsorden",
    "points": [
        P(7, "Godkendelse af dagsorden", "P25-0400", False, [
            ("Forvaltningens indstilling", "At dagsordenen godkendes."),
        ]),
        P(8, "Lokalplan 312 - Boliger på Mejerigrunden", "P25-0377", False, [
            ("Resumé", "Forslaget giver mulighed for 54 boliger på den tidligere mejerigrund ved Åvej."),
            ("Sagsfremstilling",
             "Bebyggelsen må opføres i højst fire etager mod Åvej og tre etager mod villakvarteret mod nord. Mindst 25 pct. af boligerne skal være almene. "
             "Parkeringen placeres i en kælder, så terrænet kan bruges til en fælles have. Der udlægges en sti langs åen, som er åben for alle.\n\n"
             "Grundejerforeningen Mejerihaven har før planarbejdet udtrykt bekymring for skygge. Skyggediagrammerne viser, at de nærmeste haver får skygge efter kl. 17 i marts og september."),
            ("Forvaltningens indstilling", "At forslaget til lokalplan 312 sendes i offentlig høring i 8 uger."),
        ]),
        P(9, "Pulje til nedrivning af faldefærdige huse 2025-2026", "P25-0299", False, [
            ("Sagsfremstilling",
             "Højlyng Kommune har fået tilsagn om 1,6 mio. kr. fra den statslige landsbypulje. Der er modtaget 14 ansøgninger fra ejere af tomme og forfaldne huse i landsbyerne."),
            ("Forvaltningens indstilling", "At puljen fordeles efter kriterierne i bilag 1, så huse ved landsbyernes hovedgader prioriteres."),
        ]),
        P(10, "Ændret parkeringsnorm for boliger i midtbyen", "P25-0412", False, [
            ("Sagsfremstilling",
             "I dag kræves 1,5 parkeringsplads pr. bolig i midtbyen. Forvaltningen foreslår at nedsætte kravet til 1,0 plads pr. bolig inden for 500 meter fra stationen."),
            ("Forvaltningens indstilling", "At ændringen sendes i høring sammen med tillæg til kommuneplanen."),
        ]),
        P(11, "Ekspropriation til udvidelse af Bakkegårdsvej", "P25-0351", True, [
            ("Sagsfremstilling",
             "Til udvidelsen af krydset skal der erhverves 1.850 m² af matr.nr. 14ø Højlyng Markjorder. Ejerne, Gitte og Kenneth Salomonsen, har afvist et frivilligt forlig."),
            ("Forvaltningens indstilling",
             "At udvalget anbefaler ekspropriation og et erstatningstilbud på 1.240.000 kr., som forelægges ejerne på åstedsforretningen."),
        ], mark="Lukket sag - udleveres kun til udvalgets medlemmer"),
        P(12, "Orientering om sagsbehandlingstider for byggesager", "P25-0105", False, [
            ("Sagsfremstilling",
             "Den gennemsnitlige sagsbehandlingstid for enfamiliehuse var 38 dage i første halvår 2025 mod 52 dage i samme periode sidste år."),
            ("Forvaltningens indstilling", "At orienteringen tages til efterretning."),
        ]),
    ],
    "secrets": ["matr.nr. 14ø Højlyng Markjorder", "Gitte og Kenneth Salomonsen", "1.240.000 kr."],
    "question": "hvor mange etager må de nye boliger på mejerigrunden have, og kommer der almene boliger",
    "cite_punkt": 8,
}


def render_04(m):
    from fpdf import FPDF

    keep = keep_phrases(m)
    head = "Højlyng Kommune - Plan- og Boligudvalget - Dagsorden 03.09.2025"

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 5, head, new_x="LMARGIN", new_y="NEXT")
                self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 8, 27, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Dagsorden Plan- og Boligudvalget 03.09.2025")
    pdf.set_author("Højlyng Kommune")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = 170

    def lines(text, size=10, style=""):
        pdf.set_font("Helvetica", style, size)
        for para in paras(text):
            words = para
            for k in sorted(keep, key=len, reverse=True):
                words = words.replace(k, k.replace(" ", SENT))
            cur = ""
            for w in words.split(" "):
                trial = (cur + " " + w) if cur else w
                if pdf.get_string_width(trial.replace(SENT, " ")) > W and cur:
                    pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
                    cur = w
                else:
                    cur = trial
            if cur:
                pdf.cell(0, 5, cur.replace(SENT, " "), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "HØJLYNG KOMMUNE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "DAGSORDEN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 7, "Indkaldelse til møde i Plan- og Boligudvalget", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for k, v in [("Tid", "Onsdag 3. september 2025 kl. 15.30"),
                 ("Sted", "Udvalgsværelse B, Højlyng Rådhus"),
                 ("Medlemmer", "Mette Bundgaard (formand), Rune Ask, Lise Hammer, Omar Saleh, Preben Mørk"),
                 ("Sekretær", "Planchef Tove Mikkelsen")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(28, 6, k + ":")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Sagsoversigt", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(12, 6, "Nr.", border=1)
    pdf.cell(108, 6, "Sag", border=1)
    pdf.cell(25, 6, "J.nr.", border=1)
    pdf.cell(25, 6, "Åben/Lukket", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for p in m["points"]:
        pdf.cell(12, 6, str(p["n"]), border=1)
        pdf.cell(108, 6, p["title"], border=1)
        pdf.cell(25, 6, p["case"], border=1)
        pdf.cell(25, 6, "Lukket" if p["closed"] else "Åben", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 5, "Afbud meldes til udvalgssekretæren senest dagen før mødet.", new_x="LMARGIN", new_y="NEXT")
    for p in m["points"]:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 7, "Sag nr. %d" % p["n"], new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 7, p["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, "J.nr. %s    Sagsbehandler: Plan og Byg" % p["case"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        if p["closed"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 7, p["mark"].upper(), border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        for label, text in p["sections"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
            lines(text)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Kirkebæk Kommune - Erhvervs- og Beskæftigelsesudvalget (plain-text
#     beslutningsprotokol: "§ NN." headings, indented bodies, page headers
#     with form feeds, an ÅBEN DEL / LUKKET DEL split, signature block)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_kirkebaek_erhvervs-og-beskaeftigelsesudvalget_2016.txt",
    "board": "Erhvervs- og Beskæftigelsesudvalget",
    "date": "2016-03-14",
    "kind": "referat",
    "points": [
        P(14, "Godkendelse af dagsorden", "Akt. 100/16", False, [
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(15, "Ledighedsudviklingen i januar 2016", "Akt. 231/16", False, [
            ("Sagen", "Ledigheden i Kirkebæk var 4,1 pct. i januar mod 4,6 pct. et år tidligere. Det svarer til 1.212 fuldtidsledige. "
                      "Faldet er størst blandt de 25-29-årige, mens antallet af langtidsledige over 50 år er uændret."),
            ("Udvalgets beslutning", "Taget til efterretning."),
        ]),
        P(16, "Forsøg med virksomhedsrettet indsats for sygemeldte", "Akt. 388/16", False, [
            ("Sagen",
             "Jobcentret foreslår et forsøg, hvor 40 sygemeldte borgere får et forløb på en lokal virksomhed i stedet for et kursus. "
             "Forløbet varer op til 13 uger med gradvis optrapning af timerne, og en virksomhedskonsulent følger op hver anden uge. "
             "Virksomheder, der vil være med, kan henvende sig til jobcentrets virksomhedsservice.\n\n"
             "Forsøget løber fra 1. april 2016 til 31. marts 2017 og evalueres af jobcentret."),
            ("Økonomi", "Forsøget koster 600.000 kr., som finansieres af udviklingspuljen på beskæftigelsesområdet."),
            ("Udvalgets beslutning", "Godkendt. Udvalget ønsker en status efter et halvt år."),
        ]),
        P(17, "Tilskud til Kirkebæk Turistforening 2016", "Akt. 412/16", False, [
            ("Sagen", "Turistforeningen søger 185.000 kr. til turistkontoret og en ny cykelrutefolder. Tilskuddet var 150.000 kr. i 2015."),
            ("Udvalgets beslutning", "Der bevilges 150.000 kr. som sidste år. Foreningen opfordres til at søge LAG-midler til folderen."),
        ]),
        P(18, "Temamøde om flygtninge på arbejdsmarkedet", "Akt. 455/16", False, [
            ("Sagen", "Forvaltningen foreslår et temamøde med de lokale virksomheder om integrationsgrunduddannelsen (IGU) og virksomhedspraktik for flygtninge."),
            ("Udvalgets beslutning", "Temamødet holdes den 25. april 2016 kl. 17.00 i Kirkebæk Kulturhus."),
        ]),
        P(19, "Tilbagebetalingskrav vedrørende løntilskud", "Akt. 301/16", True, [
            ("Sagen",
             "Ved en kontrol er det konstateret, at Smedjen Hammerholt ApS har modtaget løntilskud for to personer i perioder, hvor de ikke var i arbejde. "
             "Jobcentret har opgjort kravet til 178.400 kr."),
            ("Udvalgets beslutning", "Kravet fastholdes. Sagen overgives til opkrævning, og virksomheden kan ikke få nye løntilskud i et år."),
        ]),
        P(20, "Klage over jobcentrets sagsbehandling", "Akt. 347/16", True, [
            ("Sagen",
             "Borgeren Lejla Brandt Husić har klaget over, at jobcentret ikke traf afgørelse om hendes ressourceforløb inden for fristen. "
             "Forvaltningen erkender en seks ugers fristoverskridelse, som skyldtes sygdom i teamet."),
            ("Udvalgets beslutning", "Udvalget beklager forløbet. Forvaltningen sender et brev med en undskyldning."),
        ]),
    ],
    "secrets": ["Smedjen Hammerholt ApS", "178.400 kr.", "Lejla Brandt Husić", "seks ugers fristoverskridelse"],
    "question": "vi er en lille virksomhed og vil gerne tage en sygemeldt i forløb - hvad går kommunens forsøg ud på og hvor længe varer det",
    "cite_punkt": 16,
}


def render_05(m):
    keep = keep_phrases(m)
    out = []
    a = out.append
    page = [1]

    def pagehead():
        a("Kirkebæk Kommune        Erhvervs- og Beskæftigelsesudvalget        14.03.2016        Side %d" % page[0])
        a("-" * 86)
        a("")

    a("KIRKEBÆK KOMMUNE".ljust(56) + "BESLUTNINGSPROTOKOL")
    a("Erhvervs- og Beskæftigelsesudvalget".ljust(56) + "Møde nr. 3/2016")
    a("")
    a("Mandag den 14. marts 2016 kl. 15.00 i mødelokale 3, Rådhuset")
    a("Mødet hævet kl. 17.05")
    a("")
    a("Medlemmer:     Flemming Rask (formand), Inger Løvstad, Birthe Klint,")
    a("               Martin Hjort, Ayse Yilmaz")
    a("Fraværende:    Birthe Klint (afbud)")
    a("Stedfortræder: ingen")
    a("")
    a("=" * 86)
    a("ÅBEN DEL")
    a("=" * 86)
    a("")
    first_closed = True
    count = 0
    for p in m["points"]:
        if p["closed"] and first_closed:
            first_closed = False
            a("")
            a("=" * 86)
            a("LUKKET DEL")
            a("(Protokollens lukkede del er ikke offentlig og udleveres ikke)")
            a("=" * 86)
            a("")
        if count and count % 3 == 0:
            page[0] += 1
            a("\f")
            pagehead()
        count += 1
        a(("§ %d." % p["n"]).ljust(7) + p["title"])
        a(" " * 7 + p["case"])
        a("")
        for label, text in p["sections"]:
            a(" " * 7 + label + ":")
            for pp in paras(text):
                for ln in _wrap(pp, 76, keep):
                    a(" " * 7 + ln)
                a("")
        a("")
    a("-" * 86)
    a("Protokollen oplæst og godkendt.")
    a("")
    a("Flemming Rask          Inger Løvstad          Martin Hjort          Ayse Yilmaz")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# 06  Solbakke Kommune - Handicaprådet (e-mail from the council secretary,
#     multipart/alternative, "[N]" point markers, "Ref.:" case lines,
#     "Rådets udtalelse" labels, a starred note on the closed point)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_solbakke_handicapraadet_2021.eml",
    "board": "Handicaprådet",
    "date": "2021-09-22",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "HR-2021-0040", False, [
            ("Aftalt", "Dagsordenen blev godkendt."),
        ]),
        P(2, "Høring om tilgængelighed på den nye busterminal", "HR-2021-0041", False, [
            ("Sagen",
             "Teknik og Miljø har sendt tegningerne til den nye busterminal ved Solbakke Station i høring. Terminalen får ramper ved alle perroner, "
             "ledelinjer i belægningen og store skærme med afgangstider. Der er ikke planlagt højttalerudkald."),
            ("Rådets udtalelse",
             "Rådet er tilfreds med ramper og ledelinjer, men anbefaler kraftigt, at der også kommer højttalerudkald og en knap ved hver perron, "
             "der læser de næste afgange op, så blinde og svagtseende kan bruge terminalen på lige fod med andre."),
        ]),
        P(3, "Handicapprisen 2021 - valg af prismodtager", "HR-2021-0042", True, [
            ("Sagen", "Der er indkommet fem indstillinger til årets handicappris."),
            ("Aftalt",
             "Rådet valgte enstemmigt Café Trappetrinnet, som har ansat fire medarbejdere med udviklingshandicap og indrettet caféen efter deres ønsker. "
             "Prisen overrækkes på Handicapdagen af rådets formand Jens-Ole Vindum. Navnet offentliggøres først ved overrækkelsen."),
        ], mark="*** Punktet er fortroligt indtil prisoverrækkelsen og er fjernet fra den version, der lægges på hjemmesiden ***"),
        P(4, "Budget 2022 - konsekvenser for handicapområdet", "HR-2021-0044", False, [
            ("Sagen",
             "Budgetforslaget indeholder en besparelse på 1,2 mio. kr. på kørsel til dagtilbud, hvor flere borgere skal samkøres i samme bus."),
            ("Rådets udtalelse",
             "Rådet er bekymret for længere køretider for borgere med store behov og beder om, at ingen får mere end 45 minutters kørsel hver vej."),
        ]),
        P(5, "Orientering fra formanden", "HR-2021-0045", False, [
            ("Aftalt", "Formanden orienterede om mødet med de andre handicapråd i regionen. Næste møde holdes 17. november."),
        ]),
    ],
    "secrets": ["Café Trappetrinnet", "Jens-Ole Vindum"],
    "question": "kommer der lyd på den nye busterminal, så blinde kan høre hvornår bussen kører",
    "cite_punkt": 2,
}


def render_06(m):
    body = []
    a = body.append
    a("Kære medlemmer af Handicaprådet")
    a("")
    a("Hermed det godkendte referat fra mødet onsdag den 22. september 2021 kl. 16.00-18.00 i Borgersalen, Solbakke Rådhus.")
    a("Punkt 3 er fortroligt - se bemærkningen under punktet.")
    a("")
    a("Til stede: Kaj Bonde, Rikke Falk, Nanna Østrup, Peter Vad (DH Solbakke), Bente Grøn, Ole Lyng (Socialudvalget)")
    a("Fraværende: Anders Mose")
    a("Referent: Ditte Kromann, sekretær for Handicaprådet")
    a("")
    a("-----")
    for p in m["points"]:
        a("")
        a("[%d] %s" % (p["n"], p["title"]))
        a("Ref.: %s" % p["case"])
        if p["closed"]:
            a(p["mark"])
        for label, text in p["sections"]:
            a("%s: %s" % (label, " ".join(paras(text))))
    a("")
    a("-----")
    a("Venlig hilsen")
    a("Ditte Kromann")
    a("Sekretær for Handicaprådet | Social og Sundhed | Solbakke Kommune")
    a("Tlf. 72 40 18 00")
    plain = "\n".join(body) + "\n"
    html = ["<html><body>"]
    for ln in body:
        html.append("<p>%s</p>" % escape(ln) if ln else "<br>")
    html.append("</body></html>")
    msg = EmailMessage()
    msg["From"] = "Handicaprådets sekretariat <handicapraad@solbakke.example>"
    msg["To"] = "handicapraadet-medlemmer@solbakke.example"
    msg["Subject"] = "Referat: Handicaprådet 22.09.2021 (godkendt)"
    msg["Date"] = "Fri, 24 Sep 2021 10:12:00 +0200"
    msg["Message-ID"] = "<hr-2021-09-22-referat@solbakke.example>"
    msg.set_content(plain, charset="utf-8", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("==solbakke-hr-2021-09==")
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# 07  Grønnerup Kommune - Landdistrikts- og Fritidsudvalget (RTF from a
#     word processor: "Pkt. NN<TAB>Title" headings, a Sagsnr./Sagsbehandler
#     line, long decision label with the board and date)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_groennerup_landdistrikts-og-fritidsudvalget_2024.rtf",
    "board": "Landdistrikts- og Fritidsudvalget",
    "date": "2024-10-01",
    "kind": "referat",
    "points": [
        P(60, "Godkendelse af dagsorden", "GK-24-0021", False, [
            ("Beslutning i Landdistrikts- og Fritidsudvalget den 1. oktober 2024", "Godkendt."),
        ]),
        P(61, "Landsbypuljen 2024 - anden ansøgningsrunde", "GK-24-3310", False, [
            ("Sagsfremstilling",
             "Der er 480.000 kr. tilbage i landsbypuljen, og der er kommet ni ansøgninger for i alt 712.000 kr. Forvaltningen har vurderet ansøgningerne efter puljens kriterier: "
             "projekterne skal være åbne for alle i landsbyen, og der skal være frivillig arbejdskraft eller egenfinansiering."),
            ("Indstilling",
             "Forvaltningen indstiller blandt andet, at Ørum Borgerforening får 65.000 kr. til en bålhytte ved forsamlingshuset, at Nørre Lyng Beboerforening får 90.000 kr. "
             "til en multibane, og at Vesterby Lokalråd får 40.000 kr. til hjertestartere. Fem ansøgninger foreslås afslået, fordi projekterne ikke er åbne for alle."),
            ("Beslutning i Landdistrikts- og Fritidsudvalget den 1. oktober 2024",
             "Godkendt som indstillet. Ørum Borgerforening skal dog selv stå for vedligeholdelse af bålhytten, og pengene udbetales, når byggetilladelsen foreligger."),
        ]),
        P(62, "Længere åbningstid i Grønnerup Hallen", "GK-24-2987", False, [
            ("Sagsfremstilling", "Hallens bestyrelse ønsker at åbne kl. 6.00 på hverdage for morgenmotion. Det kræver ekstra rengøring for 48.000 kr. om året."),
            ("Beslutning i Landdistrikts- og Fritidsudvalget den 1. oktober 2024", "Godkendt som forsøg i et år."),
        ]),
        P(63, "Shelterplads ved Grønnerup Sø", "GK-24-3102", False, [
            ("Sagsfremstilling", "Naturstyrelsen har givet tilladelse til tre shelters og et toilet ved søens østbred. Shelterne kan bookes gratis via kommunens hjemmeside."),
            ("Beslutning i Landdistrikts- og Fritidsudvalget den 1. oktober 2024", "Taget til efterretning. Pladsen indvies i foråret 2025."),
        ]),
        P(64, "Ophævelse af forpagtning af cafeteriet i Grønnerup Hallen", "GK-24-3177", True, [
            ("Sagsfremstilling",
             "Forpagteren Hallens Køkken v/ Tanja Ruus har ikke betalt forpagtningsafgift siden marts, og der er nu en restance på 96.300 kr. "
             "Forpagteren har ikke overholdt en afdragsordning."),
            ("Beslutning i Landdistrikts- og Fritidsudvalget den 1. oktober 2024",
             "Forpagtningsaftalen ophæves. Kravet sendes til inkasso, og cafeteriet udbydes på ny."),
        ], mark="Punktet er lukket. Grund: oplysninger om en privat virksomheds økonomiske forhold."),
        P(65, "Meddelelser", "GK-24-0021", False, [
            ("Sagsfremstilling", "Formanden orienterede om Landdistrikternes Dag den 26. oktober i Vesterby."),
            ("Beslutning i Landdistrikts- og Fritidsudvalget den 1. oktober 2024", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Hallens Køkken v/ Tanja Ruus", "96.300 kr."],
    "question": "vi søgte landsbypuljen til en bålhytte i ørum - fik borgerforeningen nogen penge",
    "cite_punkt": 61,
}


def _rtf(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return "".join(out)


def render_07(m):
    r = []
    a = r.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1030")
    a("{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\froman\\fcharset0 Cambria;}}")
    a("{\\colortbl;\\red0\\green0\\blue0;\\red31\\green78\\blue61;\\red150\\green0\\blue0;}")
    a("{\\info{\\title Referat Landdistrikts- og Fritidsudvalget}{\\author Gr\\'f8nnerup Kommune}"
      "{\\creatim\\yr2024\\mo10\\dy2\\hr9\\min0}}")
    a("\\paperw11906\\paperh16838\\margl1417\\margr1134\\margt1134\\margb1134")
    a("{\\header\\pard\\qr\\fs16 " + _rtf("Grønnerup Kommune - Referat - møde nr. 9/2024") + "\\par}")
    a("{\\footer\\pard\\qc\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}")

    def par(text, fmt=""):
        a("\\pard\\plain\\f0\\fs22%s %s\\par" % (fmt, _rtf(text)))

    par("GRØNNERUP KOMMUNE", "\\b\\fs20\\cf2")
    par("Referat", "\\b\\fs40")
    par("Landdistrikts- og Fritidsudvalget", "\\b\\fs28")
    par("Møde nr. 9/2024")
    par("Dato:\tTirsdag 1. oktober 2024")
    par("Tid:\tKl. 17.00 - 19.20")
    par("Sted:\tØrum Forsamlingshus (udebesøg)")
    par("Til stede:\tKim Østergaard (formand), Lone Friis, Søren Dam, Heidi Brask, Niels Vad")
    par("Afbud:\tIngen")
    par("")
    for p in m["points"]:
        par("Pkt. %d\t%s" % (p["n"], p["title"]), "\\b\\fs26\\cf2\\sb240")
        par("Sagsnr. %s\tSagsbehandler: Kultur og Landdistrikter" % p["case"], "\\fs18")
        if p["closed"]:
            par(p["mark"], "\\b\\cf3")
        for label, text in p["sections"]:
            par(label, "\\b")
            for pp in paras(text):
                par(pp)
        par("")
    par("Mødet sluttede kl. 19.20. Referatet er godkendt af formanden.", "\\i")
    a("}")
    return "\n".join(r) + "\n"


# ---------------------------------------------------------------------------
# 08  Sølvkær Kommune - Social- og Sundhedsudvalget (ODT: committee-code
#     headings "SSU NN Title", Mødeleder/Referent header, an ESDH line, a
#     closed line giving the legal reason)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_soelvkaer_social-og-sundhedsudvalget_2023.odt",
    "board": "Social- og Sundhedsudvalget",
    "date": "2023-05-10",
    "kind": "referat",
    "points": [
        P(45, "Godkendelse af dagsorden", "2023-SSU-1001", False, [
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(46, "Venteliste til plejeboliger - 1. kvartal 2023", "2023-SSU-1142", False, [
            ("Sagsfremstilling",
             "Ved udgangen af marts stod 31 borgere på den generelle venteliste til en plejebolig. Fire borgere ventede længere end plejeboliggarantiens to måneder, "
             "fordi de ønskede et bestemt plejecenter. Den gennemsnitlige ventetid var 47 dage."),
            ("Indstilling", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
            ("Udvalgets beslutning", "Taget til efterretning. Udvalget ønsker samme opgørelse hvert kvartal."),
        ]),
        P(47, "Forsøg med akutteam om natten", "2023-SSU-1187", False, [
            ("Sagsfremstilling",
             "Akutteamet dækker i dag kl. 7-23. Forvaltningen foreslår et forsøg, hvor to akutsygeplejersker også er på arbejde om natten, så færre ældre "
             "indlægges akut på sygehuset. Forsøget starter 1. september 2023 og varer et år."),
            ("Økonomi", "Forsøget koster 1,9 mio. kr., hvoraf 0,8 mio. kr. forventes dækket af regionens pulje til det nære sundhedsvæsen."),
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(48, "Redegørelse om magtanvendelse på et bosted", "2023-SSU-1203", True, [
            ("Sagsfremstilling",
             "På Bofællesskabet Lærkereden er der i februar indberettet en fastholdelse i ca. 4 minutter af en beboer. Den ansvarlige medarbejder, Kirstine Hald Mørup, "
             "har efterfølgende været på kursus i konfliktnedtrappende metoder."),
            ("Udvalgets beslutning", "Taget til efterretning. Udvalget ønsker en opfølgning i efteråret."),
        ], mark="Lukket - oplysninger om enkeltpersoners private forhold (styrelseslovens § 10, stk. 1, nr. 2)"),
        P(49, "Sundhedspolitik 2024-2027 - temaer", "2023-SSU-1210", False, [
            ("Sagsfremstilling", "Forvaltningen foreslår tre temaer: ensomhed, bevægelse i hverdagen og mental sundhed blandt unge."),
            ("Udvalgets beslutning", "Godkendt med tilføjelse af et fjerde tema om røgfri fremtid."),
        ]),
    ],
    "secrets": ["Bofællesskabet Lærkereden", "Kirstine Hald Mørup", "fastholdelse i ca. 4 minutter"],
    "question": "hvor mange venter på en plejebolig i sølvkær og hvor lang tid tager det",
    "cite_punkt": 46,
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
    a = body.append

    def p(text, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    p("Sølvkær Kommune", "Kommune")
    a('<text:h text:style-name="Heading_20_1" text:outline-level="1">Mødereferat</text:h>')
    p("Social- og Sundhedsudvalget", "Udvalg")
    a('<table:table table:name="Moedeoplysninger"><table:table-column table:number-columns-repeated="2"/>')
    for k, v in [("Dato", "Onsdag den 10. maj 2023"), ("Tid", "Kl. 14.00-16.15"), ("Sted", "Plejecenter Solsikken, personalestuen"),
                 ("Mødeleder", "Birgitte Lund (formand)"), ("Referent", "Jonas Kvist, Social og Sundhed"),
                 ("Deltagere", "Birgitte Lund, Hans Kjeldsen, Mira Sørensen, Tove Engel, Anders Hviid"),
                 ("Afbud", "Anders Hviid")]:
        a('<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>'
          '<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>' % (xesc(k), xesc(v)))
    a('</table:table>')
    for pt in m["points"]:
        a('<text:h text:style-name="Heading_20_2" text:outline-level="2">SSU %d<text:tab/>%s</text:h>' % (pt["n"], xesc(pt["title"])))
        p("ESDH: %s" % pt["case"], "Sagsnr")
        if pt["closed"]:
            p(pt["mark"], "Lukket")
        for label, text in pt["sections"]:
            p(label, "Afsnit")
            for pp in paras(text):
                p(pp)
    p("Referatet er udsendt 12. maj 2023.", "Slut")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="Lukket" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#a00000"/></style:style>'
               '<style:style style:name="Afsnit" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Sagsnr" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>Sølvkær ESDH eksport</meta:generator><dc:title>Referat Social- og Sundhedsudvalget 10.05.2023</dc:title>'
            '<meta:creation-date>2023-05-12T08:30:00</meta:creation-date></office:meta></office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                       ("content.xml", content.encode("utf-8"), False),
                       ("styles.xml", styles.encode("utf-8"), False),
                       ("meta.xml", meta.encode("utf-8"), False),
                       ("META-INF/manifest.xml", manifest.encode("utf-8"), False)], (2023, 5, 12, 8, 30, 0))


# ---------------------------------------------------------------------------
# 09  Havsted Kommune - Kultur- og Fritidsudvalget (Markdown from an
#     intranet wiki: metadata table, "### NN – Title" headings, a per-point
#     status table, a warning blockquote on the closed point)
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_havsted_kultur-og-fritidsudvalget_2020.md",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2020-01-21",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "K20.0001", False, [
            ("Udvalget besluttede", "Godkendt."),
        ]),
        P(2, "Fordeling af kulturpuljen 2020", "K20.0014", False, [
            ("Sagen", "Kulturpuljen er på 350.000 kr. Der er søgt om 612.000 kr. fra 23 foreninger og grupper."),
            ("Udvalget besluttede", "Puljen fordeles efter forvaltningens forslag i bilaget. Havsted Jazzklub får 40.000 kr. til vinterkoncerterne."),
        ]),
        P(3, "Nye åbningstider på Havsted Bibliotek", "K20.0022", False, [
            ("Sagen",
             "Biblioteket foreslår at udvide den selvbetjente åbningstid, så biblioteket er åbent med sundhedskort alle dage kl. 7-22. "
             "Den betjente åbningstid ændres til mandag-torsdag kl. 10-18 og lørdag kl. 10-14. Om fredagen er der kun selvbetjening.\n\n"
             "Børn under 12 år skal være sammen med en voksen i den selvbetjente tid."),
            ("Udvalget besluttede", "Godkendt fra 1. marts 2020. Ordningen evalueres efter et år."),
        ]),
        P(4, "Ny forpagter af Havsted Biograf", "K20.0031", True, [
            ("Sagen",
             "Efter udbuddet foreslår forvaltningen, at Biografselskabet Lysbuen ApS overtager driften af biografen fra 1. april. "
             "Selskabet har bedt om en lejenedsættelse til 41.000 kr. om måneden i de første to år mod at investere i nyt lydanlæg."),
            ("Udvalget besluttede", "Godkendt. Kontrakten underskrives, når Økonomiudvalget har godkendt lejen."),
        ], mark="Ikke til offentlig gengivelse - forretningsmæssige forhold"),
        P(5, "Sikkerhedsplan for Havsted Rocker 2020", "K20.0040", False, [
            ("Sagen", "Festivalen venter 6.000 gæster pr. dag. Politiet og beredskabet har godkendt planen med to ekstra nødudgange."),
            ("Udvalget besluttede", "Taget til efterretning."),
        ]),
        P(6, "Eventuelt", "K20.0001", False, [
            ("Udvalget besluttede", "Intet."),
        ]),
    ],
    "secrets": ["Biografselskabet Lysbuen ApS", "41.000 kr. om måneden"],
    "question": "kan man komme på havsted bibliotek om aftenen uden personale, og fra hvornår",
    "cite_punkt": 3,
}


def render_09(m):
    out = []
    a = out.append
    a("# Referat - Kultur- og Fritidsudvalget")
    a("")
    a("_Havsted Kommune · Intranet › Politik › Udvalg › Kultur- og Fritidsudvalget_")
    a("")
    a("| Felt | Værdi |")
    a("|---|---|")
    a("| Mødedato | 21.01.2020 |")
    a("| Tidspunkt | 16:00-18:00 |")
    a("| Mødested | Havsted Bibliotek, Salen |")
    a("| Deltagere | Pia Ravn (fmd.), Jørn Kjær, Lea Winther, Said Omar, Karin Holst |")
    a("| Ikke til stede | - |")
    a("| Referent | Kultursekretariatet |")
    a("")
    a("**Indhold:** " + " · ".join("%d %s" % (p["n"], p["title"]) for p in m["points"]))
    a("")
    for p in m["points"]:
        a("---")
        a("")
        a("### %d – %s" % (p["n"], p["title"]))
        a("")
        a("| Sag | Status |")
        a("|---|---|")
        a("| %s | %s |" % (p["case"], "Lukket" if p["closed"] else "Åben"))
        a("")
        if p["closed"]:
            a("> ⚠️ **%s**" % p["mark"])
            a("")
        for label, text in p["sections"]:
            a("**%s:**" % label)
            a("")
            for pp in paras(text):
                a(pp)
                a("")
    a("---")
    a("")
    a("_Senest redigeret 23.01.2020 af Kultursekretariatet_")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# 10  Østervig Kommune - Ældre- og Værdighedsudvalget (XML export with a
#     namespace; point number, access and case number as attributes;
#     sections as <felt navn="...">; a <begrundelse> on the closed point)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_oestervig_aeldre-og-vaerdighedsudvalget_2024.xml",
    "board": "Ældre- og Værdighedsudvalget",
    "date": "2024-02-27",
    "kind": "referat",
    "points": [
        P(18, "Godkendelse af dagsorden", "BU-2024-000105", False, [
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(19, "Fordeling af værdighedsmidler 2024", "BU-2024-000211", False, [
            ("Sagsfremstilling",
             "Østervig Kommune modtager 4,7 mio. kr. i værdighedsmidler i 2024. Forvaltningen foreslår, at 2,1 mio. kr. går til flere hænder om aftenen på plejecentrene, "
             "1,4 mio. kr. til aktiviteter mod ensomhed og 1,2 mio. kr. til en ekstra demenskoordinator og pårørendekurser."),
            ("Udvalgets beslutning", "Godkendt."),
        ]),
        P(20, "Ny ordning for indkøbshjælp i hjemmeplejen", "BU-2024-000276", False, [
            ("Sagsfremstilling",
             "I dag handler hjemmehjælperne ind for borgerne. Fra 1. maj 2024 foreslås det, at borgere med indkøbshjælp i stedet får varerne leveret "
             "én gang om ugen fra et supermarked, som kommunen har aftale med. Borgeren bestiller over telefonen eller på en tablet, og hjemmeplejen hjælper med bestillingen, "
             "hvis borgeren ikke selv kan. Levering er gratis for borgeren."),
            ("Indstilling", "Forvaltningen indstiller, at ordningen indføres fra 1. maj 2024."),
            ("Udvalgets beslutning", "Godkendt. Borgere, der ikke kan bruge ordningen, kan fortsat få hjælp af hjemmeplejen efter en konkret vurdering."),
        ]),
        P(21, "Arbejdsskade og fastholdelse af medarbejder i hjemmeplejen", "BU-2024-000290", True, [
            ("Sagsfremstilling",
             "Social- og sundhedshjælper Else-Marie Krogsgaard har været sygemeldt i fem måneder med diskusprolaps efter en forflytning hos en borger uden lift. "
             "Arbejdsskaden er anerkendt. Forvaltningen foreslår en omplacering til visitationen."),
            ("Udvalgets beslutning", "Taget til efterretning."),
        ], mark="Fortrolige helbredsoplysninger om en medarbejder"),
        P(22, "Status på Østervig som demensvenlig kommune", "BU-2024-000301", False, [
            ("Sagsfremstilling", "1.140 borgere og ansatte har nu gennemført kurset som demensven. Alle biblioteker og svømmehallen er certificeret."),
            ("Udvalgets beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Else-Marie Krogsgaard", "diskusprolaps efter en forflytning"],
    "question": "min mor har hjemmehjælp til indkøb - hvordan skal hun få sine varer efter 1. maj",
    "cite_punkt": 20,
}


def render_10(m):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<?xml-stylesheet type="text/xsl" href="referat.xsl"?>')
    a('<moede xmlns="urn:oestervig:politik:moede:3" dokumenttype="Referat" eksporteret="2024-02-29T07:45:00">')
    a('  <myndighed>Østervig Kommune</myndighed>')
    a('  <udvalg kode="ÆVU">Ældre- og Værdighedsudvalget</udvalg>')
    a('  <tidspunkt start="2024-02-27T15:00" slut="2024-02-27T17:30"/>')
    a('  <sted>Rådhuset, mødelokale Fyrtårnet</sted>')
    a('  <deltagere>')
    for name, role, present in [("Grethe Holmsted", "formand", "ja"), ("Benny Sejr", "næstformand", "ja"),
                                ("Louise Kamp", "medlem", "ja"), ("Yusuf Demir", "medlem", "nej"), ("Anne Rye", "medlem", "ja")]:
        a('    <deltager rolle=%s fremmoedt=%s>%s</deltager>' % (quoteattr(role), quoteattr(present), xesc(name)))
    a('  </deltagere>')
    a('  <punkter>')
    for p in m["points"]:
        a('    <punkt nr="%d" adgang="%s" sag=%s>' % (p["n"], "lukket" if p["closed"] else "aaben", quoteattr(p["case"])))
        a('      <overskrift>%s</overskrift>' % xesc(p["title"]))
        if p["closed"]:
            a('      <begrundelse>%s</begrundelse>' % xesc(p["mark"]))
        for label, text in p["sections"]:
            a('      <felt navn=%s>' % quoteattr(label))
            for pp in paras(text):
                a('        <afsnit>%s</afsnit>' % xesc(pp))
            a('      </felt>')
        a('    </punkt>')
    a('  </punkter>')
    a('  <godkendelse>Referatet er godkendt af formanden 28.02.2024</godkendelse>')
    a('</moede>')
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
