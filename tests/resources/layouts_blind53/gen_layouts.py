# -*- coding: utf-8 -*-
"""Generates the 10 invented minutes files + expected.json for layouts_blind53.
Deterministic: fixed dates in every container (zip entries, PDF metadata, MIME boundaries).
Run with /work/main/.venv/bin/python (needs python-docx and fpdf2; the ODT is written by hand)."""
import os, json, html, datetime, zipfile, io
from gen_data import M, SECRETS

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def wr(name, data, binary=False):
    with open(os.path.join(OUT, name), "wb" if binary else "w",
              encoding=None if binary else "utf-8", newline=None if binary else "\n") as f:
        f.write(data)


def esc(s):
    return html.escape(s, quote=False)


def pts(m):
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]


def rezip(path):
    """Rewrite a zip (docx) with fixed timestamps so the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, i.compress_type, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, ct, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = ct
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------- 01: agenda-system HTML ("Pkt. 142"), nav, cookie banner, closed item flagged by class + note ----------
def r01(m):
    H = ['<!DOCTYPE html>', '<html lang="da">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>Referat – %s – %s</title>' % (esc(m["board"]), "08.11.2022"),
         '<link rel="stylesheet" href="/static/css/agenda.min.css?v=4.12.1">',
         '<script src="/static/js/agenda.bundle.js" defer></script>', '</head>',
         '<body class="meeting-page">',
         '<div id="cookie-consent" role="dialog"><p>Vi bruger cookies til statistik. <button>Accepter</button> <button>Afvis</button></p></div>',
         '<header class="site-header"><a class="logo" href="/">%s</a>' % esc(m["town"]),
         '<nav class="breadcrumb"><a href="/politik">Politik</a> &rsaquo; <a href="/politik/udvalg">Udvalg</a> &rsaquo; <span>%s</span></nav></header>' % esc(m["board"]),
         '<main>', '<div class="meeting-header">',
         '<h1>%s <small>Referat</small></h1>' % esc(m["board"]),
         '<table class="meeting-info"><tbody>',
         '<tr><th>Dato</th><td>%s</td></tr>' % esc(m["date_text"]),
         '<tr><th>Sted</th><td>%s</td></tr>' % esc(m["place"]),
         '<tr><th>Medlemmer</th><td>%s</td></tr>' % esc(m["members"]),
         '<tr><th>Afbud</th><td>%s</td></tr>' % esc(m["absent"]),
         '</tbody></table>',
         '<a class="btn-print" href="?print=1">Udskriv</a> <a class="btn-pdf" href="/download/referat-pbu-2022-11-08.pdf">Hent som PDF</a>',
         '</div>', '<aside class="agenda-toc"><h2>Dagsordenspunkter</h2><ol class="toc">']
    for p in m["points"]:
        H.append('<li><a href="#item-%d">Pkt. %d %s</a></li>' % (p["num"], p["num"], esc(p["title"])))
    H.append('</ol></aside>')
    H.append('<section class="agenda-items">')
    for p in m["points"]:
        cls = "agenda-item agenda-item--closed" if p["closed"] else "agenda-item"
        H.append('<article class="%s" id="item-%d" data-item-id="%d">' % (cls, p["num"], 90000 + p["num"]))
        H.append('<h2 class="item-heading"><span class="item-number">Pkt. %d</span> <span class="item-title">%s</span></h2>' % (p["num"], esc(p["title"])))
        H.append('<div class="item-meta"><span class="label">Sagsnr.:</span> <span class="case-number">%s</span></div>' % esc(p["case"]))
        if p["closed"]:
            H.append('<div class="access-note"><strong>Lukket punkt</strong> – behandles for lukkede døre.</div>')
        for h, t in p["sections"]:
            H.append('<div class="field"><h3 class="field-label">%s</h3><div class="field-content"><p>%s</p></div></div>' % (esc(h), esc(t)))
        H.append('<a class="to-top" href="#">Til toppen</a></article>')
    H += ['</section>', '</main>',
          '<footer class="site-footer"><p>%s · Rådhuspladsen 1 · 4690 Fjordlund · Tlf. 70 20 30 40</p><p>Dokumentet er genereret 09-11-2022 08:02</p></footer>' % esc(m["town"]),
          '</body>', '</html>']
    wr(m["file"], "\n".join(H) + "\n")
    return pts(m)


# ---------- 02: text extracted from a PDF: running header, page footer, form feeds, end-of-line hyphenation ----------
def wrap_hyph(text, width, protect):
    for s in protect:  # keep protected phrases on one line
        text = text.replace(s, s.replace(" ", "\x00"))
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand.replace("\x00", " ")) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0) - 1  # place for "-"
        core = w.rstrip(".,:;")
        if (room >= 3 and len(core) >= 9 and core.isalpha() and "\x00" not in w):
            # break before a consonant that starts a syllable (reserve-dele, oversvøm-melse)
            V = "aeiouyæøå"
            lo, hi = 3, min(room, len(core) - 3)
            ks = [k for k in range(lo, hi + 1)
                  if core[k].lower() not in V and (core[k + 1].lower() in V or core[k - 1].lower() == core[k].lower())]
            k = max(ks) if ks else 0
            if k >= 3:
                lines.append((cur + " " if cur else "") + w[:k] + "-")
                cur = w[k:]
                continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return [l.replace("\x00", " ") for l in lines]


def r02(m):
    W, PAGE = 74, 44
    prot = SECRETS["02"]
    decision_label = "Beslutning i Teknisk Udvalg den 14-09-2017"
    body = []
    for p in m["points"]:
        body.append(("H", p))
        body.append(("L", "%d. %s" % (p["num"], p["title"])))
        body.append(("L", "Sagsnr.: %s" % p["case"]))
        body.append(("L", ""))
        for h, t in p["sections"]:
            body.append(("L", decision_label if h == "Beslutning" else h))
            for l in wrap_hyph(t, W, prot):
                body.append(("L", l))
            body.append(("L", ""))
        body.append(("L", ""))
    while body[-1] == ("L", ""):
        body.pop()
    body += [("L", ""), ("L", "Mødet hævet kl. 17.55."), ("L", ""), ("L", "Leif Brøndum, formand")]
    # two passes: pagination first, then the TOC with the real page numbers
    first = ["KRAGEHOLM KOMMUNE", "", "REFERAT", "", m["board"], "",
             "Mødedato:   %s" % m["date_text"], "Mødested:   %s" % m["place"],
             "Deltagere:  %s" % m["members"], "Afbud:      %s" % m["absent"], "", "Indholdsfortegnelse", ""]
    pages, cur, start = [], [], {}
    for kind, x in body:
        if kind == "H":
            if len(cur) >= PAGE - 4:  # no heading alone at the foot of a page
                pages.append(cur)
                cur = []
            start[x["num"]] = len(pages) + 2  # page 1 holds the front matter and the TOC
            continue
        if len(cur) >= PAGE:
            pages.append(cur)
            cur = []
        cur.append(x)
    pages.append(cur)
    toc = []
    for p in m["points"]:
        t = "%d. %s" % (p["num"], p["title"])
        pg = str(start[p["num"]])
        toc.append(t + " " + "." * (W - len(t) - len(pg) - 2) + " " + pg)
    allpages = [first + toc] + pages
    n = len(allpages)
    hdr = "Krageholm Kommune    Teknisk Udvalg    Referat    " + m["date_short"]
    out = []
    for i, pg in enumerate(allpages, 1):
        lines = ([hdr, ""] if i > 1 else []) + pg + ["", "Side %d af %d" % (i, n)]
        out.append("\n".join(lines))
    wr(m["file"], "\n\f".join(out) + "\n")
    return pts(m)


# ---------- 03: DOCX, metadata table, "Punkt N - Title" headings, bare KLE case line, inline decision ----------
def r03(m):
    import docx
    from docx.shared import Pt
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Skole og Dagtilbud, sekretariatet"
    cp.title = "Referat %s 02.03.2020" % m["board"]
    cp.created = datetime.datetime(2020, 3, 3, 9, 0, 0)
    cp.modified = datetime.datetime(2020, 3, 3, 9, 0, 0)
    cp.last_modified_by = "sekretariatet"
    cp.revision = 3
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "%s – %s – referat 02.03.2020" % (m["town"], m["board"])
    fp = sec.footer.paragraphs[0]
    fp.add_run("Side ")
    r = fp.add_run()
    for tag, attr in (("w:fldChar", "begin"), (None, None), ("w:fldChar", "end")):
        if tag is None:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
            r._r.append(it)
        else:
            fc = OxmlElement(tag); fc.set(qn("w:fldCharType"), attr); r._r.append(fc)
    d.add_paragraph(m["town"], style="Title")
    d.add_paragraph("REFERAT – %s" % m["board"], style="Subtitle")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Mødedato", m["date_text"]), ("Mødested", m["place"]),
                                ("Medlemmer", m["members"]), ("Fraværende", m["absent"])]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("Indhold").runs[0].bold = True
    for p in m["points"]:
        d.add_paragraph("Punkt %d - %s" % (p["num"], p["title"]), style="List Paragraph")
    d.add_page_break()
    for p in m["points"]:
        d.add_paragraph("Punkt %d - %s" % (p["num"], p["title"]), style="Heading 1")
        cpara = d.add_paragraph(p["case"])
        cpara.runs[0].font.size = Pt(8)
        if p["closed"]:
            n = d.add_paragraph()
            rr = n.add_run("Behandlet for lukkede døre")
            rr.italic = True; rr.bold = True
        for h, tx in p["sections"]:
            if h == "Udvalgets beslutning":
                q = d.add_paragraph()
                q.add_run(h + ": ").bold = True
                q.add_run(tx)
            else:
                q = d.add_paragraph()
                q.add_run(h).bold = True
                d.add_paragraph(tx)
    path = os.path.join(OUT, m["file"])
    d.save(path)
    rezip(path)
    return pts(m)


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------- 04: text PDF, running header + "Side x/y", "Ad N" headings, "Sag nr. N", closed note under heading ----------
def r04(m):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("dv", "", 7)
            self.cell(0, 4, "Tjørnelund Havn I/S · Bestyrelsesmøde 21/06/2021", align="L")
            self.cell(0, 4, "Referat", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 7)
            self.cell(0, 4, "Side %d/{nb}" % self.page_no(), align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2021, 6, 23, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Referat bestyrelsesmøde 21/06/2021")
    pdf.set_author("Havnekontoret")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("dv", "B", 15)
    pdf.multi_cell(0, 8, "REFERAT AF BESTYRELSESMØDE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    for a, b in [("Mødedato", m["date_text"]), ("Sted", m["place"]), ("Deltagere", m["members"]), ("Afbud", m["absent"])]:
        pdf.multi_cell(0, 5, "%s: %s" % (a, b), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "B", 10)
    pdf.multi_cell(0, 5, "Dagsorden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    for p in m["points"]:
        pdf.multi_cell(0, 5, "Ad %d  %s" % (p["num"], p["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for p in m["points"]:
        pdf.set_font("dv", "B", 12)
        pdf.multi_cell(0, 6, "Ad %d  %s" % (p["num"], p["title"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8)
        if p["case"]:
            pdf.multi_cell(0, 4, p["case"], new_x="LMARGIN", new_y="NEXT")
        if p["closed"]:
            pdf.set_font("dv", "B", 9)
            pdf.multi_cell(0, 5, "Ikke offentlig – jf. offentlighedslovens § 30", new_x="LMARGIN", new_y="NEXT")
        for h, tx in p["sections"]:
            if h == "Bestyrelsen besluttede":
                pdf.set_font("dv", "B", 10)
                pdf.multi_cell(0, 5, h + ":", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(0, 5, tx, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(0, 5, tx, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(3)
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 5, "Referent: havnefoged Lars Ubbesen", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, m["file"]))
    return pts(m)


# ---------- 05: Markdown, "### 3) Title", bold label lines, budget table, closed item as blockquote note ----------
def r05(m):
    L = ["# Ældrerådet i Møllerup – referat", "",
         "**Dato:** %s  " % m["date_text"],
         "**Sted:** %s  " % m["place"],
         "**Til stede:** %s  " % m["members"],
         "**Afbud:** %s" % m["absent"], "", "---", ""]
    for p in m["points"]:
        L.append("### %d) %s" % (p["num"], p["title"]))
        if p["case"]:
            L += ["", "*%s*" % p["case"]]
        L.append("")
        if p["closed"]:
            L += ["> **Lukket sag** – punktet er ikke offentligt og fjernes før referatet lægges på hjemmesiden.", ""]
        for h, t in p["sections"]:
            L += ["**%s:** %s" % (h, t), ""]
            if p["num"] == 3 and h == "Baggrund":
                L += ["| Post | Beløb |", "|---|---:|", "| Kurser | 18.000 kr. |", "| Valg 2017 | 25.000 kr. |",
                      "| Møder og kørsel | 19.000 kr. |", "| **I alt** | **62.000 kr.** |", ""]
    L += ["---", "", "_Referent: Edith Lomholt_", ""]
    wr(m["file"], "\n".join(L))
    return pts(m)


# ---------- 06: RTF, "Punkt 24 - Title" with outline level, case line, closed note citing § 10 ----------
def rtfesc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        elif c < 256:
            o.append("\\'%02x" % c)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def r06(m):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1030{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Georgia;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green0\blue0;}",
         r"{\info{\title " + rtfesc("Referat Kultur- og Fritidsudvalget 16.03.23") + r"}{\author " + rtfesc("Kultur og Fritid") + r"}{\creatim\yr2023\mo3\dy17\hr8\min30}}",
         r"\paperw11906\paperh16838\margl1418\margr1134\margt1134\margb1134\f0\fs20",
         r"{\header\pard\qr\fs16 " + rtfesc("%s · %s" % (m["town"], m["board"])) + r"\par}",
         r"{\footer\pard\qc\fs16 Side {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}",
         r"\pard\ql\b\fs36 " + rtfesc(m["board"]) + r"\b0\fs20\par",
         r"\pard\ql\fs24 " + rtfesc("Referat") + r"\fs20\par\par"]
    for a, b in [("Mødetidspunkt", m["date_text"]), ("Mødested", m["place"]),
                 ("Medlemmer", m["members"]), ("Fraværende", m["absent"])]:
        R.append(r"\trowd\trgaph108\cellx2400\cellx9300\pard\intbl\b " + rtfesc(a) + r"\b0\cell " + rtfesc(b) + r"\cell\row")
    R.append(r"\pard\par")
    for p in m["points"]:
        R.append(r"\pard\sb360\sa120\keepn\outlinelevel0\b\fs26 " + rtfesc("Punkt %d - %s" % (p["num"], p["title"])) + r"\b0\fs20\par")
        R.append(r"\pard\fs16 " + rtfesc("Sagsnr. %s" % p["case"]) + r"\fs20\par")
        if p["closed"]:
            R.append(r"\pard\cf2\i " + rtfesc("Punktet behandles som lukket, jf. kommunestyrelseslovens § 10.") + r"\i0\cf0\par")
        for hd, tx in p["sections"]:
            R.append(r"\pard\sb120\keepn\outlinelevel1\b " + rtfesc(hd) + r"\b0\par")
            R.append(r"\pard\sa120 " + rtfesc(tx) + r"\par")
    R.append(r"\pard\par " + rtfesc("Mødet sluttede kl. 18.40.") + r"\par}")
    wr(m["file"], "\n".join(R) + "\n")
    return pts(m)


# ---------- 07: e-mail (multipart/alternative), "Dagsordenspunkt N:", "Sagsnr.:", bracketed closed banner ----------
def r07(m):
    from email.message import EmailMessage
    from email.policy import SMTP
    body = ["REFERAT", m["board"], "%s, %s" % (m["date_text"], m["place"]), "",
            "Deltagere: %s" % m["members"], "Fraværende: %s" % m["absent"], ""]
    for p in m["points"]:
        body.append("Dagsordenspunkt %d: %s" % (p["num"], p["title"]))
        body.append("Sagsnr.: %s" % p["case"])
        if p["closed"]:
            body.append("[LUKKET PUNKT – MÅ IKKE VIDERESENDES]")
        body.append("")
        for hd, tx in p["sections"]:
            body.append("%s:" % hd)
            body.append(tx)
            body.append("")
    plain = ("Kære udvalgsmedlemmer\n\nHermed referatet fra mødet %s. Den offentlige udgave lægges på "
             "hjemmesiden i morgen – punkt 5 er taget ud af den.\n\nMed venlig hilsen\nJette Abildgaard\n"
             "Udvalgssekretær, Skovkrogen Kommune\n\n" % m["date_short"]) + "\n".join(body) + "\n"
    hb = ['<div style="font-family:Calibri,sans-serif;font-size:11pt">',
          "<p>Kære udvalgsmedlemmer</p><p>Hermed referatet fra mødet %s. Den offentlige udgave lægges på hjemmesiden i morgen – punkt 5 er taget ud af den.</p>" % m["date_short"],
          "<p>Med venlig hilsen<br>Jette Abildgaard<br>Udvalgssekretær, Skovkrogen Kommune</p><hr>",
          "<h2>REFERAT</h2><p><b>%s</b><br>%s, %s</p>" % (esc(m["board"]), esc(m["date_text"]), esc(m["place"])),
          "<p>Deltagere: %s<br>Fraværende: %s</p>" % (esc(m["members"]), esc(m["absent"]))]
    for p in m["points"]:
        hb.append("<h3>Dagsordenspunkt %d: %s</h3><p><i>Sagsnr.: %s</i></p>" % (p["num"], esc(p["title"]), esc(p["case"])))
        if p["closed"]:
            hb.append('<p style="color:#a00"><b>[LUKKET PUNKT – MÅ IKKE VIDERESENDES]</b></p>')
        for hd, tx in p["sections"]:
            hb.append("<p><b>%s:</b><br>%s</p>" % (esc(hd), esc(tx)))
    hb.append("</div>")
    msg = EmailMessage()
    msg["From"] = "Jette Abildgaard <jab@skovkrogen.dk>"
    msg["To"] = "Borger- og Erhvervsudvalget <bu-medlemmer@skovkrogen.dk>"
    msg["Subject"] = "Referat BEU 28-05-2018 (inkl. lukket punkt)"
    msg["Date"] = "Tue, 29 May 2018 08:47:12 +0200"
    msg["Message-ID"] = "<b53.20180529084712.1187@skovkrogen.dk>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative("<html><head><meta charset=\"utf-8\"></head><body>%s</body></html>" % "\n".join(hb),
                        subtype="html", cte="quoted-printable")
    msg.set_boundary("----=_NextPart_b53_000_0017_01D3F72A.5C1E8B40")
    wr(m["file"], msg.as_bytes(policy=SMTP), binary=True)
    return pts(m)


# ---------- 08: ODT written by hand (zip + content.xml), English, "Item N – Title", "Case ref." ----------
def xesc(s):
    return html.escape(s, quote=True)


def r08(m):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    B = []
    B.append('<text:h text:style-name="Title" text:outline-level="1">%s – %s</text:h>' % (xesc(m["town"]), xesc(m["board"])))
    B.append('<text:p text:style-name="Subtitle">MINUTES</text:p>')
    B.append('<table:table table:name="Attendance"><table:table-column table:number-columns-repeated="2"/>')
    for a, b in [("Date", m["date_text"]), ("Venue", m["place"]), ("Present", m["members"]), ("Apologies", m["absent"])]:
        B.append('<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Bold">%s</text:p></table:table-cell>'
                 '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row>' % (xesc(a), xesc(b)))
    B.append('</table:table>')
    for p in m["points"]:
        B.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">Item %d – %s</text:h>' % (p["num"], xesc(p["title"])))
        B.append('<text:p text:style-name="Small">Case ref. %s</text:p>' % xesc(p["case"] or "–"))
        if p["closed"]:
            B.append('<text:p text:style-name="Bold">CLOSED SESSION – exempt information, not for publication</text:p>')
        for hd, tx in p["sections"]:
            B.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % xesc(hd))
            B.append('<text:p text:style-name="Text_20_body">%s</text:p>' % xesc(tx))
    B.append('<text:p>The meeting closed at 8.05 pm.</text:p>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:automatic-styles><style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style></office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (NS, "\n".join(B))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2"><office:styles>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="18pt"/></style:style>'
              '<style:style style:name="Subtitle" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>'
              '</office:styles></office:document-styles>') % NS
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/5.0.3.2$Windows_X86_64</meta:generator><dc:title>Finance Committee minutes 24 November 2015</dc:title>'
            '<meta:creation-date>2015-11-25T09:12:00</meta:creation-date><dc:date>2015-11-25T10:40:00</dc:date>'
            '</office:meta></office:document-meta>') % NS
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", FIXED_ZIP_TIME); zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in [("META-INF/manifest.xml", manifest), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta)]:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    wr(m["file"], buf.getvalue(), binary=True)
    return pts(m)


# ---------- 09: XML export, closed items flagged only by an attribute, sections as HTML in CDATA ----------
def r09(m):
    X = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!-- Eksporteret fra dagsordenssystemet 2024-04-12 07:15 -->',
         '<MeetingExport schemaVersion="2.3" exportedBy="Sekretariatet">',
         '  <Meeting id="SOU-2024-04" type="Referat">',
         '    <Organisation>%s</Organisation>' % xesc(m["town"]),
         '    <Committee code="SOU">%s</Committee>' % xesc(m["board"]),
         '    <Start>%s</Start>' % m["date_text"], '    <End>2024-04-11T18:30:00+02:00</End>',
         '    <Location>%s</Location>' % xesc(m["place"]), '    <Participants>']
    for who in m["members"]:
        X.append('      <Participant present="%s">%s</Participant>' % ("false" if who in m["absent"] else "true", xesc(who)))
    X.append('    </Participants>')
    X.append('    <AgendaItems>')
    for p in m["points"]:
        X.append('      <AgendaItem number="%d" access="%s" sortOrder="%d">' % (p["num"], "Lukket" if p["closed"] else "Åben", p["num"] * 10))
        X.append('        <Title>%s</Title>' % xesc(p["title"]))
        X.append('        <CaseNumber>%s</CaseNumber>' % xesc(p["case"]))
        X.append('        <Fields>')
        for hd, tx in p["sections"]:
            X.append('          <Field name="%s"><![CDATA[<p>%s</p>]]></Field>' % (xesc(hd), esc(tx)))
        X.append('        </Fields>')
        X.append('      </AgendaItem>')
    X += ['    </AgendaItems>', '  </Meeting>', '</MeetingExport>']
    wr(m["file"], "\n".join(X) + "\n")
    return pts(m)


# ---------- 10: Word "Save as web page" (.htm, windows-1252), list-numbered headings, agenda without decisions ----------
def r10(m):
    def w(s):
        return esc(s)
    H = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">', '', '<head>',
         '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
         '<meta name=ProgId content=Word.Document>', '<meta name=Generator content="Microsoft Word 15">',
         '<meta name=Originator content="Microsoft Word 15">',
         '<title>Dagsorden</title>',
         '<!--[if gte mso 9]><xml>', ' <o:DocumentProperties>', '  <o:Author>Teknik og Miljø</o:Author>',
         '  <o:Created>2019-01-14T08:31:00Z</o:Created>', '  <o:Pages>4</o:Pages>', ' </o:DocumentProperties>', '</xml><![endif]-->',
         '<style>', '<!--', ' p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}',
         ' h1 {mso-style-link:"Overskrift 1 Tegn";margin-top:12.0pt;font-size:14.0pt;}', ' @list l0 {mso-list-id:1187;}',
         '-->', '</style>', '</head>', '', '<body lang=DA style=\'tab-interval:65.2pt\'>', '', '<div class=WordSection1>', '',
         '<p class=MsoTitle><span lang=DA>%s<o:p></o:p></span></p>' % w(m["town"]),
         '<p class=MsoSubtitle><span lang=DA>DAGSORDEN &#8211; %s<o:p></o:p></span></p>' % w(m["board"]),
         '<p class=MsoNormal><o:p>&nbsp;</o:p></p>',
         '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>']
    for a, b in [("Mødedato:", "Mandag den " + m["date_text"]), ("Mødested:", m["place"]), ("Medlemmer:", m["members"])]:
        H.append(" <tr>\n  <td width=140 valign=top><p class=MsoNormal><b><span lang=DA>%s<o:p></o:p></span></b></p></td>\n"
                 "  <td width=460 valign=top><p class=MsoNormal><span lang=DA>%s<o:p></o:p></span></p></td>\n </tr>" % (w(a), w(b)))
    H.append('</table>')
    H.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    for p in m["points"]:
        H.append('<h1 style=\'margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1\'><![if !supportLists]><span lang=DA>'
                 '<span style=\'mso-list:Ignore\'>%d.<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                 '<![endif]><span lang=DA>%s<o:p></o:p></span></h1>' % (p["num"], w(p["title"])))
        H.append('<p class=MsoNormal><b><span lang=DA style=\'font-size:9.0pt\'>Sagsnr.:</span></b><span lang=DA style=\'font-size:9.0pt\'> %s<o:p></o:p></span></p>' % w(p["case"]))
        if p["closed"]:
            H.append('<p class=MsoNormal style=\'background:#D9D9D9\'><b><i><span lang=DA>Fortroligt &#8211; undtaget fra offentlighed<o:p></o:p></span></i></b></p>')
        for hd, tx in p["sections"]:
            H.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
            H.append('<p class=MsoNormal><b><u><span lang=DA>%s<o:p></o:p></span></u></b></p>' % w(hd))
            H.append('<p class=MsoNormal><span lang=DA>%s<o:p></o:p></span></p>' % w(tx))
        H.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    H += ['<p class=MsoNormal><span lang=DA style=\'font-size:9.0pt;color:gray\'>Dagsordenen er udsendt %s.<o:p></o:p></span></p>' % "14.01.2019",
          '', '</div>', '', '</body>', '', '</html>']
    data = ("\n".join(H) + "\n").replace("\n", "\r\n")  # Word writes CRLF throughout
    wr(m["file"], data.encode("cp1252", "xmlcharrefreplace"), binary=True)
    return pts(m)


R = {"01": r01, "02": r02, "03": r03, "04": r04, "05": r05, "06": r06, "07": r07, "08": r08, "09": r09, "10": r10}
exp = []
for k in sorted(M):
    m = M[k]
    exp.append({"file": m["file"], "board": m["board"], "date": m["date"],
                "kind": "dagsorden" if k == "10" else "referat", "points": R[k](m),
                "secrets": SECRETS[k], "question": m["question"], "cite_punkt": m["cite"]})
with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("done", len(exp))
