#!/usr/bin/env python3
"""Generate the ten invented meeting files of layouts_blind63 and their expected.json.

All municipalities, boards, people, firms, places, case numbers and sums below are
invented for this test set.  Output is deterministic (fixed timestamps in the zip
containers, the PDF and the e-mail), so running the script twice gives the same bytes.

Needs python-docx (.docx) and fpdf2 (.pdf); every other format is written by hand.

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
from xml.sax.saxutils import escape as xesc, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
GLUE = "\u2060"  # word joiner used while wrapping, so that protected phrases stay on one line
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def pt(n, title, case, closed, sections, mark=None, tag=None):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections,
            "mark": mark, "tag": tag}


def blocks(text):
    """Split a section text into paragraphs; a paragraph whose lines all start with '- '
    is a bullet list (returned as a list of strings)."""
    out = []
    for para in text.split("\n\n"):
        para = para.strip()
        if not para:
            continue
        lines = para.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append([ln[2:] for ln in lines])
        else:
            out.append(" ".join(lines))
    return out


def protected(m):
    return sorted(set(m["secrets"]) | {p["title"] for p in m["points"]}, key=len, reverse=True)


def glue(text, keep):
    for k in keep:
        text = text.replace(k, k.replace(" ", GLUE))
    return text


def wrap_words(text, fits, keep):
    """Greedy word wrap; `fits(line)` says whether a candidate line is short enough."""
    words = glue(text, keep).split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if cur and not fits(cand.replace(GLUE, " ")):
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return [ln.replace(GLUE, " ") for ln in lines]


def rezip(data, when=FIXED_ZIP_TIME):
    """Rewrite a zip container with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# =============================================================================
# 01  Fjordbæk Kommune - Kommunalbestyrelsen (HTML5 page from a publication
#     portal: "NN - Titel" headings, a facts table per point with a KLE-style
#     journal number, "(LUKKET)" after the heading of a closed point)
# =============================================================================
M01 = {
    "file": "01_fjordbaek_kommunalbestyrelsen_2024.html",
    "board": "Kommunalbestyrelsen",
    "date": "2024-06-25",
    "kind": "referat",
    "points": [
        pt(84, "Godkendelse af dagsorden", "00.01.00-A00-9-24", False, [
            ("Kommunalbestyrelsens beslutning den 25. juni 2024", "Godkendt."),
        ]),
        pt(85, "Meddelelser fra borgmesteren", None, False, [
            ("Sagsfremstilling",
             "Borgmesteren orienterede om, at færgeruten til Langø kører med erstatningsfærge i uge 27-29, mens Langøfærgen er på værft.\n\n"
             "Borgmesteren orienterede desuden om, at kommunen har modtaget 1,2 mio. kr. fra Trafikstyrelsen til nye busskure langs rute 210."),
            ("Kommunalbestyrelsens beslutning den 25. juni 2024", "Til efterretning."),
        ]),
        pt(86, "Lokalplan 1.47 for rækkehuse ved Skippergade - endelig vedtagelse", "01.02.05-P16-2-23", False, [
            ("Sagsfremstilling",
             "Forslag til lokalplan 1.47 muliggør op til 32 rækkehuse i to etager på den tidligere tømmerhandelsgrund ved Skippergade. "
             "Forslaget var i offentlig høring fra 4. marts til 29. april 2024, og der kom 9 høringssvar.\n\n"
             "Høringssvarene handler især om parkering og om trafik på Skippergade. Administrationen foreslår, at parkeringskravet hæves fra 1 til 1,5 p-plads pr. bolig, og at indkørslen flyttes til Bødkervej."),
            ("Økonomiudvalgets indstilling", "Økonomiudvalget anbefaler, at lokalplanen vedtages endeligt med de ændringer, administrationen foreslår."),
            ("Kommunalbestyrelsens beslutning den 25. juni 2024",
             "Vedtaget med 19 stemmer for og 4 imod. Imod stemte Enhedslisten og SF, som ønskede en andel almene boliger i området."),
        ]),
        pt(87, "Takster for vinterbadning i Fjordbæk Havnebad 2024/25", "18.15.00-S55-1-24", False, [
            ("Sagsfremstilling",
             "Havnebadet holder vintersæson fra 1. oktober til 30. april med sauna og omklædning. Sæsonen 2023/24 havde 1.430 faste vinterbadere, "
             "og ventetiden på saunatider var op til tre uger.\n\n"
             "Administrationen foreslår følgende takster for sæsonen 2024/25:\n\n"
             "- Årskort for voksne: 1.150 kr.\n- Årskort for pensionister og studerende: 575 kr.\n- Klippekort til 10 besøg: 450 kr.\n- Enkeltbillet: 60 kr.\n\n"
             "Saunaen bookes fremover i kommunens app, og der er morgenåbent alle dage kl. 6.30-9.00 og aftenåbent kl. 16.00-20.00."),
            ("Økonomiudvalgets indstilling", "Økonomiudvalget anbefaler taksterne godkendt."),
            ("Kommunalbestyrelsens beslutning den 25. juni 2024",
             "Godkendt, dog således at årskortet for pensionister og studerende nedsættes til 500 kr."),
        ]),
        pt(88, "Ekspropriation til cykelsti langs Hvedevej", "05.01.08-P20-4-22", True, [
            ("Sagsfremstilling",
             "Der er ikke opnået en frivillig aftale med ejeren af matr.nr. 14ø Hvedemark By, Mogens Tarp Eskildsen, om afståelse af et 3 meter bredt bælte langs Hvedevej. "
             "Ejeren har afvist administrationens tilbud og kræver, at kommunen overtager hele marken."),
            ("Økonomiudvalgets indstilling",
             "Økonomiudvalget anbefaler, at der gennemføres ekspropriation, og at der gives bemyndigelse til at udbetale erstatningen på 612.500 kr. efter taksationskommissionens fastsættelse."),
            ("Kommunalbestyrelsens beslutning den 25. juni 2024", "Anbefalingen blev fulgt."),
        ], mark="Punktet behandles for lukkede døre, jf. styrelseslovens § 10, stk. 1, nr. 2."),
        pt(89, "Fjordbæk Forsyning A/S - årsrapport 2023", "13.00.00-G01-2-24", False, [
            ("Sagsfremstilling",
             "Fjordbæk Forsyning A/S har afsluttet 2023 med et overskud før skat på 4,7 mio. kr. Vandspildet er faldet fra 9,1 til 7,4 pct. "
             "Selskabet forventer at hæve vandprisen med 2,10 kr. pr. m3 fra 2025 på grund af nyt vandværk i Vestby."),
            ("Kommunalbestyrelsens beslutning den 25. juni 2024", "Årsrapporten blev taget til efterretning."),
        ]),
        pt(90, "Salg af erhvervsgrund i Møllehøj Erhvervspark", "82.12.00-G10-7-24", True, [
            ("Sagsfremstilling",
             "Grunden Møllehøj 12 har været udbudt offentligt. Der er indkommet to bud. Det højeste bud er afgivet af Karsholm Stål ApS, som vil opføre en produktionshal på 4.000 m2."),
            ("Økonomiudvalgets indstilling", "Økonomiudvalget anbefaler salg til højestbydende for 1.985.000 kr. ekskl. moms."),
            ("Kommunalbestyrelsens beslutning den 25. juni 2024", "Salget blev godkendt."),
        ], mark="Punktet behandles for lukkede døre, jf. styrelseslovens § 10, stk. 1, nr. 3."),
    ],
    "secrets": ["Mogens Tarp Eskildsen", "matr.nr. 14ø Hvedemark By", "erstatningen på 612.500 kr.",
                "Karsholm Stål ApS", "1.985.000 kr. ekskl. moms"],
    "question": "hvad skal jeg som pensionist betale for et årskort til vinterbadning i havnebadet til vinter",
    "cite_punkt": 87,
}


def render_01(m):
    h = []
    a = h.append
    a('<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n')
    a('<title>Kommunalbestyrelsen 25.06.2024 - Referat | Fjordbæk Kommune</title>\n')
    a('<link rel="stylesheet" href="/static/politik.css">\n')
    a('<style>.lukket{color:#a00}.sagsinfo th{text-align:left;padding-right:1em}</style>\n</head>\n<body>\n')
    a('<div id="cookie-consent" role="dialog"><p>Vi bruger cookies til statistik.</p><button>Accepter</button><button>Afvis</button></div>\n')
    a('<header><a href="/" class="logo">Fjordbæk Kommune</a>\n<nav aria-label="Hovedmenu"><a href="/borger">Borger</a> '
      '<a href="/erhverv">Erhverv</a> <a href="/politik">Politik</a></nav></header>\n')
    a('<nav aria-label="Brødkrumme" class="crumbs"><a href="/politik">Politik</a> &gt; <a href="/politik/referater">Dagsordener og referater</a> &gt; Kommunalbestyrelsen</nav>\n')
    a('<main>\n<h1>Referat: Kommunalbestyrelsen</h1>\n<p><strong>Fuldt referat</strong> - udgave til kommunalbestyrelsens medlemmer, indeholder lukkede punkter.</p>\n')
    a('<table class="moedeinfo">\n<tr><th>Mødedato</th><td>Tirsdag 25-06-2024</td></tr>\n<tr><th>Tidspunkt</th><td>19:00 - 21:40</td></tr>\n'
      '<tr><th>Sted</th><td>Byrådssalen, Fjordbæk Rådhus</td></tr>\n'
      '<tr><th>Fraværende</th><td>Henriette Lykke (V) - stedfortræder Ove Rask deltog</td></tr>\n'
      '<tr><th>Referent</th><td>Lise Hald, Sekretariatet</td></tr>\n</table>\n')
    a('<p class="actions"><a href="?print=1">Printvenlig udgave</a> · <a href="referat.pdf">Download PDF (1,2 MB)</a></p>\n')
    a('<h2 class="oversigt">Punkter på dagsordenen</h2>\n<ol class="toc">\n')
    for p in m["points"]:
        a('<li><a href="#p%d">%d - %s</a>%s</li>\n' % (p["n"], p["n"], escape(p["title"]),
                                                    ' <span class="lukket">(LUKKET)</span>' if p["closed"] else ""))
    a('</ol>\n')
    for p in m["points"]:
        a('<section class="agendaitem" id="p%d">\n<h2>%d - %s%s</h2>\n' % (
            p["n"], p["n"], escape(p["title"]), ' <span class="lukket">(LUKKET)</span>' if p["closed"] else ""))
        a('<table class="sagsinfo">\n')
        if p["case"]:
            a('<tr><th>Journalnr.</th><td>%s</td></tr>\n' % p["case"])
        a('<tr><th>Behandlet af</th><td>Kommunalbestyrelsen</td></tr>\n</table>\n')
        if p["closed"]:
            a('<p class="lukket"><strong>%s</strong></p>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<h3>%s</h3>\n' % escape(label))
            for b in blocks(text):
                if isinstance(b, list):
                    a('<ul>\n' + "".join('<li>%s</li>\n' % escape(x) for x in b) + '</ul>\n')
                else:
                    a('<p>%s</p>\n' % escape(b))
        a('<p class="totop"><a href="#top">Til toppen</a></p>\n</section>\n')
    a('<section class="underskrift"><h2>Underskriftsblad</h2>\n<p>Referatet er godkendt digitalt af de tilstedeværende medlemmer.</p></section>\n')
    a('</main>\n<footer><p>Fjordbæk Kommune · Havnevej 2 · 6990 Fjordbæk · CVR 11223344</p>'
      '<p><a href="/was">Webtilgængelighed</a> · <a href="/privatliv">Privatlivspolitik</a></p></footer>\n</body>\n</html>\n')
    return "".join(h).encode("utf-8")


# =============================================================================
# 02  Høgsmark Kommune - Kultur- og Idrætsudvalget, DAGSORDEN (old CMS page in
#     windows-1252: layout table with a left menu, "Dagsordenspunkt NN:" headings,
#     an overview table with a Status column, "IKKE OFFENTLIG" banner)
# =============================================================================
M02 = {
    "file": "02_hoegsmark_kultur-og-idraetsudvalget_dagsorden_2025.htm",
    "board": "Kultur- og Idrætsudvalget",
    "date": "2025-02-11",
    "kind": "dagsorden",
    "points": [
        pt(9, "Godkendelse af dagsorden", "2025-000018", False, [
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at dagsordenen godkendes."),
        ]),
        pt(10, "Fordeling af lokaletilskud 2025 til foreninger", "2025-000233", False, [
            ("Resumé", "Der er søgt lokaletilskud for i alt 3,9 mio. kr., mens rammen er 3,4 mio. kr."),
            ("Sagsfremstilling",
             "Folkeoplysningsloven giver foreninger ret til tilskud til egne og lejede lokaler. Da ansøgningerne overstiger rammen, foreslår forvaltningen, "
             "at tilskudsprocenten sættes ned fra 70 til 62 pct. for alle foreninger, så ingen forening mister hele sit tilskud."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at tilskudsprocenten for 2025 fastsættes til 62 pct."),
        ]),
        pt(11, "Ny belysning på kunstgræsbanen ved Høgsmark Stadion", "2024-009871", False, [
            ("Resumé", "Lysanlægget på kunstgræsbanen er fra 2006 og lever ikke op til kravene for træning i vinterhalvåret."),
            ("Sagsfremstilling",
             "Høgsmark IF og Høgsmark Fodboldpiger har i flere år klaget over for lidt lys. Forvaltningen har indhentet tilbud på et nyt LED-anlæg med otte master. "
             "Anlægget kan styres fra en app, så lyset kun tændes på de halvdele af banen, der er booket, og slukker automatisk kl. 22.00.\n\n"
             "Hvis udvalget godkender projektet, kan arbejdet udføres i juni og juli 2025, så det nye lys er klar til sæsonstart i august 2025."),
            ("Økonomi", "Anlægget koster 410.000 kr. og finansieres af puljen til idrætsfaciliteter. Strømforbruget ventes at falde med ca. 55 pct."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at projektet godkendes, og at der gives anlægsbevilling på 410.000 kr."),
        ]),
        pt(12, "Navngivning af den nye hal - sponsoraftale", "2025-000390", True, [
            ("Sagsfremstilling",
             "Forvaltningen har forhandlet med Brødrene Vissing Tømrer A/S om navnesponsorat til den nye hal ved skolen. "
             "Firmaet tilbyder 75.000 kr. årligt i fem år mod at hallen kaldes Vissing Arena Høgsmark i al skiltning og kommunikation."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at udvalget drøfter tilbuddet."),
        ], mark="IKKE OFFENTLIG - punktet er undtaget fra offentliggørelse, da det vedrører forhandlinger med en privat virksomhed."),
        pt(13, "Kulturnat 2025 - program og budget", "2025-000301", False, [
            ("Sagsfremstilling",
             "Kulturnatten holdes fredag den 10. oktober 2025 med aktiviteter på biblioteket, i musikskolen og på torvet. "
             "Arbejdsgruppen foreslår en lanterneoptog fra havnen kl. 19.00 og gratis busser fra landsbyerne."),
            ("Økonomi", "Budgettet er 185.000 kr., heraf 40.000 kr. til busser."),
            ("Forvaltningens indstilling", "Forvaltningen indstiller, at program og budget godkendes."),
        ]),
        pt(14, "Orientering fra formanden", None, False, [
            ("Sagsfremstilling", "Formanden orienterer om møde med Høgsmark Museumsforening om magasinplads."),
        ]),
    ],
    "secrets": ["Brødrene Vissing Tømrer A/S", "75.000 kr. årligt i fem år", "Vissing Arena Høgsmark"],
    "question": "hvornår kommer der nyt lys på kunstgræsbanen ved stadion, vi træner om aftenen",
    "cite_punkt": 11,
}


def render_02(m):
    h = []
    a = h.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n')
    a('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n')
    a('<title>Dagsorden - Kultur- og Idrætsudvalget - 11-02-2025</title>\n')
    a('<script type="text/javascript">function visPunkt(id){document.getElementById(id).scrollIntoView();}</script>\n</head>\n')
    a('<body bgcolor="#ffffff">\n<table width="100%" border="0" cellpadding="4">\n<tr>\n')
    a('<td valign="top" width="180" bgcolor="#e8eef4"><b>HØGSMARK KOMMUNE</b><br>\n<a href="default.asp">Forside</a><br>\n'
      '<a href="udvalg.asp">Udvalg</a><br>\n<a href="arkiv.asp">Arkiv</a><br>\n<a href="soeg.asp">Søg i dagsordener</a></td>\n')
    a('<td valign="top">\n<font size="+2"><b>DAGSORDEN</b></font><br>\n<b>Kultur- og Idrætsudvalget</b><br>\n')
    a('Mødet afholdes tirsdag den 11. februar 2025 kl. 15.30<br>\nMødelokale Kastanjen, Høgsmark Kulturhus<br>\n')
    a('Medlemmer: Birthe Kolding (formand), Jens Ulrik Bay, Nadia Fahmy, Poul Trane, Sanne Holk<br>\n')
    a('<p><i>Dagsordenen er udsendt til udvalgets medlemmer. Punkter markeret Ikke offentlig udsendes kun til medlemmerne.</i></p>\n')
    a('<table border="1" cellspacing="0" cellpadding="3">\n<tr><th>Pkt.</th><th>Overskrift</th><th>Sagsnr.</th><th>Status</th></tr>\n')
    for p in m["points"]:
        a('<tr><td>%d</td><td><a href="javascript:visPunkt(\'pkt%d\')">%s</a></td><td>%s</td><td>%s</td></tr>\n' % (
            p["n"], p["n"], escape(p["title"]), p["case"] or "&nbsp;", "Ikke offentlig" if p["closed"] else "Åben"))
    a('</table>\n<hr>\n')
    for p in m["points"]:
        a('<a name="pkt%d"></a><h3 id="pkt%d">Dagsordenspunkt %d: %s</h3>\n' % (p["n"], p["n"], p["n"], escape(p["title"])))
        if p["case"]:
            a('<p><font size="-1">Sagsnr.: %s</font></p>\n' % p["case"])
        if p["closed"]:
            a('<table width="100%%" bgcolor="#fde2e2"><tr><td><b>%s</b></td></tr></table>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            a('<p><b><u>%s</u></b></p>\n' % escape(label))
            for b in blocks(text):
                if isinstance(b, list):
                    a('<ul>' + "".join('<li>%s' % escape(x) for x in b) + '</ul>\n')
                else:
                    a('<p>%s</p>\n' % escape(b))
        a('<p><font size="-1">Bilag: ingen</font></p>\n<hr>\n')
    a('<p><font size="-2">Genereret af eDagsorden 4.2 · Høgsmark Kommune</font></p>\n</td>\n</tr>\n</table>\n</body>\n</html>\n')
    return "".join(h).replace("\n", "\r\n").encode("cp1252")


# =============================================================================
# 03  Ellebjerg Kommune - Økonomiudvalget, TILLÆGSREFERAT (Word: "Ad pkt. NNN –"
#     headings, "Sags-ID" lines, decision label "Afgørelse i Økonomiudvalget",
#     a shaded one-cell table "FORTROLIGT" on the closed point, page footer)
# =============================================================================
M03 = {
    "file": "03_ellebjerg_oekonomiudvalget_tillaegsreferat_2022.docx",
    "board": "Økonomiudvalget",
    "date": "2022-09-13",
    "kind": "tillaegsreferat",
    "points": [
        pt(142, "Tillægsbevilling til vintervedligehold af kommunale veje", "SAG-2022-04418", False, [
            ("Baggrund",
             "Prisen på vejsalt er steget med 38 pct. siden sidste vinter, og den nye kontrakt med entreprenøren indeholder et energitillæg på kørsel. "
             "Uden ekstra midler kan kommunen kun opretholde glatførebekæmpelse på rute 1-veje og cykelstier til skoler."),
            ("Administrationens anbefaling",
             "Administrationen anbefaler, at Økonomiudvalget over for Byrådet anbefaler en tillægsbevilling på 2,4 mio. kr. til vintervedligehold i 2022/23, "
             "så også rute 2-veje i landsbyerne saltes før kl. 7.00 på hverdage."),
            ("Afgørelse i Økonomiudvalget den 13. september 2022", "Anbefales over for Byrådet. Finansieres af kassebeholdningen."),
        ]),
        pt(143, "Forlængelse af aftale om energirådgivning til boligejere", "SAG-2022-04502", False, [
            ("Baggrund",
             "Siden januar har 612 boligejere fået et gratis energitjek ved hjemmebesøg. Aftalen med Energitjenesten Østsjælland udløber 31. oktober."),
            ("Administrationens anbefaling", "Administrationen anbefaler, at aftalen forlænges til 30. juni 2023 inden for en ramme på 450.000 kr."),
            ("Afgørelse i Økonomiudvalget den 13. september 2022",
             "Godkendt. Udvalget ønsker en evaluering med antal gennemførte energiforbedringer i maj 2023."),
        ]),
        pt(144, "Køb af ejendommen Smedevænget 3 til midlertidige boliger", "SAG-2022-04561", True, [
            ("Baggrund",
             "Ejendommen sælges af dødsbo efter Inger Marie Fallesen. Boet har accepteret en købesum på 2.340.000 kr., "
             "forudsat at handlen er underskrevet inden 1. oktober."),
            ("Administrationens anbefaling",
             "Administrationen anbefaler købet, da huset kan rumme to familier med midlertidigt ophold."),
            ("Afgørelse i Økonomiudvalget den 13. september 2022", "Godkendt."),
        ], mark="FORTROLIGT - undtaget efter offentlighedslovens § 30, nr. 2 (forhandling om køb af fast ejendom)"),
    ],
    "secrets": ["dødsbo efter Inger Marie Fallesen", "købesum på 2.340.000 kr."],
    "question": "bliver der saltet på vejene ude i landsbyerne i vinter nu hvor saltet er blevet dyrere",
    "cite_punkt": 142,
}


def render_03(m, out_path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    when = datetime.datetime(2022, 9, 14, 8, 0, 0)
    cp.author = "Byrådssekretariatet"
    cp.last_modified_by = "Byrådssekretariatet"
    cp.title = "Tillægsreferat Økonomiudvalget 13-09-2022"
    cp.created = when
    cp.modified = when
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ellebjerg Kommune · Økonomiudvalget · Tillægsreferat"
    sec.footer.paragraphs[0].text = "Udskrevet fra Ellebjerg Kommunes dagsordensystem"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = d.add_paragraph()
    r = t.add_run("TILLÆGSREFERAT")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("Økonomiudvalget")
    d.add_paragraph("Tillæg til referat af ordinært møde tirsdag den 13. september 2022 kl. 16.00 i Udvalgsværelse 1. "
                    "Punkterne blev optaget på dagsordenen med udvalgets samtykke, da de ikke kunne afvente næste møde.")
    tbl = d.add_table(rows=3, cols=2)
    tbl.style = "Table Grid"
    for row, (k, v) in zip(tbl.rows, [("Deltagere", "Karin Dahl (borgmester, formand), Søren Aagaard, Mette Nyvang, Ali Demir, Lone Friis"),
                                     ("Afbud", "Lone Friis"),
                                     ("Referent", "Thomas Bille")]):
        row.cells[0].text = k
        row.cells[1].text = v
    for p in m["points"]:
        d.add_heading("Ad pkt. %d – %s" % (p["n"], p["title"]), level=2)
        d.add_paragraph("Sags-ID: %s" % p["case"])
        if p["closed"]:
            box = d.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            cell = box.rows[0].cells[0]
            cell.text = p["mark"]
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "D9D9D9")
            cell._tc.get_or_add_tcPr().append(shd)
        for label, text in p["sections"]:
            hp = d.add_paragraph()
            hr = hp.add_run(label)
            hr.bold = True
            for b in blocks(text):
                if isinstance(b, list):
                    for x in b:
                        d.add_paragraph(x, style="List Bullet")
                else:
                    d.add_paragraph(b)
    d.add_paragraph("Mødet sluttede kl. 16.25.")
    buf = io.BytesIO()
    d.save(buf)
    with open(out_path, "wb") as f:
        f.write(rezip(buf.getvalue()))


# =============================================================================
# 04  Lindvig Municipality - Climate and Environment Committee (English MINUTES
#     as PDF: "Case no. NN:" headings, "Ref." lines, Summary/Recommendation/
#     Decision, an OPEN PART / CLOSED PART split, running header, page x/y)
# =============================================================================
M04 = {
    "file": "04_lindvig_climate-and-environment-committee_2023.pdf",
    "board": "Climate and Environment Committee",
    "date": "2023-10-04",
    "kind": "referat",
    "points": [
        pt(30, "Approval of the agenda", "LIN-23-7702", False, [
            ("Decision", "The agenda was approved."),
        ]),
        pt(31, "Climate action plan 2030 - status on CO2 reductions", "LIN-23-6619", False, [
            ("Summary",
             "Emissions in the municipality as a geographical area fell by 4 per cent in 2022 compared with 2021. Transport is now the largest source "
             "and accounts for 41 per cent of total emissions. The target of a 70 per cent reduction by 2030 requires a faster pace."),
            ("Recommendation", "The administration recommends that the status is noted and that a transport plan is presented in spring 2024."),
            ("Decision", "Noted. The committee asked for the transport plan to include charging points in the villages."),
        ]),
        pt(32, "Extended opening hours at Lindvig Recycling Centre", "LIN-23-7120", False, [
            ("Summary",
             "Residents have asked for longer opening hours, and the queue on Saturdays often reaches the main road. A trial with Sunday opening "
             "from 1 November 2023 to 30 April 2024 is proposed, from 10:00 to 16:00. Weekday closing time is moved from 17:00 to 18:00 all year."),
            ("Recommendation", "The administration recommends the trial. The extra cost of DKK 290,000 is covered by the waste fee."),
            ("Decision",
             "Approved. The trial will be evaluated in May 2024, and the results will decide whether Sunday opening becomes permanent."),
        ]),
        pt(33, "Grant pool 2024 for sealing disused private wells", "LIN-23-7189", False, [
            ("Summary",
             "Disused wells are a risk to groundwater. Owners may receive up to DKK 6,000 towards sealing a well carried out by a certified well driller."),
            ("Recommendation", "The administration recommends a pool of DKK 200,000 for 2024, first come first served."),
            ("Decision", "Approved."),
        ]),
        pt(34, "Legal dispute with the contractor on the Åbrinken flood barrier", "LIN-23-5530", True, [
            ("Summary",
             "Vestkyst Anlæg & Entreprise A/S has submitted a claim of DKK 3.8 million for extra work on the flood barrier. "
             "The municipality's lawyer considers most of the claim unfounded because the extra work was never ordered in writing."),
            ("Recommendation", "The administration recommends that the claim is rejected and that the case is brought before the building arbitration board if necessary."),
            ("Decision", "Approved as recommended."),
        ], mark="CLOSED ITEM - exempt from publication (section 10 of the Local Government Act)"),
        pt(35, "Personnel matter - head of the nature and water section", "LIN-23-7790", True, [
            ("Summary",
             "The head of section, Rasmus Ehlert Koldby, has been on stress-related leave since 14 August. The committee is informed of the temporary arrangement, "
             "under which the deputy takes over responsibility for permits."),
            ("Decision", "Noted."),
        ], mark="CLOSED ITEM - exempt from publication (section 10 of the Local Government Act)"),
    ],
    "secrets": ["Vestkyst Anlæg & Entreprise A/S", "claim of DKK 3.8 million",
                "Rasmus Ehlert Koldby", "stress-related leave since 14 August"],
    "question": "is the recycling centre going to be open on sundays this winter and what are the hours",
    "cite_punkt": 32,
}


def render_04(m, out_path):
    from fpdf import FPDF

    keep = protected(m)

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, "Lindvig Municipality - Climate and Environment Committee - Minutes 04.10.2023",
                      new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2023, 10, 5, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_author("Lindvig Municipality")
    pdf.set_title("Minutes - Climate and Environment Committee - 4 October 2023")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10, style="", gap=1.5):
        pdf.set_font("Helvetica", style, size)
        for ln in wrap_words(text, lambda s: pdf.get_string_width(s) <= width, keep):
            pdf.cell(0, size * 0.5, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para("Lindvig Municipality", 12, "B", 0)
    para("Climate and Environment Committee", 16, "B", 1)
    para("MINUTES", 14, "B", 2)
    para("Meeting held on Wednesday 4 October 2023 at 17:00 in the Council Chamber, Lindvig Town Hall.")
    para("Present: Hanne Vejlgaard (chair), Bo Kristoffersen, Mira Lund, Torben Skau, Yasmin Rahimi.")
    para("Apologies: Torben Skau.")
    para("Also present: Director of Technical Services Ole Brink; minute taker Julie Aas.", gap=4)
    para("OPEN PART", 12, "B", 2)
    closed_started = False
    for p in m["points"]:
        if p["closed"] and not closed_started:
            closed_started = True
            pdf.ln(3)
            para("CLOSED PART - the press and public were excluded", 12, "B", 2)
        para("Case no. %d: %s" % (p["n"], p["title"]), 11, "B", 0.5)
        para("Ref. %s" % p["case"], 9, "I", 1)
        if p["closed"]:
            para(p["mark"], 9, "B", 1)
        for label, text in p["sections"]:
            para(label, 10, "B", 0.5)
            for b in blocks(text):
                para(b if isinstance(b, str) else " / ".join(b))
        pdf.ln(2)
    para("The meeting closed at 19:10.", gap=3)
    para("Signed: Hanne Vejlgaard, chair")
    pdf.output(out_path)


# =============================================================================
# 05  Stenlund Kommune - Folkeoplysningsudvalget (plain text, 72 columns:
#     "Dagsordenspunkt nr. NN" line, title underlined with dashes, "Sag:" line,
#     "Udvalget besluttede:", a boxed closed marker, form-feed page headers)
# =============================================================================
M05 = {
    "file": "05_stenlund_folkeoplysningsudvalget_2015.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2015-11-05",
    "kind": "referat",
    "points": [
        pt(38, "Godkendelse af dagsorden", "15-0012", False, [
            ("Udvalget besluttede:", "Godkendt."),
        ]),
        pt(39, "Ansøgning om lejrtilskud - Spejdergruppen Ørnereden", "15-1087", False, [
            ("Sagen:",
             "Spejdergruppen Ørnereden søger om 14.500 kr. til sommerlejr i Norge for 38 børn. Gruppen har ikke tidligere fået lejrtilskud, "
             "og det almindelige tilskud efter reglerne er 1.200 kr. pr. lejr."),
            ("Forvaltningen foreslår:", "At gruppen får det almindelige tilskud efter reglerne."),
            ("Udvalget besluttede:", "Gruppen får 1.200 kr. efter reglerne samt 5.000 kr. af udvalgets udviklingspulje."),
        ]),
        pt(40, "Fordeling af haltimer sæson 2015/16", "15-1102", False, [
            ("Sagen:",
             "Den nye Nordhallen tages i brug 1. december 2015. Der er kommet 17 ansøgninger om faste tider. Forvaltningen har lavet et forslag, "
             "hvor børne- og ungdomshold har forrang før kl. 19.00 på hverdage."),
            ("Forvaltningen foreslår:", "At fordelingen godkendes som vist i bilaget."),
            ("Udvalget besluttede:",
             "Godkendt med den ændring, at Stenlund Håndboldklub får torsdag kl. 17.00-21.00 i Nordhallen, og at badmintonklubben flyttes til fredag kl. 17.00-19.00. "
             "Klubberne får besked senest 20. november."),
        ]),
        pt(41, "Tilsyn med en aftenskole - tilbagebetaling af tilskud", "15-1120", True, [
            ("Sagen:",
             "Ved tilsynet er det konstateret, at Aftenskolen Kompasset Stenlund har indsendt fiktive holdlister for foråret 2015 for tre hold i yoga og spansk."),
            ("Forvaltningen foreslår:", "At aftenskolen skal foretage tilbagebetaling af 87.340 kr. og politianmeldes."),
            ("Udvalget besluttede:", "Tiltrådt. Aftenskolen kan ikke få tilskud i 2016."),
        ], mark="LUKKET MØDE - denne del af protokollen er undtaget fra offentlighed"),
        pt(42, "Folkeoplysningspolitik 2016-2019 - høringsudkast", "15-0980", False, [
            ("Sagen:",
             "Udkastet har tre temaer: flere unge i foreningslivet, bedre brug af kommunens lokaler og frivillighed på tværs af generationer."),
            ("Udvalget besluttede:", "Udkastet sendes i høring hos foreninger og aftenskoler fra 9. november til 4. december 2015."),
        ]),
        pt(43, "Eventuelt", None, False, [
            ("Udvalget besluttede:", "Intet."),
        ]),
    ],
    "secrets": ["Aftenskolen Kompasset Stenlund", "fiktive holdlister", "tilbagebetaling af 87.340 kr."],
    "question": "hvornår har håndboldklubben fået tider i den nye hal, og hvornår får klubberne besked",
    "cite_punkt": 40,
}


def render_05(m):
    W = 72
    keep = protected(m)
    pages = []
    cur = []
    head = "STENLUND KOMMUNE      Folkeoplysningsudvalget      05.11.2015"

    def flush():
        pages.append(list(cur))
        cur.clear()

    def add(text="", indent=0):
        if not text:
            cur.append("")
            return
        for ln in wrap_words(text, lambda s: len(s) + indent <= W, keep):
            cur.append(" " * indent + ln)

    add("STENLUND KOMMUNE")
    add("BESLUTNINGSPROTOKOL")
    add("")
    add("Folkeoplysningsudvalget")
    add("Møde torsdag den 5. november 2015 kl. 17.00 i mødelokale 3, Stenlund Rådhus")
    add("")
    add("Til stede: Villy Hald (formand), Anne Sejr, Kurt Bøgh, Maiken Toft, Lars Kjems")
    add("Fraværende: Maiken Toft")
    add("")
    add("=" * W)
    for i, p in enumerate(m["points"]):
        if i in (2, 4):
            flush()
        cur.append("")
        cur.append("Dagsordenspunkt nr. %d" % p["n"])
        cur.append(p["title"])
        cur.append("-" * len(p["title"]))
        cur.append("Sag: %s" % p["case"] if p["case"] else "Sag: -")
        if p["closed"]:
            box = "*  %s  *" % p["mark"]
            cur.append("*" * len(box))
            cur.append(box)
            cur.append("*" * len(box))
        for label, text in p["sections"]:
            cur.append("")
            cur.append(label)
            for b in blocks(text):
                if isinstance(b, list):
                    for x in b:
                        add("o " + x, 4)
                else:
                    add(b, 4)
    cur.append("")
    cur.append("=" * W)
    cur.append("Mødet hævet kl. 18.45.")
    cur.append("")
    cur.append("Villy Hald          Anne Sejr          Kurt Bøgh          Lars Kjems")
    flush()
    out = []
    for k, pg in enumerate(pages, 1):
        if k > 1:
            out.append("\f")
            out.append(head + "   side %d" % k)
            out.append("")
        out.extend(pg)
    return ("\n".join(out) + "\n").encode("utf-8")


# =============================================================================
# 06  Askmose Kommune - Seniorrådet (forwarded e-mail, single text/plain part in
#     quoted-printable: "N) Titel" markers, "Ref.:" lines, "Aftalt:" labels,
#     a bracketed FORTROLIGT notice on the closed point)
# =============================================================================
M06 = {
    "file": "06_askmose_seniorraadet_2022.eml",
    "board": "Seniorrådet",
    "date": "2022-04-20",
    "kind": "referat",
    "points": [
        pt(1, "Godkendelse af dagsorden og referat fra sidste møde", None, False, [
            ("Aftalt:", "Begge godkendt."),
        ]),
        pt(2, "Høring om kvalitetsstandard for madservice 2022", "SR-2022-09", False, [
            ("Drøftelse:",
             "Kommunen foreslår, at varm mad leveres tre gange om ugen i stedet for hver hverdag. De øvrige dage får borgerne kølemad til opvarmning. "
             "Ændringen skal gælde fra 1. juli 2022. Rådet er bekymret for borgere med demens, som kan have svært ved at varme maden selv."),
            ("Aftalt:",
             "Rådet afgiver høringssvar om, at borgere med demens eller nedsat syn fortsat skal kunne få varm mad alle hverdage. Formanden skriver svaret inden 2. maj."),
        ]),
        pt(3, "Busbetjening af Askmose Nord - høring om ny køreplan", "SR-2022-11", False, [
            ("Drøftelse:",
             "Rute 341 får færre afgange om aftenen fra december. Rådet vil foreslå en teletaxa-løsning efter kl. 19."),
            ("Aftalt:", "Næstformanden skriver høringssvar."),
        ]),
        pt(4, "Klage fra pårørende over forhold på plejecenter", "SR-2022-14", True, [
            ("Drøftelse:",
             "Rådet har modtaget en henvendelse fra datteren til fru Agnete Holm Sejersen, beboer på Plejecentret Lindegården. "
             "Datteren oplyser, at moderen er faldet to gange i marts uden at familien blev orienteret."),
            ("Aftalt:", "Formanden videresender henvendelsen til Ældrechefen og beder om en redegørelse til næste møde."),
        ], mark="[FORTROLIGT - punktet må ikke deles uden for rådet, da det indeholder personoplysninger]"),
        pt(5, "Seniorrådets årsmøde og valg 2022", "SR-2022-15", False, [
            ("Drøftelse:", "Årsmødet holdes 14. september i Askmose Medborgerhus. Valget til Seniorrådet foregår som brevstemmevalg i oktober."),
            ("Aftalt:", "Sekretæren booker salen og bestiller kaffe til 120 personer."),
        ]),
        pt(6, "Eventuelt", None, False, [
            ("Aftalt:", "Intet."),
        ]),
    ],
    "secrets": ["fru Agnete Holm Sejersen", "Plejecentret Lindegården", "faldet to gange i marts"],
    "question": "får min mor stadig varm mad bragt ud hver dag, hun har demens",
    "cite_punkt": 2,
}


def render_06(m):
    lines = []
    a = lines.append
    a("Hej alle")
    a("")
    a("Hermed referatet fra mødet i Seniorrådet onsdag den 20. april 2022 kl. 10.00-12.30 i Askmose Medborgerhus, lokale 2.")
    a("Bemærk at punkt 4 er fortroligt - slet det venligst, hvis I sender referatet videre.")
    a("")
    a("Venlig hilsen")
    a("Gitte Lund, sekretær for Seniorrådet")
    a("")
    a("---------- Videresendt meddelelse ----------")
    a("Fra: Gitte Lund <gilu@askmose.example>")
    a("Dato: 21. april 2022 kl. 14.02")
    a("Emne: Referat Seniorrådet 20.04.2022")
    a("")
    a("REFERAT - SENIORRÅDET I ASKMOSE KOMMUNE")
    a("")
    a("Til stede: Erik Svane (formand), Bodil Kragh (næstformand), Hans Peter Dam, Ruth Nymann, Kaj Frost")
    a("Afbud: Ruth Nymann")
    a("Fra kommunen: Gitte Lund (sekretær)")
    a("")
    for p in m["points"]:
        a("%d) %s" % (p["n"], p["title"]))
        if p["case"]:
            a("Ref.: %s" % p["case"])
        if p["closed"]:
            a(p["mark"])
        for label, text in p["sections"]:
            bl = blocks(text)
            first = bl[0] if isinstance(bl[0], str) else ""
            a("%s %s" % (label, first))
            for b in bl[1:]:
                a(b if isinstance(b, str) else "\n".join("  * " + x for x in b))
        a("")
    a("Næste møde: 18. maj 2022.")
    a("")
    a("-- ")
    a("Askmose Kommune · Ældre og Sundhed · Torvegade 9 · 4990 Askmose")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Gitte Lund <gilu@askmose.example>"
    msg["To"] = "seniorraadet@askmose.example"
    msg["Subject"] = "VS: Referat Seniorrådet 20.04.2022"
    msg["Date"] = "Fri, 22 Apr 2022 08:15:00 +0200"
    msg["Message-ID"] = "<20220422081500.4417@askmose.example>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(lines) + "\n", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# =============================================================================
# 07  Halkær-Bredmose Brand og Redning - Beredskabskommissionen (RTF with running
#     header and footer: "Sag N:" headings, "Sagsnr." lines, decision label
#     "Beredskabskommissionens afgørelse", two kinds of closed notice)
# =============================================================================
M07 = {
    "file": "07_halkaer-bredmose_beredskabskommissionen_2020.rtf",
    "board": "Beredskabskommissionen",
    "date": "2020-12-02",
    "kind": "referat",
    "points": [
        pt(1, "Godkendelse af dagsorden", "BR-20-0300", False, [
            ("Beredskabskommissionens afgørelse", "Godkendt."),
        ]),
        pt(2, "Budget 2021 for Halkær-Bredmose Brand og Redning", "BR-20-0301", False, [
            ("Sagsfremstilling",
             "Budgettet for 2021 er på 38,6 mio. kr., fordelt med 58 pct. til Halkær Kommune og 42 pct. til Bredmose Kommune efter indbyggertal. "
             "Budgettet indeholder en ny slangetender til 2,1 mio. kr."),
            ("Beredskabskommissionens afgørelse", "Godkendt og sendt til de to kommunalbestyrelser."),
        ]),
        pt(3, "Risikobaseret dimensionering - høring af udkast", "BR-20-0288", False, [
            ("Sagsfremstilling",
             "Udkastet til ny dimensionering bevarer alle fire brandstationer, også stationen i Bredmose. "
             "Fra 1. april 2021 bemandes Bredmose station dog kun med deltidsstyrke om natten, mens udrykningstiden på 10 minutter i byområder fastholdes. "
             "Udkastet sendes i høring hos borgere, politi og nabokommuner i seks uger."),
            ("Beredskabskommissionens afgørelse",
             "Udkastet sendes i høring fra 7. december 2020 til 18. januar 2021. Der holdes borgermøde på Bredmose Skole den 12. januar."),
        ]),
        pt(4, "Afskedigelse af deltidsbrandmand", "BR-20-0344", True, [
            ("Sagsfremstilling",
             "Holdleder Kasper Veng Ibsen er sigtet for spirituskørsel i tjenestebil efter en øvelse den 14. november. Beredskabschefen har suspenderet ham."),
            ("Beredskabskommissionens afgørelse", "Kommissionen tiltræder afskedigelse efter høring af den ansatte."),
        ], mark="Behandles for lukkede døre - personsag"),
        pt(5, "Udbud af indsatslederbil - tildeling", "BR-20-0329", True, [
            ("Sagsfremstilling",
             "Der er modtaget tre tilbud. Det økonomisk mest fordelagtige tilbud er fra Nordjysk Specialkøretøjer ApS med en pris på 768.900 kr. inkl. udstyr."),
            ("Beredskabskommissionens afgørelse", "Kontrakten tildeles som indstillet. Punktet holdes fortroligt indtil standstill-perioden er udløbet."),
        ], mark="Fortroligt - udbudssag under standstill"),
        pt(6, "Fyrværkerisalg og afbrændingsforbud nytår 2020", "BR-20-0350", False, [
            ("Sagsfremstilling",
             "Der er givet tilladelse til 11 fyrværkeriudsalg. På grund af tørke i sommeren har kommissionen overvejet et forbud, men det vurderes ikke nødvendigt."),
            ("Beredskabskommissionens afgørelse", "Til efterretning."),
        ]),
    ],
    "secrets": ["Kasper Veng Ibsen", "spirituskørsel i tjenestebil",
                "Nordjysk Specialkøretøjer ApS", "768.900 kr. inkl. udstyr"],
    "question": "skal brandstationen i Bredmose lukke, og er der borgermøde om det",
    "cite_punkt": 3,
}


def rtf_escape(s):
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
    r = []
    a = r.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1030\n")
    a("{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n")
    a("{\\colortbl ;\\red192\\green0\\blue0;\\red0\\green0\\blue0;}\n")
    a("{\\info{\\title Referat Beredskabskommissionen}{\\author Halk\\u230?r-Bredmose Brand og Redning}"
      "{\\creatim\\yr2020\\mo12\\dy3\\hr9\\min0}}\n")
    a("\\paperw11906\\paperh16838\\margl1418\\margr1134\\margt1134\\margb1134\n")
    a("{\\header\\pard\\qr\\f0\\fs16 " + rtf_escape("Halkær-Bredmose Brand og Redning - Referat 02.12.2020") + "\\par}\n")
    a("{\\footer\\pard\\qc\\f0\\fs16 Side {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n")
    a("\\pard\\f0\\fs32\\b " + rtf_escape("Beredskabskommissionen") + "\\b0\\par\n")
    a("\\pard\\fs22 " + rtf_escape("Halkær-Bredmose Brand og Redning") + "\\par\n")
    a("\\pard\\fs22 " + rtf_escape("REFERAT af møde onsdag den 2. december 2020 kl. 14.00 på Hovedbrandstationen, Industrivej 40, Halkær") + "\\par\\par\n")
    a("\\pard\\fs20 " + rtf_escape("Medlemmer: Borgmester Jytte Fals, Halkær (formand), borgmester Niels Hjort, Bredmose (næstformand), "
                                   "Camilla Brøns, Peter Ravn, politiinspektør Susanne Moos") + "\\par\n")
    a("\\pard\\fs20 " + rtf_escape("Afbud: Peter Ravn") + "\\par\n")
    a("\\pard\\fs20 " + rtf_escape("Sekretær: beredskabschef Allan Thybo") + "\\par\\par\n")
    for p in m["points"]:
        a("\\pard\\sb240\\keepn\\fs26\\b " + rtf_escape("Sag %d: %s" % (p["n"], p["title"])) + "\\b0\\par\n")
        a("\\pard\\fs18\\i " + rtf_escape("Sagsnr. %s" % p["case"]) + "\\i0\\par\n")
        if p["closed"]:
            a("\\pard\\fs20\\cf1\\b " + rtf_escape(p["mark"]) + "\\b0\\cf0\\par\n")
        for label, text in p["sections"]:
            a("\\pard\\sb120\\fs20\\ul " + rtf_escape(label) + "\\ulnone\\par\n")
            for b in blocks(text):
                if isinstance(b, list):
                    for x in b:
                        a("\\pard\\li360\\fs20 \\bullet\\tab " + rtf_escape(x) + "\\par\n")
                else:
                    a("\\pard\\fs20 " + rtf_escape(b) + "\\par\n")
    a("\\pard\\par\\fs20 " + rtf_escape("Mødet sluttede kl. 15.35.") + "\\par\n}")
    return "".join(r).encode("ascii")


# =============================================================================
# 08  Tornbjerg Kommune - Beskæftigelsesudvalget (ODT: "NN (B)" / "NN (O)"
#     headings with a type code, an "Emne-ID" line, "Protokol" as decision label,
#     "Ej offentligt punkt" notice)
# =============================================================================
M08 = {
    "file": "08_tornbjerg_beskaeftigelsesudvalget_2023.odt",
    "board": "Beskæftigelsesudvalget",
    "date": "2023-01-30",
    "kind": "referat",
    "points": [
        pt(12, "Godkendelse af dagsorden", "TB-2023-00101", False, [
            ("Protokol", "Godkendt."),
        ], tag="B"),
        pt(13, "Ledighed og jobparate kontanthjælpsmodtagere, 4. kvartal 2022", "TB-2023-00102", False, [
            ("Sagsfremstilling",
             "Ledigheden var 3,1 pct. i december 2022 mod 3,4 pct. året før. Antallet af jobparate kontanthjælpsmodtagere er faldet fra 212 til 174."),
            ("Protokol", "Til efterretning."),
        ], tag="O"),
        pt(14, "Sommerjob til unge 15-17 år - ny ordning 2023", "TB-2023-00117", False, [
            ("Sagsfremstilling",
             "Jobcentret foreslår en ordning, hvor 60 unge mellem 15 og 17 år kan få et sommerjob på tre uger i kommunens parker, på plejecentre eller i børnehaver. "
             "De unge ansættes i 20 timer om ugen og får løn efter overenskomsten for unge under 18 år, ca. 82 kr. i timen.\n\n"
             "Ansøgning sker via kommunens hjemmeside fra 1. marts til 31. marts 2023. Hvis der er flere ansøgere end pladser, trækkes der lod, "
             "dog med forrang for unge, der ikke tidligere har haft et fritidsjob."),
            ("Økonomi", "Ordningen koster 395.000 kr. og finansieres af puljen til unge og uddannelse."),
            ("Protokol", "Godkendt. Udvalget ønsker en evaluering efter sommerferien med de unges egne vurderinger."),
        ], tag="B"),
        pt(15, "Standsning af samarbejde med virksomhed om virksomhedspraktik", "TB-2023-00121", True, [
            ("Sagsfremstilling",
             "Ved et anmeldt besøg blev det konstateret, at Fiskeeksport Tornhavn ApS har haft praktikanter uden arbejdsskadeforsikring og uden den aftalte mentor."),
            ("Protokol", "Udvalget tiltræder, at samarbejdet ophører straks, og at sagen sendes til Arbejdstilsynet."),
        ], mark="Ej offentligt punkt - oplysninger om en privat virksomheds forhold (offentlighedslovens § 30, nr. 2)", tag="B"),
        pt(16, "Budgetopfølgning pr. 31.12.2022", "TB-2023-00130", False, [
            ("Sagsfremstilling",
             "Regnskabet viser et mindreforbrug på 6,2 mio. kr., primært på sygedagpenge. Der søges om overførsel af 1,5 mio. kr. til 2023."),
            ("Protokol", "Anbefales."),
        ], tag="O"),
    ],
    "secrets": ["Fiskeeksport Tornhavn ApS", "praktikanter uden arbejdsskadeforsikring"],
    "question": "min datter er 16 og vil gerne have sommerjob hos kommunen - hvordan søger hun og hvad får hun i timen",
    "cite_punkt": 14,
}

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def render_08(m):
    body = []
    a = body.append

    def p(text, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    p("Tornbjerg Kommune", "Kommune")
    a('<text:h text:style-name="Titel" text:outline-level="1">%s</text:h>' % xesc("Beskæftigelsesudvalget - referat"))
    p("Mandag den 30. januar 2023 kl. 16.30, Jobcentret, mødelokale Bøgen")
    a('<table:table table:name="Deltagere"><table:table-column table:number-columns-repeated="2"/>')
    for k, v in [("Medlemmer", "Rikke Holm (formand), Bjarne Lau, Henrik Ovesen, Fatima Zaki, Grethe Bang"),
                 ("Fraværende", "Henrik Ovesen"),
                 ("Referent", "Mads Winther")]:
        a('<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell>'
          '<table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>' % (xesc(k), xesc(v)))
    a('</table:table>')
    p("Sagstyper: (B) = beslutningssag, (O) = orienteringssag", "Lille")
    for pt_ in m["points"]:
        a('<text:h text:style-name="Punkt" text:outline-level="2">%d (%s)<text:tab/>%s</text:h>'
          % (pt_["n"], pt_["tag"], xesc(pt_["title"])))
        p("Emne-ID: %s" % pt_["case"], "Lille")
        if pt_["closed"]:
            p(pt_["mark"], "Advarsel")
        for label, text in pt_["sections"]:
            p(label, "Afsnit")
            for b in blocks(text):
                if isinstance(b, list):
                    a('<text:list>' + "".join('<text:list-item><text:p>%s</text:p></text:list-item>' % xesc(x) for x in b) + '</text:list>')
                else:
                    p(b)
    p("Mødet sluttede kl. 17.55.")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ODT_NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Kommune" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Titel" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Punkt" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Afsnit" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Lille" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
              '<style:style style:name="Advarsel" style:family="paragraph"><style:text-properties fo:color="#b00000" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % ODT_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<dc:title>Referat Beskæftigelsesudvalget 30.01.2023</dc:title><meta:creation-date>2023-01-31T08:00:00</meta:creation-date>'
            '<meta:generator>LibreOffice/7.4</meta:generator></office:meta></office:document-meta>' % ODT_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, stored in [("mimetype", b"application/vnd.oasis.opendocument.text", True),
                                   ("content.xml", content.encode("utf-8"), False),
                                   ("styles.xml", styles.encode("utf-8"), False),
                                   ("meta.xml", meta.encode("utf-8"), False),
                                   ("META-INF/manifest.xml", manifest.encode("utf-8"), False)]:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# =============================================================================
# 09  Kløvenhøj Kommune - Klima- og Naturudvalget (Markdown with YAML front
#     matter listing the closed points, an overview pipe table, bold paragraph
#     headings "**Punkt N.** Titel", blockquoted decisions, a bracketed notice)
# =============================================================================
M09 = {
    "file": "09_kloevenhoej_klima-og-naturudvalget_2024.md",
    "board": "Klima- og Naturudvalget",
    "date": "2024-09-17",
    "kind": "referat",
    "points": [
        pt(4, "Godkendelse af dagsorden", "2024-0012", False, [
            ("Beslutning", "Godkendt."),
        ]),
        pt(5, "Naturgenopretning af Skærbæk Enge - projektforslag", "2024-2281", False, [
            ("Sagsfremstilling",
             "Projektet lukker fire grøfter og genskaber 46 ha våd eng langs Skærbæk. Lodsejerne får kompensation via statens pulje for lavbundsjorder. "
             "Projektet forventes at reducere udledningen med ca. 900 ton CO2 om året."),
            ("Beslutning", "Godkendt. Projektet sendes til forundersøgelse."),
        ]),
        pt(6, "Hundeskov i Kløvenhøj Plantage", "2024-3307", False, [
            ("Sagsfremstilling",
             "Borgerforeningen har foreslået en indhegnet hundeskov på ca. 3 ha i den sydlige del af plantagen ved P-pladsen på Granvej. "
             "Hegnet bliver 1,2 m højt med to sluser, og der opsættes affaldsspande og en bænk."),
            ("Økonomi", "Etablering koster 145.000 kr., heraf betaler borgerforeningen 30.000 kr. via fondsmidler."),
            ("Beslutning",
             "Godkendt. Hundeskoven etableres i vinteren 2024/25 og forventes at åbne 1. marts 2025. Hunde skal fortsat føres i snor i resten af plantagen."),
        ]),
        pt(7, "Påbud om oprensning af forurenet grund", "2024-3015", True, [
            ("Sagsfremstilling",
             "Autoophug Ravnsted I/S har ikke efterkommet påbuddet fra marts om at fjerne olieforurenet jord ved værkstedsbygningen. "
             "Der er fundet olie og tungmetaller i en boring 4 meter fra en privat drikkevandsbrønd."),
            ("Beslutning", "Udvalget godkender, at der pålægges en tvangsbøde på 5.000 kr. pr. dag fra 1. oktober."),
        ], mark="[LUKKET PUNKT - vises ikke i den offentlige udgave af referatet]"),
        pt(8, "Skybrudsplan for Kløvenhøj by", "2024-2950", False, [
            ("Sagsfremstilling",
             "Planen udpeger tre områder med størst risiko: Bymidten, Engvejskvarteret og området ved stationen. "
             "Forsyningen foreslår et regnvandsbassin i Engparken som første projekt."),
            ("Beslutning", "Sendes i høring i otte uger."),
        ]),
        pt(9, "Meddelelser", None, False, [
            ("Beslutning", "Formanden orienterede om naturpris 2024. Til efterretning."),
        ]),
    ],
    "secrets": ["Autoophug Ravnsted I/S", "4 meter fra en privat drikkevandsbrønd", "tvangsbøde på 5.000 kr. pr. dag"],
    "question": "hvornår åbner hundeskoven i plantagen og skal hunden stadig i snor andre steder",
    "cite_punkt": 6,
}


def render_09(m):
    o = []
    a = o.append
    a("---")
    a("kommune: Kløvenhøj Kommune")
    a("udvalg: Klima- og Naturudvalget")
    a("dokumenttype: referat")
    a("moededato: 2024-09-17")
    a("lukkede_punkter: [%s]" % ", ".join(str(p["n"]) for p in m["points"] if p["closed"]))
    a("version: intern")
    a("---")
    a("")
    a("Klima- og Naturudvalget — referat")
    a("==================================")
    a("")
    a("*Tirsdag 17. september 2024, kl. 8.00-10.15 · Teknisk Forvaltning, lokale Lærken*")
    a("")
    a("Deltagere: Per Holst (formand), Ida Mørch, Kenneth Vad, Rasmus Bjerre, Sofie Lind  ")
    a("Fraværende: Kenneth Vad  ")
    a("Referent: Nina Krog")
    a("")
    a("| Pkt | Sag | Titel | Adgang |")
    a("|---:|---|---|---|")
    for p in m["points"]:
        a("| %d | %s | %s | %s |" % (p["n"], p["case"] or "–", p["title"], "lukket" if p["closed"] else "åben"))
    a("")
    for p in m["points"]:
        a("* * *")
        a("")
        a("**Punkt %d.** %s" % (p["n"], p["title"]))
        a("")
        if p["case"]:
            a("Sag: `%s`" % p["case"])
            a("")
        if p["closed"]:
            a(p["mark"])
            a("")
        for label, text in p["sections"]:
            if label == "Beslutning":
                for i, b in enumerate(blocks(text)):
                    a("> **Beslutning:** %s" % b if i == 0 else "> %s" % b)
                a("")
            else:
                a("*%s*" % label)
                a("")
                for b in blocks(text):
                    if isinstance(b, list):
                        for x in b:
                            a("- " + x)
                    else:
                        a(b)
                    a("")
    a("* * *")
    a("")
    a("<!-- eksporteret fra politikerportalen 2024-09-18 -->")
    return ("\n".join(o) + "\n").encode("utf-8")


# =============================================================================
# 10  Vesterhede Kommune - Børne- og Ungeudvalget (XML export with English
#     element names, point number as <SortNumber>, <IsPublic>false</IsPublic>
#     plus <ExemptionNote>, section bodies as CDATA holding HTML)
# =============================================================================
M10 = {
    "file": "10_vesterhede_boerne-og-ungeudvalget_2021.xml",
    "board": "Børne- og Ungeudvalget",
    "date": "2021-05-18",
    "kind": "referat",
    "points": [
        pt(63, "Godkendelse af dagsorden", "21/00050-1", False, [
            ("Beslutning", "Godkendt."),
        ]),
        pt(64, "Udvidet åbningstid i vuggestuer i Vesterhede by", "21/07734-2", False, [
            ("Sagsfremstilling",
             "En forældreundersøgelse viser, at 41 familier har behov for pasning før kl. 6.30, især forældre med skiftehold på sygehuset. "
             "Forvaltningen foreslår, at Vuggestuen Solsikken åbner kl. 6.00 fra 1. august 2021 som forsøg i et år. "
             "Tidlig pasning skal bookes senest fredagen før via forældreappen."),
            ("Økonomi", "Forsøget koster 260.000 kr. om året til ekstra personale."),
            ("Beslutning", "Godkendt som forsøg. Forsøget evalueres i foråret 2022 med tal for fremmøde før kl. 6.30."),
        ]),
        pt(65, "Tilsyn med privat børnehave", "21/08812-7", True, [
            ("Sagsfremstilling",
             "Ved tilsynet i Børnehaven Mælkebøtten ApS er der fundet manglende normering i ydertimerne og mangelfuld dokumentation af sprogvurderinger."),
            ("Beslutning", "Udvalget godkender skærpet tilsyn frem til 1. oktober og et nyt uanmeldt besøg i juni."),
        ], mark="Ikke offentlig - vedrører en privat institutions forhold"),
        pt(66, "Sommerferieaktiviteter for skolebørn 2021", "21/06100-3", False, [
            ("Sagsfremstilling",
             "Kommunen har fået 1,1 mio. kr. fra statens sommerpulje. Pengene bruges til gratis dagscamps i uge 27-31 på fire skoler og til udflugter med ungdomsskolen."),
            ("Beslutning", "Godkendt."),
        ]),
        pt(67, "Anbringelsesområdet - udgiftsudvikling 1. kvartal", "21/08030-1", False, [
            ("Sagsfremstilling",
             "Udgifterne til anbringelser forventes at overstige budgettet med 3,4 mio. kr. på grund af fire nye anbringelser på opholdssteder."),
            ("Beslutning", "Til efterretning."),
        ]),
    ],
    "secrets": ["Børnehaven Mælkebøtten ApS", "manglende normering i ydertimerne", "skærpet tilsyn frem til 1. oktober"],
    "question": "kan jeg aflevere min lille i vuggestuen kl 6 om morgenen efter sommerferien",
    "cite_punkt": 64,
}


def render_10(m):
    o = []
    a = o.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<MeetingExport xmlns="urn:vesterhede:politik:export:3" exportedAt="2021-05-19T07:30:00">')
    a('  <Municipality>Vesterhede Kommune</Municipality>')
    a('  <Committee code="BUU">Børne- og Ungeudvalget</Committee>')
    a('  <DocumentType>Referat</DocumentType>')
    a('  <MeetingStart>2021-05-18T15:00:00</MeetingStart>')
    a('  <Location>Vesterhede Rådhus, mødelokale 2.14</Location>')
    a('  <Participants>')
    for name, role, present in [("Marianne Kjær", "formand", True), ("Jonas Friberg", "næstformand", True),
                                ("Helle Østergaard", "medlem", False), ("Omar Said", "medlem", True), ("Lis Brandt", "medlem", True)]:
        a('    <Participant role=%s present="%s">%s</Participant>' % (quoteattr(role), "true" if present else "false", xesc(name)))
    a('  </Participants>')
    a('  <AgendaItems>')
    for p in m["points"]:
        a('    <AgendaItem>')
        a('      <SortNumber>%d</SortNumber>' % p["n"])
        a('      <Caption>%s</Caption>' % xesc(p["title"]))
        a('      <CaseReference>%s</CaseReference>' % p["case"])
        a('      <IsPublic>%s</IsPublic>' % ("false" if p["closed"] else "true"))
        if p["closed"]:
            a('      <ExemptionNote>%s</ExemptionNote>' % xesc(p["mark"]))
        a('      <Fields>')
        for label, text in p["sections"]:
            html = "\n".join("<p>%s</p>" % escape(b, quote=False) if isinstance(b, str)
                             else "<ul>%s</ul>" % "".join("<li>%s</li>" % escape(x, quote=False) for x in b)
                             for b in blocks(text))
            a('        <Field>')
            a('          <Heading>%s</Heading>' % xesc(label))
            a('          <Body><![CDATA[%s]]></Body>' % html)
            a('        </Field>')
        a('      </Fields>')
        a('    </AgendaItem>')
    a('  </AgendaItems>')
    a('</MeetingExport>')
    return ("\n".join(o) + "\n").encode("utf-8")


MEETINGS = [M01, M02, M03, M04, M05, M06, M07, M08, M09, M10]
RENDER = {"01": render_01, "02": render_02, "03": render_03, "04": render_04, "05": render_05,
          "06": render_06, "07": render_07, "08": render_08, "09": render_09, "10": render_10}


def expected(m):
    return {"file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": m["secrets"], "question": m["question"], "cite_punkt": m["cite_punkt"]}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for m in MEETINGS:
        path = os.path.join(outdir, m["file"])
        fn = RENDER[m["file"][:2]]
        if m["file"].endswith((".docx", ".pdf")):
            fn(m, path)
        else:
            with open(path, "wb") as f:
                f.write(fn(m))
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump([expected(m) for m in MEETINGS], f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d files to %s" % (len(MEETINGS), outdir))


if __name__ == "__main__":
    main()
