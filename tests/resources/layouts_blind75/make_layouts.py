#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind75.

Every municipality, board, person, firm, address, amount and sentence in this file is
invented.  The script is deterministic: running it twice gives byte-identical files.
Needs python-docx (the .docx) and fpdf2 (the .pdf); the other formats are written by hand.

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
ZIPTIME = (2024, 5, 6, 7, 8, 10)


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
# 01  Ravnsholt Kommune - Kultur- og Fritidsudvalget - referat - agenda portal page (.html)
#     points as <details> accordions, "Pkt. N ·" headings, Acadre-style case numbers,
#     closed point flagged by a badge and a restricted block
# ---------------------------------------------------------------------------------------------
M01 = {
    "file": "01_ravnsholt_kultur-og-fritidsudvalget_2024.html",
    "board": "Kultur- og Fritidsudvalget",
    "date": "2024-03-05",
    "kind": "referat",
    "points": [
        P(31, "Godkendelse af dagsordenen", "24/00412", False, [
            ("Beslutning (KFU 05.03.2024)", "Godkendt."),
        ]),
        P(32, "Tilskud til foreningernes energiregninger 2024", "24/01187", False, [
            ("Resumé", "Foreninger med egne klubhuse har fået markant højere varmeregninger. Forvaltningen "
                       "foreslår en engangspulje på 400.000 kr. fra udvalgets uforbrugte midler."),
            ("Sagsfremstilling", "Puljen kan søges af godkendte folkeoplysende foreninger, som selv betaler "
                                 "varme og el. Der kan højst gives 25.000 kr. pr. forening, og tilskuddet "
                                 "beregnes ud fra regningerne for 2023.\n\nAnsøgningsfristen foreslås sat til "
                                 "1. april 2024."),
            ("Indstilling", "Forvaltningen indstiller, at puljen oprettes som beskrevet."),
            ("Beslutning (KFU 05.03.2024)", "Godkendt med den ændring, at ansøgningsfristen rykkes til "
                                            "15. april 2024."),
        ]),
        P(33, "Sommeråbent i Ravnsholt Svømmehal", "24/00955", False, [
            ("Sagsfremstilling", "Svømmehallen har tidligere holdt lukket i tre uger i juli på grund af "
                                 "rengøring. I år flyttes den store rengøring til uge 33, så hallen kan "
                                 "holde åbent hele juli kl. 7-19 på hverdage og kl. 9-16 i weekenden."),
            ("Beslutning (KFU 05.03.2024)", "Godkendt."),
        ]),
        P(34, "Lejekontrakt for caféen i Kulturmejeriet", "24/01302", True, [
            ("Sagsfremstilling", "Den nuværende forpagter har opsagt kontrakten. Forvaltningen har forhandlet "
                                 "med Café Skumfidus v/ Gitte Oxholm, som tilbyder en månedlig leje på "
                                 "17.350 kr. og åbent alle ugens dage."),
            ("Beslutning (KFU 05.03.2024)", "Godkendt."),
        ]),
        P(35, "Navn til den nye skaterpark ved Bølgeskolen", "23/14420", False, [
            ("Resumé", "Børne- og Ungerådet har holdt afstemning om navnet på skaterparken, som indvies i maj."),
            ("Sagsfremstilling", "412 unge stemte. Forslaget Betonbugten fik flest stemmer foran Rampen og "
                                 "Grusgraven. Skaterparken indvies lørdag den 25. maj 2024 kl. 13."),
            ("Indstilling", "Forvaltningen indstiller, at udvalget vælger navnet Betonbugten."),
            ("Beslutning (KFU 05.03.2024)", "Udvalget valgte navnet Betonbugten."),
        ]),
        P(36, "Orientering fra formand og forvaltning", "24/00412", False, [
            ("Sagsfremstilling", "Formanden orienterede om besøget fra venskabsbyens kor i juni."),
            ("Beslutning (KFU 05.03.2024)", "Til efterretning."),
        ]),
    ],
    "secrets": ["Café Skumfidus v/ Gitte Oxholm", "månedlig leje på 17.350 kr."],
    "question": "hvad skal den nye skaterpark i ravnsholt hedde og hvornaar aabner den",
    "cite_punkt": 35,
}


def render_01(m):
    h = []
    h.append('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
             '<title>Referat - Kultur- og Fritidsudvalget - 05.03.2024 - Ravnsholt Kommune</title>\n'
             '<style>.badge{background:#b00;color:#fff;padding:0 4px}details{margin:1em 0}</style>\n'
             '<script>window.portal={"mode":"public","build":"7.3.1"};</script>\n</head>\n<body>\n')
    h.append('<nav class="breadcrumb"><a href="/">Forside</a> &rsaquo; <a href="/politik">Politik</a> &rsaquo; '
             '<a href="/politik/kfu">Kultur- og Fritidsudvalget</a> &rsaquo; Møde 05.03.2024</nav>\n')
    h.append('<main>\n<header class="meeting">\n<p class="muni">Ravnsholt Kommune</p>\n'
             '<h1>Kultur- og Fritidsudvalget</h1>\n<p class="doctype">Referat &ndash; ordinært møde</p>\n'
             '<table class="meta"><tr><th>Tid</th><td>Tirsdag 5. marts 2024, 16:30&ndash;18:45</td></tr>\n'
             '<tr><th>Sted</th><td>Kulturmejeriet, mødesal 2</td></tr>\n'
             '<tr><th>Deltagere</th><td>Lise-Lotte Bram (formand), Ahmad Qasemi, Peder Skovhus, '
             'Grethe Ilsø Mørk</td></tr>\n<tr><th>Fraværende</th><td>Ole Tange Rask</td></tr></table>\n'
             '</header>\n<section class="toc"><h2>Punkter på dagsordenen</h2>\n<ol>\n')
    for p in m["points"]:
        h.append('<li value="%d"><a href="#pkt%d">%s</a>%s</li>\n'
                 % (p["n"], p["n"], escape(p["title"]), ' <span class="badge">Lukket</span>' if p["closed"] else ""))
    h.append('</ol>\n</section>\n')
    for p in m["points"]:
        h.append('<details id="pkt%d" open>\n<summary><h3>Pkt. %d &middot; %s</h3>%s</summary>\n'
                 % (p["n"], p["n"], escape(p["title"]),
                    ' <span class="badge">Lukket</span>' if p["closed"] else ""))
        h.append('<dl class="sag"><dt>Sagsnr.</dt><dd>Acadre %s</dd></dl>\n' % p["case"])
        if p["closed"]:
            h.append('<div class="restricted" data-access="lukket">\n')
        for label, text in p["sections"]:
            h.append('<h4>%s</h4>\n' % escape(label))
            for para in paras(text):
                h.append('<p>%s</p>\n' % escape(para))
        if p["closed"]:
            h.append('</div>\n')
        h.append('</details>\n')
    h.append('</main>\n<footer><p>Ravnsholt Kommune &middot; Rådhustorvet 1 &middot; 6990 Ravnsholt</p>'
             '<p>Siden er genereret af dagsordenssystemet.</p></footer>\n</body>\n</html>\n')
    return "".join(h).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# 02  Mergelby Kommune - Teknisk Udvalg - referat 2009 - old table-based export in ISO-8859-1
#     "Punkt N - title", "LUKKET SAG" marker row, case numbers like 450-2009-6612
# ---------------------------------------------------------------------------------------------
M02 = {
    "file": "02_mergelby_teknisk-udvalg_2009.htm",
    "board": "Teknisk Udvalg",
    "date": "2009-11-10",
    "kind": "referat",
    "points": [
        P(1, "Meddelelser fra formand og direktør", "450-2009-5001", False, [
            ("Beslutning i Teknisk Udvalg den 10-11-2009", "Formanden orienterede om vejdirektoratets "
                                                          "besøg. Taget til efterretning."),
        ]),
        P(2, "Regulativ for vinterrydning af fortove 2009-2010", "450-2009-5870", False, [
            ("Sagsfremstilling", "Grundejere skal som hidtil rydde og gruse fortovet ud for egen grund. "
                                 "Nyt er, at det skal ske senest kl. 7.00 på hverdage og kl. 9.00 på "
                                 "weekend- og helligdage. Kommunen rydder stadig skolevejene først."),
            ("Indstilling", "Teknisk Forvaltning indstiller, at regulativet vedtages."),
            ("Beslutning i Teknisk Udvalg den 10-11-2009", "Vedtaget."),
        ]),
        P(3, "Fartdæmpning på Kirkevej i Ulstrup", "450-2009-6612", False, [
            ("Sagsfremstilling", "Beboerne på Kirkevej har klaget over hastigheden. Målinger i september viste, "
                                 "at hver tredje bilist kørte over 60 km/t. Forvaltningen foreslår to "
                                 "vejbump ved børnehaven og en hastighedsgrænse på 40 km/t. Prisen er "
                                 "anslået til 185.000 kr."),
            ("Indstilling", "Det indstilles, at projektet gennemføres i foråret 2010."),
            ("Beslutning i Teknisk Udvalg den 10-11-2009", "Godkendt. Arbejdet udføres i april 2010."),
        ]),
        P(4, "Busbetjening af Nørre Tved", "450-2009-4411", False, [
            ("Sagsfremstilling", "Trafikselskabet foreslår at nedlægge de sidste afgange efter kl. 20. "
                                 "Der er i gennemsnit 2 passagerer pr. afgang."),
            ("Beslutning i Teknisk Udvalg den 10-11-2009", "Udvalget ønsker i stedet telebus efter kl. 20."),
        ]),
        P(5, "Salg af grusgraven ved Mergelby Mark", "450-2009-7140", True, [
            ("Sagsfremstilling", "Der er indkommet to bud. Det højeste er fra Entreprenørfirmaet Brdr. "
                                 "Kjærsgaard Grus med et bud på 2.845.000 kr. for matr.nr. 7ø Mergelby Mark."),
            ("Beslutning i Teknisk Udvalg den 10-11-2009", "Anbefales over for Økonomiudvalget."),
        ]),
        P(6, "Budgetopfølgning pr. 30. september 2009", "450-2009-0233", False, [
            ("Sagsfremstilling", "Vejområdet forventer et merforbrug på 1,2 mio. kr., primært til "
                                 "vintertjeneste i januar og februar."),
            ("Beslutning i Teknisk Udvalg den 10-11-2009", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Entreprenørfirmaet Brdr. Kjærsgaard Grus", "bud på 2.845.000 kr.", "matr.nr. 7ø Mergelby Mark"],
    "question": "kommer der vejbump på kirkevej i ulstrup og hvornaar",
    "cite_punkt": 3,
}


def render_02(m):
    h = ['<HTML>\n<HEAD>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">\n'
         '<META NAME="Generator" CONTENT="SagsPortal Eksport 2.0">\n'
         '<TITLE>Mergelby Kommune - Teknisk Udvalg - Referat 10-11-2009</TITLE>\n</HEAD>\n'
         '<BODY BGCOLOR="#FFFFFF">\n<CENTER><FONT FACE="Arial" SIZE="4"><B>MERGELBY KOMMUNE</B></FONT><BR>\n'
         '<FONT FACE="Arial" SIZE="3">REFERAT</FONT></CENTER>\n<HR>\n'
         '<TABLE BORDER="0" WIDTH="100%">\n'
         '<TR><TD WIDTH="25%"><B>Udvalg:</B></TD><TD>Teknisk Udvalg</TD></TR>\n'
         '<TR><TD><B>Mødedato:</B></TD><TD>10-11-2009</TD></TR>\n'
         '<TR><TD><B>Tidspunkt:</B></TD><TD>15.00 - 17.10</TD></TR>\n'
         '<TR><TD><B>Mødested:</B></TD><TD>Rådhuset, udvalgsværelse 3</TD></TR>\n'
         '<TR><TD><B>Fraværende:</B></TD><TD>Kurt Hessel</TD></TR>\n</TABLE>\n<HR>\n'
         '<P><B>Indholdsfortegnelse:</B></P>\n<TABLE BORDER="0">\n']
    for p in m["points"]:
        h.append('<TR><TD>%d.</TD><TD>%s</TD><TD>%s</TD></TR>\n'
                 % (p["n"], escape(p["title"]), "(Lukket)" if p["closed"] else ""))
    h.append('</TABLE>\n')
    for p in m["points"]:
        h.append('<HR>\n<TABLE BORDER="1" CELLPADDING="4" WIDTH="100%">\n')
        h.append('<TR><TD COLSPAN="2" BGCOLOR="#DDDDDD"><FONT FACE="Arial"><B>Punkt %d - %s</B></FONT></TD></TR>\n'
                 % (p["n"], escape(p["title"])))
        h.append('<TR><TD WIDTH="20%">Sagsnr.:</TD><TD>' + p["case"] + '</TD></TR>\n')
        if p["closed"]:
            h.append('<TR><TD>Status:</TD><TD><FONT COLOR="#CC0000"><B>LUKKET SAG</B></FONT></TD></TR>\n')
        for label, text in p["sections"]:
            h.append('<TR><TD VALIGN="top"><I>%s</I></TD><TD>%s</TD></TR>\n'
                     % (escape(label), "<BR><BR>".join(escape(x) for x in paras(text))))
        h.append('</TABLE>\n')
    h.append('<HR>\n<P><FONT SIZE="1">Udskrevet fra SagsPortal 11-11-2009 08:14</FONT></P>\n</BODY>\n</HTML>\n')
    return "".join(h).encode("iso-8859-1")


# ---------------------------------------------------------------------------------------------
# 03  Klinteby Kommune - Byrådet - referat - Word (.docx)
#     "§ 82." point headings, "Sag nr. 22/08812", attendance table, economy table,
#     closed point marked by a check-box row ("☒ Lukket")
# ---------------------------------------------------------------------------------------------
M03 = {
    "file": "03_klinteby_byraadet_2022.docx",
    "board": "Byrådet",
    "date": "2022-06-23",
    "kind": "referat",
    "points": [
        P(81, "Godkendelse af dagsordenen til byrådsmødet", "22/00031", False, [
            ("Byrådets beslutning 23. juni 2022", "Dagsordenen blev godkendt."),
        ]),
        P(82, "Anlægsbevilling til ny daginstitution i Strandkvarteret", "22/05517", False, [
            ("Sagsfremstilling", "Den nye daginstitution i Strandkvarteret får plads til 96 børn i seks "
                                 "grupper. Byggeriet udbydes i efteråret og forventes klar til ibrugtagning "
                                 "1. august 2024. Institutionen får solceller på taget og en stor naturlegeplads."),
            ("Økonomi", "TABLE"),
            ("Indstilling", "Børne- og Skoleudvalget og Økonomiudvalget anbefaler, at der gives en "
                            "anlægsbevilling på 38,6 mio. kr."),
            ("Byrådets beslutning 23. juni 2022", "Anbefalingen blev godkendt."),
        ], table=[("År", "Beløb (mio. kr.)"), ("2022", "2,1"), ("2023", "24,9"), ("2024", "11,6"),
                  ("I alt", "38,6")]),
        P(83, "Forslag om blomsterenge på kommunale græsarealer", "22/06940", False, [
            ("Sagsfremstilling", "Et medlem af byrådet har bedt om at få sagen på dagsordenen. Forslaget går ud "
                                 "på, at 20 procent af de kommunale græsarealer omlægges til vilde "
                                 "blomsterenge, der kun slås én gang om året."),
            ("Byrådets beslutning 23. juni 2022", "Forslaget blev vedtaget med 17 stemmer for og 8 imod. "
                                                 "Driften skal se på hvilke arealer, der egner sig."),
        ]),
        P(84, "Køb af ejendom til fremtidig boligudvikling", "22/07702", True, [
            ("Sagsfremstilling", "Ejeren Solvej Agerskov Thrane har tilbudt kommunen ejendommen "
                                 "Bakkedraget 112. Der er opnået enighed om en købesum 4.120.000 kr."),
            ("Byrådets beslutning 23. juni 2022", "Godkendt."),
        ]),
        P(85, "Valg af nyt medlem til Folkeoplysningsudvalget", "22/00112", False, [
            ("Sagsfremstilling", "Merethe Højgaard er udtrådt af udvalget efter eget ønske."),
            ("Byrådets beslutning 23. juni 2022", "Jesper Ladefoged blev valgt som nyt medlem."),
        ]),
        P(86, "Personalesag i Tandplejen", "22/07815", True, [
            ("Sagsfremstilling", "Sagen vedrører ledende tandplejer Morten Vilstrup. Der er indgået aftale "
                                 "med en fratrædelsesgodtgørelse svarende til 3 måneders løn."),
            ("Byrådets beslutning 23. juni 2022", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Solvej Agerskov Thrane", "Bakkedraget 112", "købesum 4.120.000 kr.",
                "ledende tandplejer Morten Vilstrup", "fratrædelsesgodtgørelse svarende til 3 måneders løn"],
    "question": "hvornaar aabner den nye boernehave i strandkvarteret og hvor mange boern kan der vaere",
    "cite_punkt": 82,
}


def render_03(m):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2022, 6, 24, 10, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.author = "Byrådssekretariatet"
    cp.last_modified_by = "Byrådssekretariatet"
    cp.title = "Referat Byrådet 23.06.2022"
    cp.revision = 2
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "KLINTEBY KOMMUNE | Byrådet | Referat | 23.06.2022"
    sec.footer.paragraphs[0].text = "Referatet er godkendt ved mødets afslutning"

    def para(text, bold=False, size=None, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    para("Klinteby Kommune", bold=True, size=11)
    para("Referat", bold=True, size=24)
    para("Byrådet", bold=True, size=16)
    para("Mødet blev holdt torsdag den 23. juni 2022 kl. 19.00 i byrådssalen, Klinteby Rådhus.")
    para("Fremmøde", bold=True, size=12)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, txt in enumerate(("Medlem", "Parti", "Fremmødt")):
        t.rows[0].cells[i].text = txt
    for name, party, here in (("Hanne Lykkeberg (borgmester)", "A", "Ja"), ("Carsten Øland", "V", "Ja"),
                              ("Rikke Fabricius", "F", "Ja"), ("Mogens Bjerre", "C", "Afbud"),
                              ("Sara El-Amin", "Ø", "Ja")):
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = name, party, here
    para("")
    para("Dagsordenens punkter", bold=True, size=12)
    for p in m["points"]:
        para("§ %d. %s%s" % (p["n"], p["title"], "  (lukket)" if p["closed"] else ""))
    for p in m["points"]:
        para("")
        d.add_heading("§ %d. %s" % (p["n"], p["title"]), level=2)
        para("Sag nr. %s" % p["case"], italic=True)
        box = d.add_table(rows=1, cols=2)
        box.style = "Table Grid"
        box.rows[0].cells[0].text = "Offentlighed:"
        box.rows[0].cells[1].text = "☐ Åben   ☒ Lukket" if p["closed"] else "☒ Åben   ☐ Lukket"
        for label, text in p["sections"]:
            para(label, bold=True)
            if text == "TABLE":
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for a, b in p["table"]:
                    c = tb.add_row().cells
                    c[0].text, c[1].text = a, b
                continue
            for x in paras(text):
                para(x)
    para("")
    para("Mødet hævet kl. 21.35.", italic=True)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    entries = [(n, zin.read(n), False) for n in zin.namelist()]
    return fixed_zip(entries)


# ---------------------------------------------------------------------------------------------
# 04  Ørnekær Kommune - Social- og Sundhedsudvalget - referat - text PDF
#     committee-code headings "SSU 57  title", running header, "Side N af M", TOC with pages,
#     closed point marked "(lukket)" after the title
# ---------------------------------------------------------------------------------------------
M04 = {
    "file": "04_oernekaer_social-og-sundhedsudvalget_2019.pdf",
    "board": "Social- og Sundhedsudvalget",
    "date": "2019-09-03",
    "kind": "referat",
    "points": [
        P(55, "Dagsordenens godkendelse", "J.nr. 2019-0007", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(56, "Sundhedsprofil for Ørnekær 2019 - resultater", "J.nr. 2019-3318", False, [
            ("Resume", "Den nye sundhedsprofil viser, at andelen af dagligrygere er faldet fra 19 til 15 "
                       "procent siden 2015, mens andelen med svær overvægt er steget til 18 procent."),
            ("Indstilling", "Forvaltningen indstiller, at resultaterne indgår i den kommende sundhedspolitik."),
            ("Beslutning", "Godkendt. Udvalget ønsker et temamøde om overvægt hos børn."),
        ]),
        P(57, "Akutpladser på Plejecenter Lærkebo", "J.nr. 2019-4471", False, [
            ("Resume", "Fra 1. november 2019 oprettes fire akutpladser på Plejecenter Lærkebo til borgere, "
                       "der udskrives fra sygehuset og ikke kan klare sig hjemme i de første dage."),
            ("Sagsfremstilling", "Pladserne bemandes døgnet rundt af akutteamet. Et ophold varer normalt "
                                 "højst 14 dage, og der er ingen egenbetaling bortset fra kost."),
            ("Økonomi", "Udgiften er 2,4 mio. kr. årligt og finansieres af puljen til det nære sundhedsvæsen."),
            ("Beslutning", "Godkendt."),
        ]),
        P(58, "Klage over afgørelse om hjælpemiddel", "J.nr. 2019-4502", True, [
            ("Sagsfremstilling", "Klageren Asta Rigmor Fjeldsø har søgt om en specialbygget trehjulet "
                                 "elcykel. Ankestyrelsen har hjemvist sagen til fornyet behandling."),
            ("Beslutning", "Forvaltningen genbehandler sagen."),
        ]),
        P(59, "Røgfri arbejdstid i kommunens institutioner", "J.nr. 2019-2950", False, [
            ("Resume", "Fra 1. januar 2020 indføres røgfri arbejdstid for alle ansatte. Kommunen tilbyder "
                       "gratis rygestopkurser i arbejdstiden."),
            ("Beslutning", "Anbefales over for Økonomiudvalget."),
        ]),
        P(60, "Eventuelt", "J.nr. 2019-0007", False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Asta Rigmor Fjeldsø", "specialbygget trehjulet elcykel"],
    "question": "faar laerkebo akutpladser naar man kommer hjem fra sygehuset, og skal man betale",
    "cite_punkt": 57,
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
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Ørnekær Kommune")
            self.cell(0, 5, "Social- og Sundhedsudvalget - referat 3. september 2019", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(15, 17, 195, 17)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_creation_date(datetime.datetime(2019, 9, 4, 8, 30, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Referat Social- og Sundhedsudvalget 03.09.2019")
    pdf.set_author("Ørnekær Kommune")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    W = 180

    def lines(text, size=10, style="", h=5, indent=0):
        pdf.set_font("Helvetica", style, size)
        for ln in _pdf_wrap(pdf, text, W - indent, keep):
            pdf.set_x(15 + indent)
            pdf.cell(W - indent, h, ln, new_x="LMARGIN", new_y="NEXT")

    lines("REFERAT", 20, "B", 10)
    lines("Social- og Sundhedsudvalget", 14, "B", 8)
    lines("Tirsdag den 3. september 2019 kl. 16.00 i mødelokale Fyrtårnet, Ørnekær Rådhus")
    lines("Til stede: Kirsten Hvam (formand), Bo Lindvig, Nadia Sørup, Erling Faaborg, Vibe Tranholm")
    lines("Afbud: ingen")
    pdf.ln(4)
    lines("Indholdsfortegnelse", 12, "B", 7)
    pages = {55: 2, 56: 2, 57: 2, 58: 2, 59: 2, 60: 3}
    for p in m["points"]:
        label = "SSU %d  %s%s" % (p["n"], p["title"], " (lukket)" if p["closed"] else "")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(160, 5, label + " " + "." * 8)
        pdf.cell(20, 5, str(pages[p["n"]]), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for p in m["points"]:
        if pdf.get_y() > 225:
            pdf.add_page()
        pdf.ln(4)
        lines("SSU %d  %s%s" % (p["n"], p["title"], " (lukket)" if p["closed"] else ""), 12, "B", 6)
        lines(p["case"], 9, "I")
        pdf.ln(2)
        for label, text in p["sections"]:
            lines(label, 10, "B")
            for x in paras(text):
                lines(x, 10, "", 5, 6)
                pdf.ln(1)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------
# 05  Saltmose Kommune - Byrådet - TILLÆGSREFERAT - OCR'ed scan as plain text (.txt)
#     page furniture from the scan, form feeds, "Pkt. 178" headings, "Sagsid:" case numbers,
#     closed point noted as dealt with behind closed doors
# ---------------------------------------------------------------------------------------------
M05 = {
    "file": "05_saltmose_byraadet_tillaegsreferat_2016.txt",
    "board": "Byrådet",
    "date": "2016-12-15",
    "kind": "tillaegsreferat",
    "points": [
        P(178, "Ekstraordinær tillægsbevilling til skoleområdet", "16/22719", False, [
            ("Sagsfremstilling", "Elevtallet er steget mere end forventet, og tre skoler har oprettet ekstra "
                                 "klasser fra 1. august. Merudgiften i 2016 er opgjort til 3,7 mio. kr."),
            ("Beslutning", "Tillægsbevillingen blev godkendt."),
        ]),
        P(179, "Hasteforslag om genhusning efter branden i Engparken", "16/22871", False, [
            ("Sagsfremstilling", "Ved branden natten til den 9. december blev 14 lejligheder i blok C "
                                 "ubeboelige. Kommunen har lejet 10 pavilloner på den gamle boldbane ved "
                                 "Engparken, hvor familierne kan bo, indtil blokken er sat i stand, "
                                 "forventeligt i maj 2017. Boligselskabet betaler huslejen."),
            ("Beslutning", "Godkendt. Byrådet takkede beredskabet og de frivillige."),
        ]),
        P(180, "Ny repræsentant i Saltmose Forsyning A/S", "16/21005", False, [
            ("Sagsfremstilling", "Byrådet skal udpege et nyt bestyrelsesmedlem efter Arne Qvist."),
            ("Beslutning", "Lisbeth Wedel blev udpeget."),
        ]),
        P(181, "Forlig i voldgiftssag om renoveringen af Saltmose Skole", "16/18440", True, [
            ("Sagsfremstilling", "Punktet blev behandlet for lukkede døre. Modparten er Totalentreprenør "
                                 "Hedeby & Munk A/S. Advokat Signe Brorsen Lund anbefaler et "
                                 "forligsbeløb på 6.910.000 kr. til kommunen."),
            ("Beslutning", "Forliget blev godkendt."),
        ]),
    ],
    "secrets": ["Totalentreprenør Hedeby & Munk A/S", "Advokat Signe Brorsen Lund", "forligsbeløb på 6.910.000 kr."],
    "question": "hvor skal familierne bo efter branden i engparken, og hvem betaler",
    "cite_punkt": 179,
}


def _fill(text, width, keep, indent=""):
    SENT = "\x00"
    for k in sorted(keep, key=len, reverse=True):
        text = text.replace(k, k.replace(" ", SENT))
    out, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w) if cur else w
        if cur and len(indent + cand) > width:
            out.append(indent + cur)
            cur = w
        else:
            cur = cand
    if cur:
        out.append(indent + cur)
    return [x.replace(SENT, " ") for x in out]


def render_05(m):
    keep = list(m["secrets"]) + [p["title"] for p in m["points"]]
    L = ["  SALTMOSE KOMMUNE", "", "  TILLÆGSREFERAT", "",
         "  Byrådet", "  Møde torsdag den 15. december 2016 kl. 18.00, Byrådssalen", "",
         "  Tillægsdagsordenen blev udsendt 12.12.2016. Punkterne behandles efter", "  den ordinære dagsorden.", "",
         "  Fraværende: Hans-Henrik Lorentzen (afbud)", "", "  Indhold", ""]
    for p in m["points"]:
        L.append("  Pkt. %d   %s%s" % (p["n"], p["title"], " . . . . LUKKET" if p["closed"] else ""))
    L += ["", "  Side l af 3", "\f"]
    page = 2
    for i, p in enumerate(m["points"]):
        if i == 2:
            L += ["", "  Side %d af 3" % page, "\f"]
            page += 1
            L += ["  Saltmose Kommune   Byrådet 15-12-2016   TILLÆGSREFERAT", ""]
        elif i == 0:
            L += ["  Saltmose Kommune   Byrådet 15-12-2016   TILLÆGSREFERAT", ""]
        L.append("  Pkt. %d   %s" % (p["n"], p["title"]))
        L.append("  Sagsid: %s%s" % (p["case"], "        LUKKET PUNKT" if p["closed"] else ""))
        L.append("")
        for label, text in p["sections"]:
            L.append("  " + label + ":")
            for x in paras(text):
                L += _fill(x, 72, keep, "  ")
            L.append("")
        L.append("  " + "_" * 30)
        L.append("")
    L += ["  Side %d af 3" % page, ""]
    # a few OCR slips in running text (never in titles, secrets or case numbers)
    txt = "\n".join(L)
    txt = txt.replace("Elevtallet er steget", "Elevtal1et er steget").replace("forventeligt i maj", "forventeIigt i maj")
    return txt.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# 06  Rugbjerg Kommune - Handicaprådet - referat sent by e-mail (.eml), multipart/alternative,
#     base64 plain part; "Punkt N – title" lines; a closed point marked FORTROLIGT
# ---------------------------------------------------------------------------------------------
M06 = {
    "file": "06_rugbjerg_handicapraadet_2021.eml",
    "board": "Handicaprådet",
    "date": "2021-10-27",
    "kind": "referat",
    "points": [
        P(1, "Velkommen til rådets nye suppleant", "HR-21-0039", False, [
            ("Referat", "Rådet bød velkommen til Yvonne Storm fra Scleroseforeningens lokalafdeling."),
        ]),
        P(2, "Tilgængelighed i det nye sundhedshus på Torvegade", "HR-21-0040", False, [
            ("Orientering", "Arkitekten viste tegningerne. Der bliver elevator til alle etager, to "
                            "handicaptoiletter i stueetagen og automatiske døre ved hovedindgangen. "
                            "Der etableres fire handicapparkeringspladser lige ved indgangen."),
            ("Rådets bemærkninger", "Rådet ønsker teleslynge i venteværelset og kontrastmarkering på trapperne. "
                                    "Forvaltningen tager det med til byggeudvalget."),
        ]),
        P(3, "Høring om kvalitetsstandard for ledsageordningen", "HR-21-0041", False, [
            ("Orientering", "Den nye kvalitetsstandard giver fortsat 15 timers ledsagelse om måneden."),
            ("Rådets bemærkninger", "Rådet afgiver høringssvar om, at ubrugte timer skal kunne opspares i "
                                    "seks måneder."),
        ]),
        P(4, "Henvendelse fra borger om bostøtte", "HR-21-0042", True, [
            ("Referat", "Henvendelsen fra Villads Krogstrup Emborg om bostøtten i bofællesskabet "
                        "Tidselgården blev drøftet. Der aftales revisitering den 9. november."),
        ]),
        P(5, "Eventuelt og næste møde", "HR-21-0043", False, [
            ("Referat", "Næste møde holdes 8. december kl. 16 med julefrokost bagefter."),
        ]),
    ],
    "secrets": ["Villads Krogstrup Emborg", "bofællesskabet Tidselgården", "revisitering den 9. november"],
    "question": "bliver der elevator og handicaptoilet i det nye sundhedshus paa torvegade i rugbjerg",
    "cite_punkt": 2,
}


def render_06(m):
    L = ["Kære medlemmer af Handicaprådet", "",
         "Hermed referatet fra mødet onsdag den 27. oktober 2021 kl. 15.00-17.00 i Rugbjerg Medborgerhus.",
         "Punkt 4 er fortroligt og bliver ikke lagt på hjemmesiden.", "",
         "Deltagere: Jonas Refslund (formand), Bente Ahlmann, Yvonne Storm, Klaus Riber (byrådet)",
         "Afbud: Helle Munch", "", "=" * 60, ""]
    for p in m["points"]:
        L.append("Punkt %d – %s" % (p["n"], p["title"]))
        L.append("Sagsnummer: %s" % p["case"])
        if p["closed"]:
            L.append("[FORTROLIGT - må ikke videresendes]")
        for label, text in p["sections"]:
            L.append("%s: %s" % (label, " ".join(paras(text))))
        L += ["", "-" * 60, ""]
    L += ["Venlig hilsen", "Maja Teglgaard", "Sekretær for Handicaprådet", "Rugbjerg Kommune, Social og Sundhed", ""]
    plain = "\n".join(L)
    msg = EmailMessage()
    msg["From"] = "Maja Teglgaard <handicapraadet@rugbjerg.invalid>"
    msg["To"] = "Handicaprådets medlemmer <hr-medlemmer@rugbjerg.invalid>"
    msg["Subject"] = "Referat - Handicaprådet 27.10.2021"
    msg["Date"] = "Thu, 28 Oct 2021 10:41:17 +0200"
    msg["Message-ID"] = "<hr-20211028104117@rugbjerg.invalid>"
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="base64")
    html = "<html><body>" + "".join("<p>%s</p>" % escape(x) for x in L if x) + "</body></html>"
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("==rugbjerg-hr-2021-10-28==")
    return msg.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------------------------
# 07  Skærvig Municipality - Harbour Board - minutes in English (.rtf)
#     "Item 13 | title", "Case ref." numbers, closed item marked CLOSED ITEM / exempt from publication
# ---------------------------------------------------------------------------------------------
M07 = {
    "file": "07_skaervig_harbour-board_2020.rtf",
    "board": "Harbour Board",
    "date": "2020-05-14",
    "kind": "referat",
    "points": [
        P(12, "Approval of the agenda", "HAV-2020-0002", False, [
            ("Decision", "Approved."),
        ]),
        P(13, "Harbour dues for leisure craft 2021", "HAV-2020-0019", False, [
            ("Summary", "The harbour master proposes that the annual berth fee for boats up to 9 metres "
                        "rises from DKK 3,150 to DKK 3,300 in 2021. Guest berths will cost DKK 190 per night "
                        "including electricity and showers."),
            ("Recommendation", "The administration recommends that the dues are approved."),
            ("Decision", "Approved. Members of the local sailing club keep their 10 % discount."),
        ]),
        P(14, "Dredging of the inner basin", "HAV-2020-0024", False, [
            ("Summary", "Silt has reduced the depth at the fishing quay to 2.6 metres. Dredging will take "
                        "place in September when the tourist season is over."),
            ("Decision", "Approved within the maintenance budget."),
        ]),
        P(15, "Lease of the former net loft", "HAV-2020-0031", True, [
            ("Summary", "Two tenders were received. The board prefers Skærvig Seakayak ApS, represented by "
                        "Kasper Ahlefeldt-Brink, at an annual rent of DKK 96,400."),
            ("Decision", "Approved."),
        ]),
        P(16, "Any other business", "HAV-2020-0002", False, [
            ("Decision", "The summer harbour festival is cancelled this year."),
        ]),
    ],
    "secrets": ["Skærvig Seakayak ApS", "Kasper Ahlefeldt-Brink", "annual rent of DKK 96,400"],
    "question": "what will it cost to keep my 8 metre boat in skaervig harbour in 2021",
    "cite_punkt": 13,
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
    R = [r"{\rtf1\ansi\deff0",
         r"{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fmodern\fcharset0 Consolas;}}",
         r"{\info{\title Minutes Harbour Board 14 May 2020}{\author Skaervig Harbour Office}"
         r"{\creatim\yr2020\mo5\dy15\hr8\min45}}",
         r"\paperw11906\paperh16838\margl1134\margr1134",
         r"{\header\pard\ql\fs16 " + _rtf("Skærvig Municipality \u2013 Harbour Board \u2013 Minutes") + r"\par}",
         r"{\footer\pard\qr\fs16 Page \chpgn\par}",
         r"\pard\plain\f0\fs36\b " + _rtf("Skærvig Municipality") + r"\par",
         r"\pard\plain\f0\fs28\b Minutes of the Harbour Board\par",
         r"\pard\plain\f0\fs20 Thursday 14 May 2020, 14:00\u8211?16:00, Harbour Office, first floor\par",
         r"\pard\plain\f0\fs20 Present: " + _rtf("Tove Bækgaard (chair), Rasmus Holck, Eva Linnet, "
                                                 "Jens Peter Krog (harbour master)") + r"\par",
         r"\pard\plain\f0\fs20 Absent: none\par\par"]
    for p in m["points"]:
        R.append(r"\pard\plain\f0\fs24\b Item %d | %s\par" % (p["n"], _rtf(p["title"])))
        R.append(r"\pard\plain\f1\fs18 Case ref. %s\par" % p["case"])
        if p["closed"]:
            R.append(r"\pard\plain\f0\fs20\b\cf0 CLOSED ITEM \u8211? exempt from publication\par")
        for label, text in p["sections"]:
            R.append(r"\pard\plain\f0\fs20\i %s\par" % _rtf(label))
            for x in paras(text):
                R.append(r"\pard\plain\f0\fs20 %s\par" % _rtf(x))
        R.append(r"\pard\plain\par")
    R.append(r"\pard\plain\f0\fs18\i Minutes approved by the chair on 15 May 2020.\par")
    R.append("}")
    return ("\n".join(R) + "\n").encode("ascii")


# ---------------------------------------------------------------------------------------------
# 08  Pilegaard Kommune - Børne- og Skoleudvalget - tillægsreferat (.odt)
#     "Punkt N - title", KLE case numbers, closed point via a "Status: Lukket" field
# ---------------------------------------------------------------------------------------------
M08 = {
    "file": "08_pilegaard_boerne-og-skoleudvalget_tillaegsreferat_2018.odt",
    "board": "Børne- og Skoleudvalget",
    "date": "2018-02-07",
    "kind": "tillaegsreferat",
    "points": [
        P(9, "Ændret skoledistrikt for Vestermarken", "17.02.05-P20-1-18", False, [
            ("Sagsfremstilling", "Den nye bydel Vestermarken foreslås lagt under Egeskolen i stedet for "
                                 "Pilegaard Skole, da Egeskolen har ledige pladser og en sikker skolevej."),
            ("Beslutning", "Sendes i høring i skolebestyrelserne."),
        ]),
        P(10, "Åbent i SFO i vinterferien uge 7", "17.03.00-G01-3-18", False, [
            ("Resumé", "Alle SFO'er holder åbent i uge 7 kl. 7.00-16.30. Børnene samles på tre matrikler: "
                       "Egeskolen, Pilegaard Skole og Nørremarksskolen."),
            ("Sagsfremstilling", "Tilmelding skal ske på forældreportalen senest 1. februar. Der serveres "
                                 "frokost alle dage."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(11, "Elevsag om specialundervisning", "85.02.02-G01-5-18", True, [
            ("Sagsfremstilling", "Sagen vedrører eleven Frida Lykkegaard Damsø, der er visiteret til "
                                 "Skovbrynets Heldagsskole med befordring i taxa."),
            ("Beslutning", "Visitationen blev godkendt."),
        ]),
        P(12, "Akut vikarmangel på Pilegaard Skole", "81.00.00-A00-2-18", False, [
            ("Sagsfremstilling", "Tre lærere er langtidssygemeldte. Skolen ansætter midlertidigt to "
                                 "pædagogstuderende og samler to 8. klasser i dansk."),
            ("Beslutning", "Udvalget ønsker en status på næste møde."),
        ]),
    ],
    "secrets": ["Frida Lykkegaard Damsø", "Skovbrynets Heldagsskole", "befordring i taxa"],
    "question": "har sfo aabent i vinterferien uge 7 i pilegaard, og hvor skal boernene vaere",
    "cite_punkt": 10,
}


def render_08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    B = []

    def p(text, style="Standard"):
        B.append('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def h(text, level=1):
        B.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                 % (level, level, xesc(text)))

    p("PILEGAARD KOMMUNE", "Kommune")
    h("Tillægsreferat", 1)
    p("Børne- og Skoleudvalget", "Undertitel")
    B.append('<text:p text:style-name="Standard">Mødedato:<text:tab/>Onsdag den 7. februar 2018, '
             'kl. 15.30</text:p>')
    B.append('<text:p text:style-name="Standard">Mødested:<text:tab/>Egeskolen, personalerummet</text:p>')
    B.append('<text:p text:style-name="Standard">Tillægspunkterne er optaget på dagsordenen efter '
             'udsendelsen den 31. januar 2018.</text:p>')
    for pt in m["points"]:
        h("Punkt %d - %s" % (pt["n"], pt["title"]), 2)
        B.append('<table:table table:name="Sag%d"><table:table-column table:number-columns-repeated="2"/>'
                 % pt["n"])
        for a, b in (("Sagsnr.", pt["case"]), ("Status", "Lukket" if pt["closed"] else "Åben")):
            B.append('<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>'
                     '<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>'
                     % (xesc(a), xesc(b)))
        B.append('</table:table>')
        for label, text in pt["sections"]:
            p(label, "Fed")
            for x in paras(text):
                p(x)
    p("Referent: Camilla Brix", "Lille")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, "".join(B)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles/></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            '<office:meta><dc:title>Tillægsreferat Børne- og Skoleudvalget 07.02.2018</dc:title>'
            '<meta:creation-date>2018-02-08T09:00:00</meta:creation-date></office:meta>'
            '</office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", True),
                      ("content.xml", content.encode("utf-8"), False),
                      ("styles.xml", styles.encode("utf-8"), False),
                      ("meta.xml", meta.encode("utf-8"), False),
                      ("META-INF/manifest.xml", manifest.encode("utf-8"), False)])


# ---------------------------------------------------------------------------------------------
# 09  Tornslev Kommune - Landdistriktsudvalget - referat (.md)
#     unnumbered points (numbers in expected.json are the running order), metadata table,
#     anchor-linked contents, "Sag:" case numbers, closed point marked by a blockquote
# ---------------------------------------------------------------------------------------------
M09 = {
    "file": "09_tornslev_landdistriktsudvalget_2025.md",
    "board": "Landdistriktsudvalget",
    "date": "2025-08-20",
    "kind": "referat",
    "points": [
        P(1, "Landsbypuljen 2025 - anden uddeling", "Sag: 2025-00744", False, [
            ("Sagsfremstilling", "Der er søgt om i alt 1,1 mio. kr., og der er 600.000 kr. tilbage i puljen. "
                                 "Forvaltningen har prioriteret projekter med frivillig arbejdskraft."),
            ("Beslutning", "Udvalget fordelte midlerne som foreslået, dog fik shelterpladsen i Bredkær "
                           "40.000 kr. mere."),
        ]),
        P(2, "Ny busforbindelse mellem Hvolby og Tornslev", "Sag: 2025-00817", False, [
            ("Sagsfremstilling", "Fra køreplansskiftet den 14. december 2025 kører en ny rute 224 mellem "
                                 "Hvolby og Tornslev Station hver time på hverdage kl. 6-19. Weekender "
                                 "dækkes af flextur. Ruten koster kommunen 1,35 mio. kr. om året."),
            ("Indstilling", "Forvaltningen indstiller, at ruten bestilles hos trafikselskabet."),
            ("Beslutning", "Godkendt."),
        ]),
        P(3, "Lån til Forsamlingshuset i Nørre Ravn", "Sag: 2025-00790", True, [
            ("Sagsfremstilling", "Forsamlingshuset har fået tilbud fra Tømrermester Jens-Ove Bilde på nyt tag. "
                                 "Der søges om en lånegaranti på 780.000 kr."),
            ("Beslutning", "Anbefales."),
        ]),
        P(4, "Bredbånd i yderområderne - status", "Sag: 2024-01932", False, [
            ("Sagsfremstilling", "312 af de 340 adresser i bredbåndsprojektet er nu koblet på fiber. De sidste "
                                 "adresser følger inden nytår."),
            ("Beslutning", "Taget til orientering."),
        ]),
        P(5, "Kommende møder og landsbyrundtur", "Sag: 2025-00102", False, [
            ("Beslutning", "Landsbyrundturen holdes den 24. september med start ved Hvolby Kirke."),
        ]),
    ],
    "secrets": ["Tømrermester Jens-Ove Bilde", "lånegaranti på 780.000 kr."],
    "question": "kommer der en bus mellem hvolby og tornslev og hvor tit kører den",
    "cite_punkt": 2,
}


def render_09(m):
    L = ["# Landdistriktsudvalget – referat", "",
         "| | |", "|---|---|", "| Kommune | Tornslev Kommune |", "| Dato | onsdag 20.08.2025 kl. 19.00 |",
         "| Sted | Bredkær Forsamlingshus |", "| Deltagere | Anne Skjoldager (fmd.), Niels Troelsen, "
         "Karima Holt, Ebbe Vestergaard |", "| Afbud | – |", "",
         "## Indhold", ""]
    for i, p in enumerate(m["points"], 1):
        L.append("- [%s](#punkt-%d)%s" % (p["title"], i, " *(lukket)*" if p["closed"] else ""))
    L.append("")
    for i, p in enumerate(m["points"], 1):
        L += ["---", "", '<a id="punkt-%d"></a>' % i, "", "### %s" % p["title"], "", "`%s`" % p["case"], ""]
        if p["closed"]:
            L += ["> **Lukket punkt.** Gengives kun til udvalgets medlemmer.", ""]
        for label, text in p["sections"]:
            L += ["**%s**" % label, ""]
            for x in paras(text):
                L += [x, ""]
    L += ["---", "", "_Referatet er godkendt af formanden 21.08.2025._", ""]
    return "\n".join(L).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# 10  Havbjerg Kommune - Plan- og Boligudvalget - DAGSORDEN - agenda-system export (.xml)
#     namespaced XML, attributes for number/access, closed points flagged adgang="lukket"
# ---------------------------------------------------------------------------------------------
M10 = {
    "file": "10_havbjerg_plan-og-boligudvalget_dagsorden_2024.xml",
    "board": "Plan- og Boligudvalget",
    "date": "2024-11-19",
    "kind": "dagsorden",
    "points": [
        P(87, "Godkendelse af mødets dagsorden", "01.00.00-A00-1-24", False, [
            ("Indstilling", "Dagsordenen godkendes."),
        ]),
        P(88, "Forslag til lokalplan 1.47 for boliger ved Kildevænget", "01.02.05-P16-8-24", False, [
            ("Resume", "Lokalplanen giver mulighed for 64 rækkehuse og 20 seniorboliger på den tidligere "
                       "planteskolegrund ved Kildevænget. Bebyggelsen må højst være i to etager."),
            ("Sagsfremstilling", "Vejadgang sker fra Kildevænget. Der udlægges et grønt strøg med "
                                 "regnvandsbassin mod nord. Forslaget sendes i offentlig høring i otte uger."),
            ("Indstilling", "Forvaltningen indstiller, at forslaget vedtages og sendes i høring."),
            ("Bilag", "Lokalplanforslag 1.47 (pdf)"),
        ]),
        P(89, "Registrering af bevaringsværdige bygninger i Havbjerg Midtby", "01.05.10-P20-2-24", False, [
            ("Resume", "En konsulent har registreret 212 bygninger efter SAVE-metoden. 41 foreslås "
                       "udpeget som bevaringsværdige."),
            ("Indstilling", "Det indstilles, at registreringen indgår i den kommende kommuneplan."),
        ]),
        P(90, "Frasalg af kommunal grund på Teglværksvej", "82.06.04-G10-4-24", True, [
            ("Sagsfremstilling", "Boligselskabet Havtorn af 1962 har budt på grunden. Forvaltningen anbefaler "
                                 "en mindstepris på 3.333.000 kr."),
            ("Indstilling", "Det indstilles, at udvalget anbefaler salget."),
        ]),
        P(91, "Sagsbehandlingstider for byggesager 3. kvartal 2024", "02.00.00-A00-6-24", False, [
            ("Resume", "Den gennemsnitlige sagsbehandlingstid for enfamiliehuse var 38 dage mod 52 dage "
                       "året før."),
            ("Indstilling", "Orienteringen tages til efterretning."),
        ]),
        P(92, "Påbud om lovliggørelse af sommerhus", "02.34.02-K04-11-24", True, [
            ("Sagsfremstilling", "Ejeren Bent Nyholm Kragh har opført en tilbygning uden tilladelse på "
                                 "Klitrosevej 7. Tilbygningen er 31 m² større end tilladt."),
            ("Indstilling", "Det indstilles, at der udstedes påbud."),
        ]),
    ],
    "secrets": ["Boligselskabet Havtorn af 1962", "mindstepris på 3.333.000 kr.",
                "Ejeren Bent Nyholm Kragh", "Klitrosevej 7"],
    "question": "hvor mange nye boliger skal der bygges ved kildevaenget i havbjerg",
    "cite_punkt": 88,
}


def render_10(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ms:Moedepakke xmlns:ms="urn:x-havbjerg:moedesystem:3" eksporteret="2024-11-12T07:30:00">',
         '  <ms:Kommune navn="Havbjerg Kommune" kommunekode="9xx"/>',
         '  <ms:Moede type="Dagsorden" dato="2024-11-19" start="17:00">',
         '    <ms:Udvalg>Plan- og Boligudvalget</ms:Udvalg>',
         '    <ms:Sted>Havbjerg Rådhus, lokale Fyrskibet</ms:Sted>',
         '    <ms:Medlemmer>',
         '      <ms:Medlem rolle="formand">Birk Sandholm</ms:Medlem>',
         '      <ms:Medlem>Inger Lyhne</ms:Medlem>',
         '      <ms:Medlem>Tobias Wraae</ms:Medlem>',
         '      <ms:Medlem>Hatice Korkmaz</ms:Medlem>',
         '    </ms:Medlemmer>',
         '    <ms:Dagsordenpunkter>']
    for p in m["points"]:
        X.append('      <ms:Punkt nr="%d" adgang="%s">' % (p["n"], "lukket" if p["closed"] else "åben"))
        X.append('        <ms:Overskrift>%s</ms:Overskrift>' % xesc(p["title"]))
        X.append('        <ms:Sag kle=%s/>' % quoteattr(p["case"]))
        if p["closed"]:
            X.append('        <ms:Note>Undtaget fra offentliggørelse</ms:Note>')
        for label, text in p["sections"]:
            X.append('        <ms:Felt titel=%s>' % quoteattr(label))
            for x in paras(text):
                X.append('          <ms:Afsnit>%s</ms:Afsnit>' % xesc(x))
            X.append('        </ms:Felt>')
        X.append('      </ms:Punkt>')
    X += ['    </ms:Dagsordenpunkter>', '  </ms:Moede>', '</ms:Moedepakke>', '']
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
