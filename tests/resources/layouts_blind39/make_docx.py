"""Builds 03_egholt_boern_unge.docx (invented minutes) with python-docx."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.shared import Pt, Cm

OUT = "03_egholt_boern_unge.docx"

POINTS = [
    (1, "Godkendelse af dagsorden", "19/24310", False, [
        ("Beslutning", ["Godkendt."]),
    ]),
    (2, "Skolernes årsplan for trivselsmålinger", "19/22871", False, [
        ("Sagsfremstilling", [
            "Den nationale trivselsmåling gennemføres hvert forår. Forvaltningen foreslår, at skolerne derudover gennemfører en kortere lokal måling i november, så lærerne tidligere kan opdage elever, der mistrives. Resultaterne drøftes i hver klasse og i skolebestyrelserne inden jul.",
            "Målingen tager ca. 15 minutter og besvares i en lektion. Forældre får besked via skolens intranet, inden målingen gennemføres.",
        ]),
        ("Indstilling", ["Forvaltningen indstiller, at den lokale måling indføres fra skoleåret 2020/21."]),
        ("Beslutning", ["Godkendt."]),
    ]),
    (3, "Åbningstider i dagtilbud i sommerferien", "19/24491", False, [
        ("Sagsfremstilling", [
            "De seneste tre somre har under 10 procent af børnene været i institution i ugerne 29 og 30. Forvaltningen foreslår derfor, at alle daginstitutioner i de to uger samles i tre fælles sommerinstitutioner i Egholt, Nørre Lund og Kildebro. Forældre, der har behov for pasning, skal tilmelde deres barn senest 1. april. Børnene passes så vidt muligt af kendte voksne fra egen institution.",
        ]),
        ("Økonomi", ["Ordningen forventes at frigøre ca. 650.000 kr., som anvendes til flere pædagogtimer i vintermånederne."]),
        ("Indstilling", ["Forvaltningen indstiller, at ordningen med fælles sommerpasning indføres fra sommeren 2020."]),
        ("Beslutning", ["Godkendt med den tilføjelse, at ordningen evalueres efter første sommer."]),
    ]),
    (4, "Ansøgning om lokaler til ungdomsklubben i Kildebro", "19/23354", False, [
        ("Sagsfremstilling", [
            "Ungdomsklubben i Kildebro har siden 2017 haft til huse i kælderen under idrætshallen, hvor der er problemer med fugt og dårlig ventilation. Klubben ønsker at flytte ind i den tidligere tandklinik på Skolevej, som står tom. Bygningen kræver en mindre ombygning af toiletter og køkken for 280.000 kr.",
        ]),
        ("Indstilling", ["Forvaltningen indstiller, at klubben flytter til Skolevej, og at ombygningen finansieres af udvalgets vedligeholdelsespulje."]),
        ("Beslutning", ["Godkendt."]),
    ]),
    (5, "Status på inklusion i folkeskolen", "19/19027", False, [
        ("Sagsfremstilling", [
            "Andelen af elever, der undervises i almindelige klasser, er steget fra 94,1 til 95,3 procent siden 2016. Samtidig oplever skolerne flere elever med angst og skolevægring. Forvaltningen orienterer om indsatsen med inklusionsvejledere og om planerne for et nyt kursus for forældre til børn med ufrivilligt skolefravær.",
        ]),
        ("Beslutning", ["Orienteringen blev taget til efterretning."]),
    ]),
    (6, "Klage over afslag på befordring", "19/24102", True, [
        ("Sagsfremstilling", [
            "Forældrene til Liva Mørch Sandahl, 3. klasse på Nørre Lund Skole, klager over afslag på gratis kørsel. Barnet har diagnosen cerebral parese og bor på Engbakken 9, 3,1 km fra skolen. Forældrene har fremsendt en lægeerklæring fra børneafdelingen.",
        ]),
        ("Beslutning", ["Udvalget omgjorde afgørelsen, så der bevilges kørsel frem til sommerferien 2020."]),
    ]),
    (7, "Eventuelt", None, False, [
        ("Beslutning", ["Intet."]),
    ]),
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Egholt Kommune \u2013 Børne- og Ungeudvalget"
    sec.footer.paragraphs[0].text = "Referat 09.01.2020"

    doc.add_heading("REFERAT", level=0)
    for label, value in [
        ("Udvalg:", "Børne- og Ungeudvalget"),
        ("Dato:", "09.01.2020"),
        ("Tidspunkt:", "15:30 - 17:45"),
        ("Sted:", "Mødelokale 3, Egholt Rådhus"),
        ("Deltagere:", "Marianne Brogaard (formand), Henrik Tjørnelund, Sofie Damgaard Eriksen, Niels Overby, Jytte Kamp"),
        ("Fraværende:", "Niels Overby"),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        r = p.add_run(label)
        r.bold = True
        p.add_run("\t" + value)

    doc.add_heading("Indholdsfortegnelse", level=1)
    for i, (no, title, case, closed, _s) in enumerate(POINTS):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run(f"{no}. {title}\t{2 + i // 2}")

    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for no, title, case, closed, sections in POINTS:
        doc.add_heading(f"{no}. {title}", level=2)
        if closed:
            r = doc.add_paragraph().add_run("FORTROLIGT")
            r.bold = True
        if case:
            p = doc.add_paragraph()
            p.add_run("Acadre sagsnr. ").italic = True
            p.add_run(case).italic = True
        for head, paras in sections:
            hp = doc.add_paragraph()
            hp.add_run(head).bold = True
            for t in paras:
                doc.add_paragraph(t)
        if no == 1:
            doc.add_paragraph("Fraværende: Niels Overby")

    doc.add_paragraph()
    doc.add_paragraph("Mødet hævet kl. 17:45.")
    doc.save(OUT)


if __name__ == "__main__":
    main()
