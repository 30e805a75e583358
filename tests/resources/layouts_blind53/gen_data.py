# -*- coding: utf-8 -*-
"""Invented content for layouts_blind53. Every municipality, board, person, address,
amount and case number below is fictitious.

Each meeting: dict with header fields and points; each point: num, title (as printed in
the file's heading), case (as printed, without its label; None if the file gives none),
closed, sections [(heading, text)]. SECRETS[k] lists the phrases that occur only in the
bodies of the closed points of meeting k."""

M = {}

# ---------------------------------------------------------------- 01 HTML (agenda system)
M["01"] = dict(
    file="01_fjordlund_plan-og-byudvalget_2022.html",
    town="Fjordlund Kommune", board="Plan- og Byudvalget", date="2022-11-08",
    date_text="Tirsdag den 8. november 2022 kl. 15.30",
    place="Mødelokale Ålegræsset, Fjordlund Rådhus",
    members="Birgitte Hald (A), formand; Kasper Nørgaard Lind (V); Sanne Ørum (F); Tobias Kjeldgaard (C); Hanne Mejlby (Ø)",
    absent="Tobias Kjeldgaard (C)",
    points=[
     dict(num=141, title="Godkendelse af dagsorden", case="22/00031", closed=False, sections=[
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Godkendt.")]),
     dict(num=142, title="Lokalplan 1.87 for boliger ved Strandengen", case="22/04417", closed=False, sections=[
        ("Sagsfremstilling", "Forslaget til lokalplan 1.87 giver mulighed for at opføre op til 46 rækkehuse og 12 parcelhuse på den tidligere gartnerigrund ved Strandengen. Bebyggelsen må højst være 8,5 meter høj, og mindst 35 % af området skal udlægges til fælles friarealer. Der er lavet en støjberegning for Fjordvejen, som viser, at en 2,4 meter høj jordvold er nødvendig mod nord."),
        ("Indstilling", "Forvaltningen indstiller, at forslaget til lokalplan 1.87 vedtages og sendes i offentlig høring i 8 uger."),
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Anbefales, dog skal antallet af rækkehuse nedsættes til 40 af hensyn til udsigten fra stien langs fjorden. Hanne Mejlby (Ø) stemte imod, da hun ønsker en højere andel af almene boliger.")]),
     dict(num=143, title="Cykelstiplan 2023-2030", case="22/03380", closed=False, sections=[
        ("Sagsfremstilling", "Cykelstiplanen prioriterer 14 nye strækninger med i alt 23 km sti. Den første etape er en dobbeltrettet sti mellem Skovhuse og Fjordlund Skole, som koster 9,6 mio. kr. Forvaltningen søger Vejdirektoratets cykelpulje om 40 % af udgiften."),
        ("Indstilling", "Forvaltningen indstiller, at planen sendes i høring hos skolebestyrelser og lokalråd."),
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Godkendt.")]),
     dict(num=144, title="Lukket punkt: Forkøbsret til ejendom", case="22/05102", closed=True, sections=[
        ("Sagsfremstilling", "Kommunen har forkøbsret til ejendommen Kystvejen 212, som sælges af dødsboet efter Margit Elkjær Bonde. Ejendommen ligger i forlængelse af det planlagte kystsikringsdige, og den aftalte købesum er 3.340.000 kr."),
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Udvalget anbefaler over for Økonomiudvalget, at forkøbsretten udnyttes.")]),
     dict(num=145, title="Bevaringsværdige bygninger i Gl. Fjordlund – SAVE-registrering", case="21/11873", closed=False, sections=[
        ("Sagsfremstilling", "En SAVE-registrering af 312 bygninger i den gamle bydel har udpeget 58 bygninger med høj bevaringsværdi (kategori 1-3). Udpegningen betyder, at nedrivning kræver offentlig bekendtgørelse efter planloven."),
        ("Indstilling", "Forvaltningen indstiller, at de 58 bygninger indarbejdes i kommuneplantillæg nr. 9."),
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Godkendt. Udvalget ønsker et borgermøde i Gl. Fjordlund i januar.")]),
     dict(num=146, title="Dispensation fra strandbeskyttelseslinjen – badebro ved Sølystparken", case="22/04960", closed=False, sections=[
        ("Sagsfremstilling", "Grundejerforeningen Sølyst søger om at opsætte en 60 meter lang badebro, som fjernes i vinterhalvåret. Kystdirektoratet har givet tilladelse på søterritoriet."),
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Dispensation meddelt på vilkår om, at broen er offentligt tilgængelig.")]),
     dict(num=147, title="Meddelelser", case="22/00031", closed=False, sections=[
        ("Beslutning i Plan- og Byudvalget den 08-11-2022", "Formanden orienterede om, at byggeriet af Fjordlund Bibliotek er forsinket til april 2023.")]),
    ],
    question="Hvor mange nye huse må der bygges på den gamle gartnergrund nede ved fjorden?", cite=142)

# ---------------------------------------------------------------- 02 TXT (text from PDF)
M["02"] = dict(
    file="02_krageholm_teknisk-udvalg_2017.txt",
    town="Krageholm Kommune", board="Teknisk Udvalg", date="2017-09-14",
    date_text="Torsdag den 14. september 2017 kl. 16.00", date_short="14.09.2017",
    place="Udvalgsværelse 3, Krageholm Rådhus",
    members="Leif Brøndum (formand), Agnete Skov Pallesen, Rasmus Thygesen, Yvonne Kring, Bent Hejlskov",
    absent="Yvonne Kring",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="000-2017-0112", closed=False, sections=[
        ("Beslutning", "Dagsordenen blev godkendt.")]),
     dict(num=2, title="Udskiftning af vejbelysning til LED, etape 3", case="330-2017-3619", closed=False, sections=[
        ("Sagsfremstilling", "Tredje etape omfatter udskiftning af 1.850 armaturer i boligkvartererne syd for jernbanen. De nuværende kviksølvlamper er forældede, og reservedele kan ikke længere skaffes. Med LED-armaturer forventes elforbruget til vejbelysningen i området at falde med 58 %, og tilbagebetalingstiden er beregnet til 9 år. Udskiftningen sker fra november 2017 til marts 2018."),
        ("Økonomi", "Anlægsudgiften udgør 6,2 mio. kr., som finansieres af lånepuljen til energibesparende foranstaltninger."),
        ("Indstilling", "Teknik og Miljø indstiller, at udvalget anbefaler en anlægsbevilling på 6,2 mio. kr."),
        ("Beslutning", "Anbefales over for Økonomiudvalget og Byrådet.")]),
     dict(num=3, title="Vintertjeneste – regulativ 2017-2018", case="330-2017-2904", closed=False, sections=[
        ("Sagsfremstilling", "Regulativet fastlægger, hvilke veje og stier der ryddes først. Nyt i år er, at stien langs Krageholm Å opgraderes til klasse 1, så den ryddes inden kl. 6.30 på hverdage. Forvaltningen har indkøbt to mindre saltspredere til brug på cykelstierne."),
        ("Beslutning", "Godkendt med den ændring, at fortovet ved Lindegårdens Plejecenter også opgraderes til klasse 1.")]),
     dict(num=4, title="Trafikdæmpning på Møllebakken", case="330-2017-4102", closed=False, sections=[
        ("Sagsfremstilling", "Beboerne på Møllebakken har indsamlet 214 underskrifter for lavere hastighed. Hastighedsmålinger viser, at 85 % af bilisterne kører 58 km/t eller derunder, hvor grænsen er 50 km/t. Forvaltningen foreslår tre vejbump og en skiltet hastighed på 40 km/t."),
        ("Beslutning", "Godkendt. Arbejdet udføres i foråret 2018.")]),
     dict(num=5, title="Erstatningssag – vandskade Hasselvej (Fortroligt)", case="330-2017-4455", closed=True, sections=[
        ("Sagsfremstilling", "Ejeren af Hasselvej 31, Thorvald Ibsen Rask, kræver erstatning for oversvømmelse af kælderen efter skybruddet i juli. Kommunens entreprenør Topsikring A/S har erkendt, at en rendestensbrønd var tilstoppet efter vejarbejde. Kravet er opgjort til 186.400 kr."),
        ("Beslutning", "Sagen oversendes til forsikringsselskabet med henblik på regres.")]),
     dict(num=6, title="Busbetjening af Krageholm Nord", case="330-2017-3377", closed=False, sections=[
        ("Sagsfremstilling", "Linje 14 kører i dag hver time i dagtimerne. Trafikselskabet har tilbudt halvtimesdrift mellem kl. 6 og 18 på hverdage for en merudgift på 740.000 kr. om året. Passagertallet på linjen er steget med 22 % siden 2015."),
        ("Beslutning", "Udvalget anbefaler halvtimesdrift fra køreplanskiftet i december 2017.")]),
     dict(num=7, title="Orientering", case="000-2017-0112", closed=False, sections=[
        ("Beslutning", "Formanden orienterede om, at genbrugspladsen holder lukket 2. juledag.")]),
    ],
    question="Hvornår bliver de gamle gadelamper skiftet ud, og hvor meget strøm sparer vi ved det?", cite=2)

# ---------------------------------------------------------------- 03 DOCX
M["03"] = dict(
    file="03_ravnsbaek_skole-og-dagtilbudsudvalget_2020.docx",
    town="Ravnsbæk Kommune", board="Skole- og Dagtilbudsudvalget", date="2020-03-02",
    date_text="Mandag 2. marts 2020, kl. 17.00-19.30",
    place="Ravnsbæk Skole, personalerummet",
    members="Gitte Laursen Holm (formand), Mads Erbs, Khadija Amiri, Søren Bruun Fogh, Pia Thulstrup",
    absent="Ingen",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="KLE 00.01.00-A00-1-20", closed=False, sections=[
        ("Udvalgets beslutning", "Godkendt.")]),
     dict(num=2, title="Åbningstider i daginstitutionerne fra august 2020", case="KLE 28.09.00-P20-2-20", closed=False, sections=[
        ("Sagsfremstilling", "En forældreundersøgelse med 1.236 besvarelser viser, at 19 % af forældrene har behov for pasning efter kl. 16.30 mindst to dage om ugen. Forvaltningen foreslår, at tre institutioner – én i hvert distrikt – holder åbent til kl. 17.30 mandag til torsdag, mens øvrige institutioner lukker kl. 16.30. Fredag lukker alle institutioner kl. 16.00."),
        ("Økonomi", "Den udvidede åbningstid koster 1,4 mio. kr. årligt, som finansieres inden for dagtilbudsrammen."),
        ("Indstilling", "Forvaltningen indstiller, at modellen med tre aftenåbne institutioner indføres fra 1. august 2020."),
        ("Udvalgets beslutning", "Godkendt, dog således at ordningen evalueres efter et år med en ny forældreundersøgelse.")]),
     dict(num=3, title="Skolernes trivselsmåling 2019", case="KLE 17.01.10-G01-5-20", closed=False, sections=[
        ("Sagsfremstilling", "Den nationale trivselsmåling viser, at den sociale trivsel i 4.-9. klasse er steget fra 3,8 til 3,9 på en skala fra 1 til 5. Andelen af elever, der føler sig ensomme, er dog steget på mellemtrinnet. Skolerne vil igangsætte venskabsklasser og fælles frikvartersaktiviteter."),
        ("Udvalgets beslutning", "Taget til efterretning.")]),
     dict(num=4, title="Personalesag", case="KLE 81.03.00-G01-4-20", closed=True, sections=[
        ("Sagsfremstilling", "Sagen vedrører souschef Lotte Engholm Vestergaard, som har fået en tjenstlig advarsel af 11. februar 2020 for gentagne overtrædelser af instruksen om udflugter. Lederen af Mejsebo Børnehus anbefaler omplacering."),
        ("Udvalgets beslutning", "Udvalget tog orienteringen til efterretning.")]),
     dict(num=5, title="Anlægsbevilling til ny legeplads ved Bøgely Skole", case="KLE 82.02.00-G01-3-20", closed=False, sections=[
        ("Sagsfremstilling", "Legepladsen ved Bøgely Skole er lukket, efter at et inspektionsfirma fandt råd i klatretårnet. Skolebestyrelsen og elevrådet har udarbejdet et forslag med motorikbane, bålhytte og multibane."),
        ("Økonomi", "Projektet koster 2,1 mio. kr. Skolens støtteforening bidrager med 150.000 kr."),
        ("Udvalgets beslutning", "Anbefales over for Økonomiudvalget.")]),
     dict(num=6, title="Klagesag vedr. specialundervisning", case="KLE 17.13.00-K09-2-20", closed=True, sections=[
        ("Sagsfremstilling", "Forældrene til eleven Noah Brink Saxtorph klager over afslag på visitation til specialklasse på Ulvegårdens Skole. Klagenævnet for Specialundervisning har bedt kommunen genoverveje afgørelsen."),
        ("Udvalgets beslutning", "Afgørelsen fastholdes, og sagen sendes til klagenævnet.")]),
     dict(num=7, title="Meddelelser", case="KLE 00.01.00-A00-1-20", closed=False, sections=[
        ("Udvalgets beslutning", "Formanden orienterede om, at skolernes vinterferie fremover ligger i uge 8.")]),
    ],
    question="Kan jeg hente mit barn i vuggestuen senere end halv fem efter sommerferien?", cite=2)

# ---------------------------------------------------------------- 04 PDF
M["04"] = dict(
    file="04_tjoernelund_havn_bestyrelse_2021.pdf",
    town="Tjørnelund Havn I/S", board="Bestyrelsen for Tjørnelund Havn I/S", date="2021-06-21",
    date_text="21/06/2021 kl. 14:00", place="Havnekontoret, Østre Kaj 2",
    members="Jens Peter Hjort (formand), Susanne Vad, Ole Kærgaard, Marianne Bisgaard, havnefoged Lars Ubbesen (referent)",
    absent="Marianne Bisgaard",
    points=[
     dict(num=1, title="Godkendelse af referat fra 15/03/2021", case=None, closed=False, sections=[
        ("Bestyrelsen besluttede", "Referatet blev godkendt og underskrevet.")]),
     dict(num=2, title="Regnskab 2020", case="Sag nr. 4", closed=False, sections=[
        ("Redegørelse", "Havnens omsætning var 11,8 mio. kr. i 2020, og resultatet blev et overskud på 640.000 kr. Færgetrafikken faldt med 31 % under nedlukningen, men lystbådehavnen havde rekordmange gæstenætter. Revisionen har ingen bemærkninger."),
        ("Bestyrelsen besluttede", "Regnskabet blev godkendt og underskrevet.")]),
     dict(num=3, title="Uddybning af sejlrenden til 7,5 meter", case="Sag nr. 8", closed=False, sections=[
        ("Redegørelse", "Større fragtskibe kan i dag kun anløbe ved højvande. En uddybning fra 6,2 til 7,5 meter kræver oprensning af ca. 48.000 m³ havbund, som klappes på den godkendte klapplads nord for Lindø Rev. Miljøstyrelsen forventes at give tilladelse i september."),
        ("Bestyrelsen besluttede", "Havnefogeden bemyndiges til at indhente tilbud. Projektet forelægges igen, når prisen kendes.")]),
     dict(num=4, title="Takster for lystbådepladser 2022", case="Sag nr. 11", closed=False, sections=[
        ("Redegørelse", "Taksterne har været uændrede siden 2017. Havnefogeden foreslår en stigning på 6 %, så en plads til en båd på 10 x 3,5 meter koster 7.950 kr. om året inkl. moms. Gæstesejlere betaler fremover 210 kr. pr. døgn."),
        ("Bestyrelsen besluttede", "Taksterne godkendes med virkning fra 1. januar 2022. Bådelaugets rabat på 10 % fastholdes.")]),
     dict(num=5, title="Lejekontrakt for pakhus 3", case="Sag nr. 12", closed=True, sections=[
        ("Redegørelse", "Nordsø Fiskeeksport ApS ønsker at leje hele pakhus 3 til frysehus. Lejen er forhandlet til 62 kr. pr. m² årligt, og kontrakten er uopsigelig i 15 år fra lejers side."),
        ("Bestyrelsen besluttede", "Formanden bemyndiges til at underskrive kontrakten.")]),
     dict(num=6, title="Eventuelt", case=None, closed=False, sections=[
        ("Bestyrelsen besluttede", "Havnefesten holdes lørdag den 14. august. Næste møde er 20/09/2021.")]),
    ],
    question="Hvad kommer det til at koste at have sin sejlbåd liggende i havnen næste år?", cite=4)

# ---------------------------------------------------------------- 05 Markdown
M["05"] = dict(
    file="05_moellerup_aeldreraadet_2016.md",
    town="Møllerup Kommune", board="Ældrerådet", date="2016-03-09",
    date_text="Onsdag d. 9/3 2016 kl. 10.00-12.30", place="Møllerup Bibliotek, mødelokale 2",
    members="Inger Rosenkvist (formand), Arne Damsgaard, Bodil Havsteen, Villy Kragh, Edith Lomholt, Poul Tarp",
    absent="Villy Kragh",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case=None, closed=False, sections=[
        ("Konklusion", "Godkendt.")]),
     dict(num=2, title="Høringssvar: Kvalitetsstandard for madservice", case="J.nr. 2016-14", closed=False, sections=[
        ("Baggrund", "Kommunen har sendt den reviderede kvalitetsstandard for madservice i høring. Prisen for en hovedret bragt ud til borgeren stiger fra 49 kr. til 54 kr., og udbringning sker fremover tre gange om ugen i stedet for dagligt. Maden leveres som kølemad."),
        ("Drøftelse", "Rådet er bekymret for, at borgere med demens ikke kan håndtere kølemad selv. Flere medlemmer ønsker, at der fortsat tilbydes varm mad på helligdage."),
        ("Konklusion", "Formanden skriver et høringssvar, der anbefaler daglig levering til borgere med demens og varm mad juleaften og nytårsaften. Fristen er 18. marts.")]),
     dict(num=3, title="Ældrerådets budget 2016", case="J.nr. 2016-03", closed=False, sections=[
        ("Baggrund", "Rådet har 62.000 kr. til rådighed i 2016, heraf 18.000 kr. til kurser og 25.000 kr. til valget i 2017."),
        ("Konklusion", "Budgettet blev godkendt.")]),
     dict(num=4, title="Lukket sag: Henvendelse fra pårørende", case="J.nr. 2016-19", closed=True, sections=[
        ("Baggrund", "Datteren til beboer Ejnar Kloster Madsen har skrevet til rådet om manglende tilsyn på Plejecenter Lærkely efter et fald den 17. januar, hvor faderen lå på gulvet i flere timer."),
        ("Konklusion", "Rådet oversender henvendelsen til ældrechefen og beder om en redegørelse.")]),
     dict(num=5, title="Valg til ældrerådet 2017", case="J.nr. 2016-07", closed=False, sections=[
        ("Baggrund", "Valget holdes som brevstemmevalg i oktober 2017. Alle borgere over 60 år kan stemme og stille op. Ved sidste valg var stemmeprocenten 47."),
        ("Konklusion", "Et valgudvalg med Bodil Havsteen og Poul Tarp nedsættes.")]),
     dict(num=6, title="Eventuelt", case=None, closed=False, sections=[
        ("Konklusion", "Næste møde holdes onsdag d. 13/4 2016 på Møllerup Rådhus.")]),
    ],
    question="Hvad skal man give for at få aftensmaden kørt ud, når man er gammel og ikke selv kan lave mad?", cite=2)

# ---------------------------------------------------------------- 06 RTF
M["06"] = dict(
    file="06_brombaerholm_kultur-og-fritidsudvalget_2023.rtf",
    town="Brombærholm Kommune", board="Kultur- og Fritidsudvalget", date="2023-03-16",
    date_text="Tors. 16.03.23 kl. 16.30", place="Brombærhallen, mødelokale 1. sal",
    members="Nikolaj Dybdahl (formand), Lene Stampe, Frederik Aas, Mette Kobberø, Jakob Seidelin",
    absent="Lene Stampe",
    points=[
     dict(num=23, title="Godkendelse af dagsorden", case="23/0102", closed=False, sections=[
        ("Beslutning den 16.03.2023", "Godkendt.")]),
     dict(num=24, title="Tilskud til foreningernes energiudgifter 2023", case="23/1187", closed=False, sections=[
        ("Sagsfremstilling", "De stigende energipriser har ramt foreninger med egne klubhuse hårdt. Forvaltningen foreslår en pulje på 800.000 kr., hvor foreninger kan søge om dækning af 50 % af merudgiften i forhold til 2021. Ansøgningsfristen foreslås til 1. maj 2023."),
        ("Beslutning den 16.03.2023", "Godkendt. Puljen finansieres af det uforbrugte lokaletilskud fra 2022.")]),
     dict(num=25, title="Ny kunstgræsbane ved Brombærholm Stadion", case="23/0877", closed=False, sections=[
        ("Sagsfremstilling", "Brombærholm IF har 540 aktive fodboldspillere, og græsbanerne kan ikke bruges fra november til marts. En kunstgræsbane med lys og infill af kork koster 7,3 mio. kr. DBU's anlægspulje har givet tilsagn om 1 mio. kr."),
        ("Beslutning den 16.03.2023", "Udvalget anbefaler, at projektet indgår i budgetforhandlingerne for 2024, og at banen kan tages i brug i august 2024.")]),
     dict(num=26, title="Bibliotekets åbningstider – selvbetjening i Lunde filial", case="23/1020", closed=False, sections=[
        ("Sagsfremstilling", "Lunde filial foreslås omlagt til selvbetjent bibliotek med adgang med sundhedskort alle dage kl. 7-22. Der vil være personale til stede tirsdag og torsdag eftermiddag."),
        ("Beslutning den 16.03.2023", "Godkendt.")]),
     dict(num=27, title="Forpagtning af cafeteria i Brombærhallen", case="23/1344", closed=True, sections=[
        ("Sagsfremstilling", "Forpagteren Hallens Køkken v/ Dorte Frisk har en restance på 61.250 kr. og ønsker at opsige aftalen. Et nyt udbud foreslås med en forpagtningsafgift på 14.000 kr. pr. måned."),
        ("Beslutning den 16.03.2023", "Forvaltningen går videre med nyt udbud.")]),
     dict(num=28, title="Meddelelser", case="23/0102", closed=False, sections=[
        ("Beslutning den 16.03.2023", "Orientering om kulturnatten fredag den 13. oktober.")]),
    ],
    question="Kommer fodboldklubben til at få et sted at træne om vinteren, og hvornår?", cite=25)

# ---------------------------------------------------------------- 07 EML
M["07"] = dict(
    file="07_skovkrogen_borger-og-erhvervsudvalget_2018.eml",
    town="Skovkrogen Kommune", board="Borger- og Erhvervsudvalget", date="2018-05-28",
    date_text="Mandag den 28. maj 2018 kl. 16.15", date_short="28-05-2018",
    place="Mødelokale Egen, Skovkrogen Rådhus",
    members="Anja Wiberg (formand), Per Holmegaard, Rikke Damm Juhl, Tariq Shah, Kirstine Lyng",
    absent="Per Holmegaard",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="S2018-00010", closed=False, sections=[
        ("Beslutning", "Godkendt.")]),
     dict(num=2, title="Erhvervsklimamåling 2018", case="S2018-00388", closed=False, sections=[
        ("Sagsfremstilling", "I Dansk Industris måling af erhvervsklimaet er Skovkrogen rykket fra nr. 61 til nr. 44 af 98 kommuner. Virksomhederne er mest tilfredse med byggesagsbehandlingen og mindst tilfredse med den kollektive trafik."),
        ("Beslutning", "Taget til efterretning. Udvalget ønsker en handleplan for erhvervsservice til august.")]),
     dict(num=3, title="Torvedage og markedsplads på Rådhuspladsen", case="S2018-00412", closed=False, sections=[
        ("Sagsfremstilling", "Handelsstandsforeningen ønsker torvedage hver lørdag fra maj til september. Standpladsleje foreslås til 150 kr. pr. dag for lokale producenter og 300 kr. for øvrige."),
        ("Indstilling", "Administrationen indstiller, at torvedagene gennemføres som forsøg i 2018."),
        ("Beslutning", "Godkendt som forsøg. Evaluering i oktober.")]),
     dict(num=4, title="Borgerservice: Ventetider i telefonen", case="S2018-00297", closed=False, sections=[
        ("Sagsfremstilling", "Den gennemsnitlige ventetid i borgerservice' telefon var 6 minutter og 40 sekunder i 1. kvartal 2018, og 17 % af opkaldene blev afbrudt, før borgeren kom igennem. Administrationen foreslår et tilbagekaldssystem og en fast telefontid kl. 8-10 for pension og boligstøtte."),
        ("Indstilling", "Administrationen indstiller, at målet for ventetid fastsættes til højst 3 minutter."),
        ("Beslutning", "Godkendt. Tilbagekaldsfunktionen indføres 1. september 2018.")]),
     dict(num=5, title="Lejeaftale – iværksætterhuset", case="S2018-00455", closed=True, sections=[
        ("Sagsfremstilling", "Kroghs Kaffebar IVS ønsker at leje stueetagen i Nørregade 9B til café og coworking. Lejer søger om 3 måneders huslejefritagelse som led i iværksætterordningen."),
        ("Beslutning", "Godkendt.")]),
     dict(num=6, title="Eventuelt", case="S2018-00010", closed=False, sections=[
        ("Beslutning", "Intet.")]),
    ],
    question="Hvor længe skal man regne med at hænge i røret, når man ringer ind til kommunen?", cite=4)

# ---------------------------------------------------------------- 08 ODT (English)
M["08"] = dict(
    file="08_ulvedal_finance-committee_2015.odt",
    town="Ulvedal Municipality", board="Finance Committee", date="2015-11-24",
    date_text="Tuesday 24 November 2015, 6.30 pm", place="Committee Room B, Ulvedal Town Hall",
    members="Cllr. Henrik Sandholt (Chair), Cllr. Maja Fenger, Cllr. Oliver Bredsdorff, Cllr. Annette Quist, Cllr. Jon Ellehave",
    absent="Cllr. Annette Quist",
    points=[
     dict(num=1, title="Apologies and declarations of interest", case="FC/15/001", closed=False, sections=[
        ("Minutes", "Apologies were received from Cllr. Annette Quist. Cllr. Jon Ellehave declared an interest in item 4 as a trustee of the sports trust and left the room for that item.")]),
     dict(num=2, title="Budget monitoring, October 2015", case="FC/15/058", closed=False, sections=[
        ("Background", "The forecast outturn for 2015 shows an overspend of DKK 4.1 million, mainly on special needs education and residential care for adults. Underspends on energy and interest costs offset DKK 1.6 million."),
        ("Resolved", "That the report be noted and that directors present recovery plans in January.")]),
     dict(num=3, title="Council tax base 2016", case="FC/15/059", closed=False, sections=[
        ("Background", "The income tax rate is proposed unchanged at 25.3 per cent, and the land tax rate at 26.0 per mille. The tax base is expected to grow by 2.8 per cent."),
        ("Resolved", "That the Council be recommended to keep both rates unchanged for 2016.")]),
     dict(num=4, title="Loan to Ulvedal Sports Trust for new changing rooms", case="FC/15/060", closed=False, sections=[
        ("Background", "The trust that runs Ulvedal Stadium has asked for a loan of DKK 2.4 million to replace the 1970s dressing rooms, which fail current accessibility rules. The trust will repay over 20 years at the municipality's own borrowing rate plus 0.5 percentage points."),
        ("Recommendation", "That a loan of DKK 2.4 million be granted, secured by a mortgage on the clubhouse."),
        ("Resolved", "Agreed, subject to the trust presenting a business plan by 31 January 2016.")]),
     dict(num=5, title="Disposal of land at Mill Lane", case="FC/15/061", closed=True, sections=[
        ("Background", "Three bids were received for the former depot site. The highest bid, DKK 9.6 million, came from Harrowgate Homes Ltd for plot 14c, conditional on planning permission for 28 terraced houses."),
        ("Resolved", "That the bid be accepted.")]),
     dict(num=6, title="Any other business", case=None, closed=False, sections=[
        ("Minutes", "The Chair thanked the finance team for the new monthly dashboard. The next meeting is on 15 December 2015.")]),
    ],
    question="Will the football club get help from the council to pay for modern dressing facilities at the stadium?", cite=4)

# ---------------------------------------------------------------- 09 XML export
M["09"] = dict(
    file="09_havbjerg_socialudvalget_2024.xml",
    town="Havbjerg Kommune", board="Socialudvalget", date="2024-04-11",
    date_text="2024-04-11T16:00:00+02:00", place="Havbjerg Rådhus, lokale 2.14",
    members=["Sofie Brandt Juul (formand)", "Mikkel Adamsen", "Ruth Engstrøm", "Ali Demir", "Trine Kofod Ravn"],
    absent=["Ali Demir"],
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="24/00015", closed=False, sections=[
        ("Beslutning", "Godkendt.")]),
     dict(num=2, title="Udvidelse af Værestedet Ankeret", case="24/03310", closed=False, sections=[
        ("Sagsfremstilling", "Værestedet Ankeret på Kirkegade har i dag åbent kl. 9-15 på hverdage og besøges dagligt af 35-40 socialt udsatte borgere, heraf mange hjemløse. Forvaltningen foreslår åbent til kl. 21 alle ugens dage og et aftenmåltid, så borgerne har et varmt sted at være om aftenen."),
        ("Økonomi", "Udvidelsen koster 1,9 mio. kr. årligt, heraf finansieres 0,8 mio. kr. af satspuljen for hjemløse."),
        ("Beslutning", "Godkendt med start 1. juni 2024. Udvalget ønsker en status efter seks måneder.")]),
     dict(num=3, title="Handicappolitik 2024-2027 – høringsudkast", case="24/05512", closed=False, sections=[
        ("Sagsfremstilling", "Udkastet har fire temaer: bolig, job, fritid og tilgængelighed. Handicaprådet har været med til at skrive udkastet, og der holdes et dialogmøde den 7. maj."),
        ("Beslutning", "Udkastet sendes i høring i seks uger.")]),
     dict(num=4, title="Klage over afgørelse om botilbud", case="24/06120", closed=True, sections=[
        ("Sagsfremstilling", "Værgen for Rikke Stougaard Helm klager over, at kommunen har afslået ophold på Botilbuddet Engbo. Et ophold vil give en merudgift på 398.600 kr. om året i forhold til den nuværende støtte."),
        ("Beslutning", "Afgørelsen fastholdes.")]),
     dict(num=5, title="Socialtilsynets rapport for Havbjerghus", case="24/04877", closed=False, sections=[
        ("Sagsfremstilling", "Socialtilsyn Syd har foretaget et uanmeldt tilsyn og vurderer, at kvaliteten er tilfredsstillende. Tilsynet anbefaler bedre dokumentation af magtanvendelser."),
        ("Beslutning", "Taget til efterretning.")]),
     dict(num=6, title="Tilbagebetaling af særlig støtte", case="24/06201", closed=True, sections=[
        ("Sagsfremstilling", "Camilla Oddershede har modtaget en § 34-ydelse på 27.300 kr. på et urigtigt grundlag, og Ankestyrelsen har stadfæstet kravet."),
        ("Beslutning", "Kravet fastholdes, men afdrages med 500 kr. pr. måned.")]),
     dict(num=7, title="Meddelelser", case="24/00015", closed=False, sections=[
        ("Beslutning", "Formanden orienterede om KL's socialkonference i juni.")]),
    ],
    question="Får byens hjemløse et sted at være om aftenen også, og fra hvornår?", cite=2)

# ---------------------------------------------------------------- 10 Word-saved HTML (agenda)
M["10"] = dict(
    file="10_egebaek_klima-og-miljoeudvalget_2019.htm",
    town="Egebæk Kommune", board="Klima- og Miljøudvalget", date="2019-01-21",
    date_text="21. januar 2019 kl. 15.00", date_short="21.01.2019",
    place="Egebæk Rådhus, mødelokale Kobbermøllen",
    members="Carsten Lodahl (formand), Vibeke Nygaard, Emil Bæk Riis, Hanne-Lise Mørk, Morten Grue",
    absent="",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="EMN-2019-00021", closed=False, sections=[
        ("Indstilling", "Forvaltningen indstiller, at dagsordenen godkendes.")]),
     dict(num=2, title="Klimatilpasningsplan for Egebæk by", case="EMN-2018-01187", closed=False, sections=[
        ("Sagsfremstilling", "Planen udpeger fem områder med risiko for oversvømmelse ved skybrud, bl.a. Bymidten og Engkvarteret. Der foreslås regnvandsbassiner i Bøgeparken og grønne render langs Skolevej. Samlet pris er 38 mio. kr. over ti år, som finansieres af forsyningen."),
        ("Indstilling", "Forvaltningen indstiller, at planen sendes i offentlig høring i otte uger.")]),
     dict(num=3, title="Affaldsplan 2019-2024 – ny ordning for madaffald", case="EMN-2018-00940", closed=False, sections=[
        ("Sagsfremstilling", "Fra 1. april 2020 skal alle husstande sortere madaffald i en særskilt beholder, som tømmes hver 14. dag sammen med restaffaldet i en todelt spand. Borgerne får udleveret køkkenspand og grønne poser. Husstandene kan fortsat bestille en ekstra beholder til haveaffald."),
        ("Økonomi", "Ordningen øger renovationsgebyret med 325 kr. om året for et parcelhus."),
        ("Indstilling", "Forvaltningen indstiller, at udvalget anbefaler affaldsplanen over for Byrådet.")]),
     dict(num=4, title="Vandløbsrestaurering af Egebækken ved Kobbermøllen", case="EMN-2018-01302", closed=False, sections=[
        ("Sagsfremstilling", "Spærringen ved Kobbermøllen fjernes og erstattes af et 120 meter langt stryg, så havørred igen kan vandre op i bækken. Projektet finansieres fuldt af EU's fiskerifond."),
        ("Indstilling", "Forvaltningen indstiller, at projektet godkendes.")]),
     dict(num=5, title="Ekspropriationserstatning", case="EMN-2018-01455", closed=True, sections=[
        ("Sagsfremstilling", "Til regnvandsbassinet skal der eksproprieres 2,3 ha af landbrugsejendommen Højmarksvej 77, ejet af Gert Svanholm Iversen. Taksationskommissionen har fastsat erstatningen til 1.915.000 kr."),
        ("Indstilling", "Forvaltningen indstiller, at erstatningen accepteres.")]),
     dict(num=6, title="Meddelelser", case="EMN-2019-00021", closed=False, sections=[
        ("Indstilling", "Forvaltningen indstiller, at meddelelserne tages til efterretning.")]),
    ],
    question="Skal vi til at smide kartoffelskræller og rester fra aftensmaden i en spand for sig, og hvad koster det os?", cite=3)

SECRETS = {
 "01": ["Kystvejen 212", "Margit Elkjær Bonde", "3.340.000 kr."],
 "02": ["Thorvald Ibsen Rask", "Topsikring A/S", "186.400 kr."],
 "03": ["Lotte Engholm Vestergaard", "tjenstlig advarsel af 11. februar", "Mejsebo Børnehus",
        "Noah Brink Saxtorph", "Ulvegårdens Skole"],
 "04": ["Nordsø Fiskeeksport ApS", "62 kr. pr. m² årligt", "uopsigelig i 15 år"],
 "05": ["Ejnar Kloster Madsen", "Plejecenter Lærkely", "fald den 17. januar"],
 "06": ["Hallens Køkken v/ Dorte Frisk", "61.250 kr.", "14.000 kr. pr. måned"],
 "07": ["Kroghs Kaffebar IVS", "Nørregade 9B", "3 måneders huslejefritagelse"],
 "08": ["Harrowgate Homes Ltd", "DKK 9.6 million", "plot 14c"],
 "09": ["Rikke Stougaard Helm", "Botilbuddet Engbo", "398.600 kr.",
        "Camilla Oddershede", "§ 34-ydelse på 27.300 kr."],
 "10": ["Højmarksvej 77", "Gert Svanholm Iversen", "1.915.000 kr."],
}
