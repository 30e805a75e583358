"""Builds 02_egevig_boern_word.docx (invented minutes) with python-docx."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "02_egevig_boern_word.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Egevig Kommune · Børne- og Skoleudvalget · Referat"
sec.footer.paragraphs[0].text = "Referatet er godkendt elektronisk af udvalgets medlemmer"

p = doc.add_paragraph(); r = p.add_run("EGEVIG KOMMUNE"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
doc.add_heading("Referat – Børne- og Skoleudvalget", level=0)
t = doc.add_table(rows=0, cols=2); t.style = "Light List Accent 1"
for k, v in [("Mødedato:", "12.03.2025"), ("Tidspunkt:", "15.30 – 17.45"), ("Sted:", "Mødelokale Egen, Rådhuspladsen 3"),
             ("Deltagere:", "Anne-Marie Thygesen (formand), Kasper Nørgaard, Hanne Vestergaard Riis, Ib Lauritsen, Sofie Bach"),
             ("Afbud:", "Ingen"), ("Referent:", "Lærke Winther, Børn og Læring")]:
    row = t.add_row().cells; row[0].text = k; row[1].text = v
doc.add_paragraph()
doc.add_heading("Indholdsfortegnelse", level=1)
toc = [("1", "Godkendelse af dagsorden"), ("2", "Skoledistrikter fra skoleåret 2026/27"), ("3", "Madordning i dagtilbud"),
       ("4", "Kvalitetsrapport 2024 for folkeskolerne"), ("5", "Fortroligt: Klagesag vedr. elev"), ("6", "Orientering fra formanden")]
for n, ti in toc:
    doc.add_paragraph(f"{n}\t{ti}", style="List Number" if False else None)
doc.add_page_break()

def punkt(n, title, sagsnr, sections, closed=False):
    h = doc.add_heading(f"{n}. {title}", level=1)
    p = doc.add_paragraph(); r = p.add_run(f"Sags-ID: {sagsnr}"); r.italic = True; r.font.size = Pt(9)
    if closed:
        p = doc.add_paragraph(); r = p.add_run("FORTROLIGT – må ikke offentliggøres (jf. styrelseslovens § 10)"); r.bold = True; r.font.color.rgb = RGBColor(0xC0, 0, 0)
    for head, body in sections:
        doc.add_heading(head, level=2)
        for para in body:
            if para.startswith("• "):
                doc.add_paragraph(para[2:], style="List Bullet")
            else:
                doc.add_paragraph(para)

punkt(1, "Godkendelse af dagsorden", "00.01.00-A00-4-25", [("Beslutning", ["Godkendt."])])
punkt(2, "Skoledistrikter fra skoleåret 2026/27", "17.02.05-P20-1-25", [
    ("Sagsfremstilling", ["Elevtallet på Lindeskolen er steget med 11 pct. på tre år, mens Kildebakkeskolen har ledige pladser. Forvaltningen foreslår, at vejene nord for Møllegrøften overflyttes fra Lindeskolens til Kildebakkeskolens distrikt.",
                          "Ændringen berører ca. 45 børn, som starter i børnehaveklasse fra august 2026. Søskende til elever på Lindeskolen kan fortsat optages dér."]),
    ("Indstilling", ["Forvaltningen indstiller, at forslaget sendes i 8 ugers høring hos skolebestyrelserne."]),
    ("Beslutning", ["Godkendt. Sofie Bach tog forbehold."])])
punkt(3, "Madordning i dagtilbud", "28.09.00-G01-2-25", [
    ("Sagsfremstilling", ["Efter dagtilbudsloven skal alle forældre hvert andet år stemme om et frokostmåltid. Ved afstemningen i januar 2025 valgte 14 ud af 17 institutioner at fortsætte med frokost leveret fra det kommunale køkken Madhuset.",
                          "Prisen for forældrene bliver 812 kr. pr. måned i 11 måneder. Tre institutioner har fravalgt ordningen og får derfor ingen egenbetaling."]),
    ("Indstilling", ["Forvaltningen indstiller, at resultatet tages til efterretning, og at forældrebetalingen for 2025-2026 godkendes."]),
    ("Beslutning", ["Godkendt. Udvalget ønsker en evaluering af kvaliteten af maden i foråret 2026."])])
punkt(4, "Kvalitetsrapport 2024 for folkeskolerne", "17.01.10-P20-3-25", [
    ("Sagsfremstilling", ["Kvalitetsrapporten viser, at karaktergennemsnittet ved 9. klasses prøver er 7,1 mod 7,4 på landsplan. Elevfraværet er 7,8 pct. Trivslen er stabil.",
                          "• Indsats 1: læsevejledning på mellemtrinnet",
                          "• Indsats 2: fraværsteam på alle skoler",
                          "• Indsats 3: styrket overgang til ungdomsuddannelse"]),
    ("Beslutning", ["Udvalget godkendte rapporten og sender den til byrådet med udvalgets bemærkninger om fravær."])])
punkt(5, "Fortroligt: Klagesag vedr. elev", "17.06.00-K07-1-25", [
    ("Sagsfremstilling", ["Forældrene til eleven Malthe Vinding, 8.B på Lindeskolen, har klaget over skolens håndtering af mobning og krævet skoleskift med befordring. Skoleleder Per Holmgaard har indrømmet, at handleplanen ikke blev fulgt.",
                          "Advokat for familien har fremsat krav om godtgørelse, og forvaltningen foreslår forlig på 35.000 kr."]),
    ("Beslutning", ["Forlig godkendt. Sagen behandles fortroligt."])], closed=True)
punkt(6, "Orientering fra formanden", "00.22.00-A00-2-25", [
    ("Sagsfremstilling", ["Formanden orienterede om KL's børnetopmøde og om besøg på Egevig Ungdomsskole."]),
    ("Beslutning", ["Taget til orientering."])])
doc.save(OUT)
print("wrote", OUT)
