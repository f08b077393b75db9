/** Dutch (nl): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const nl = `
Softwareontwikkeling|Computersoftware
IT-diensten en IT-consulting|Informatietechnologie en diensten
Computer- en netwerkbeveiliging
Technologie, informatie en internet|Informatiediensten
Technologie, informatie en media
Data-infrastructuur en -analyse
Productie van computerhardware|Computerhardware
Computernetwerkproducten|Computernetwerken
Productie van computers en elektronica|Consumentenelektronica
Productie van halfgeleiders|Halfgeleiders
Telecommunicatie|Draadloos
Computerspellen|Computergames
Financiële dienstverlening|Financiële diensten
Bankwezen|Bankieren
Verzekeringen
Investeringsbankieren|Investment banking
Vermogensbeheer|Investeringsbeheer
Kapitaalmarkten
Durfkapitaal en private equity|Risicokapitaal en private equity
Boekhouding|Accountancy
Bedrijfsadvies en -diensten|Managementadvies
Outsourcing- en offshoringadvies|Outsourcing/offshoring
Reclamediensten|Marketing en reclame
Marketingdiensten
Marktonderzoek
Pr- en communicatiediensten|Public relations en communicatie
Werving en selectie|Uitzendbureaus en werving
Personeelsdiensten|Human resources|Personeelszaken
Professionele training en coaching
Juridische dienstverlening|Juridische diensten
Advocatenkantoren|Advocatuur
Ziekenhuizen en gezondheidszorg|Ziekenhuis en gezondheidszorg
Medische praktijken|Medische praktijk
Geestelijke gezondheidszorg
Productie van medische apparatuur|Medische apparatuur
Farmaceutische productie|Farmaceutische industrie|Farmaceutica
Biotechnologisch onderzoek|Biotechnologie
Wellness- en fitnessdiensten|Gezondheid, welzijn en fitness
Diensten voor personen en gezinnen|Individuele en gezinsdiensten
Hoger onderwijs
Onderwijsadministratie|Onderwijsmanagement
Aanbieders van e-learning|E-learning
Primair en secundair onderwijs|Basis- en voortgezet onderwijs
Detailhandel
Detailhandel in kleding en mode|Kleding en mode
Groothandel
Internationale handel en ontwikkeling|Import en export
Consumentendiensten
Voedings- en drankendiensten|Eten en drinken|Voedingsmiddelen en dranken
Productie van voedingsmiddelen en dranken|Voedselproductie
Restaurants
Horeca|Gastvrijheid
Reisorganisatie|Vrije tijd, reizen en toerisme
Luchtvaartmaatschappijen en luchtvaart|Luchtvaartmaatschappijen/luchtvaart
Productie van lucht- en ruimtevaartonderdelen|Lucht- en ruimtevaart
Productie voor defensie en ruimtevaart|Defensie en ruimtevaart
Transport, logistiek, toeleveringsketen en opslag|Logistiek en supply chain
Wegtransport|Transport/vrachtvervoer/spoorwegen
Vracht- en pakketvervoer|Pakket- en vrachtbezorging
Opslag en warehousing|Opslag
Maritiem transport|Maritiem
Productie|Industrie|Consumptiegoederen
Machineproductie|Machines
Productie van industriële machines|Werktuigbouwkunde of industriële techniek
Productie van automatiseringsmachines|Industriële automatisering
Productie van motorvoertuigen|Automobielindustrie|Auto-industrie
Productie van huishoudelijke, elektrische en elektronische apparaten|Elektrische/elektronische productie
Chemische productie|Chemicaliën|Chemische industrie
Textielproductie|Textiel
Productie van verpakkingen en containers|Verpakkingen en containers
Productie van sportartikelen|Sportartikelen
Bouw|Bouwnijverheid
Civiele techniek
Ingenieursdiensten
Architectuur en planning|Architectuur en stedenbouw
Vastgoed|Onroerend goed
Olie en gas|Olie en energie
Mijnbouw|Mijnbouw en metalen
Nutsbedrijven|Nutsvoorzieningen
Productie van halfgeleiders voor hernieuwbare energie|Hernieuwbare energie en milieu
Milieudiensten|Milieudienstverlening
Landbouw
Overheidsbestuur|Overheid
Strijdkrachten|Krijgsmacht
Non-profitorganisaties|Non-profit organisaties|Beheer van non-profitorganisaties
Maatschappelijke en sociale organisaties
Onderzoeksdiensten|Onderzoek
Denktanks
Entertainmentaanbieders|Entertainment
Mediaproductie
Productie en distributie van omroepmedia|Omroepmedia
Uitgeverij van boeken en tijdschriften|Uitgeverij
Uitgeverij van kranten|Kranten
Online audio- en videomedia|Onlinemedia
Muzikanten|Muziek
Ontwerpdiensten|Design
Grafisch ontwerp
Evenementendiensten|Evenementen
Beveiliging en onderzoek|Beveiliging en opsporing
Facilitaire diensten
Vertaling en lokalisatie
Schrijven en redigeren
Toeschouwerssporten|Sport
Online- en postorderhandel|Online en postorder detailhandel
`;
