"""Builds 06_birkemose_skolebestyrelsen-engholm-skole_2024.docx (invented meeting).

Run with a Python that has python-docx:
    python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("06_birkemose_skolebestyrelsen-engholm-skole_2024.docx")

# (no, title, case, closed, [(label, text), ...])
POINTS = [
    (1, "Godkendelse af dagsorden og referat", None, False, [
        ("Beslutning", "Dagsordenen blev godkendt. Referatet fra 23. januar 2024 blev godkendt uden bemærkninger."),
    ]),
    (2, "Lektiecafé i mellemtrinnet", "Sag 24-05", False, [
        ("Sagsfremstilling", "Ledelsen foreslår, at skolen opretter en lektiecafé for 3.-6. klasse. Caféen holder åbent "
                             "mandag og torsdag kl. 14.00-15.30 i skolebiblioteket og bemandes af to lærere. "
                             "Der serveres frugt og brød. Tilbuddet er frivilligt og gratis for eleverne."),
        ("Beslutning", "Bestyrelsen godkendte forslaget. Lektiecaféen starter 1. april 2024 og evalueres før "
                       "sommerferien."),
    ]),
    (3, "Skolens økonomi - status februar", "Sag 24-06", False, [
        ("Sagsfremstilling", "Skolelederen orienterede om økonomien. Der forventes et merforbrug på 280.000 kr., "
                             "primært på grund af udgifter til vikarer i efteråret. Ledelsen vil nedbringe "
                             "merforbruget ved at udskyde indkøb af nye møbler til udskolingen."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    (4, "Ny legeplads ved indskolingen", "Sag 24-07", False, [
        ("Sagsfremstilling", "Den gamle klatreborg er kasseret efter legepladsinspektionen. Et nyt klatrestativ med "
                             "rutsjebane og balancebane koster 340.000 kr. Forældreforeningen Engholms Venner har "
                             "tilbudt at donere 75.000 kr. Resten betales af kommunens vedligeholdelsespulje."),
        ("Beslutning", "Bestyrelsen takker for donationen og anbefaler projektet. Opsætning sker i uge 26-27."),
    ]),
    (5, "Elevsag", "Sag 24-08", True, [
        ("", "Fortroligt punkt - ikke offentligt"),
        ("Sagsfremstilling", "Bestyrelsen blev orienteret om forløbet for Clara Øster-Bundgaard i 5.B. Skolepsykolog "
                             "Tue Hammershøj deltager i det videre samarbejde med familien."),
        ("Beslutning", "Bestyrelsen tog orienteringen til efterretning."),
    ]),
    (6, "Forårsfest 2024", "Sag 24-09", False, [
        ("Sagsfremstilling", "Forårsfesten holdes torsdag den 16. maj 2024 kl. 17-20. 6. årgang står for boderne, "
                             "og overskuddet går til deres lejrskole."),
        ("Beslutning", "Godkendt. Trine Flyvbjerg koordinerer med elevrådet."),
    ]),
    (7, "Eventuelt", None, False, [
        ("Beslutning", "Intet."),
    ]),
]


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "Engholm Skole · Skolebestyrelsen · Referat 27.02.2024"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Engholm Skole, Skolevænget 3, 4690 Birkemose · kontor@engholm-skole.birkemose.dk"

    doc.add_heading("Skolebestyrelsen ved Engholm Skole", level=0)
    doc.add_paragraph("Referat af bestyrelsesmøde tirsdag den 27. februar 2024 kl. 18.30-21.00 i personalerummet")
    doc.add_paragraph("Deltagere: Morten Kjærgaard Vinther (formand), Trine Flyvbjerg, Jakob Hessellund, "
                      "Sidsel Amdi, elevrepræsentanterne Emil og Noor (8.A), skoleleder Hanne Borup, "
                      "viceskoleleder Kasper Lind (referent)")
    doc.add_paragraph("Afbud: Jakob Hessellund")

    doc.add_heading("Dagsorden", level=2)
    for no, title, case, closed, _ in POINTS:
        doc.add_paragraph(f"{no}. {title}")

    for no, title, case, closed, sections in POINTS:
        doc.add_heading(f"Punkt {no}. {title}", level=1)
        if case:
            p = doc.add_paragraph()
            r = p.add_run(case)
            r.italic = True
        for label, text in sections:
            p = doc.add_paragraph()
            if label:
                r = p.add_run(label + ": ")
                r.bold = True
                p.add_run(text)
            else:
                r = p.add_run(text)
                r.bold = True
                r.italic = True

    doc.add_paragraph("")
    doc.add_paragraph("Næste møde: tirsdag den 2. april 2024.")
    doc.add_paragraph("Referatet er godkendt elektronisk af formanden.")
    doc.save(OUT)


if __name__ == "__main__":
    main()
