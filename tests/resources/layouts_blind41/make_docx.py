# Builds 03_boegelund_kultur_fritid.docx (invented minutes) with python-docx.
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Bøgelund Kommune - Kultur- og Fritidsudvalget"
sec.footer.paragraphs[0].text = "Referat offentliggjort på boegelund.dk/politik"

POINTS = [
    (41, "Godkendelse af dagsorden", "00.01.00-A00-17-25", False, [
        ("Beslutning", "Godkendt."),
    ]),
    (42, "Tilskud til sommerkoncerter i Byparken 2025", "20.00.00-Ø60-3-25", False, [
        ("Sagsfremstilling", "Foreningen Musik i Parken søger om 180.000 kr. til seks gratis koncerter på torsdage i juli og august. Koncerterne trak sidste år i alt ca. 9.000 tilhørere. Foreningen vil i år også lave en børnekoncert om eftermiddagen den første lørdag i juli."),
        ("Indstilling", "Forvaltningen indstiller, at der bevilges 150.000 kr. fra kulturpuljen."),
        ("Beslutning", "Der bevilges 150.000 kr. som indstillet."),
    ]),
    (43, "Ny belægning på atletikbanen ved Bøgelund Stadion", "18.15.00-G01-8-24", False, [
        ("Sagsfremstilling", "Atletikbanens kunststofbelægning er fra 1999 og har flere steder revner, så der ikke længere kan afholdes officielle stævner. En ny belægning koster 3,8 mio. kr. Bøgelund Atletik har fået tilsagn om 600.000 kr. fra DIF og DGI's foreningspulje. Arbejdet kan udføres i september og oktober 2025, hvor banen vil være lukket. I den periode kan klubben træne på skolebanen ved Østervangsskolen."),
        ("Økonomi", "Restbeløbet på 3,2 mio. kr. finansieres af anlægspuljen for idrætsfaciliteter."),
        ("Beslutning", "Anbefales over for Økonomiudvalget."),
    ]),
    (44, "Bibliotekets selvbetjening - udvidede åbningstider i Rødby Nord", "20.01.00-G01-2-25", False, [
        ("Sagsfremstilling", "Biblioteksfilialen i Rødby Nord foreslås omlagt til selvbetjening med adgang med sundhedskort fra kl. 7 til 22 alle ugens dage. Der vil fortsat være betjening tirsdag og torsdag eftermiddag."),
        ("Beslutning", "Godkendt."),
    ]),
    (45, "Orientering om Kulturnat 2025", "20.00.00-A00-6-25", False, [
        ("Sagsfremstilling", "Kulturnatten holdes fredag 10. oktober 2025 med temaet \"Lys over byen\"."),
        ("Beslutning", "Orienteringen blev taget til efterretning."),
    ]),
    (46, "Tilbagebetaling af aktivitetstilskud - Bøgelund Bokseklub", "18.00.00-G01-4-25", True, [
        ("Sagsfremstilling", "Revisionen har fundet, at bokseklubbens tidligere formand, Rasmus Tjelle Dybdahl, har anvendt 62.400 kr. af tilskuddet til private udgifter. Klubben har politianmeldt forholdet."),
        ("Beslutning", "Tilskuddet for 2024 kræves tilbagebetalt."),
    ]),
    (47, "Eventuelt", "00.01.00-A00-18-25", False, [
        ("Beslutning", "Intet."),
    ]),
]

doc.add_heading("Referat", level=0)
for line in ["Kultur- og Fritidsudvalget", "Onsdag, Marts 12, 2025, kl. 16:30", "Mødested: Bøgelund Bibliotek, Salen",
             "Medlemmer: Marianne Kvistgaard (formand), Lars Fiil, Pernille Honoré, Jakob Storm-Nielsen, Ahmet Yildiz",
             "Afbud: Pernille Honoré"]:
    doc.add_paragraph(line)
doc.add_heading("Indholdsfortegnelse", level=1)
for i, (nr, title, case, closed, _) in enumerate(POINTS):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Pt(440), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    label = f"Pkt. {nr} {title}" + (" (lukket)" if closed else "")
    p.add_run(f"{label}\t{2 + i // 3}")
doc.add_page_break()

for nr, title, case, closed, sections in POINTS:
    doc.add_heading(f"Pkt. {nr} {title}", level=1)
    if closed:
        r = doc.add_paragraph().add_run("Lukket punkt")
        r.bold = True
    doc.add_paragraph(f"Sagsnr.: {case}")
    for head, body in sections:
        doc.add_heading(head, level=3)
        doc.add_paragraph(body)

doc.save("03_boegelund_kultur_fritid.docx")
