"""Builds 03_hvidmose_boernunge_2021.docx (invented minutes) with python-docx.

Run: python make_docx.py   (writes the .docx next to this script)
"""
import os

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "03_hvidmose_boernunge_2021.docx")

POINTS = [
    {
        "title": "1. Godkendelse af dagsorden",
        "sagsnr": "21/00214",
        "sections": [("Beslutning", ["Dagsordenen blev godkendt."])],
    },
    {
        "title": "2. Kapacitet i dagtilbud i Vestbyen",
        "sagsnr": "21/05531",
        "sections": [
            ("Sagsfremstilling", [
                "Befolkningsprognosen for 2021 viser, at antallet af 0-2-årige i Vestbyen stiger med 64 børn frem mod 2023, "
                "primært som følge af de nye boliger i Engkvarteret. Den nuværende kapacitet i Vestbyens tre institutioner er "
                "fuldt udnyttet, og forvaltningen vurderer, at der mangler 36 vuggestuepladser fra 1. august 2022.",
                "Forvaltningen har undersøgt tre løsninger: a) midlertidige pavilloner ved Børnehuset Solsikken, "
                "b) ombygning af den tidligere tandklinik på Vestergade 41, c) udvidet brug af dagplejen.",
            ]),
            ("Økonomi", [
                "Løsning b vurderes billigst over en tiårig periode med en anlægsudgift på 4,2 mio. kr. og årlige driftsudgifter "
                "på 0,3 mio. kr. ud over normeringen.",
            ]),
            ("Indstilling", [
                "Børn og Læring indstiller, at løsning b arbejdes videre med, og at sagen indgår i budgetforhandlingerne for 2022.",
            ]),
            ("Beslutning", ["Indstillingen blev godkendt."]),
        ],
    },
    {
        "title": "3. Kvalitetsrapport for folkeskolen 2020/21",
        "sagsnr": "21/03390",
        "sections": [
            ("Sagsfremstilling", [
                "Kvalitetsrapporten beskriver skolevæsenets faglige niveau, trivsel og fravær. Karaktergennemsnittet ved "
                "afgangsprøverne i dansk og matematik var 7,1 mod 6,8 året før. Elevfraværet steg fra 5,2 % til 6,0 %, "
                "hvilket især tilskrives nedlukningerne under COVID-19. 87 % af eleverne i 4.-9. klasse svarer, at de "
                "trives i skolen.",
            ]),
            ("Indstilling", [
                "Børn og Læring indstiller, at kvalitetsrapporten sendes til udtalelse i skolebestyrelserne inden behandling i Byrådet.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "title": "4. Ferieaktiviteter for unge sommeren 2021",
        "sagsnr": "21/06127",
        "sections": [
            ("Sagsfremstilling", [
                "Kommunen har modtaget 410.000 kr. fra den statslige pulje til sommeraktiviteter. Ungdomsskolen og "
                "Klub Hvidmose tilbyder 22 aktiviteter i uge 26-32, bl.a. kajaksejlads, e-sport-camp og et "
                "tre-dages festivalværksted. Aktiviteterne er gratis for alle unge mellem 13 og 18 år.",
            ]),
            ("Indstilling", ["Børn og Læring indstiller, at orienteringen tages til efterretning."]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
    {
        "title": "5. Skolevejsanalyse for Hvidmose Nord",
        "sagsnr": "21/04478",
        "sections": [
            ("Sagsfremstilling", [
                "Skolebestyrelsen på Nordskolen har bedt om en vurdering af skolevejen langs Ålekærvej. Analysen viser, "
                "at 142 elever dagligt krydser vejen, hvor hastigheden i gennemsnit er målt til 63 km/t. Vejen vurderes "
                "som trafikfarlig for elever i 0.-6. klasse, og elever herfra bevilges fremover fri kørsel, indtil der er "
                "etableret en sikker krydsning.",
            ]),
            ("Indstilling", [
                "Børn og Læring indstiller, at sagen oversendes til Teknik- og Miljøudvalget med henblik på etablering af en "
                "signalreguleret fodgængerovergang.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "title": "6. Anbringelse af barn (lukket)",
        "sagsnr": "21/08812",
        "sections": [
            ("Sagsfremstilling", [
                "Sagen vedrører anbringelse uden for hjemmet af Mikkel Rosenvold Thaysen på en specialiseret opholdsinstitution. "
                "Den årlige udgift til anbringelsen udgør 612.400 kr.",
            ]),
            ("Beslutning", ["Godkendt."]),
        ],
    },
    {
        "title": "7. Meddelelser",
        "sagsnr": None,
        "sections": [
            ("Sagsfremstilling", [
                "Formanden orienterede om dialogmødet med Hvidmose Ungeråd den 2. september 2021.",
                "Forvaltningen orienterede om, at den nye skoleleder på Nordskolen tiltræder 1. august 2021.",
            ]),
            ("Beslutning", ["Taget til efterretning."]),
        ],
    },
]


def main():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    section.header.paragraphs[0].text = "Hvidmose Kommune\tBørne- og Ungeudvalget\tReferat 14.06.2021"
    section.footer.paragraphs[0].text = "Referat godkendt og underskrevet af udvalgets medlemmer"

    doc.add_paragraph("Hvidmose Kommune", style="Title")
    doc.add_paragraph("Referat", style="Subtitle")

    meta = [
        ("Udvalg", "Børne- og Ungeudvalget"),
        ("Mødedato", "Mandag den 14. juni 2021"),
        ("Tidspunkt", "Kl. 16.00-18.30"),
        ("Sted", "Mødelokale Åen, Rådhuset"),
        ("Deltagere", "Pia Krogsgaard (formand), Anders Vinther, Lisbeth Hjort, Rasmus Egeberg, Nanna Feldt"),
        ("Afbud", "Rasmus Egeberg"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in meta:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v

    doc.add_paragraph()
    doc.add_paragraph("Indhold", style="Heading 2")
    for p in POINTS:
        doc.add_paragraph(p["title"], style="List Bullet")

    for p in POINTS:
        br = doc.add_paragraph().add_run()
        br.add_break(WD_BREAK.PAGE)
        doc.add_paragraph(p["title"], style="Heading 1")
        if p["sagsnr"]:
            para = doc.add_paragraph()
            para.add_run("Acadre sagsnr.: ").bold = True
            para.add_run(p["sagsnr"])
        for head, paras in p["sections"]:
            doc.add_paragraph(head, style="Heading 3")
            for text in paras:
                doc.add_paragraph(text)

    doc.save(OUT)


if __name__ == "__main__":
    main()
