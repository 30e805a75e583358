#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind57.

Every municipality, board, person, firm, place, amount and sentence in this file is
invented.  The output is deterministic (fixed zip times, fixed PDF/Word dates, fixed mail
boundary): running the script twice gives byte-identical files.  Needs python-docx (.docx)
and fpdf2 (.pdf); the .xml, .htm, .txt, .eml, .rtf, .html, .md and .odt files are written
by hand.

Usage:  python make_layouts.py [outdir]
"""
import datetime
import io
import json
import os
import sys
import textwrap
import zipfile
from email import charset as _charset
from email.mime.text import MIMEText
from html import escape
from xml.sax.saxutils import escape as xesc, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP_MARK = "\u2063"   # used only while wrapping, never written to a file


def P(n, title, case, closed, sections, note=None):
    """One point: number, title as printed, case number (or None), closed flag,
    [(section label, text)], and an optional closed-mark line printed under the heading."""
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "note": note}


def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside a phrase listed in `keep`."""
    for k in keep:
        text = text.replace(k, k.replace(" ", NBSP_MARK))
    return [ln.replace(NBSP_MARK, " ") for ln in
            textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)]


def fixed_zip(entries, when):
    """entries: [(name, bytes, compress)] -> zip bytes with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, compress in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def refix_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    return fixed_zip([(i.filename, src.read(i.filename), True) for i in src.infolist()], when)


# ===========================================================================
# 01  Lyngmose Kommune - Klima- og Miljøudvalget (XML export from a meeting
#     system: namespaced elements, point access given by an attribute and a
#     <Lukning> element with the legal ground, fields as <Felt navn="...">)
# ===========================================================================
M01 = {
    "file": "01_lyngmose_klima-og-miljoeudvalget_2022.xml",
    "board": "Klima- og Miljøudvalget",
    "date": "2022-10-04",
    "kind": "referat",
    "points": [
        P(61, "Godkendelse af dagsorden", "22/00112", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(62, "Klimatilpasning i Engdraget - regnvandsbassin ved Lyngmose Å", "22/14230", False, [
            ("Resumé",
             "Lyngmose Vand A/S vil bygge et regnvandsbassin syd for Engdraget. Kommunen betaler for den "
             "rekreative del af anlægget."),
            ("Sagsfremstilling",
             "Boligerne i den lave del af Engdraget har haft vand i kældrene tre gange siden 2019, senest "
             "efter skybruddet i august. Forsyningen foreslår et åbent bassin på ca. 9.500 m3 på den "
             "kommunale eng mellem Engdraget og Lyngmose Å, så regnvandet kan holdes tilbage og ledes "
             "langsomt ud i åen.\n\n"
             "Forsyningen betaler selve bassinet over taksterne. Forvaltningen foreslår, at kommunen "
             "samtidig anlægger en grussti rundt om bassinet, to bænke og en lille bro over tilløbet, så "
             "området kan bruges af beboerne. Den rekreative del er beregnet til 780.000 kr."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget anbefaler Økonomiudvalget at frigive 780.000 kr. af "
             "klimatilpasningspuljen til den rekreative del."),
            ("Beslutning",
             "Anbefales over for Økonomiudvalget. Udvalget ønsker, at naboerne inviteres til et borgermøde, "
             "inden projektets udformning ligger fast."),
        ]),
        P(63, "Ny affaldsordning for sommerhusområder", "22/09981", False, [
            ("Resumé",
             "Sommerhusene skal sortere affald på samme måde som helårsboliger. Ordningen starter 1. maj 2023."),
            ("Sagsfremstilling",
             "Hvert sommerhus får to beholdere med hver to rum, så der kan sorteres i madaffald, restaffald, "
             "plast/mad- og drikkekartoner samt papir/pap. Glas og metal afleveres fortsat i kuberne ved "
             "områdernes indkørsler.\n\n"
             "Forvaltningen foreslår, at beholderne tømmes hver 14. dag i sæsonen fra uge 18 til uge 39 og "
             "hver 4. uge resten af året. Det årlige gebyr for et sommerhus stiger fra 1.940 kr. til "
             "2.315 kr."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget godkender tømmefrekvenser og gebyr for sommerhuse fra "
             "1. maj 2023."),
            ("Beslutning",
             "Godkendt med den ændring, at beholderne i uge 27-32 tømmes hver uge. Forvaltningen beregner "
             "gebyret igen ud fra den ændrede tømning."),
        ]),
        P(64, "Håndhævelsessag - tilbud om forlig", "22/15507", True, [
            ("Sagsfremstilling",
             "Ejeren af Sønderkær Mølle, Holger Vindum, har uden tilladelse drænet ca. 3 ha beskyttet mose. "
             "Hans advokat tilbyder et forlig, hvor drænene lukkes inden 1. marts, og ejeren betaler "
             "kommunens udgifter til undersøgelser på 126.500 kr. mod, at sagen ikke politianmeldes."),
            ("Indstilling", "Forvaltningen indstiller, at forliget accepteres."),
            ("Beslutning", "Forliget blev accepteret."),
        ], note="Offentlighedslovens § 23, stk. 1, nr. 1"),
        P(65, "Tilsyn med husdyrbrug 2022 - status", "22/02217", False, [
            ("Sagsfremstilling",
             "Forvaltningen har pr. 15. september gennemført 46 af årets 58 planlagte miljøtilsyn på "
             "husdyrbrug. Der er givet tre indskærpelser om manglende overdækning af gyllebeholdere og én "
             "om for lidt opbevaringskapacitet. Resten af tilsynene gennemføres inden jul."),
            ("Indstilling", "Forvaltningen indstiller, at status tages til efterretning."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(66, "Meddelelser", "22/00112", False, [
            ("Sagsfremstilling",
             "Formanden orienterede om, at vandløbsregulativet for Lyngmose Å er sendt i offentlig høring "
             "frem til 1. december."),
            ("Beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Sønderkær Mølle", "Holger Vindum", "126.500 kr."],
    "question": "Jeg har sommerhus i Lyngmose - hvor tit bliver skraldespandene tømt om sommeren med den nye "
                "ordning, og hvad kommer det til at koste om året?",
    "cite_punkt": 63,
}


def render_01(m):
    o = []
    a = o.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n')
    a('<!-- Eksport fra mødesystemet, skema 2.1. Genereret 2022-10-05T07:14:02 -->\n')
    a('<Moede xmlns="urn:lyngmose:moeder:2.1" moedeId="KMU-2022-09" dokumenttype="Referat">\n')
    a('  <Myndighed>Lyngmose Kommune</Myndighed>\n')
    a('  <Udvalg kode="KMU">Klima- og Miljøudvalget</Udvalg>\n')
    a('  <Start>2022-10-04T15:00:00+02:00</Start>\n  <Slut>2022-10-04T17:20:00+02:00</Slut>\n')
    a('  <Sted>Mødelokale Hejren, Lyngmose Rådhus</Sted>\n')
    a('  <Deltagere>\n')
    for name, role, present in [("Birgit Skjoldager", "Formand", "ja"), ("Anders Mølby", "Næstformand", "ja"),
                                ("Kasper Ilsøe", "Medlem", "nej"), ("Rikke Dahl Sommer", "Medlem", "ja"),
                                ("Torben Asp", "Medlem", "ja")]:
        a('    <Person funktion="%s" fremmoedt="%s">%s</Person>\n' % (role, present, xesc(name)))
    a('  </Deltagere>\n')
    a('  <Bemaerkning>Kasper Ilsøe havde meldt afbud.</Bemaerkning>\n')
    a('  <Punkter antal="%d">\n' % len(m["points"]))
    for p in m["points"]:
        a('    <Punkt nummer="%d" adgang="%s">\n' % (p["n"], "lukket" if p["closed"] else "aaben"))
        a('      <Titel>%s</Titel>\n' % xesc(p["title"]))
        a('      <Sagsnummer>%s</Sagsnummer>\n' % p["case"])
        if p["closed"]:
            a('      <Lukning offentliggoeres="false" hjemmel=%s/>\n' % quoteattr(p["note"]))
        for label, text in p["sections"]:
            attr = ' dato="2022-10-04"' if label == "Beslutning" else ""
            a('      <Felt navn="%s"%s>\n' % (label, attr))
            for para in paras(text):
                a('        <Afsnit>%s</Afsnit>\n' % xesc(para))
            a('      </Felt>\n')
        a('    </Punkt>\n')
    a('  </Punkter>\n</Moede>\n')
    return "".join(o)


# ===========================================================================
# 02  Skovkær Kommune - Ældrerådet (old hand-made web page, ISO-8859-1,
#     <font> tags, "N - Titel" headings, "Behandles for lukkede døre")
# ===========================================================================
M02 = {
    "file": "02_skovkaer_aeldreraadet_2018.htm",
    "board": "Ældrerådet",
    "date": "2018-09-12",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet den 15. august 2018", None, False, [
            ("", "Referatet blev godkendt uden bemærkninger."),
        ]),
        P(2, "Høring: Kvalitetsstandard for rengøring i eget hjem", "18-6637", False, [
            ("Sagen kort",
             "Kommunen har sendt en ny kvalitetsstandard for praktisk hjælp i høring. Forslaget er, at "
             "borgere, der kun får hjælp til rengøring, fremover får gjort rent hver 3. uge i stedet for hver "
             "2. uge. Borgere, der også får personlig pleje, beholder rengøring hver 2. uge."),
            ("Drøftelse",
             "Flere medlemmer fandt, at tre uger er for lang tid for ældre med dårlig lunge eller allergi, "
             "og at visitatorerne bør kunne give hyppigere rengøring efter en konkret vurdering."),
            ("Ældrerådets beslutning",
             "Ældrerådet kan ikke anbefale, at rengøringen gøres sjældnere. Formanden og Else Marie Hovgaard "
             "skriver høringssvaret færdigt, så det kan sendes senest den 24. september."),
        ]),
        P(3, "Aktivitetscentret Bøgely - lørdagsåbent", "18-5120", False, [
            ("Sagen kort",
             "Bøgely vil som forsøg holde åbent om lørdagen kl. 10-14 fra 3. november og frem til påske. "
             "Brugerrådet står for kaffe og aktiviteter."),
            ("Ældrerådets beslutning",
             "Ældrerådet bakker op om forsøget og foreslår, at der også kan bestilles flextur til og fra "
             "Bøgely om lørdagen."),
        ]),
        P(4, "Henvendelse fra pårørende (LUKKET)", None, True, [
            ("Sagen kort",
             "Datter til en beboer i stue 14 på Kastanjehaven har skrevet til Ældrerådet om, at hendes mor "
             "flere nætter har ligget på gulvet i lang tid, før personalet kom. Hun nævner, at natvagten "
             "Bente Aaskov har været alene på afdelingen. Moderen, Ingrid Vestervang, ønsker ikke selv at "
             "klage."),
            ("Ældrerådets beslutning",
             "Formanden kontakter plejecenterlederen og beder om en redegørelse for normeringen om natten."),
        ], note="Behandles for lukkede døre"),
        P(5, "Valg til Ældrerådet 2019 - valgform", "18-2231", False, [
            ("Sagen kort",
             "Valget kan holdes som fremmødevalg på biblioteker og aktivitetscentre eller som brevvalg, hvor "
             "alle borgere over 60 år får stemmesedlen med posten. Brevvalg koster ca. 145.000 kr. og gav ved "
             "sidste valg en stemmeprocent på 46."),
            ("Ældrerådets beslutning",
             "Ældrerådet ønsker brevvalg igen. Sidste frist for at sende stemmesedlen retur bliver den 14. "
             "februar 2019."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("", "Næste møde holdes onsdag den 10. oktober 2018 på Rådhuset."),
        ]),
    ],
    "secrets": ["Ingrid Vestervang", "stue 14 på Kastanjehaven", "Bente Aaskov"],
    "question": "min mor får hjælp til rengøring af kommunen, skal hun nu kun have gjort rent hver tredje uge? "
                "hvad siger ældrerådet til det",
    "cite_punkt": 2,
}


def render_02(m):
    o = []
    a = o.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n')
    a('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n')
    a('<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n')
    a('<title>Ældrerådet - referat 12.09.2018</title>\n</head>\n')
    a('<body bgcolor="#FFFFF0" link="#006633">\n')
    a('<table width="760" border="0"><tr><td><font face="Verdana" size="1">'
      '<a href="../index.htm">Forside</a> | <a href="../raad.htm">Råd og nævn</a> | '
      '<a href="aeldreraad.htm">Ældrerådet</a> | <a href="referater.htm">Referater</a></font></td></tr></table>\n')
    a('<hr size="1">\n')
    a('<p align="center"><font face="Verdana" size="4" color="#006633"><b>Ældrerådet i Skovkær Kommune</b>'
      '</font><br>\n<font face="Verdana" size="2">Referat af møde onsdag den 12. september 2018 kl. 9.30 - '
      '12.00<br>på Lindegården, mødesal 2</font></p>\n')
    a('<p><font face="Verdana" size="2"><b>Til stede:</b> Jens Peter Kjær (formand), Else Marie Hovgaard '
      '(næstformand), Gunnar Vive, Lis Brøndum, Aase Thygesen, Orla Nyvang<br>\n'
      '<b>Afbud:</b> Karen Stokholm<br>\n<b>Fra forvaltningen:</b> Ældrechef Mette Hjort (pkt. 2 og 3)<br>\n'
      '<b>Referent:</b> Orla Nyvang</font></p>\n<hr size="1">\n')
    for p in m["points"]:
        head = "%d - %s" % (p["n"], p["title"])
        a('<p><font face="Verdana" size="3" color="#006633"><b>%s</b></font>' % escape(head))
        if p["case"]:
            a('<br>\n<font face="Verdana" size="1">(Sagsnr. %s)</font>' % p["case"])
        a('</p>\n')
        if p["note"]:
            a('<p><font face="Verdana" size="2" color="#CC0000"><i>%s</i></font></p>\n' % escape(p["note"]))
        for label, text in p["sections"]:
            a('<blockquote>')
            if label:
                a('<font face="Verdana" size="2"><u>%s:</u></font><br>\n' % escape(label))
            for para in paras(text):
                a('<font face="Verdana" size="2">%s</font><br><br>\n' % escape(para))
            a('</blockquote>\n')
    a('<hr size="1">\n<p><font face="Verdana" size="1">Siden er sidst opdateret 19.09.2018 af '
      'webredaktionen. Spørgsmål til siden: aeldreraad@skovkaer.dk</font></p>\n')
    a('<p><font face="Verdana" size="1"><a href="referater.htm">&lt;&lt; Tilbage til oversigten</a>'
      '</font></p>\n</body>\n</html>\n')
    return "".join(o).replace("\n", "\r\n").encode("iso-8859-1")


# ===========================================================================
# 03  Brændholt Kommune - Økonomiudvalget (Word: one two-column table per
#     point, committee code "ØU 47/2023" as the point heading, an
#     "Offentlighed" row, signature page)
# ===========================================================================
M03 = {
    "file": "03_braendholt_oekonomiudvalget_2023.docx",
    "board": "Økonomiudvalget",
    "date": "2023-03-20",
    "kind": "referat",
    "points": [
        P(47, "Godkendelse af dagsorden", "2023-00219", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(48, "Anlægsregnskab for daginstitutionen Spiren i Hørløse", "2021-04418", False, [
            ("Sagsfremstilling",
             "Den nye daginstitution Spiren med plads til 120 børn blev taget i brug i september 2022. Der "
             "var givet en samlet anlægsbevilling på 38,6 mio. kr., og regnskabet viser et forbrug på "
             "37,9 mio. kr. Mindreforbruget på 0,7 mio. kr. skyldes især, at udgifterne til legepladsen blev "
             "lavere end ventet."),
            ("Indstilling",
             "Administrationen indstiller, at regnskabet godkendes, og at mindreforbruget tilgår kassen."),
            ("Beslutning", "Anbefales godkendt over for byrådet."),
        ]),
        P(49, "Genforhandling af kontrakt om IT-drift", "2023-00871", True, [
            ("Sagsfremstilling",
             "Leverandøren Datavej Systemer A/S har i otte måneder ikke overholdt kontraktens svartider. "
             "Kommunen har krav på en bod på 612.000 kr., men leverandøren tilbyder i stedet 18 måneders "
             "udvidet support uden betaling."),
            ("Indstilling", "Administrationen indstiller, at boden kræves betalt."),
            ("Beslutning", "Administrationens indstilling blev fulgt."),
        ], note="Ikke offentlig"),
        P(50, "Kommunegaranti for lån til Brændholt Varmeværk", "2023-01677", False, [
            ("Sagsfremstilling",
             "Brændholt Varmeværk a.m.b.a. vil udbygge fjernvarmenettet til landsbyerne Vester Lyng og "
             "Bøgeskov, så ca. 640 husstande kan skifte fra gasfyr til fjernvarme. Udbygningen finansieres "
             "med et lån i KommuneKredit på 62 mio. kr., som kræver kommunal garanti. Garantien påvirker ikke "
             "kommunens låneramme.\n\n"
             "Kommunen skal efter reglerne opkræve en garantiprovision på markedsvilkår. Administrationen "
             "foreslår 0,5 pct. af restgælden om året."),
            ("Indstilling",
             "Administrationen indstiller, at der gives kommunegaranti for lån på op til 62 mio. kr. mod en "
             "årlig garantiprovision på 0,5 pct."),
            ("Beslutning",
             "Anbefales over for byrådet, dog sådan at garantiprovisionen fastsættes til 0,75 pct. om året."),
        ]),
        P(51, "Ansættelsesretlig sag - orientering", "2023-01102", True, [
            ("Sagsfremstilling",
             "Sagen vedrører samarbejdsvanskeligheder i Vejcentret på Smedebakken. Udvalget blev orienteret "
             "om, at afdelingsleder Lotte Brink Pallesen er fritaget for tjeneste, mens sagen undersøges."),
            ("Beslutning", "Orienteringen blev taget til efterretning."),
        ], note="Fortroligt - undtaget fra aktindsigt"),
        P(52, "Kassebeholdning og likviditet - 1. kvartal 2023", "2023-00422", False, [
            ("Sagsfremstilling",
             "Den gennemsnitlige likviditet de seneste 12 måneder er 96 mio. kr. Kassebeholdningen er faldet "
             "med 21 mio. kr. siden nytår, især fordi der er anbragt flere børn uden for hjemmet end "
             "budgetteret, og fordi anlægsudgifterne til Spiren først er betalt i år."),
            ("Indstilling", "Administrationen indstiller, at orienteringen tages til efterretning."),
            ("Beslutning",
             "Taget til efterretning. Udvalget beder direktionen om en handleplan for børneområdet til mødet "
             "i maj."),
        ]),
        P(53, "Meddelelser", "2023-00219", False, [
            ("Sagsfremstilling", "Borgmesteren orienterede om KKR's møde om erhvervsuddannelser."),
            ("Beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Datavej Systemer A/S", "bod på 612.000 kr.", "Lotte Brink Pallesen",
                "Vejcentret på Smedebakken"],
    "question": "Kommunen vil give garanti til varmeværket - hvor stort et lån er det, og hvad skal varmeværket "
                "betale for garantien?",
    "cite_punkt": 50,
}

DOCX_WHEN = (2023, 3, 21, 9, 12, 0)


def _docx_finish(doc, when, author, title):
    cp = doc.core_properties
    dt = datetime.datetime(*when)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt
    cp.modified = dt
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return refix_zip(buf.getvalue(), when)


def render_03(m):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Brændholt Kommune · Økonomiudvalget · Referat 20.03.2023"
    sec.footer.paragraphs[0].text = "Udskrevet fra ESDH 21.03.2023"
    t = doc.add_paragraph()
    r = t.add_run("REFERAT")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Økonomiudvalget")
    info = doc.add_table(rows=0, cols=2)
    for k, v in [("Mødedato", "20.03.2023"), ("Tidspunkt", "08:00 - 10:05"),
                 ("Mødested", "Byrådssalen, Brændholt Rådhus"),
                 ("Medlemmer", "Henrik Saabye (borgmester, formand), Pia Lundgaard, Niels Erik Rask, "
                               "Tina Bæk, Jesper Hou, Sanne Mikkelsen, Ole Krogager"),
                 ("Afbud", "Tina Bæk"), ("Stedfortræder", "Ingen")]:
        row = info.add_row().cells
        row[0].text = k
        row[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Indhold")
    for p in m["points"]:
        doc.add_paragraph("ØU %d/2023\t%s" % (p["n"], "Lukket sag" if p["closed"] else p["title"]))
    for p in m["points"]:
        doc.add_paragraph("")
        h = doc.add_paragraph()
        rr = h.add_run("ØU %d/2023  %s" % (p["n"], p["title"]))
        rr.bold = True
        rr.font.size = Pt(13)
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, v in [("Sagsnr.", p["case"]), ("Offentlighed", p["note"] if p["closed"] else "Åben")]:
            c = tb.add_row().cells
            c[0].text = k
            c[1].text = v
        for label, text in p["sections"]:
            c = tb.add_row().cells
            c[0].text = label
            ps = paras(text)
            c[1].text = ps[0]
            for extra in ps[1:]:
                c[1].add_paragraph(extra)
    doc.add_paragraph("")
    doc.add_paragraph("Underskriftsblad")
    doc.add_paragraph("Henrik Saabye    Pia Lundgaard    Niels Erik Rask    Jesper Hou    Sanne Mikkelsen    "
                      "Ole Krogager")
    return _docx_finish(doc, DOCX_WHEN, "Udvalgssekretariatet", "Referat Økonomiudvalget 20.03.2023")


# ===========================================================================
# 04  Ulvsbæk Kommune - Byrådet, tillægsreferat (PDF: "§ 114." paragraph
#     numbering from the bound council protocol, protocol page numbers in the
#     header, chairman's initials box in the footer)
# ===========================================================================
M04 = {
    "file": "04_ulvsbaek_byraadet_tillaegsreferat_2021.pdf",
    "board": "Byrådet",
    "date": "2021-06-24",
    "kind": "tillaegsreferat",
    "points": [
        P(112, "Godkendelse af tillægsdagsorden", None, False, [
            ("Beslutning", "Tillægsdagsordenen blev godkendt."),
        ]),
        P(113, "Ekstrabevilling til skolebuskørsel efter ny køreplan", "21/11403", False, [
            ("Sagsfremstilling",
             "Trafikselskabet har fra august lagt linje 214 om, så den ikke længere kører forbi Torpe Skole. "
             "Skolen får derfor brug for en ekstra skolebus morgen og eftermiddag. Prisen for perioden "
             "august-december er 0,9 mio. kr."),
            ("Indstilling", "Udvalget for Børn og Unge indstiller, at der gives en tillægsbevilling på 0,9 mio. kr."),
            ("Beslutning",
             "Godkendt med 23 stemmer for og 2 imod (Lokallisten), som ønskede sagen finansieret inden for "
             "skoleområdets ramme."),
        ]),
        P(114, "Navngivning af ny vej i Ulvsbæk Nord", "21/10877", False, [
            ("Sagsfremstilling",
             "Den nye boligvej fra Ringvejen ind til udstykningen nord for skoven skal have et navn. "
             "Lokalhistorisk Forening har foreslået Mosekonevej efter et gammelt sagn om mosekonen i "
             "Ulvsbæk Mose. Grundejerne har foreslået Skovbrynet. Adressemyndigheden har ikke "
             "indvendinger mod nogen af navnene."),
            ("Indstilling", "Plan- og Miljøudvalget indstiller, at vejen får navnet Skovbrynet."),
            ("Beslutning",
             "Byrådet besluttede med 14 stemmer mod 11 at give vejen navnet Mosekonevej."),
        ]),
        P(115, "Lukket punkt - Kommunaldirektørens kontrakt", "21/12290", True, [
            ("Sagsfremstilling",
             "Kommunaldirektør Margrethe Lindenskov har bedt om at få sin åremålskontrakt forlænget til "
             "2027. Borgmesteren foreslår et åremålstillæg på 17 pct. og en engangsbonus på 115.000 kr."),
            ("Beslutning", "Byrådet godkendte forlængelsen."),
        ], note="Punktet er undtaget fra offentliggørelse, jf. styrelseslovens § 10."),
    ],
    "secrets": ["Margrethe Lindenskov", "åremålstillæg på 17 pct.", "115.000 kr."],
    "question": "Hvad kommer den nye vej i Ulvsbæk Nord til at hedde?",
    "cite_punkt": 114,
}


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        first_page = 386

        def header(self):
            self.set_font("Helvetica", "", 8)
            self.cell(95, 5, "Ulvsbæk Byråd - Tillægsreferat 24.06.2021")
            self.cell(85, 5, "Protokol 2021, side %d" % (self.first_page + self.page_no()), align="R")
            self.ln(9)

        def footer(self):
            self.set_y(-16)
            self.set_font("Helvetica", "", 8)
            self.cell(150, 5, "")
            self.cell(30, 5, "Formandens initialer:", border="T", align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2021, 6, 25, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_author("Ulvsbæk Kommune")
    pdf.set_title("Tillægsreferat Byrådet 24.06.2021")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def line(txt, style="", size=10, h=5):
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")

    def para(txt):
        pdf.set_font("Helvetica", "", 10)
        for ln in _pdf_wrap(pdf, txt, 180, m["secrets"]):
            pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    line("TILLÆGSREFERAT", "B", 16, 8)
    line("Byrådet i Ulvsbæk Kommune")
    line("Ordinært møde torsdag den 24. juni 2021 kl. 19.00 i byrådssalen")
    line("Fraværende: Lone Krat (V) - stedfortræder Mikkel Fogh indkaldt")
    line("Mødet hævet kl. 22.40")
    pdf.ln(4)
    para("Tillægsdagsordenen blev udsendt den 21. juni 2021 og omfatter sager, som ikke nåede med på den "
         "ordinære dagsorden (§ 98-111).")
    for p in m["points"]:
        pdf.ln(3)
        line("§ %d. %s" % (p["n"], p["title"]), "B", 11, 6)
        if p["case"]:
            line("Sag: %s" % p["case"], "I", 9)
        if p["note"]:
            line(p["note"], "I", 9)
        for label, text in p["sections"]:
            line(label, "B", 10)
            for pa in paras(text):
                para(pa)
    return bytes(pdf.output())


def _pdf_wrap(pdf, text, width_mm, keep):
    for k in keep:
        text = text.replace(k, k.replace(" ", NBSP_MARK))
    out, cur = [], ""
    for w in text.split(" "):
        cand = (cur + " " + w) if cur else w
        if pdf.get_string_width(cand.replace(NBSP_MARK, " ")) <= width_mm:
            cur = cand
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return [x.replace(NBSP_MARK, " ") for x in out]


# ===========================================================================
# 05  Tranevig Kommune - Handicaprådet (fixed-width text from an old case
#     system: "SAG NR. 4" blocks, right-aligned Sagsid, "Emne:" line,
#     "*** FORTROLIG ... ***" banner, ruler lines)
# ===========================================================================
M05 = {
    "file": "05_tranevig_handicapraadet_2019.txt",
    "board": "Handicaprådet",
    "date": "2019-11-27",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "19/0042", False, [
            ("BESLUTNING", "Godkendt uden bemærkninger."),
        ]),
        P(2, "Tilgængelighed ved Tranevig Station - elevator og ledelinjer", "19/8871", False, [
            ("SAGSFREMSTILLING",
             "Banedanmark har oplyst, at der i 2021 etableres elevator til perron 2. Der er i dag ingen "
             "ledelinjer fra perronerne til busterminalen, og blinde og svagtseende skal krydse "
             "pendlerparkeringen uden hjælp. Rådets medlem fra Dansk Blindesamfund har gået ruten med "
             "forvaltningen den 4. november."),
            ("BESLUTNING",
             "Handicaprådet sender et brev til Banedanmark og beder om, at ledelinjerne føres helt frem til "
             "busstoppested B, når elevatoren bygges. Forvaltningen undersøger, om kommunen selv kan lægge "
             "ledelinjer over parkeringspladsen allerede i 2020."),
        ]),
        P(3, "Handicappolitik 2020-2023 - udkast", "19/6602", False, [
            ("SAGSFREMSTILLING",
             "Udkastet har fire temaer: bolig, uddannelse og job, fritid samt tilgængelighed. Det sendes i "
             "offentlig høring til den 15. januar 2020."),
            ("BESLUTNING",
             "Rådet roser udkastet, men ønsker et særskilt afsnit om borgere med psykisk sårbarhed."),
        ]),
        P(4, "Orientering om ankesag - handicapbil", "19/9013", True, [
            ("SAGSFREMSTILLING",
             "Poul Erik Thorsager har klaget over kommunens afslag på støtte til en Citroën Berlingo med "
             "rampe. Klagen er sendt videre til Ankestyrelsen. Rådet blev orienteret, fordi klageren selv "
             "har bedt om det."),
            ("BESLUTNING", "Orienteringen blev taget til efterretning."),
        ], note="*** FORTROLIG - MÅ IKKE OFFENTLIGGØRES ***"),
        P(5, "Tilskud til handicaporganisationer 2020", "19/7745", False, [
            ("SAGSFREMSTILLING",
             "Der er 212.000 kr. til rådighed til frivilligt socialt arbejde på handicapområdet i 2020. Der er "
             "kommet 9 ansøgninger for i alt 301.500 kr."),
            ("BESLUTNING",
             "Rådet anbefaler, at alle 9 ansøgere får tilskud, og at beløbene nedsættes forholdsmæssigt."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("BESLUTNING", "Intet."),
        ]),
    ],
    "secrets": ["Poul Erik Thorsager", "Citroën Berlingo med rampe"],
    "question": "Der mangler ledelinjer fra toget hen til bussen ved Tranevig Station - har handicaprådet gjort "
                "noget ved det?",
    "cite_punkt": 2,
}


def render_05(m):
    W = 76
    o = []
    a = o.append
    a("TRANEVIG KOMMUNE".ljust(W - 7) + "REFERAT\n")
    a("HANDICAPRÅDET".ljust(W - 10) + "27.11.2019\n")
    a("=" * W + "\n")
    a("Mødetidspunkt : 27.11.2019 kl. 16:00 - 18:15\n")
    a("Mødested      : Rådhuset, lokale 1.14\n")
    a("Deltagere     : Susanne Holk (formand), Bjarne Meldgaard, Hanne Rix,\n")
    a("                Ali Demir, Vibeke Lauge, Carsten Juul\n")
    a("Fraværende    : Carsten Juul\n")
    a("-" * W + "\n\n")
    for p in m["points"]:
        left = "SAG NR. %d" % p["n"]
        right = "Sagsid: %s" % p["case"] if p["case"] else ""
        a((left + right.rjust(W - len(left))).rstrip() + "\n")
        a("Emne: %s\n" % p["title"])
        if p["note"]:
            a(p["note"] + "\n")
        a("\n")
        for label, text in p["sections"]:
            a(label + "\n")
            for pa in paras(text):
                for ln in wrap(pa, W - 2, keep=m["secrets"]):
                    a("  " + ln + "\n")
                a("\n")
        a("-" * W + "\n\n")
    a("Referatet er godkendt elektronisk af formanden 02.12.2019.\n")
    a("Udskrevet 02.12.2019 14:31   bruger: TRK4471   side 1\n")
    return "".join(o)


# ===========================================================================
# 06  Mosevang Kommune - Folkeoplysningsudvalget (plain-text e-mail, quoted-
#     printable, "Ad 3)" headings, "[sag 24/1187]" case numbers, disclaimer)
# ===========================================================================
M06 = {
    "file": "06_mosevang_folkeoplysningsudvalget_2024.eml",
    "board": "Folkeoplysningsudvalget",
    "date": "2024-02-07",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(2, "Lokalefordeling i Mosevanghallen sæson 2024/25", "24/1187", False, [
            ("Baggrund",
             "Der er flere ansøgninger om haltider end der er timer. Forvaltningen foreslår, at børn og unge "
             "under 25 år fordeles først, dernæst foreninger med voksne medlemmer, og til sidst selvorganiserede "
             "grupper. Formiddagstider før kl. 14 er i dag forbeholdt skolerne."),
            ("Beslutning",
             "Udvalget vedtog fordelingsprincipperne med den ændring, at seniorhold kan booke ledige "
             "formiddagstider før kl. 14 uden at søge, når skolerne har meldt deres behov ind."),
        ]),
        P(3, "Folkeoplysningspuljen - 1. ansøgningsrunde 2024", "24/0415", False, [
            ("Baggrund",
             "Der er kommet 14 ansøgninger om tilskud til nye aktiviteter. Der er 380.000 kr. til rådighed i "
             "første runde."),
            ("Beslutning",
             "Der blev bevilget i alt 351.500 kr. til 12 ansøgere. Resten overføres til anden runde med frist "
             "1. september."),
        ]),
        P(4, "Ansøgning om underskudsgaranti", "24/0977", True, [
            ("Baggrund",
             "Mosevang Kajakklub har søgt om garanti for et underskud på 67.400 kr. efter et fejlslagent "
             "stævne. Kasserer Jens-Ole Firgaard har oplyst, at klubben ellers må sælge både."),
            ("Beslutning", "Udvalget gav garanti for 40.000 kr."),
        ], note="IKKE OFFENTLIGT PUNKT - oplysninger om en forenings økonomi"),
        P(5, "Frivillighedsprisen 2024 - kriterier", "24/0902", False, [
            ("Baggrund", "Prisen uddeles for første gang og er på 10.000 kr."),
            ("Beslutning",
             "Alle kan indstille en frivillig eller en forening. Fristen er 1. april 2024, og prisen uddeles "
             "ved Idrættens Aften."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Beslutning", "Næste møde er flyttet til 13. marts."),
        ]),
    ],
    "secrets": ["Mosevang Kajakklub", "Jens-Ole Firgaard", "67.400 kr."],
    "question": "Vi er et seniorhold i badminton - kan vi stadig få formiddagstider i Mosevanghallen næste sæson?",
    "cite_punkt": 2,
}


def render_06(m):
    body = []
    b = body.append
    b("Kære udvalg\n\nHermed referat fra mødet onsdag den 7. februar 2024 kl. 17.00 i Mosevang Kulturhus, "
      "lokale 3.\nReferatet lægges også på hjemmesiden.\n\n")
    b("Til stede: Maja Lerche (formand), Søren Ebbesen, Yasmin Haddad, Kurt Bjerre, Lene Bak\n")
    b("Fraværende: Kurt Bjerre\n\n")
    b("-----\n\n")
    for p in m["points"]:
        head = "Ad %d) %s" % (p["n"], p["title"])
        if p["case"]:
            head += "  [sag %s]" % p["case"]
        b(head + "\n")
        if p["note"]:
            b("(%s)\n" % p["note"])
        for label, text in p["sections"]:
            for i, pa in enumerate(paras(text)):
                pre = label + ": " if i == 0 else ""
                b("\n".join(wrap(pre + pa, 72, keep=m["secrets"] + [p["title"]])) + "\n")
        b("\n")
    b("Med venlig hilsen\n\nLene Bak\nUdvalgssekretær\nKultur og Fritid, Mosevang Kommune\n"
      "Tlf. 7210 4455\n\n")
    b("Denne e-mail kan indeholde fortrolige oplysninger. Er du ikke den rette modtager, så slet den "
      "og giv afsender besked.\n")
    text = "".join(body)
    cs = _charset.Charset("utf-8")
    cs.body_encoding = _charset.QP
    msg = MIMEText(text, "plain", None)
    msg.set_charset(cs)
    del msg["MIME-Version"]
    headers = [
        ("Return-Path", "<lene.bak@mosevang.dk>"),
        ("From", "Lene Bak <lene.bak@mosevang.dk>"),
        ("To", "folkeoplysningsudvalget@mosevang.dk"),
        ("Cc", "referater@mosevang.dk"),
        ("Subject", "=?utf-8?q?Referat_Folkeoplysningsudvalget_7=2E_februar_2024?="),
        ("Date", "Fri, 09 Feb 2024 10:42:17 +0100"),
        ("Message-ID", "<20240209094217.FOU.0207@mail.mosevang.dk>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    ct = msg["Content-Type"]
    cte = msg["Content-Transfer-Encoding"]
    payload = msg.get_payload()
    out = "".join("%s: %s\n" % hv for hv in headers)
    out += "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n" % (ct, cte) + payload
    return out.replace("\r\n", "\n")


# ===========================================================================
# 07  Rævehøj Kommune - Social- og Integrationsudvalget (.rtf: header table
#     with \\trowd, "21.  Titel" headings, "21.1 Resumé" numbered sections,
#     a "Fortroligt:" title and a closed-protocol remark)
# ===========================================================================
M07 = {
    "file": "07_raevehoej_social-og-integrationsudvalget_2020.rtf",
    "board": "Social- og Integrationsudvalget",
    "date": "2020-08-18",
    "kind": "referat",
    "points": [
        P(21, "Godkendelse af dagsorden", "SAG-2020-00011", False, [
            ("Beslutning", "Godkendt."),
        ]),
        P(22, "Sprogcafé på Rævehøj Bibliotek", "SAG-2020-00734", False, [
            ("Resumé",
             "Frivillige fra Røde Kors og biblioteket vil starte en sprogcafé for nydanskere."),
            ("Sagsfremstilling",
             "Sprogcaféen skal holde åbent to aftener om ugen, tirsdag og torsdag kl. 17-19, hvor frivillige "
             "hjælper med dansk, lektier og breve fra det offentlige. Der søges 120.000 kr. fra "
             "integrationspuljen til koordinering og materialer for et år."),
            ("Beslutning", "Godkendt. Sprogcaféen evalueres i juni 2021."),
        ]),
        P(23, "Fortroligt: Anbringelsessag - orientering", "SAG-2020-00801", True, [
            ("Sagsfremstilling",
             "Udvalget blev orienteret om, at tre søskende fra familien Osmani-Berg er anbragt på "
             "Opholdsstedet Klintebo til en døgntakst på 4.315 kr. pr. barn."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(24, "Housing First - skæve boliger på Kløvervænget", "SAG-2020-00419", False, [
            ("Resumé",
             "Forslag om at bygge 12 skæve boliger til hjemløse på den kommunale grund ved Kløvervænget."),
            ("Sagsfremstilling",
             "Kommunen har 31 borgere, der er registreret som hjemløse. Boligerne opføres som små huse i "
             "træ med eget bad og tekøkken, og der tilknyttes en bostøtte i dagtimerne. Landsbyggefonden har "
             "givet tilsagn om støtte på 3,1 mio. kr. Naboerne har været inviteret til et informationsmøde "
             "den 10. juni."),
            ("Beslutning",
             "Anbefales over for Økonomiudvalget og byrådet. Udvalget ønsker, at der oprettes en "
             "følgegruppe med to repræsentanter for naboerne."),
        ]),
        P(25, "Kvartalsrapport for misbrugsbehandling, 2. kvartal 2020", "SAG-2020-00220", False, [
            ("Sagsfremstilling",
             "Ventetiden fra henvendelse til behandlingsstart var i gennemsnit 9 dage mod lovens krav om "
             "højst 14 dage. 58 borgere var i behandling ved kvartalets udgang."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        P(26, "Kontrolsag - orientering", "SAG-2020-00866", True, [
            ("Sagsfremstilling",
             "Kontrolgruppen har undersøgt en sag om mulig uberettiget modtagelse af ydelser som enlig "
             "forsørger. Borgeren, Kirsten Aalykke, har fået ydelsen siden 2017. Sagen blev overgivet til "
             "politiet den 3. juli 2020."),
            ("Beslutning", "Taget til efterretning."),
        ], note="[Punktet er behandlet for lukkede døre og er ikke omfattet af det offentlige "
                "referat.]"),
        P(27, "Meddelelser", "SAG-2020-00011", False, [
            ("Sagsfremstilling", "Næste møde holdes på Kløvervænget med besigtigelse af grunden."),
            ("Beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["familien Osmani-Berg", "Opholdsstedet Klintebo", "4.315 kr.", "Kirsten Aalykke",
                "overgivet til politiet den 3. juli 2020"],
    "question": "hvor skal de skæve boliger til hjemløse ligge i Rævehøj, og har udvalget sagt ja til dem",
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
    o = []
    a = o.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n")
    a("{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}\n")
    a("{\\colortbl;\\red0\\green0\\blue0;\\red150\\green0\\blue0;}\n")
    a("{\\info{\\title Referat}{\\author Sekretariatet}{\\creatim\\yr2020\\mo8\\dy19\\hr8\\min30}}\n")
    a("\\paperw11906\\paperh16838\\margl1134\\margr1134\n")
    a("{\\header\\pard\\qr\\f0\\fs16 " + _rtf("Rævehøj Kommune - Social- og Integrationsudvalget") + "\\par}\n")
    a("{\\footer\\pard\\qc\\f0\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n")
    a("\\pard\\f0\\fs36\\b " + _rtf("Referat") + "\\b0\\par\n")
    a("\\pard\\f0\\fs24 " + _rtf("Social- og Integrationsudvalget") + "\\par\\par\n")
    for k, v in [("Dato:", "Tirsdag den 18. august 2020"), ("Tid:", "kl. 16.30 - 18.00"),
                 ("Sted:", "Mødelokale 2, Rævehøj Rådhus"),
                 ("Medlemmer:", "Anne-Grethe Ravn (formand), Bo Husum, Fatima Khalil, Leif Sandager, "
                                "Nanna Overgaard"),
                 ("Fraværende:", "Leif Sandager")]:
        a("\\trowd\\cellx2200\\cellx9600\n\\pard\\intbl\\f0\\fs20\\b " + _rtf(k) + "\\b0\\cell "
          + _rtf(v) + "\\cell\\row\n")
    a("\\pard\\par\n")
    for p in m["points"]:
        a("\\pard\\sb240\\f0\\fs26\\b " + _rtf("%d.  %s" % (p["n"], p["title"])) + "\\b0\\par\n")
        a("\\pard\\f0\\fs18 " + _rtf("Sagsnr.: %s" % p["case"]) + "\\par\n")
        if p["note"]:
            a("\\pard\\cf2\\f0\\fs20\\i " + _rtf(p["note"]) + "\\i0\\cf1\\par\n")
        for i, (label, text) in enumerate(p["sections"], 1):
            a("\\pard\\sb120\\f0\\fs20\\b " + _rtf("%d.%d %s" % (p["n"], i, label)) + "\\b0\\par\n")
            for pa in paras(text):
                a("\\pard\\f1\\fs22 " + _rtf(pa) + "\\par\n")
    a("\\pard\\par\\f0\\fs18 " + _rtf("Mødet hævet kl. 17.55.") + "\\par\n}")
    return "".join(o).encode("ascii")


# ===========================================================================
# 08  Kildeholm Municipality - Finance and Business Committee (English-language
#     minutes as a CMS web page: <section> per item, "Agenda item 3 |",
#     "Case ref. FBC/2022/117", a "Closed session" badge, breadcrumb)
# ===========================================================================
M08 = {
    "file": "08_kildeholm_finance-and-business-committee_2022.html",
    "board": "Finance and Business Committee",
    "date": "2022-05-10",
    "kind": "referat",
    "points": [
        P(1, "Approval of the agenda", None, False, [
            ("Decision", "Approved."),
        ]),
        P(2, "Sale of plots in Kildeholm Business Park East", "FBC/2022/117", False, [
            ("Summary",
             "The first stage of the business park east of the ring road is ready for sale: 14 plots of "
             "between 3,000 and 12,000 m2."),
            ("Case presentation",
             "The administration has compared prices with neighbouring business parks and proposes a price "
             "of DKK 325 per m2 excl. VAT. Buyers must start building within two years. Plots next to the "
             "motorway are reserved for transport and logistics firms."),
            ("Recommendation",
             "The administration recommends that the committee recommends the price and terms to the City "
             "Council."),
            ("Decision",
             "Recommended to the City Council. The price is to be reviewed again in spring 2023."),
        ]),
        P(3, "Closed item: Contractor's claim after the leisure centre rebuild", "FBC/2022/131", True, [
            ("Case presentation",
             "Nordstrand Byg ApS has put forward a claim of DKK 1,180,000 for extra work on the leisure "
             "centre. The municipality holds that the delay was caused by the contractor's own faulty roof "
             "membrane."),
            ("Decision", "The claim is rejected. The administration may bring the case to arbitration."),
        ], note="Closed session - exempt from publication"),
        P(4, "Tourist office moves into the library", "FBC/2022/088", False, [
            ("Case presentation",
             "From 1 September the tourist office will close its shop on Torvegade and move its desk into "
             "Kildeholm Library, which is open longer hours, including Sundays. The move saves DKK 265,000 "
             "a year in rent and staff."),
            ("Decision", "Approved."),
        ]),
        P(5, "Start-up grants 2022 - first round", "FBC/2022/041", False, [
            ("Case presentation",
             "Nineteen applications were received. The committee can award grants of up to DKK 25,000."),
            ("Decision", "Six start-ups were awarded DKK 25,000 each; the list is attached."),
        ]),
        P(6, "Any other business", None, False, [
            ("Decision", "None."),
        ]),
    ],
    "secrets": ["Nordstrand Byg ApS", "claim of DKK 1,180,000", "faulty roof membrane"],
    "question": "How much does a plot cost in the new business park east of Kildeholm, and are there any "
                "conditions?",
    "cite_punkt": 2,
}


def render_08(m):
    o = []
    a = o.append
    a('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
      '<title>Minutes - Finance and Business Committee - 10 May 2022 | Kildeholm Municipality</title>\n'
      '<link rel="stylesheet" href="/static/site.css">\n</head>\n<body>\n')
    a('<header class="site"><a class="logo" href="/">Kildeholm Municipality</a>'
      '<nav><a href="/en/">English</a> <a href="/">Dansk</a></nav></header>\n')
    a('<ol class="breadcrumb"><li><a href="/en/">Home</a></li><li><a href="/en/politics">Politics</a></li>'
      '<li><a href="/en/politics/committees">Committees</a></li><li>Minutes</li></ol>\n<main>\n')
    a('<h1>Minutes</h1>\n<dl class="meeting">\n<dt>Committee</dt><dd>Finance and Business Committee</dd>\n'
      '<dt>Date</dt><dd>Tuesday 10 May 2022, 17:00-19:10</dd>\n'
      '<dt>Venue</dt><dd>Council Chamber, Kildeholm Town Hall</dd>\n'
      '<dt>Present</dt><dd>Mayor Claus Rindom (chair), Hanne Vestergaard, Peter Ahl, Sofie Lind, Erik Bonde</dd>\n'
      '<dt>Apologies</dt><dd>Sofie Lind</dd>\n'
      '<dt>Also present</dt><dd>Chief Executive Mona Skov; minute secretary Kim Lau</dd>\n</dl>\n')
    for p in m["points"]:
        a('<section class="agenda-item" id="item-%d">\n' % p["n"])
        a('<h2><span class="num">Agenda item %d</span> | %s</h2>\n' % (p["n"], escape(p["title"])))
        if p["closed"]:
            a('<p class="badge badge-closed">%s</p>\n' % escape(p["note"]))
        if p["case"]:
            a('<p class="caseref">Case ref. %s</p>\n' % p["case"])
        for label, text in p["sections"]:
            a('<h3>%s</h3>\n' % escape(label))
            for pa in paras(text):
                a('<p>%s</p>\n' % escape(pa))
        a('</section>\n')
    a('</main>\n<footer><p>Kildeholm Municipality, Torvet 1 | Tel. +45 9911 2000 | '
      '<a href="/en/accessibility">Accessibility statement</a></p>'
      '<p class="print-note">Printed from kildeholm.dk</p></footer>\n</body>\n</html>\n')
    return "".join(o)


# ===========================================================================
# 09  Østerlund Kommune - Teknik- og Ejendomsudvalget, dagsorden (Markdown
#     export with an overview table and separate "Åben dagsorden" /
#     "Lukket dagsorden" parts, no decisions)
# ===========================================================================
M09 = {
    "file": "09_oesterlund_teknik-og-ejendomsudvalget_dagsorden_2024.md",
    "board": "Teknik- og Ejendomsudvalget",
    "date": "2024-11-05",
    "kind": "dagsorden",
    "points": [
        P(1, "Godkendelse af dagsorden", None, False, [
            ("Indstilling", "Direktøren for Teknik og Miljø indstiller, at dagsordenen godkendes."),
        ]),
        P(2, "Renovering af Søbadet ved Østerlund Strand", "A-2024-0311", False, [
            ("Sagsfremstilling",
             "Søbadets badebro er rådden flere steder og blev lukket i juli. Forvaltningen foreslår en ny "
             "badebro i komposit, som forlænges 18 meter, så der kan bades på dybere vand, og en ny rampe "
             "for kørestolsbrugere. Arbejdet udføres fra marts til juni 2025, så broen er klar til "
             "badesæsonen."),
            ("Økonomi", "Projektet koster 2,4 mio. kr. og finansieres af anlægspuljen til kyst og strand."),
            ("Indstilling",
             "Direktøren indstiller, at udvalget frigiver 2,4 mio. kr. til renoveringen."),
        ]),
        P(3, "Udskiftning af gadelys til LED i villakvartererne", "A-2024-0288", False, [
            ("Sagsfremstilling",
             "Der er ca. 2.300 gamle gadelamper med kviksølv- og natriumpærer i villakvartererne. Nye "
             "LED-armaturer bruger 62 pct. mindre strøm, og lyset kan dæmpes til det halve mellem kl. 23 og "
             "kl. 5. Udskiftningen kan ske over tre år."),
            ("Indstilling", "Direktøren indstiller, at udskiftningen godkendes som beskrevet."),
        ]),
        P(4, "Udbud af rengøring i kommunale bygninger", "A-2024-0190", False, [
            ("Sagsfremstilling",
             "Den nuværende kontrakt udløber 31. marts 2025. Forvaltningen foreslår en ny kontrakt på 4 år "
             "med mulighed for forlængelse i 1 år, hvor kvalitet vægtes 60 pct. og pris 40 pct."),
            ("Indstilling", "Direktøren indstiller, at udbudsmaterialet godkendes."),
        ]),
        P(5, "Overtagelse af forurenet grund", "A-2024-0402", True, [
            ("Sagsfremstilling",
             "Ejeren af grunden Kemivej 3, Pedersen Genbrugsolie, er gået konkurs. Der er konstateret "
             "jordforurening med tjærestoffer, og kurator tilbyder kommunen grunden for 1 kr."),
            ("Indstilling", "Direktøren indstiller, at udvalget drøfter tilbuddet."),
        ], note="**[Ej offentlig]**"),
    ],
    "secrets": ["Kemivej 3", "Pedersen Genbrugsolie", "jordforurening med tjærestoffer"],
    "question": "Hvornår bliver badebroen ved Østerlund Strand lavet, og bliver den længere end før?",
    "cite_punkt": 2,
}


def render_09(m):
    o = []
    a = o.append
    a("Østerlund Kommune  \n**Teknik- og Ejendomsudvalget**\n\n")
    a("# Dagsorden\n\n")
    a("Mødedato: tirsdag 5. november 2024  \nMødetid: 15:30  \nMødested: Udvalgsværelset, Teknisk Forvaltning, "
      "Havnegade 2  \nMedlemmer: Lars Fenger (formand), Britt Nørgaard, Mogens Aagaard, Julie Friis, "
      "Hans Ulrik Berg\n\n")
    a("| Nr. | Punkt | Sagsnr. |\n|---:|---|---|\n")
    for p in m["points"]:
        title = "Lukket punkt" if p["closed"] else p["title"]
        a("| %d | %s | %s |\n" % (p["n"], title, "" if p["closed"] else (p["case"] or "")))
    a("\n---\n\n## Åben dagsorden\n\n")
    for p in m["points"]:
        if p["closed"]:
            a("---\n\n## Lukket dagsorden\n\n")
        a("### %d. %s\n\n" % (p["n"], p["title"]))
        if p["note"]:
            a(p["note"] + "\n\n")
        if p["case"]:
            a("_Sagsnr. %s_\n\n" % p["case"])
        for label, text in p["sections"]:
            a("**%s**\n\n" % label)
            for pa in paras(text):
                a(pa + "\n\n")
    a("---\n\n*Dagsordenen er udsendt 29. oktober 2024. Bilag findes i mødeportalen.*\n")
    return "".join(o)


# ===========================================================================
# 10  Sandhøje Havn - Havnebestyrelsen (OpenDocument text: "Dagsordenspunkt
#     6:" headings, "Sagsnummer: HB-23-014", bestyrelsesmøde nr. 3/2023,
#     "Mødt/Ikke mødt", closed note in a framed paragraph, signatures)
# ===========================================================================
M10 = {
    "file": "10_sandhoeje_havnebestyrelsen_2023.odt",
    "board": "Havnebestyrelsen",
    "date": "2023-06-14",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra bestyrelsesmøde nr. 2/2023", "HB-23-001", False, [
            ("Beslutning", "Referatet blev godkendt og underskrevet."),
        ]),
        P(2, "Havnetakster 2024 for lystbåde", "HB-23-014", False, [
            ("Sagsfremstilling",
             "Havnen har fået højere udgifter til el, vedligehold af broerne og renter. Havnefogeden foreslår, "
             "at den årlige pladsleje for en båd på 10 meter stiger fra 4.600 kr. til 4.950 kr., og at "
             "gæstesejlere betaler 230 kr. pr. døgn. Strøm til bådene afregnes fremover efter måler via en "
             "app i stedet for et fast beløb."),
            ("Beslutning",
             "Bestyrelsen vedtog taksterne for 2024 som foreslået. Fastliggere får besked i september."),
        ]),
        P(3, "Uddybning af indsejlingen - indkomne tilbud", "HB-23-019", False, [
            ("Sagsfremstilling",
             "Der er kommet tre tilbud på at uddybe indsejlingen til 3,2 meter. Det billigste tilbud er på "
             "1,74 mio. kr. fra Østkystens Maskinstation."),
            ("Beslutning",
             "Bestyrelsen valgte tilbuddet fra Østkystens Maskinstation. Arbejdet skal være færdigt inden "
             "1. april 2024."),
        ]),
        P(4, "Restance for pladsleje - inkasso", "HB-23-021", True, [
            ("Sagsfremstilling",
             "Ejeren af motorbåden M/S Tangloppen, Rasmus Kjærgaard Tønder, har ikke betalt pladsleje siden "
             "2021 og skylder en restance på 38.720 kr. Båden ligger fortsat ved bro C."),
            ("Beslutning", "Sagen sendes til inkasso, og båden tilbageholdes, til restancen er betalt."),
        ], note="Lukket for offentligheden - referatet af dette punkt udleveres ikke."),
        P(5, "Havnefest 2023", "HB-23-022", False, [
            ("Sagsfremstilling",
             "Havnefesten holdes lørdag den 19. august med kapsejlads, fiskekonkurrence for børn og "
             "musik om aftenen."),
            ("Beslutning", "Bestyrelsen bevilgede 35.000 kr. til festen."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Beslutning", "Intet."),
        ]),
    ],
    "secrets": ["M/S Tangloppen", "Rasmus Kjærgaard Tønder", "restance på 38.720 kr."],
    "question": "Hvad koster en bådplads til en båd på 10 meter i Sandhøje Havn næste år?",
    "cite_punkt": 2,
}

ODT_WHEN = (2023, 6, 16, 8, 0, 0)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def render_10(m):
    x = xesc
    c = []
    a = c.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>\n' % NS)
    a('<office:automatic-styles>'
      '<style:style style:name="Boks" style:family="paragraph"><style:paragraph-properties '
      'fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>'
      '<style:style style:name="Fed" style:family="text"><style:text-properties fo:font-weight="bold"/>'
      '</style:style></office:automatic-styles>\n')
    a('<office:body><office:text>\n')
    a('<text:p text:style-name="Title">Sandhøje Havn</text:p>\n')
    a('<text:p>Havnebestyrelsen<text:tab/>Bestyrelsesmøde nr. 3/2023</text:p>\n')
    a('<text:p>Referat af mødet onsdag den 14. juni 2023 kl. 18.00 i havnekontoret, Vestre Mole 4</text:p>\n')
    a('<table:table table:name="Fremmoede"><table:table-column table:number-columns-repeated="2"/>\n')
    for k, v in [("Mødt:", "Poul Søndergaard (formand), Gitte Borre (næstformand, udpeget af byrådet), "
                           "Jan Hvass, Mette Klit, havnefoged Allan Ry (uden stemmeret)"),
                 ("Ikke mødt:", "Kristian Bech")]:
        a('<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>'
          '<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>\n' % (x(k), x(v)))
    a('</table:table>\n')
    for p in m["points"]:
        a('<text:h text:outline-level="2">Dagsordenspunkt %d: %s</text:h>\n' % (p["n"], x(p["title"])))
        if p["case"]:
            a('<text:p>Sagsnummer:<text:s/>%s</text:p>\n' % x(p["case"]))
        if p["note"]:
            a('<text:p text:style-name="Boks">%s</text:p>\n' % x(p["note"]))
        for label, text in p["sections"]:
            a('<text:p><text:span text:style-name="Fed">%s</text:span></text:p>\n' % x(label))
            for pa in paras(text):
                a('<text:p>%s</text:p>\n' % x(pa))
    a('<text:p/>\n<text:p>Godkendt og underskrevet:</text:p>\n')
    a('<text:p>Poul Søndergaard<text:tab/>Gitte Borre<text:tab/>Jan Hvass<text:tab/>Mette Klit</text:p>\n')
    a('</office:text></office:body></office:document-content>\n')
    content = "".join(c).encode("utf-8")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties '
              'fo:font-size="20pt" fo:font-weight="bold"/></style:style></office:styles>'
              '<office:master-styles><style:master-page style:name="Standard"><style:header><text:p>'
              'Sandhøje Havn - referat</text:p></style:header></style:master-page></office:master-styles>'
              '</office:document-styles>\n' % NS).encode("utf-8")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.5</meta:generator><dc:title>Referat bestyrelsesmøde 3/2023</dc:title>'
            '<meta:creation-date>2023-06-16T08:00:00</meta:creation-date></office:meta>'
            '</office:document-meta>\n' % NS).encode("utf-8")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\n'
                ' <manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n').encode("utf-8")
    return fixed_zip([("mimetype", b"application/vnd.oasis.opendocument.text", False),
                      ("content.xml", content, True), ("styles.xml", styles, True),
                      ("meta.xml", meta, True), ("META-INF/manifest.xml", manifest, True)], ODT_WHEN)


# ===========================================================================
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
