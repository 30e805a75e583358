"""Builds the invented .docx minutes in this folder.

Run with python-docx: python make_files.py. Every name, case number and sentence is invented.
"""

import os

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def bold(d, text):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    return p


def buu():
    """Decisions in a two-column Word table under each point (Indstilling | Beslutning)."""
    d = Document()
    d.add_paragraph("Tårnby Vest Kommune")
    bold(d, "Referat – Børne- og Ungeudvalget")
    d.add_paragraph("Mødedato: Mandag den 2. december 2024, kl. 15.30")
    d.add_paragraph("Mødested: Rådhuset, udvalgsværelse 2")
    d.add_paragraph("Medlemmer: Sofie Holm (formand), Rune Kjær, Tina Aas, Bilal Yousef")
    d.add_paragraph("Afbud: Rune Kjær")

    def point(n, title, case, body, proposal, decision):
        bold(d, f"Punkt {n}: {title}")
        d.add_paragraph(f"Sagsnr.: {case}")
        if body:
            bold(d, "Sagsfremstilling")
            d.add_paragraph(body)
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "Indstilling"
        t.rows[0].cells[1].text = "Beslutning"
        t.rows[1].cells[0].text = proposal
        t.rows[1].cells[1].text = decision

    point(
        1,
        "Godkendelse af dagsorden",
        "24/20110",
        "",
        "Forvaltningen indstiller, at dagsordenen godkendes.",
        "Godkendt.",
    )
    point(
        2,
        "Sommerferieåbning i dagtilbud",
        "24/15520",
        "I uge 29 og 30 har under 10 pct. af børnene brug for pasning. Forvaltningen foreslår, "
        "at fire institutioner holder åbent for alle kommunens børn i de to uger.",
        "Forvaltningen indstiller, at modellen med fire åbne institutioner godkendes.",
        "Godkendt. Forældrene skal tilmelde børnene senest 1. maj.",
    )
    point(
        3,
        "Lektiecafé på biblioteket",
        "24/16003",
        "Biblioteket vil drive lektiecafé to eftermiddage om ugen med frivillige studerende.",
        "Forvaltningen indstiller, at der bevilges 120.000 kr. til ordningen.",
        "Godkendt.",
    )
    point(
        4,
        "Skolebuskørsel – kontrakt med vognmand (Fortroligt)",
        "24/18899",
        "Vognmanden Blåbærvognen har varslet ophævelse af kontrakten.",
        "Forvaltningen indstiller, at kontrakten genforhandles.",
        "Kontrakten genforhandles med en bod på 210.000 kr.",
    )
    point(5, "Eventuelt", "24/20111", "", "", "Intet.")
    d.save(os.path.join(HERE, "boerne_ungeudvalget_referat_dec.docx"))


if __name__ == "__main__":
    buu()
