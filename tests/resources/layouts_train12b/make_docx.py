"""Write the Word fixture of this folder: invented minutes whose points are rows of one table.

- 03_tabel_punkter.docx: a header in paragraphs (board, "Referat", date line), then one table
  with a header row "Nr. | Sag | Sagsnr. | Beslutning"; each later row is one point, its
  body in the "Sag" cell under a bold title. One point is closed by "(Lukket)" in its title.

All names, places, case numbers and sentences are invented.

Run from the repository root: python tests/resources/layouts_train12b/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).parent

ROWS = [
    (
        "1",
        "Godkendelse af dagsorden",
        "",
        "24-003118",
        "Godkendt.",
    ),
    (
        "2",
        "Renovering af Birkely Skoles faglokaler",
        "Skolen har fysik- og kemilokaler fra 1974 uden udsugning. Forvaltningen har fået "
        "et tilbud på 2,7 mio. kr. på nye lokaler, som kan stå klar til skoleåret 2025/26.",
        "24-003240",
        "Udvalget anbefaler, at der gives en anlægsbevilling på 2,7 mio. kr.",
    ),
    (
        "3",
        "Ny struktur for ungdomsskolen",
        "Ungdomsskolen foreslår at samle klubtilbuddene i tre huse i stedet for fem. "
        "Huset i Kragelund lukkes, og huset i Sandvig bruges kun til knallertværksted.",
        "24-002977",
        "Sendes i høring i skolebestyrelser og klubber til 15. januar 2025.",
    ),
    (
        "4",
        "Kvalitetsrapport for folkeskolerne 2023/24",
        "Karaktergennemsnittet ved 9. klasses afgangsprøve steg fra 7,1 til 7,4. "
        "Elevfraværet er stadig højere end før 2020, særligt i 7.-9. klasse.",
        "24-001884",
        "Godkendt. Fraværet følges op på næste møde.",
    ),
    (
        "5",
        "Elevsag – bortvisning (Lukket)",
        "En elev i 8. klasse har medbragt en springkniv på skolen og truet en "
        "klassekammerat i frikvarteret. Skolelederen har bortvist eleven i fem dage.",
        "24-003355",
        "Udvalget tog sagen til efterretning og bad om en plan for skoleskift.",
    ),
    (
        "6",
        "Eventuelt",
        "Lone Kjær spurgte til busserne til Birkely Skole efter køreplansskiftet.",
        "",
        "Intet at bemærke.",
    ),
]


def build_table(path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Brøndholt Kommune")
    doc.add_paragraph("Børne- og Skoleudvalget", style="Title")
    doc.add_paragraph("Referat")
    doc.add_paragraph("Mødet blev holdt mandag den 9. december 2024 kl. 16.00 på Rådhuset.")
    doc.add_paragraph("Deltagere: Lone Kjær, Ib Rask, Sanne Holt, Emil Dyhr, Ruth Fogh")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("Nr.", "Sag", "Sagsnr.", "Beslutning"), strict=True
    ):
        cell.text = text
    for number, title, body, case, decision in ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        head = cells[1].paragraphs[0].add_run(title)
        head.bold = True
        if body:
            cells[1].add_paragraph(body)
        cells[2].text = case
        cells[3].text = decision
    doc.add_paragraph("Mødet sluttede kl. 18.10.")
    doc.save(str(path))


if __name__ == "__main__":
    build_table(HERE / "03_tabel_punkter.docx")
