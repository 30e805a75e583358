"""Generates Beslutningsprotokol_bestyrelsesmoede_maj2002.docx (invented content)."""
import os
import docx
from docx.shared import Pt

doc = docx.Document()
p = doc.add_paragraph()
r = p.add_run("RAVNSØ FORSYNING A/S"); r.bold = True; r.font.size = Pt(14)
doc.add_heading("Beslutningsprotokol", level=1)
p = doc.add_paragraph(); r = p.add_run("Bestyrelsen"); r.bold = True
doc.add_paragraph("Mødedato: 15-maj-2002, kl. 17.00")
doc.add_paragraph("Mødested: Selskabets administrationsbygning, Værkstedsvej 9")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "Deltagere"
t.rows[0].cells[1].text = "Rolle"
for name, role in [("Henning Bæk", "Formand"), ("Gitte Sønderby", "Næstformand"),
                   ("Ole Kragelund", "Medlem"), ("Bente Ravn Iversen", "Medarbejdervalgt"),
                   ("Claus Thyregod", "Direktør (referent)")]:
    row = t.add_row().cells
    row[0].text = name; row[1].text = role

points = [
 ("1. Godkendelse af protokol fra mødet den 20. marts 2002", "2002/05", None,
  [("Beslutning", "Protokollen blev godkendt og underskrevet.")]),
 ("2. Regnskab 2001 og revisionsprotokollat", "2002/06", None,
  [("Sagsfremstilling", "Årsregnskabet udviser et overskud på 1,9 mio. kr. før skat. Revisionen har ikke givet anledning til forbehold, men anbefaler en skærpet procedure for registrering af anlægsaktiver."),
   ("Beslutning", "Bestyrelsen godkendte regnskabet og indstiller det til generalforsamlingens godkendelse.")]),
 ("3. Takster for vand 2003", "2002/07", None,
  [("Sagsfremstilling", "Direktionen foreslår, at prisen pr. m³ hæves fra 8,40 kr. til 8,95 kr. ekskl. afgifter og moms, mens den faste årlige afgift fastholdes på 450 kr. pr. måler. Stigningen skyldes især øgede udgifter til boringer og ledningsfornyelse."),
   ("Beslutning", "Taksterne blev vedtaget som foreslået og sendes til godkendelse i kommunalbestyrelsen.")]),
 ("4. Renovering af højdebeholder på Kirkebakken", "2002/08", None,
  [("Sagsfremstilling", "Der er konstateret revner i betonen i højdebeholderens inderside. Tre tilbud er indhentet; det laveste lyder på 2,3 mio. kr."),
   ("Beslutning", "Direktøren bemyndiges til at indgå kontrakt med laveste bydende.")]),
 ("5. Strategi for grundvandsbeskyttelse", "2002/09", None,
  [("Beslutning", "Strategien blev drøftet. Der udarbejdes et endeligt oplæg til septembermødet.")]),
 ("6. Overtagelse af Lindvad Vandværk", "2002/10", "Fortroligt",
  [("Sagsfremstilling", "Lindvad Vandværks formand, Jens Aage Holmgaard, har tilkendegivet, at værket ønsker at blive overtaget. Der er forhandlet en overtagelsespris på 12,4 mio. kr. inklusive ledningsnet."),
   ("Beslutning", "Direktøren fortsætter forhandlingerne inden for det forhandlede mandat.")]),
 ("7. Direktørens ansættelsesvilkår", "2002/11", "Fortroligt",
  [("Sagsfremstilling", "Formandskabet har forhandlet med direktøren og foreslår en lønforhøjelse på 6,5 pct. samt en fratrædelsesgodtgørelse svarende til 9 måneders løn."),
   ("Beslutning", "Godkendt. Direktøren deltog ikke i behandlingen.")]),
 ("8. Eventuelt", None, None,
  [("Beslutning", "Næste møde afholdes den 11. september 2002.")]),
]
for title, case, mark, secs in points:
    h = doc.add_heading(title, level=2)
    if mark:
        p = doc.add_paragraph(); r = p.add_run(mark); r.bold = True; r.italic = True
    if case:
        doc.add_paragraph("Sag nr. " + case)
    for head, txt in secs:
        p = doc.add_paragraph(); r = p.add_run(head); r.bold = True
        doc.add_paragraph(txt)

doc.add_paragraph("")
doc.add_paragraph("Henning Bæk, formand            Claus Thyregod, direktør")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Beslutningsprotokol_bestyrelsesmoede_maj2002.docx")
doc.save(out)
print(out)
