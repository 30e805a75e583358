"""Builds skolebestyrelse_referat_marts2025.docx (invented minutes) with python-docx."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("skolebestyrelse_referat_marts2025.docx")


def add_page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


doc = Document()
sec = doc.sections[0]
sec.left_margin = Cm(2.2)
sec.right_margin = Cm(2.2)
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

hp = sec.header.paragraphs[0]
hp.text = "Kildebakkeskolen · Skolebestyrelsen\tReferat"
fp = sec.footer.paragraphs[0]
fp.text = "Kildebakkeskolen, Engvej 40, 4760 Holmsløv · kildebakkeskolen@holmsloev.dk · Side "
add_page_field(fp)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Referat af møde i Skolebestyrelsen ved Kildebakkeskolen", level=0)

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Dato", "12/3-2025 kl. 17.00-19.30"),
    ("Sted", "Personalerummet, Kildebakkeskolen (afd. Engvej)"),
    ("Deltagere", "Forældrerepræsentanter: Camilla Højbjerg (formand), Thomas Rye, Ditte Vang Olesen, "
                  "Henrik Asp, Malene Frost\nMedarbejderrepræsentanter: Ib Kragh, Sofie Lunn\n"
                  "Elevrådsrepræsentanter: Ella (8.A), Noah (9.B)\n"
                  "Fra ledelsen: skoleleder Anders Rosenkvist, viceskoleleder Pia Thams (sekretær)"),
    ("Afbud", "Henrik Asp"),
    ("Referent", "Pia Thams"),
]:
    row = t.add_row().cells
    row[0].text = k
    row[1].text = v
    row[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Dagsorden").bold = True
for line in [
    "1. Godkendelse af dagsorden og referat fra sidste møde",
    "2. Skolens budget 2025",
    "3. Principper for brug af mobiltelefoner i skoletiden",
    "4. Trafiksikkerhed ved skolens indkørsel fra Engvej",
    "5. Planlægning af skolefest og forårskoncert",
    "6. Elevsag – fortroligt",
    "7. Eventuelt",
]:
    doc.add_paragraph(line, style="List Paragraph")


def point(title, sagnr, sections):
    doc.add_heading(title, level=1)
    if sagnr:
        r = doc.add_paragraph().add_run(f"Sag nr.: {sagnr}")
        r.italic = True
    for head, text in sections:
        doc.add_heading(head, level=2)
        for para in text.split("\n"):
            doc.add_paragraph(para)


point("1. Godkendelse af dagsorden og referat fra sidste møde", None, [
    ("Beslutning", "Dagsordenen blev godkendt. Referatet fra mødet den 5/2-2025 blev godkendt uden bemærkninger."),
])

point("2. Skolens budget 2025", "SB-2025-011", [
    ("Sagsfremstilling",
     "Skolelederen gennemgik budgettet for 2025. Skolens samlede ramme er 48,3 mio. kr., hvilket er 0,9 mio. kr. "
     "mindre end sidste år på grund af faldende elevtal i indskolingen.\n"
     "Ledelsen foreslår, at besparelsen findes ved at lade en stilling som pædagogisk assistent stå ubesat efter "
     "sommerferien og ved at reducere indkøb af nye undervisningsmidler til 350 kr. pr. elev."),
    ("Drøftelse",
     "Bestyrelsen spurgte til, om besparelsen går ud over understøttende undervisning i 4.-6. klasse. Ledelsen "
     "svarede, at timetallet fastholdes, men at der bliver færre to-voksen-timer."),
    ("Beslutning", "Bestyrelsen godkendte budgettet, men ønsker en status på to-voksen-timerne på junimødet."),
])

point("3. Principper for brug af mobiltelefoner i skoletiden", "SB-2025-008", [
    ("Sagsfremstilling",
     "Efter høringen blandt forældre og elever i januar har arbejdsgruppen udarbejdet et udkast til nye principper. "
     "Udkastet lægger op til, at mobiltelefoner i 0.-9. klasse afleveres i klassens mobilskab ved første time og "
     "først udleveres igen, når eleven har fri. Det gælder også i frikvartererne.\n"
     "Elever, der har brug for telefonen af helbredsmæssige grunde, fx til måling af blodsukker, kan få en "
     "dispensation af klasselæreren."),
    ("Drøftelse",
     "Elevrådet foreslog, at 9. årgang må bruge telefonen i spisefrikvarteret. Det var der ikke flertal for. "
     "Der var enighed om, at lærerne skal gå foran og heller ikke bruge mobil i undervisningen uden faglig grund."),
    ("Beslutning",
     "Principperne blev vedtaget og træder i kraft 1. april 2025. Formanden skriver et brev til forældrene på Aula."),
])

point("4. Trafiksikkerhed ved skolens indkørsel fra Engvej", "SB-2025-012", [
    ("Sagsfremstilling",
     "Flere forældre har henvendt sig om farlige situationer om morgenen, hvor biler vender på busholdepladsen. "
     "Kommunens vejafdeling har talt biler og cykler i uge 8 og vil komme med forslag til en ny afsætningsplads."),
    ("Beslutning",
     "Bestyrelsen sender et brev til Teknik- og Miljøudvalget og beder om, at sagen prioriteres. Thomas Rye skriver udkast."),
])

point("5. Planlægning af skolefest og forårskoncert", "SB-2025-013", [
    ("Sagsfremstilling",
     "Forårskoncerten holdes torsdag den 22. maj kl. 18 i idrætshallen. Skolefesten for 6.-9. klasse holdes "
     "fredag den 13. juni. Bestyrelsen plejer at stå for kaffe og kage ved koncerten."),
    ("Beslutning", "Malene Frost og Ditte Vang Olesen koordinerer kagebagning via klasseforældrerådene."),
])

point("6. Elevsag – fortroligt", "SB-2025-015", [
    ("Sagsfremstilling",
     "Punktet er fortroligt og behandles uden elevrepræsentanter.\n"
     "Skolelederen orienterede om bortvisningen af to elever fra 8.A i tre dage efter episoden i omklædningsrummet "
     "den 3. marts. Forældrene er inddraget, og PPR deltager i det videre forløb."),
    ("Beslutning", "Bestyrelsen tog orienteringen til efterretning."),
])

point("7. Eventuelt", None, [
    ("Referat", "Næste møde er onsdag den 9. april 2025 kl. 17.00. Sofie Lunn deltager i KL's temadag om trivsel."),
])

doc.add_page_break()
doc.add_heading("Beslutningsoversigt", level=1)
bt = doc.add_table(rows=1, cols=3)
bt.style = "Light Grid Accent 1"
for c, h in zip(bt.rows[0].cells, ["Punkt", "Beslutning", "Ansvarlig"]):
    c.text = h
for row in [
    ("2", "Budget 2025 godkendt. Status på to-voksen-timer i juni.", "Anders Rosenkvist"),
    ("3", "Mobilprincipper vedtaget, gælder fra 1/4-2025.", "Camilla Højbjerg"),
    ("4", "Brev til Teknik- og Miljøudvalget.", "Thomas Rye"),
    ("5", "Kager til forårskoncerten.", "Malene Frost / Ditte Vang Olesen"),
    ("6", "(fortroligt)", "-"),
]:
    cells = bt.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

doc.core_properties.title = "Referat skolebestyrelsesmøde 12.03.2025"
doc.core_properties.author = "Pia Thams"
doc.save(OUT)
print("wrote", OUT)
