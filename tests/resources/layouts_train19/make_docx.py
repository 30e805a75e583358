"""Builds the invented .docx minutes in this folder.

Run with python-docx: python make_docx.py. Every name, case number and sentence is invented.
"""

import os

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def boerne_familie():
    """A committee's minutes whose points are Word list paragraphs ("List Number": the number
    is Word's automatic numbering, not in the text) and whose case number sits in a one-row
    table beside the caseworker; decisions under a bold "Beslutning"."""
    d = Document()
    d.add_paragraph("Ravnsø Kommune")
    d.add_heading("Børne- og Familieudvalget", level=1)
    d.add_paragraph("Referat")
    d.add_paragraph("Onsdag den 10. marts 2021 kl. 15.30 i Udvalgsværelse 2")
    d.add_paragraph("Deltagere: Birthe Holmsgaard (formand), Ulrik Dam, Sanne Ploug, Rasmus Eg")

    def point(title, case, worker, body, decision, closed_note=None):
        d.add_paragraph(title, style="List Number")
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        cells = t.rows[0].cells
        cells[0].text = "Sagsnummer"
        cells[1].text = case
        cells[2].text = "Sagsbehandler"
        cells[3].text = worker
        if closed_note:
            d.add_paragraph(closed_note)
        if body:
            p = d.add_paragraph()
            p.add_run("Sagsfremstilling").bold = True
            d.add_paragraph(body)
        if decision:
            p = d.add_paragraph()
            p.add_run("Beslutning").bold = True
            d.add_paragraph(decision)

    point("Godkendelse af dagsorden", "21-003301", "Lone Mark", "", "Godkendt.")
    point(
        "Åbningstider i daginstitutionerne i sommerferien",
        "21-001877",
        "Lone Mark",
        "Institutionerne i Ravnsø By slås sammen i uge 29 og 30, så der er åbent i to huse. "
        "Forældre skal melde behov for pasning senest 1. maj.",
        "Godkendt.",
    )
    point(
        "Forebyggende familiebehandling i Familiehuset",
        "20-014522",
        "Tobias Rye",
        "Familiehuset tilbyder fremover forløb på op til tolv uger uden visitation. "
        "Forvaltningen forventer, at færre børn anbringes uden for hjemmet.",
        "Indstillingen blev godkendt.",
    )
    point(
        "Klage over afslag på merudgiftsydelse",
        "21-000954",
        "Tobias Rye",
        "Moderen Yasmin Kløvedal klager over afslaget på dækning af kørsel til behandling.",
        "Afslaget blev fastholdt.",
        closed_note="Punktet er lukket.",
    )
    point(
        "Kvalitetsrapport for dagplejen 2020",
        "21-000410",
        "Lone Mark",
        "Rapporten viser, at 94 procent af forældrene er tilfredse med dagplejen. Sygefraværet "
        "blandt dagplejerne er faldet fra 6,1 til 4,8 procent.",
        "Rapporten blev taget til efterretning.",
    )
    point("Eventuelt", "21-003302", "Lone Mark", "", "Intet.")
    d.save(os.path.join(HERE, "02_word_listenumre_sagstabel.docx"))


if __name__ == "__main__":
    boerne_familie()
