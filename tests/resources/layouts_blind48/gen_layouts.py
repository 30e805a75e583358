# -*- coding: utf-8 -*-
"""Generates the 10 invented minutes files + expected.json for layouts_blind48.
Run with system python3 (needs python-docx and fpdf2)."""
import os, json, html, textwrap, datetime, copy
from email.message import EmailMessage
from email.policy import SMTP
from gen_data import M, SECRETS

OUT = os.path.dirname(os.path.abspath(__file__))
DA_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

def wr(name, data, binary=False):
    with open(os.path.join(OUT, name), "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else "\n") as f:
        f.write(data)

def esc(s): return html.escape(s, quote=False)

# ---------- 01: single long HTML table (agenda-system export) ----------
def r01(m):
    rows = []
    rows.append('<tr><th colspan="3" style="font-size:16pt;text-align:left">%s<br>%s</th></tr>' % (esc(m["town"]), esc(m["board"])))
    rows.append('<tr><td class="lbl">Referat</td><td colspan="2"></td></tr>')
    rows.append('<tr><td class="lbl">Mødedato:</td><td colspan="2">%s</td></tr>' % esc(m["date_text"]))
    rows.append('<tr><td class="lbl">Mødested:</td><td colspan="2">%s</td></tr>' % esc(m["place"]))
    rows.append('<tr><td class="lbl">Medlemmer:</td><td colspan="2">%s</td></tr>' % esc(m["members"]))
    rows.append('<tr><td class="lbl">Fraværende:</td><td colspan="2">%s</td></tr>' % esc(m["absent"]))
    rows.append('<tr><td colspan="3"><hr></td></tr>')
    for p in m["points"]:
        cls = "punkt lukket" if p["closed"] else "punkt"
        rows.append('<tr class="%s"><td class="nr"><b>Pkt. %d</b></td><td class="titel"><b>%s</b></td><td class="sag">Sagsnr. %s</td></tr>' % (cls, p["num"], esc(p["title"]), esc(p["case"])))
        for h, t in p["sections"]:
            rows.append('<tr><td></td><td class="afsnit"><i>%s</i></td><td class="tekst">%s</td></tr>' % (esc(h), esc(t)))
        rows.append('<tr><td colspan="3">&nbsp;</td></tr>')
    rows.append('<tr><td colspan="3" style="font-size:8pt">Mødet hævet kl. 18.10. Udskrevet fra dagsordenssystemet 14-03-2019.</td></tr>')
    doc = ('<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>Referat - %s - %s</title>\n'
           '<style>td{vertical-align:top;padding:2px 6px;font-family:Arial}td.lbl{font-weight:bold}tr.lukket td{background:#eee}</style></head>\n'
           '<body><table class="referat" border="0" cellspacing="0" width="100%%">\n%s\n</table></body></html>\n') % (esc(m["board"]), "12.03.2019", "\n".join(rows))
    wr(m["file"], doc)
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 02: typewriter protocol 1987 ----------
def r02(m):
    W = 66
    L = []
    L.append("                                                      Side 47")
    L.append("")
    L.append("ØLSTED-HVIDBJERG MENIGHEDSRÅD".center(W).rstrip())
    L.append("FORHANDLINGSPROTOKOL".center(W).rstrip())
    L.append("")
    L.append("Møde %s i %s." % (m["date_text"], m["place"]))
    L.append("")
    L.append("Mødt: " + m["members"].replace(", Aksel Dyrberg", "") + ".")
    L.append("Afbud: %s." % m["absent"])
    L.append("")
    L.append("Formanden bød velkommen. Sognepræsten indledte med salme nr. 749.")
    L.append("")
    for p in m["points"]:
        head = "§ %d.  %s" % (p["num"], p["title"])
        if p["case"]:
            head = head + " " * max(2, W - len(head) - len("J.nr. " + p["case"])) + "J.nr. " + p["case"]
        L.append(head)
        L.append("-" * len("§ %d.  %s" % (p["num"], p["title"])))
        for _, t in p["sections"]:
            L.extend(textwrap.wrap(t, W))
            L.append("")
        if p["num"] == 3:
            L.append("")
            L.append("                                                      Side 48")
            L.append("")
    L.append("Mødet hævet kl. 21.40.")
    L.append("")
    L.append("Oplæst og godkendt.")
    L.append("")
    L.append("J. Chr. Lauritsen    H. Bak-Jessen    Else Marie Kold")
    L.append("Gudrun Thorsted      Niels Ovesen")
    wr(m["file"], "\n".join(L) + "\n")
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 03: docx with heading styles and a tracked change in one heading ----------
def r03(m):
    import docx
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    d.add_paragraph("Bakkeby Kommune", style="Title")
    d.add_paragraph("Referat – %s" % m["board"], style="Subtitle")
    t = d.add_table(rows=4, cols=2)
    for i, (a, b) in enumerate([("Mødetidspunkt", m["date_text"]), ("Mødested", m["place"]),
                                ("Deltagere", m["members"]), ("Afbud", m["absent"])]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("Indholdsfortegnelse", style="TOC Heading" if "TOC Heading" in [s.name for s in d.styles] else None)
    for p in m["points"]:
        d.add_paragraph("Punkt %d  %s\t%d" % (p["num"], p["title"], p["num"] + 1))
    d.add_page_break()
    def run_el(text, tag=None, rid=1):
        r = OxmlElement("w:r")
        tt = OxmlElement("w:delText" if tag == "del" else "w:t")
        tt.set(qn("xml:space"), "preserve"); tt.text = text; r.append(tt)
        if tag is None: return r
        w = OxmlElement("w:" + tag)
        w.set(qn("w:id"), str(rid)); w.set(qn("w:author"), "Sekretariatet"); w.set(qn("w:date"), "2021-06-08T09:14:00Z")
        w.append(r); return w
    for p in m["points"]:
        h = d.add_paragraph(style="Heading 1")
        if p.get("old_title"):
            # tracked change: old words deleted, new inserted
            h._p.append(run_el("Punkt %d – " % p["num"]))
            h._p.append(run_el("Ny skolestruktur", "del", 11))
            h._p.append(run_el("Ændring af skoledistrikter", "ins", 12))
            h._p.append(run_el(" i Bakkeby Nord"))
        else:
            h.add_run("Punkt %d – %s" % (p["num"], p["title"]))
        d.add_paragraph("Acadre-sag: %s" % p["case"])
        if p["closed"]:
            d.add_paragraph("Fortroligt – må ikke offentliggøres (jf. forvaltningslovens § 27)").runs[0].italic = True
        for hd, tx in p["sections"]:
            d.add_paragraph(hd, style="Heading 2")
            d.add_paragraph(tx)
    d.save(os.path.join(OUT, m["file"]))
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------- 04: PDF (A5) with running header + page numbers, breaks mid-point ----------
def r04(m):
    from fpdf import FPDF
    class P(FPDF):
        def header(self):
            self.set_font("dv", "", 7)
            self.cell(0, 4, "Nørrevig Forsyning A/S · Referat af bestyrelsesmøde 14.06.2022 · FORTROLIGT INDTIL GODKENDELSE", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        def footer(self):
            self.set_y(-10); self.set_font("dv", "", 7)
            self.cell(0, 4, "Side %d af {nb}" % self.page_no(), align="R")
    pdf = P(format="A5"); pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_auto_page_break(True, 14); pdf.add_page()
    pdf.set_font("dv", "B", 13); pdf.multi_cell(0, 6, "Referat af bestyrelsesmøde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10); pdf.multi_cell(0, 5, m["board"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    for a, b in [("Dato", m["date_text"]), ("Sted", m["place"]), ("Bestyrelsen", m["members"]), ("Afbud", m["absent"])]:
        pdf.multi_cell(0, 4.5, "%s: %s" % (a, b), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "B", 9); pdf.multi_cell(0, 4.5, "Dagsorden", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 9)
    for p in m["points"]:
        pdf.multi_cell(0, 4.5, "%d. %s" % (p["num"], p["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for p in m["points"]:
        pdf.set_font("dv", "B", 11); pdf.multi_cell(0, 5.5, "%d. %s" % (p["num"], p["title"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8)
        if p["case"]: pdf.multi_cell(0, 4, "Sag: %s" % p["case"], new_x="LMARGIN", new_y="NEXT")
        for hd, tx in p["sections"]:
            pdf.set_font("dv", "B", 9); pdf.multi_cell(0, 4.5, hd, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 9); pdf.multi_cell(0, 4.5, tx, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        pdf.ln(2)
    pdf.set_font("dv", "", 9); pdf.multi_cell(0, 4.5, "Referent: Morten Skou", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, m["file"]))
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 05: e-mail forwarding chain, minutes quoted, plain + html ----------
def r05(m):
    body = []
    body.append("REFERAT – %s" % m["board"].upper())
    body.append("Mødet %s, %s" % (m["date_text"], m["place"]))
    body.append("Medlemmer: %s" % m["members"])
    body.append("Fraværende: %s" % m["absent"])
    body.append("")
    for p in m["points"]:
        body.append("Ad %d) %s" % (p["num"], p["title"]))
        body.append("J.nr. %s" % p["case"])
        for hd, tx in p["sections"]:
            body.append("%s: %s" % (hd, tx))
        body.append("")
    body.append("Mødet sluttede kl. 17.45.")
    body.append("Med venlig hilsen")
    body.append("Sekretariatet, Hammerlund Kommune")
    quoted = "\n".join(("> " + l) if l else ">" for l in body)
    plain = ("Hej Lene\n\nSom aftalt – referatet fra ØU i sidste uge ligger nedenfor, Anne har sendt det rundt. "
             "Vær opmærksom på at pkt. 6 ikke må ud på hjemmesiden.\n\nVh Gitte\n\n"
             "-----Oprindelig meddelelse-----\nFra: Anne Kvist <akv@hammerlund.dk>\nSendt: 12. marts 2020 09:02\n"
             "Til: Gitte Brandstrup <gbr@hammerlund.dk>\nEmne: VS: Referat ØU 10/3-20\n\n"
             "Til orientering.\n/Anne\n\n"
             "Den tir. 10. mar. 2020 kl. 18.05 skrev Udvalgssekretariatet <udvalg@hammerlund.dk>:\n" + quoted + "\n")
    hbody = ["<p><b>%s</b><br>%s</p>" % (esc(body[0]), esc(body[1])), "<p>%s<br>%s</p>" % (esc(body[2]), esc(body[3]))]
    for p in m["points"]:
        hbody.append('<h3>Ad %d) %s</h3><p style="color:#555">J.nr. %s</p>' % (p["num"], esc(p["title"]), esc(p["case"])))
        for hd, tx in p["sections"]:
            hbody.append("<p><u>%s:</u> %s</p>" % (esc(hd), esc(tx)))
    hbody.append("<p>Mødet sluttede kl. 17.45.<br>Med venlig hilsen<br>Sekretariatet, Hammerlund Kommune</p>")
    htm = ('<html><head><meta charset="utf-8"></head><body><p>Hej Lene</p><p>Som aftalt – referatet fra ØU i sidste uge ligger nedenfor, Anne har sendt det rundt. '
           'Vær opmærksom på at pkt. 6 ikke må ud på hjemmesiden.</p><p>Vh Gitte</p><hr>'
           '<p><b>Fra:</b> Anne Kvist &lt;akv@hammerlund.dk&gt;<br><b>Sendt:</b> 12. marts 2020 09:02<br><b>Til:</b> Gitte Brandstrup<br><b>Emne:</b> VS: Referat ØU 10/3-20</p>'
           '<p>Til orientering.<br>/Anne</p><div>Den tir. 10. mar. 2020 kl. 18.05 skrev Udvalgssekretariatet &lt;udvalg@hammerlund.dk&gt;:</div>'
           '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></body></html>') % "\n".join(hbody)
    msg = EmailMessage()
    msg["From"] = "Gitte Brandstrup <gbr@hammerlund.dk>"
    msg["To"] = "Lene Hjort <lhj@hammerlund.dk>"
    msg["Subject"] = "VS: VS: Referat ØU 10/3-20"
    msg["Date"] = "Mon, 16 Mar 2020 11:27:45 +0100"
    msg["Message-ID"] = "<b48.20200316112745.4471@hammerlund.dk>"
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative(htm, subtype="html", cte="quoted-printable")
    wr(m["file"], msg.as_bytes(policy=SMTP), binary=True)
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 06: RTF ----------
def rtfesc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        elif c < 256: o.append("\\'%02x" % c)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)
def r06(m):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}{\f1\froman Cambria;}}",
         r"{\info{\title " + rtfesc("Referat skolebestyrelsesmøde") + r"}{\author Tina Juul}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\f0\fs22",
         r"{\header\pard\qr\fs16 " + rtfesc("Vindeby Skole – skolebestyrelsen") + r"\par}",
         r"\pard\qc\b\fs32 " + rtfesc("Referat af skolebestyrelsesmøde") + r"\b0\fs22\par",
         r"\pard\qc " + rtfesc(m["board"]) + r"\par" + "\n" + r"\pard\qc " + rtfesc(m["date_text"]) + r" \u8211? " + rtfesc(m["place"]) + r"\par\par"]
    for a, b in [("Medlemmer", m["members"]), ("Afbud", m["absent"])]:
        R.append(r"\trowd\cellx2200\cellx9600\pard\intbl\b " + rtfesc(a) + r"\b0\cell " + rtfesc(b) + r"\cell\row")
    R.append(r"\pard\par")
    for p in m["points"]:
        R.append(r"\pard\sb240\keepn\b\fs26 " + rtfesc("Pkt. %d: %s" % (p["num"], p["title"])) + r"\b0\fs22\par")
        for hd, tx in p["sections"]:
            R.append(r"\pard\i " + rtfesc(hd) + r"\i0\par")
            R.append(r"\pard " + rtfesc(tx) + r"\par")
    R.append(r"\pard\par " + rtfesc("Næste møde: 2018-10-09. Referent: Tina Juul.") + r"\par}")
    wr(m["file"], "\n".join(R) + "\n")
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 07: Markdown, closed items moved to an appendix ----------
def r07(m):
    L = ["---", "kommune: %s" % m["town"], "udvalg: %s" % m["board"], "status: godkendt", "---", "",
         "# Referat – %s" % m["board"], "",
         "| | |", "|---|---|", "| **Dato** | %s |" % m["date_text"], "| **Sted** | %s |" % m["place"],
         "| **Medlemmer** | %s |" % m["members"], "| **Fraværende** | %s |" % m["absent"], ""]
    for p in m["points"]:
        L.append("## Punkt %d – %s" % (p["num"], p["title"]))
        L.append("")
        L.append("**Sagsnr.:** %s" % p["case"])
        L.append("")
        if p["closed"]:
            L.append("*Behandlet for lukkede døre. Se Bilag A (ikke offentligt).*")
            L.append("")
            continue
        for hd, tx in p["sections"]:
            L += ["### %s" % hd, "", tx, ""]
    L += ["---", "", "## Bilag A – Lukkede punkter (ikke til offentliggørelse)", ""]
    for p in m["points"]:
        if not p["closed"]: continue
        L += ["### Punkt %d – %s" % (p["num"], p["title"]), ""]
        for hd, tx in p["sections"]:
            L += ["**%s:** %s" % (hd, tx), ""]
    wr(m["file"], "\n".join(L))
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 08: English PDF, cover with agenda, each item on its own page ----------
def r08(m):
    from fpdf import FPDF
    class P(FPDF):
        def footer(self):
            self.set_y(-12); self.set_font("dv", "", 7)
            self.cell(0, 4, "Elmsted Municipality | International Affairs Committee | 15/03/2016 | Page %d" % self.page_no(), align="C")
    pdf = P(format="A4"); pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB); pdf.add_page()
    pdf.set_font("dv", "B", 18); pdf.multi_cell(0, 9, "MINUTES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 11)
    for a, b in [("Committee", m["board"]), ("Date", m["date_text"]), ("Venue", m["place"]), ("Members", m["members"]), ("Apologies", m["absent"])]:
        pdf.multi_cell(0, 6, "%s: %s" % (a, b), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_font("dv", "B", 12); pdf.multi_cell(0, 6, "Contents", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 11)
    for p in m["points"]:
        pdf.cell(150, 6, "Item %d  %s" % (p["num"], p["title"])); pdf.cell(0, 6, str(p["num"] + 1), align="R", new_x="LMARGIN", new_y="NEXT")
    for p in m["points"]:
        pdf.add_page(); pdf.set_font("dv", "B", 14)
        pdf.multi_cell(0, 7, "Item %d: %s" % (p["num"], p["title"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        pdf.multi_cell(0, 5, "Case no. %s" % (p["case"] or "–"), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        for hd, tx in p["sections"]:
            pdf.set_font("dv", "B", 11); pdf.multi_cell(0, 6, hd, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 11); pdf.multi_cell(0, 6, tx, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.output(os.path.join(OUT, m["file"]))
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 09: plain-text agenda (dagsorden) from PDF export with page headers/footers ----------
def r09(m):
    W = 78
    hdr = "Sandager Kommune" + " " * 18 + "Ældrerådet" + " " * 16 + "Dagsorden 12.03.2015"
    pages = []
    cur = []
    def newpage():
        nonlocal cur
        pages.append(cur); cur = []
    cur += ["SANDAGER KOMMUNE", "", "DAGSORDEN", "", "Ældrerådet", "",
            "Mødedato: %s" % m["date_text"], "Mødested: %s" % m["place"], "Medlemmer: %s" % m["members"], "",
            "Indholdsfortegnelse", ""]
    for p in m["points"]:
        t = "Punkt %d. %s" % (p["num"], p["title"])
        cur.append(t + " " + "." * (W - len(t) - 4) + " " + str(2 if p["num"] < 3 else 3))
    newpage()
    for p in m["points"]:
        cur += ["Punkt %d. %s" % (p["num"], p["title"])]
        if p["case"]: cur += ["Sag: %s" % p["case"]]
        cur.append("")
        for hd, tx in p["sections"]:
            cur += [hd, ""]
            lines = textwrap.wrap(tx, W)
            if p["num"] == 2 and hd == "Sagsfremstilling":
                half = len(lines) // 2
                cur += lines[:half]; newpage(); cur += lines[half:]
            else:
                cur += lines
            cur.append("")
    newpage()
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        body = ([hdr, ""] if i > 1 else []) + pg + ["", ("Side %d af %d" % (i, n)).rjust(W)]
        out.append("\n".join(body))
    wr(m["file"], "\n\f".join(out) + "\n")
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

# ---------- 10: eDoc-style HTML, decision before case text, metadata in <dl> ----------
def r10(m):
    H = ['<!DOCTYPE html>', '<html lang="da"><head><meta charset="utf-8"><title>Beskæftigelsesudvalget - Referat - 02-10-2023</title>',
         '<script>window.dataLayer=window.dataLayer||[];</script></head><body>',
         '<nav class="topmenu"><a href="/">Forside</a> | <a href="/politik">Politik</a> | <a href="/dagsordener">Dagsordener og referater</a></nav>',
         '<div id="meeting"><h1>%s</h1><div class="meta"><span class="type">Referat</span> <span class="date">%s</span> <span class="loc">%s</span></div>' % (esc(m["board"]), esc(m["date_text"]), esc(m["place"])),
         '<div class="participants"><strong>Medlemmer:</strong> %s<br><strong>Afbud:</strong> %s</div>' % (esc(m["members"]), esc(m["absent"]))]
    for p in m["points"]:
        H.append('<div class="agenda-item%s" id="item-%d">' % (" closed" if p["closed"] else "", p["num"]))
        H.append('<h2><span class="no">%d.</span> %s</h2>' % (p["num"], esc(p["title"])))
        H.append('<dl class="casemeta"><dt>Sag:</dt><dd>%s</dd><dt>Sagsbehandler:</dt><dd>Jobcenter Lyngbjerg</dd></dl>' % esc(p["case"]))
        for hd, tx in p["sections"]:
            H.append('<section><h3>%s</h3><p>%s</p></section>' % (esc(hd), esc(tx)))
        H.append('</div>')
    H += ['</div>', '<footer>Lyngbjerg Kommune · Rådhustorvet 1 · 7990 Lyngbjerg · Udskrevet 03-10-2023 07:41</footer>', '</body></html>']
    wr(m["file"], "\n".join(H) + "\n")
    return [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]]

R = {"01": r01, "02": r02, "03": r03, "04": r04, "05": r05, "06": r06, "07": r07, "08": r08, "09": r09, "10": r10}
exp = []
for k in sorted(M):
    m = M[k]
    pts = R[k](m)
    exp.append({"file": m["file"], "board": m["board"], "date": m["date"],
                "kind": "dagsorden" if k == "09" else "referat", "points": pts,
                "secrets": SECRETS[k], "question": m["question"], "cite_punkt": m["cite"]})
with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("done", len(exp))
