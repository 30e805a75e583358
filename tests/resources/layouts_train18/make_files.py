"""Builds the invented .docx minutes in this folder.

Run with python-docx: python make_files.py. Every name, case number and sentence is invented.
"""

import os

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def beredskab():
    """A fire and rescue commission's minutes: Word heading styles for the points ("Sag 4 -
    Title" as Heading 2), each point's case number and status in a two-row table, decisions
    under "Kommissionens beslutning"."""
    d = Document()
    d.add_paragraph("Midtfjord Brand & Redning")
    d.add_heading("Beredskabskommissionen", level=1)
    d.add_paragraph("Referat fra møde den 12-09-24 kl. 10.00 på brandstationen i Midtfjord")
    d.add_paragraph("Deltagere: Poul Reimer (formand), Line Vad, Hassan Ali, Beredskabschef Jes Nør")

    def point(n, title, case, status, body, decision):
        d.add_heading(f"Sag {n} - {title}", level=2)
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "Sagsnr."
        t.rows[0].cells[1].text = "Status"
        t.rows[1].cells[0].text = case
        t.rows[1].cells[1].text = status
        if body:
            d.add_heading("Sagsfremstilling", level=3)
            d.add_paragraph(body)
        d.add_heading("Kommissionens beslutning", level=3)
        d.add_paragraph(decision)

    point(1, "Godkendelse af dagsorden", "24-004411", "Åben", "", "Godkendt.")
    point(
        2,
        "Risikobaseret dimensionering 2025-2028",
        "24-003870",
        "Åben",
        "Planen fastholder 14 udrykningsenheder, men flytter den ene drejestige fra Vestby til "
        "Midtfjord, hvor der er flest etageboliger.",
        "Planen sendes i høring hos politiet og nabokommunerne.",
    )
    point(
        3,
        "Personalesag vedrørende deltidsbrandmand",
        "24-004102",
        "Fortrolig",
        "Deltidsbrandmand Kenneth Rosbjerg har udeblevet fra tre øvelser.",
        "Kommissionen tiltrådte forvaltningens forslag.",
    )
    point(
        4,
        "Ny tankvogn",
        "24-004350",
        "Åben",
        "Den gamle tankvogn fra 2003 udskiftes. Prisen for en ny er 3,1 mio. kr.",
        "Godkendt.",
    )
    d.save(os.path.join(HERE, "08_beredskabskommission.docx"))


if __name__ == "__main__":
    beredskab()
