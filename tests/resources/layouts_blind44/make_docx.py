"""Builds 02_hvidmose_boernskole_wordtables.docx (invented minutes, Word layout with tables)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "02_hvidmose_boernskole_wordtables.docx")

POINTS = [
    ("1", "Godkendelse af dagsorden", "00.01.00-A00-12-25", False,
     "", "", "Dagsordenen blev godkendt."),
    ("2", "Skoledistrikter fra skoleåret 2026/27", "17.01.02-P20-1-25", False,
     "Elevtallet i Nordbyen stiger, mens Sønderskolen har ledige klasselokaler. Forvaltningen foreslår, at grænsen mellem de to distrikter flyttes, så boligområdet Engkvarteret fremover hører til Sønderskolen. Søskende til elever på Nordskolen kan fortsat optages der.",
     "Børne- og Unge-forvaltningen indstiller, at forslaget sendes i høring hos skolebestyrelserne i perioden 17. november - 15. december 2025.",
     "Indstillingen godkendt. Udvalget ønsker et borgermøde i Engkvarteret i høringsperioden."),
    ("3", "Kvalitetsrapport for folkeskolerne 2024/25", "17.01.10-G01-2-25", False,
     "Kvalitetsrapporten viser, at karaktergennemsnittet ved 9. klasses afgangsprøve steg fra 6,9 til 7,2. Trivselsmålingen viser en lille tilbagegang i indskolingen. Fraværet er på 7,8 pct. i gennemsnit.",
     "Det indstilles, at rapporten drøftes og sendes til udtalelse i skolebestyrelserne.",
     "Rapporten blev drøftet. Udvalget bad om en særlig opfølgning på trivslen i indskolingen på mødet i marts 2026."),
    ("4", "Åbningstider i daginstitutioner - sommerlukning", "28.09.00-G01-4-25", False,
     "Flere forældre har efterlyst klarhed over sommerlukningen. Erfaringen fra 2025 viste, at kun ca. 9 pct. af børnene havde behov for pasning i de lukkede uger. Der tilbydes altid nødpasning i en samlet institution.",
     "Forvaltningen indstiller, at alle kommunale dagtilbud holder fælles sommerlukning i to uger i 2026.",
     "Udvalget godkendte fælles sommerlukning i uge 29 og 30 i 2026 med nødpasning i Troldehøjen."),
    ("5", "LUKKET: Klage over afslag på skoleskift", "17.01.20-K07-9-25", True,
     "Forældrene Jasmin og Omar Haddad, Lærkevej 7, klager over afslag på skoleskift for deres søn til Nordskolen. Familien henviser til mobning og en lægeerklæring fra 3. september 2025.",
     "Forvaltningen indstiller, at afslaget fastholdes.",
     "Udvalget omgjorde afslaget, så drengen kan starte på Nordskolen fra 1. december 2025."),
    ("6", "Eventuelt", None, False,
     "", "", "Formanden orienterede om KL's Børn- og Ungetopmøde. Intet yderligere."),
]

def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Hvidmose Kommune", level=0)
    doc.add_paragraph("REFERAT")
    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Udvalg", "Børne- og Skoleudvalget"),
        ("Mødedato", "12.11.2025, kl. 17.00-19.30"),
        ("Mødested", "Byrådssalen, Hvidmose Rådhus"),
        ("Medlemmer", "Anne Lykke (formand), Jens Prip, Camilla Rask, Henrik Øster, Sofie Nyholm. Afbud: Henrik Øster"),
    ]):
        meta.cell(i, 0).text = k
        meta.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_heading("Indholdsfortegnelse", level=1)
    toc = doc.add_table(rows=1, cols=3)
    toc.style = "Light List"
    hdr = toc.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Nr.", "Punkt", "Sagsnr."
    for num, title, case, closed, *_ in POINTS:
        r = toc.add_row().cells
        r[0].text, r[1].text, r[2].text = num, title, case or ""
    doc.add_page_break()
    for num, title, case, closed, sag, ind, besl in POINTS:
        doc.add_heading(f"{num}. {title}", level=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Sagsnr.", case or "-")]
        if sag:
            rows.append(("Sagsfremstilling", sag))
        if ind:
            rows.append(("Indstilling", ind))
        rows.append(("Beslutning", besl))
        for k, v in rows:
            c = t.add_row().cells
            c[0].text = k
            c[1].text = v
        doc.add_paragraph("")
    doc.add_paragraph("Mødet hævet kl. 19.25. Referent: Tove Mikkelsen")
    doc.save(OUT)

if __name__ == "__main__":
    main()
