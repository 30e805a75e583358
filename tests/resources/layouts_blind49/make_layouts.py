#!/usr/bin/env python3
"""Generator for the invented minutes in layouts_blind49 (all names, sums, case numbers invented).
Run with system python3 (python-docx + fpdf2). Writes the 10 files + expected.json next to itself."""
import json, os, html
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))

# point: (number, title, case, closed, body_paragraphs, decision)
FILES = [
 dict(file="01_skovlund_teknik-og-miljoeudvalget_2019.html", board="Teknik- og Miljøudvalget", date="2019-03-12", kind="referat",
  muni="Skovlund Kommune", datestr="tirsdag den 12. marts 2019", time="kl. 16:00 - 18:10", place="Udvalgsværelse 2, Skovlund Rådhus",
  members=["Birte Fogh Andreasen (formand)", "Kasper Lindum", "Oluf Stenager", "Pernille Ravn", "Said Amiri (afbud)"],
  question="Hvad koster det om året at køre den nye bus ud til erhvervskvarteret ved Hvidkilde?", cite=3,
  points=[
   (1, "Godkendelse af dagsorden", "19/00231", False, ["Dagsordenen forelægges til godkendelse."], "Godkendt."),
   (2, "Trafiksikkerhedsplan 2019-2022", "18/22917", False,
    ["Forvaltningen har udarbejdet forslag til ny trafiksikkerhedsplan med i alt 14 projekter, herunder hævede flader ved tre skoler og ny belysning på Ålykkevej.",
     "Planen forudsætter anlægsmidler på 3,2 mio. kr. fordelt over fire år."],
    "Udvalget anbefaler planen over for Økonomiudvalget og Byrådet, idet projektet ved Bakkegårdsskolen prioriteres først."),
   (3, "Ny busrute 214 til Hvidkilde Erhvervsområde", "19/01877", False,
    ["Trafikselskabet Sydbus har på forvaltningens anmodning beregnet udgiften til en ny rute 214 mellem Skovlund Station og Hvidkilde Erhvervsområde med halvtimesdrift i myldretiden.",
     "Den årlige nettoudgift for kommunen er beregnet til 640.000 kr."],
    "Udvalget godkendte, at ruten etableres som forsøg i to år fra køreplanskiftet i december 2019."),
   (4, "Lukket punkt: Køb af ejendom", "19/03302", True,
    ["Forvaltningen har forhandlet med ejer Henning Bragstrup om erhvervelse af ejendommen Mølledamsvej 17 med henblik på vejudvidelse.",
     "Der er givet et endeligt tilbud på 2.415.000 kr. inkl. omkostninger."],
    "Udvalget godkendte tilbuddet. Sagen oversendes til Økonomiudvalget."),
   (5, "Evaluering af vintertjenesten 2018/19", "19/02010", False,
    ["Vintersæsonen har været mild. Der er udlagt 1.950 tons salt mod 3.400 tons i en normalsæson.",
     "Der er registreret 31 udkald, heraf 4 med snerydning."],
    "Taget til efterretning."),
   (6, "Meddelelser", None, False, ["Formanden orienterede om KTC's årsmøde."], "Til orientering."),
  ]),
 dict(file="02_vesterhede_kommunalbestyrelsen_1978.txt", board="Vesterhede Kommunalbestyrelse", date="1978-03-14", kind="referat",
  muni="Vesterhede Kommune", datestr="Tirsdag den 14/3-78 kl. 19.30", place="Raadhusets mødesal",
  members=["Borgmester Knud Aa. Thygesen", "Erna Bøgh", "Poul Vestergaard", "Harald Kjeldsen", "Inger Lise Dam", "Svend Madsen", "Viggo Riis", "Kirsten Holm", "Arne Bak", "Ejnar Thomsen", "Gunnar Lauridsen"],
  question="Fik sportsklubben tilskud til at bygge deres nye klubhus?", cite=2,
  points=[
   (1, "Protokollen fra sidste møde", None, False, ["Protokollen fra mødet den 14/2-78 blev oplæst."], "Godkendt og underskrevet."),
   (2, "Ansøgning fra Vesterhede Idrætsforening om tilskud til nyt klubhus", "18.15.00", False,
    ["Foreningen ansøger om tilskud til opførelse af klubhus ved stadion. Byggesummen er anslået til 186.000 kr. Foreningen udfører selv en del af arbejdet.",
     "Kultur- og fritidsudvalget indstiller et tilskud paa 45.000 kr."],
    "Indstillingen vedtaget med 9 stemmer mod 2 (Harald Kjeldsen og Viggo Riis)."),
   (3, "Kloakering af Bygaden og Kirkestien", "06.01.03", False,
    ["Der er afholdt licitation den 2/3-78. Der er indkommet 5 tilbud. Lavestbydende er entreprenør P. Skærbæk, Ulstrup, med 312.400 kr.",
     "Teknisk udvalg indstiller, at arbejdet overdrages til lavestbydende."],
    "Vedtaget. Arbejdet skal være afsluttet inden 1. oktober 1978."),
   (4, "Personalesag (behandlet for lukkede døre)", "81.01.12", True,
    ["Kommunalbestyrelsen behandlede sagen vedr. assistent Ingrid Mølgaard-Hansen, kæmnerkontoret.",
     "Økonomiudvalget indstiller afsked pr. 1. maj 1978 med fratrædelsesgodtgørelse svarende til 3 måneders løn."],
    "Vedtaget enstemmigt."),
   (5, "Snerydning af private fællesveje", "05.04.00", False,
    ["Grundejerforeningen Lyngbakken har anmodet om, at kommunen overtager snerydningen af foreningens veje.",
     "Teknisk udvalg foreslaar, at kommunen tilbyder rydning mod betaling af 2,10 kr. pr. løbende meter pr. vinter."],
    "Vedtaget."),
   (6, "Eventuelt", None, False, ["Erna Bøgh spurgte til gadebelysningen paa Skolevej. Borgmesteren svarede, at sagen er sendt til NESA."], None),
  ]),
 dict(file="03_bramsdal_boerne-og-skoleudvalget_2021.docx", board="Børne- og Skoleudvalget", date="2021-09-07", kind="referat",
  muni="Bramsdal Kommune", datestr="07.09.2021", time="15:00", place="Mødelokale Lærken, Bramsdal Rådhus",
  members=["Lone Kærgaard (formand)", "Thomas Brix", "Hanne Sejersen", "Mikkel Aagaard", "Yasmin Haddad"],
  question="Hvad skal forældrene betale om måneden for frokost i børnehaven fra næste år?", cite=4,
  points=[
   (1, "Godkendelse af dagsorden", "21/00102", False, ["Dagsordenen forelægges til godkendelse."], "Godkendt."),
   (2, "Kapacitet på Vestre Skole", "21/6120", False,
    ["Elevprognosen viser en stigning i elevtallet på Vestre Skole på 11 pct. frem mod skoleåret 2024/25.",
     "Forvaltningen foreslår opstilling af en pavillon med fire klasselokaler. Udgiften er anslået til 4,8 mio. kr."],
    "Udvalget anbefaler over for Økonomiudvalget, at der gives anlægsbevilling til pavillonen."),
   (3, "Fortroligt: Klagesag vedr. skoleskift", "21/8834", True,
    ["Forældrene til eleven Aksel Thorhauge har klaget over afgørelsen om skoleskift.",
     "Skolelederen Mette Lundgaard-Friis har afgivet udtalelse i sagen."],
    "Udvalget fastholdt afgørelsen."),
   (4, "Frokostordning i daginstitutioner 2022", "21/7735", False,
    ["Frokostordningen videreføres i alle kommunale daginstitutioner. Forældrebetalingen fastsættes efter gældende regler.",
     "Den månedlige forældrebetaling for 2022 bliver 812 kr. pr. barn."],
    "Godkendt."),
   (5, "Fortroligt: Udbud af befordring - forhandling", "21/9001", True,
    ["Der er modtaget tilbud fra Ravnstrup Minibus ApS på 6.193.000 kr. for kontraktperioden.",
     "Forvaltningen anbefaler at indgå i forhandling om prisen."],
    "Forvaltningen bemyndiges til at forhandle."),
   (6, "Meddelelser", "21/00102", False, ["Forvaltningen orienterede om trivselsmålingen 2021."], "Til orientering."),
  ]),
 dict(file="04_egebaek_climate-and-harbour-committee_2016.pdf", board="Climate and Harbour Committee", date="2016-10-04", kind="referat",
  muni="Egebaek Municipality", datestr="Tuesday 4 October 2016, 15.00-17.00", place="Harbour Office, Meeting room 1",
  members=["Jesper Holmgaard (chair)", "Anita Bak", "Morten Riis", "Claire Dubois", "Frederik Ahl (absent)"],
  question="Are the fees for keeping my boat in the harbour going up next year?", cite=5,
  points=[
   (1, "Approval of the agenda", None, False, ["The agenda was presented for approval."], "Approved."),
   (2, "Extension of the marina breakwater", "16/1840", False,
    ["The administration proposes extending the northern breakwater by 60 metres to reduce wave damage in the marina.",
     "The total cost is estimated at DKK 7.4 million, of which 40 per cent may be covered by the national coastal fund."],
    "The committee recommends the project to the City Council."),
   (3, "Climate adaptation plan: flood risk in Norreby", "16/2291", False,
    ["A new flood map shows that about 120 houses in the Norreby area are at risk during a 100-year storm surge.",
     "The plan proposes a new pumping station and a raised dike along the creek."],
    "The draft plan is sent to public consultation for six weeks."),
   (4, "Closed item: Lease dispute, Pier 3", "16/2415", True,
    ["The tenant Fiskeeksport Kattegat A/S owes DKK 388,750 in unpaid rent.",
     "Attorney Rasmus Oddershede has proposed a settlement with a payment plan over 18 months."],
    "The committee accepted the settlement."),
   (5, "Harbour fees 2017", "16/2050", False,
    ["The administration proposes that all harbour and mooring fees are raised by 2.5 per cent from 1 January 2017.",
     "A summer berth for a boat of 8-10 metres will then cost DKK 6,150."],
    "Approved."),
   (6, "Any other business", None, False, ["The chair informed about the harbour festival evaluation."], None),
  ]),
 dict(file="05_lindholt_forsyning-bestyrelse_2018.eml", board="Bestyrelsen for Lindholt Forsyning A/S", date="2018-11-22", kind="referat",
  muni="Lindholt Forsyning A/S", datestr="2018-11-22 kl. 17.00", place="Lindholt Forsyning, Kildebakken 4",
  members=["Ole Svane (formand)", "Lis Mortensen (næstformand)", "Peter Hald", "Karin Vejlby (medarbejdervalgt)", "Direktør Anders Bech (referent)"],
  question="Hvad kommer en kubikmeter vand til at koste næste år?", cite=2,
  points=[
   (1, "Godkendelse af referat fra mødet 2018-09-13", None, False, ["Referatet har været udsendt."], "Godkendt uden bemærkninger."),
   (2, "Takster for vand og spildevand 2019", "LF-2018-097", False,
    ["Direktionen har udarbejdet takstblad for 2019 på baggrund af budgettet.",
     "Vandprisen foreslås til 11,40 kr. pr. m3 ekskl. moms, og spildevandsbidraget til 38,75 kr. pr. m3 ekskl. moms."],
    "Takstbladet blev godkendt og sendes til kommunens godkendelse."),
   (3, "Renovering af Kildebakken Vandværk", "LF-2018-102", False,
    ["Rådgiver har udarbejdet projekt for udskiftning af filtre og rentvandstank. Budgettet er 14,2 mio. kr.",
     "Arbejdet forventes påbegyndt i april 2019."],
    "Bestyrelsen godkendte projektet og budgettet."),
   (4, "Fortroligt: Erstatningssag efter ledningsbrud", "LF-2018-114", True,
    ["Grundejer Svend Aage Pilgaard har fremsat erstatningskrav på 740.000 kr. efter ledningsbruddet i juli.",
     "Selskabets forsikring har afvist at dække den del af kravet, der vedrører driftstab."],
    "Direktøren bemyndiges til at forhandle forlig."),
   (5, "Strategi for grundvandsbeskyttelse 2019-2023", "LF-2018-088", False,
    ["Strategien omfatter lukning af tre ældre boringer og skovrejsning på 22 ha omkring Nørre Kildeplads i samarbejde med kommunen."],
    "Strategien blev vedtaget."),
   (6, "Eventuelt", None, False, ["Næste møde afholdes 2019-02-21."], None),
  ]),
 dict(file="06_oestervig_menighedsraad_2022.rtf", board="Østervig Menighedsråd", date="2022-11-09", kind="referat",
  muni="Østervig Sogn", datestr="onsdag den 9. november 2022 kl. 19.00", place="Konfirmandstuen, Østervig Præstegård",
  members=["Gitte Mørch (formand)", "Sognepræst Jakob Lindhardt", "Bent Kjær (kasserer)", "Susanne Elkjær", "Rasmus Holt", "Anne-Mette Bruun (kirkeværge)"],
  question="Hvornår er der julekoncert i kirken i år?", cite=4,
  points=[
   (1, "Godkendelse af dagsorden", None, False, ["Dagsordenen var udsendt med indkaldelsen."], "Godkendt."),
   (2, "Kassererens kvartalsrapport", None, False,
    ["Kassereren gennemgik regnskabet for 3. kvartal. Forbruget udgør 71 % af årets budget."], "Taget til efterretning."),
   (3, "Udskiftning af kirkens varmeanlæg", "2022-4417", False,
    ["Det gamle oliefyr skal udskiftes. Der er indhentet tilbud på jordvarme på 685.000 kr.",
     "Provstiudvalget har tilkendegivet, at projektet kan søges finansieret af 5 %-midlerne."],
    "Menighedsrådet besluttede at søge provstiudvalget om midler."),
   (4, "Julekoncert og gudstjenester i julen", None, False,
    ["Julekoncerten med Østervig Kirkekor holdes søndag den 11. december kl. 16.00.",
     "Der holdes tre gudstjenester juleaftensdag: kl. 13.00, 14.30 og 16.00."],
    "Planen blev godkendt."),
   (5, "Kirkegårdens takster 2023", "2022-4502", False,
    ["Provstiet har udsendt nye takster. Vedligeholdelse af et almindeligt gravsted stiger til 1.240 kr. årligt."],
    "Taksterne blev taget til efterretning og opslås på kirkegården."),
   (6, "Eventuelt", None, False, ["Intet."], None),
  ]),
 dict(file="07_fjordby_byraadet_2020.md", board="Byrådet", date="2020-06-15", kind="referat",
  muni="Fjordby Kommune", datestr="15.06.2020", time="17:00", place="Byrådssalen, Fjordby Rådhus",
  members=["Borgmester Lene Kragh", "Jonas Fjeldsø", "Hans Peter Riber", "Malene Udsen", "Torben Skau", "Aisha Khan", "Niels Brøndum (afbud)"],
  question="Hvor lang bliver den nye cykelsti ud ad Strandvejen, og hvad koster den?", cite=4,
  points=[
   (1, "Godkendelse af dagsorden", "20/00011", False, ["Dagsordenen forelægges til godkendelse."], "Godkendt."),
   (2, "Genåbning af kultur- og fritidstilbud", "20/08810", False,
    ["Efter nedlukningen i foråret genåbnes biblioteker, svømmehal og idrætshaller gradvist fra 15. juni.",
     "Der forventes ekstra udgifter til rengøring og afstandsmarkering på 1,1 mio. kr. i 2020."],
    "Godkendt. Udgiften finansieres af kassebeholdningen."),
   (3, "Lokalplan 1.87 for boligområdet Engkanten", "20/04452", False,
    ["Lokalplanen giver mulighed for 64 rækkehuse i to etager. Der er modtaget 12 indsigelser i høringsperioden, primært om trafik på Engvej."],
    "Lokalplanen blev endeligt vedtaget med 18 stemmer mod 5."),
   (4, "Anlægsbevilling: Cykelsti langs Strandvejen", "20/11234", False,
    ["Projektet omfatter en dobbeltrettet cykelsti på 3,4 km mellem Fjordby centrum og Sandvig.",
     "Der søges anlægsbevilling på 9,6 mio. kr., heraf 4,2 mio. kr. fra Vejdirektoratets cykelpulje."],
    "Anlægsbevillingen blev givet."),
   (5, "Lukket punkt - Salg af byggegrund på Havnefronten", "20/10987", True,
    ["Der er modtaget købstilbud fra Nordkyst Ejendomme ApS på 18.750.000 kr. for grunden.",
     "Tilbuddet er betinget af en ny lokalplan."],
    "Tilbuddet blev accepteret."),
   (6, "Lukket punkt - Tjenestemandssag", "20/11502", True,
    ["Vicedirektør Jens-Ole Bramming er fritaget for tjeneste under undersøgelsen."],
    "Byrådet tog orienteringen til efterretning."),
   (7, "Meddelelser", None, False, ["Borgmesteren orienterede om KKR-mødet den 8. juni."], "Til efterretning."),
  ]),
 dict(file="08_hoejmark_skolebestyrelse_2017.txt", board="Skolebestyrelsen ved Højmark Skole", date="2017-02-08", kind="dagsorden",
  muni="Højmark Skole", datestr="Onsdag d. 8/2-17 kl. 17.30-19.30", place="Personalerummet",
  members=["Skolebestyrelsen", "Skoleleder Vibeke Aaen", "Elevrådsrepræsentanter"],
  question="Må børnene have mobilen på sig i frikvartererne?", cite=3,
  points=[
   (1, "Velkomst og godkendelse af dagsorden", None, False, ["Formanden byder velkommen."], None),
   (2, "Skolens budget 2017", None, False,
    ["Skolelederen orienterer om budgettet. Der er afsat 83.000 kr. til nye læremidler i matematik."], None),
   (3, "Principper for mobiltelefoner i skoletiden", None, False,
    ["Forslag fra ledelsen: For 0.-6. klasse afleveres telefoner i klasseskabet fra kl. 8.00 til 11.30, også i frikvartererne.",
     "Til beslutning på næste møde efter drøftelse i elevrådet."], None),
   (4, "Lukket punkt - elevsag", None, True,
    ["Drøftelse af bortvisning af elev i 8.B, Sigurd Halvorsen-Lauritzen, jf. skolelederens notat."], None),
   (5, "Skolefest og emneuge i uge 14", None, False,
    ["Emneugen får temaet \"Højmark før og nu\". Skolefesten holdes torsdag i uge 14."], None),
   (6, "Evt.", None, False, ["-"], None),
  ]),
 dict(file="09_kragelund_social-og-sundhedsudvalget_2015.html", board="Social- og Sundhedsudvalget", date="2015-04-23", kind="referat",
  muni="Kragelund Kommune", datestr="23-04-2015", time="08:15", place="Mødelokale 3, Kragelund Rådhus",
  members=["Tove Hvidberg (formand)", "Erik Sand", "Marianne Lolk", "Bjarne Ottosen", "Louise Krarup"],
  question="Hvor tit kommer hjemmeplejen og gør rent hos ældre?", cite=2,
  points=[
   (1, "Godkendelse af dagsorden", "15/00120", False, ["Dagsordenen forelægges til godkendelse."], "Godkendt."),
   (2, "Kvalitetsstandard for hjemmepleje 2015", "15/1418", False,
    ["Forvaltningen foreslår, at rengøring hos borgere, der er visiteret til praktisk hjælp, fremover udføres hver 3. uge mod i dag hver 2. uge.",
     "Ændringen giver en besparelse på 2,2 mio. kr. årligt."],
    "Udvalget anbefaler kvalitetsstandarden over for Byrådet. Louise Krarup stemte imod."),
   (3, "Demensstrategi 2015-2018", "15/2231", False,
    ["Strategien indeholder ansættelse af to ekstra demenskoordinatorer og et pårørendenetværk. Udgiften er 1,3 mio. kr. årligt."],
    "Strategien blev godkendt og sendes i høring i Ældrerådet."),
   (4, "Lukket: Tilsyn på bosted", "15/2590", True,
    ["Ved et uanmeldt tilsyn på Bostedet Lærkereden blev der konstateret fejl i medicinhåndteringen.",
     "Forstander Annelise Dyrmose har redegjort for de iværksatte tiltag."],
    "Udvalget tog redegørelsen til efterretning og ønsker nyt tilsyn inden 3 måneder."),
   (5, "Budgetopfølgning pr. 31. marts 2015", "15/0301", False,
    ["Der forventes et merforbrug på 4,7 mio. kr., primært på hjælpemiddelområdet."],
    "Taget til efterretning. Forvaltningen udarbejder forslag til handleplan."),
  ]),
 dict(file="10_tarnholm_oekonomiudvalget_1994.txt", board="Økonomiudvalget", date="1994-08-17", kind="referat",
  muni="Tarnholm Kommune", datestr="onsdag den 17. august 1994 kl. 15.00", place="Rådhuset, udvalgsværelset",
  members=["Borgmester Finn Løvgreen", "Else Marie Toft", "Carsten Hviid", "Jytte Brask", "Kaj Overgaard"],
  question="Skulle skatten sættes op i 1995?", cite=142,
  points=[
   (142, "Budgetforslag 1995 - oversendelse til 1. behandling", "00.30.02", False,
    ["Forvaltningen har udarbejdet budgetforslag for 1995-1998. Forslaget bygger på en uændret udskrivningsprocent på 20,8."],
    "Budgetforslaget oversendes til kommunalbestyrelsens 1. behandling den 31. august 1994."),
   (143, "Ansøgning om kommunegaranti - Tarnholm Fjernvarmeværk", "13.03.00", False,
    ["Fjernvarmeværket ansøger om kommunegaranti for et lån på 6,5 mio. kr. til udskiftning af ledningsnet i Nordbyen."],
    "Anbefales over for kommunalbestyrelsen."),
   (144, "Salg af den tidligere skole i Vindeby (lukket møde)", "82.06.04", True,
    ["Der er indkommet tilbud fra tømrermester Arne Korsholm på 410.000 kr. kontant."],
    "Økonomiudvalget anbefaler salget."),
   (145, "EDB-samarbejde - nyt lønsystem", "00.15.00", False,
    ["Kommunedata tilbyder overgang til nyt lønsystem pr. 1. januar 1995. Engangsudgiften er 87.000 kr."],
    "Godkendt."),
   (146, "Meddelelser", None, False, ["Borgmesteren orienterede om amtets regionplantillæg."], None),
  ]),
]

def path(name): return os.path.join(HERE, name)
E = html.escape

# ---------- 01: First Agenda-like HTML export ----------
def r01(d):
    o = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
         f"<title>Referat - {E(d['board'])} - {E(d['datestr'])}</title>",
         "<meta name=\"generator\" content=\"FirstAgenda Publication\">",
         "<style>.case{color:#666}.closed{background:#eee}</style></head><body>",
         "<div id=\"header\"><img src=\"logo.png\" alt=\"Skovlund Kommune\">",
         f"<h1>Referat</h1><table class=\"meta\"><tr><th>Udvalg:</th><td>{E(d['board'])}</td></tr>",
         f"<tr><th>Mødedato:</th><td>{E(d['datestr'])}</td></tr><tr><th>Tidspunkt:</th><td>{E(d['time'])}</td></tr>",
         f"<tr><th>Mødested:</th><td>{E(d['place'])}</td></tr>",
         f"<tr><th>Medlemmer:</th><td>{'<br>'.join(E(m) for m in d['members'])}</td></tr></table></div>",
         "<nav><h2>Indholdsfortegnelse</h2><ol>"]
    for n, t, c, cl, b, dec in d['points']:
        o.append(f"<li><a href=\"#punkt{n}\">{n}. {E(t)}</a></li>")
    o.append("</ol></nav><main>")
    for n, t, c, cl, b, dec in d['points']:
        o.append(f"<section class=\"agendaitem{' closed' if cl else ''}\" id=\"punkt{n}\">")
        o.append(f"<h2 class=\"agendaitem-title\">{n}. {E(t)}</h2>")
        if c: o.append(f"<div class=\"case\">Sagsnr.: {E(c)}</div>")
        o.append("<h3>Sagsfremstilling</h3>" + "".join(f"<p>{E(p)}</p>" for p in b))
        o.append(f"<h3>Beslutning i {E(d['board'])} den 12-03-2019</h3><p>{E(dec)}</p></section>")
    o.append("</main><footer>Side genereret 13-03-2019 08:02</footer></body></html>")
    open(path(d['file']), 'w', encoding='utf-8').write("\n".join(o) + "\n")

# ---------- 02: typewriter protocol 1978 ----------
def wrap(s, w=64, ind=""):
    import textwrap
    return textwrap.fill(s, w, initial_indent=ind, subsequent_indent=ind)
def r02(d):
    o = ["VESTERHEDE KOMMUNALBESTYRELSE", "", f"Ordinært møde {d['datestr']} i {d['place']}.", "",
         "Tilstede: " + ", ".join(d['members'][:-1]) + ".", "Fraværende: " + d['members'][-1] + " (sygdom).", "",
         "Mødet ledet af borgmesteren.", "-" * 64, ""]
    for n, t, c, cl, b, dec in d['points']:
        o.append(f"Ad {n})  {t.upper()}")
        if c: o.append(f"        J.nr. {c}")
        o.append("")
        for p in b: o.append(wrap(p, ind="        ")); o.append("")
        if dec: o.append(wrap("Beslutning: " + dec, ind="        ")); o.append("")
        o.append("")
    o += ["Mødet hævet kl. 22.05.", "", "Knud Aa. Thygesen          Erna Bøgh          Poul Vestergaard", "(underskrifter)"]
    open(path(d['file']), 'w', encoding='latin-1').write("\r\n".join(o) + "\r\n")

# ---------- 03: docx (Acadre export) ----------
def r03(d):
    import docx
    doc = docx.Document()
    doc.add_heading(f"{d['muni']}", level=0)
    doc.add_paragraph(f"Referat - {d['board']}")
    t = doc.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate([("Mødedato:", d['datestr']), ("Tidspunkt:", d['time']), ("Sted:", d['place'])]):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
    doc.add_paragraph("Deltagere: " + ", ".join(d['members']))
    for n, ti, c, cl, b, dec in d['points']:
        doc.add_heading(f"Pkt. {n}  {ti}", level=1)
        if c: doc.add_paragraph(f"Acadre-sag: {c}")
        doc.add_heading("Sagsfremstilling", level=2)
        for p in b: doc.add_paragraph(p)
        doc.add_heading("Beslutning", level=2)
        doc.add_paragraph(dec)
    doc.core_properties.title = f"Referat {d['board']} {d['datestr']}"
    doc.save(path(d['file']))

# ---------- 04: English PDF ----------
def r04(d):
    from fpdf import FPDF
    pdf = FPDF(); pdf.set_compression(False); pdf.add_page()
    pdf.set_font("Helvetica", "B", 16); pdf.cell(0, 10, d['muni'], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13); pdf.cell(0, 8, f"Minutes - {d['board']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in [f"Date: {d['datestr']}", f"Venue: {d['place']}", "Members: " + ", ".join(d['members'])]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for n, t, c, cl, b, dec in d['points']:
        pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(0, 7, f"Item {n}: {t}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "I", 9)
        if c: pdf.cell(0, 5, f"Case no. {c}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for p in b: pdf.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        if dec:
            pdf.set_font("Helvetica", "B", 10); pdf.cell(0, 6, "Decision", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, dec, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(path(d['file']))

# ---------- 05: e-mail with plain + HTML part ----------
def r05(d):
    msg = MIMEMultipart("alternative")
    msg["From"] = "Anders Bech <ab@lindholt-forsyning.dk>"
    msg["To"] = "bestyrelsen@lindholt-forsyning.dk"
    msg["Subject"] = "Referat af bestyrelsesmøde 2018-11-22"
    msg["Date"] = format_datetime(datetime.datetime(2018, 11, 26, 9, 14, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    msg["Message-ID"] = "<20181126091400.4471@lindholt-forsyning.dk>"
    txt = ["Kære bestyrelse", "", "Hermed referat af mødet. Evt. bemærkninger inden en uge.", "", "Mvh Anders", "", "-----",
           f"REFERAT - {d['board'].upper()}", f"Mødedato: {d['datestr']}", f"Sted: {d['place']}", "Deltagere: " + "; ".join(d['members']), ""]
    h = ["<html><body><p>Kære bestyrelse</p><p>Hermed referat af mødet. Evt. bemærkninger inden en uge.</p><p>Mvh Anders</p><hr>",
         f"<h2>Referat - {E(d['board'])}</h2><p><b>Mødedato:</b> {E(d['datestr'])}<br><b>Sted:</b> {E(d['place'])}<br><b>Deltagere:</b> {E('; '.join(d['members']))}</p>"]
    for n, t, c, cl, b, dec in d['points']:
        txt.append(f"§ {n}. {t}")
        if c: txt.append(f"Sag: {c}")
        txt += b
        if dec: txt.append("Beslutning: " + dec)
        txt.append("")
        h.append(f"<h3>§ {n}. {E(t)}</h3>" + (f"<p><i>Sag: {E(c)}</i></p>" if c else "") + "".join(f"<p>{E(p)}</p>" for p in b)
                 + (f"<p><b>Beslutning:</b> {E(dec)}</p>" if dec else ""))
    h.append("</body></html>")
    msg.attach(MIMEText("\n".join(txt), "plain", "utf-8"))
    msg.attach(MIMEText("\n".join(h), "html", "utf-8"))
    open(path(d['file']), 'w', encoding='ascii').write(msg.as_string())

# ---------- 06: RTF ----------
def rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}": out.append("\\" + ch)
        elif ord(ch) < 128: out.append(ch)
        else: out.append("\\'%02x" % ord(ch) if ord(ch) < 256 else "\\u%d?" % ord(ch))
    return "".join(out)
def r06(d):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}", r"\f1\fs22"]
    def para(s, b=False, size=None):
        pre = (r"\b " if b else "") + (f"\\fs{size} " if size else "")
        post = (r"\b0" if b else "") + (r"\fs22" if size else "")
        o.append(r"\pard " + pre + rtf_esc(s) + post + r"\par")
    para(d['board'], b=True, size=32)
    para(f"Referat af menighedsrådsmøde {d['datestr']}")
    para(f"Sted: {d['place']}")
    para("Til stede: " + ", ".join(d['members']))
    para("")
    for n, t, c, cl, b, dec in d['points']:
        para(f"Punkt {n}: {t}", b=True)
        if c: para(f"J.nr. {c}")
        for p in b: para(p)
        if dec: para("Beslutning: " + dec)
        para("")
    para("Referent: Susanne Elkjær")
    o.append("}")
    open(path(d['file']), 'w', encoding='ascii').write("\n".join(o) + "\n")

# ---------- 07: Markdown ----------
def r07(d):
    o = [f"# {d['muni']} - {d['board']}", "", "**Referat**", "", f"| Mødedato | {d['datestr']} |", "|---|---|",
         f"| Tid | {d['time']} |", f"| Sted | {d['place']} |", "", "**Fremmødte:** " + ", ".join(d['members']), "", "---", ""]
    for n, t, c, cl, b, dec in d['points']:
        o.append(f"## {n}) {t}"); o.append("")
        if c: o.append(f"Sagsnr. {c}"); o.append("")
        o.append("### Sagsfremstilling"); o.append("")
        for p in b: o.append(p); o.append("")
        o.append("### Beslutning"); o.append(""); o.append(dec); o.append("")
    open(path(d['file']), 'w', encoding='utf-8').write("\n".join(o))

# ---------- 08: school board agenda (intranet text export) ----------
def r08(d):
    o = [f"DAGSORDEN - {d['board'].upper()}", "=" * 50, f"Tid: {d['datestr']}", f"Sted: {d['place']}", "Indkaldt: " + ", ".join(d['members']),
         "Afbud bedes meldt til skolens kontor.", ""]
    for n, t, c, cl, b, dec in d['points']:
        o.append(f"Dagsordenspunkt {n}: {t}")
        for p in b: o.append("   " + p)
        o.append("")
    o.append("Vel mødt! / Skolebestyrelsens formand")
    open(path(d['file']), 'w', encoding='utf-8').write("\n".join(o) + "\n")

# ---------- 09: eDoc-like HTML with layout tables ----------
def r09(d):
    o = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Referat</title></head><body>",
         f"<table width=\"100%\"><tr><td><font size=\"5\"><b>{E(d['muni'])}</b></font></td><td align=\"right\">REFERAT</td></tr></table>",
         f"<table border=\"1\" cellpadding=\"3\"><tr><td>Udvalg</td><td>{E(d['board'])}</td></tr><tr><td>Mødedato</td><td>{d['datestr']}</td></tr>",
         f"<tr><td>Mødetidspunkt</td><td>{d['time']}</td></tr><tr><td>Mødested</td><td>{E(d['place'])}</td></tr>",
         f"<tr><td>Medlemmer</td><td>{E(', '.join(d['members']))}</td></tr></table><br>"]
    for n, t, c, cl, b, dec in d['points']:
        o.append("<table width=\"100%\" border=\"0\"><tr bgcolor=\"#C0C0C0\">"
                 f"<td width=\"10%\"><b>Punkt {n}</b></td><td><b>{E(t)}</b></td>"
                 f"<td align=\"right\">{('Sag: ' + E(c) + ' &nbsp; Dok.nr.: ' + str(40000 + n * 1317) + '/15') if c else ''}</td></tr></table>")
        o.append("<p><u>Sagsfremstilling:</u></p>" + "".join(f"<p>{E(p)}</p>" for p in b))
        o.append(f"<p><u>Beslutning:</u></p><p>{E(dec)}</p><hr>")
    o.append("</body></html>")
    open(path(d['file']), 'w', encoding='cp1252').write("\r\n".join(o))

# ---------- 10: 1994 word-processor text, running case numbers ----------
def r10(d):
    o = [d['muni'].upper(), "", f"{d['board'].upper()}", "", f"Møde {d['datestr']}", f"Mødested: {d['place']}", "",
         "Fremmødte: " + ", ".join(d['members']), "", ""]
    for n, t, c, cl, b, dec in d['points']:
        o.append(f"Sag nr. {n}" + (f"                                        J.nr. {c}" if c else ""))
        o.append(t); o.append("")
        for p in b: o.append(wrap(p, 72)); o.append("")
        if dec: o.append("Økonomiudvalgets beslutning:"); o.append(wrap(dec, 72)); o.append("")
        o.append("\f")
    open(path(d['file']), 'w', encoding='cp865').write("\r\n".join(o))

RENDER = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10]

SECRETS = {
 "01": ["Henning Bragstrup", "Mølledamsvej 17", "2.415.000 kr."],
 "02": ["Ingrid Mølgaard-Hansen", "fratrædelsesgodtgørelse svarende til 3 måneders løn"],
 "03": ["Aksel Thorhauge", "Mette Lundgaard-Friis", "Ravnstrup Minibus ApS", "6.193.000 kr."],
 "04": ["Fiskeeksport Kattegat A/S", "DKK 388,750", "Rasmus Oddershede"],
 "05": ["Svend Aage Pilgaard", "740.000 kr."],
 "06": [],
 "07": ["Nordkyst Ejendomme ApS", "18.750.000 kr.", "Jens-Ole Bramming"],
 "08": ["Sigurd Halvorsen-Lauritzen"],
 "09": ["Bostedet Lærkereden", "Annelise Dyrmose"],
 "10": ["Arne Korsholm", "410.000 kr."],
}

def main():
    exp = []
    for d, r in zip(FILES, RENDER):
        r(d)
        key = d['file'][:2]
        open_txt = " ".join([d['board'], d['muni'], d['datestr'], d.get('place', ''), " ".join(d['members'])] +
                            [" ".join([t, c or "", " ".join(b), dec or ""]) for n, t, c, cl, b, dec in d['points'] if not cl])
        closed_txt = " ".join(" ".join([t, " ".join(b), dec or ""]) for n, t, c, cl, b, dec in d['points'] if cl)
        for s in SECRETS[key]:
            assert s in closed_txt and s not in open_txt, (d['file'], s)
        cite = [p for p in d['points'] if p[0] == d['cite']]
        assert cite and not cite[0][3]
        exp.append({"file": d['file'], "board": d['board'], "date": d['date'], "kind": d['kind'],
                    "points": [[n, (t.upper() if key == "02" else t), c, cl] for n, t, c, cl, b, dec in d['points']],
                    "secrets": SECRETS[key], "question": d['question'], "cite_punkt": d['cite']})
    json.dump(exp, open(path("expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
