"""Generate the Word (.docx) meeting minutes in this folder (invented content)."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("egesoe_kfu_referat_juni2023.docx")

doc = Document()
section = doc.sections[0]
section.header.paragraphs[0].text = "Egesø Kommune – Kultur- og Fritidsudvalget"
section.footer.paragraphs[0].text = "Referat – offentlig udgave"

doc.add_heading("REFERAT", level=0)
tbl = doc.add_table(rows=0, cols=2)
for k, v in [
    ("Udvalg:", "Kultur- og Fritidsudvalget"),
    ("Mødedato:", "Mandag 5. juni 2023"),
    ("Mødetid:", "17.00 - 19.30"),
    ("Mødested:", "Egesø Bibliotek, mødesal 2"),
    ("Medlemmer:", "Tove Marcussen (formand), Henrik Bach, Aisha Rahmani, Poul Erik Thygesen, Gitte Holm"),
    ("Afbud:", "Poul Erik Thygesen"),
]:
    row = tbl.add_row().cells
    row[0].text = k
    row[1].text = v

doc.add_paragraph()

points = [
    (1, "Godkendelse af dagsorden", None, [
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Godkendt."),
    ]),
    (2, "Fordeling af puljen til lokale kulturarrangementer 2023", "20.00.00-Ø40-3-23", [
        ("Resume", "Der er indkommet 31 ansøgninger om i alt 612.000 kr. Puljen udgør 275.000 kr."),
        ("Sagsfremstilling", "Forvaltningen har vurderet ansøgningerne efter puljens kriterier. "
         "Det foreslås, at der gives tilskud til 19 arrangementer. Største enkelttilskud på 40.000 kr. "
         "gives til Egesø Havnefestival, mens Lyngby Mark Teaterforening får 22.500 kr. til en udendørs "
         "forestilling i august. Kriterierne var:"),
        ("", "1. Arrangementet skal være åbent for alle borgere."),
        ("", "2. Der skal være en lokal medarrangør."),
        ("", "3. Arrangementet skal afholdes i 2023."),
        ("Indstilling", "Kultur- og Fritidsforvaltningen indstiller, at puljen fordeles som vist i bilag 1."),
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Godkendt."),
        ("Bilag", "Bilag 1: Oversigt over ansøgninger og forslag til fordeling"),
    ]),
    (3, "Nye åbningstider på Egesø Svømmehal", "04.02.00-G01-7-23", [
        ("Sagsfremstilling", "For at imødekomme ønsker fra foreningerne foreslås svømmehallen åbnet kl. 6.00 "
         "på hverdage i stedet for kl. 7.00. Til gengæld lukkes hallen kl. 20.00 om lørdagen. "
         "Ændringen er udgiftsneutral."),
        ("Indstilling", "Forvaltningen indstiller, at de nye åbningstider gælder fra 1. august 2023."),
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Godkendt. Poul Erik Thygesen deltog ikke."),
    ]),
    (4, "Kunstgræsbane ved Vestskovens Idrætsanlæg", "04.01.00-P20-2-22", [
        ("Sagsfremstilling", "Egesø Boldklub har søgt om medfinansiering af en kunstgræsbane. Klubben har selv "
         "rejst 1,1 mio. kr. gennem fonde. Den samlede anlægsudgift er 4,8 mio. kr."),
        ("Økonomi", "Den kommunale andel på 3,7 mio. kr. foreslås finansieret via anlægspuljen for idræt 2024."),
        ("Indstilling", "Forvaltningen indstiller, at sagen indgår i budgetforhandlingerne for 2024."),
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Anbefales til budgetforhandlingerne."),
    ]),
    (5, "Bibliotekets sommeraktiviteter for børn", "18.00.00-G01-4-23", [
        ("Sagsfremstilling", "Biblioteket gennemfører igen sommerlæsekampagnen samt værksteder om kodning "
         "og tegneserier. Orienteringen gives til udvalgets kendskab."),
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Taget til efterretning."),
    ]),
    (6, "Lejeaftale for cafédrift i Egesø Hallen (lukket)", "82.06.10-G01-1-23", [
        ("Sagsfremstilling", "Efter annoncering er der indkommet to tilbud. Forvaltningen anbefaler at indgå "
         "aftale med Café Kornblomst IVS, der tilbyder en månedlig leje på 23.750 kr. i fem år."),
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Godkendt."),
    ]),
    (7, "Eventuelt", None, [
        ("Beslutning", "Kultur- og Fritidsudvalget den 5. juni 2023: Intet at referere."),
    ]),
]

for nr, title, case, sections in points:
    doc.add_heading(f"Punkt {nr} - {title}", level=1)
    if case:
        doc.add_paragraph(f"Sagsnr.: {case}")
    for head, text in sections:
        if head:
            p = doc.add_paragraph()
            r = p.add_run(head)
            r.bold = True
            r.font.size = Pt(11)
        doc.add_paragraph(text)

doc.save(OUT)
print("wrote", OUT)
