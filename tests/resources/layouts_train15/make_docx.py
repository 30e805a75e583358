"""Builds the two invented .docx minutes in this folder (run with python-docx)."""

import os

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def birkesoe():
    d = Document()
    d.add_heading("Birkesø Kommune", level=0)
    d.add_paragraph("Referat")
    d.add_paragraph("Børne- og Skoleudvalget")
    d.add_paragraph("Mødedato: 10. marts 2025, kl. 16:30-19:00")
    d.add_paragraph("Mødested: Birkesø Rådhus, lokale Søen")
    d.add_paragraph(
        "Medlemmer: Rikke Damgaard (formand), Poul Erik Munch, Sabina Lund, "
        "Tage Krogsgaard, Ida Vestergaard"
    )
    d.add_paragraph("Fraværende: Tage Krogsgaard")
    d.add_paragraph("")

    def point(n, title, case, sections, closed=False):
        if closed:
            p = d.add_paragraph()
            r = p.add_run("LUKKET PUNKT")
            r.bold = True
        d.add_heading(f"{n}. {title}", level=1)
        d.add_paragraph(f"Sagsnr.: {case}")
        for head, paras in sections:
            if head.endswith(":"):
                p = d.add_paragraph()
                r = p.add_run(head)
                r.bold = True
            else:
                d.add_heading(head, level=2)
            for t in paras:
                if t.startswith("- "):
                    d.add_paragraph(t[2:], style="List Bullet")
                else:
                    d.add_paragraph(t)

    point(
        1,
        "Godkendelse af dagsorden",
        "17.01.00-A00-1-25",
        [
            ("Beslutning i Børne- og Skoleudvalget den 10. marts 2025:", ["Godkendt."]),
        ],
    )
    point(
        2,
        "Skoledistrikter fra skoleåret 2026/27",
        "17.02.00-P20-3-25",
        [
            (
                "Resume",
                [
                    "Elevtallet på Birkesø Skole overstiger kapaciteten fra 2026. "
                    "Forvaltningen foreslår at flytte vejene nord for Engtoften til Søhøj Skoles "
                    "distrikt."
                ],
            ),
            (
                "Sagsfremstilling",
                [
                    "Ændringen berører ca. 60 elever over fem år. Søskende, der allerede "
                    "går på Birkesø Skole, kan fortsætte dér.",
                    "- Høring i skolebestyrelserne: april 2025",
                    "- Endelig beslutning: juni 2025",
                ],
            ),
            ("Indstilling", ["Forvaltningen indstiller, at forslaget sendes i høring."]),
            ("Beslutning i Børne- og Skoleudvalget den 10. februar 2025:", ["Udsat."]),
            (
                "Beslutning i Børne- og Skoleudvalget den 10. marts 2025:",
                ["Godkendt, idet høringsfristen fastsættes til 15. maj 2025."],
            ),
        ],
    )
    point(
        3,
        "Ferielukning i dagtilbud 2025",
        "28.00.00-A00-2-25",
        [
            (
                "Sagsfremstilling",
                [
                    "Det foreslås, at alle kommunale børnehuse holder lukket i uge 29 og 30 "
                    "samt mellem jul og nytår. En nødpasning oprettes i Børnehuset Kløveren."
                ],
            ),
            ("Økonomi", ["Ferielukningen giver en besparelse på vikarudgifter på ca. 420.000 kr."]),
            ("Indstilling", ["At ferielukningen godkendes."]),
            ("Beslutning i Børne- og Skoleudvalget den 10. marts 2025:", ["Godkendt."]),
        ],
    )
    point(
        4,
        "Elevsag - visitation til specialtilbud",
        "00.01.00-A00-3-25",
        [
            (
                "Sagsfremstilling",
                [
                    "Sagen vedrører en elev i 7. klasse; PPR anbefaler placering på Tranehaven "
                    "under betegnelsen projekt gul pelikan, jf. fortroligt notat."
                ],
            ),
            ("Beslutning i Børne- og Skoleudvalget den 10. marts 2025:", ["Godkendt."]),
        ],
        closed=True,
    )
    point(
        5,
        "Madordning i indskolingen",
        "17.20.00-G01-5-25",
        [
            ("Resume", ["Forsøget med forældrebetalt frokost på tre skoler er evalueret."]),
            (
                "Sagsfremstilling",
                [
                    "Tilslutningen var 64 pct. Prisen pr. måltid var 27 kr. Forældrene "
                    "efterspørger mere fleksibel tilmelding pr. uge."
                ],
            ),
            (
                "Indstilling",
                ["At ordningen gøres permanent og udbredes til alle skoler fra august 2025."],
            ),
            (
                "Beslutning i Børne- og Skoleudvalget den 10. marts 2025:",
                ["Anbefales over for Økonomiudvalget og Byrådet."],
            ),
            ("Bilag", ["Evalueringsrapport madordning", "Forældreundersøgelse"]),
        ],
    )
    point(
        6,
        "Personalesag - skoleleder",
        "81.03.00-G01-9-25",
        [
            (
                "Sagsfremstilling",
                [
                    "Aftale om fratrædelse indgået med fratrædelsesgodtgørelse svarende "
                    "til aftalen kaldet sølvnøglen ved Søhøj."
                ],
            ),
            (
                "Beslutning i Børne- og Skoleudvalget den 10. marts 2025:",
                ["Taget til efterretning."],
            ),
        ],
        closed=True,
    )
    point(
        7,
        "Eventuelt",
        "00.01.00-A00-1-25",
        [
            ("Beslutning i Børne- og Skoleudvalget den 10. marts 2025:", ["Intet."]),
        ],
    )
    d.save(os.path.join(HERE, "birkesoe_boerne_skoleudvalg_referat.docx"))


def stenhoej():
    d = Document()
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Kommune", "Stenhøj Kommune"),
        ("Udvalg", "Social- og Sundhedsudvalget"),
        ("Mødedato", "09.01.2025"),
        ("STARTTIDSPUNKT", "16:00"),
        ("Mødested", "Sundhedshuset, mødelokale 1"),
    ]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph("REFERAT")
    d.add_paragraph("Nr.\tPunkt\tSagsnr.")

    def point(n, title, case, body, closed=False):
        line = f"{n}.\t{title}\t{case}"
        if closed:
            line += "\tFortroligt"
        p = d.add_paragraph()
        r = p.add_run(line)
        r.bold = True
        for t in body:
            p = d.add_paragraph()
            if ":\t" in t:
                lab, rest = t.split(":\t", 1)
                r = p.add_run(lab + ":")
                r.bold = True
                p.add_run("\t" + rest)
            else:
                p.add_run(t)
        d.add_paragraph("")

    point(1, "Godkendelse af dagsorden", "25/00012", ["Beslutning:\tGodkendt."])
    point(
        2,
        "Hjemmeplejens kvalitetsstandard 2025",
        "24/19820",
        [
            "Sagsfremstilling:\tKvalitetsstandarden er opdateret, så rengøring fremover kan "
            "leveres hver 3. uge "
            "i stedet for hver 2. uge for borgere med robotstøvsuger.",
            "\tDer indføres desuden faste kontaktpersoner for borgere med mere end 10 ugentlige "
            "besøg.",
            "Økonomi:\tÆndringen frigør ca. 2,1 mio. kr., som anvendes til demensområdet.",
            "Indstilling:\tAt kvalitetsstandarden godkendes.",
            "Beslutning:\tGodkendt. Jytte Borre (A) kunne ikke tiltræde ændringen af "
            "rengøringsintervallet.",
        ],
    )
    point(
        3,
        "Ventetid på genoptræning",
        "24/22013",
        [
            "Sagsfremstilling:\tVentetiden på genoptræning efter sygehusophold er steget til 5 "
            "uger. "
            "Forvaltningen foreslår holdtræning to aftener om ugen i Sundhedshuset.",
            "Indstilling:\tAt forslaget godkendes som forsøg i 2025.",
            "Beslutning:\tGodkendt.",
        ],
    )
    point(
        4,
        "Klagesag vedr. magtanvendelse",
        "24/21777",
        [
            "Sagsfremstilling:\tTilsynet har påpeget forhold på bosted Kæret; den interne "
            "undersøgelse "
            "benævnt rapport tinsoldat udleveres ikke.",
            "Beslutning:\tTaget til efterretning.",
        ],
        closed=True,
    )
    point(
        5,
        "Tilskud til frivillige sociale foreninger (§ 18)",
        "25/00044",
        [
            "Sagsfremstilling:\tDer er modtaget 23 ansøgninger om i alt 1,4 mio. kr. Puljen "
            "udgør 0,9 mio. kr.",
            "Indstilling:\tAt tilskuddene fordeles som vist i bilag 1.",
            "Beslutning:\tGodkendt.",
            "Bilag:\tFordelingsoversigt § 18 2025",
        ],
    )
    point(
        6,
        "Borgersag - merudgifter",
        "24/23001",
        [
            "Sagsfremstilling:\tAnkestyrelsens afgørelse om merudgifter omtales som sagen om den "
            "grå kuffert.",
            "Beslutning:\tTaget til efterretning.",
        ],
        closed=True,
    )
    point(
        7,
        "Meddelelser",
        "25/00013",
        [
            "Sagsfremstilling:\tFormanden orienterede om temadag om forebyggelse den 27. februar.",
            "Beslutning:\tTaget til efterretning.",
        ],
    )
    d.save(os.path.join(HERE, "stenhoej_sosu_referat.docx"))


if __name__ == "__main__":
    birkesoe()
    stenhoej()
