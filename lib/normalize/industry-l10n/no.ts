/** Norwegian Bokmål (no): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const no = `
Programvareutvikling|Dataprogramvare
IT-tjenester og IT-rådgivning|Informasjonsteknologi og tjenester
Data- og nettverkssikkerhet
Teknologi, informasjon og Internett|Informasjonstjenester
Teknologi, informasjon og medier
Datainfrastruktur og analyse
Produksjon av datamaskinvare|Datamaskinvare
Produkter for datanettverk|Datanettverk
Produksjon av datamaskiner og elektronikk|Forbrukerelektronikk
Produksjon av halvledere|Halvledere
Telekommunikasjon|Trådløs kommunikasjon
Dataspill
Finanstjenester|Finansielle tjenester
Bankvirksomhet|Bank
Forsikring
Investeringsbank|Investeringsbankvirksomhet
Investeringsforvaltning|Kapitalforvaltning
Kapitalmarkeder
Risikokapital og private equity|Venturekapital og private equity
Regnskap
Forretningsrådgivning og -tjenester|Bedriftsrådgivning
Rådgivning innen outsourcing og offshoring|Outsourcing/offshoring
Reklametjenester|Markedsføring og reklame
Markedsføringstjenester
Markedsundersøkelser
PR- og kommunikasjonstjenester|PR og kommunikasjon
Bemanning og rekruttering|Rekruttering
HR-tjenester|Personaltjenester|Menneskelige ressurser
Profesjonell opplæring og coaching
Juridiske tjenester
Advokatvirksomhet|Advokatfirmaer
Sykehus og helsetjenester|Sykehus og helsevesen
Legepraksiser|Legepraksis
Psykisk helsevern
Produksjon av medisinsk utstyr|Medisinsk utstyr
Legemiddelproduksjon|Legemidler
Bioteknologisk forskning|Bioteknologi
Velvære- og treningstjenester|Helse, velvære og trening
Tjenester for enkeltpersoner og familier
Høyere utdanning
Programmer for utdanningsadministrasjon|Utdanningsledelse
Leverandører av e-læring|E-læring
Grunnskole og videregående opplæring|Primær- og sekundærutdanning
Detaljhandel|Varehandel
Detaljhandel med klær og mote|Klær og mote
Engroshandel|Grossistvirksomhet
Internasjonal handel og utvikling|Import og eksport
Forbrukertjenester
Mat- og drikketjenester|Mat og drikke
Produksjon av mat og drikke|Matproduksjon
Restauranter
Hotell og servering|Gjestfrihet
Reisearrangementer|Fritid, reise og turisme
Flyselskaper og luftfart|Flyselskaper/luftfart
Produksjon av komponenter til luft- og romfart|Luft- og romfart
Produksjon for forsvar og romfart|Forsvar og romfart
Transport, logistikk, forsyningskjede og lagring|Transport, logistikk og lagring|Logistikk og forsyningskjede
Lastebiltransport|Transport/lastebil/jernbane
Gods- og pakketransport|Pakke- og godslevering
Lagring og lagerdrift|Lagerhold
Sjøtransport|Maritim
Produksjon|Industri|Forbruksvarer
Maskinproduksjon|Maskineri
Produksjon av industrimaskiner|Maskinteknikk eller industriteknikk
Produksjon av automatiseringsmaskiner|Industriell automatisering
Produksjon av motorvogner|Bilindustri
Produksjon av husholdningsapparater, elektrisk utstyr og elektronikk|Elektrisk/elektronisk produksjon
Kjemisk produksjon|Kjemikalier|Kjemisk industri
Tekstilproduksjon|Tekstiler
Produksjon av emballasje og beholdere|Emballasje og beholdere
Produksjon av sportsutstyr|Sportsutstyr
Bygg og anlegg|Byggevirksomhet
Anleggsteknikk|Byggteknikk
Ingeniørtjenester
Arkitektur og planlegging
Eiendom
Olje og gass|Olje og energi
Gruvedrift|Gruvedrift og metaller
Forsyningstjenester|Energi- og vannforsyning
Produksjon av halvledere for fornybar energi|Fornybar energi og miljø
Miljøtjenester
Jordbruk|Landbruk
Offentlig forvaltning|Offentlig administrasjon
Forsvaret|Væpnede styrker
Ideelle organisasjoner|Frivillige organisasjoner|Ledelse av ideelle organisasjoner
Borgerlige og sosiale organisasjoner|Sivile og sosiale organisasjoner
Forskningstjenester|Forskning
Tenketanker
Leverandører av underholdning|Underholdning
Medieproduksjon
Produksjon og distribusjon av kringkastingsmedier|Kringkastingsmedier
Utgivelse av bøker og tidsskrifter|Forlagsvirksomhet
Avisutgivelse|Aviser
Lyd- og videomedier på nett|Nettmedier
Musikere|Musikk
Designtjenester|Design
Grafisk design
Arrangementstjenester|Arrangementer
Sikkerhet og etterforskning
Fasilitetstjenester|Eiendomsdrift
Oversettelse og lokalisering
Skriving og redigering
Tilskuersport|Sport
Netthandel og postordre|Nett- og postordrehandel
`;
