/** Danish (da): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const da = `
Softwareudvikling|Computersoftware
IT-tjenester og IT-rådgivning|Informationsteknologi og -tjenester
Computer- og netværkssikkerhed
Teknologi, information og internet|Informationstjenester
Teknologi, information og medier
Datainfrastruktur og -analyse
Fremstilling af computerhardware|Computerhardware
Produkter til computernetværk|Computernetværk
Fremstilling af computere og elektronik|Forbrugerelektronik
Fremstilling af halvledere|Halvledere
Telekommunikation|Trådløs kommunikation
Computerspil
Finansielle tjenester|Finansielle tjenesteydelser
Bankvirksomhed|Bankdrift
Forsikring
Investeringsbankvirksomhed
Investeringsforvaltning|Formueforvaltning
Kapitalmarkeder
Venturekapital og private equity|Risikovillig kapital og private equity
Regnskab|Revision og regnskab
Erhvervsrådgivning og -tjenester|Ledelsesrådgivning
Rådgivning om outsourcing og offshoring|Outsourcing/offshoring
Reklametjenester|Marketing og reklame
Marketingtjenester
Markedsundersøgelser
PR- og kommunikationstjenester|PR og kommunikation
Rekruttering og bemanding|Bemanding og rekruttering
HR-tjenester|Personaleadministration|HR
Professionel træning og coaching
Juridiske tjenester|Juridiske tjenesteydelser
Advokatvirksomhed|Advokatkontorer
Hospitaler og sundhedspleje|Hospitaler og sundhedsvæsen
Lægepraksisser|Lægepraksis
Psykiatrisk behandling|Mental sundhedspleje
Fremstilling af medicinsk udstyr|Medicinsk udstyr
Fremstilling af lægemidler|Lægemidler|Medicinalindustri
Bioteknologisk forskning|Bioteknologi
Wellness- og fitnesstjenester|Sundhed, wellness og fitness
Tjenester for enkeltpersoner og familier
Videregående uddannelse|Højere uddannelse
Programmer for uddannelsesadministration|Uddannelsesledelse
Udbydere af e-læring|E-læring
Grundskole og ungdomsuddannelse|Primær og sekundær uddannelse
Detailhandel
Detailhandel med tøj og mode|Tøj og mode
Engroshandel
International handel og udvikling|Import og eksport
Forbrugertjenester
Mad- og drikkevaretjenester|Fødevarer og drikkevarer
Fremstilling af fødevarer og drikkevarer|Fødevareproduktion
Restauranter
Hotel og restauration|Gæstfrihed
Rejsearrangementer|Fritid, rejser og turisme
Flyselskaber og luftfart|Flyselskaber/luftfart
Fremstilling af komponenter til luft- og rumfart|Luft- og rumfart
Fremstilling til forsvar og rumfart|Forsvar og rumfart
Transport, logistik, forsyningskæde og opbevaring|Logistik og forsyningskæde
Lastbiltransport|Transport/lastbiler/jernbane
Gods- og pakketransport|Pakke- og godslevering
Lager og opbevaring|Lagerdrift
Søtransport|Maritim
Fremstilling|Produktion|Forbrugsvarer
Fremstilling af maskiner|Maskiner
Fremstilling af industrimaskiner|Maskin- eller industriteknik
Fremstilling af automatiseringsmaskiner|Industriel automatisering
Fremstilling af motorkøretøjer|Bilindustri
Fremstilling af husholdningsapparater, el og elektronik|Elektrisk/elektronisk fremstilling
Kemisk fremstilling|Kemikalier|Kemisk industri
Tekstilfremstilling|Tekstiler
Fremstilling af emballage og beholdere|Emballage og beholdere
Fremstilling af sportsudstyr|Sportsudstyr
Byggeri|Bygge- og anlægsvirksomhed
Anlægsteknik|Bygningsingeniørvirksomhed
Ingeniørtjenester
Arkitektur og planlægning
Fast ejendom|Ejendomme
Olie og gas|Olie og energi
Minedrift|Minedrift og metaller
Forsyningsvirksomhed
Fremstilling af halvledere til vedvarende energi|Vedvarende energi og miljø
Miljøtjenester
Landbrug
Offentlig administration|Offentlig forvaltning
Forsvaret|Væbnede styrker
Nonprofitorganisationer|Almennyttige organisationer|Ledelse af nonprofitorganisationer
Borgerlige og sociale organisationer|Civile og sociale organisationer
Forskningstjenester|Forskning
Tænketanke
Udbydere af underholdning|Underholdning
Medieproduktion
Produktion og distribution af radio og tv|Broadcastmedier
Udgivelse af bøger og tidsskrifter|Forlagsvirksomhed
Avisudgivelse|Aviser
Online lyd- og videomedier|Onlinemedier
Musikere|Musik
Designtjenester|Design
Grafisk design
Eventtjenester|Arrangementer
Sikkerhed og efterforskning
Facility services|Facilitetstjenester
Oversættelse og lokalisering
Skrivning og redigering
Tilskuersport|Sport
Online- og postordrehandel
`;
