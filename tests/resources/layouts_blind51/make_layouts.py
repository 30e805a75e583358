#!/usr/bin/env python3
"""Generate ten invented meeting documents in realistic layouts (blind51).

All boards, municipalities, people and amounts are fictional and written for
this set.  Run with a Python that has python-docx installed:

    python make_layouts.py

Writes the ten files next to this script; expected.json is kept by hand
beside it and checked by validate_layouts.py.
"""
import email.message
import email.utils
import html
import os
import textwrap

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 01  HTML agenda-system export: school board
# ---------------------------------------------------------------------------
def make_01():
    pts = [
        (1, "Godkendelse af dagsorden", "19/811", False,
         ["Dagsordenen blev udsendt den 26. september."],
         "Godkendt uden bemærkninger."),
        (2, "Meddelelser fra skolelederen", "19/812", False,
         ["Skolelederen orienterede om, at to nye lærere er startet efter efterårsferien, "
          "den ene i indskolingen og den anden som naturfagslærer i udskolingen.",
          "Renoveringen af skolekøkkenet er forsinket, fordi leverancen af nye komfurer er "
          "udskudt. Madkundskab flytter derfor midlertidigt til fritidshjemmets køkken."],
         "Orienteringen blev taget til efterretning."),
        (3, "Principper for lektiecafé", "19/1204", False,
         ["Skolebestyrelsen drøftede på sidste møde et udkast til principper for skolens "
          "lektiecafé. Forslaget er nu tilrettet efter input fra elevrådet.",
          "Lektiecaféen holdes tirsdag og torsdag fra kl. 14.15 til 15.30 i biblioteket og er "
          "for elever i 3.-6. klasse. Der er altid mindst én lærer og én pædagog til stede. "
          "Det er frivilligt at deltage, og forældre skal ikke tilmelde deres barn."],
         "Skolebestyrelsen godkendte principperne. De lægges på forældreintra i næste uge."),
        (4, "Trafiksikkerhed ved skolens indkørsel", "19/1377", False,
         ["Flere forældre har henvendt sig om farlige situationer om morgenen ved indkørslen "
          "fra Bøgevej, hvor biler holder i dobbelt række for at sætte børn af.",
          "Formanden foreslår, at bestyrelsen beder kommunens vejafdeling om at se på en "
          "egentlig afsætningszone og skiltning med standsningsforbud."],
         "Bestyrelsen sender et brev til Teknik og Miljø med ønske om en afsætningszone på "
         "Bøgevej. Formanden skriver brevet."),
        (5, "Klage over forhold i en klasse", "19/1502", True,
         ["Skolelederen redegjorde for en klage fra forældrene til Malthe Engstrøm-Ravn over "
          "skolens håndtering af en konflikt i klassen.",
          "Forvaltningen har vurderet sagen, og der tilbydes et forlig, hvor skolen dækker "
          "udgifter til en ødelagt tablet med 3.850 kr."],
         "Bestyrelsen tog redegørelsen til efterretning."),
        (6, "Budget for skolebestyrelsens arrangementer 2020", "19/1520", False,
         ["Skolebestyrelsen har hidtil haft 15.000 kr. om året til arrangementer som "
          "forældremøder med oplægsholder og sommerfesten. Skolelederen foreslår at hæve "
          "beløbet til 18.000 kr. i 2020, fordi sommerfesten er blevet større."],
         "Godkendt. Beløbet på 18.000 kr. indarbejdes i skolens budget."),
        (7, "Eventuelt", None, False,
         ["Næste møde holdes i november. Julefrokosten for bestyrelsen aftales på mail."],
         "Intet til referat."),
    ]
    nav = """<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Referat - Skolebestyrelsen ved Solbakkeskolen - Lindeå Kommune</title>
<link rel="stylesheet" href="/static/agenda/css/main.css">
<script src="/static/agenda/js/cookieconsent.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'page':'meeting'});</script>
</head>
<body class="meeting-view">
<a class="skip-link" href="#content">Gå til indhold</a>
<header class="site-header">
  <div class="logo"><a href="/">Lindeå Kommune</a></div>
  <nav class="main-nav">
    <ul>
      <li><a href="/borger">Borger</a></li>
      <li><a href="/erhverv">Erhverv</a></li>
      <li class="active"><a href="/politik">Politik</a></li>
      <li><a href="/om-kommunen">Om kommunen</a></li>
    </ul>
  </nav>
  <form class="search" action="/soeg"><input type="text" name="q" placeholder="Søg på lindeaa.dk"><button>Søg</button></form>
</header>
<div class="breadcrumb"><a href="/">Forside</a> &rsaquo; <a href="/politik">Politik</a> &rsaquo; <a href="/politik/dagsordener">Dagsordener og referater</a> &rsaquo; Skolebestyrelsen ved Solbakkeskolen</div>
<aside class="sidebar">
  <h3>Andre møder</h3>
  <ul>
    <li><a href="/moede/8812">Torsdag, September 5, 2019</a></li>
    <li><a href="/moede/8901">Torsdag, November 7, 2019</a></li>
    <li><a href="/moede/9020">Torsdag, December 12, 2019</a></li>
  </ul>
  <h3>Værktøjer</h3>
  <ul><li><a href="#" onclick="window.print()">Udskriv</a></li><li><a href="/moede/8850/pdf">Hent som PDF</a></li><li><a href="/rss">RSS</a></li></ul>
</aside>
<main id="content">
<div class="meeting-head">
  <h1>Referat</h1>
  <div class="meeting-meta">
    <div><span class="label">Udvalg:</span> Skolebestyrelsen ved Solbakkeskolen</div>
    <div><span class="label">Mødetid:</span> Torsdag, Oktober 3, 2019 kl. 17:00</div>
    <div><span class="label">Mødested:</span> Personalerummet, Solbakkeskolen</div>
    <div><span class="label">Deltagere:</span> Henriette Faber (formand), Søren Lykke, Amira Haddad, Jonas Friis, Pernille Skov (skoleleder), to elevrådsrepræsentanter</div>
  </div>
</div>
<ul class="agenda-toc">
"""
    parts = [nav]
    for n, title, case, closed, body, dec in pts:
        label = ("Lukket punkt: " if closed else "") + title
        parts.append(f'  <li><a href="#punkt{n}">{n}. {html.escape(label)}</a></li>\n')
    parts.append("</ul>\n")
    for n, title, case, closed, body, dec in pts:
        parts.append(f'<section class="agenda-item" id="punkt{n}">\n')
        if closed:
            parts.append(f'  <h2 class="item-title closed">Punkt {n} - {html.escape(title)} <span class="badge">Lukket punkt</span></h2>\n')
        else:
            parts.append(f'  <h2 class="item-title">Punkt {n} - {html.escape(title)}</h2>\n')
        if case:
            parts.append(f'  <div class="case-no">Sagsnr: {case}</div>\n')
        parts.append('  <h3>Sagsfremstilling</h3>\n')
        for p in body:
            parts.append(f'  <p>{html.escape(p)}</p>\n')
        parts.append('  <h3>Beslutning</h3>\n')
        parts.append(f'  <p>{html.escape(dec)}</p>\n')
        parts.append('  <div class="item-tools"><a href="#top">Til toppen</a> | <a href="#">Del</a></div>\n')
        parts.append('</section>\n')
    parts.append("""</main>
<footer class="site-footer">
  <p>Lindeå Kommune &middot; Torvet 1 &middot; 9999 Lindeå &middot; Tlf. 70 00 00 00</p>
  <p><a href="/cookies">Cookies</a> | <a href="/tilgaengelighed">Tilgængelighedserklæring</a> | <a href="/privatliv">Privatlivspolitik</a></p>
  <p class="generated">Genereret af dagsordensystemet 4.2.1</p>
</footer>
</body>
</html>
""")
    with open(out("01_lindeaa_skolebestyrelse_2019.html"), "w", encoding="utf-8") as fh:
        fh.write("".join(parts))


# ---------------------------------------------------------------------------
# 02  DOCX: housing organisation board, points in a table
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_paragraph("Boligforeningen Egeparken")
    doc.add_heading("Referat af møde i organisationsbestyrelsen", level=1)
    doc.add_paragraph("Den 09.01.2020 kl. 13:00")
    doc.add_paragraph("Sted: Fælleshuset, Egeparken 14")
    doc.add_paragraph("Til stede: Bent Rasmussen (formand), Lise Mogensen, Kasper Holm, "
                      "Fatma Yilmaz. Fra administrationen: driftschef Niels Ager (referent).")
    doc.add_paragraph("Afbud: Ole Brix.")
    doc.add_paragraph("Dagsorden")
    rows = [
        ("1.", "Godkendelse af referat fra mødet den 28.11.2019", ""),
        ("2.", "Regnskab for 1.-3. kvartal 2019", "J.nr. 2019-118"),
        ("3.", "Udskiftning af altaner i blok C", "J.nr. 2019-131"),
        ("4.", "Husorden - regler for grill på altaner", "J.nr. 2020-002"),
        ("5.", "Fremleje af erhvervslokale (lukket)", "J.nr. 2020-005"),
        ("6.", "Eventuelt", ""),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Nr.", "Punkt", "J.nr."
    for a, b, c in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c

    def point(head, jnr, paras, decision):
        doc.add_heading(head, level=2)
        if jnr:
            doc.add_paragraph(jnr)
        for p in paras:
            doc.add_paragraph(p)
        para = doc.add_paragraph()
        r = para.add_run("Beslutning: ")
        r.bold = True
        para.add_run(decision)

    point("1. Godkendelse af referat fra mødet den 28.11.2019", None, [],
          "Godkendt.")
    point("2. Regnskab for 1.-3. kvartal 2019", "J.nr. 2019-118",
          ["Administrationen har udarbejdet kvartalsregnskab for de første tre kvartaler. "
           "Foreningen forventer et mindre overskud, primært fordi udgifterne til snerydning "
           "blev lavere end budgetteret.",
           "Tabet ved fraflytninger ligger på niveau med sidste år."],
          "Regnskabet blev taget til efterretning.")
    point("3. Udskiftning af altaner i blok C", "J.nr. 2019-131",
          ["Altanerne i blok C er fra 1968 og har revner i betonen. Rådgiveren har indhentet "
           "tilbud fra tre entreprenører. Det billigste tilbud lyder på 4,2 mio. kr. inkl. moms "
           "og stilladser.",
           "Projektet finansieres ved lån, og huslejen i blok C forventes at stige med ca. "
           "3 procent."],
          "Bestyrelsen anbefaler projektet. Det forelægges på et ekstraordinært afdelingsmøde "
          "den 12. februar 2020, hvor beboerne skal stemme om det.")
    point("4. Husorden - regler for grill på altaner", "J.nr. 2020-002",
          ["Der har været klager over røg fra grill på altanerne i sommer. Forslaget er, at "
           "gas- og elgrill fortsat er tilladt på altaner, mens kulgrill og engangsgrill kun må "
           "bruges på de fælles grillpladser ved legepladsen."],
          "Forslaget sendes videre til afdelingsmødet i marts med bestyrelsens anbefaling.")
    point("5. Fremleje af erhvervslokale (lukket)", "J.nr. 2020-005",
          ["Lokalet i stueetagen i blok A har stået tomt siden sommer. Café Kornblomsten ApS har "
           "tilbudt at leje det for en månedlig leje på 11.400 kr. med tre måneders "
           "forudbetalt depositum."],
          "Administrationen forhandler videre og fremlægger en kontrakt på næste møde.")
    point("6. Eventuelt", None,
          ["Kasper Holm gjorde opmærksom på, at lyset i kælderen under blok B er defekt."],
          "Driftschefen følger op.")
    doc.add_paragraph("Referent: Niels Ager")
    doc.save(out("02_egeparken_boligforening_2020.docx"))


# ---------------------------------------------------------------------------
# 03  TXT: parish council with running numbers "Nr.60 - ..."
# ---------------------------------------------------------------------------
def make_03():
    txt = """KÆRBY MENIGHEDSRÅD

Referat af menighedsrådsmøde
15-maj-2002 kl. 19.00 i konfirmandstuen, Kærby Præstegård

Til stede: Anna Lund (formand), sognepræst Morten Kragh, Erik Hove (kasserer),
Karen Bisgaard, Jens Ulrik Toft, Marianne Nør (kirkeværge)
Afbud: Poul Thygesen
Referent: Karen Bisgaard

--------------------------------------------------------------------------

Nr.58 - Godkendelse af dagsorden

Dagsordenen blev godkendt.

--------------------------------------------------------------------------

Nr.59 - Kirkegårdens nye takster
J.nr.: 2002-11

Provstiet har bedt om menighedsrådets forslag til takster for 2003. Graveren
har regnet på udgifterne til vedligeholdelse af gravsteder, og taksten for
et almindeligt gravsted foreslås hævet fra 420 kr. til 465 kr. om året.

Beslutning: Menighedsrådet vedtog de nye takster. Forslaget sendes til
provstiudvalget til godkendelse.

--------------------------------------------------------------------------

Nr.60 - Renovering af kirkens orgel
J.nr.: 2002-14

Orglet blev sidst istandsat i 1979. Orgelkonsulenten har besigtiget det og
anbefaler en hovedrengøring og udskiftning af bælgen. Der er indhentet to
overslag fra orgelbyggere.

Beslutning: Kassereren søger provstiudvalget om midler af de
kirkelige ligningsmidler. Sagen genoptages, når svaret foreligger.

--------------------------------------------------------------------------

Nr.61 - Konfirmationsforberedelse og minikonfirmander
J.nr.: 2002-09

Sognepræsten foreslog, at kirken fra efteråret tilbyder minikonfirmand-
undervisning for 3. klasse fra Kærby Skole. Forløbet er 10 onsdage efter
skoletid med start i uge 37, og der serveres boller og saftevand.

Beslutning: Godkendt. Præsten kontakter skolen om at dele invitationer ud.

--------------------------------------------------------------------------

Nr.62 - LUKKET SAG - Personalesag vedr. kirketjener
J.nr.: 2002-16

Kirketjener Gudrun Vinkelsen har opsagt sin stilling pr. 31. juli. Formanden
har forhandlet en fratrædelsesgodtgørelse på 21.500 kr. på plads.

Beslutning: Aftalen blev tiltrådt. Stillingen slås op i kirkebladet.

--------------------------------------------------------------------------

Nr.63 - Meddelelser fra formand og præst

Formanden: Provstiet holder budgetsamråd den 11. juni.
Præsten: Der er 14 konfirmander til efteråret.

--------------------------------------------------------------------------

Nr.64 - Eventuelt

Kirkeværgen bad om hjælp til at rense tagrenderne på våbenhuset. Jens
Ulrik Toft og Erik Hove melder sig.

Mødet sluttede kl. 21.40.

Anna Lund            Morten Kragh        Erik Hove
Karen Bisgaard       Jens Ulrik Toft     Marianne Nør
"""
    with open(out("03_kaerby_menighedsraad_2002.txt"), "w", encoding="utf-8") as fh:
        fh.write(txt)


# ---------------------------------------------------------------------------
# hand-rolled PDF writer (Helvetica, WinAnsiEncoding, Tj per line)
# ---------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252")
    o = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            o.append("\\" + c)
        elif 32 <= ch < 127:
            o.append(c)
        else:
            o.append("\\%03o" % ch)
    return "(" + "".join(o) + ")"


def wrap_hyphen(text, width, nobreak=()):
    """Wrap text; a long word that would overflow is hyphenated across lines
    (unless it belongs to a phrase in nobreak)."""
    protected = set()
    for ph in nobreak:
        protected.update(ph.split())
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w).strip()
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0) - 1
        if len(w) >= 9 and room >= 4 and w not in protected and w.isalpha():
            cut = min(room, len(w) - 3)
            lines.append((cur + " " + w[:cut] + "-").strip())
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def write_pdf(path, lines, header_fn, per_page=50):
    """lines: list of (text, size, bold)."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    n = len(pages)
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        c = ["BT", "/F1 8 Tf", "50 810 Td", _pdf_str(header_fn(i + 1, n)) + " Tj", "ET"]
        y = 780
        for text, size, bold in pg:
            if text:
                c.append("BT")
                c.append(f"/{'F2' if bold else 'F1'} {size} Tf")
                c.append(f"50 {y} Td")
                c.append(_pdf_str(text) + " Tj")
                c.append("ET")
            y -= 14 if size <= 10 else 18
        stream = "\n".join(c)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>")
        objs.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += f"{k} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(buf)
    buf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        buf += f"{o:010d} 00000 n \n".encode()
    buf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as fh:
        fh.write(bytes(buf))


def pdf_lines(blocks, nobreak, width=88):
    lines = []
    for kind, text in blocks:
        if kind == "h1":
            lines.append((text, 14, True))
            lines.append(("", 10, False))
        elif kind == "h2":
            lines.append(("", 10, False))
            lines.append((text, 11, True))
        elif kind == "b":
            lines.append((text, 10, True))
        elif kind == "p":
            for ln in wrap_hyphen(text, width, nobreak):
                lines.append((ln, 10, False))
            lines.append(("", 10, False))
        elif kind == "l":
            lines.append((text, 10, False))
    return lines


# ---------------------------------------------------------------------------
# 04  PDF: utility company board, two confidential points
# ---------------------------------------------------------------------------
def make_04():
    secrets = ["Anders Bøttcher Lunding", "1.975.000 kr.", "Vibeke Sandahl Krog", "62.500 kr."]
    B = [
        ("h1", "Referat af bestyrelsesmøde i Nordå Forsyning A/S"),
        ("l", "Tirsdag den 23. marts 2021 kl. 16.00-18.30"),
        ("l", "Sted: Administrationsbygningen, Værkvej 3, mødelokale Kilden"),
        ("l", "Deltagere: Torben Vind (formand), Lone Kirk (næstformand), Hans Peter Dahl,"),
        ("l", "Rikke Fogh, Ib Sørensen (medarbejdervalgt). Direktør Mette Brandt."),
        ("l", "Referent: Camilla Ørum, direktionssekretær"),
        ("h2", "1. Godkendelse af dagsorden og referat"),
        ("l", "Sagsnr. 330-2021-0398"),
        ("p", "Dagsordenen og referatet fra mødet den 14. december 2020 blev godkendt uden "
              "bemærkninger og underskrevet digitalt."),
        ("h2", "2. Årsrapport 2020"),
        ("l", "Sagsnr. 330-2021-0412"),
        ("p", "Revisionen har afsluttet gennemgangen af årsrapporten uden forbehold. "
              "Forsyningsselskabet kommer ud af 2020 med et overskud på 3,1 mio. kr., som "
              "efter vandsektorlovens regler skal tilbageføres til forbrugerne over taksterne i "
              "de kommende år. Vandspildet er faldet til 6,2 procent efter udskiftning af "
              "hovedledningen under Østergade."),
        ("b", "Beslutning:"),
        ("p", "Bestyrelsen godkendte årsrapporten og indstiller den til generalforsamlingen den "
              "27. april 2021."),
        ("h2", "3. Takster for drikkevand 2022 - første drøftelse"),
        ("l", "Sagsnr. 330-2021-0455"),
        ("p", "Administrationen fremlagde tre scenarier for taksterne. I hovedscenariet stiger "
              "prisen for en kubikmeter vand med 0,35 kr. ekskl. moms, primært på grund af "
              "investeringer i nye boringer og højere elpriser ved vandværket."),
        ("b", "Beslutning:"),
        ("p", "Bestyrelsen drøftede scenarierne. Den endelige takst besluttes på mødet i "
              "september."),
        ("h2", "4. Fortroligt: Forhandling om køb af jord ved kildepladsen"),
        ("l", "Sagsnr. 330-2018-3619"),
        ("p", "Direktøren orienterede om forhandlingerne med lodsejer Anders Bøttcher Lunding om "
              "køb af et areal omkring kildepladsen nord for byen. Lodsejeren har senest krævet "
              "1.975.000 kr. for arealet, hvilket ligger over vurderingen."),
        ("b", "Beslutning:"),
        ("p", "Direktøren fik mandat til at fortsætte forhandlingerne inden for den ramme, der "
              "blev aftalt på mødet."),
        ("h2", "5. Klimatilpasning - regnvandsbassin ved Engvej"),
        ("l", "Sagsnr. 330-2020-2277"),
        ("p", "Projektet med et nyt regnvandsbassin ved Engvej skal beskytte boligområdet mod "
              "oversvømmelser ved skybrud. Licitationen er afholdt, og den laveste pris ligger "
              "inden for anlægsbudgettet på 6,8 mio. kr. Anlægsarbejdet går i gang efter "
              "sommerferien og forventes afsluttet i december 2021. Beboerne på Engvej får "
              "besked med et nabobrev."),
        ("b", "Beslutning:"),
        ("p", "Bestyrelsen godkendte, at kontrakten indgås med den lavestbydende entreprenør."),
        ("h2", "6. Fortroligt: Ansættelsesvilkår for ny driftschef"),
        ("l", "Sagsnr. 330-2021-0460"),
        ("p", "Ansættelsesudvalget indstiller Vibeke Sandahl Krog som ny driftschef. Der lægges op "
              "til en grundløn efter aftale og et engangsvederlag ved tiltrædelse på 62.500 kr."),
        ("b", "Beslutning:"),
        ("p", "Godkendt. Formanden underskriver kontrakten."),
        ("h2", "7. Eventuelt"),
        ("p", "Rikke Fogh spurgte til status på den digitale målerudskiftning. Direktøren svarede, "
              "at de sidste fjernaflæste målere monteres i løbet af foråret."),
        ("l", "Næste møde: 15. juni 2021."),
    ]
    lines = pdf_lines(B, secrets)
    write_pdf(out("04_nordaa_forsyning_2021.pdf"), lines,
              lambda i, n: f"Nordå Forsyning A/S - Bestyrelsesmøde 23.03.2021                                      Side {i} af {n}",
              per_page=30)


# ---------------------------------------------------------------------------
# 05  HTM: tillægsreferat, Økonomiudvalget, "Pkt. 153 ..." and Acadre numbers
# ---------------------------------------------------------------------------
def make_05():
    items = [
        (153, "Ekstra anlægsbevilling til cykelsti langs Møllevej", "18/20117", False,
         ["Cykelstien langs Møllevej blev udbudt i foråret. Prisen er blevet højere end "
          "forventet, fordi der skal flyttes en fjernvarmeledning. Der mangler 1,4 mio. kr."],
         "Administrationen indstiller, at der gives en tillægsbevilling på 1,4 mio. kr. finansieret af kassebeholdningen.",
         "Anbefales over for Byrådet."),
        (154, "Forlængelse af aftale om rengøring på rådhuset", "18/19003", False,
         ["Rengøringsaftalen udløber ved årsskiftet. Aftalen har en option på forlængelse i "
          "to år på uændrede vilkår."],
         "Administrationen indstiller, at optionen udnyttes.",
         "Godkendt."),
        (155, "Ansøgning om underskudsgaranti til Strandvig Sommerfestival 2019", "18/24491", False,
         ["Foreningen bag Strandvig Sommerfestival søger om en underskudsgaranti til festivalen "
          "i juli 2019. Festivalen havde i år 4.200 gæster og et lille overskud.",
          "Foreningen søger om en garanti på op til 75.000 kr. Garantien kommer kun til "
          "udbetaling, hvis regnskabet viser underskud."],
         "Administrationen indstiller, at der gives en underskudsgaranti på højst 75.000 kr.",
         "Godkendt. Foreningen skal indsende revideret regnskab senest 1. oktober 2019."),
        (156, "Salg af kommunal grund i erhvervsområde Nord", "18/23870", True,
         ["Vestkyst Logistik ApS har afgivet bud på matr. nr. 14b i erhvervsområde Nord. "
          "Buddet lyder på 2.340.000 kr. kontant."],
         "Administrationen indstiller, at buddet accepteres.",
         "Anbefales over for Byrådet."),
        (157, "Høringssvar om regional trafikplan", "18/22514", False,
         ["Regionen har sendt udkast til trafikplan i høring. Planen lægger op til færre "
          "afgange på buslinje 410 om aftenen. Administrationen har udarbejdet et udkast til "
          "høringssvar, der protesterer mod forringelsen."],
         "Administrationen indstiller, at udkastet til høringssvar godkendes.",
         "Godkendt med den tilføjelse, at svaret også nævner pendlere til sygehuset."),
        (158, "Erstatningssag", "18/24605", True, None, None, "Godkendt."),
    ]
    p = ["""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tillægsreferat - Økonomiudvalget 01.10.2018</title>
<style type="text/css">body{font-family:Verdana;font-size:10pt} .lbl{font-weight:bold;width:120px} td{vertical-align:top}</style>
</head>
<body>
<table width="100%" class="topbar"><tr><td><img src="logo_strandvig.gif" alt="Strandvig Kommune"></td>
<td align="right"><a href="index.htm">Forside</a> | <a href="udvalg.htm">Udvalg</a> | <a href="kalender.htm">Mødekalender</a> | <a href="soeg.htm">Søg</a></td></tr></table>
<hr>
<h1>TILLÆGSREFERAT</h1>
<table class="meta">
<tr><td class="lbl">Udvalg:</td><td>Økonomiudvalget</td></tr>
<tr><td class="lbl">Mødedato:</td><td>01.10.2018</td></tr>
<tr><td class="lbl">Mødetidspunkt:</td><td>15:30</td></tr>
<tr><td class="lbl">Mødested:</td><td>Byrådssalen, Strandvig Rådhus</td></tr>
<tr><td class="lbl">Medlemmer:</td><td>Birgit Hansen (formand), Claus Mørk, Ahmad Nouri, Dorthe Krag, Tage Vestergaard</td></tr>
<tr><td class="lbl">Fraværende:</td><td>Ingen</td></tr>
</table>
<p><i>Tillægsreferatet omfatter de punkter, der blev optaget på dagsordenen efter udsendelsen af den ordinære dagsorden.</i></p>
<hr>
"""]
    for n, title, case, closed, body, ind, dec in items:
        p.append('<div class="punkt">\n')
        if closed:
            p.append(f'<h2>Pkt. {n} {html.escape(title)} (Lukket punkt)</h2>\n')
        else:
            p.append(f'<h2>Pkt. {n} {html.escape(title)}</h2>\n')
        p.append(f'<p class="sagsnr">Acadre sagsnr.: {case}</p>\n')
        if body is None:
            p.append('<p><i>Punktet er lukket for offentligheden.</i></p>\n')
        else:
            p.append('<h3>Sagsfremstilling</h3>\n')
            for b in body:
                p.append(f'<p>{html.escape(b)}</p>\n')
            p.append('<h3>Indstilling</h3>\n')
            p.append(f'<p>{html.escape(ind)}</p>\n')
        p.append(f'<p><b>Beslutning i Økonomiudvalget den 1. oktober 2018:</b><br>\n{html.escape(dec)}</p>\n')
        p.append('</div>\n<hr>\n')
    p.append("""<p class="footer">Strandvig Kommune - Rådhuspladsen 2 - 9998 Strandvig<br>
Udskrevet fra ESDH-systemet. Bilag kan rekvireres hos Sekretariatet.</p>
</body>
</html>
""")
    with open(out("05_strandvig_oekonomiudvalg_2018.htm"), "w", encoding="utf-8") as fh:
        fh.write("".join(p))


# ---------------------------------------------------------------------------
# 06  DOCX: kommunalbestyrelse with TOC (dotted leaders) and KLE numbers
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("FJORDBY KOMMUNE")
    doc.add_heading("Kommunalbestyrelsen", level=0)
    doc.add_paragraph("REFERAT")
    doc.add_paragraph("Ordinært møde onsdag den 26. august 2015 kl. 18.00 i Kommunalbestyrelsens mødesal")
    doc.add_paragraph("Fraværende: Lars Thorup (S). Stedfortræder: Mona Eskildsen (S).")
    doc.add_paragraph("Indholdsfortegnelse")
    pts = [
        (87, "Godkendelse af dagsorden", "00.01.00-A00-1-15", False),
        (88, "Halvårsregnskab 2015", "00.30.10-S00-3-15", False),
        (89, "Lokalplan 1.47 for boligområde ved Kildebakken - endelig vedtagelse", "01.02.05-P16-4-14", False),
        (90, "Ændring af skoledistrikter for Fjordbyskolen og Engskolen", "17.01.00-A00-2-15", False),
        (91, "Udpegning af medlem til Fjordby Musikskoles bestyrelse", "85.02.02-G01-5-15", False),
        (92, "Køb af ejendom til ny daginstitution", "82.02.00-G00-7-15", True),
        (93, "Personalesag", "81.02.00-G01-1-15", True),
    ]
    page = 2
    for n, title, kle, closed in pts:
        label = f"{n}. {'LUKKET - ' if closed else ''}{title}"
        dots = "." * max(4, 90 - len(label))
        doc.add_paragraph(f"{label} {dots} {page}")
        page += 1 if n != 89 else 2

    def head(n, title, kle, closed):
        doc.add_heading(f"{n}. {'LUKKET - ' if closed else ''}{title}", level=1)
        doc.add_paragraph(f"Sagsnr.: {kle}")

    def sec(name, *paras):
        q = doc.add_paragraph()
        r = q.add_run(name)
        r.bold = True
        for x in paras:
            doc.add_paragraph(x)

    head(*pts[0])
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:", "Dagsordenen blev godkendt.")
    head(*pts[1])
    sec("Sagsfremstilling",
        "Halvårsregnskabet viser et forventet merforbrug på serviceudgifterne på 8,9 mio. kr., "
        "hovedsageligt på det specialiserede børneområde. Anlægsudgifterne forventes at blive "
        "12 mio. kr. lavere end budgetteret, fordi byggeriet af Fjordhallen er forsinket.")
    sec("Indstilling", "Økonomiudvalget indstiller, at halvårsregnskabet tages til efterretning.")
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:", "Taget til efterretning.")
    head(*pts[2])
    sec("Sagsfremstilling",
        "Forslaget til lokalplan 1.47 har været i offentlig høring i otte uger. Lokalplanen giver "
        "mulighed for op til 64 rækkehuse og 20 seniorboliger i to etager på det tidligere "
        "gartneriareal ved Kildebakken.",
        "Der er kommet seks høringssvar. Flere naboer er bekymrede for trafikken på Kildevej. "
        "Administrationen foreslår derfor, at vejadgangen flyttes til Skovbrynet.")
    sec("Indstilling", "Plan- og Miljøudvalget indstiller, at lokalplanen vedtages endeligt med den ændrede vejadgang.")
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:",
        "Vedtaget med 23 stemmer for og 2 imod (Ø).")
    head(*pts[3])
    sec("Sagsfremstilling",
        "Elevtallet på Engskolen er steget, mens Fjordbyskolen har ledige pladser. Det foreslås, "
        "at boligerne nord for Ringvejen fremover hører til Fjordbyskolens distrikt. Ændringen "
        "gælder kun nye elever fra skoleåret 2016/17; søskende kan fortsat optages på Engskolen.")
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:", "Godkendt.")
    head(*pts[4])
    sec("Sagsfremstilling",
        "Kultur- og Fritidsudvalgets repræsentant i musikskolens bestyrelse er fraflyttet kommunen. "
        "Venstre har indstillet Karin Højgaard som nyt medlem.")
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:", "Karin Højgaard blev udpeget.")
    head(*pts[5])
    sec("Sagsfremstilling",
        "Administrationen har forhandlet med ejeren, Poul Erik Damgaard, om køb af den tidligere "
        "tømrerhandel til ombygning til daginstitution. Den aftalte pris er 3.150.000 kr. "
        "inklusive udenomsarealer.")
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:", "Godkendt.")
    head(*pts[6])
    sec("Beslutning i Kommunalbestyrelsen den 26-08-2015:", "Godkendt.")
    doc.add_paragraph("Mødet hævet kl. 20.55.")
    doc.save(out("06_fjordby_kommunalbestyrelse_2015.docx"))


# ---------------------------------------------------------------------------
# 07  HTML: English parish council minutes, "Item N"
# ---------------------------------------------------------------------------
def make_07():
    body = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes 12 March 2019 &#8211; Little Wendlebury Parish Council</title>
<link rel='stylesheet' href='/wp-content/themes/village/style.css' type='text/css'>
</head>
<body class="page-template-default page">
<div id="page" class="site">
<header id="masthead">
  <p class="site-title"><a href="/">Little Wendlebury Parish Council</a></p>
  <p class="site-description">Serving the village since 1894</p>
  <nav id="site-navigation">
    <ul id="primary-menu">
      <li><a href="/">Home</a></li>
      <li><a href="/councillors/">Councillors</a></li>
      <li class="current-menu-item"><a href="/meetings/">Agendas &amp; Minutes</a></li>
      <li><a href="/village-hall/">Village Hall</a></li>
      <li><a href="/contact/">Contact the Clerk</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<article>
<header class="entry-header"><h1 class="entry-title">Minutes &#8211; March 2019</h1></header>
<div class="entry-content">
<p><strong>LITTLE WENDLEBURY PARISH COUNCIL</strong></p>
<p><strong>Minutes of the Meeting of the Parish Council held on Tuesday 12th March 2019 at 7.30pm in the Memorial Hall</strong></p>
<p>Present: Cllr R. Ashdown (Chairman), Cllr P. Greaves, Cllr S. Mahmood, Cllr J. Tilley, Cllr H. Webb.<br>
In attendance: the Clerk (Mrs A. Penhale), District Cllr M. Osei, three members of the public.</p>

<h3>Item 1 &#8211; Apologies for absence</h3>
<p>Apologies were received and accepted from Cllr D. Kerr (work commitments).</p>

<h3>Item 2 &#8211; Declarations of interest</h3>
<p>Cllr Tilley declared a non-pecuniary interest in Item 4 as a neighbour of the applicant.</p>

<h3>Item 3 &#8211; Minutes of the previous meeting</h3>
<p>The minutes of the meeting held on 12th February 2019 were approved as a true record and signed by the Chairman.</p>

<h3>Item 4 &#8211; Planning application: single storey rear extension, 4 Church Lane</h3>
<p>Ref: 19/00231/FUL</p>
<p>Members considered the plans. It was noted that the extension would not be visible from the conservation area.</p>
<p><strong>RESOLVED:</strong> to respond to the District Council with no objection.</p>

<h3>Item 5 &#8211; Replacement play equipment on the Village Green</h3>
<p>Ref: LWPC/2019/03</p>
<p>The annual safety inspection found that the wooden climbing frame and the roundabout have reached the end of their life. Three quotes had been obtained. The Clerk reported that the cheapest compliant quote, from Meadowplay Ltd, is &pound;14,250 including safety surfacing, and that the cost can be met from Section 106 money held for play provision.</p>
<p><strong>RESOLVED:</strong> to accept the quote from Meadowplay Ltd. Installation is planned for May, and the green will be fenced off for about two weeks.</p>

<h3>Item 6 &#8211; Highways and speeding on Mill Road</h3>
<p>Residents have again raised concerns about speeding traffic on Mill Road. District Cllr Osei will ask the County Council about a 20 mph limit near the school.</p>
<p><strong>RESOLVED:</strong> to buy a second-hand speed indicator device for up to &pound;2,000 and to recruit volunteers for a Community Speedwatch group.</p>

<h3>Item 7 &#8211; Exempt item: Clerk&#8217;s salary review</h3>
<p><em>Confidential &#8211; the press and public were excluded under the Public Bodies (Admission to Meetings) Act 1960 as the item concerns staffing matters.</em></p>
<p>The Chairman presented the recommendation of the staffing panel, following an appraisal carried out with the help of HR adviser Denise Farrow-Pike. It was proposed that the Clerk move up one point on the pay scale, adding &pound;1,180 a year.</p>
<p><strong>RESOLVED:</strong> to approve the recommendation with effect from 1st April 2019.</p>

<h3>Item 8 &#8211; Date of next meeting</h3>
<p>Tuesday 9th April 2019 at 7.30pm, Memorial Hall. The meeting closed at 9.12pm.</p>

<p>Signed &#8230;&#8230;&#8230;&#8230;&#8230;&#8230; Chairman &nbsp;&nbsp; Date &#8230;&#8230;&#8230;&#8230;</p>
</div>
</article>
</div>
<footer id="colophon">
  <p>&copy; 2019 Little Wendlebury Parish Council &middot; <a href="/privacy/">Privacy notice</a> &middot; <a href="/accessibility/">Accessibility</a></p>
  <p>Proudly powered by WordPress</p>
</footer>
</div>
</body>
</html>
"""
    with open(out("07_little_wendlebury_parish_council_2019.html"), "w", encoding="utf-8") as fh:
        fh.write(body)


# ---------------------------------------------------------------------------
# 08  PDF: dagsorden (agenda without decisions), committee codes "KFU 50"
# ---------------------------------------------------------------------------
def make_08():
    B = [
        ("h1", "Dagsorden - Kultur- og Fritidsudvalget"),
        ("l", "Lyngsø Kommune"),
        ("l", "Mødedato: tirsdag 8. november 2022, kl. 16.30"),
        ("l", "Mødested: Mødelokale 2, Lyngsø Kulturhus"),
        ("l", "Medlemmer: Jette Brink (formand), Rasmus Dal, Nadia Khalil, Ove Skytte, Birthe Holm"),
        ("h2", "KFU 48 Godkendelse af dagsorden"),
        ("p", "Udvalget anmodes om at godkende dagsordenen."),
        ("h2", "KFU 49 Tilskud til foreningernes energiudgifter vinteren 2022/23"),
        ("l", "Sagsnr.: 22/31507"),
        ("b", "Sagsfremstilling"),
        ("p", "De stigende energipriser rammer især de foreninger, der selv ejer klubhuse og "
              "haller. Forvaltningen har modtaget henvendelser fra ni foreninger, som frygter "
              "for deres økonomi. Det foreslås at oprette en midlertidig pulje på 400.000 kr., "
              "som foreningerne kan søge til dokumenterede merudgifter til varme og el. "
              "Ansøgningsfristen foreslås sat til 15. januar 2023."),
        ("b", "Indstilling"),
        ("p", "Forvaltningen indstiller, at udvalget godkender puljen og kriterierne for "
              "tildeling."),
        ("h2", "KFU 50 Åbningstider i svømmehallen i juleferien"),
        ("l", "Sagsnr.: 22/30992"),
        ("b", "Sagsfremstilling"),
        ("p", "For at spare på energien foreslår forvaltningen, at svømmehallen holder lukket "
              "fra den 23. til og med den 26. december 2022 og igen den 31. december og 1. januar. "
              "De øvrige dage i juleferien holdes åbent kl. 10-16 med offentlig svømning. "
              "Morgensvømmerne bliver orienteret via opslag i hallen og på kommunens hjemmeside."),
        ("b", "Indstilling"),
        ("p", "Forvaltningen indstiller, at de foreslåede åbningstider godkendes."),
        ("h2", "KFU 51 Kulturpris 2022 - indstilling af kandidater"),
        ("l", "Sagsnr.: 22/29004"),
        ("b", "Sagsfremstilling"),
        ("p", "Der er modtaget syv indstillinger til årets kulturpris, som uddeles ved "
              "nytårskoncerten. Indstillingerne er vedlagt som bilag."),
        ("b", "Indstilling"),
        ("p", "Forvaltningen indstiller, at udvalget udpeger årets modtager."),
        ("h2", "KFU 52 Lukket punkt: Lejeaftale for kunstforeningens lokaler"),
        ("l", "Sagsnr.: 22/31822"),
        ("h2", "KFU 53 Orientering om biblioteksstrategi 2023-2026"),
        ("l", "Sagsnr.: 22/28411"),
        ("b", "Sagsfremstilling"),
        ("p", "Bibliotekschefen giver en kort orientering om arbejdet med den nye biblioteks"
              "strategi, som skal sendes i høring i foråret. Strategien har fokus på læselyst "
              "hos børn, digitale tilbud og bibliotekerne som mødesteder i landsbyerne."),
        ("b", "Indstilling"),
        ("p", "Forvaltningen indstiller, at orienteringen tages til efterretning."),
        ("h2", "KFU 54 Eventuelt"),
    ]
    lines = pdf_lines(B, [], width=76)
    write_pdf(out("08_lyngsoe_kultur_fritid_2022.pdf"), lines,
              lambda i, n: f"Kultur- og Fritidsudvalget, 08-11-2022                                                 Side {i} af {n}",
              per_page=38)


# ---------------------------------------------------------------------------
# 09  TXT: OCR'd 1964 sogneråd protocol with OCR noise
# ---------------------------------------------------------------------------
def make_09():
    txt = """RAVNSTRUP SOGNERAAD                                          Side 212
                    FORHANDLINGSPROTOKOL

Aar 1964, Tirsdag den 14. April Kl. 19,30 afholdtes ordinært Møde i
Sogneraadet paa Ravnstrup Skole. Samtlige Medlemmer var mødt undtagen
Gdr. Peder Nissen, der havde meldt Forfald.
Formand: Sognerådsformand Aage Kjeldsen.

Saq nr. 1.  Oplæsning af forrige Mødes Protokol
    Protokollen for Mødet den 10. Marts blev oplæst og godkendt
    uden Bemærkninger.

Saq nr. 2.  Andragende om Vejbelysning paa Skolevej          J.Nr. 31/64
    Der forelaa et Andragende fra 23 Beboere paa Skolevej om
    Opsætning af elektrisk Vejbelysning. Elektricitetsværket har
    givet Overslag paa 6 Lamper paa Træmaster for ialt Kr. 4.200,-.
    Vedtaget at bevilge Belysningen. Arbejdet udføres inden
    1. Oktober, og Udgiften afholdes af Vejkontoen.

Sag nr. 3.  Snekastning Vinteren 1963-64, Regnskab            J.Nr. 18/64
    Vejudvalgets Formand forelagde Regnskabet. Der er udbetalt
    Kr. 2.918,50 i Timeløn for Snekastning, hvilket er betydelig
    over Budgettet paa Grund af den strenge Vinter.
    Regnskabet godkendt.

Saq nr. 4.  Andragende om Hjælp efter Forsorgsloven   (Unntaget offentlighed)
    Enkefru Ingeborg Tofteby, Mosevej, ansøger om Hjælp til
    Brændsel og Husleje. Udvalget foreslaar en maanedlig
    Hjælp paa Kr. 175 indtil videre.
    Vedtaget.

Saq nr. 5.  Skolens nye Gymnastiksal, Tegninger              J.Nr. 9/64
    Arkitekt Holmboe havde fremsendt reviderede Tegninger. Salen
    bliver 10 x 18 m med Omklædningsrum og Brusebad. Skole-
    kommissionen anbefaler Tegningerne.
    Vedtaget at sende Tegningerne til Undervisningsministeriet
    til Godkendelse.

Sag nr. 6.  Eventuelt
    Sognefogeden gjorde opmærksom paa, at Grøften ved Kirkestien
    trænger til Oprensning. Overgives til Vejudvalget.

             Mødet hævet Kl. 22,05.
    Aage Kjeldsen     Niels Mørk     H. C. Bendtsen
    Kr. Holm          Jens Lykke Andersen
                                                        212
"""
    # a little OCR noise (l->1, m->rn, stray marks) outside headings and secrets
    txt = txt.replace("Elektricitetsværket", "E1ektricitetsværket")
    txt = txt.replace("Vejudvalgets Formand", "VejudvaIgets Formand")
    txt = txt.replace("Omklædningsrum", "Ornklædningsrum")
    txt = txt.replace("Brusebad.", "Brusebad .")
    txt = txt.replace("trænger til", "trænqer til")
    txt = txt.replace("Samtlige Medlemmer", "Samt1ige Medlemmer")
    with open(out("09_ravnstrup_sogneraad_1964.txt"), "w", encoding="utf-8") as fh:
        fh.write(txt)


# ---------------------------------------------------------------------------
# 10  EML: ældreråd minutes mailed out as quoted-printable plain text
# ---------------------------------------------------------------------------
def make_10():
    body = """Kære medlemmer af Ældrerådet

Hermed referatet fra mødet i mandags. Rettelser bedes sendt til mig senest fredag.

Venlig hilsen
Susanne Borup
Sekretær for Ældrerådet

------------------------------------------------------------
REFERAT
Ældrerådet, Grønnehave Kommune
Mødedato: 07-06-2021 kl. 10.00-12.30
Sted: Mødelokale 3, Rådhuset
Deltagere: Inger Juhl (formand), Kurt Bech, Alice Winther, Bjarne Nyholm, Else Dam
Afbud: Svend Aage Holt
------------------------------------------------------------

Punkt 1 - Godkendelse af dagsorden
Beslutning: Godkendt.

Punkt 2 - Høring: Kvalitetsstandard for hjemmehjælp 2022
Sagsnr: 21/4410
Kommunen har sendt udkast til ny kvalitetsstandard for praktisk hjælp i høring. Udkastet lægger
op til, at rengøring fortsat gives hver 14. dag, men at tøjvask kan erstattes af vaskeordning.
Ældrerådet ønsker, at borgerne så vidt muligt får faste hjælpere, og at tøjvask fortsat skal
kunne bevilges i hjemmet for borgere, der ikke selv kan bære tøjet ned.
Beslutning: Formanden skriver høringssvaret ud fra drøftelsen. Frist 18. juni.

Punkt 3 - Ældrerådsvalg 2021 - valgmåde
Sagsnr: 21/3978
Valget til ældrerådet holdes samtidig med kommunalvalget den 16. november 2021, så borgerne
kan stemme på valgstedet. Der opstilles kandidater på et fælles stillerblanket-møde i september.
Beslutning: Ældrerådet anbefaler fremmøde-valg på valgstederne.

Punkt 4 - Lukket punkt - Klage over forhold på plejecenter
Sagsnr: 21/4502
En pårørende har klaget over forholdene for sin mor, Edith Rosenkvist, især over manglende
hjælp ved måltiderne om aftenen. Sagen er sendt videre til plejecentrets leder, og klageren har
fået tilbudt et møde den 15. juni.
Beslutning: Taget til efterretning. Ældrerådet følger op på næste møde.

Punkt 5 - Motionsdag for ældre i august
Sagsnr: 21/4113
Ældrerådet holder igen motionsdag sammen med de lokale idrætsforeninger. Dagen bliver onsdag
den 25. august 2021 kl. 10-14 i Grønnehave Idrætscenter, med stolegymnastik, petanque,
gå-fodbold og fælles frokost. Deltagelse er gratis, men tilmelding sker til
Frivilligcentret.
Beslutning: Godkendt. Alice Winther og Kurt Bech står for programmet.

Punkt 6 - Eventuelt
Bjarne Nyholm spurgte til busforbindelsen til sygehuset. Formanden tager det op med Teknik og Miljø.
Beslutning: Intet.

Næste møde: 6. september 2021.

------------------------------------------------------------
Denne e-mail kan indeholde fortrolige oplysninger. Har du modtaget den ved en fejl,
bedes du slette den og give afsenderen besked.
"""
    msg = email.message.EmailMessage()
    msg["From"] = "Susanne Borup <subo@groennehave.invalid>"
    msg["To"] = "aeldreraadet@groennehave.invalid"
    msg["Subject"] = "Referat fra Ældrerådets møde 7. juni 2021"
    msg["Date"] = "Wed, 09 Jun 2021 08:41:17 +0200"
    msg["Message-ID"] = "<20210609084117.4410@groennehave.invalid>"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    with open(out("10_groennehave_aeldreraad_2021.eml"), "wb") as fh:
        fh.write(bytes(msg))


if __name__ == "__main__":
    for f in (make_01, make_02, make_03, make_04, make_05, make_06, make_07, make_08, make_09, make_10):
        f()
    print("wrote 10 files to", HERE)
