# -*- coding: utf-8 -*-
"""Invented content for layouts_blind48 (all names, sums and case numbers are fictitious).
Each meeting: dict with points; each point: num, title, case, closed, sections [(heading, text)]."""

M = {}

M["01"] = dict(
    file="01_tranemose_teknik-og-miljoeudvalget_2019.html",
    town="Tranemose Kommune", board="Teknik- og Miljøudvalget", date="2019-03-12",
    date_text="tirsdag den 12. marts 2019 kl. 16.00", place="Udvalgsværelse 2, Tranemose Rådhus",
    members="Henrik Aagaard (formand), Lisbeth Kromann, Søren Vinther, Anja Brødsgaard, Mogens Ebbesen",
    absent="Anja Brødsgaard",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="19/00117", closed=False, sections=[
        ("Indstilling", "Forvaltningen indstiller, at dagsordenen godkendes."),
        ("Beslutning", "Godkendt.")]),
     dict(num=2, title="Trafiksikkerhedsplan 2019-2022", case="19/02231", closed=False, sections=[
        ("Sagsfremstilling", "Trafiksikkerhedsplanen 2019-2022 samler de indsatser, som skal nedbringe antallet af uheld på de kommunale veje. Planen er udarbejdet på baggrund af politiets uheldsregistreringer fra 2014-2018 og en spørgeskemaundersøgelse blandt 1.140 elever og forældre. Den mest utrygge strækning er krydset ved Mosevej Skole, hvor 64 % af forældrene angiver, at de ikke lader deres børn cykle alene til skole."),
        ("Økonomi", "Der foreslås afsat 3,4 mio. kr. over fire år, heraf 1,2 mio. kr. i 2019 til en hævet flade og en signalreguleret fodgængerovergang ved Mosevej Skole."),
        ("Indstilling", "Forvaltningen indstiller, at udvalget godkender trafiksikkerhedsplanen og frigiver 1,2 mio. kr. til krydset ved Mosevej Skole."),
        ("Beslutning", "Godkendt. Udvalget ønsker en evaluering af krydset ved Mosevej Skole efter et år.")]),
     dict(num=3, title="Vandløbsregulativ for Tranebækken", case="18/11873", closed=False, sections=[
        ("Sagsfremstilling", "Det gældende regulativ for Tranebækken er fra 1984. Forslaget til nyt regulativ har været i offentlig høring i otte uger, og der er indkommet seks høringssvar, primært fra lodsejere langs den nedre del af bækken, som ønsker grødeskæring to gange årligt i stedet for én."),
        ("Indstilling", "Forvaltningen indstiller, at regulativet vedtages med én årlig grødeskæring og en ekstra skæring ved behov efter forvaltningens vurdering."),
        ("Beslutning", "Indstillingen godkendt. Søren Vinther tog forbehold.")]),
     dict(num=4, title="Lukket punkt: Køb af ejendom", case="19/03390", closed=True, sections=[
        ("Sagsfremstilling", "Ejeren af ejendommen Hedegårdsvej 41, Poul Erik Damgaard, har tilbudt kommunen ejendommen til brug for udvidelse af regnvandsbassinet. Forhandlingsprisen er 2.875.000 kr. inkl. overtagelse af tinglyste servitutter."),
        ("Beslutning", "Udvalget anbefaler over for Økonomiudvalget, at ejendommen Hedegårdsvej 41 købes for 2.875.000 kr.")]),
     dict(num=5, title="Udvidelse af genbrugspladsen i Nørre Tranemose", case="19/01205", closed=False, sections=[
        ("Sagsfremstilling", "Genbrugspladsen i Nørre Tranemose havde i 2018 ca. 96.000 besøg, og der er kø på lørdage i sommerhalvåret. Forvaltningen foreslår en ekstra indkørselsbane og en ny container til haveaffald. Projektet forventes gennemført i efteråret 2019."),
        ("Indstilling", "Forvaltningen indstiller, at projektet sendes i udbud."),
        ("Beslutning", "Godkendt, dog således at åbningstiden om lørdagen udvides til kl. 17 i perioden april-september.")]),
     dict(num=6, title="Meddelelser", case="19/00117", closed=False, sections=[
        ("Sagsfremstilling", "Formanden orienterede om vejarbejdet på Stationsvej, som forventes afsluttet i uge 18."),
        ("Beslutning", "Taget til efterretning.")]),
    ],
    question="Bliver det mere sikkert at krydse vejen ved skolen på Mosevej, og hvad koster det?", cite=2)

M["02"] = dict(
    file="02_oelsted-hvidbjerg_menighedsraad_1987.txt",
    town="Ølsted-Hvidbjerg", board="Ølsted-Hvidbjerg Menighedsråd", date="1987-03-12",
    date_text="torsdag den 12/3-87 kl. 19.30", place="konfirmandstuen, Ølsted præstegård",
    members="Formand Jens Chr. Lauritsen, sognepræst H. Bak-Jessen, Else Marie Kold, Aksel Dyrberg, Gudrun Thorsted, kirkeværge Niels Ovesen",
    absent="Aksel Dyrberg",
    points=[
     dict(num=1, title="Protokollen fra sidste møde", case=None, closed=False, sections=[
        ("", "Protokollen fra mødet den 5/2-87 blev oplæst og underskrevet uden bemærkninger.")]),
     dict(num=2, title="Kirkegårdsmuren mod Præstevænget", case="86-211", closed=False, sections=[
        ("", "Kirkeværgen forelagde tilbud fra murermester Ib Frandsen, Hvidbjerg, på omsætning af 24 meter kampestensmur mod Præstevænget. Tilbuddet lyder på kr. 14.200,- ekskl. moms. Arbejdet kan udføres i april måned, inden konfirmationerne."),
        ("", "Rådet vedtog at antage tilbuddet under forudsætning af provstiudvalgets godkendelse. Udgiften afholdes af kirkegårdens driftsbudget.")]),
     dict(num=3, title="Varmeanlægget i Hvidbjerg kirke", case="87-09", closed=False, sections=[
        ("", "Oliefyret i Hvidbjerg kirke er udtjent, og der har to søndage i januar været under 8 grader i kirken. Det blev drøftet at overgå til elektrisk varme under bænkene. Overslaget fra elinstallatør Kaj Rønn lyder på ca. kr. 61.000,-."),
        ("", "Det blev vedtaget at søge provstiudvalget om et lån af de fælles midler. Formanden skriver ansøgningen.")]),
     dict(num=4, title="Kirkesangerstillingen (behandlet for lukkede døre)", case="87-14", closed=True, sections=[
        ("", "Sognepræsten redegjorde for samarbejdsvanskelighederne med kirkesanger Inger-Lise Mathiesen, som har udeblevet fra tre tjenester uden afbud. Der henvises til advarsel af 3. februar. Rådet vedtog at indkalde til tjenstlig samtale med tillidsrepræsentant og at fastholde aflønningen på løntrin 12 indtil videre.")]),
     dict(num=5, title="Høstgudstjeneste og kirkekaffe", case=None, closed=False, sections=[
        ("", "Høstgudstjenesten holdes i år søndag den 20. september i Ølsted kirke med efterfølgende kirkekaffe i forsamlingshuset. Gudrun Thorsted og Else Marie Kold står for kaffen. Rådet bevilgede kr. 800,- til kaffe og kage.")]),
     dict(num=6, title="Eventuelt", case=None, closed=False, sections=[
        ("", "Kirkeværgen oplyste, at lågen ved graverhuset er repareret. Næste møde holdes torsdag den 9/4-87.")]),
    ],
    question="Skal muren omkring kirkegården ud mod Præstevænget sættes i stand, og hvad vil det koste?", cite=2)

M["03"] = dict(
    file="03_bakkeby_boerne-og-skoleudvalget_2021.docx",
    town="Bakkeby Kommune", board="Børne- og Skoleudvalget", date="2021-06-07",
    date_text="Mandag 7. juni 2021, kl. 17:00", place="Mødelokale Egen, Bakkeby Rådhus",
    members="Camilla Frost (formand), Rasmus Holmgaard, Bente Lindved, Ole Skaarup, Maja Sønderby, Tarik Yilmaz, Karin Ravn",
    absent="Ole Skaarup",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="21/0012", closed=False, sections=[
        ("Beslutning", "Dagsordenen blev godkendt.")]),
     dict(num=2, title="Kvalitetsrapport for folkeskolerne 2020/21", case="21/2876", closed=False, sections=[
        ("Resumé", "Kvalitetsrapporten viser, at karaktergennemsnittet ved 9. klasses afgangsprøver steg fra 6,8 til 7,1, mens elevtrivslen i udskolingen faldt for andet år i træk."),
        ("Sagsfremstilling", "Rapporten dækker kommunens syv folkeskoler. Andelen af elever, der vurderes uddannelsesparate i 8. klasse, er 81 %. Nedlukningerne under covid-19 har særligt ramt de fagligt svage elever, og fravær over 10 % er steget på fire af skolerne."),
        ("Indstilling", "Forvaltningen indstiller, at rapporten godkendes og sendes til udtalelse i skolebestyrelserne."),
        ("Beslutning", "Godkendt. Udvalget ønsker en særskilt sag om trivsel i udskolingen efter sommerferien.")]),
     dict(num=3, title="Lukket punkt: Elevsag", case="21/3345", closed=True, sections=[
        ("Sagsfremstilling", "Sagen vedrører eleven Malthe Kjærgaard Holm, 6. klasse, som efter indstilling fra PPR foreslås visiteret til dagbehandling med samtidig anbringelse på Solsikkegården. Udgiften anslås til 412.000 kr. årligt."),
        ("Beslutning", "Godkendt.")]),
     dict(num=4, title="Ændring af skoledistrikter i Bakkeby Nord", old_title="Ny skolestruktur i Bakkeby Nord", case="21/1904", closed=False, sections=[
        ("Sagsfremstilling", "Udstykningen ved Kirsebærhaven giver ca. 140 nye boliger, som i dag ligger i Nordskolens distrikt. Nordskolen har ikke plads til flere spor. Forvaltningen foreslår, at vejene nord for Ringvejen fra skoleåret 2022/23 overføres til Lyngbakkeskolens distrikt. Elever, der allerede går på Nordskolen, kan blive på skolen, og søskende får fortrinsret."),
        ("Økonomi", "Ændringen medfører skolebuskørsel for ca. 30 elever, anslået 180.000 kr. årligt."),
        ("Indstilling", "Forvaltningen indstiller, at forslaget sendes i otte ugers høring."),
        ("Beslutning", "Sendes i høring. Tarik Yilmaz ønskede en alternativ model med delt distrikt belyst.")]),
     dict(num=5, title="Lukket punkt: Personalesag", case="21/3410", closed=True, sections=[
        ("Sagsfremstilling", "Forvaltningen orienterede om forløbet omkring skoleleder Birthe Vognsen og den indgåede fratrædelsesaftale på 9 måneders løn."),
        ("Beslutning", "Orienteringen blev taget til efterretning.")]),
     dict(num=6, title="Ferielukning i dagtilbud 2022", case="21/2650", closed=False, sections=[
        ("Sagsfremstilling", "Det foreslås, at kommunens dagtilbud holder lukket i uge 29 og 30 samt dagene mellem jul og nytår. Børn med pasningsbehov tilbydes plads i en samlet vagtordning i Bakkeby Børnehus."),
        ("Indstilling", "Forvaltningen indstiller, at ferielukningen godkendes."),
        ("Beslutning", "Godkendt med den ændring, at der kun holdes lukket i uge 29.")]),
     dict(num=7, title="Meddelelser", case="21/0012", closed=False, sections=[
        ("Sagsfremstilling", "Formanden orienterede om, at Lyngbakkeskolens nye faglokaler tages i brug efter sommerferien."),
        ("Beslutning", "Taget til efterretning.")]),
    ],
    question="Vi skal flytte ind i det nye byggeri ved Kirsebærhaven – hvilken skole kommer vores barn til at høre til?", cite=4)

M["04"] = dict(
    file="04_noerrevig_forsyning_bestyrelse_2022.pdf",
    town="Nørrevig Forsyning A/S", board="Bestyrelsen for Nørrevig Forsyning A/S", date="2022-06-14",
    date_text="14.06.2022 kl. 15.00-18.00", place="Nørrevig Forsyning, Havnevej 8, mødelokale 1",
    members="Arne Kyhl (formand), Susanne Bech (næstformand), Peter Holt (forbrugerrepræsentant), Lone Dam, Frederik Vestergaard, adm. direktør Morten Skou (referent)",
    absent="Lone Dam",
    points=[
     dict(num=1, title="Godkendelse af referat fra mødet 22.03.2022", case=None, closed=False, sections=[
        ("Beslutning", "Referatet blev godkendt og underskrevet.")]),
     dict(num=2, title="Årsrapport 2021", case="2022-0112", closed=False, sections=[
        ("Sagsfremstilling", "Årsrapporten for 2021 udviser for vandselskabet en underdækning på 1,2 mio. kr. og for spildevandsselskabet en overdækning på 3,9 mio. kr. Revisionen har afgivet en revisionspåtegning uden forbehold. Den samlede udledning af ikke-renset spildevand ved overløb var 41.000 m3, hvilket er 18 % mindre end i 2020. Afvigelsen skyldes især den nye forsinkelsestank ved Søndervang, som blev taget i brug i maj 2021."),
        ("Sagsfremstilling (fortsat)", "Investeringerne i ledningsnettet blev 22,6 mio. kr. mod budgetteret 27,0 mio. kr. Forskellen skyldes forsinkelse af etape 2 i Strandkvarteret, jf. punkt 4. Direktionen vurderer, at likviditeten er tilfredsstillende, og at selskabet kan gennemføre den planlagte låneoptagelse i KommuneKredit i 2023."),
        ("Indstilling", "Direktionen indstiller, at årsrapporten godkendes og forelægges generalforsamlingen."),
        ("Beslutning", "Årsrapporten blev godkendt og underskrevet af bestyrelsen.")]),
     dict(num=3, title="Takstblad 2023 for vand og spildevand", case="2022-0187", closed=False, sections=[
        ("Sagsfremstilling", "Forslaget til takstblad 2023 bygger på prisloftet fra Forsyningstilsynet. Den variable vandtakst foreslås hævet fra 13,90 kr. til 14,75 kr. pr. m3 ekskl. moms og statsafgift, mens den faste afgift fastholdes på 625 kr. pr. måler. Vandafledningsbidraget foreslås uændret på 38,20 kr. pr. m3 ekskl. moms. For en typisk husstand med et forbrug på 85 m3 svarer det til en merudgift på ca. 90 kr. om året inkl. moms."),
        ("Indstilling", "Direktionen indstiller, at takstbladet godkendes og sendes til godkendelse i Nørrevig Byråd."),
        ("Beslutning", "Godkendt. Peter Holt stemte imod stigningen i den variable vandtakst.")]),
     dict(num=4, title="Separatkloakering af Strandkvarteret, etape 2", case="2022-0140", closed=False, sections=[
        ("Sagsfremstilling", "Etape 2 omfatter 212 ejendomme. Licitationen gav fire bud, og det laveste lå 14 % over budgettet. Direktionen foreslår at udskyde projektet til foråret 2023 og genudbyde det i mindre delentrepriser. Grundejerne skal have frist til at separere på egen grund senest 2026."),
        ("Indstilling", "Direktionen indstiller, at udbuddet annulleres, og at projektet genudbydes i delentrepriser."),
        ("Beslutning", "Godkendt. Grundejerforeningen orienteres skriftligt.")]),
     dict(num=5, title="Fortroligt: Erstatningssag mod entreprenør", case="2022-0091", closed=True, sections=[
        ("Sagsfremstilling", "Selskabets advokat har forhandlet med Jydsk Rør & Anlæg ApS om mangler ved trykledningen på Strandbakken. Der foreligger udkast til forlig på 1,65 mio. kr. til selskabet, mod at voldgiftssagen hæves."),
        ("Beslutning", "Bestyrelsen bemyndigede direktøren til at indgå forliget.")]),
     dict(num=6, title="Eventuelt", case=None, closed=False, sections=[
        ("Beslutning", "Næste møde afholdes den 20.09.2022. Susanne Bech deltager i DANVA's årsmøde.")]),
    ],
    question="Hvor meget kommer en kubikmeter vand til at koste næste år?", cite=3)

M["05"] = dict(
    file="05_hammerlund_oekonomiudvalget_2020.eml",
    town="Hammerlund Kommune", board="Økonomiudvalget", date="2020-03-10",
    date_text="tirsdag den 10/3-20 kl. 15.30", place="Byrådssalen, Hammerlund Rådhus",
    members="Borgmester Kurt Nørgaard (formand), Helle Winther, Jesper Kallehauge, Pia Lund-Hansen, Bo Thrane, Mette Ahrenkiel, Ali Demir",
    absent="Bo Thrane",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="00.01.00-G01-3-20", closed=False, sections=[
        ("Beslutning", "Godkendt.")]),
     dict(num=2, title="Budgetopfølgning pr. 29. februar 2020", case="00.30.10-S55-1-20", closed=False, sections=[
        ("Sagsfremstilling", "Den første budgetopfølgning viser et forventet merforbrug på serviceudgifterne på 8,4 mio. kr., primært på det specialiserede børneområde. Der er endnu ikke indregnet konsekvenser af coronavirus."),
        ("Indstilling", "Administrationen indstiller, at budgetopfølgningen tages til efterretning."),
        ("Beslutning", "Taget til efterretning. Udvalget ønsker en handleplan for børneområdet til mødet i april.")]),
     dict(num=3, title="Anlægsbevilling til nyt tag på Hammerlund Rådhus", case="82.05.00-G01-4-19", closed=False, sections=[
        ("Sagsfremstilling", "Taget på rådhusets østfløj er utæt, og der er konstateret skimmelsvamp i tagrummet. Der søges om en anlægsbevilling på 6,8 mio. kr. til udskiftning af tagpap med tegltag og efterisolering."),
        ("Indstilling", "Administrationen indstiller, at der gives en anlægsbevilling på 6,8 mio. kr. finansieret af kassebeholdningen."),
        ("Beslutning", "Anbefales over for Byrådet.")]),
     dict(num=4, title="Ansøgning om kommunegaranti – Hammerlund Idrætscenter", case="00.32.05-S55-2-20", closed=False, sections=[
        ("Sagsfremstilling", "Den selvejende institution Hammerlund Idrætscenter ønsker at optage et lån på 12,5 mio. kr. til en ny multihal med plads til håndbold og e-sport. Lånet forudsætter kommunal garanti. Garantien belaster ikke kommunens låneramme, da der er tale om en selvejende institution med driftsoverenskomst. Der opkræves en garantiprovision på 0,5 % årligt."),
        ("Indstilling", "Administrationen indstiller, at der stilles kommunegaranti for lånet på 12,5 mio. kr."),
        ("Beslutning", "Anbefales over for Byrådet. Jesper Kallehauge kunne ikke anbefale.")]),
     dict(num=5, title="Beredskab i forbindelse med coronavirus (COVID-19)", case="15.00.00-A00-1-20", closed=False, sections=[
        ("Sagsfremstilling", "Kommunaldirektøren orienterede om kommunens krisestab, som er nedsat den 6. marts. Der er udarbejdet planer for nødpasning og prioritering af hjemmeplejen, hvis mange medarbejdere bliver syge."),
        ("Beslutning", "Orienteringen blev taget til efterretning. Borgmesteren bemyndiges til at træffe hastebeslutninger.")]),
     dict(num=6, title="Lukket: Salg af erhvervsgrund", case="02.34.02-P19-3-20", closed=True, sections=[
        ("Sagsfremstilling", "Brdr. Thygesen Maskinfabrik har tilbudt at købe matr. nr. 17ø i Hammerlund Erhvervspark til 485 kr. pr. m² mod at få forkøbsret til nabogrunden."),
        ("Beslutning", "Anbefales over for Byrådet.")]),
    ],
    question="Får idrætscentret lov til at låne penge med kommunen som garant til den nye hal?", cite=4)

M["06"] = dict(
    file="06_vindeby_skolebestyrelse_2018.rtf",
    town="Vindeby Skole", board="Skolebestyrelsen, Vindeby Skole", date="2018-09-04",
    date_text="2018-09-04 kl. 18.30-20.30", place="Personalerummet",
    members="Lotte Hviid (formand), Martin Kolding, Signe Abildgaard, Per Bruun, elevrådsrepr. Freja og Yusuf, skoleleder Anders Møller, souschef Tina Juul (referent)",
    absent="Per Bruun",
    points=[
     dict(num=1, title="Godkendelse af dagsorden og referat", case=None, closed=False, sections=[
        ("Referat", "Dagsorden og referat fra 12. juni blev godkendt.")]),
     dict(num=2, title="Princip for mobiltelefoner i skoletiden", case=None, closed=False, sections=[
        ("Baggrund", "Elevrådet og flere forældre har efterlyst klarere regler. Skolelederen fremlagde et udkast, hvor eleverne i 0.-6. klasse afleverer telefonen i klassens mobilhotel ved første time og får den igen ved skoledagens slutning. I 7.-9. klasse må telefonen bruges i pauserne i udskolingens fællesrum."),
        ("Referat", "Bestyrelsen vedtog princippet. Elevrådet ønskede, at der evalueres efter jul. Princippet træder i kraft 1. oktober og lægges på Aula.")]),
     dict(num=3, title="Skolens budget 2018/19", case=None, closed=False, sections=[
        ("Referat", "Skolelederen gennemgik budgettet. Der er et mindre overskud fra sidste år på 214.000 kr., som foreslås brugt til nye klassesæt i dansk og en legeplads ved indskolingen. Bestyrelsen tilsluttede sig.")]),
     dict(num=4, title="Fortroligt – personsag", case=None, closed=True, sections=[
        ("Referat", "Skolelederen orienterede om klagen fra forældrene i 5.b vedrørende lærer Jannik Østergaard og om den tjenstlige samtale den 28. august. Bestyrelsen tog orienteringen til efterretning.")]),
     dict(num=5, title="Trivselsmåling og lejrskole for 8. årgang", case=None, closed=False, sections=[
        ("Referat", "Trivselsmålingen viser fremgang i mellemtrinnet. 8. årgang tager på lejrskole på Bornholm i uge 38; forældrebetalingen er 600 kr. pr. elev. Bestyrelsen godkendte forældrebetalingen.")]),
     dict(num=6, title="Eventuelt", case=None, closed=False, sections=[
        ("Referat", "Intet.")]),
    ],
    question="Må de små elever have deres telefon på sig i frikvartererne?", cite=2)

M["07"] = dict(
    file="07_kildemose_kultur-og-fritidsudvalget_2024.md",
    town="Kildemose Kommune", board="Kultur- og Fritidsudvalget", date="2024-02-06",
    date_text="6. februar 2024 kl. 16:30", place="Kildemose Kulturhus, lokale 3",
    members="Jonas Refsgaard (formand), Dorthe Ilsøe, Kim Halkjær, Nanna Birk, Ebbe Rosenvinge",
    absent="Kim Halkjær",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="24/000118", closed=False, sections=[
        ("Beslutning", "Godkendt.")]),
     dict(num=2, title="Fordeling af lokaletilskud 2024", case="24/000321", closed=False, sections=[
        ("Sagsfremstilling", "Der er afsat 2,9 mio. kr. til lokaletilskud efter folkeoplysningsloven. Ansøgningerne udgør 3,3 mio. kr., og forvaltningen foreslår en ensartet nedskrivning til 88 % af de tilskudsberettigede udgifter."),
        ("Indstilling", "Forvaltningen indstiller, at tilskuddet fordeles som foreslået."),
        ("Beslutning", "Godkendt.")]),
     dict(num=3, title="Kildemose Bibliotek – udvidet selvbetjening", case="23/014455", closed=False, sections=[
        ("Sagsfremstilling", "Biblioteket foreslår at indføre Åbent Bibliotek med adgang via sundhedskort eller MitID-app alle dage kl. 7-22. Den betjente åbningstid ændres ikke. Der skal installeres videoovervågning og automatisk dørlås for 310.000 kr."),
        ("Indstilling", "Forvaltningen indstiller, at Åbent Bibliotek indføres fra 1. maj 2024 med adgang for borgere over 15 år."),
        ("Beslutning", "Godkendt. Udvalget ønsker en status efter seks måneder.")]),
     dict(num=4, title="Kunstgræsbane ved Kildemose Stadion", case="23/011902", closed=False, sections=[
        ("Sagsfremstilling", "Kildemose IF har søgt om en kunstgræsbane. Anlægsudgiften er 5,2 mio. kr., hvoraf klubben selv rejser 0,8 mio. kr. Banen udføres med granulat af kork i stedet for gummi."),
        ("Indstilling", "Forvaltningen indstiller, at sagen oversendes til budgetforhandlingerne for 2025."),
        ("Beslutning", "Oversendes til budgetforhandlingerne.")]),
     dict(num=5, title="Lukket punkt: Lejeaftale med cafeforpagter", case="24/000377", closed=True, sections=[
        ("Sagsfremstilling", "Forpagtningen af caféen i kulturhuset udløber. Café Kildehuset ApS tilbyder at fortsætte på en ny treårig aftale med husleje 9.500 kr. pr. måned."),
        ("Beslutning", "Godkendt.")]),
     dict(num=6, title="Underskudsgaranti til musikfestival i Kildeparken", case="24/000402", closed=False, sections=[
        ("Sagsfremstilling", "Foreningen Kildeparken Live søger om en underskudsgaranti på 150.000 kr. til festivalen 23.-24. august 2024. Festivalen havde 4.200 gæster i 2023."),
        ("Beslutning", "Der gives en underskudsgaranti på 100.000 kr.")]),
     dict(num=7, title="Lukket punkt: Kulturprisen 2024", case="24/000415", closed=True, sections=[
        ("Sagsfremstilling", "Der er indkommet ni indstillinger. Forvaltningen peger på Kirsten Bach Thorsager for arbejdet med Kildemose Brassband."),
        ("Beslutning", "Kulturprisen 2024 tildeles Kirsten Bach Thorsager. Offentliggøres ved nytårskoncerten.")]),
     dict(num=8, title="Meddelelser", case="24/000118", closed=False, sections=[
        ("Beslutning", "Formanden orienterede om svømmehallens lukning i uge 27-30 pga. renovering.")]),
    ],
    question="Kan man snart låne bøger om aftenen, selv om der ikke er personale på biblioteket?", cite=3)

M["08"] = dict(
    file="08_elmsted_international-affairs-committee_2016.pdf",
    town="Elmsted Municipality", board="International Affairs Committee", date="2016-03-15",
    date_text="Tuesday 15 March 2016, 10:00 a.m.", place="Committee Room 3, Elmsted Town Hall",
    members="Rikke Halvorsen (Chair), Thomas Ladefoged, Gitte Mørup, Samuel Okafor, Vibeke Strand",
    absent="Gitte Mørup",
    points=[
     dict(num=1, title="Approval of the agenda", case=None, closed=False, sections=[
        ("Decision", "Approved.")]),
     dict(num=2, title="Welcome package for international newcomers", case="16/0412", closed=False, sections=[
        ("Background", "About 640 foreign nationals registered in Elmsted in 2015, mainly employees at the hospital and the wind turbine factory. The Citizen Service Centre proposes a welcome package with a guide in English and German, a personal introduction meeting and a buddy scheme run by volunteers from the Red Cross."),
        ("Recommendation", "The administration recommends that the committee approves the welcome package and allocates DKK 120,000 from the integration budget."),
        ("Decision", "Approved. The guide shall also be published in Polish.")]),
     dict(num=3, title="Sister-city agreement with Tarnowo (Poland)", case="15/3318", closed=False, sections=[
        ("Background", "The draft agreement covers school exchanges, cultural visits and cooperation on district heating. It runs for five years."),
        ("Decision", "The committee recommends the agreement to the City Council.")]),
     dict(num=4, title="English-language classes at Elmsted International School", case="16/0977", closed=False, sections=[
        ("Background", "Elmsted International School applies for a grant of DKK 350,000 to open an additional English-language class for grades 4-6 from August 2016."),
        ("Decision", "A grant of DKK 250,000 is awarded for the school year 2016/17.")]),
     dict(num=5, title="Closed item: Delegation expenses", case="16/1130", closed=True, sections=[
        ("Background", "The auditors have questioned the expenses for the delegation trip in November 2015, including a hotel invoice of DKK 48,300 approved by Mayor Henning Rask."),
        ("Decision", "The committee asks the auditors for a full report.")]),
     dict(num=6, title="Any other business", case=None, closed=False, sections=[
        ("Decision", "Nothing.")]),
    ],
    question="Is there any help for foreigners who just moved to the town?", cite=2)

M["09"] = dict(
    file="09_sandager_aeldreraadet_2015.txt",
    town="Sandager Kommune", board="Ældrerådet", date="2015-03-12",
    date_text="12.03.2015 kl. 13.00", place="Sandager Sundhedscenter, mødelokale 2",
    members="Ejnar Bisgaard (formand), Ruth Holmsted, Hans Peder Kirk, Gerda Lauesen, Villy Skov, Astrid Mølgaard",
    absent=None,
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="15/0014", closed=False, sections=[
        ("Indstilling", "Det indstilles, at dagsordenen godkendes.")]),
     dict(num=2, title="Høring: Kvalitetsstandard for praktisk hjælp 2015", case="15/1987", closed=False, sections=[
        ("Sagsfremstilling", "Social- og Sundhedsudvalget har sendt udkast til ny kvalitetsstandard for praktisk hjælp i høring. Ændringen betyder, at rengøring som udgangspunkt tildeles hver tredje uge i stedet for hver anden uge, og at vinduespudsning udgår af standarden. Borgere, der ikke selv kan klare let rengøring mellem besøgene, kan fortsat visiteres til hjælp hver anden uge efter en konkret vurdering. Forvaltningen forventer, at ændringen berører ca. 1.150 borgere og giver en besparelse på 2,1 mio. kr. årligt. Høringsfristen er den 27. marts 2015."),
        ("Indstilling", "Det indstilles, at Ældrerådet drøfter udkastet og afgiver høringssvar.")]),
     dict(num=3, title="Ældrerådets budget 2015", case="15/0233", closed=False, sections=[
        ("Sagsfremstilling", "Ældrerådet har et budget på 68.000 kr. i 2015. Heraf forventes 22.000 kr. brugt på valget til Ældrerådet i efteråret og 15.000 kr. på kurser og Danske Ældreråds landsmøde."),
        ("Indstilling", "Det indstilles, at budgettet godkendes.")]),
     dict(num=4, title="Demensvenlig kommune – orientering", case="14/9912", closed=False, sections=[
        ("Sagsfremstilling", "Demenskoordinator Lise Brandt orienterer om projektet Demensvenlig Sandager, hvor butikker, busselskab og bibliotek får undervisning i at møde borgere med demens."),
        ("Indstilling", "Det indstilles, at orienteringen tages til efterretning.")]),
     dict(num=5, title="Lukket punkt", case="15/2201", closed=True, sections=[
        ("Sagsfremstilling", "Klage fra Aase Fynbo, Rosenhaven 14, over aflyste besøg i hjemmeplejen i januar og februar. Forvaltningens redegørelse vedlægges."),
        ("Indstilling", "Det indstilles, at Ældrerådet drøfter klagen.")]),
     dict(num=6, title="Evt.", case=None, closed=False, sections=[]),
    ],
    question="Skal ældrerådet udtale sig om, at man får gjort rent sjældnere i hjemmet?", cite=2)

M["10"] = dict(
    file="10_lyngbjerg_beskaeftigelsesudvalget_2023.html",
    town="Lyngbjerg Kommune", board="Beskæftigelsesudvalget", date="2023-10-02",
    date_text="Mandag 2. oktober 2023 kl. 08:00", place="Mødelokale 1.12, Jobcenter Lyngbjerg",
    members="Mads Wiberg (formand), Sanne Østergård, Kristian Bøgh, Hanne Faurby, Emil Dahlerup",
    absent="Hanne Faurby",
    points=[
     dict(num=1, title="Godkendelse af dagsorden", case="23/00002", closed=False, sections=[
        ("Beslutning", "Godkendt.")]),
     dict(num=2, title="Ledighed og resultater 3. kvartal 2023", case="23/01533", closed=False, sections=[
        ("Beslutning", "Taget til efterretning."),
        ("Sagsfremstilling", "Bruttoledigheden var i august 3,1 %, hvilket er 0,2 procentpoint over landsgennemsnittet. Antallet af langtidsledige er faldet med 9 % siden årsskiftet.")]),
     dict(num=3, title="Job-bro – forsøg for unge uden uddannelse", case="23/00712", closed=False, sections=[
        ("Beslutning", "Godkendt. Forsøget evalueres i udvalget i oktober 2024."),
        ("Sagsfremstilling", "Jobcentret foreslår et etårigt forsøg, hvor 60 unge på uddannelseshjælp får en fast mentor og et virksomhedspraktikforløb hos lokale håndværksvirksomheder, som kan føre til en læreplads. Forsøget koster 1,1 mio. kr., som finansieres af den statslige pulje for unge og jobcentrets driftsbudget."),
        ("Indstilling", "Jobcentret indstiller, at forsøget igangsættes 1. november 2023.")]),
     dict(num=4, title="Lukket punkt: Tilbagebetalingssag", case="23/01902", closed=True, sections=[
        ("Beslutning", "Kravet fastholdes."),
        ("Sagsfremstilling", "Ankestyrelsen har hjemvist sagen om Ahmad Rezaei. Kommunen har genvurderet kravet om tilbagebetaling af 87.640 kr. i kontanthjælp.")]),
     dict(num=5, title="Virksomhedsservice – samarbejde med Lyngbjerg Erhvervsråd", case="23/01288", closed=False, sections=[
        ("Beslutning", "Godkendt."),
        ("Sagsfremstilling", "Jobcentret og Lyngbjerg Erhvervsråd foreslår en fælles indgang for virksomheder, der søger arbejdskraft, med én kontaktperson og svar inden 24 timer.")]),
     dict(num=6, title="Meddelelser", case="23/00002", closed=False, sections=[
        ("Beslutning", "Formanden orienterede om KL's beskæftigelseskonference i november.")]),
    ],
    question="Hvad gør kommunen for at hjælpe unge uden uddannelse i gang med en læreplads?", cite=3)

SECRETS = {
 "01": ["Hedegårdsvej 41", "Poul Erik Damgaard", "2.875.000 kr."],
 "02": ["Inger-Lise Mathiesen", "løntrin 12", "advarsel af 3. februar"],
 "03": ["Malthe Kjærgaard Holm", "Solsikkegården", "412.000 kr. årligt", "Birthe Vognsen", "9 måneders løn"],
 "04": ["Jydsk Rør & Anlæg ApS", "1,65 mio. kr."],
 "05": ["Brdr. Thygesen Maskinfabrik", "485 kr. pr. m²", "matr. nr. 17ø"],
 "06": ["Jannik Østergaard", "tjenstlige samtale den 28. august"],
 "07": ["Café Kildehuset ApS", "9.500 kr. pr. måned", "Kirsten Bach Thorsager", "Kildemose Brassband"],
 "08": ["DKK 48,300", "Henning Rask"],
 "09": ["Aase Fynbo", "Rosenhaven 14"],
 "10": ["Ahmad Rezaei", "87.640 kr."],
}
