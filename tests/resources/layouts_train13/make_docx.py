"""Write the Word fixture of this folder: invented minutes, each point a heading over a small
table of its metadata (label and value cells), then its sections as lower headings.

- 06_word_metatabeller.docx: the header as a table ("Udvalg", "Mødedato", "Mødested"), then
  per point a "Heading 2" ("3. 2026-tilskud til …"), a two-column table ("Sagsnr." / value,
  "Åben/Lukket" / "Åben" or "Lukket", "Sagsbehandler" / name) and "Heading 3" sections. One
  point is closed only by its table's "Lukket".

All names, places, case numbers and sentences are invented.

Run from the repository root: python tests/resources/layouts_train13/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent

POINTS = [
    (
        "1. Godkendelse af dagsorden",
        "2026-000311",
        "Åben",
        "Lis Krag",
        [("Beslutning", "Godkendt.")],
    ),
    (
        "2. Ny fritidspas-ordning for børn i lavindkomstfamilier",
        "2025-018220",
        "Åben",
        "Niels Bay",
        [
            (
                "Sagsfremstilling",
                "Fritidspasset giver 1.500 kr. om året til kontingent i en forening. Ordningen "
                "skal nå 260 børn i 2026 og betales af puljen til lige muligheder.",
            ),
            ("Indstilling", "Forvaltningen indstiller, at ordningen indføres fra 1. april."),
            ("Beslutning", "Godkendt. Ordningen evalueres efter et år."),
        ],
    ),
    (
        "3. 2026-tilskud til foreningslivet",
        "2025-019904",
        "Åben",
        "Niels Bay",
        [
            (
                "Sagsfremstilling",
                "Puljen er på 4,8 mio. kr. Der er kommet 112 ansøgninger, 9 flere end sidste år.",
            ),
            ("Beslutning", "Fordelingen godkendt som foreslået."),
        ],
    ),
    (
        "4. Lejeaftale for klubhuset på Stadionvej",
        "2026-001077",
        "Lukket",
        "Lis Krag",
        [("Beslutning", "Lejen til Hedeby Boldklub nedsættes til 38.000 kr. om året.")],
    ),
    (
        "5. Eventuelt",
        "2026-000311",
        "Åben",
        "Lis Krag",
        [("Beslutning", "Intet.")],
    ),
]


def main() -> None:
    doc = docx.Document()
    doc.add_heading("Referat", level=1)
    header = doc.add_table(rows=0, cols=2)
    for label, value in (
        ("Udvalg", "Kultur- og Fritidsudvalget"),
        ("Mødedato", "Onsdag den 11. februar 2026"),
        ("Mødetidspunkt", "17:00"),
        ("Mødested", "Kulturhuset, lokale 2"),
    ):
        cells = header.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("Medlemmer: Jonas Hald (formand), Eva Rye, Tim Storm, Lea Brun, Omar Aziz")
    for title, case, status, handler, sections in POINTS:
        doc.add_heading(title, level=2)
        table = doc.add_table(rows=0, cols=2)
        for label, value in (
            ("Sagsnr.", case),
            ("Åben/Lukket", status),
            ("Sagsbehandler", handler),
        ):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        for name, text in sections:
            doc.add_heading(name, level=3)
            doc.add_paragraph(text)
    doc.add_paragraph("Udskrevet den 13.02.2026 kl. 09:30 af Kultur og Fritid")
    doc.save(HERE / "06_word_metatabeller.docx")


if __name__ == "__main__":
    main()
