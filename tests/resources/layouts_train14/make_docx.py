"""Write the Word fixtures of this folder (invented minutes; all names, places, case numbers
and sentences are made up).

- 05_word_sagsnr_efter_beslutning.docx: a committee's minutes where each point is a
  "Heading 1" ("Punkt 12: …"), its sections "Heading 2", an "English summary" section in one
  point, the decision labelled with the board in brackets ("Beslutning (Social- og
  Sundhedsudvalget):") in a plain paragraph, and the case number written last, after the
  decision ("Sagsnr.: 26/1450 · Dok.nr.: 26/1450-7"). One point is closed by "Lukket –" before
  its title.
- 10_word_tabulator_overskrifter.docx: a music school's board minutes ("Referat af
  bestyrelsesmøde i Tornbæk Musikskole") whose point headings hold number, title and a case
  number or status in tab-separated columns ("3.<TAB>Ny undervisningsplan<TAB>Sagsnr. 26/771",
  "5.<TAB>Ansættelse af viceskoleleder<TAB>Lukket").

Run from the repository root: python tests/resources/layouts_train14/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent

SOCIAL = [
    (
        "Punkt 12: Godkendelse af dagsorden",
        "26/1401",
        "26/1401-1",
        [],
        "Godkendt.",
    ),
    (
        "Punkt 13: Demensvenlig kommune – handleplan 2026-2028",
        "25/9930",
        "25/9930-12",
        [
            (
                "Sagsfremstilling",
                "Handleplanen har 14 initiativer. Det største er et nyt aktivitetscenter for "
                "borgere med demens i Ryvang, der åbner i 2027 med plads til 35 gæster om dagen.",
            ),
            (
                "English summary",
                "The committee is asked to approve a three-year dementia plan with 14 "
                "initiatives, including a new day centre in Ryvang opening in 2027.",
            ),
            ("Indstilling", "Forvaltningen indstiller, at handleplanen godkendes."),
        ],
        "Godkendt. Udvalget ønsker en status efter et år.",
    ),
    (
        "Punkt 14: Lukket – Klage over afgørelse om hjemmehjælp",
        "26/1188",
        "26/1188-4",
        [],
        "Udvalget fastholdt afgørelsen over for borgeren på Kløvervej 17.",
    ),
    (
        "Punkt 15: Sundhedsbus til landsbyerne",
        "26/1460",
        "26/1460-2",
        [
            (
                "Sagsfremstilling",
                "Sundhedsbussen kører fra maj til oktober og tilbyder blodtryksmåling og "
                "vaccination. Den besøger 9 landsbyer hver anden uge og koster 640.000 kr. om "
                "året.",
            ),
            ("Indstilling", "Forvaltningen indstiller, at forsøget gennemføres i 2026."),
        ],
        "Godkendt. Bussen skal også køre til Hvidbjerg.",
    ),
    (
        "Punkt 16: Eventuelt",
        "26/1401",
        "26/1401-2",
        [],
        "Intet.",
    ),
]

MUSIC = [
    ("1.\tGodkendelse af dagsorden\tSagsnr. 26/770", "Dagsordenen blev godkendt."),
    (
        "2.\tØkonomi og elevtal\tSagsnr. 26/772",
        "Skolen har 412 elever, 18 flere end sidste år. Ventelisten til klaver er på 37 børn. "
        "Regnskabet for 2025 viser et lille overskud på 84.000 kr.",
    ),
    (
        "3.\tNy undervisningsplan\tSagsnr. 26/771",
        "Lederen fremlagde forslag om, at alle nye elever starter på hold i det første år og "
        "først derefter får soloundervisning. Bestyrelsen godkendte planen fra august 2026.",
    ),
    (
        "4.\tSommerkoncert i Slotsparken\tSagsnr. 26/775",
        "Koncerten holdes den 13. juni kl. 15. Forældreforeningen står for kaffe og kage.",
    ),
    (
        "5.\tAnsættelse af viceskoleleder\tLukket",
        "Bestyrelsen indstiller Frida Nyholm til stillingen som viceskoleleder.",
    ),
    ("6.\tEventuelt", "Ingen bemærkninger."),
]


def social() -> None:
    doc = docx.Document()
    doc.add_heading("Referat", level=0)
    doc.add_paragraph("Social- og Sundhedsudvalget")
    doc.add_paragraph("Mødedato: 9. marts 2026, kl. 15.30")
    doc.add_paragraph("Mødested: Rådhuset, lokale 2.07")
    doc.add_paragraph(
        "Medlemmer: Karen Vinther (formand), Jesper Moe, Ulla Brix, Asif Rana, Lone Krebs"
    )
    for title, case, doc_nr, sections, decided in SOCIAL:
        doc.add_heading(title, level=1)
        for name, text in sections:
            doc.add_heading(name, level=2)
            doc.add_paragraph(text)
        p = doc.add_paragraph()
        p.add_run("Beslutning (Social- og Sundhedsudvalget):").bold = True
        doc.add_paragraph(decided)
        doc.add_paragraph(f"Sagsnr.: {case} · Dok.nr.: {doc_nr}")
    doc.add_paragraph("Mødet hævet kl. 17.45")
    doc.save(HERE / "05_word_sagsnr_efter_beslutning.docx")


def music() -> None:
    doc = docx.Document()
    doc.add_heading("Referat af bestyrelsesmøde i Tornbæk Musikskole", level=1)
    doc.add_paragraph("Onsdag den 4. februar 2026 kl. 19.00 på musikskolen, Skolegade 8")
    doc.add_paragraph(
        "Til stede: Rikke Aagaard (formand), Thomas Lyng, Maja Bruun (forældrerepr.), "
        "Viggo Pape (lærerrepr.), skoleleder Helle Sommer"
    )
    doc.add_paragraph("Afbud: Kim Strand")
    for heading, body in MUSIC:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
    doc.add_paragraph("Referent: Helle Sommer")
    doc.save(HERE / "10_word_tabulator_overskrifter.docx")


def main() -> None:
    social()
    music()


if __name__ == "__main__":
    main()
