# Builds 04_tangholm_oekonomi_tabeller.docx (invented minutes) with python-docx.
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Tangholm Kommune\tØkonomiudvalget\t08-09-2025"
fp = sec.footer.paragraphs[0]
fp.text = "Referatet er godkendt og underskrevet elektronisk"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Referat", level=0)
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Udvalg", "Økonomiudvalget"),
    ("Mødedato", "Mandag 8. september 2025, kl. 08.00"),
    ("Mødested", "Udvalgsværelse 1, Tangholm Rådhus"),
    ("Medlemmer", "Borgmester Jørgen Hvilsom (formand), Louise Damgaard, Henrik Krogager, Anne-Mette Sølling, Claus Bruun Winther, Pia Grønnegaard, Ib Nyholm"),
    ("Fraværende", "Ib Nyholm"),
]:
    r = t.add_row().cells
    r[0].text = k
    r[1].text = v
doc.add_paragraph()


def point(code, title, case, handler, sections, closed=False):
    doc.add_heading(f"{code}  {title}", level=2)
    if closed:
        p = doc.add_paragraph()
        run = p.add_run("Ikke offentlig")
        run.bold = True
        run.italic = True
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Light List Accent 1"
    for k, v in [("Acadre sagsnr.", case), ("Sagsbehandler", handler)]:
        c = tb.add_row().cells
        c[0].text = k
        c[1].text = v
    for head, paras in sections:
        hp = doc.add_paragraph()
        hr = hp.add_run(head)
        hr.bold = True
        for para in paras:
            if isinstance(para, list):
                tt = doc.add_table(rows=0, cols=len(para[0]))
                tt.style = "Table Grid"
                for row in para:
                    cells = tt.add_row().cells
                    for i, val in enumerate(row):
                        cells[i].text = val
            else:
                doc.add_paragraph(para)
    doc.add_paragraph()


point("ØU-108/25-O", "Godkendelse af dagsorden", "25/30110", "Direktionssekretariatet", [
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Godkendt. Ib Nyholm var fraværende."]),
])

point("ØU-109/25-O", "Budget 2026-2029 - 1. behandling", "25/18442", "Økonomi og Analyse, Karin Østervig", [
    ("Sagsfremstilling", [
        "Administrationens forslag til budget 2026-2029 er udarbejdet på baggrund af den tekniske budgetramme og aftalen mellem regeringen og KL. Forslaget indebærer uændret skatteprocent på 25,1 og uændret grundskyldspromille.",
        "Der er et strukturelt underskud på driften på ca. 14 mio. kr. i 2027 og frem, som skal håndteres i de politiske forhandlinger.",
    ]),
    ("Indstilling", ["Direktionen indstiller, at budgetforslaget oversendes til 1. behandling i Byrådet."]),
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Oversendes til Byrådet."]),
])

point("ØU-110/25-O", "Anlægsbevilling til ny cykelsti mellem Tangholm og Vestergårde", "25/21906", "Vej og Park, Malthe Ry", [
    ("Sagsfremstilling", [
        "Cykelstien på 3,2 km langs Vestergårdevej skal forbinde landsbyen Vestergårde med skolen og stationen i Tangholm. Projektet har fået tilsagn om 2,9 mio. kr. fra Vejdirektoratets cykelpulje, og den kommunale medfinansiering er afsat i budgettet.",
        "Anlægget forventes at begynde i marts 2026 og at være færdigt inden skolernes sommerferie samme år. Stien bliver 2,5 meter bred og får belysning på strækningen ved skolen.",
    ]),
    ("Økonomi", [[
        ["Finansiering", "Beløb (kr.)"],
        ["Statslig cykelpulje", "2.900.000"],
        ["Kommunal medfinansiering", "3.450.000"],
        ["I alt", "6.350.000"],
    ]]),
    ("Beslutning i Teknik- og Miljøudvalget den 25. august 2025:", ["Anbefales."]),
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Anbefales over for Byrådet."]),
])

point("ØU-111/25-O", "Ændring af takster for leje af kommunale lokaler", "25/24017", "Kultur og Fritid, Line Abildgaard", [
    ("Sagsfremstilling", [
        "Kulturudvalget har foreslået, at private og erhvervsdrivendes leje af mødelokaler på kulturhuset og rådhuset forhøjes med 15 pct. fra 2026, mens foreninger fortsat kan låne lokalerne gratis.",
    ]),
    ("Beslutning i Kultur- og Fritidsudvalget den 21. august 2025:", ["Anbefales."]),
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Anbefales med den ændring, at forhøjelsen bliver 10 pct."]),
])

point("ØU-112/25-O", "Status på digitaliseringsstrategien", "24/40981", "Digitalisering, Ahmad Nouri", [
    ("Sagsfremstilling", [
        "Tre af strategiens syv initiativer er gennemført, herunder digital booking af genbrugsstationer og chatbot på borgerservice. Projektet om automatisk sagsbehandling af boligstøtte er forsinket på grund af leverandørens udviklingstid.",
    ]),
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Orienteringen blev taget til efterretning."]),
])

point("ØU-113/25-L", "Salg af grund i erhvervsområdet Tangholm Nord", "25/26633", "Erhverv og Byudvikling", [
    ("Sagsfremstilling", [
        "Firmaet Brødrene Lassen Stålmontage ApS har afgivet bud på 4.760.000 kr. for matr. nr. 14ag, Tangholm Markjorder. Buddet ligger 6 pct. over vurderingen.",
    ]),
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Anbefales over for Byrådet."]),
], closed=True)

point("ØU-114/25-L", "Personalesag i Borgerservice", "25/27005", "HR", [
    ("Sagsfremstilling", [
        "Afdelingsleder Tove Klitmøller er pr. 1. august fritaget for tjeneste. Der er indgået forlig med fratrædelsesgodtgørelse svarende til tre måneders løn.",
    ]),
    ("Beslutning i Økonomiudvalget den 8. september 2025:", ["Taget til efterretning."]),
], closed=True)

doc.save("04_tangholm_oekonomi_tabeller.docx")
