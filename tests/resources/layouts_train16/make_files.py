"""Builds the invented .docx minutes and the windows-1252 .htm page in this folder.

Run with python-docx: python make_files.py. Every name, case number and sentence is invented.
"""

import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def bold(d, text):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    return p


def solbjerg():
    """Header in a Word table; points as an automatically numbered Word list."""
    d = Document()
    d.add_paragraph("Solbjerg Kommune")
    h = d.add_paragraph()
    r = h.add_run("Referat")
    r.bold = True
    r.font.size = Pt(20)
    t = d.add_table(rows=0, cols=2)
    for k, v in (
        ("Udvalg", "Økonomiudvalget"),
        ("Mødedato", "Mandag den 7. oktober 2024"),
        ("Mødetid", "16:00 - 18:10"),
        ("Mødested", "Byrådssalen, Solbjerg Rådhus"),
        ("Medlemmer", "Lone Bach (formand), Erik Thygesen, Mona Riis, Kasper Holt, Birthe Lauesen"),
        ("Afbud", "Kasper Holt"),
    ):
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    d.add_paragraph("")

    def point(title, case, sections):
        p = d.add_paragraph(style="List Number")
        p.add_run(title).bold = True
        d.add_paragraph(f"Sagsnr.: {case}")
        for head, paras in sections:
            bold(d, head)
            for text in paras:
                d.add_paragraph(text)

    point(
        "Godkendelse af dagsorden",
        "24/8101",
        [("Beslutning", ["Godkendt."])],
    )
    point(
        "Budgetopfølgning pr. 30. september 2024",
        "24/7733",
        [
            ("Sagsfremstilling", [
                "Forventet regnskab viser et mindreforbrug på 6,4 mio. kr. på serviceudgifterne, "
                "primært på ældreområdet, hvor to stillinger har stået ubesatte.",
            ]),
            ("Indstilling", ["Forvaltningen indstiller, at opfølgningen tages til efterretning."]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    )
    point(
        "Takster for vand og spildevand 2025",
        "24/6120",
        [
            ("Sagsfremstilling", [
                "Solbjerg Forsyning foreslår, at prisen for drikkevand stiger fra 14,20 kr. til "
                "15,05 kr. pr. kubikmeter inkl. moms, og at vandafledningsbidraget stiger med "
                "1,10 kr. De højere takster skal finansiere udskiftning af gamle ledninger i "
                "Nørreby.",
            ]),
            ("Indstilling", ["Forvaltningen indstiller, at taksterne godkendes."]),
            ("Beslutning", ["Anbefales over for Byrådet."]),
        ],
    )
    point(
        "Lukket punkt: Salg af kommunal grund ved Skovvej",
        "24/5591",
        [
            ("Sagsfremstilling", [
                "Der er modtaget et bud fra køber med kodenavnet egern-projektet på 3,1 mio. kr.",
            ]),
            ("Beslutning", ["Godkendt med bemærkning om klausul om tjørnehækken."]),
        ],
    )
    point(
        "Tilskud til energirenovering af forsamlingshuse",
        "24/7001",
        [
            ("Sagsfremstilling", [
                "Puljen på 1,5 mio. kr. fordeles mellem syv forsamlingshuse, der har søgt om "
                "tilskud til varmepumper og efterisolering.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    )
    point(
        "Eventuelt",
        "24/8102",
        [("Beslutning", ["Intet."])],
    )
    d.save(os.path.join(HERE, "solbjerg_oekonomiudvalget_referat.docx"))


def ravnsholt():
    """A tillægsreferat in Word: 'Ad punkt N - Title' headings, case numbers as 'J.nr.'."""
    d = Document()
    d.add_paragraph("Ravnsholt Kommune")
    d.add_heading("Tillægsreferat", level=0)
    d.add_paragraph("Social- og Sundhedsudvalget, torsdag d. 12/9-2024 kl. 15.00")
    d.add_paragraph("Mødested: Sundhedshuset, mødelokale 3")
    d.add_paragraph(
        "Tillægget omfatter to sager, der blev optaget på dagsordenen efter udsendelsen."
    )

    def point(head, case, sections):
        d.add_heading(head, level=1)
        d.add_paragraph(f"J.nr. {case}")
        for h, paras in sections:
            bold(d, h)
            for text in paras:
                d.add_paragraph(text)

    point(
        "Ad punkt 9 - Akutpladser på Lindegården",
        "27.12.00-P20-2-24",
        [
            ("Sagsfremstilling", [
                "Regionen har varslet, at de fire akutpladser på Lindegården skal drives af "
                "kommunen fra 1. januar 2025. Driften koster 3,8 mio. kr. om året, og der skal "
                "ansættes seks sygeplejersker.",
            ]),
            ("Beslutning", ["Udvalget anbefaler, at kommunen overtager driften."]),
        ],
    )
    point(
        "Ad punkt 10 - Lukket punkt: Klage over afgørelse om hjælpemiddel",
        "27.36.00-K08-5-24",
        [
            ("Sagsfremstilling", [
                "Borgeren har klaget over afslaget på en elkørestol af mærket Stormfugl.",
            ]),
            ("Beslutning", ["Afgørelsen fastholdes, sagen sendes til Ankestyrelsen."]),
        ],
    )
    d.save(os.path.join(HERE, "ravnsholt_sundhed_tillaegsreferat.docx"))


HASSELBY = """<!DOCTYPE html>
<html lang="da">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Hasselby Kommune – Politiske møder</title>
<style>
.punkt { margin-bottom: 2em; }
.punkt--lukket h2::after { content: " (Lukket)"; color: #a00; }
.ikon { width: 14px; }
</style>
</head>
<body>
<header class="top"><a href="/">Hasselby Kommune</a> · <a href="/politik">Politik</a></header>
<main>
<h1>Byrådet</h1>
<div class="moedeinfo">
<span class="type">Referat</span> ·
<span class="dato">Mandag 24. juni 2024 kl. 18:00</span> ·
<span class="sted">Byrådssalen</span>
</div>
<p class="fravaer">Fraværende: Hans Munk (V)</p>

<div class="punkt">
<h2><span class="nr">1.</span> Godkendelse af dagsorden</h2>
<div class="meta">Sagsnr.: 24/11223</div>
<h3>Beslutning</h3>
<p>Godkendt.</p>
</div>

<div class="punkt">
<h2><span class="nr">2.</span> Regnskab 2023 – endelig godkendelse</h2>
<div class="meta">Sagsnr.: 24/05510</div>
<h3>Sagsfremstilling</h3>
<p>Revisionen har afgivet en påtegning uden forbehold. Regnskabet viser et overskud på
den ordinære drift på 41 mio. kr. og en kassebeholdning på 118 mio. kr. ultimo året.</p>
<h3>Beslutning</h3>
<p>Godkendt.</p>
</div>

<div class="punkt">
<h2><span class="nr">3.</span> Ny skolestruktur i Hasselby Nord</h2>
<div class="meta">Sagsnr.: 23/19876</div>
<h3>Sagsfremstilling</h3>
<p>Efter høringen foreslås det, at Bakkeskolen og Engskolen lægges sammen på Bakkeskolens
matrikel fra august 2025, så der bliver to skoler i den nordlige del af kommunen i stedet for
tre. Engskolens bygning ombygges til børnehus.</p>
<h3>Beslutning</h3>
<p>Godkendt med 19 stemmer mod 6.</p>
</div>

<div class="punkt">
<h2><span class="nr">4.</span> Køb af landbrugsejendom ved Hasselby Mose <img class="ikon" src="ikoner/laas.gif" alt="Lukket"></h2>
<div class="meta">Sagsnr.: 24/10002</div>
<h3>Beslutning</h3>
<p>Borgmesteren bemyndiges til at byde op til prisen aftalt under navnet plan kobbersneppe.</p>
</div>

<div class="punkt">
<h2><span class="nr">5.</span> Forlængelse af lejekontrakt for musikskolen</h2>
<div class="meta">Sagsnr.: 24/09911</div>
<h3>Sagsfremstilling</h3>
<p>Lejekontrakten for musikskolens lokaler i den gamle stationsbygning udløber 31. december
2024. Udlejer tilbyder en forlængelse i fem år med en huslejestigning på 4 pct.</p>
<h3>Beslutning</h3>
<p>Godkendt.</p>
</div>

<div class="punkt punkt--lukket">
<h2><span class="nr">6.</span> Tvist om byggeregnskab for Hasselby Hallen</h2>
<div class="meta">Sagsnr.: 24/08765</div>
<h3>Sagsfremstilling</h3>
<p>Advokaten anbefaler forlig efter modellen kaldet rustne ankerkæde.</p>
<h3>Beslutning</h3>
<p>Indstillingen tiltrådt.</p>
</div>

<div class="punkt">
<h2><span class="nr">7.</span> Eventuelt</h2>
<div class="meta">Sagsnr.: 24/11224</div>
<h3>Beslutning</h3>
<p>Intet.</p>
</div>
</main>
<footer>Hasselby Kommune · Torvet 1 · 4990 Hasselby</footer>
</body>
</html>
"""


def hasselby():
    with open(os.path.join(HERE, "hasselby_byraadet_2024-06-24.htm"), "wb") as f:
        f.write(HASSELBY.encode("cp1252"))


if __name__ == "__main__":
    solbjerg()
    ravnsholt()
    hasselby()
