"""Builds 06_moelleby_skolebestyrelsen-ravnsholt-skole_2022.docx (invented meeting).

Run with a Python that has python-docx:
    python make_docx.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("06_moelleby_skolebestyrelsen-ravnsholt-skole_2022.docx")

# (no, title, case, closed, [(label, text), ...])
POINTS = [
    (1, "Godkendelse af dagsorden og referat", None, False, [
        ("Beslutning", "Dagsorden og referat fra mødet 8. februar 2022 godkendt."),
    ]),
    (2, "Skolens budget 2022", "SB 22/009", False, [
        ("Sagsfremstilling", "Skolelederen gennemgik budgettet. Skolen har fået tildelt 41,8 mio. kr. "
                             "Der er et mindreforbrug fra 2021 på 612.000 kr., som foreslås brugt på nye "
                             "læsebøger til indskolingen og udskiftning af 30 elev-pc'er."),
        ("Beslutning", "Bestyrelsen godkendte budgettet og forslaget til brug af mindreforbruget."),
    ]),
    (3, "Princip for mobiltelefoner i skoletiden", "SB 22/011", False, [
        ("Sagsfremstilling", "Elevrådet og lærerne har drøftet et nyt princip. Forslaget er, at elever i "
                             "0.-6. klasse afleverer telefonen i klassens mobilskab ved første time og får "
                             "den igen kl. 14. Elever i 7.-9. klasse skal have telefonen slukket i tasken, "
                             "men må bruge den i frikvartererne i udskolingens fællesrum."),
        ("Beslutning", "Princippet blev vedtaget og gælder fra 1. august 2022. Forældrene orienteres "
                       "via AULA inden sommerferien."),
    ]),
    (4, "Lejrskole for 6. årgang", "SB 22/012", False, [
        ("Sagsfremstilling", "6. årgang tager på lejrskole til Bornholm i uge 37. Der er lavet aftale med "
                             "en lejrskole i Allinge. Forældrebetalingen er 600 kr. pr. elev til "
                             "kost."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    (5, "Trafik ved skolens parkeringsplads", "SB 22/013", False, [
        ("Sagsfremstilling", "Flere forældre har oplevet farlige situationer ved morgenafleveringen. "
                             "Bestyrelsen har bedt kommunen om et kys-og-kør-område på Ravnsholtvej."),
        ("Beslutning", "Formanden følger op over for kommunens vejafdeling."),
    ]),
    (6, "Ansættelse af viceskoleleder", "SB 22/014", True, [
        ("", "Lukket punkt"),
        ("Sagsfremstilling", "Ansættelsesudvalget har holdt to samtalerunder med i alt fire kandidater. "
                             "Udvalget indstiller Sofie Lindegaard Brøndum, som i dag er afdelingsleder "
                             "på en anden skole."),
        ("Beslutning", "Bestyrelsen bakker enstemmigt op om indstillingen."),
    ]),
    (7, "Eventuelt", None, False, [
        ("", "Skolefesten holdes torsdag den 12. maj kl. 17-21."),
    ]),
]


def main() -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)

    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Ravnsholt Skole · Mølleby Kommune"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("Skolebestyrelsen ved Ravnsholt Skole")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Referat")
    r.font.size = Pt(13)

    info = doc.add_table(rows=0, cols=2)
    for label, value in [
        ("Mødedato", "15-03-2022"),
        ("Tidspunkt", "kl. 18.00 - 20.30"),
        ("Sted", "Personalerummet, Ravnsholt Skole"),
        ("Deltagere", "Rasmus Kvist (formand), Helle Ougaard, Kenneth Sjøholm, Nadia Fahim, "
                      "Trine Bech, elevrådsrepræsentanterne Ida (8.b) og Malik (9.a), "
                      "skoleleder Jesper Vinther, medarbejderrepræsentant Anette Frost"),
        ("Fraværende", "Kenneth Sjøholm"),
        ("Referent", "Jesper Vinther"),
    ]:
        row = info.add_row().cells
        row[0].text = label
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = value
    doc.add_paragraph()

    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    head = table.rows[0].cells
    for cell, text in zip(head, ("Pkt.", "Emne", "Referat")):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for no, title, case, closed, sections in POINTS:
        cells = table.add_row().cells
        cells[0].text = f"{no}."
        cells[1].text = title
        cells[1].paragraphs[0].runs[0].bold = True
        if case:
            cells[1].add_paragraph(f"Sagsnr. {case}")
        first = True
        for label, text in sections:
            para = cells[2].paragraphs[0] if first else cells[2].add_paragraph()
            first = False
            if label:
                para.add_run(label + ": ").bold = True
                para.add_run(text)
            else:
                run = para.add_run(text)
                run.italic = closed
                run.bold = closed
    for row in table.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(5.0)
        row.cells[2].width = Cm(10.8)

    doc.add_paragraph()
    doc.add_paragraph("Næste møde: tirsdag den 26. april 2022.")
    doc.save(str(OUT))


if __name__ == "__main__":
    main()
