#!/usr/bin/env python3
"""Writes 10 INVENTED meeting documents (fictional boards, own wording) in
different real-world layout families, plus expected.json.

Run with a Python that has python-docx (e.g. /work/main/.venv/bin/python).
All names, amounts and places are made up."""
import json, os, zipfile, html, textwrap, quopri
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))


def P(num, title, case, closed=False, body=(), decision=None, secrets=(), body_present=True):
    return dict(num=num, title=title, case=case, closed=closed, body=list(body),
                decision=decision, secrets=list(secrets), body_present=body_present)


MEETINGS = []

# ---------------------------------------------------------------- 01 HTML
M01 = dict(
    file="01_solbjerg_teknikmiljoe_2019.html", board="Teknik- og Miljøudvalget",
    org="Solbjerg Kommune", date="2019-10-03", kind="referat",
    points=[
        P(153, "Godkendelse af dagsorden", None,
          body=["Dagsordenen forelægges udvalget til godkendelse."], decision="Godkendt."),
        P(154, "Udskiftning af vejbelysning til LED, etape 2", "19/24491",
          body=["Første etape blev gennemført i 2018, hvor 1.850 gamle armaturer i byzonen blev erstattet.",
                "Anden etape omfatter 2.300 armaturer i landsbyerne og langs de større veje. Den samlede anlægsudgift er beregnet til 9,4 mio. kr., og elforbruget til gadelys forventes at falde med ca. 58 pct.",
                "Forvaltningen indstiller, at udvalget anbefaler Økonomiudvalget og Byrådet at frigive anlægsbevillingen."],
          decision="Anbefales."),
        P(155, "Høring af forslag til spildevandsplan 2020-2031", "18/11802",
          body=["Forslaget lægger op til separatkloakering af Egeskov og Nørre Lyng frem mod 2028, så regnvand ikke længere løber til renseanlægget.",
                "Det foreslås, at planforslaget sendes i offentlig høring i 8 uger."],
          decision="Godkendt, idet høringsperioden forlænges til 10 uger af hensyn til efterårsferien."),
        P(156, "Regulativ for vintervedligeholdelse 2019/2020", "19/20877",
          body=["Regulativet er revideret, så cykelstier i klasse A ryddes og saltes inden kl. 6.00 på hverdage.",
                "Skolevejen mellem Tved og Tvedskolen optages som ny A-rute."],
          decision="Godkendt."),
        P(157, "Erstatningssag vedr. skade på privat ejendom", "19/25102", closed=True,
          body=["Grundejer Birthe Kjærgaard har rejst krav om erstatning på 386.400 kr. for rotte- og fugtskader, som hun mener skyldes en defekt kommunal stikledning.",
                "Kommunens forsikringsmægler vurderer, at ansvaret er uafklaret."],
          decision="Forvaltningen bemyndiges til at forhandle et forlig inden for den beskrevne ramme.",
          secrets=["Birthe Kjærgaard", "386.400 kr."]),
        P(158, "Trafiksikring ved Tvedskolen", "19/23310",
          body=["Skolebestyrelsen har bedt om tiltag på Kirkevej, hvor mange elever krydser om morgenen.",
                "Forvaltningen foreslår hastighedsgrænse på 40 km/t, en hævet flade ved fodgængerovergangen og bedre belysning. Udgiften er 640.000 kr., som finansieres af trafiksikkerhedspuljen."],
          decision="Godkendt."),
        P(159, "Meddelelser", None,
          body=["Orientering om resultatet af cykeltællingen på Stationsvej i september.",
                "Orientering om status for genbrugspladsens nye åbningstider."],
          decision="Taget til efterretning."),
    ],
    question="Hvor mange gadelamper bliver skiftet i næste omgang, og hvad koster det?", cite=154)
MEETINGS.append(M01)

# ---------------------------------------------------------------- 02 DOCX
M02 = dict(
    file="02_elmegaarden_boligforening_2021.docx", board="Organisationsbestyrelsen",
    org="Boligforeningen Elmegården", date="2021-09-14", kind="referat",
    points=[
        P(1, "Godkendelse af referat fra mødet den 8. juni 2021", None, decision="Godkendt."),
        P(2, "Regnskab 2020/21 for afdelingerne", "2021-0388",
          body=["Regnskabet viser et samlet overskud på 1,2 mio. kr., som overføres til afdelingernes henlæggelser.",
                "Revisor har afgivet påtegning uden forbehold."],
          decision="Godkendt og indstilles til repræsentantskabet."),
        P(3, "Helhedsplan for afdeling 4, Lærkeparken", "2021-0412",
          body=["Landsbyggefonden har prækvalificeret helhedsplanen. Planen omfatter renovering af 96 boliger med nye badeværelser, altaner og elevatorer i alle opgange.",
                "Efter støtte fra fonden forventes huslejen at stige med ca. 6 pct. Afdelingsmødet skal godkende planen, før skema A kan indsendes."],
          decision="Bestyrelsen tiltrådte, at skema A sendes til kommunen, når afdelingsmødet har godkendt planen."),
        P(4, "Husorden: el-løbehjul og ladestandere", "2021-0430",
          body=["Der har været flere tilfælde af opladning af el-løbehjul i kældergangene.",
                "Forslaget forbyder opladning indendørs i fællesarealer og etablerer 12 ladestandere på P-pladsen ved blok C."],
          decision="Godkendt med den ændring, at reglerne først forelægges afdelingsmøderne."),
        P(5, "Ophævelse af lejemål", "2021-0447", closed=True,
          body=["Lejeren Kasper Vindahl har trods påkrav en huslejerestance på 47.850 kr.",
                "Administrationen anbefaler, at sagen sendes til fogedretten."],
          decision="Godkendt.", secrets=["Kasper Vindahl", "47.850 kr."]),
        P(6, "Eventuelt", None,
          body=["Bestyrelsens julefrokost holdes fredag den 3. december i fælleshuset."]),
    ],
    question="Hvor mange lejligheder skal moderniseres i den store renoveringssag, og hvor meget stiger huslejen?", cite=3)
MEETINGS.append(M02)

# ---------------------------------------------------------------- 03 PDF
M03 = dict(
    file="03_vesterlund_oekonomiudvalg_2018.pdf", board="Økonomiudvalget",
    org="Vesterlund Kommune", date="2018-10-01", kind="referat",
    points=[
        P(1, "Godkendelse af dagsorden", None, decision="Godkendt."),
        P(2, "Budgetopfølgning pr. 31. august 2018", "00.30.10-S00-2-18",
          body=["Opfølgningen viser et forventet merforbrug på 7,9 mio. kr. på det specialiserede børneområde, primært til anbringelser uden for hjemmet.",
                "På anlægsområdet forventes et mindreforbrug på 12,3 mio. kr., fordi flere projekter er forsinkede. Der søges ikke om tillægsbevillinger på driften i denne omgang.",
                "Administrationen indstiller, at budgetopfølgningen tages til efterretning og oversendes til Byrådet."],
          decision="Anbefales over for Byrådet."),
        P(3, "Anlægsbevilling til ny børnehave i Skovbrynet", "82.02.00-G01-5-17",
          body=["Befolkningsprognosen viser et stigende antal børn i den østlige bydel. Der foreslås derfor opført en ny institution med plads til 120 børn i to etager med tilhørende legeplads.",
                "Den samlede anlægsudgift udgør 28,5 mio. kr. Byggeriet forventes igangsat i april 2019 og taget i brug til sommeren 2020.",
                "Administrationen indstiller, at der gives en anlægsbevilling på 28,5 mio. kr. finansieret af kassebeholdningen."],
          decision="Anbefales."),
        P(4, "Salg af byggegrund på Havnefronten", "02.34.02-G10-1-18", closed=True,
          body=["Efter offentligt udbud er der modtaget tre bud. Det højeste bud er afgivet af Nordvig Ejendomme ApS med en købesum på 14.250.000 kr.",
                "Administrationen anbefaler, at grunden sælges til højestbydende."],
          decision="Anbefales.", secrets=["Nordvig Ejendomme ApS", "14.250.000 kr."]),
        P(5, "Låneoptagelse 2018", "00.32.00-G01-1-18",
          body=["Kommunen har låneadgang vedrørende energibesparende projekter og ældreboliger. Det foreslås at hjemtage et lån på 18 mio. kr. i KommuneKredit som fastforrentet lån med en løbetid på 30 år."],
          decision="Anbefales."),
        P(6, "Personalesag", "81.03.00-G01-2-18", closed=True, body_present=False),
        P(7, "Høringssvar om trafikselskabets forslag til ny busplan", "13.05.00-P20-1-18",
          body=["Trafikselskabet har sendt forslag til ny busplan i høring med frist den 15. oktober.",
                "I forslaget udgår aftenafgangene på linje 214. Administrationen foreslår et høringssvar, hvor kommunen ønsker aftenbetjeningen bevaret af hensyn til pendlere og unge."],
          decision="Godkendt."),
    ],
    question="Hvor mange pladser får den nye institution i den østlige bydel, og hvornår begynder man at bygge?", cite=3)
MEETINGS.append(M03)

# ---------------------------------------------------------------- 04 EML
M04 = dict(
    file="04_noerreby_skolebestyrelse_2022.eml", board="Skolebestyrelsen ved Nørreby Skole",
    org="Nørreby Skole", date="2022-05-12", kind="referat",
    points=[
        P(1, "Godkendelse af dagsorden og referat", None, decision="Godkendt uden bemærkninger."),
        P(2, "Skolens budget 2022", None,
          body=["Skolelederen gennemgik budgettet. Der forventes et mindre overskud, som foreslås brugt på nye klassesæt i dansk til mellemtrinnet."],
          decision="Bestyrelsen bakker op om prioriteringen."),
        P(3, "Principper for lejrskole og ekskursioner", None,
          body=["Udkastet fastlægger, at alle klasser tager på lejrskole i 6. og 9. klasse, og at skolen betaler transport og aktiviteter.",
                "Forældrebetalingen til forplejning må højst være 150 kr. pr. døgn. Ingen elev må udelukkes af økonomiske grunde."],
          decision="Principperne blev vedtaget."),
        P(4, "Kommunens høring om afsætningsplads ved hovedindgangen", "22/4410",
          body=["Kommunen foreslår en kiss-and-ride-plads på Skolegade og ensretning i morgentimerne.",
                "Bestyrelsen støtter forslaget, men ønsker skolepatrulje ved overgangen ved Bageriet."],
          decision="Formanden udarbejder høringssvar."),
        P(5, "Elevsag", None, closed=True,
          body=["Forældrene til Mille Storgaard i 7.B har klaget over håndteringen af en konflikt i frikvarteret.",
                "Skolelederen redegjorde for forløbet og den opfølgende samtale."],
          decision="Bestyrelsen tog orienteringen til efterretning.", secrets=["Mille Storgaard"]),
        P(6, "Valg til skolebestyrelsen 2022", None,
          body=["Valgmødet holdes den 1. juni i aulaen. Tre forældrerepræsentanter er på valg, og to genopstiller."],
          decision="Næstformanden koordinerer opstillingsmødet."),
        P(7, "Eventuelt", None, body=["Sommerfesten flyttes til fredag i uge 25."]),
    ],
    question="Hvor meget må forældrene højst betale for maden, når klassen er afsted på tur med overnatning?", cite=3)
MEETINGS.append(M04)

# ---------------------------------------------------------------- 05 RTF
M05 = dict(
    file="05_kirkeby_menighedsraad_2020.rtf", board="Kirkeby Menighedsråd",
    org="Kirkeby Sogn", date="2020-02-11", kind="referat",
    points=[
        P(60, "Godkendelse af dagsorden", None, decision="Godkendt."),
        P(61, "Kassererens orientering og kvartalsrapport", None,
          body=["Kassereren gennemgik kvartalsrapporten for 4. kvartal 2019. Kassebeholdningen er tilfredsstillende."],
          decision="Taget til efterretning."),
        P(62, "Renovering af kirkens tag, tilbud", "19/087",
          body=["Der er indhentet tre tilbud på udskiftning af tagsten og lægter på skibets nordside. Laveste tilbud er fra en lokal tømrer på 612.000 kr. inkl. moms.",
                "Provstiudvalget har givet tilsagn om at finansiere arbejdet af 5 %-midlerne."],
          decision="Menighedsrådet antog laveste tilbud. Arbejdet udføres i sommeren 2020."),
        P(63, "Ansættelse af kirketjener", None, closed=True,
          body=["Ansættelsesudvalget har holdt samtaler med fire ansøgere og indstiller Henny Dalsgård til stillingen med tiltrædelse 1. april."],
          decision="Indstillingen blev godkendt.", secrets=["Henny Dalsgård"]),
        P(64, "Kirkegårdsvedtægt og takster 2020", "20/014",
          body=["Taksterne reguleres efter Kirkeministeriets takstniveau. Reglerne for gravstedsanlæg i den nye urnefællesgrav præciseres."],
          decision="Godkendt. Vedtægten sendes til provstiet."),
        P(65, "Konfirmationsforberedelse og minikonfirmander", None,
          body=["Præsten orienterede om, at 34 unge går til konfirmationsforberedelse. Minikonfirmandforløbet for 3. klasse starter efter vinterferien."],
          decision="Taget til efterretning."),
        P(66, "Gravstedssag", None, closed=True, body_present=False),
        P(67, "Eventuelt", None, body=["Næste møde holdes tirsdag den 10. marts."]),
    ],
    question="Hvad skal tømreren have for at lave taget, og hvor kommer pengene fra?", cite=62)
MEETINGS.append(M05)

# ---------------------------------------------------------------- 06 MD
M06 = dict(
    file="06_havdrup_forsyning_2023.md", board="Bestyrelsen for Havdrup Forsyning A/S",
    org="Havdrup Forsyning A/S", date="2023-03-28", kind="referat",
    points=[
        P(1, "Godkendelse af dagsorden", None, decision="Godkendt."),
        P(2, "Årsregnskab 2022", "330-2023-1187",
          body=["Årsregnskabet udviser et resultat på 2,4 mio. kr. før skat. Overdækningen tilbageføres til forbrugerne via taksterne.",
                "Revisionen har ingen væsentlige bemærkninger."],
          decision="Bestyrelsen godkendte og underskrev årsrapporten."),
        P(3, "Takster 2024 for drikkevand", "330-2023-1210",
          body=["Selskabet skal finansiere større investeringer i ledningsnettet. Det foreslås, at den variable vandpris stiger fra 9,85 kr. til 10,40 kr. pr. m³ ekskl. afgifter og moms.",
                "Det faste bidrag pr. måler fastholdes på 2023-niveau."],
          decision="Godkendt. Taksterne sendes til kommunalbestyrelsen til godkendelse."),
        P(4, "Renovering af vandværket i Skovhuse", "330-2022-3619",
          body=["Projektet omfatter en ny rentvandstank på 800 m³ og ny styring af filteranlægget. Budgettet er 11,6 mio. kr.",
                "Arbejdet udbydes i hovedentreprise med forventet opstart i september."],
          decision="Godkendt."),
        P(5, "Forhandling med entreprenør", "330-2023-1302", closed=True,
          body=["Entreprenøren Brødrene Sølvhøj A/S har fremsat krav om ekstrabetaling på 1.940.000 kr. for jordhåndtering på ledningsprojektet.",
                "Selskabets advokat vurderer kravet som delvist uberettiget."],
          decision="Direktionen forhandler videre inden for det drøftede mandat.",
          secrets=["Brødrene Sølvhøj", "1.940.000 kr."]),
        P(6, "Orientering om vandtab og ledningsbrud", None,
          body=["Vandtabet i 2022 var 6,8 pct. Der har været 14 ledningsbrud, heraf fem i frostperioden i december."],
          decision="Taget til efterretning."),
        P(7, "Eventuelt", None, body=["Ingen bemærkninger."]),
    ],
    question="Hvor meget dyrere bliver en kubikmeter vand fra næste år?", cite=3)
MEETINGS.append(M06)

# ---------------------------------------------------------------- 07 TXT (OCR 1958)
M07 = dict(
    file="07_fjordby_sogneraad_1958.txt", board="Fjordby Sogneråd",
    org="Fjordby Sogn", date="1958-03-13", kind="referat",
    points=[
        P(1, "Oplæsning af sidste Mødes Protokol", None),
        P(2, "Andragende om Vejbelysning paa Strandvejen", "41/58"),
        P(3, "Ansøgning om Hjælp efter Forsorgsloven", None, closed=True,
          secrets=["Karen Marie Thygesen", "Bakkehuset"]),
        P(4, "Skolens Opvarmning", "17/58"),
        P(5, "Tilskud til Gymnastikforeningen", "44/58"),
        P(6, "Eventuelt", None),
    ],
    question="hvor mange lygtepæle ønskede beboerne ved kysten, og hvad var overslaget?", cite=2)
MEETINGS.append(M07)

# ---------------------------------------------------------------- 08 XML (dagsorden)
M08 = dict(
    file="08_lindholm_boerneungeudvalg_2024.xml", board="Børne- og Ungeudvalget",
    org="Lindholm Kommune", date="2024-04-09", kind="dagsorden",
    points=[
        P(23, "Godkendelse af dagsorden", None, body=["Dagsordenen forelægges til godkendelse."]),
        P(24, "Kapacitet i dagtilbud 2024-2027", "24/3390",
          body=["Den nye befolkningsprognose viser ca. 140 flere 0-5-årige i Lindholm Nord frem mod 2027, især som følge af udstykningen ved Engtoften.",
                "Administrationen foreslår, at der opstilles en midlertidig pavillon med 44 pladser ved Børnehuset Engen fra januar 2025, mens en permanent løsning undersøges."],
          decision="Administrationen indstiller, at udvalget godkender opstilling af pavillonen og oversender sagen til budgetforhandlingerne."),
        P(25, "Kvalitetsrapport for folkeskolerne 2022/23", "24/1877",
          body=["Rapporten viser stabile karakterer i dansk og matematik, men et fald i elevernes trivsel på mellemtrinnet.",
                "Skolerne har hver især udarbejdet en handleplan for trivsel."],
          decision="Administrationen indstiller, at rapporten drøftes og sendes i høring i skolebestyrelserne."),
        P(26, "Klagesag vedrørende dagtilbud", "24/4102", closed=True,
          body=["Forældremyndighedsindehaver Ida Kronborg har klaget over afgørelse om skift af dagtilbud for sit barn.",
                "Administrationen gennemgår sagsforløbet på mødet."],
          decision="Administrationen indstiller, at afgørelsen fastholdes.", secrets=["Ida Kronborg"]),
        P(27, "Ungdomsklubbernes åbningstider i sommerferien", "24/3921",
          body=["Det foreslås, at klubberne i Lindholm og Vedstrup holder åbent i alle sommerferiens uger med fælles aftenåbent torsdag."],
          decision="Administrationen indstiller, at forslaget godkendes."),
        P(28, "Meddelelser", None, body=["Orientering om ansættelse af ny dagtilbudschef."]),
    ],
    question="Hvor mange flere småbørn ventes i den nordlige del af kommunen, og hvad foreslås der gjort ved det?", cite=24)
MEETINGS.append(M08)

# ---------------------------------------------------------------- 09 HTM (tillægsreferat, Word HTML)
M09 = dict(
    file="09_aalsted_byraad_tillaeg_2016.htm", board="Byrådet",
    org="Ålsted Kommune", date="2016-11-24", kind="tillægsreferat",
    points=[
        P(211, "Ekstraordinær budgetopfølgning – ældreområdet", "16/21904",
          body=["Hjemmeplejen forventer en merudgift på 4,2 mio. kr. i 2016 som følge af flere borgere med omfattende plejebehov.",
                "Økonomiudvalget anbefaler en tillægsbevilling finansieret af kassebeholdningen."],
          decision="Godkendt. Venstre (V) stemte imod."),
        P(212, "Anlægsbevilling til cykelsti langs Møllevej", "16/19377",
          body=["Cykelstien bliver 1,9 km lang og forbinder Bøgely med skolen i Ålsted. Anlægsudgiften er 7,1 mio. kr.",
                "Vejdirektoratets cykelpulje har givet tilsagn om at dække 50 pct. af udgiften. Resten finansieres af kommunens anlægsramme for trafik."],
          decision="Godkendt."),
        P(213, "Navngivning af vej i nyt boligområde", "16/22015",
          body=["Plan- og Teknikudvalget anbefaler navnet Kornblomstvej til den nye boligvej i lokalplanområde 1.47."],
          decision="Godkendt."),
        P(214, "Køb af ejendom", "16/22310", closed=True,
          body=["Sælger har accepteret kommunens tilbud om køb af ejendommen Hestehavegård til en købesum på 3.475.000 kr. med henblik på fremtidig byudvikling."],
          decision="Godkendt.", secrets=["Hestehavegård", "3.475.000 kr."]),
        P(215, "Udtræden af Byrådet og indtræden af stedfortræder", "16/22101",
          body=["Anna Lykke (A) har anmodet om at udtræde af Byrådet på grund af flytning. Første stedfortræder Jens Vad (A) indtræder fra 1. december 2016."],
          decision="Godkendt."),
    ],
    question="Hvor lang bliver den nye sti for cyklister, og hvem betaler halvdelen?", cite=212)
MEETINGS.append(M09)

# ---------------------------------------------------------------- 10 ODT (English parish council)
M10 = dict(
    file="10_ashcombe_parish_2019.odt", board="Ashcombe Parish Council",
    org="Ashcombe Parish Council", date="2019-11-14", kind="referat",
    points=[
        P(1, "Apologies for absence", None, body=["Apologies were received and accepted from Cllr Dorling (work commitments)."]),
        P(2, "Declarations of interest", None, body=["Cllr Marsh declared a non-pecuniary interest in item 4 as a neighbour of the applicant."]),
        P(3, "Minutes of the previous meeting", None,
          decision="RESOLVED that the minutes of the meeting held on 10th October 2019 be approved and signed as a true record."),
        P(4, "Planning applications", "19/01873/FUL",
          body=["Erection of a two-storey rear extension at 4 Mill Lane. Members noted the revised drawings."],
          decision="RESOLVED to raise no objection."),
        P(5, "Precept 2020/21", None,
          body=["The Responsible Financial Officer presented the draft budget. Grass cutting and the play area inspection contract account for most of the increase."],
          decision="RESOLVED to request a precept of £18,450 for 2020/21, an increase of 3.2% on the current year."),
        P(6, "Staffing: salary review", None, closed=True,
          body=["Following the annual appraisal, members considered the Clerk's pay. Mrs Valerie Penhallow is to move to £14.87 per hour from 1st April 2020."],
          decision="RESOLVED as recommended by the Staffing Committee.",
          secrets=["Valerie Penhallow", "£14.87 per hour"]),
        P(7, "Legal matter: recreation ground boundary", None, closed=True,
          body=["The Chairman reported on correspondence from Hartley Quayle LLP acting for the adjoining landowner. A settlement of £2,750 towards fencing was proposed."],
          decision="RESOLVED to accept the proposed settlement.",
          secrets=["Hartley Quayle LLP", "£2,750"]),
        P(8, "Date of next meeting", None, body=["Thursday 12th December 2019 at 7.30pm in the Village Hall."]),
    ],
    question="How much council tax money is the parish asking for next year, and how big is the rise?", cite=5)
MEETINGS.append(M10)


# ======================================================================
# renderers
# ======================================================================
def esc(s):
    return html.escape(s, quote=True)


def render_01(m):
    pts = m["points"]
    nav = "\n".join(f'        <li><a href="#pkt{p["num"]}">{p["num"]} {esc(p["title"])}</a></li>' for p in pts)
    out = [f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Referat - Teknik- og Miljøudvalget - 03-10-2019 - Solbjerg Kommune</title>
<link rel="stylesheet" href="/static/css/publicering.css">
<script src="/static/js/cookieconsent.js"></script>
</head>
<body>
<div id="cookiebar">Vi bruger cookies til statistik. <a href="/cookies">Læs mere</a> <button>OK</button></div>
<header class="site-header">
  <a class="logo" href="/">Solbjerg Kommune</a>
  <nav class="topnav"><ul><li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li><li><a href="/politik">Politik</a></li><li><a href="/om">Om kommunen</a></li></ul></nav>
  <form class="search"><input type="text" placeholder="Søg på solbjerg.dk"></form>
</header>
<div class="breadcrumb"><a href="/">Forside</a> &gt; <a href="/politik">Politik</a> &gt; <a href="/politik/dagsordener">Dagsordener og referater</a> &gt; Teknik- og Miljøudvalget</div>
<div class="layout">
<aside class="sidebar">
  <h3>Dagsordenpunkter</h3>
  <ul>
{nav}
  </ul>
  <p><a href="?print=1">Udskriv</a> | <a href="?pdf=1">Hent som PDF</a></p>
</aside>
<main id="indhold">
<h1>Referat</h1>
<table class="moedeinfo">
  <tr><th>Udvalg:</th><td>Teknik- og Miljøudvalget</td></tr>
  <tr><th>Mødedato:</th><td>Torsdag, Oktober 3, 2019</td></tr>
  <tr><th>Mødetidspunkt:</th><td>16:00 - 18:15</td></tr>
  <tr><th>Mødested:</th><td>Mødelokale 2, Rådhuset</td></tr>
  <tr><th>Medlemmer:</th><td>Poul Ravnsborg (formand), Signe Hald, Ahmad Rashid, Lise-Lotte Brink, Torben Aas</td></tr>
  <tr><th>Fraværende:</th><td>Ingen</td></tr>
</table>
"""]
    for p in pts:
        lukket = " (Lukket punkt)" if p["closed"] else ""
        out.append(f'<section class="punkt" id="pkt{p["num"]}">')
        out.append(f'<h2>Pkt. {p["num"]} {esc(p["title"])}{lukket}</h2>')
        if p["case"]:
            out.append(f'<div class="sagsnr">Acadre sagsnr.: {p["case"]}</div>')
        if p["body"]:
            out.append('<h3>Sagsfremstilling</h3>')
            out += [f"<p>{esc(b)}</p>" for b in p["body"]]
        if p["decision"]:
            out.append('<h3>Beslutning i Teknik- og Miljøudvalget den 3. oktober 2019:</h3>')
            out.append(f"<p>{esc(p['decision'])}</p>")
        out.append('<p class="tiltop"><a href="#indhold">Til toppen</a></p>')
        out.append("</section>")
    out.append("""</main>
</div>
<footer class="site-footer">
  <p>Solbjerg Kommune · Rådhustorvet 1 · 4600 Solbjerg · Tlf. 70 00 00 00</p>
  <p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/privatliv">Privatlivspolitik</a></p>
</footer>
</body>
</html>
""")
    return "\n".join(out)


def render_02(m, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Boligforeningen Elmegården · Organisationsbestyrelsen"
    sec.footer.paragraphs[0].text = "Administrationen, Elmevej 12, 2650 Elmerup"
    d.add_heading("Referat af møde i organisationsbestyrelsen", level=0)
    d.add_paragraph("Den 14.09.2021 kl. 17:00")
    d.add_paragraph("Sted: Fælleshuset, Elmevej 12")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    rows = [("Til stede:", "Jette Holm (formand), Bo Winther, Samira Aziz, Ole Frandsen"),
            ("Afbud:", "Inge Bech"),
            ("Referent:", "Administrationen v/ forretningsfører")]
    for r, (a, b) in zip(t.rows, rows):
        r.cells[0].text, r.cells[1].text = a, b
    d.add_paragraph("")
    d.add_paragraph("Dagsorden", style="Heading 2")
    for p in m["points"]:
        d.add_paragraph(f'{p["title"]}' + (" (fortroligt)" if p["closed"] else ""), style="List Number")
    for p in m["points"]:
        title = f'{p["num"]}. ' + ("Fortroligt – " if p["closed"] else "") + p["title"]
        d.add_heading(title, level=1)
        if p["case"]:
            d.add_paragraph(f'J.nr. {p["case"]}')
        for b in p["body"]:
            d.add_paragraph(b)
        if p["decision"]:
            para = d.add_paragraph()
            r = para.add_run("Beslutning: ")
            r.bold = True
            para.add_run(p["decision"])
    d.add_paragraph("")
    d.add_paragraph("Referatet er godkendt elektronisk af formanden.")
    d.save(path)


# ---- PDF helpers
def pdf_str(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def hyph_wrap(text, width, protect):
    """greedy wrap; long words that overflow are hyphenated (not protected ones)."""
    for ph in protect:  # keep protected phrases on one line
        text = text.replace(ph, ph.replace(" ", "\x01"))
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - 2
        prot = any(w in s or s in w for s in protect)
        if len(w) >= 10 and room >= 4 and not prot and w.isalpha():
            cut = min(room, len(w) - 3)
            lines.append((cur + " " + w[:cut] + "-").strip())
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [ln.replace("\x01", " ") for ln in lines]


def render_03(m):
    protect = [s for p in m["points"] for s in p["secrets"]] + ["28,5 mio. kr.", "120 børn"]
    # logical lines: (font, size, text)
    L = [("F2", 16, "Økonomiudvalget"), ("F1", 11, "REFERAT"),
         ("F1", 10, "Mandag den 1. oktober 2018 kl. 15.30"),
         ("F1", 10, "Mødelokale 1, Rådhuset, Vesterlund"), ("F1", 10, ""),
         ("F1", 10, "Medlemmer: Karin Bak (borgmester, formand), Henrik Lund, Ulla Sørensen,"),
         ("F1", 10, "Mads Tofte, Jesper Nyvang, Pia Krog, Lars Mikkelsen"),
         ("F1", 10, "Fraværende: Ingen"), ("F1", 10, ""), ("F2", 12, "Indholdsfortegnelse")]
    for i, p in enumerate(m["points"]):
        t = f'{p["num"]}. ' + ("Lukket punkt: " if p["closed"] else "") + p["title"]
        L.append(("F1", 10, t + " " + "." * max(3, 78 - len(t)) + " " + str(1 + (i + 2) // 3)))
    L.append(("NEWPAGE", 0, ""))
    for p in m["points"]:
        L.append(("F1", 10, ""))
        L.append(("F2", 12, f'{p["num"]}. ' + ("Lukket punkt: " if p["closed"] else "") + p["title"]))
        if p["case"]:
            L.append(("F1", 9, f'Sagsnr.: {p["case"]}'))
        if p["closed"] and not p["body_present"]:
            L.append(("F1", 10, "Punktet er behandlet for lukkede døre."))
            continue
        if p["body"]:
            L.append(("F2", 10, "Sagsfremstilling"))
            for b in p["body"]:
                for ln in hyph_wrap(b, 88, protect):
                    L.append(("F1", 10, ln))
                L.append(("F1", 10, ""))
        if p["decision"]:
            L.append(("F2", 10, "Beslutning i Økonomiudvalget den 1. oktober 2018:"))
            L.append(("F1", 10, p["decision"]))
    L.append(("F1", 10, ""))
    L.append(("F1", 9, "Mødet hævet kl. 17.05"))
    # paginate
    pages, cur, y = [], [], 0
    per_page = 40
    for item in L:
        if item[0] == "NEWPAGE" or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if item[0] == "NEWPAGE":
                continue
        cur.append(item)
    pages.append(cur)
    N = len(pages)
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 5
    for pi, lines in enumerate(pages, 1):
        s = ["BT /F1 8 Tf 50 810 Td " + pdf_str("Vesterlund Kommune - Økonomiudvalget - Referat 01.10.2018") + " Tj ET",
             "BT /F1 8 Tf 480 810 Td " + pdf_str(f"Side {pi} af {N}") + " Tj ET"]
        y = 780
        for font, size, text in lines:
            if text:
                if font == "F2" and size == 12 and text[0].isdigit() and "...." not in text:
                    # heading written as TJ array with slight kerning, like many generators do
                    head, rest = text.split(" ", 1)
                    s.append(f"BT /{font} {size} Tf 50 {y} Td [{pdf_str(head + ' ')} -15 {pdf_str(rest)}] TJ ET")
                else:
                    s.append(f"BT /{font} {size} Tf 50 {y} Td {pdf_str(text)} Tj ET")
            y -= 16 if size >= 12 else 14
        s.append("BT /F1 8 Tf 50 30 Td " + pdf_str("Referatet er offentliggjort på vesterlund.dk") + " Tj ET")
        stream = "\n".join(s)
        cid, pid = nxt, nxt + 1
        nxt += 2
        data = stream.encode("latin-1")
        objs[cid] = f"<< /Length {len(data)} >>\nstream\n".encode("latin-1") + data + b"\nendstream"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {cid} 0 R "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>")
        kids.append(pid)
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    info = nxt
    objs[info] = "<< /Title (Referat Oekonomiudvalget 01-10-2018) /Producer (Hand-written PDF) >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        body = objs[i] if isinstance(objs[i], bytes) else objs[i].encode("latin-1")
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n".encode() + b"0000000000 65535 f \n"
    for i in range(1, n):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def render_04(m):
    b = ["Hej alle", "",
         "Hermed referat fra skolebestyrelsesmødet torsdag d. 12-maj-2022 kl. 19.00-21.30 i personalerummet.", "",
         "Til stede: Maria Kofoed (formand), Niels Brandt, Heidi Lau, Yusuf Demir, elevrådsrepr. fra 8.A og 9.C, skoleleder Kim Aarup",
         "Afbud: Trine Skov", "",
         "Referent: Heidi Lau", "", "-" * 60, ""]
    for p in m["points"]:
        b.append(f'Punkt {p["num"]} - {p["title"]}' + (" (lukket)" if p["closed"] else ""))
        if p["case"]:
            b.append(f'(kommunens sagsnr: {p["case"]})')
        b += p["body"]
        if p["decision"]:
            b.append("Beslutning: " + p["decision"])
        b.append("")
    b += ["-" * 60, "", "Næste møde: tirsdag d. 14. juni kl. 19.00.", "",
          "Venlig hilsen", "Heidi Lau", "Sekretær for skolebestyrelsen", "", "",
          "-----Oprindelig meddelelse-----", "Fra: Maria Kofoed", "Sendt: 5. maj 2022 20:41",
          "Emne: Dagsorden skolebestyrelsesmøde", ""]
    for p in m["points"]:
        b.append(f'> {p["num"]}. {p["title"]}')
    body = "\n".join(b) + "\n"
    msg = EmailMessage()
    msg["From"] = "Heidi Lau <heidi.lau.sb@example.dk>"
    msg["To"] = "skolebestyrelsen@norreby-skole.example.dk"
    msg["Subject"] = "Referat skolebestyrelsesmøde 12-maj-2022"
    msg["Date"] = "Fri, 13 May 2022 09:14:02 +0200"
    msg["Message-ID"] = "<20220513091402.4711@example.dk>"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % o)
    return "".join(out)


def render_05(m):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0",
         r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red128\green0\blue0;}",
         r"{\info{\title Referat menighedsraad}{\author Kirkekontoret}}",
         r"\paperw11906\paperh16838\margl1417\margr1134\f1\fs22",
         r"{\pard\qc\b\fs32 " + rtf_esc("Kirkeby Menighedsråd") + r"\par}",
         r"{\pard\qc\fs24 " + rtf_esc("Referat af menighedsrådsmøde") + r"\par}",
         r"{\pard\qc " + rtf_esc("Tirsdag den 11. februar 2020 kl. 19.00 i Sognegården") + r"\par}",
         r"\pard\par",
         r"{\pard " + rtf_esc("Til stede: Erik Munk (formand), Birgit Lindhardt (kasserer), Anne Vester (kontaktperson), Per Toft, Hanne Juul, sognepræst Ditte Krag") + r"\par}",
         r"{\pard " + rtf_esc("Fraværende: kirkeværge Søren Hede (afbud)") + r"\par}",
         r"\pard\par"]
    for p in m["points"]:
        head = f'Nr.{p["num"]} - ' + ("LUKKET SAG: " if p["closed"] else "") + p["title"]
        r.append(r"{\pard\sb240\b\cf2 " + rtf_esc(head) + r"\par}")
        if p["case"]:
            r.append(r"{\pard\i " + rtf_esc(f'Sagsnr: {p["case"]}') + r"\par}")
        if p["closed"] and not p["body_present"]:
            r.append(r"{\pard " + rtf_esc("Behandlet for lukkede døre.") + r"\par}")
            continue
        for b in p["body"]:
            r.append(r"{\pard " + rtf_esc(b) + r"\par}")
        if p["decision"]:
            r.append(r"{\pard\b " + rtf_esc("Beslutning: ") + r"\b0 " + rtf_esc(p["decision"]) + r"\par}")
    r.append(r"\pard\par")
    r.append(r"{\pard " + rtf_esc("Underskrifter: ____________________________") + r"\par}")
    r.append("}")
    return "\n".join(r) + "\n"


def render_06(m):
    o = ["# Bestyrelsesmøde i Havdrup Forsyning A/S", "",
         "**Mødedato:** 28. marts 2023, kl. 14.00–16.30  ",
         "**Sted:** Administrationsbygningen, Vandværksvej 3, Havdrup  ",
         "**Deltagere:** Jens Albæk (formand), Rikke Skov (næstformand), Tage Holm, Malene Dyhr, Bjørn Rask (medarbejdervalgt)  ",
         "**Fra administrationen:** Adm. direktør Susanne Friis, økonomichef (referent)  ", "",
         "---", "", "## Dagsorden", ""]
    for p in m["points"]:
        o.append(f'{p["num"]}. {p["title"]}' + (" *(unntaget offentlighed)*" if p["closed"] else ""))
    o += ["", "---", ""]
    for p in m["points"]:
        o.append(f'## Pkt. {p["num"]}: {p["title"]}')
        if p["closed"]:
            o.append("")
            o.append("> **Unntaget offentlighed** – jf. offentlighedslovens § 30, nr. 2")
        if p["case"]:
            o += ["", f'Sagsnr. {p["case"]}']
        if p["body"]:
            o += ["", "**Sagsfremstilling**", ""] + [x + "\n" for x in p["body"]]
        if p["decision"]:
            o += ["", f'**Beslutning:** {p["decision"]}']
        o.append("")
    o += ["---", "", "_Referatet godkendes på næste bestyrelsesmøde._", ""]
    return "\n".join(o)


def render_07(m):
    return """                    Fjordby Sogneraads Forhandlingsprotokol
                                  - 23 -

Aar l958, Torsdag den 13. Marts Kl. 19,30 afholdtes ordinært Møde i
Fjordby Sogneraad paa Skolen. Samtlige Medlemmer var mødt undtagen
Gaardejer Niels Overgaard, der havde meldt Forfald. Sognerandsformand
Gdr. Anders P. Lund ledede Mødet.

Saq nr. l. Oplæsning af sidste Mødes Protokol.
Protokollen oplæstes og godkendtes uden Bemærkninger.

Saq nr. 2. Andragende om Vejbelysning paa Strandvejen.   J. Nr. 41/58
Fra 11 Beboere paa Strandvejen forelaa Andragende om Opsætning af
6 Lygtepæle fra Mejeriet til Badehotellet, da Vejen om Vinteren er
meget mørk for Skolebørn og Cyklister. Elektricitetsværket har givet
Overslag paa ca. 2.400 Kr. inkl. Ledning.
Vedtoges enstemmigt. Arbejdet udføres inden Efteraaret.

Saq nr. 3. Ansøgning om Hjælp efter Forsorgsloven.
Sagen behandledes for lukkede Døre.
Enken Karen Marie Thygesen, Bakkehuset, ansøger om Hjælp til Brænd-
sel for Resten af Vinteren. Formanden har besøgt Ansøgeren.
Bevilget 180 Kr. udbetalt i Brændselsanvisninger.

\f                    Fjordby Sogneraads Forhandlingsprotokol
                                  - 24 -

Saq nr. 4. Skolens Opvarmning.                           J. Nr. 17/58
Skolekommissionen har indstillet, at Kakkelovnene i de to Klasseværel-
ser erstattes af Centralvarme. Tilbud fra Smedemester Jensen, Fjordby,
lyder paa 8.950 Kr. Sogneraa det fandt Beløbet for stort i Aar.
Udsat til næste Møde, idet der indhentes Tilbud fra yderligere
en Smed.

Saq nr. 5. Tilskud til Gymnastikforeningen.              J. Nr. 44/58
Fjordby Gymnastikforening ansøger om Tilskud til nye Maatter til
Opvisningen. Der bevilgedes 150 Kr.

Saq nr. 6. Eventuelt.
Vejmanden paatales for mangelfuld Snekastning ved Kirken i Februar.
Formanden taler med ham.

                              Mødet hævet Kl. 22,l5.

        A. P. Lund      Hans Kr. Møller      Jens Vinther
        Olaf Dam        Peder Nielsen        Chr. Bruun
"""


def render_08(m):
    from xml.sax.saxutils import escape as x
    o = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!-- Eksport fra dagsordensystem, format 2.3 -->',
         '<dagsorden xmlns="urn:example:dagsorden:2.3" type="dagsorden" status="offentliggjort">',
         '  <kommune>Lindholm Kommune</kommune>',
         '  <udvalg kode="BUU">Børne- og Ungeudvalget</udvalg>',
         '  <moede id="BUU-2024-04" dato="2024-04-09" start="16:00" slut="18:30">',
         '    <sted>Udvalgsværelse 3, Rådhuset</sted>',
         '    <medlemmer>',
         '      <medlem rolle="formand">Camilla Westh</medlem>',
         '      <medlem>Peter Holst</medlem>',
         '      <medlem>Nadia El-Amin</medlem>',
         '      <medlem>Søren Brix</medlem>',
         '      <medlem>Grethe Lund</medlem>',
         '    </medlemmer>',
         '  </moede>',
         '  <punkter>']
    for p in m["points"]:
        code = f'BUU {p["num"]}/2024'
        o.append(f'    <punkt nr="{p["num"]}" kode="{code}" lukket="{str(p["closed"]).lower()}">')
        o.append(f'      <titel>{x(("Lukket punkt: " if p["closed"] else "") + p["title"])}</titel>')
        if p["case"]:
            o.append(f'      <sagsnr>{p["case"]}</sagsnr>')
        if p["body"]:
            o.append('      <felt navn="Sagsfremstilling">')
            o += [f'        <afsnit>{x(b)}</afsnit>' for b in p["body"]]
            o.append('      </felt>')
        if p["decision"]:
            o.append(f'      <felt navn="Indstilling"><afsnit>{x(p["decision"])}</afsnit></felt>')
        o.append('      <felt navn="Beslutning"/>')
        o.append('    </punkt>')
    o += ['  </punkter>', '</dagsorden>', '']
    return "\n".join(o)


def render_09(m):
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 14">
<title>Tillægsreferat Byrådet 24-11-2016</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Sekretariatet</o:Author>
  <o:Pages>4</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri","sans-serif";}
p.MsoToc1 {margin-bottom:5.0pt; tab-stops:right dotted 453.1pt;}
h1 {font-size:14.0pt;}
-->
</style>
</head>
<body lang=DA style='tab-interval:65.2pt'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>&Aring;lsted Kommune<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>Till&aelig;gsreferat<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'>Byr&aring;det<o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'>Torsdag den 24. november 2016 kl. 18.00, Byr&aring;dssalen<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Till&aelig;gsreferatet indeholder punkter, der blev optaget p&aring; dagsordenen efter udsendelsen af den ordin&aelig;re dagsorden.<o:p></o:p></p>
<p class=MsoNormal>Frav&aelig;rende: Kirsten Holm (F)<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Indholdsfortegnelse<o:p></o:p></b></p>
"""
    o = [head]
    for i, p in enumerate(m["points"]):
        t = f'{p["num"]}. ' + ("Lukket: " if p["closed"] else "") + p["title"]
        o.append(f"<p class=MsoToc1><a href=\"#_Toc{p['num']}\">{html.escape(t)}<span style='mso-tab-count:1 dotted'>"
                 f"{'.' * 40}</span>{2 + i}</a><o:p></o:p></p>")
    o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    o.append("<span style='font-size:11.0pt'><br clear=all style='page-break-before:always'></span>")
    for p in m["points"]:
        t = f'{p["num"]}. ' + ("Lukket: " if p["closed"] else "") + p["title"]
        o.append(f"<h1><a name=\"_Toc{p['num']}\"></a>{html.escape(t)}<o:p></o:p></h1>")
        if p["case"]:
            o.append(f"<p class=MsoNormal><span style='color:#595959'>Sagsnr.: {p['case']}</span><o:p></o:p></p>")
        if p["body"]:
            o.append("<p class=MsoNormal><b>Sagsfremstilling<o:p></o:p></b></p>")
            o += [f"<p class=MsoNormal>{html.escape(b)}<o:p></o:p></p>" for b in p["body"]]
        if p["decision"]:
            o.append("<p class=MsoNormal><b>Beslutning i Byr&aring;det den 24. november 2016:<o:p></o:p></b></p>")
            o.append(f"<p class=MsoNormal>{html.escape(p['decision'])}<o:p></o:p></p>")
        o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    o.append("</div>\n</body>\n</html>\n")
    return "\n".join(o).encode("cp1252", errors="xmlcharrefreplace")


def render_10(m, path):
    from xml.sax.saxutils import escape as x
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    body = []
    body.append('<text:h text:outline-level="1">ASHCOMBE PARISH COUNCIL</text:h>')
    body.append('<text:p text:style-name="Centre">Minutes of the meeting of the Parish Council held on Thursday 14th November 2019 at 7.30pm in Ashcombe Village Hall</text:p>')
    body.append('<text:p>Present: Cllr R. Pengelly (Chairman), Cllr J. Marsh, Cllr S. Okafor, Cllr T. Whitlock, Cllr A. Bray</text:p>')
    body.append('<text:p>In attendance: the Clerk and two members of the public</text:p>')
    body.append('<text:p/>')
    body.append('<text:p>Public participation: a resident asked about the state of the footpath to Mill Lane. The Chairman agreed to report it to the County Council.</text:p>')
    for p in m["points"]:
        mark = ""
        if p["closed"]:
            mark = "EXEMPT ITEM – " if p["num"] == 6 else "CONFIDENTIAL – "
        body.append(f'<text:h text:outline-level="2">Item {p["num"]}<text:tab/>{x(mark + p["title"])}</text:h>')
        if p["closed"]:
            body.append('<text:p text:style-name="Italic">Resolved that, in view of the confidential nature of the business to be transacted, the press and public be excluded (Public Bodies (Admission to Meetings) Act 1960).</text:p>')
        if p["case"]:
            body.append(f'<text:p>Application ref: {x(p["case"])}</text:p>')
        for b in p["body"]:
            body.append(f'<text:p>{x(b)}</text:p>')
        if p["decision"]:
            body.append(f'<text:p><text:span text:style-name="Bold">{x(p["decision"])}</text:span></text:p>')
    body.append('<text:p/>')
    body.append('<text:p>The meeting closed at 9.05pm.</text:p>')
    body.append('<text:p>Signed ……………………… (Chairman)<text:s text:c="4"/>Date ………………</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Italic" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style>'
               '<style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>'
               '</office:automatic-styles><office:body><office:text>'
               + "".join(body) + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2">'
            '<office:meta><meta:generator>LibreOffice/6.3</meta:generator></office:meta></office:document-meta>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def main():
    def w(name, data):
        mode = "wb" if isinstance(data, (bytes, bytearray)) else "w"
        with open(os.path.join(HERE, name), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
            f.write(data)

    w(M01["file"], render_01(M01))
    render_02(M02, os.path.join(HERE, M02["file"]))
    w(M03["file"], render_03(M03))
    w(M04["file"], render_04(M04))
    w(M05["file"], render_05(M05))
    w(M06["file"], render_06(M06))
    w(M07["file"], render_07(M07))
    w(M08["file"], render_08(M08))
    w(M09["file"], render_09(M09))
    render_10(M10, os.path.join(HERE, M10["file"]))

    exp = []
    for m in MEETINGS:
        exp.append({
            "file": m["file"], "board": m["board"], "date": m["date"], "kind": m["kind"],
            "points": [[p["num"], p["title"], p["case"], p["closed"]] for p in m["points"]],
            "secrets": [s for p in m["points"] if p["closed"] for s in p["secrets"]],
            "question": m["question"], "cite_punkt": m["cite"],
        })
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", len(exp), "files + expected.json")


if __name__ == "__main__":
    main()
