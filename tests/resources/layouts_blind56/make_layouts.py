#!/usr/bin/env python3
"""Generate the invented meeting-minutes layouts for layouts_blind56.

Every municipality, board, person, firm, place, amount and sentence here is
invented.  The script is deterministic: running it twice gives byte-identical
files.  Needs python-docx (the .docx) and fpdf2 (the .pdf); the .xml, .html,
.htm, .txt, .eml, .rtf, .md and .odt files are written by hand.

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
SENT = "\u2063"


def _wrap(text, width, keep=()):
    """textwrap.wrap that never breaks inside one of the phrases in `keep`."""
    for k in keep:
        text = text.replace(k, k.replace(" ", SENT))
    return [ln.replace(SENT, " ") for ln in textwrap.wrap(text, width, break_long_words=False,
                                                          break_on_hyphens=False)]


def P(n, title, case, closed, sections, mark=None):
    return {"n": n, "title": title, "case": case, "closed": closed, "sections": sections, "mark": mark}


def paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def _fixed_zip(data, when):
    """Rewrite a zip archive with fixed timestamps (python-docx output is not reproducible)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# 01  Havrelund Kommune - Klima- og Miljøudvalget (XML export from a case
#     system; publication status as an element; case numbers with a
#     document suffix)
# ---------------------------------------------------------------------------
M01 = {
    "file": "01_havrelund_klima-og-miljoeudvalget_2021.xml",
    "board": "Klima- og Miljøudvalget",
    "date": "2021-10-12",
    "kind": "referat",
    "points": [
        P(87, "Godkendelse af dagsorden", "21/00077-14", False, [
            ("Beslutning", "Dagsordenen blev godkendt."),
        ]),
        P(88, "Vandløbsregulativ for Havrelund Å - endelig vedtagelse", "20/11830-22", False, [
            ("Resumé",
             "Udkastet til nyt regulativ for Havrelund Å har været i offentlig høring i otte uger. "
             "Der kom 14 høringssvar, hovedsageligt fra lodsejere langs den nedre del af åen."),
            ("Sagsfremstilling",
             "Det nye regulativ fastlægger åens skikkelse ud fra målinger foretaget i 2020 og erstatter "
             "regulativet fra 1987. Den største ændring er, at grødeskæringen på strækningen fra "
             "Kærgårdsmølle til udløbet i fjorden nedsættes fra to til én gang om året, så der kan "
             "opstå mere varierede levesteder for fisk og smådyr. Grøden skæres fremover i en slynget "
             "strømrende, og skæringen sker i perioden 15. august til 15. september.\n\n"
             "Lodsejerforeningen for Havrelund Å har i sit høringssvar udtrykt bekymring for "
             "vandstanden på de lavtliggende enge. Forvaltningen foreslår derfor, at der opsættes "
             "to automatiske vandstandsmålere, så virkningen kan følges."),
            ("Økonomi", "Vandstandsmålerne koster 64.000 kr. og afholdes inden for vandløbsbudgettet."),
            ("Indstilling",
             "Forvaltningen indstiller, at udvalget anbefaler Kommunalbestyrelsen at vedtage regulativet "
             "endeligt."),
            ("Beslutning",
             "Anbefales over for Kommunalbestyrelsen med den tilføjelse, at grødeskæringen evalueres "
             "efter to sæsoner."),
        ]),
        P(89, "Tilskud til forbedring af private spildevandsanlæg i det åbne land", "21/08841-3", False, [
            ("Sagsfremstilling",
             "Omkring 300 ejendomme i det åbne land har fået påbud om bedre rensning af spildevand. "
             "Forvaltningen foreslår en tilskudsordning for husstande med lav indkomst, hvor kommunen "
             "dækker 40 pct. af udgiften, dog højst 25.000 kr. pr. ejendom. Ordningen finansieres af "
             "den afsatte pulje til grønne initiativer."),
            ("Indstilling", "Det indstilles, at tilskudsordningen godkendes med ansøgningsfrist 1. marts 2022."),
            ("Beslutning", "Godkendt."),
        ]),
        P(90, "Forhandling om erhvervelse af areal til regnvandsbassin", "21/09964-2", True, [
            ("Sagsfremstilling",
             "Forvaltningen har ført forhandlinger med ejeren af Gl. Landevej 212, Mads Kjærgaard Fog, om "
             "køb af ca. 2,1 ha til et regnvandsbassin. Ejeren har afvist kommunens tilbud, og der lægges "
             "derfor op til, at sagen overgår til ekspropriation."),
            ("Beslutning",
             "Udvalget godkendte et endeligt tilbud på 1.964.000 kr. Afvises tilbuddet, indledes "
             "ekspropriation."),
        ], mark="Undtaget fra offentliggørelse"),
        P(91, "Klimahandleplan - status på CO2-reduktion 2021", "21/02210-9", False, [
            ("Sagsfremstilling",
             "Kommunens samlede CO2-udledning er faldet 23 pct. siden 2018. Det største fald ses i "
             "kommunens egne bygninger, hvor oliefyr er skiftet til varmepumper. Udledningen fra "
             "transport er derimod næsten uændret."),
            ("Indstilling", "Det indstilles, at status tages til efterretning."),
            ("Beslutning",
             "Taget til efterretning. Udvalget ønsker et oplæg om samkørsel og pendlerparkering på "
             "mødet i januar."),
        ]),
        P(92, "Meddelelser", "21/00077-14", False, [
            ("Sagsfremstilling",
             "Formanden orienterede om, at genbrugspladsen på Værkstedsvej holder udvidet åbent om "
             "lørdagen fra 1. november."),
            ("Beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Mads Kjærgaard Fog", "Gl. Landevej 212", "1.964.000 kr."],
    "question": "jeg har jord ned til havrelund å - hvor tit skal der skæres grøde når det nye regulativ kommer?",
    "cite_punkt": 88,
}


def render_01(m):
    x = []
    a = x.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n')
    a('<!-- Eksporteret fra SagsPortalen 5.2 - publiceringsudtræk -->\n')
    a('<Moedeudtraek xmlns="urn:havrelund:moede:2" version="2.3">\n')
    a('  <Myndighed>Havrelund Kommune</Myndighed>\n')
    a('  <Moede id="M-2021-0412" type="Referat">\n')
    a('    <Udvalg kode="KMU">Klima- og Miljøudvalget</Udvalg>\n')
    a('    <Start>2021-10-12T16:00:00+02:00</Start>\n')
    a('    <Slut>2021-10-12T18:10:00+02:00</Slut>\n')
    a('    <Lokale>Mødelokale Engen, Havrelund Rådhus</Lokale>\n')
    a('    <Deltagere>\n')
    for name, role, absent in [("Karina Ulstrup", "formand", False), ("Bo Vejlgaard", "næstformand", False),
                               ("Ida Steenholdt", "medlem", False), ("Frits Kamper", "medlem", True),
                               ("Nasrin Azadi", "medlem", False)]:
        a('      <Deltager rolle=%s fravaerende="%s">%s</Deltager>\n'
          % (quoteattr(role), "ja" if absent else "nej", xesc(name)))
    a('    </Deltagere>\n')
    a('    <Punkter>\n')
    for p in m["points"]:
        a('      <Punkt nummer="%d" offentlig="%s">\n' % (p["n"], "nej" if p["closed"] else "ja"))
        a('        <Titel>%s</Titel>\n' % xesc(p["title"]))
        a('        <Sagsnummer>%s</Sagsnummer>\n' % xesc(p["case"]))
        if p["closed"]:
            a('        <Publicering>%s</Publicering>\n' % xesc(p["mark"]))
        for label, text in p["sections"]:
            a('        <Afsnit overskrift=%s>\n' % quoteattr(label))
            for para in paras(text):
                a('          <Tekst>%s</Tekst>\n' % xesc(para))
            a('        </Afsnit>\n')
        a('      </Punkt>\n')
    a('    </Punkter>\n')
    a('  </Moede>\n')
    a('  <Genereret>2021-10-14T07:55:12+02:00</Genereret>\n')
    a('</Moedeudtraek>\n')
    return "".join(x)


# ---------------------------------------------------------------------------
# 02  Kildeby Kommune - Økonomiudvalget (web-portal HTML: cookie banner,
#     navigation, definition-list header, "N." numbered h2 headings, two
#     closed points flagged by a badge text)
# ---------------------------------------------------------------------------
M02 = {
    "file": "02_kildeby_oekonomiudvalget_2019.html",
    "board": "Økonomiudvalget",
    "date": "2019-03-19",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2019-000210", False, [
            ("Afgørelse", "Godkendt."),
        ]),
        P(2, "Regnskab 2018 - overførsel af uforbrugte midler", "2019-000981", False, [
            ("Kort fortalt",
             "Fagområderne har samlet 14,2 mio. kr. i uforbrugte driftsmidler fra 2018, som ønskes "
             "overført til 2019."),
            ("Sagens indhold",
             "Efter kommunens regler kan op til 5 pct. af et budgetområdes driftsramme overføres. Den "
             "største overførsel er 4,8 mio. kr. på skoleområdet, hvor ansættelser af lærere er blevet "
             "forsinket. Ældreområdet har et merforbrug på 1,9 mio. kr., som foreslås afviklet over to år."),
            ("Administrationen foreslår", "At overførslerne godkendes og oversendes til Byrådet."),
            ("Afgørelse", "Anbefales."),
        ]),
        P(3, "Salg af kommunal grund ved Nørremarken", "2019-000377", True, [
            ("Sagens indhold",
             "Der er indkommet tre bud på grunden. Det højeste bud er afgivet af Stenhøj & Lund Byg A/S, "
             "som vil opføre 16 boliger. Købers adresse er Vesterled 46."),
            ("Afgørelse",
             "Økonomiudvalget anbefaler salg til højstbydende for 2.340.000 kr. med forbehold for "
             "Byrådets godkendelse."),
        ], mark="Lukket punkt"),
        P(4, "Ny parkeringsstrategi for Kildeby midtby", "2018-004420", False, [
            ("Kort fortalt",
             "Strategien skal skabe bedre plads til kunderne i midtbyens butikker og færre biler, der "
             "kører rundt og leder efter en plads."),
            ("Sagens indhold",
             "I dag kan man parkere gratis i to timer på alle offentlige pladser i midtbyen. Strategien "
             "foreslår, at den gratis parkering på Torvet og i Brogade nedsættes til én time med "
             "P-skive, mens pladserne ved Hallen og på Havnevej fortsat har to timers gratis parkering. "
             "Der skal desuden opsættes 60 nye cykelparkeringspladser ved busterminalen.\n\n"
             "Handelsstandsforeningen støtter forslaget, men ønsker, at ordningen evalueres efter et år."),
            ("Administrationen foreslår", "At strategien godkendes og træder i kraft 1. juni 2019."),
            ("Afgørelse", "Godkendt. Ordningen evalueres i sommeren 2020."),
        ]),
        P(5, "Personalesag - direktørområdet", "2019-000502", True, [
            ("Sagens indhold",
             "Udvalget blev orienteret om, at Henriette Mørch Bang fratræder sin stilling efter eget ønske. "
             "Kommunen har været bistået af Advokatkontoret Lykke & Søn."),
            ("Afgørelse",
             "Udvalget godkendte en fratrædelsesordning på 11 måneders løn."),
        ], mark="Behandles for lukkede døre"),
        P(6, "Låneoptag til energirenovering af skoler", "2019-000455", False, [
            ("Sagens indhold",
             "Kommunen har lånedispensation til energirenovering af Nordskolen og Kildeby Skole. Lånet "
             "på 18,5 mio. kr. optages med fast rente over 25 år."),
            ("Administrationen foreslår", "At låneoptaget godkendes."),
            ("Afgørelse", "Anbefales."),
        ]),
        P(7, "Eventuelt", None, False, [
            ("Afgørelse", "Intet."),
        ]),
    ],
    "secrets": ["Stenhøj & Lund Byg A/S", "Vesterled 46", "2.340.000 kr.",
                "Henriette Mørch Bang", "Advokatkontoret Lykke & Søn", "11 måneders løn"],
    "question": "hvor længe maa man parkere gratis paa torvet i kildeby efter den nye parkeringsstrategi",
    "cite_punkt": 4,
}


def render_02(m):
    h = []
    a = h.append
    a('<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n'
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
      '<title>Økonomiudvalget 19. marts 2019 | Kildeby Kommune</title>\n'
      '<link rel="stylesheet" href="/assets/portal.min.css">\n</head>\n<body class="meeting">\n')
    a('<div id="cookie-consent" role="dialog"><p>Vi bruger cookies til statistik. '
      '<button>Accepter</button> <button>Afvis</button></p></div>\n')
    a('<header class="site"><a class="logo" href="/">Kildeby Kommune</a>\n<nav><ul>'
      '<li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li>'
      '<li><a href="/politik">Politik</a></li></ul></nav></header>\n')
    a('<nav class="breadcrumb">Forside › Politik › Dagsordener og referater › Økonomiudvalget</nav>\n')
    a('<main>\n<h1>Økonomiudvalget</h1>\n<p class="doctype">Referat</p>\n')
    a('<dl class="meta">\n')
    for k, v in [("Dato", "19. marts 2019"), ("Tid", "15:00 - 17:30"),
                 ("Sted", "Byrådssalen, Kildeby Rådhus"),
                 ("Medlemmer", "Lars Ebbesen (borgmester, formand), Gitte Hvam, Ole Brandt, "
                               "Yasmin Karimi, Per Skelmose, Anja Thorup, Kim Dahlerup"),
                 ("Afbud", "Per Skelmose")]:
        a('<dt>%s</dt><dd>%s</dd>\n' % (escape(k), escape(v)))
    a('</dl>\n<p><a class="btn" href="#">Download samlet referat (PDF)</a></p>\n')
    for p in m["points"]:
        a('<article class="agenda-item" id="pkt-%d">\n' % p["n"])
        a('<h2><span class="no">%d.</span> %s</h2>\n' % (p["n"], escape(p["title"])))
        if p["closed"]:
            a('<p class="badge badge-closed">%s</p>\n' % escape(p["mark"]))
        if p["case"]:
            a('<p class="caseno">Sagsnummer: %s</p>\n' % escape(p["case"]))
        for label, text in p["sections"]:
            a('<section><h3>%s</h3>\n' % escape(label))
            for para in paras(text):
                a('<p>%s</p>\n' % escape(para))
            a('</section>\n')
        a('</article>\n')
    a('</main>\n<footer><p>Kildeby Kommune · Rådhuspladsen 1 · 4390 Kildeby · Tlf. 46 90 00 00</p>'
      '<p><a href="/tilgaengelighed">Tilgængelighedserklæring</a></p></footer>\n</body>\n</html>\n')
    return "".join(h)


# ---------------------------------------------------------------------------
# 03  Tornsø Havn - Havnebestyrelsen (Word document: prose header, the whole
#     meeting as one four-column table, "(LUKKET)" after the subject)
# ---------------------------------------------------------------------------
M03 = {
    "file": "03_tornsoe_havn_havnebestyrelsen_2022.docx",
    "board": "Havnebestyrelsen",
    "date": "2022-06-02",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af referat fra mødet 7. april 2022", None, False, [
            ("", "Referatet blev godkendt uden bemærkninger."),
        ]),
        P(2, "Havnefogedens beretning", None, False, [
            ("", "212 af havnens 230 faste bådpladser er udlejet. Venteliste på 11. Det nye slæbested "
                 "ved vestmolen er taget i brug. Der har været to mindre oliespild, begge anmeldt."),
        ]),
        P(3, "Takster for gæstesejlere 2023", "2022-14", False, [
            ("", "Havnefogeden foreslog en moderat stigning af taksterne, da el og vand er blevet dyrere. "
                 "Bestyrelsen besluttede, at gæstesejlere med både under 12 meter betaler 240 kr. pr. "
                 "døgn fra 1. januar 2023, og både på 12 meter eller derover betaler 310 kr. pr. døgn. "
                 "Strøm afregnes fremover efter måler."),
        ]),
        P(4, "Udlejning af pakhuset på Østkajen (LUKKET)", "2022-09", True, [
            ("", "Der er modtaget ansøgning fra Tornsø Røgeri I/S ved Jan-Erik Søgaard om leje af "
                 "pakhuset til røgeri og fiskebutik. Bestyrelsen godkendte en lejekontrakt på 10 år med "
                 "en årlig leje på 87.250 kr. Kontrakten underskrives af formanden."),
        ]),
        P(5, "Uddybning af indsejlingen", "2021-31", False, [
            ("", "Kystdirektoratet har givet tilladelse til at uddybe indsejlingen til 3,5 meter. "
                 "Arbejdet er udbudt, og laveste tilbud lyder på 1,1 mio. kr. Bestyrelsen godkendte, "
                 "at arbejdet udføres i oktober 2022, når sejlsæsonen er slut."),
        ]),
        P(6, "Havnefest 2022", None, False, [
            ("", "Havnefesten holdes lørdag den 13. august. Sejlklubben står for kapsejlads for "
                 "optimistjoller, og Tornsø Borgerforening står for grill og musik."),
        ]),
        P(7, "Eventuelt", None, False, [
            ("", "Det blev foreslået at opsætte en hjertestarter ved havnekontoret. Havnefogeden "
                 "undersøger pris."),
        ]),
    ],
    "secrets": ["Tornsø Røgeri I/S", "Jan-Erik Søgaard", "87.250 kr."],
    "question": "Hvad skal man betale for at ligge i Tornsø havn som gæstesejler næste år?",
    "cite_punkt": 3,
}


def render_03(m):
    import docx
    from docx.shared import Pt, Cm
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Tornsø Havn · Havnekontoret · Østkajen 2"
    sec.footer.paragraphs[0].text = "Referat godkendes på næste bestyrelsesmøde"
    p = doc.add_paragraph()
    r = p.add_run("Referat af bestyrelsesmøde i Tornsø Havn")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Torsdag den 2. juni 2022 kl. 17.00 på havnekontoret")
    doc.add_paragraph("Til stede: Helle Marstrand (formand), Jens Otto Friis, Birgitte Kjær, "
                      "Sune Lauritzen (havnefoged, referent)")
    doc.add_paragraph("Afbud: Mogens Bækgaard")
    doc.add_paragraph("Havnebestyrelsen er nedsat af Tornsø Kommune efter havnelovens § 10.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Pkt.", "Emne", "Drøftelse / beslutning", "Ansvarlig"]):
        c.text = txt
    resp = {1: "", 2: "SL", 3: "SL", 4: "HM", 5: "SL", 6: "BK", 7: "SL"}
    for pt in m["points"]:
        c = t.add_row().cells
        c[0].text = "%d." % pt["n"]
        c[1].text = pt["title"]
        if pt["case"]:
            c[1].add_paragraph("J.nr. %s" % pt["case"])
        c[2].text = pt["sections"][0][1]
        c[3].text = resp[pt["n"]]
    for row in t.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[3].width = Cm(2.0)
    doc.add_paragraph("")
    doc.add_paragraph("Næste møde: torsdag den 1. september 2022.")
    doc.add_paragraph("Referent: Sune Lauritzen")
    cp = doc.core_properties
    cp.author = "Havnekontoret"
    cp.created = cp.modified = datetime.datetime(2022, 6, 3, 9, 0, 0)
    cp.last_modified_by = "Havnekontoret"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue(), (2022, 6, 3, 9, 0, 0))


# ---------------------------------------------------------------------------
# 04  Stormose Kommune - Byrådet (PDF: running header and "Side N af M"
#     footer, table of contents, "NNN - Title" headings, KLE case numbers,
#     two points labelled "Fortroligt" on the line under the heading)
# ---------------------------------------------------------------------------
M04 = {
    "file": "04_stormose_byraadet_2018.pdf",
    "board": "Byrådet",
    "date": "2018-09-27",
    "kind": "referat",
    "points": [
        P(120, "Godkendelse af dagsorden", "00.01.00-A00-4-18", False, [
            ("Byrådets beslutning", "Godkendt."),
        ]),
        P(121, "Budget 2019-2022 - 2. behandling", "00.30.10-S00-1-18", False, [
            ("Sagsfremstilling",
             "Budgetforslaget bygger på budgetaftalen af 4. september mellem fire af byrådets partier. "
             "Skatteprocenten foreslås uændret på 25,3 pct. og grundskylden på 27,4 promille. Aftalen "
             "indeholder blandt andet 2,5 mio. kr. årligt til flere pædagoger i vuggestuerne og en ny "
             "cykelsti mellem Stormose og Lillemose."),
            ("Indstilling", "Direktionen indstiller, at budgettet vedtages."),
            ("Byrådets beslutning",
             "Vedtaget med 21 stemmer for og 6 stemmer imod. Ændringsforslaget om lavere grundskyld "
             "blev forkastet."),
        ]),
        P(122, "Lokalplan 1.47 - boliger ved Mosevej", "01.02.05-P16-3-17", False, [
            ("Sagsfremstilling",
             "Lokalplanen giver mulighed for 38 rækkehuse i to etager på den tidligere gartnerigrund. "
             "Der kom fem bemærkninger i høringen, blandt andet om trafik på Mosevej. Vejen får derfor "
             "en hævet flade ved indkørslen."),
            ("Indstilling", "Teknisk Udvalg indstiller, at lokalplanen vedtages endeligt."),
            ("Byrådets beslutning", "Vedtaget."),
        ]),
        P(123, "Køb af landbrugsejendom til byudvikling", "02.34.02-G01-11-18", True, [
            ("Sagsfremstilling",
             "Ejeren af Landbrugsejendommen Højmosegaard, Anders Pilgaard, har tilbudt kommunen at købe "
             "ejendommens jorder nord for byen."),
            ("Byrådets beslutning", "Byrådet godkendte køb for 7.420.000 kr."),
        ], mark="Fortroligt"),
        P(124, "Sammenlægning af Tranehuset og Spurvereden", "28.09.00-A00-6-18", False, [
            ("Sagsfremstilling",
             "De to børnehaver ligger 400 meter fra hinanden og har begge faldende børnetal. Det "
             "foreslås, at de lægges sammen under én leder fra 1. januar 2019, men at begge huse "
             "bevares. Forældrebestyrelserne er hørt og støtter forslaget, hvis åbningstiderne bevares."),
            ("Indstilling", "Børne- og Familieudvalget indstiller, at sammenlægningen godkendes."),
            ("Byrådets beslutning",
             "Godkendt. Åbningstiderne i begge huse fortsætter uændret."),
        ]),
        P(125, "Tvist om aflevering af svømmehalsbyggeri", "82.06.10-G01-2-17", True, [
            ("Sagsfremstilling",
             "Nordkyst Entreprise A/S har rejst krav om betaling for ekstraarbejder. Kommunens rådgiver "
             "Bent Ruskjær vurderer, at kravet kun delvist er berettiget."),
            ("Byrådets beslutning", "Byrådet godkendte et forlig på 1.318.000 kr."),
        ], mark="Fortroligt"),
        P(126, "Meddelelser", "00.01.00-A00-4-18", False, [
            ("Sagsfremstilling",
             "Borgmesteren orienterede om, at høringen om den nye busplan starter 1. oktober."),
            ("Byrådets beslutning", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Landbrugsejendommen Højmosegaard", "Anders Pilgaard", "7.420.000 kr.",
                "Nordkyst Entreprise A/S", "Bent Ruskjær", "1.318.000 kr."],
    "question": "hvornår bliver tranehuset og spurvereden lagt sammen, og bliver åbningstiderne ændret",
    "cite_punkt": 124,
}


def render_04(m):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Stormose Kommune  |  Byrådet  |  Referat 27.09.2018", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Side %d af {nb}" % self.page_no(), align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2018, 9, 28, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Stormose Kommune")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    keep = m["secrets"] + [p["title"] for p in m["points"]]

    def line(txt, size=10, style="", h=5.2):
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")

    def block(txt, size=10, style=""):
        for ln in _wrap(txt, 92, keep):
            line(ln, size, style)
        pdf.ln(2)

    pdf.add_page()
    line("REFERAT", 20, "B", 10)
    line("Byrådet", 14, "B", 8)
    pdf.ln(3)
    line("Mødetidspunkt:  27.09.2018 kl. 17:00")
    line("Mødested:  Byrådssalen, Stormose Rådhus")
    line("Medlemmer:  Hans Mikael Ravn (borgmester) m.fl. - 27 medlemmer")
    line("Fraværende:  Louise Engholm, Tonny Bak")
    line("Stedfortrædere:  Rie Sandal for Louise Engholm")
    pdf.ln(5)
    line("Indhold", 12, "B", 7)
    for p in m["points"]:
        line("%d - %s" % (p["n"], p["title"]), 10)
    for p in m["points"]:
        if p["n"] in (121, 124):
            pdf.add_page()
        else:
            pdf.ln(5)
        line("%d - %s" % (p["n"], p["title"]), 12, "B", 7)
        if p["closed"]:
            line(p["mark"], 10, "B")
        line("Sagsnr.: %s" % p["case"], 9)
        pdf.ln(2)
        for label, text in p["sections"]:
            line(label, 10, "B")
            for para in paras(text):
                block(para)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 05  Lynghede Kommune - Folkeoplysningsudvalget (plain-text print version:
#     upper-case "PUNKT NN" headings, J.nr. KLE numbers, a bracketed
#     not-public marker, "UDVALGETS AFGØRELSE:" label)
# ---------------------------------------------------------------------------
M05 = {
    "file": "05_lynghede_folkeoplysningsudvalget_2023.txt",
    "board": "Folkeoplysningsudvalget",
    "date": "2023-02-08",
    "kind": "referat",
    "points": [
        P(5, "Godkendelse af dagsorden", "18.00.00-A00-1-23", False, [
            ("UDVALGETS AFGØRELSE", "Godkendt."),
        ]),
        P(6, "Fordeling af lokaletilskud 2023", "18.15.00-G01-3-23", False, [
            ("SAGEN", "Foreningerne har søgt lokaletilskud for i alt 3,1 mio. kr., mens rammen er 2,7 mio. kr. "
                      "Forvaltningen foreslår, at tilskuddet til alle foreninger nedsættes forholdsmæssigt, "
                      "så alle får 87 pct. af det tilskudsberettigede beløb."),
            ("UDVALGETS AFGØRELSE", "Godkendt."),
        ]),
        P(7, "Ansøgning om tilskud til ny kunstgræsbane - Lynghede IF", "18.15.00-G01-7-23", False, [
            ("SAGEN", "Lynghede IF har søgt om 450.000 kr. til en kunstgræsbane ved Lynghede Stadion. "
                      "Banen koster i alt 3,4 mio. kr., og klubben har fået tilsagn fra to fonde. "
                      "Klubben vil selv stå for vedligeholdelse."),
            ("FORVALTNINGENS FORSLAG", "At der bevilges 300.000 kr. fra anlægspuljen."),
            ("UDVALGETS AFGØRELSE", "Udvalget bevilgede 300.000 kr. på betingelse af, at banen også stilles "
                                    "til rådighed for skolerne i dagtimerne."),
        ]),
        P(8, "Henvendelse vedrørende en forenings regnskab", "18.15.00-A00-2-23", True, [
            ("SAGEN", "Revisor har gjort opmærksom på, at Spejdergruppen Hedeblomsten ikke kan redegøre for "
                      "et underskud på 63.410 kr. Kassereren, Poul-Henning Vad, er fratrådt."),
            ("UDVALGETS AFGØRELSE", "Udbetaling af tilskud stilles i bero, indtil et revideret regnskab "
                                    "foreligger."),
        ], mark="[IKKE OFFENTLIGT PUNKT]"),
        P(9, "Frivillighedsprisen 2023 - indstilling af kandidater", "18.00.00-A00-2-23", False, [
            ("SAGEN", "Borgere og foreninger kan indstille kandidater til prisen frem til 15. april 2023. "
                      "Prisen er på 10.000 kr. og uddeles på Frivillighedsdagen i september."),
            ("UDVALGETS AFGØRELSE", "Godkendt. Formanden og næstformanden er bedømmelsesudvalg."),
        ]),
        P(10, "Orientering fra formanden", None, False, [
            ("SAGEN", "Formanden orienterede om, at Kulturhuset Remisen får nyt lydanlæg i foråret."),
            ("UDVALGETS AFGØRELSE", "Taget til efterretning."),
        ]),
    ],
    "secrets": ["Spejdergruppen Hedeblomsten", "63.410 kr.", "Poul-Henning Vad"],
    "question": "Fik Lynghede IF penge til den nye kunstgræsbane og hvor meget",
    "cite_punkt": 7,
}


def render_05(m):
    out = []
    a = out.append
    a("LYNGHEDE KOMMUNE\n")
    a("Folkeoplysningsudvalget\n\n")
    a("R E F E R A T\n\n")
    a("Møde:      onsdag 08.02.2023 kl. 19.00 - 21.15\n")
    a("Sted:      Kulturhuset Remisen, lokale 2\n")
    a("Deltagere: Erik Holmsgaard (formand), Tina Skaarup, Villy Knudsen,\n"
      "           Amalie Brink, Hassan Oubaid, Jytte Lorentzen\n")
    a("Afbud:     Villy Knudsen\n")
    a("Referent:  Sekretariatet for Kultur og Fritid\n\n")
    a("=" * 72 + "\n\n")
    for p in m["points"]:
        head = "PUNKT %02d   %s" % (p["n"], p["title"])
        a(head + "\n")
        a("-" * min(len(head), 72) + "\n")
        if p["closed"]:
            a(p["mark"] + "\n")
        if p["case"]:
            a("J.nr.: %s\n" % p["case"])
        a("\n")
        for label, text in p["sections"]:
            a(label + ":\n")
            for para in paras(text):
                for ln in _wrap(para, 72, m["secrets"]):
                    a(ln + "\n")
                a("\n")
        a("\n")
    a("=" * 72 + "\n")
    a("Udskrevet fra Lynghede Kommunes dagsordensystem 09.02.2023\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# 06  Mølledal Kommune - Socialudvalget (e-mail with the minutes in the body:
#     "Ad N)" headings, SagID numbers, a confidentiality sentence, a forwarded
#     message below the signature)
# ---------------------------------------------------------------------------
M06 = {
    "file": "06_moelledal_socialudvalget_2020.eml",
    "board": "Socialudvalget",
    "date": "2020-11-24",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "2020-114388", False, [
            ("Konklusion", "Godkendt."),
        ]),
        P(2, "Budgetopfølgning pr. 31. oktober - Socialudvalget", "2020-098812", False, [
            ("Baggrund", "Udvalget forventer et samlet merforbrug på 3,6 mio. kr., som især skyldes flere "
                         "borgere i botilbud uden for kommunen."),
            ("Konklusion", "Taget til efterretning. Forvaltningen fremlægger forslag til handleplan i "
                           "januar."),
        ]),
        P(3, "Nyt aktivitetstilbud til unge med autisme på Kornlageret", "2020-101377", False, [
            ("Baggrund", "Forvaltningen foreslår et dagtilbud for unge mellem 18 og 30 år med autisme i de "
                         "ombyggede lokaler på Kornlageret. Tilbuddet får 12 pladser og åbner 1. marts "
                         "2021. Der ansættes fire medarbejdere, og tilbuddet finansieres ved, at færre "
                         "unge skal køres til tilbud i nabokommunerne."),
            ("Konklusion", "Godkendt. Udvalget besøger Kornlageret efter åbningen."),
        ]),
        P(4, "Klagesag vedrørende botilbud", "2020-106950", True, [
            ("Baggrund", "Ankestyrelsen har givet Tove Lindegaard Ryberg delvis medhold i klagen over "
                         "Bostedet Granhøj. Kommunen skal foretage tilbagebetaling af 41.820 kr."),
            ("Konklusion", "Taget til efterretning."),
        ], mark="Punktet er omfattet af tavshedspligt og offentliggøres ikke."),
        P(5, "Handicappolitik 2021-2024 - høringsudkast", "2020-087204", False, [
            ("Baggrund", "Udkastet er skrevet sammen med Handicaprådet og har fire temaer: bolig, job, "
                         "fritid og tilgængelighed."),
            ("Konklusion", "Sendes i høring til 15. januar 2021."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Konklusion", "Næste møde flyttes til 15. december kl. 16."),
        ]),
    ],
    "secrets": ["Tove Lindegaard Ryberg", "Bostedet Granhøj", "41.820 kr."],
    "question": "hvornaar aabner det nye tilbud for unge med autisme paa kornlageret og hvor mange pladser bliver der",
    "cite_punkt": 3,
}


def render_06(m):
    body = []
    a = body.append
    a("Kære udvalgsmedlemmer\n\n")
    a("Hermed referat fra Socialudvalgets møde tirsdag den 24. november 2020 kl. 15.30-17.45 "
      "(afholdt på Teams).\n\n")
    a("Deltog: Lene Vraa (formand), Karsten Holmboe, Sofie Lund Riis, Erhan Demir, Bodil Kragh\n")
    a("Fraværende: ingen\n\n")
    for p in m["points"]:
        a("Ad %d) %s\n" % (p["n"], p["title"]))
        if p["case"]:
            a("(SagID %s)\n" % p["case"])
        if p["closed"]:
            a(p["mark"] + "\n")
        for label, text in p["sections"]:
            a("%s: %s\n" % (label, text))
        a("\n")
    a("Referatet lægges på kommunens hjemmeside, dog uden lukkede punkter.\n\n")
    a("Venlig hilsen\nMaja Ellegaard\nUdvalgssekretær, Social og Sundhed\nMølledal Kommune\n"
      "Direkte: 72 11 40 22\n\n")
    a("-----Oprindelig meddelelse-----\n")
    a("Fra: Lene Vraa\nSendt: 23. november 2020 21:04\nTil: Maja Ellegaard\n"
      "Emne: SV: Mødet i morgen\n\n")
    a("Hej Maja. Husk at sende linket til mødet til Bodil, hun har skiftet mailadresse. Mvh Lene\n")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Maja Ellegaard <mael@moelledal.dk>"
    msg["To"] = "socialudvalget@moelledal.dk"
    msg["Subject"] = "Referat - Socialudvalget 24/11-2020"
    msg["Date"] = "Wed, 25 Nov 2020 09:12:40 +0100"
    msg["Message-ID"] = "<20201125091240.4471@moelledal.dk>"
    msg.set_content("".join(body), charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


# ---------------------------------------------------------------------------
# 07  Egsmark Kommune - Teknik- og Miljøudvalget, dagsorden (RTF: committee
#     code headings "TMU nn/2024", EMN case ids, open part then a separate
#     "Lukket dagsorden" section)
# ---------------------------------------------------------------------------
M07 = {
    "file": "07_egsmark_teknik-og-miljoeudvalget_dagsorden_2024.rtf",
    "board": "Teknik- og Miljøudvalget",
    "date": "2024-05-06",
    "kind": "dagsorden",
    "points": [
        P(41, "Godkendelse af dagsorden", "EMN-2024-00017", False, [
            ("Forslag", "Administrationen foreslår, at dagsordenen godkendes."),
        ]),
        P(42, "Asfaltprogram 2024", "EMN-2024-00512", False, [
            ("Sagsfremstilling",
             "Programmet omfatter 9,8 km kommuneveje, der får nyt slidlag i år. De største strækninger er "
             "Stationsvej, Bygaden i Nørre Egsmark og Kirkevej mellem Bakkely og Skovhuse. Arbejdet "
             "udføres fra juni til september, og der varsles med skilte to uger før."),
            ("Økonomi", "Programmet koster 11,2 mio. kr. og holdes inden for vejbudgettet."),
            ("Forslag", "Administrationen foreslår, at asfaltprogrammet godkendes."),
        ]),
        P(43, "Fjernvarme i Egsmark Nord - projektforslag", "EMN-2023-02281", False, [
            ("Sagsfremstilling",
             "Egsmark Fjernvarme har sendt et projektforslag om at forsyne 410 husstande i Egsmark Nord "
             "med fjernvarme fra 2026. Der er ikke tilslutningspligt."),
            ("Forslag", "Administrationen foreslår, at projektforslaget sendes i fire ugers høring."),
        ]),
        P(44, "Hundeskov i Stampemølleskoven", "EMN-2024-00790", False, [
            ("Sagsfremstilling",
             "Borgere har samlet 640 underskrifter for en hundeskov. Administrationen foreslår en "
             "indhegnet skov på ca. 3 ha i den sydlige del af Stampemølleskoven med parkering ved "
             "Møllestien, affaldsspande og en vandpost. Den kan åbne i efteråret 2024."),
            ("Økonomi", "Hegn og inventar koster 85.000 kr. fra puljen til friluftsliv."),
            ("Forslag", "Administrationen foreslår, at hundeskoven etableres."),
        ]),
        P(45, "Meddelelser", "EMN-2024-00017", False, [
            ("Sagsfremstilling", "Orientering om status på ladestandere ved rådhuset."),
        ]),
        P(46, "Køb af areal til cykelsti", "EMN-2024-00633", True, [
            ("Sagsfremstilling",
             "Til den nye cykelsti skal der købes en 4 meter bred bræmme af matrikel 9f Egsmark By, som "
             "ejes af Karen-Margrethe Thybo. Ejeren har accepteret en pris på 112 kr. pr. m²."),
            ("Forslag", "Administrationen foreslår, at købsaftalen godkendes."),
        ]),
    ],
    "secrets": ["matrikel 9f Egsmark By", "Karen-Margrethe Thybo", "112 kr. pr. m²"],
    "question": "kommer der en hundeskov i stampemølleskoven og hvornår kan den åbne?",
    "cite_punkt": 44,
}


def _rtf(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)


def render_07(m):
    r = []
    a = r.append
    a("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1030\n")
    a("{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}\n")
    a("{\\colortbl;\\red0\\green0\\blue0;\\red0\\green84\\blue122;}\n")
    a("{\\info{\\title Dagsorden TMU}{\\author Egsmark Kommune}"
      "{\\creatim\\yr2024\\mo4\\dy29\\hr10\\min0}}\n")
    a("\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1134\\margb1134\n")
    a("{\\header\\pard\\qr\\fs16 " + _rtf("Egsmark Kommune - Teknik- og Miljøudvalget") + "\\par}\n")
    a("{\\footer\\pard\\qc\\fs16 " + _rtf("Dagsorden 06.05.2024 - side ") +
      "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n")
    a("\\f0\\fs22\n")

    def par(text, fmt=""):
        a("\\pard\\sa120%s %s\\par\n" % (fmt, _rtf(text)))

    par("DAGSORDEN", "\\b\\fs36")
    par("Teknik- og Miljøudvalget", "\\b\\fs28\\cf2")
    par("Mødedato: mandag den 6. maj 2024\nMødetid: kl. 8.15\n"
        "Mødested: Udvalgsværelse 3, Egsmark Rådhus")
    par("Medlemmer: Rasmus Ølgaard (formand), Dorthe Vinkel, Kasper Møldrup, Signe Aarhus Nielsen, "
        "Torben Lysholm")
    par("Åben dagsorden", "\\b\\fs26")
    for p in m["points"]:
        if p["closed"] and not any(q["closed"] for q in m["points"] if q["n"] < p["n"]):
            par("Lukket dagsorden", "\\b\\fs26")
            par("Nedenstående punkter behandles for lukkede døre og offentliggøres ikke.", "\\i")
        par("TMU %d/2024  %s" % (p["n"], p["title"]), "\\b\\fs24\\cf2")
        par("Sag: %s" % p["case"], "\\fs18")
        for label, text in p["sections"]:
            par(label, "\\b")
            for para in paras(text):
                par(para)
    a("}\n")
    return "".join(r)


# ---------------------------------------------------------------------------
# 08  Sandkrog Municipality - Health and Care Committee (English Markdown:
#     YAML front matter, bold "Agenda item N:" lines, "Resolved:" label,
#     exempt/confidential notes as block quotes)
# ---------------------------------------------------------------------------
M08 = {
    "file": "08_sandkrog_health-and-care-committee_2022.md",
    "board": "Health and Care Committee",
    "date": "2022-03-15",
    "kind": "referat",
    "points": [
        P(9, "Approval of the agenda", "SK-22-0040", False, [
            ("Resolved", "Approved."),
        ]),
        P(10, "Home care: new visiting model for evening shifts", "SK-22-0611", False, [
            ("Summary",
             "From September to December 2021 the evening home-care teams in the Østerhavn district "
             "tested a model where each citizen is visited by a fixed team of at most four carers. "
             "Cancelled visits fell by 14 percent and sick leave among staff fell as well."),
            ("Recommendation",
             "The administration recommends that the model is rolled out to all districts."),
            ("Resolved",
             "Approved. The model applies to all evening shifts in the municipality from 1 May 2022. "
             "Citizens will receive a letter naming their team."),
        ]),
        P(11, "Vaccination clinic at the main library - evaluation", "SK-22-0377", False, [
            ("Summary",
             "The temporary clinic gave 4,850 doses between October and February. Opening hours until "
             "8 pm were popular with working citizens."),
            ("Resolved", "Noted. The committee thanked the library staff."),
        ]),
        P(12, "Contract dispute - meal supplier", "SK-22-0981", True, [
            ("Summary",
             "Gastronord Catering ApS has claimed DKK 1,276,400 for food price increases not covered by "
             "the contract. The claim was handled by Rikke Vestergaard Holm from the procurement unit."),
            ("Resolved", "The committee rejected the claim."),
        ], mark="EXEMPT ITEM - not for publication (Danish Local Government Act, s. 10)"),
        P(13, "Dementia-friendly Sandkrog - action plan 2022-2025", "SK-21-2299", False, [
            ("Summary",
             "The plan includes a monthly memory cafe at the activity centre, training for shop staff in "
             "the town centre and two new dementia coordinators."),
            ("Recommendation", "The administration recommends that the action plan is adopted."),
            ("Resolved", "Adopted."),
        ]),
        P(14, "Complaint concerning a care home manager", "SK-22-1187", True, [
            ("Summary",
             "Relatives have complained about the management of Lyngtoften care home. The manager, Palle "
             "Krøyer Nørlund, received a written warning dated 2 February."),
            ("Resolved", "Noted."),
        ], mark="CONFIDENTIAL"),
        P(15, "Any other business", None, False, [
            ("Resolved", "None."),
        ]),
    ],
    "secrets": ["Gastronord Catering ApS", "DKK 1,276,400", "Rikke Vestergaard Holm",
                "Lyngtoften care home", "Palle Krøyer Nørlund", "written warning dated 2 February"],
    "question": "Will the home care visits in the evening change for my mum, and from when?",
    "cite_punkt": 10,
}


def render_08(m):
    out = []
    a = out.append
    a("---\n")
    a("municipality: Sandkrog Municipality\n")
    a("committee: Health and Care Committee\n")
    a("document: Minutes\n")
    a("date: 2022-03-15\n")
    a("time: \"17:00-19:20\"\n")
    a("venue: Committee Room 2, Sandkrog Town Hall\n")
    a("present: [Ellen Bay (chair), Morten Kyhl, Aisha Farah, Claus Wied]\n")
    a("apologies: [Dorte Frandsen]\n")
    a("---\n\n")
    a("Sandkrog Municipality · Health and Care Committee · Minutes of 15 March 2022\n\n")
    a("_Unofficial English translation. The Danish minutes prevail._\n\n")
    for p in m["points"]:
        a("**Agenda item %d:** %s  \n" % (p["n"], p["title"]))
        a("Case ref: %s\n\n" % (p["case"] or "-"))
        if p["closed"]:
            a("> %s\n\n" % p["mark"])
        for label, text in p["sections"]:
            a("*%s:* %s\n\n" % (label, text))
        a("* * *\n\n")
    a("Minutes approved electronically by the chair, 17 March 2022.\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# 09  Vibehøj Kommune - Kommunalbestyrelsen, tillægsreferat (ODT: header in a
#     table, "Sag nr. NN:" headings, status paragraph "Ikke offentlig")
# ---------------------------------------------------------------------------
M09 = {
    "file": "09_vibehoej_kommunalbestyrelsen_tillaegsreferat_2020.odt",
    "board": "Kommunalbestyrelsen",
    "date": "2020-08-27",
    "kind": "tillaegsreferat",
    "points": [
        P(25, "COVID-19: Genåbning af kommunens aktivitetscentre", "2020-2271", False, [
            ("Sagsfremstilling",
             "Aktivitetscentrene har været lukket siden marts. Sundhedsforvaltningen foreslår, at de tre "
             "centre genåbner mandag den 7. september med højst 20 deltagere pr. hold og tilmelding til "
             "alle aktiviteter. Caféerne holdes lukket indtil videre, men der kan købes kaffe to go."),
            ("Beslutning i Kommunalbestyrelsen",
             "Godkendt. Borgmesteren kan træffe beslutning om lukning igen, hvis smitten stiger."),
        ]),
        P(26, "Ekstraordinært tilskud til Vibehøj Idrætscenter", "2020-2309", False, [
            ("Sagsfremstilling",
             "Idrætscentret har mistet indtægter fra cafeteria og udlejning under nedlukningen og søger "
             "om et ekstraordinært tilskud på 750.000 kr."),
            ("Beslutning i Kommunalbestyrelsen",
             "Der bevilges 500.000 kr. Resten kan søges igen, når regnskabet for 2020 foreligger."),
        ]),
        P(27, "Forlig i ansættelsesretlig sag", "2020-2295", True, [
            ("Sagsfremstilling",
             "Sagen vedrører Jonas Bøgh Eskildsen, der har været ansat i Vej og Park. Fagforeningen "
             "Kommunal Vest har krævet godtgørelse for usaglig afskedigelse."),
            ("Beslutning i Kommunalbestyrelsen",
             "Kommunalbestyrelsen godkendte forlig med en godtgørelse på 186.750 kr."),
        ], mark="Status: Ikke offentlig"),
        P(28, "Udtræden af kommunalbestyrelsen og indtræden af stedfortræder", "2020-2330", False, [
            ("Sagsfremstilling",
             "Birgit Lykkegaard har søgt om fritagelse for hvervet, da hun flytter fra kommunen. Første "
             "stedfortræder på listen er Morten Saaby."),
            ("Beslutning i Kommunalbestyrelsen",
             "Birgit Lykkegaard fritages pr. 31. august 2020. Morten Saaby indtræder 1. september 2020."),
        ]),
    ],
    "secrets": ["Jonas Bøgh Eskildsen", "Fagforeningen Kommunal Vest", "186.750 kr."],
    "question": "Hvor mange maa være paa et hold naar aktivitetscentrene aabner igen efter corona?",
    "cite_punkt": 25,
}


def render_09(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')
    b = []
    a = b.append
    a('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">' % NS)
    a('<office:automatic-styles>'
      '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm"/></style:style>'
      '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
      '<style:style style:name="Ital" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>'
      '</office:automatic-styles><office:body><office:text>')

    def p(text, style="Standard"):
        a('<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text)))

    def h(text, level):
        a('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
          % (level, level, xesc(text)))

    h("TILLÆGSREFERAT", 1)
    p("til Kommunalbestyrelsens møde torsdag den 27. august 2020 kl. 18.00")
    a('<table:table table:name="Mødeoplysninger" table:style-name="Tbl">'
      '<table:table-column table:number-columns-repeated="2"/>')
    for k, v in [("Sted", "Byrådssalen, Vibehøj Rådhus"),
                 ("Fraværende", "Camilla Wendt (Afbud)"),
                 ("Tillægsdagsorden udsendt", "24. august 2020")]:
        a('<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p>'
          '</table:table-cell><table:table-cell office:value-type="string"><text:p>%s</text:p>'
          '</table:table-cell></table:table-row>' % (xesc(k), xesc(v)))
    a('</table:table>')
    p("Punkterne nedenfor blev optaget på dagsordenen efter fristen og behandlet i forlængelse af "
      "mødets ordinære dagsorden (sag nr. 1-24).", "Ital")
    for pt in m["points"]:
        h("Sag nr. %d: %s" % (pt["n"], pt["title"]), 2)
        p("Sagsnr. %s" % pt["case"])
        if pt["closed"]:
            p(pt["mark"])
        for label, text in pt["sections"]:
            a('<text:p text:style-name="Standard"><text:span text:style-name="Bold">%s</text:span></text:p>'
              % xesc(label))
            for para in paras(text):
                p(para)
    p("Mødet hævet kl. 21.40.")
    a('</office:text></office:body></office:document-content>')
    content = "".join(b)
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles><style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '</office:styles></office:document-styles>' % NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2">'
            '<office:meta><dc:title>Tillægsreferat Kommunalbestyrelsen 27.08.2020</dc:title>'
            '<meta:creation-date>2020-08-28T08:00:00</meta:creation-date></office:meta>'
            '</office:document-meta>' % NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest %s manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % NS)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        def put(name, data, comp):
            zi = zipfile.ZipInfo(name, date_time=(2020, 8, 28, 8, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        put("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        put("content.xml", content, zipfile.ZIP_DEFLATED)
        put("styles.xml", styles, zipfile.ZIP_DEFLATED)
        put("meta.xml", meta, zipfile.ZIP_DEFLATED)
        put("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 10  Bredhage Kommune - Beredskabskommissionen (Word "save as web page"
#     .htm in windows-1252: MsoNormal paragraphs, "Dagsordenspunkt N" on its
#     own line above the title, a "Klausuleret" note)
# ---------------------------------------------------------------------------
M10 = {
    "file": "10_bredhage_beredskabskommissionen_2025.htm",
    "board": "Beredskabskommissionen",
    "date": "2025-04-09",
    "kind": "referat",
    "points": [
        P(1, "Godkendelse af dagsorden", "BR-25/002", False, [
            ("Kommissionens beslutning", "Godkendt."),
        ]),
        P(2, "Årsrapport for brand- og redningsberedskabet 2024", "BR-25/011", False, [
            ("Sagsfremstilling",
             "Beredskabet havde 412 udrykninger i 2024 mod 388 året før. Heraf var 61 bygningsbrande og "
             "23 naturbrande. Den gennemsnitlige responstid var 9,4 minutter, hvilket er inden for "
             "serviceniveauet på 10 minutter."),
            ("Kommissionens beslutning", "Taget til efterretning."),
        ]),
        P(3, "Risikobaseret dimensionering 2025-2028 - udkast", "BR-25/014", False, [
            ("Sagsfremstilling",
             "Udkastet fastholder to brandstationer og ændrer ikke responstiderne. Der lægges op til en "
             "ny frivillig enhed til naturbrande."),
            ("Kommissionens beslutning", "Sendes i høring hos naboberedskaberne og politiet."),
        ]),
        P(4, "Personaleforhold i beredskabet", "BR-25/016", True, [
            ("Sagsfremstilling",
             "Kommissionen blev orienteret om en arbejdsretlig sag vedrørende Kurt Helmer Dahl. Kommunen "
             "er repræsenteret af advokat Trine Skousbøll."),
            ("Kommissionens beslutning", "Kommissionen godkendte en godtgørelse på 67.900 kr."),
        ], mark="Klausuleret - ikke til offentliggørelse"),
        P(5, "Afbrændingsforbud og bålpladser i sommerperioden", "BR-25/019", False, [
            ("Sagsfremstilling",
             "Ved risiko for tørke kan beredskabet indføre forbud mod afbrænding og bål. Det foreslås, "
             "at de faste bålpladser i Bredhage Strandpark og ved Spejderhytten Mågen fortsat må bruges, "
             "også under et forbud, medmindre der er indført totalforbud. Bål direkte på stranden er "
             "ikke tilladt."),
            ("Kommissionens beslutning",
             "Godkendt. Information om reglerne sættes op ved strandparkens indgange."),
        ]),
        P(6, "Eventuelt", None, False, [
            ("Kommissionens beslutning", "Intet."),
        ]),
    ],
    "secrets": ["Kurt Helmer Dahl", "Trine Skousbøll", "67.900 kr."],
    "question": "må man lave bål nede på stranden i bredhage i sommer hvis der er tørke",
    "cite_punkt": 5,
}


def render_10(m):
    h = []
    a = h.append
    a('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n')
    a('<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
      '<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
      '<title>Referat Beredskabskommissionen</title>\n'
      '<style>\n<!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
      'p.Punktnr {font-size:9.0pt;color:#7F7F7F;}\n-->\n</style>\n</head>\n'
      '<body lang=DA style="word-wrap:break-word">\n<div class=WordSection1>\n')

    def para(text, cls="MsoNormal", b=False):
        t = escape(text)
        if b:
            t = "<b>%s</b>" % t
        a('<p class=%s>%s</p>\n' % (cls, t))

    para("Bredhage Kommune", b=True)
    para("Beredskabskommissionen")
    para("REFERAT", b=True)
    para("Mødedato: 9. april 2025, kl. 14.00-15.30")
    para("Mødested: Brandstationen, Industrivej 4, mødelokale 1. sal")
    para("Til stede: borgmester Niels Aagaard (formand), Pia Storm, Ronni Kjeldsen, "
         "politiinspektør Helle Sandø, beredskabschef Oluf Brink (sekretær)")
    para("Afbud: ingen")
    a('<p class=MsoNormal>&nbsp;</p>\n')
    for p in m["points"]:
        para("Dagsordenspunkt %d" % p["n"], "Punktnr")
        para(p["title"], b=True)
        if p["case"]:
            para("Sagsid: %s" % p["case"])
        if p["closed"]:
            a('<p class=MsoNormal><i>%s</i></p>\n' % escape(p["mark"]))
        for label, text in p["sections"]:
            para(label, b=True)
            for pp in paras(text):
                para(pp)
        a('<p class=MsoNormal>&nbsp;</p>\n')
    para("Referatet er godkendt af formanden 11. april 2025.")
    a('</div>\n</body>\n</html>\n')
    return "".join(h).encode("cp1252")


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
