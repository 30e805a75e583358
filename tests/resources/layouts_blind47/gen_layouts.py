#!/usr/bin/env python3
"""Generator for the invented layout files in layouts_blind47 (all names, sums, case numbers invented)."""
import json, os, re, html, zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []
CHECK = []  # (file, full_text, [closed bodies], secrets)


def add(file, board, date, kind, points, secrets, question, cite, full_text, closed_bodies):
    EXPECTED.append({"file": file, "board": board, "date": date, "kind": kind,
                     "points": [list(p) for p in points], "secrets": secrets,
                     "question": question, "cite_punkt": cite})
    CHECK.append((file, full_text, closed_bodies, secrets))


# ---------------------------------------------------------------- 01 First Agenda-style HTML export
def f01():
    fn = "01_vesterhoej_teknik-og-miljoeudvalget_2021.html"
    board = "Teknik- og Miljøudvalget"
    P = [
        (142, "Godkendelse af dagsorden", "21/00045", False, "Ingen sagsfremstilling.", "Indstilling: Administrationen indstiller, at dagsordenen godkendes.", "Godkendt."),
        (143, "Trafiksikkerhedsplan 2022-2025 - udsendelse i høring", "21/06127", False,
         "Administrationen har udarbejdet forslag til Trafiksikkerhedsplan 2022-2025. Planen bygger på uheldsstatistik for perioden 2016-2020 og på 412 henvendelser fra borgere via kortportalen. Planen rummer 23 konkrete projekter, primært ved skoleveje og i landsbyerne, med et samlet overslag på 4,2 mio. kr. over fire år. Projekterne prioriteres efter en pointmodel, hvor skoleveje vægtes dobbelt.",
         "Administrationen indstiller, at forslaget sendes i offentlig høring i 6 uger.",
         "Godkendt. Planen sendes i høring fra 1. oktober til 12. november 2021. Udvalget ønsker et borgermøde afholdt i Hjortsvang Forsamlingshus i høringsperioden."),
        (144, "Anlægsbevilling til cykelsti langs Ørnebjergvej", "21/08812", False,
         "Der er i budget 2021 afsat rådighedsbeløb til en dobbeltrettet cykelsti på 1,6 km langs Ørnebjergvej mellem Vesterhøj og Lille Tåstrup. Projektet er udbudt, og laveste bud er modtaget fra Vejbyg Midt A/S. Samlet anlægsudgift inkl. arealerhvervelse og rådgivning er 2,85 mio. kr.",
         "Administrationen indstiller, at udvalget over for Økonomiudvalget og Kommunalbestyrelsen anbefaler, at der gives en anlægsbevilling på 2,85 mio. kr.",
         "Anbefales. Anlægsarbejdet forventes påbegyndt i marts 2022."),
        (145, "Vinterberedskab 2021/22 - serviceniveau", "21/07733", False,
         "Regulativ for vintervedligeholdelse fastsætter tre klasser. A-veje skal være ryddet og saltet senest 3 timer efter snefaldets ophør, B-veje senest 8 timer efter, og C-veje ryddes i hverdagstiden. Det foreslås at fastholde serviceniveauet fra sidste sæson. Udgiften i en normalvinter er 6,1 mio. kr.",
         "Administrationen indstiller, at serviceniveauet for vintertjenesten fastholdes.",
         "Godkendt med den ændring, at cykelstier til skolerne fremover prioriteres som A-ruter."),
        (146, "Orientering om spildevandsplan - tillæg nr. 4", "20/11420", False,
         "Vesterhøj Forsyning har anmodet om et tillæg til spildevandsplanen, så sommerhusområdet ved Strandkær kan kloakeres i 2023. Tillægget forelægges udvalget til orientering inden den formelle behandling.",
         "Administrationen indstiller, at orienteringen tages til efterretning.",
         "Taget til efterretning."),
        (147, "Lukket punkt: Køb af areal", "21/09001", True,
         "Administrationen har forhandlet med lodsejer Henning Brøchner-Holt om køb af 4,3 ha landbrugsjord øst for renseanlægget. Lodsejer har accepteret en købesum på 1.870.000 kr. med overtagelse 1. januar 2022.",
         "Administrationen indstiller, at købet anbefales.",
         "Anbefales. Vilkår om forkøbsret til restarealet skal indgå i skødet."),
        (148, "Meddelelser", "21/00046", False,
         "Formanden orienterede om status på rundkørslen ved Kirkevej. Direktøren orienterede om fristen for ansøgninger til landsbypuljen.",
         "", "Taget til efterretning."),
    ]
    rows = []
    closed = []
    toc = "".join(f'<li><a href="#p{n}">{n}. {html.escape(t)}</a></li>' for n, t, *_ in P)
    for n, t, c, cl, sag, ind, bes in P:
        meta = (f'<table class="meta"><tr><th>Sagsnr.:</th><td>{c}</td></tr>'
                f'<tr><th>Sagsbehandler:</th><td>Teknik og Miljø</td></tr>'
                f'<tr><th>Status:</th><td>{"Lukket" if cl else "Åben"}</td></tr></table>')
        body = f'<h3>Sagsfremstilling</h3><p>{html.escape(sag)}</p>'
        if ind:
            body += f'<h3>Indstilling</h3><p>{html.escape(ind)}</p>'
        body += f'<h3>Beslutning i Teknik- og Miljøudvalget den 14-09-2021</h3><p>{html.escape(bes)}</p>'
        if cl:
            closed.append(sag + " " + ind + " " + bes)
        rows.append(f'<div class="punkt" id="p{n}"><h2>{n}. {html.escape(t)}</h2>{meta}{body}</div>')
    doc = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>Referat - Teknik- og Miljøudvalget - 14-09-2021</title>
<meta name="generator" content="FirstAgenda Publisher 7.3">
<style>table.meta th{{text-align:left;font-weight:normal;color:#555}}</style></head>
<body>
<header><img src="logo.png" alt="Vesterhøj Kommune"><h1>Referat</h1>
<table class="moedeinfo">
<tr><th>Udvalg</th><td>Teknik- og Miljøudvalget</td></tr>
<tr><th>Mødetidspunkt</th><td>tirsdag den 14. september 2021 kl. 16:00</td></tr>
<tr><th>Mødested</th><td>Udvalgsværelse 3, Vesterhøj Rådhus</td></tr>
<tr><th>Medlemmer</th><td>Birgitte Aaskov (A), formand; Søren Kjærgaard (V); Mette Lund Iversen (F); Per Nørbo (C); Amira Hassan (A)</td></tr>
<tr><th>Fraværende</th><td>Per Nørbo (C)</td></tr>
</table></header>
<nav><h2>Indholdsfortegnelse</h2><ol class="toc">{toc}</ol></nav>
<main>
{chr(10).join(rows)}
</main>
<footer><p>Udskrevet fra FirstAgenda 15-09-2021 08:12. Side 1 af 1</p></footer>
</body></html>
"""
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(doc)
    add(fn, board, "2021-09-14", "referat", [(n, t, c, cl) for n, t, c, cl, *_ in P],
        ["Henning Brøchner-Holt", "1.870.000 kr."],
        "Hvornår kan man som borger give sin mening til kende om kommunens plan for sikrere veje?", 143,
        html.unescape(doc), closed)


# ---------------------------------------------------------------- 02 transcription of handwritten protocol, 1987
def f02():
    fn = "02_tornholm_kommunalbestyrelsen_1987.txt"
    closed_body = ("Der forelaa Ansøgning fra Købmand Egon Vestergaard Friis, Bygaden 4, om Henstand med "
                   "Betaling af Ejendomsskat, Restance 18.412 kr. Efter Drøftelse vedtoges det at give Henstand "
                   "til 1. Oktober 1987 mod Udpantning, saafremt Beløbet ikke er indbetalt.")
    txt = f"""TORNHOLM KOMMUNE
Forhandlingsprotokol for Kommunalbestyrelsen, bind 14, fol. 212-215
[Maskinskreven transskription af haandskrevet protokol. Udført af Tornholm Lokalhistoriske Arkiv 2014.
Original retskrivning bevaret. Ulæselige ord er markeret med [ulæseligt].]

------------------------------------------------------------------------
fol. 212
------------------------------------------------------------------------

Aar 1987 tirsdag den 10/3-87 kl. 19.30 holdt Kommunalbestyrelsen ordinært Møde paa Raadhuset.

Til Stede: Borgmester Arne Kjeldsen (Formand), Inger Marie Dalsgaard, Vagn Mortensen, Hans Jørgen Bech,
Karen Thygesen, Niels Ebbesen, Poul Rask, Erik Vinther, Bodil Aagaard, Kaj Svendsen og Ole Holm.
Fraværende: Gdr. Jens Kr. Mølgaard (Sygdom).

Ad 1) Oplæsning og Godkendelse af Protokol fra sidste Møde.
Protokollen oplæst og godkendt uden Bemærkninger.

Ad 2) Vandværkets Takster for 1987.   J.nr. 13.02.01-87/3
Vandværksudvalget havde indstillet, at Kubikmeterprisen forhøjes fra 2,85 kr. til 3,40 kr., og at den faste
Afgift pr. Husstand fastsættes til 260 kr. aarligt. Forhøjelsen skyldes Udskiftning af Ledningsnettet i Østerby.
Poul Rask foreslog Forhøjelsen udskudt et Aar. Forslaget forkastedes.
Udvalgets Indstilling vedtoges med 9 Stemmer mod 2 (Poul Rask og Kaj Svendsen).

------------------------------------------------------------------------
fol. 213
------------------------------------------------------------------------

Ad 3) Ansøgning fra Tornholm Boldklub om Tilskud til nyt Klubhus.   J.nr. 18.15.00-87/7
Boldklubben ansøger om 65.000 kr. til Opførelse af Klubhus ved Sportspladsen, idet Klubben selv
udfører Arbejdet ved frivillig Indsats. Kultur- og Fritidsudvalget anbefalede et Tilskud paa 40.000 kr.
Vedtoges at bevilge 40.000 kr. af Kontoen for uforudsete Udgifter, [overstreget: under Forudsætning af]
mod at Klubhuset stilles til Raadighed for Skolen i Dagtimerne.

Ad 4) Lokalplan Nr. 12 for Boligomraade ved Skovbrynet, endelig Vedtagelse.   J.nr. 01.02.05-86/41
Der var i Indsigelsesperioden indkommet 3 Indsigelser, bl.a. vedr. Vejadgang fra Møllevej.
Teknisk Udvalg anbefalede Planen vedtaget med den Ændring, at Vejadgang sker fra Skovvej.
Lokalplanen vedtoges endeligt med den af Teknisk Udvalg foreslaaede Ændring. Enstemmigt.

------------------------------------------------------------------------
fol. 214
------------------------------------------------------------------------

Ad 5) Sag behandlet for lukkede Døre.   J.nr. 07.12.04-87/2
{closed_body}

Ad 6) Eventuelt.
Inger Marie Dalsgaard spurgte til Gadebelysningen paa Kirkestien. Borgmesteren svarede, at Sagen
undersøges af Teknisk Forvaltning. [ulæseligt] Mødet hævet Kl. 22.10.

------------------------------------------------------------------------
fol. 215
------------------------------------------------------------------------

Arne Kjeldsen     Inger Marie Dalsgaard     Vagn Mortensen     Hans Jørgen Bech
Karen Thygesen    Niels Ebbesen     Poul Rask     Erik Vinther     Bodil Aagaard
Kaj Svendsen      Ole Holm
"""
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(txt)
    pts = [(1, "Oplæsning og Godkendelse af Protokol fra sidste Møde.", None, False),
           (2, "Vandværkets Takster for 1987.", "13.02.01-87/3", False),
           (3, "Ansøgning fra Tornholm Boldklub om Tilskud til nyt Klubhus.", "18.15.00-87/7", False),
           (4, "Lokalplan Nr. 12 for Boligomraade ved Skovbrynet, endelig Vedtagelse.", "01.02.05-86/41", False),
           (5, "Sag behandlet for lukkede Døre.", "07.12.04-87/2", True),
           (6, "Eventuelt.", None, False)]
    add(fn, "Kommunalbestyrelsen", "1987-03-10", "referat", pts,
        ["Egon Vestergaard Friis", "18.412 kr."],
        "Hvor mange penge fik fodboldforeningen af kommunen til deres nye bygning i 1987?", 3, txt, [closed_body])


# ---------------------------------------------------------------- 03 school board, .docx two-column table
def f03():
    from docx import Document
    from docx.shared import Pt
    fn = "03_hesselaa_skolebestyrelsen_2019.docx"
    P = [
        ("1.", "Godkendelse af dagsorden og referat", None, False,
         "Dagsorden godkendt. Referat fra 5. februar godkendt og underskrevet."),
        ("2.", "Meddelelser fra formand, ledelse og elevråd", None, False,
         "Formanden: Dialogmøde med Børne- og Skoleudvalget er flyttet til 9. april.\nLedelsen: Der er ansat ny lærer i indskolingen pr. 1. april, Maja Fenger.\nElevrådet: Ønsker flere bolde og et nyt net til multibanen."),
        ("3.", "Trivselsmåling 2018/19", None, False,
         "Skoleleder Jens Holmgaard gennemgik resultaterne. Den samlede trivsel på mellemtrinnet er steget fra 3,7 til 3,9. I udskolingen svarer 14 % af eleverne, at de ofte føler sig alene i frikvartererne.\nBestyrelsen bad ledelsen komme med en handleplan for udskolingen til junimødet."),
        ("4.", "Høringssvar - ændring af skoledistrikt Nørremarken\nSag: 19/02231", "Sag: 19/02231", False,
         "Kommunen foreslår, at 38 boliger i Nørremarken overflyttes til Bakkeskolens distrikt fra skoleåret 2020/21.\nBestyrelsen er imod forslaget, fordi eleverne får en skolevej på over 4 km langs en landevej uden cykelsti. Formanden skriver høringssvaret; frist 22. marts."),
        ("5.", "Principper for brug af mobiltelefoner", None, False,
         "Udkast til nyt princip blev drøftet.\nBeslutning: Fra 1. august 2019 skal mobiltelefoner være slukket og ligge i tasken i hele skoletiden for 0.-6. klasse, også i pauserne. I 7.-9. klasse må telefonen bruges i frikvartererne, men ikke i timerne uden lærerens tilladelse. Principperne lægges på skolens hjemmeside og Forældreintra."),
        ("6.", "Fortroligt: Elevsag", None, True,
         "Drøftelse af skoleskift for elev i 7.b, Mikkel Lauritsen Haahr, som forvaltningen har visiteret til Lærkereden Dagbehandling fra 1. april.\nBestyrelsen tog orienteringen til efterretning. Punktet er fortroligt og indgår ikke i det offentlige referat."),
        ("7.", "Eventuelt", None, False,
         "Forældrerepræsentant Louise Bak spurgte til parkeringsforholdene ved morgenafleveringen. Ledelsen tager kontakt til kommunens vejafdeling."),
    ]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    d.add_heading("Hesselå Skole - Skolebestyrelsen", level=1)
    d.add_paragraph("Referat af møde tirsdag den 12. marts 2019 kl. 17.00-19.30 i personalerummet")
    t0 = d.add_table(rows=0, cols=2); t0.style = "Table Grid"
    for a, b in [("Deltagere", "Lotte Skov (formand), Anders Winther, Camilla Rytter, Thomas Brix, Sara Mouritsen, elevrådsrepræsentanter Ida (9.a) og Noah (8.b)"),
                 ("Fra ledelsen", "Skoleleder Jens Holmgaard, viceskoleleder Hanne Kirk (referent)"),
                 ("Afbud", "Louise Bak"),
                 ("Næste møde", "7. maj 2019")]:
        r = t0.add_row().cells; r[0].text = a; r[1].text = b
    d.add_paragraph("")
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Punkt"; t.rows[0].cells[1].text = "Referat / beslutning"
    closed = []
    for num, title, case, cl, body in P:
        r = t.add_row().cells
        r[0].text = f"{num} {title}"
        r[1].text = body
        if cl:
            closed.append(body)
    d.add_paragraph("Referent: Hanne Kirk")
    d.save(os.path.join(OUT, fn))
    # read back for validation
    d2 = Document(os.path.join(OUT, fn))
    full = "\n".join(p.text for p in d2.paragraphs)
    for tb in d2.tables:
        for row in tb.rows:
            for c in row.cells:
                full += "\n" + c.text
    pts = [(int(n.rstrip(".")), title.split("\n")[0], case.split(": ")[1] if case else None, cl) for n, title, case, cl, _ in P]
    add(fn, "Skolebestyrelsen", "2019-03-12", "referat", pts,
        ["Mikkel Lauritsen Haahr", "Lærkereden Dagbehandling"],
        "Må børnene have mobilen fremme i frikvarteret på skolen?", 5, full, closed)


# ---------------------------------------------------------------- 04 utility company board, PDF
def f04():
    from fpdf import FPDF
    fn = "04_bredmose_forsyning-bestyrelse_2020.pdf"
    P = [
        (1, "Godkendelse af dagsorden", None, False, "Dagsordenen blev godkendt."),
        (2, "Årsregnskab 2019", "Sag: BF-2020-012", False,
         "Direktøren gennemgik årsregnskabet. Vandselskabet har en overdækning på 3,1 mio. kr., som indregnes i taksterne over de kommende tre år. Spildevandsselskabet har en underdækning på 0,9 mio. kr. Revisionen har afgivet en blank påtegning.\nBeslutning: Regnskabet blev godkendt og underskrevet og indstilles til godkendelse på generalforsamlingen den 28. april 2020."),
        (3, "Takster for vand og spildevand 2021 - første drøftelse", "Sag: BF-2020-031", False,
         "Administrationen forventer, at vandprisen skal stige med ca. 4 pct. i 2021 som følge af nye krav til boringsnære beskyttelsesområder. Spildevandstaksten forventes uændret på 38,50 kr. pr. m3 ekskl. moms. En gennemsnitlig husstand med et forbrug på 90 m3 vil få en merudgift på ca. 215 kr. om året.\nBeslutning: Bestyrelsen tog orienteringen til efterretning. Endeligt takstforslag forelægges på mødet i september."),
        (4, "Renovering af trykledning ved Moseåen", "Sag: BF-2020-027", False,
         "Trykledningen fra pumpestation Moseåen har haft tre brud siden 2018. Rådgiver anbefaler strømpeforing af 1.900 meter ledning. Anlægsoverslag 6,8 mio. kr.\nBeslutning: Bestyrelsen godkendte en anlægsramme på 6,8 mio. kr. Arbejdet udbydes i april."),
        (5, "Fortroligt - Tvist med entreprenør", "Sag: BF-2019-118", True,
         "Advokat orienterede om voldgiftssagen mod Gravør & Søn ApS vedr. forsinkelse af regnvandsbassinet ved Lindegården. Entreprenøren kræver 2.340.000 kr. i ekstrabetaling.\nBeslutning: Bestyrelsen bemyndigede formanden til at indgå forlig på højst halvdelen af kravet."),
        (6, "Fortroligt - Ansættelsesforhold", "Sag: BF-2020-005", True,
         "Formanden orienterede om forhandling med økonomichef Lise Thornvig om fratræden. Fratrædelsesaftale med en samlet ramme på 1.085.000 kr. blev forelagt.\nBeslutning: Godkendt."),
        (7, "Eventuelt", None, False,
         "Direktøren orienterede om selskabets beredskab i forbindelse med coronavirus. Kundecentret holder lukket for personlig henvendelse fra 13. marts, men telefonen er åben som normalt."),
    ]
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 20)
    pdf.set_title("Protokol bestyrelsesmøde 12.03.2020"); pdf.set_author("Bredmose Forsyning A/S")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14); pdf.cell(0, 8, "Bredmose Forsyning A/S", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12); pdf.cell(0, 7, "Protokol for bestyrelsesmøde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in ["Dato: 12.03.2020, kl. 14.00-16.30", "Sted: Forsyningens kontor, Værkstedsvej 9, Bredmose",
                 "Deltagere: Jørn Skibsted (formand), Annette Vad (næstformand), Bo Kragh, Helle Damsgaard, Rasmus Lind (medarbejdervalgt)",
                 "Desuden: Direktør Torben Egeskov (referent)", "Afbud: Ingen"]:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    closed = []; full = ""
    for n, t, c, cl, body in P:
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, f"§ {n}  {t}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "I", 9)
        if c:
            pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for para in body.split("\n"):
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        pdf.ln(2)
        full += f"§ {n} {t}\n{c or ''}\n{body}\n"
        if cl:
            closed.append(body)
    pdf.ln(6); pdf.cell(0, 5, "Protokollen underskrevet af bestyrelsen.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, fn))
    add(fn, "Bestyrelsen for Bredmose Forsyning A/S", "2020-03-12", "referat", [(n, t, c.split(": ")[1] if c else None, cl) for n, t, c, cl, _ in P],
        ["Gravør & Søn ApS", "2.340.000 kr.", "Lise Thornvig", "1.085.000 kr."],
        "Hvor meget mere kommer en almindelig familie til at betale for vandet næste år?", 3, full, closed)


# ---------------------------------------------------------------- 05 local council minutes sent as e-mail (.eml)
def f05():
    fn = "05_ulvsig_lokalraad_2022.eml"
    plain = """Hej alle

Hermed referat fra bestyrelsesmødet i tirsdags. Rettelser til mig senest fredag.

Mvh
Grethe Nyholm, sekretær

================================================
REFERAT - BESTYRELSESMØDE I ULVSIG LOKALRÅD
Dato: 2022-11-08 kl. 19.00, Ulvsig Forsamlingshus
Til stede: Kurt Abildgaard (formand), Bente Rosenkvist (kasserer), Grethe Nyholm (sekretær), Jonas Falk, Mie Andersen
Afbud: Ove Steen
================================================

1. Valg af ordstyrer og referent
Kurt er ordstyrer, Grethe tager referat.

2. Økonomi
Bente: Saldo pr. 1. november er 23.418,50 kr. Kontingent er indbetalt af 112 husstande. Udgift til annonce i Ugeavisen 1.150 kr. godkendt.

3. Landsbypuljen - ansøgning om bænke og shelter ved gadekæret (kommunens sag: 22/31877)
Vi søgte i august 48.000 kr. Kommunen har givet tilsagn om 30.000 kr. Resten forsøger vi at finde hos Andelskassens fond. Jonas og Mie laver ansøgning inden 1. december. Arbejdsdag ved gadekæret planlægges til april.

4. Trafik gennem byen
4.1 Hastighedsmåling på Hovedgaden
Kommunens måling i uge 41 viste en gennemsnitsfart på 58 km/t, hvor der må køres 50. 15 % kørte over 65 km/t.
4.2 Henvendelse til kommunen om 40-zone
Bestyrelsen skriver til Teknik og Miljø og beder om en 40 km/t-zone og to bump ved skolestien. Kurt skriver brevet og samler underskrifter ved juletræstændingen.
4.3 Belysning på Skolevej
Tre lygter er stadig i stykker. Grethe rykker vejafdelingen igen.

5. Juletræstænding
Søndag 27. november kl. 16. Brugsen sponsorerer æbleskiver. Mie står for julemanden.

6. Evt.
Næste møde 10. januar 2023 hos Bente.

/Grethe
"""
    body_html = html.escape(plain).replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n")
    htmlpart = f"<html><body><p>{body_html}</p></body></html>"
    msg = MIMEMultipart("alternative", boundary="=_ulvsig_referat_20221110")
    msg["From"] = "Grethe Nyholm <sekretaer@ulvsig-lokalraad.dk>"
    msg["To"] = "bestyrelsen@ulvsig-lokalraad.dk"
    msg["Subject"] = "Referat fra bestyrelsesmøde 2022-11-08"
    msg["Date"] = format_datetime(datetime.datetime(2022, 11, 10, 21, 14, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    msg["Message-ID"] = "<20221110211402.4471@ulvsig-lokalraad.dk>"
    from email.charset import Charset, QP
    cs = Charset("utf-8"); cs.body_encoding = QP
    msg.attach(MIMEText(plain, "plain", cs))
    msg.attach(MIMEText(htmlpart, "html", cs))
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(msg.as_string())
    pts = [(1, "Valg af ordstyrer og referent", None, False), (2, "Økonomi", None, False),
           (3, "Landsbypuljen - ansøgning om bænke og shelter ved gadekæret", "22/31877", False),
           (4, "Trafik gennem byen", None, False), (5, "Juletræstænding", None, False), (6, "Evt.", None, False)]
    add(fn, "Ulvsig Lokalråd", "2022-11-08", "referat", pts, [],
        "Hvad gør lokalrådet ved, at bilerne kører alt for stærkt gennem landsbyen?", 4, plain, [])


# ---------------------------------------------------------------- 06 senior citizens' council, RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ch == "\n":
            out.append("\\par\n")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % o)
    return "".join(out)


def f06():
    fn = "06_kildevang_aeldreraadet_2016.rtf"
    P = [
        (1, "Godkendelse af dagsorden", None, False, "Godkendt."),
        (2, "Høring: Kvalitetsstandard for madservice 2016", "J.nr.: 16/4410", False,
         "Ældrerådet har modtaget udkast til revideret kvalitetsstandard for madservice i høring. Prisen for en hovedret stiger fra 51 kr. til 54 kr. Udbringning sker fremover tre gange om ugen med kølet mad i stedet for dagligt.\n"
         "Ældrerådets høringssvar: Ældrerådet kan ikke anbefale, at udbringningen reduceres til tre dage om ugen. Rådet frygter, at de svageste borgere mister den daglige kontakt, og at maden ikke opbevares korrekt. Rådet foreslår i stedet, at den daglige udbringning fastholdes for borgere over 85 år. Prisstigningen tages til efterretning."),
        (3, "Budget 2017 - Ældrerådets input", "J.nr.: 16/2215", False,
         "Rådet drøftede sine ønsker til budget 2017. Der var enighed om at prioritere 1) flere aktivitetsmedarbejdere på plejecentrene, 2) gratis adgang til varmtvandsbassinet for pensionister og 3) bedre tilgængelighed i busserne. Formanden sender ønskerne til Social- og Sundhedsudvalget inden 1. juni."),
        (4, "Demensvenlig kommune - orientering ved demenskoordinator", "J.nr.: 15/9987", False,
         "Demenskoordinator Vibeke Thorsager orienterede om projektet Demensvenlig Kildevang. 640 borgere er blevet demensvenner, og 11 butikker har fået mærket. Der åbnes en pårørendecafé på biblioteket i september.\nTaget til efterretning med tak for oplægget."),
        (5, "Lukket punkt - Klagesag", "J.nr.: 16/5012", True,
         "Rådet drøftede en henvendelse fra datter til fru Agnete Holm-Ravn om manglende hjælp til personlig pleje i weekenderne. Sagen er videregivet til Myndighed med anmodning om svar inden 14 dage. Klageren har fået kopi af henvendelsen."),
        (6, "Eventuelt", None, False, "Næste møde er flyttet til 7. juni 2016 på grund af Grundlovsdag."),
    ]
    txt = ("Kildevang Kommune\nÆldrerådet\n\nREFERAT\nMøde den 3. maj 2016 kl. 9.30-12.00\nKildevang Rådhus, mødelokale 2\n\n"
           "Deltagere: Erling Bøgh (formand), Ruth Mikkelsen (næstformand), Svend Age Lauritzen, Gerda Winther, Aksel Brandt, Inge Krog\n"
           "Afbud: Bent Thuesen\nSekretær: Marianne Holt, Social og Sundhed\n\n")
    closed = []
    for n, t, c, cl, body in P:
        txt += f"Pkt. {n}\t{t}\n"
        if c:
            txt += f"{c}\n"
        txt += body + "\n\n"
        if cl:
            closed.append(body)
    txt += "Referatet godkendt af formanden 6. maj 2016."
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\viewkind4\\uc1\\pard\\f0\\fs22\n"
           + rtf_escape(txt) + "\n}")
    open(os.path.join(OUT, fn), "w", encoding="ascii").write(rtf)
    add(fn, "Ældrerådet", "2016-05-03", "referat", [(n, t, c.split(": ")[1] if c else None, cl) for n, t, c, cl, _ in P],
        ["Agnete Holm-Ravn"],
        "Hvad synes ældrerådet om, at der kun kommer mad ud til de ældre tre dage om ugen?", 2, txt, closed)


# ---------------------------------------------------------------- 07 English-language committee, Markdown, decision first
def f07():
    fn = "07_lyngdal_international-citizens-committee_2023.md"
    P = [
        (1, "Approval of the agenda", None, False, "Approved.", ""),
        (2, "Welcome package for newcomers 2023", "23/03310", False,
         "The committee approved the welcome package with the addition of a Ukrainian edition. The total budget of DKK 140,000 is covered by the committee's activity budget.",
         "Since 2019 the municipality has handed out a welcome package to all newly registered international residents. In 2022 a total of 1,214 packages were distributed. The administration proposes to update the content (doctor registration, tax card, daycare waiting list) and to print it in English, German, Polish, Romanian and Arabic."),
        (3, "Spouse career programme - evaluation and continuation", "22/18840", False,
         "The committee decided to continue the programme in 2023 and 2024 and to ask the three largest local employers to co-host mentoring evenings.",
         "The spouse career programme helps accompanying partners of international employees find work. In 2022, 32 partners took part, and 14 of them found a job or started an education within six months. Participants rated the CV workshops and the Danish-for-jobseekers course highest. The programme costs DKK 210,000 a year."),
        (4, "Capacity at Lyngdal International School", "23/14455", False,
         "The committee recommends that the Economic Committee (Økonomiudvalget) funds two extra classes from August 2023. Committee member Tomás Ferreira asked that families on the waiting list be informed directly.",
         "The international department at Lyngdal Skole has a waiting list of 61 pupils, mainly in grades 0-3. Two extra classes would cost DKK 1.9 million per year including teachers and rented pavilion."),
        (5, "Closed item - individual relocation grant", "23/12021", True,
         "The committee granted the application from Dr. Priya Ramaswamy-Olsen for a relocation grant of DKK 96,000 subject to documentation of employment at the regional hospital.",
         "Application for an individual grant under the talent attraction scheme. The item is closed because it concerns personal and financial information."),
        (6, "Any other business", None, False,
         "Next meeting moved to 9 May 2023.",
         "The chair thanked outgoing member Hanne Kjær for six years on the committee."),
    ]
    md = ["# Lyngdal Municipality", "", "## International Citizens' Committee (Udvalget for Internationale Borgere)", "",
          "**Minutes** - Tuesday 7 March 2023, 17:00-19:00, City Hall, meeting room Fjorden", "",
          "| Role | Name |", "|---|---|", "| Chair | Ingrid Bak (A) |", "| Members | Tomás Ferreira, Hanne Kjær, Lukas Nowak, Mette Sand (V) |",
          "| Absent | Lukas Nowak |", "| Secretary | Kasper Holm, Citizen Services |", "",
          "> Decisions are listed first under each item; the case presentation follows.", ""]
    closed = []
    for n, t, c, cl, dec, bg in P:
        md.append(f"### Item {n}: {t}")
        md.append("")
        if c:
            md.append(f"**Case no.** {c}"); md.append("")
        md.append("**Decision**"); md.append(""); md.append(dec); md.append("")
        if bg:
            md.append("**Background**"); md.append(""); md.append(bg); md.append("")
        if cl:
            closed.append(dec + " " + bg)
    md.append("---"); md.append("*Minutes approved by the chair 9 March 2023.*")
    txt = "\n".join(md) + "\n"
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(txt)
    add(fn, "International Citizens' Committee (Udvalget for Internationale Borgere)", "2023-03-07", "referat",
        [(n, t, c, cl) for n, t, c, cl, *_ in P],
        ["Priya Ramaswamy-Olsen", "DKK 96,000"],
        "Does the municipality help the husbands and wives of foreign workers get a job here?", 3, txt, closed)


# ---------------------------------------------------------------- 08 parish council, Word-exported HTML, three-column table
def f08():
    fn = "08_storaa_menighedsraad_2018.html"
    P = [
        (1, "Godkendelse af dagsorden", None, False, "Godkendt."),
        (2, "Underskrift af referat fra 14. marts", None, False, "Referatet blev underskrevet."),
        (3, "Kvartalsrapport 1. kvartal 2018", None, False,
         "Kassereren gennemgik kvartalsrapporten. Forbruget udgør 24 % af årets budget. Rapporten blev taget til efterretning."),
        (4, "Kalkning af kirkens tårn", "Provstiet j.nr. 2018-4433", False,
         "Der er indhentet to tilbud. Billigste tilbud er fra Murerfirmaet Østergaard på 187.500 kr. ekskl. moms. Menighedsrådet besluttede at antage tilbuddet og søge provstiudvalget om midler fra 5 %-midlerne. Arbejdet udføres i august, når der ikke er konfirmationer."),
        (5, "Lukket punkt: Personalesag", None, True,
         "Rådet drøftede graver Poul Erik Damgaard's fratræden. Der indgås aftale om fratrædelsesgodtgørelse på 38.000 kr. Kontaktpersonen udarbejder aftalen."),
        (6, "Konfirmation 2019 - datoer", None, False,
         "Konfirmation 2019 blev fastlagt til St. Bededag fredag den 17. maj 2019 kl. 10.00 og søndag den 19. maj 2019 kl. 10.00."),
        (7, "Kirkegården - nye takster for gravstedsvedligeholdelse", None, False,
         "Forslag til takster for 2019 blev godkendt. Et urnegravsted med 10 års fuld vedligeholdelse koster herefter 4.850 kr."),
        (8, "Eventuelt", None, False, "Sognepræsten orienterede om babysalmesang, som starter igen i september."),
    ]
    rows = []
    closed = []
    for n, t, c, cl, bes in P:
        sag = html.escape(t) + (f"<br><span class=MsoSmallText>{html.escape(c)}</span>" if c else "")
        rows.append(f"""<tr><td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{n}</p></td>
<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>{sag}</b></p></td>
<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>{html.escape(bes)}</p></td></tr>""")
        if cl:
            closed.append(bes)
    doc = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Referat MR 18-04-2018</title>
<style>p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}}</style></head>
<body lang=DA style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>Storå Sogns Menighedsråd</span></b></p>
<p class=MsoNormal align=center style='text-align:center'>Referat af menighedsrådsmøde onsdag den 18. april 2018 kl. 19.00 i konfirmandstuen</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Til stede: Birthe Overgaard (formand), Leif Kristiansen (kasserer), Anne-Mette Brun (kirkeværge), Hans Peter Skou, Rikke Lyng, sognepræst Jakob Friis</p>
<p class=MsoNormal>Afbud: Søren Dam (kontaktperson)</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td><p class=MsoNormal><b>Pkt.</b></p></td><td><p class=MsoNormal><b>Sag</b></p></td><td><p class=MsoNormal><b>Beslutning</b></p></td></tr>
{chr(10).join(rows)}
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Næste møde: onsdag den 23. maj 2018.</p>
<p class=MsoNormal>Underskrifter:</p>
<p class=MsoNormal>________________ ________________ ________________</p>
</div></body></html>
"""
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(doc)
    add(fn, "Storå Sogns Menighedsråd", "2018-04-18", "referat", [(n, t, c.split(" j.nr. ")[1] if c else None, cl) for n, t, c, cl, _ in P],
        ["Poul Erik Damgaard", "38.000 kr."],
        "Hvad skal det koste at få hvidtet kirketårnet, og hvornår sker det?", 4, html.unescape(doc), closed)


# ---------------------------------------------------------------- 09 eDoc/Acadre-style agenda (dagsorden) with metadata tables
def f09():
    fn = "09_maglemose_boerne-og-familieudvalget_2024.html"
    P = [
        (57, "Godkendelse af dagsorden", "24/00112", False, "", "Forvaltningen indstiller, at dagsordenen godkendes."),
        (58, "Ny dagtilbudsstruktur - udsendelse i høring", "24/05530", False,
         "Børnetallet i Maglemose Øst er faldet med 17 % siden 2019. Forvaltningen foreslår, at Troldehøjen, Mejsen og Skovhuset samles i én institution med tre afdelinger under fælles ledelse fra 1. januar 2025. Forslaget forventes at frigøre 1,2 mio. kr. årligt, som bliver på dagtilbudsområdet.",
         "Forvaltningen indstiller, at forslaget sendes i høring hos forældrebestyrelser og MED-udvalg fra 17. juni til 16. august 2024."),
        (59, "Kvalitetsrapport for skoleområdet 2023/24", "24/06004", False,
         "Kvalitetsrapporten viser, at karaktergennemsnittet ved 9. klasses afgangsprøve er steget fra 6,9 til 7,2. Elevfraværet er 6,8 %, hvilket er over landsgennemsnittet. 91 % af eleverne var i gang med en ungdomsuddannelse 15 måneder efter 9. klasse.",
         "Forvaltningen indstiller, at udvalget drøfter rapporten og sender den til Byrådet."),
        (60, "Takster for SFO 2025", "24/07719", False,
         "Taksterne for SFO fastsættes årligt. Som følge af pris- og lønfremskrivning foreslås månedstaksten for SFO I (0.-3. klasse) hævet fra 1.985 kr. til 2.060 kr. og for SFO II (4. klasse) fra 1.140 kr. til 1.185 kr. Der betales for 11 måneder om året.",
         "Forvaltningen indstiller, at taksterne godkendes med virkning fra 1. januar 2025."),
        (61, "Budgetopfølgning pr. 31. maj 2024", "24/00310", False,
         "Budgetopfølgningen viser et forventet merforbrug på 7,4 mio. kr. på udvalgets område, primært på det specialiserede børneområde.",
         "Forvaltningen indstiller, at budgetopfølgningen tages til efterretning."),
        (62, "Lukket punkt: Klage over afgørelse", "24/04488", True,
         "Familien Okonkwo-Brandt har klaget over afgørelsen om anbringelse på Egelyhøj Opholdssted. Ankestyrelsen har anmodet kommunen om en genvurdering.",
         "Forvaltningen indstiller, at afgørelsen fastholdes."),
        (63, "Lukket punkt: Køb af pladser", "24/06690", True,
         "Forhandling med Fjordlys Botilbud ApS om rammeaftale for 6 pladser. Leverandørens pris giver en merudgift på 1.460.000 kr. i forhold til nuværende aftale.",
         "Forvaltningen indstiller, at forvaltningen bemyndiges til at indgå aftalen."),
        (64, "Meddelelser", "24/00112", False,
         "Orientering om sommerferieaktiviteter for børn og unge og om status på ventelisten til PPR.",
         "Forvaltningen indstiller, at meddelelserne tages til efterretning."),
    ]
    blocks = []
    closed = []
    for n, t, c, cl, sag, ind in P:
        status = "Lukket" if cl else "Åben"
        meta = f"""<table class="sagsmeta" border="1">
<tr><td class="lbl">Acadre-sag:</td><td>{c}</td><td class="lbl">Dok.nr.:</td><td>{n*1379 % 90000 + 10000}/24</td></tr>
<tr><td class="lbl">Sagsbehandler:</td><td>{'Anonymiseret' if cl else 'Børn og Familie, sekretariatet'}</td><td class="lbl">Åben/Lukket:</td><td>{status}</td></tr>
</table>"""
        body = ""
        if sag:
            body += f"<h4>Sagsfremstilling</h4><p>{html.escape(sag)}</p>"
        body += f"<h4>Indstilling</h4><p>{html.escape(ind)}</p>"
        blocks.append(f'<div class="dagsordenpunkt"><h3>Punkt {n}: {html.escape(t)}</h3>\n{meta}\n{body}</div>')
        if cl:
            closed.append(sag + " " + ind)
    toc = "\n".join(f"<tr><td>{n}</td><td>{html.escape(t)}</td><td>{'Lukket' if cl else 'Åben'}</td></tr>" for n, t, c, cl, *_ in P)
    doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dagsorden Børne- og Familieudvalget 11-06-2024</title>
<meta name="eDoc.export" content="eDoc 5.2 Dagsordenmodul"></head>
<body>
<table class="dokumentmeta" border="1">
<tr><td>Dokumenttype</td><td>Dagsorden</td></tr>
<tr><td>Myndighed</td><td>Maglemose Kommune</td></tr>
<tr><td>Udvalg</td><td>Børne- og Familieudvalget</td></tr>
<tr><td>Mødedato</td><td>11-06-2024</td></tr>
<tr><td>Mødetid</td><td>15:30</td></tr>
<tr><td>Mødested</td><td>Mødelokale Bøgen, Rådhuset</td></tr>
<tr><td>Publiceret</td><td>05-06-2024</td></tr>
</table>
<h2>Dagsorden</h2>
<table class="punktliste" border="1"><tr><th>Nr.</th><th>Titel</th><th>Status</th></tr>
{toc}
</table>
{chr(10).join(blocks)}
</body></html>
"""
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(doc)
    add(fn, "Børne- og Familieudvalget", "2024-06-11", "dagsorden", [(n, t, c, cl) for n, t, c, cl, *_ in P],
        ["Okonkwo-Brandt", "Egelyhøj Opholdssted", "Fjordlys Botilbud ApS", "1.460.000 kr."],
        "Bliver pasningen efter skoletid for de små klasser dyrere fra nytår?", 60, html.unescape(doc), closed)


# ---------------------------------------------------------------- 10 OCR of typed 1996 protocol with running page headers
def f10():
    fn = "10_oernebjerg_teknisk-udvalg_1996.txt"
    closed_body = ("Forhandlinger med gårdejer Knud Aage Steffensen om afståelse af 0,8 ha til\n"
                   "omfartsvejen er ikke lykkedes. Udvalget indstiller, at der indledes ekspropri-\n"
                   "ation. Taksationskommissionens forventede erstatning 312.000 kr.\n\n"
                   "Beslutning:\nIndstilles til Økonomiudvalget.")
    hdr = lambda p: f"\n\nØRNEBJERG KOMMUNE          Teknisk Udvalg          Mødet den 12.03.96          Side {p}\n\n"
    txt = ("ØRNEBJERG KOMMUNE\n\nTEKNISK UDVALG\n\nB E S L U T N I N G S P R O T O K O L\n\n"
           "Mødedato: 12.03.96     Kl.: 15.00     Sted: Rådhuset, lokale 12\n\n"
           "Fraværende: Birger Holst\n\n"
           "Pkt. nr. 1      Meddelelser.\nSag nr.: 00.01.00-96/1\n\n"
           "Formanden orienterede om vejdirektoratets brev om statstilskud til trafiksa-\nnering.\n\n"
           "Beslutning:\nTil efterretning.\n\n"
           "Pkt. nr. 2      Vejbelysning i Ørnebjerg Nord - udskiftning af armaturer.\nSag nr.: 05.05.00-96/14\n\n"
           "Teknisk forvaltning foreslår, at 212 gamle kviksølvarmaturer udskiftes med\nnatriumarmaturer. Udgiften er beregnet til 1,4 mill. kr., og energibesparel-\nsen udgør ca. 95.000 kr. årligt.\n\n"
           "Beslutmng:\nAnbefales over for Økonomiudvalget. Arbejdet udføres i 1996 og 1997."
           + hdr(2) +
           "Pkt. nr. 3      Byggesag: Tilbygning til Ørnebjerg Hallen.\nSag nr.: 02.34.02-96/31\n\n"
           "Ørnebjerg Idrætsforening søger om dispensation fra lokalplan nr. 7 til en\ntilbygning med en højde på 9,5 m mod tilladt 8,5 m. Naboerne er hørt\nuden indsigelser.\n\n"
           "Beslutning:\nDispensation meddelt.\n\n"
           "Pkt. nr. 4      Renovationsordning - overgang til 14-dages tømning.\nSag nr.: 07.20.00-95/88\n\n"
           "Som led i budgetforliget for 1996 er der forudsat en besparelse på renova-\ntionsområdet. Forvaltningen foreslår, at dagrenovation i parcelhusområder\nfremover tømmes hver 14. dag i vinterhalvåret (oktober-marts) og fortsat hver\nuge om sommeren. Besparelse ca. 410.000 kr. årligt. Gebyret nedsættes med\n180 kr. pr. husstand.\n\n"
           "Beslutning:\nTiltrådt med virkning fra 1. januar 1997. Ændringen annonceres i lokal-\navisen og på renovationskalenderen."
           + hdr(3) +
           "Pkt. nr. 5      Lukket møde - ekspropriation.\nSag nr.: 05.01.08-95/102\n\n"
           + closed_body + "\n\n"
           "Pkt. nr. 6      Eventuelt.\n\n"
           "Intet.\n\n\nMødet hævet kl. 17.20\n\nIb Rasmussen (formand)   Lene Vestergaard   Carsten Bo   Birger Holst   Jytte Mark\n")
    open(os.path.join(OUT, fn), "w", encoding="utf-8").write(txt)
    pts = [(1, "Meddelelser.", "00.01.00-96/1", False),
           (2, "Vejbelysning i Ørnebjerg Nord - udskiftning af armaturer.", "05.05.00-96/14", False),
           (3, "Byggesag: Tilbygning til Ørnebjerg Hallen.", "02.34.02-96/31", False),
           (4, "Renovationsordning - overgang til 14-dages tømning.", "07.20.00-95/88", False),
           (5, "Lukket møde - ekspropriation.", "05.01.08-95/102", True),
           (6, "Eventuelt.", None, False)]
    add(fn, "Teknisk Udvalg", "1996-03-12", "referat", pts,
        ["Knud Aage Steffensen", "312.000 kr."],
        "Hvor ofte bliver skraldespanden tømt om vinteren fra 1997?", 4, txt, [closed_body])


for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
    f()

# validation
for file, full, closed, secrets in CHECK:
    assert os.path.exists(os.path.join(OUT, file)), file
    for s in secrets:
        n_all = full.count(s)
        n_cl = sum(b.count(s) for b in closed)
        assert n_cl >= 1 and n_all == n_cl, (file, s, n_all, n_cl)
json.dump(EXPECTED, open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("ok", len(EXPECTED), sum(len(e["points"]) for e in EXPECTED),
      sum(p[3] for e in EXPECTED for p in e["points"]))
