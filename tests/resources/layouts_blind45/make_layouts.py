# -*- coding: utf-8 -*-
"""Generator for the invented minutes in this folder (all names, sums and case numbers are invented)."""
import json, os, html, re, quopri
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n, title, case, closed, secs: dict(n=n, title=title, case=case, closed=closed, secs=secs)

FILES = []

# ---------------------------------------------------------------- 01 First Agenda style HTML
FILES.append(dict(
 file="01_vesterlund_teknik-og-miljoeudvalget_2019.html", board="Teknik- og Miljøudvalget", date="2019-03-12", kind="referat",
 place="Mødelokale 2, Vesterlund Rådhus", time="16:00",
 present="Bent Kjærgaard (A), formand, Lise Overgaard (V), Mogens Frimodt (O), Ida Sølvhøj (F), Kasper Rindom (C)",
 absent="Kasper Rindom (C)",
 points=[
  P(1, "Godkendelse af dagsorden", None, False, [("Beslutning", "Godkendt.")]),
  P(2, "Vinterberedskab - evaluering af sæsonen 2018/19", "19/02874", False, [
    ("Sagsfremstilling", "Vejafdelingen har gjort vintersæsonen op. Der har været 41 udkald, heraf 9 med fuld snerydning. Der er spredt 1.870 tons vejsalt mod 1.420 tons i sæsonen før.\n\nBudgettet til vintertjeneste udgør 4,2 mio. kr. Forbruget forventes at ende på 4,8 mio. kr., dvs. en merudgift på ca. 0,6 mio. kr., som søges dækket inden for udvalgets samlede ramme."),
    ("Indstilling", "Forvaltningen indstiller, at evalueringen tages til efterretning."),
    ("Beslutning", "Taget til efterretning. Udvalget ønsker en orientering om brug af saltlage på cykelstier inden næste sæson.")]),
  P(3, "Trafiksikkerhed ved Kirkebakkeskolen - hævede flader og ny fodgængerovergang", "18/11930", False, [
    ("Sagsfremstilling", "Skolebestyrelsen på Kirkebakkeskolen har rettet henvendelse om utrygge krydsningsforhold på Skolevænget i morgentimerne. Forvaltningen har målt en gennemsnitshastighed på 47 km/t på strækningen, hvor der er skiltet 40 km/t.\n\nDer foreslås etableret to hævede flader og en ny fodgængerovergang med blinkende skilte. Projektet er anslået til 780.000 kr. og kan udføres i sommerferien 2019."),
    ("Økonomi", "Anlægsbevillingen på 780.000 kr. finansieres af puljen til trafiksikkerhed 2019."),
    ("Indstilling", "Forvaltningen indstiller, at udvalget anbefaler over for Økonomiudvalget og Byrådet, at der gives en anlægsbevilling på 780.000 kr."),
    ("Beslutning", "Anbefales. Ida Sølvhøj (F) ønskede desuden undersøgt en 30 km/t-zone omkring skolen.")]),
  P(4, "Lokalplan 1.47 for boligområde ved Engvej - endelig vedtagelse", "17/20455", False, [
    ("Sagsfremstilling", "Forslag til lokalplan 1.47 har været i offentlig høring i 8 uger. Der er indkommet 3 høringssvar, primært om trafik på Engvej og højden på rækkehusene. Forvaltningen foreslår, at bygningshøjden nedsættes fra 10 til 8,5 meter."),
    ("Indstilling", "Forvaltningen indstiller, at lokalplanen anbefales endeligt vedtaget med den foreslåede ændring."),
    ("Beslutning", "Anbefales med ændringen. Mogens Frimodt (O) tog forbehold.")]),
  P(5, "Lukket punkt: Køb af ejendom, matr.nr. 14b Vesterlund By", "19/03310", True, [
    ("Sagsfremstilling", "Ejeren af Mosevej 118, Grethe Bondesen, har tilbudt kommunen ejendommen til brug for udvidelse af genbrugspladsen. Den eksterne vurdering lyder på 2.315.000 kr."),
    ("Beslutning", "Udvalget anbefaler køb for højst 2.315.000 kr. Forhandlingen føres af advokatfirmaet Holmgaard & Brink.")]),
  P(6, "Meddelelser", None, False, [("Beslutning", "Formanden orienterede om møde med Vejdirektoratet om støjskærm langs motorvejen.")]),
 ],
 secrets=["Grethe Bondesen", "Mosevej 118", "2.315.000 kr.", "Holmgaard & Brink"],
 question="Hvad koster det at lave vejbump og ny overgang ved skolen på Skolevænget?", cite=3))

# ---------------------------------------------------------------- 02 sogneraad 1978 plain text
FILES.append(dict(
 file="02_hoejby_sogneraad_1978.txt", board="Højby Sogneråd", date="1978-03-14", kind="referat",
 points=[
  P(1, "Protokollen fra sidste møde", None, False, [("", "Oplæst og godkendt uden bemærkninger.")]),
  P(2, "Andragende fra Højby Borgerforening om gadebelysning på Bygaden", "05.01.08", False, [
    ("", "Borgerforeningen anmoder om opsætning af 6 lygtepæle på strækningen fra brugsen til kirken. Overslag fra NESA lyder på kr. 18.400,-.\nBesluttet: Bevilget. Udgiften afholdes af vejkontoen. Sognefoged Anker Dahl indhenter endeligt tilbud.")]),
  P(3, "Skolebussen til Nørre Tved", "17.03.04", False, [
    ("", "Vognmand Rasmussen har meddelt, at han ophører med kørslen 1. august. Der er indhentet tilbud fra Tved Turist med kr. 142,- pr. køredag.\nBesluttet: Tilbudet antages for skoleåret 1978/79.")]),
  P(4, "Sag behandlet for lukkede døre: Ansøgning om eftergivelse af skat", "24.04.02", True, [
    ("", "Gårdejer Holger Vinkelgaard, Tved Mark, søger om eftergivelse af restskat på kr. 6.912,- grundet dårlig høst og sygdom.\nBesluttet: Eftergives med halvdelen, kr. 3.456,-. Beslutningen tiltrådt af alle.")]),
  P(5, "Eventuelt", None, False, [("", "Viggo Lund spurgte til vedligeholdelse af gadekæret. Formanden tager det op med teknisk udvalg.")]),
 ],
 secrets=["Holger Vinkelgaard", "kr. 6.912,-", "kr. 3.456,-"],
 question="Får vi flere lamper langs hovedgaden i byen?", cite=2))

# ---------------------------------------------------------------- 03 skolebestyrelse docx
FILES.append(dict(
 file="03_norrebjerg_skolebestyrelse_2021.docx", board="Skolebestyrelsen ved Nørrebjerg Skole", date="2021-09-23", kind="referat",
 points=[
  P(1, "Godkendelse af dagsorden og referat", None, False, [("", "Begge godkendt.")]),
  P(2, "Ny mobilpolitik for udskolingen", None, False, [
    ("", "Elevrådet har fremlagt forslag om, at mobiltelefoner afleveres i mobilhotel fra 1. lektion til spisefrikvarteret for 7.-9. klasse. Forældrerepræsentanterne bakker op, men ønsker undtagelse for elever med diabetes-apps."),
    ("Beslutning", "Mobilpolitikken vedtages og gælder fra 1. november 2021 med den nævnte undtagelse. Skolelederen informerer forældrene via Aula.")]),
  P(3, "Økonomi - status pr. 31. august", None, False, [
    ("", "Skolen forventer et mindreforbrug på 212.000 kr., primært på vikarkontoen. Skoleleder foreslår, at 150.000 kr. anvendes til nye naturfagslokaler."),
    ("Beslutning", "Bestyrelsen tiltræder forslaget.")]),
  P(4, "Fortroligt: Personalesag", None, True, [
    ("", "Skolelederen orienterede om en tjenstlig samtale med lærer Signe Bækhøj vedrørende gentagne udeblivelser. Sagen er overgivet til HR med henblik på en skriftlig advarsel."),
    ("Beslutning", "Taget til efterretning. Punktet holdes fortroligt.")]),
  P(5, "Eventuelt", None, False, [("", "Næste møde flyttes til 28. oktober pga. efterårsferien.")]),
 ],
 secrets=["Signe Bækhøj", "tjenstlig samtale", "skriftlig advarsel"],
 question="Hvornår skal de store elever begynde at aflevere deres telefoner om morgenen?", cite=2))

# ---------------------------------------------------------------- 04 utility board pdf
FILES.append(dict(
 file="04_lindegaard_forsyning_bestyrelse_2022.pdf", board="Bestyrelsen for Lindegård Forsyning A/S", date="2022-11-08", kind="referat",
 points=[
  P(1, "Godkendelse af dagsorden", "LF-2022-0398", False, [("Beslutning", "Godkendt.")]),
  P(2, "Takster for vand og spildevand 2023", "LF-2022-0401", False, [
    ("Sagsfremstilling", "Direktionen foreslår, at vandprisen hæves fra 14,20 kr. til 15,05 kr. pr. m3 ekskl. moms, og at den faste bidrag for spildevand fastholdes på 812 kr. pr. stikledning. Stigningen skyldes højere elpriser til pumpestationerne."),
    ("Beslutning", "Bestyrelsen godkendte taksterne, som sendes til godkendelse i Lindegård Kommune.")]),
  P(3, "Separatkloakering af Sdr. Bjerge - anlægsbudget", "LF-2020-1177", False, [
    ("Sagsfremstilling", "Etape 2 af separatkloakeringen omfatter 214 ejendomme. Licitationen gav et laveste bud på 31,7 mio. kr., hvilket er 2,1 mio. kr. over budgettet."),
    ("Beslutning", "Bestyrelsen godkendte en budgetudvidelse på 2,1 mio. kr. og kontraktindgåelse med laveste bydende.")]),
  P(4, "Lukket punkt - Tvist med entreprenør om Kildeværket", "LF-2021-0855", True, [
    ("Sagsfremstilling", "Entreprenøren Brødrene Skovlund ApS har rejst krav om 4,65 mio. kr. for ekstraarbejder på Kildeværket. Selskabets advokat vurderer, at højst 1,2 mio. kr. er berettiget."),
    ("Beslutning", "Bestyrelsen bemyndigede direktøren til at indgå forlig på op til 1,9 mio. kr.")]),
  P(5, "Lukket punkt - Direktørens ansættelsesvilkår", "LF-2022-0412", True, [
    ("Sagsfremstilling", "Formanden forelagde forslag om forlængelse af direktør Jens Ulrik Maagaards kontrakt til 2026 med en resultatløn på op til 95.000 kr. årligt."),
    ("Beslutning", "Godkendt. Direktøren deltog ikke under punktet.")]),
  P(6, "Grundvandsbeskyttelse - status på BNBO-aftaler", "LF-2021-0230", False, [
    ("Sagsfremstilling", "Der er indgået frivillige aftaler med 11 af 16 lodsejere inden for de boringsnære beskyttelsesområder. Der er udbetalt erstatninger for i alt 1,43 mio. kr."),
    ("Beslutning", "Taget til efterretning.")]),
  P(7, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
 ],
 secrets=["Brødrene Skovlund ApS", "4,65 mio. kr.", "kontrakt til 2026", "95.000 kr. årligt"],
 question="Hvor meget dyrere bliver en kubikmeter vand fra næste år?", cite=2))

# ---------------------------------------------------------------- 05 e-mail with HTML part
FILES.append(dict(
 file="05_ravnsholt_oekonomiudvalget_2016.eml", board="Økonomiudvalget", date="2016-08-24", kind="referat",
 points=[
  P(1, "Meddelelser", "16/00102", False, [("Beslutning", "Borgmesteren orienterede om KKR-mødet og status på flygtningeboliger.")]),
  P(2, "Budget 2017-2020 - 1. behandling, administrationens forslag", "16/04410", False, [
    ("Sagsfremstilling", "Administrationens budgetforslag er i balance med et skattegrundlag på uændret 25,1 pct. Der er indarbejdet effektiviseringer for 18,5 mio. kr. Kassebeholdningen forventes ultimo 2017 at udgøre 64 mio. kr."),
    ("Beslutning", "Oversendes til 1. behandling i Byrådet. V og C tager forbehold for effektiviseringen på ældreområdet.")]),
  P(3, "Salg af kommunale erhvervsgrunde i Ravnsholt Nord - prisfastsættelse", "15/09917", False, [
    ("Sagsfremstilling", "Der foreslås en mindstepris på 325 kr. pr. m2 for de 7 erhvervsgrunde ved Industrivej Nord, svarende til niveauet i nabokommunerne."),
    ("Beslutning", "Godkendt.")]),
  P(4, "Lukket punkt: Personalesag - fratrædelse", "16/05228", True, [
    ("Sagsfremstilling", "Kommunaldirektøren redegjorde for fratrædelsesaftalen med centerchef Birthe Høeg-Rasmussen, som omfatter fritstilling i 6 måneder og en godtgørelse på 410.000 kr."),
    ("Beslutning", "Taget til efterretning.")]),
  P(5, "Bredbåndspulje til landdistrikterne", "16/03321", False, [
    ("Sagsfremstilling", "Der er afsat 2 mio. kr. i 2016. Der er modtaget ansøgninger fra 5 landsbylaug om medfinansiering af fiberudrulning."),
    ("Beslutning", "Udvalget godkendte tilskud til Hvidbjerg, Lyngs og Torup landsbylaug med i alt 1,35 mio. kr.")]),
  P(6, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
 ],
 secrets=["Birthe Høeg-Rasmussen", "410.000 kr.", "fritstilling i 6 måneder"],
 question="Hvilke landsbyer fik penge til hurtigt internet?", cite=5))

# ---------------------------------------------------------------- 06 RTF
FILES.append(dict(
 file="06_kildebro_kultur-og-fritidsudvalget_2008.rtf", board="Kultur- og Fritidsudvalget", date="2008-09-03", kind="referat",
 points=[
  P(1, "Tilskud til foreninger 2009 - fordelingsnøgle", "08/3341", False, [
    ("Sagsfremstilling", "Det foreslås, at lokaletilskuddet nedsættes fra 75 til 70 pct. af de godkendte udgifter, så medlemstilskuddet til børn under 25 år kan hæves til 310 kr. pr. medlem."),
    ("Beslutning", "Godkendt med 4 stemmer mod 1.")]),
  P(2, "Kildebro Hallen - nyt gulv", "08/2297", False, [
    ("Sagsfremstilling", "Hallens gulv er fra 1979 og kan ikke længere slibes. Tilbud på nyt sportsgulv: 1.240.000 kr. Arbejdet kan udføres i juli 2009."),
    ("Beslutning", "Udvalget anbefaler, at udgiften indgår i budgetforhandlingerne for 2009.")]),
  P(3, "Biblioteksfilial i Vedsted - åbningstider", "08/1875", False, [
    ("Sagsfremstilling", "Filialen foreslås omlagt til åbent bibliotek med selvbetjening 7-22 alle dage og betjening 2 eftermiddage om ugen."),
    ("Beslutning", "Godkendt som forsøg i 1 år.")]),
  P(4, "Lukket punkt: Kulturpris 2008 - indstillinger", "08/3390", True, [
    ("Sagsfremstilling", "Der er modtaget 6 indstillinger. Formanden foreslår, at prisen på 15.000 kr. tildeles keramikeren Aase Trolle-Nygaard for udsmykningen af Vedsted Skole."),
    ("Beslutning", "Enstemmigt vedtaget. Offentliggøres ved kulturnatten.")]),
  P(5, "Meddelelser", None, False, [("Beslutning", "Intet.")]),
 ],
 secrets=["Aase Trolle-Nygaard", "prisen på 15.000 kr."],
 question="Kan man bruge biblioteket i Vedsted om aftenen uden personale?", cite=3))

# ---------------------------------------------------------------- 07 Markdown byraad
FILES.append(dict(
 file="07_soeholm_byraad_2024.md", board="Søholm Byråd", date="2024-01-25", kind="referat",
 points=[
  P(1, "Godkendelse af dagsorden", None, False, [("Beslutning", "Godkendt.")]),
  P(2, "Spørgetid for borgerne", None, False, [("Beslutning", "Der blev stillet to spørgsmål om lukningen af Havnebadet. Borgmesteren besvarede spørgsmålene.")]),
  P(3, "Klimahandleplan 2024-2030 - endelig vedtagelse", "24/00391", False, [
    ("Sagsfremstilling", "Klimahandleplanen sigter mod en reduktion af CO2-udledningen på 70 pct. i 2030 i forhold til 1990. Planen indeholder 34 tiltag, bl.a. udfasning af oliefyr i kommunale bygninger senest 2026 og etablering af 12 ladestandere ved rådhuset."),
    ("Beslutning", "Vedtaget med 19 stemmer. 4 stemte imod (D og O).")]),
  P(4, "Ny daginstitution i Søholm Øst - anlægsbevilling", "23/15562", False, [
    ("Sagsfremstilling", "Institutionen skal have plads til 120 børn. Anlægsudgiften er beregnet til 58,3 mio. kr., fordelt over 2024 og 2025."),
    ("Beslutning", "Godkendt.")]),
  P(5, "Lukket punkt: Salg af grund ved Havnefronten", "23/18020", True, [
    ("Sagsfremstilling", "Der er modtaget bud fra Nordkajen Ejendomme A/S på 27,4 mio. kr. for byggefelt C3. Købers rådgiver har oplyst, at buddet bortfalder 1. marts."),
    ("Beslutning", "Byrådet godkendte salget.")]),
  P(6, "Lukket punkt: Erstatningssag vedr. Havnebadet", "23/17001", True, [
    ("Sagsfremstilling", "En badegæst, Morten Qvist Lauridsen, har krævet erstatning på 780.000 kr. efter en ulykke ved vippen. Kommunens forsikringsselskab anbefaler forlig."),
    ("Beslutning", "Forlig godkendt.")]),
  P(7, "Lukket punkt: Opsigelse af lejemål, Torvegade 9", "24/00077", True, [
    ("Sagsfremstilling", "Lejer, restauranten Gyldne Ankerkro ApS, er i restance med 8 måneders husleje. Administrationen anbefaler ophævelse af lejemålet."),
    ("Beslutning", "Godkendt.")]),
  P(8, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
 ],
 secrets=["Nordkajen Ejendomme A/S", "27,4 mio. kr.", "Morten Qvist Lauridsen", "Gyldne Ankerkro ApS", "8 måneders husleje"],
 question="Hvornår skal kommunens bygninger være fri for oliefyr?", cite=3))

# ---------------------------------------------------------------- 08 English parish council
FILES.append(dict(
 file="08_ashcombe_parish_council_2018.txt", board="Ashcombe Parish Council", date="2018-10-09", kind="referat",
 points=[
  P(1, "Apologies for absence", None, False, [("", "Apologies were received from Cllr Penrose (work commitments).")]),
  P(2, "Declarations of interest", None, False, [("", "None.")]),
  P(3, "Village hall roof repairs", "APC/18/052", False, [
    ("", "The Clerk reported three quotations for replacing the flat roof over the kitchen. The lowest was GBP 8,950 from a local contractor.\nRESOLVED: to accept the lowest quotation, to be funded from the hall maintenance reserve. Proposed Cllr Hale, seconded Cllr Mistry, carried unanimously.")]),
  P(4, "Speedwatch scheme on Mill Lane", "APC/18/047", False, [
    ("", "Eleven volunteers have now been trained. Average recorded speed during September sessions was 36 mph in the 30 mph limit.\nRESOLVED: to purchase a second speed indicator device at a cost not exceeding GBP 2,400.")]),
  P(5, "Planning application 18/01733/FUL - two dwellings, land north of The Green", "APC/18/055", False, [
    ("", "Members discussed the application. Concerns were raised about drainage and the loss of the hedgerow.\nRESOLVED: to object to the application on drainage grounds.")]),
  P(6, "Confidential item - exclusion of press and public: Clerk's salary review", "APC/18/058", True, [
    ("", "Members considered the Clerk's request for regrading. The Clerk, Mrs Harriet Oakley-Dunne, left the meeting for this item.\nRESOLVED: to move the Clerk to SCP 24 with effect from 1 November, an annual increase of GBP 1,180.")]),
 ],
 secrets=["Harriet Oakley-Dunne", "SCP 24", "GBP 1,180"],
 question="What is the parish doing about drivers going too fast on Mill Lane?", cite=4))

# ---------------------------------------------------------------- 09 aeldreraad 1994 agenda (dagsorden)
FILES.append(dict(
 file="09_aabyholm_aeldreraad_1994.txt", board="Ældrerådet", date="1994-04-12", kind="dagsorden",
 points=[
  P(1, "Godkendelse af dagsorden", None, False, []),
  P(2, "Høring: Kvalitetsstandard for hjemmehjælp 1994/95", "27.12.00", False, [
    ("", "Socialforvaltningen har sendt udkast til kvalitetsstandard i høring. Udkastet indebærer, at rengøring hos enlige pensionister ændres fra hver uge til hver 2. uge. Høringsfristen er den 2. maj 1994.\nRådet bedes drøfte et høringssvar.")]),
  P(3, "Busforbindelse til Åbyholm Sygehus", "13.05.02", False, [
    ("", "Formanden har modtaget klager over, at rute 214 ikke kører efter kl. 17. Der foreslås en henvendelse til amtets trafikselskab.")]),
  P(4, "Eventuelt", None, False, []),
 ],
 secrets=[],
 question="Bliver der gjort rent sjældnere hos ældre der bor alene?", cite=2))

# ---------------------------------------------------------------- 10 Prepare/eDoc style HTML table layout
FILES.append(dict(
 file="10_moellerup_boerne-og-ungeudvalget_2023.html", board="Børne- og Ungeudvalget", date="2023-06-13", kind="referat",
 points=[
  P(1, "Godkendelse af dagsorden", "23/00014", False, [("Beslutning", "Godkendt.")]),
  P(2, "Kvalitetsrapport for skoleområdet 2021/22", "22/19040", False, [
    ("Sagsfremstilling", "Kvalitetsrapporten viser et gennemsnitligt karakterniveau ved afgangsprøverne på 7,1. Trivselsmålingen viser, at 88 pct. af eleverne i 4.-9. klasse trives. Fraværet er steget til 6,9 pct."),
    ("Indstilling", "Forvaltningen indstiller, at rapporten sendes videre til Byrådet."),
    ("Beslutning", "Anbefales. Udvalget ønsker en særskilt handleplan for elevfravær.")]),
  P(3, "Sommerferielukning i dagtilbud 2024", "23/08870", False, [
    ("Sagsfremstilling", "Det foreslås, at alle dagtilbud holder fælles lukket i uge 29 og 30, og at der etableres nødpasning i Møllerup Børnehus for børn, hvis forældre ikke kan holde ferie."),
    ("Beslutning", "Godkendt, dog kun lukket i uge 29 i 2024 som forsøg.")]),
  P(4, "Ansøgning om tilskud til lektiecafé i Møllerup Bibliotek", "23/09112", False, [
    ("Sagsfremstilling", "Foreningen Lær Sammen søger 85.000 kr. årligt i 2 år til en lektiecafé 3 dage om ugen."),
    ("Beslutning", "Bevilget 85.000 kr. for 2023 med evaluering inden bevilling for 2024.")]),
  P(5, "Fortroligt punkt: Anbringelsessag", "23/09501", True, [
    ("Sagsfremstilling", "Sagen vedrører anbringelse uden for hjemmet af et barn fra familien Kragelund-Espersen på opholdsstedet Solsikkegården. Årlig udgift 1.620.000 kr."),
    ("Beslutning", "Udvalget tiltrådte indstillingen om anbringelse.")]),
  P(6, "Status på Ungdomsskolens natteravne-projekt", "22/14477", False, [
    ("Sagsfremstilling", "Projektet har siden efteråret haft 26 frivillige på gaden fredag og lørdag aften. Politiet oplyser, at antallet af anmeldelser om hærværk i midtbyen er faldet."),
    ("Beslutning", "Taget til efterretning.")]),
  P(7, "Fortroligt punkt: Klagesag - tilsyn med dagplejer", "23/07730", True, [
    ("Sagsfremstilling", "Dagplejer Connie Lykkegaard Thrane har klaget over pædagogisk tilsyns vurdering efter uanmeldt besøg den 4. april. Forvaltningen fastholder afgørelsen om midlertidig lukning af dagplejen i Rosenvænget."),
    ("Beslutning", "Forvaltningens afgørelse fastholdes.")]),
  P(8, "Orientering fra formanden og forvaltningen", None, False, [("Beslutning", "Forvaltningen orienterede om ny skoleleder på Vestskolen fra 1. august.")]),
  P(9, "Eventuelt", None, False, [("Beslutning", "Intet.")]),
 ],
 secrets=["Kragelund-Espersen", "Solsikkegården", "1.620.000 kr.", "Connie Lykkegaard Thrane", "dagplejen i Rosenvænget"],
 question="Skal vuggestuer og børnehaver holde lukket i sommerferien næste år?", cite=3))

DA_MONTHS = ["januar","februar","marts","april","maj","juni","juli","august","september","oktober","november","december"]
def esc(s): return html.escape(s, quote=False)
def paras_html(text): return "".join(f"<p>{esc(t)}</p>" for t in text.split("\n") if t.strip())

# ----------------------------------------------------------------- renderers
def r01(f):
    out = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
           "<title>Referat - Teknik- og Miljøudvalget - 12. marts 2019</title>",
           "<link rel=\"stylesheet\" href=\"/static/fa-print.css\"></head><body class=\"fa-meeting\">",
           "<div id=\"topbar\"><a href=\"/\">Vesterlund Kommune</a> &rsaquo; <a href=\"/udvalg/tmu\">Teknik- og Miljøudvalget</a> &rsaquo; Referat</div>",
           "<header class=\"meeting-header\">", "<h1>Teknik- og Miljøudvalget</h1>",
           "<dl class=\"meeting-meta\"><dt>Mødedato</dt><dd>12. marts 2019</dd><dt>Mødetidspunkt</dt><dd>Kl. 16:00 - 18:10</dd>",
           f"<dt>Mødested</dt><dd>{esc(f['place'])}</dd><dt>Medlemmer</dt><dd>{esc(f['present'])}</dd>",
           f"<dt>Fraværende</dt><dd>{esc(f['absent'])}</dd></dl>", "</header>",
           "<nav class=\"agenda-toc\"><h2>Indholdsfortegnelse</h2><ol>"]
    for p in f["points"]:
        out.append(f"<li><a href=\"#punkt-{p['n']}\">{p['n']}. {esc(p['title'])}</a></li>")
    out.append("</ol></nav><main>")
    for p in f["points"]:
        cls = "agenda-item closed" if p["closed"] else "agenda-item"
        out.append(f"<section class=\"{cls}\" id=\"punkt-{p['n']}\">")
        out.append(f"<h3 class=\"item-title\"><span class=\"item-no\">{p['n']}.</span> {esc(p['title'])}</h3>")
        if p["case"]:
            out.append(f"<div class=\"item-case\">Sagsnr.: {p['case']}</div>")
        for h, t in p["secs"]:
            out.append(f"<div class=\"field\"><h4>{esc(h)}</h4>{paras_html(t)}</div>")
        out.append("</section>")
    out.append("</main><footer>Udskrevet fra First Agenda Publikation 14-03-2019 09:12</footer></body></html>")
    return "\n".join(out)

def r02(f):
    L = ["HØJBY SOGNERÅD", "", "Ordinært møde tirsdag den 14/3-78 kl. 19.30 i sognerådssalen, Højby skole.",
         "", "Til stede: Sognerådsformand Poul Erik Bøgh, Anker Dahl, Karen Mølgaard, Viggo Lund,",
         "Jens Chr. Bach, Erna Schmidt og Th. Kofoed. Fraværende: ingen.", "", "-"*68, ""]
    for p in f["points"]:
        L.append(f"§ {p['n']}.  {p['title']}")
        if p["case"]: L.append(f"       J.nr. {p['case']}")
        L.append("")
        for h, t in p["secs"]:
            for line in t.split("\n"):
                L.append("       " + line)
        L.append("")
    L += ["-"*68, "Mødet hævet kl. 22.05.", "", "Protokollen oplæst og underskrevet:", "",
          "P.E. Bøgh      A. Dahl      K. Mølgaard      V. Lund      J.Chr. Bach      E. Schmidt      Th. Kofoed"]
    return "\n".join(L) + "\n"

def r03(f, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.add_heading("Nørrebjerg Skole", level=0)
    d.add_paragraph("Referat af møde i skolebestyrelsen")
    d.add_paragraph("Dato: 23.09.2021, kl. 17.00-19.30\nSted: Personalerummet, afd. Nord")
    d.add_paragraph("Deltagere: Marianne Kirk (formand), Søren Haahr, Pia Elkjær, Ahmed Yilmaz, Louise Dam (medarbejderrep.), "
                    "elevrådsformand Freja Lind, skoleleder Thomas Bredahl (sekretær). Afbud: Pia Elkjær.")
    for p in f["points"]:
        d.add_heading(f"Ad {p['n']}) {p['title']}", level=2)
        for h, t in p["secs"]:
            if h:
                para = d.add_paragraph(); r = para.add_run(h + ":"); r.bold = True
            for line in t.split("\n"):
                d.add_paragraph(line)
    d.add_paragraph("Referent: Thomas Bredahl")
    d.save(path)

def r04(f, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(20, 20, 20)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15); pdf.multi_cell(0, 8, "Lindegård Forsyning A/S", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Referat af bestyrelsesmøde\nMødedato: 2022-11-08, kl. 15.00\nSted: Administrationsbygningen, Værkstedsvej 4\n"
                   "Deltagere: Anne-Mette Lyhne (formand), Karsten Holm (næstformand), Bodil Aagaard, Peter Nørskov, "
                   "Rune Kallesøe (medarbejdervalgt)\nFra direktionen: adm. direktør Jens Ulrik Maagaard (deltog ikke under pkt. 5)",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for p in f["points"]:
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, f"Pkt. {p['n']}  {p['title']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        if p["case"]: pdf.multi_cell(0, 6, "J.nr. " + p["case"], new_x="LMARGIN", new_y="NEXT")
        for h, t in p["secs"]:
            pdf.set_font("DejaVu", "B", 10); pdf.multi_cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10); pdf.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "Referatet er godkendt elektronisk af bestyrelsen.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

def r05(f):
    rows = []
    for p in f["points"]:
        rows.append(f"<h2>Punkt {p['n']}: {esc(p['title'])}</h2>")
        if p["case"]: rows.append(f"<p class=\"sag\"><i>Acadre-sag {p['case']}</i></p>")
        for h, t in p["secs"]:
            rows.append(f"<p><b>{esc(h)}</b></p>{paras_html(t)}")
    body_html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri\">"
                 "<p>Kære udvalgsmedlemmer</p><p>Hermed referat fra dagens møde. Referatet offentliggøres på ravnsholt.dk i morgen, "
                 "dog ikke de lukkede punkter.</p><hr>"
                 "<h1>Referat - Økonomiudvalget</h1><p>Onsdag den 24. august 2016 kl. 08.00, Byrådssalen</p>"
                 "<p>Deltagere: Hanne Fog (borgmester), Erik Sandholm, Lone Bach Winther, Jakob Riis, Tove Kamp</p>"
                 + "".join(rows) +
                 "<p>Med venlig hilsen<br>Sekretariatet, Ravnsholt Kommune</p></body></html>")
    text_plain = ("Kære udvalgsmedlemmer\n\nReferatet fra Økonomiudvalgets møde 24.08.2016 er vedhæftet i HTML-udgaven af denne mail.\n"
                  "Kan du ikke se den, kontakt sekretariatet.\n")
    m = EmailMessage()
    m["From"] = "Sekretariatet <sekretariat@ravnsholt.dk>"
    m["To"] = "oekonomiudvalget@ravnsholt.dk"
    m["Subject"] = "Referat: Økonomiudvalget 24-08-2016"
    m["Date"] = format_datetime(dt.datetime(2016, 8, 24, 14, 37, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    m["Message-ID"] = "<20160824143700.4411@ravnsholt.dk>"
    m.set_content(text_plain, cte="quoted-printable")
    m.add_alternative(body_html, subtype="html", cte="quoted-printable")
    return m.as_bytes()

def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif ch == "\n": o.append("\\par\n")
        elif c < 128: o.append(ch)
        elif c < 256: o.append("\\'%02x" % c)
        else: o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)

def r06(f):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1418\margr1418\f0\fs24",
         r"{\pard\qc\b\fs32 " + rtf_esc("KILDEBRO KOMMUNE") + r"\par}",
         r"{\pard\qc\b " + rtf_esc("Kultur- og Fritidsudvalget") + r"\par}",
         r"{\pard\qc " + rtf_esc("Referat fra mødet onsdag d. 3. sept. 2008 kl. 17.00 på Kulturhuset Remisen") + r"\par}",
         r"{\pard " + rtf_esc("Til stede: Jørn Vestergaard (formand), Lis Thygesen, Bo Kræmer, Nanna Friis, Ole Brix.") + r"\par\par}"]
    for p in f["points"]:
        R.append(r"{\pard\sb240\b\f1 " + rtf_esc(f"Punkt {p['n']}. {p['title']}") + r"\par}")
        if p["case"]: R.append(r"{\pard\i " + rtf_esc("Sag: " + p["case"]) + r"\par}")
        for h, t in p["secs"]:
            R.append(r"{\pard\b " + rtf_esc(h) + r"\par}")
            R.append(r"{\pard " + rtf_esc(t) + r"\par}")
    R.append(r"{\pard\sb240 " + rtf_esc("Mødet sluttede kl. 19.15. Referent: Kirsten Lauge.") + r"\par}}")
    return "\n".join(R)

def r07(f):
    L = ["---", "kommune: Søholm Kommune", "udvalg: Søholm Byråd", "dokument: Referat", "---", "",
         "# Referat – Søholm Byråd", "", "**Torsdag 25.01.2024 kl. 19:00** · Byrådssalen, Søholm Rådhus", "",
         "**Fraværende:** Kirsten Bjerre (B), stedfortræder Lasse Hviid (B) indkaldt", "",
         "| Pkt. | Emne | Sagsnr. |", "|---|---|---|"]
    for p in f["points"]:
        L.append(f"| {p['n']} | {p['title']} | {p['case'] or ''} |")
    L.append("")
    for p in f["points"]:
        L.append(f"## {p['n']}. {p['title']}")
        L.append("")
        if p["case"]: L += [f"**Sagsnr.:** {p['case']}", ""]
        if p["closed"]: L += ["> *Behandlet for lukkede døre, jf. styrelseslovens § 10.*", ""]
        for h, t in p["secs"]:
            L += [f"### {h}", ""] + [x for line in t.split("\n") for x in (line, "")]
    L += ["---", "", "*Mødet hævet kl. 21:40*"]
    return "\n".join(L) + "\n"

def r08(f):
    L = ["ASHCOMBE PARISH COUNCIL", "",
         "Minutes of the meeting of the Parish Council held on Tuesday 9th October 2018 at 7.30pm",
         "in the Village Hall, Church Street, Ashcombe.", "",
         "Present: Cllr R. Hale (Chairman), Cllr S. Mistry, Cllr J. Farrant, Cllr D. Whitlock, Cllr A. Bell",
         "In attendance: Mrs H. Oakley-Dunne (Clerk) and 3 members of the public", "", ""]
    L[6] = "In attendance: the Clerk and 3 members of the public"
    for p in f["points"]:
        head = f"Item {p['n']}. {p['title']}"
        if p["case"]: head += f"   [Ref: {p['case']}]"
        L += [head, ""]
        for h, t in p["secs"]:
            L += t.split("\n") + [""]
    L += ["There being no further business the meeting closed at 9.12pm.", "",
          "Signed ....................................  (Chairman)      Date ..................."]
    return "\r\n".join(L) + "\r\n"

def r09(f):
    L = ["                         ÅBYHOLM KOMMUNE", "                           ÆLDRERÅDET", "",
         "                           D A G S O R D E N", "",
         "til møde i Ældrerådet tirsdag den 12.04.94 kl. 14.00 i mødelokale 3,",
         "Rådhuset, Torvet 1.", "", "Afbud bedes meddelt til sekretær Inger Holst, lok. 217.", "", ""]
    for p in f["points"]:
        L.append(f"Ad pkt. {p['n']}:  {p['title']}")
        if p["case"]: L.append(f"           J.nr. {p['case']}")
        for h, t in p["secs"]:
            for line in t.split("\n"):
                L.append("           " + line)
        L.append("")
    L += ["", "Åbyholm, den 5.04.94", "", "Gudrun Sejersen", "formand"]
    return "\n".join(L) + "\n"

def r10(f):
    out = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">",
           "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
           "<title>Møllerup Kommune - Dagsorden og referat</title></head><body>",
           "<table width=\"100%\" class=\"hdr\"><tr><td><img src=\"logo.gif\" alt=\"Møllerup Kommune\"></td>",
           "<td align=\"right\"><b>Referat</b><br>Børne- og Ungeudvalget<br>13-06-2023 kl. 15:30<br>Mødelokale Egen, Rådhuset</td></tr></table>",
           "<table class=\"deltagere\"><tr><td>Deltagere:</td><td>Malene Thorup, Niels Fisker, Gitte Aabo, Hassan Omar, Rikke Strand</td></tr>",
           "<tr><td>Afbud:</td><td>Gitte Aabo</td></tr></table><hr>"]
    for p in f["points"]:
        out.append("<table class=\"punkt\" width=\"100%\" cellpadding=\"4\">")
        out.append(f"<tr class=\"punkthoved\"><td width=\"15%\"><b>Punkt {p['n']}</b></td><td><b>{esc(p['title'])}</b></td></tr>")
        if p["case"]: out.append(f"<tr><td>Sagsnr.:</td><td>{p['case']}</td></tr>")
        for h, t in p["secs"]:
            out.append(f"<tr><td valign=\"top\"><u>{esc(h)}</u></td><td>{paras_html(t)}</td></tr>")
        out.append("</table><br>")
    out.append("<p class=\"fod\">Genereret af eDoc Dagsorden &amp; Referat</p></body></html>")
    return "\n".join(out)

def build():
    for f in FILES:
        path = os.path.join(HERE, f["file"]); ext = f["file"].rsplit(".", 1)[1]
        r = {"01": r01, "02": r02, "05": r05, "06": r06, "07": r07, "08": r08, "09": r09, "10": r10}.get(f["file"][:2])
        if f["file"][:2] == "03": r03(f, path)
        elif f["file"][:2] == "04": r04(f, path)
        else:
            data = r(f)
            mode = "wb" if isinstance(data, bytes) else "w"
            with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as fh:
                fh.write(data)
    exp = []
    for f in FILES:
        exp.append({"file": f["file"], "board": f["board"], "date": f["date"], "kind": f["kind"],
                    "points": [[p["n"], p["title"], p["case"], p["closed"]] for p in f["points"]],
                    "secrets": f["secrets"], "question": f["question"], "cite_punkt": f["cite"]})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    # self-checks on the source data
    for f in FILES:
        for s in f["secrets"]:
            for p in f["points"]:
                txt = p["title"] + "\n" + "\n".join(h + "\n" + t for h, t in p["secs"])
                if s in txt: assert p["closed"], (f["file"], s, p["n"])
            assert any(s in "\n".join(t for h, t in p["secs"]) for p in f["points"] if p["closed"]), (f["file"], s)
        assert 4 <= len(f["points"]) <= 9
        assert not next(p for p in f["points"] if p["n"] == f["cite"])["closed"]

if __name__ == "__main__":
    build()
