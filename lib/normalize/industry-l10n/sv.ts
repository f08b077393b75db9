/** Swedish (sv): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const sv = `
Programvaruutveckling|Datorprogramvara
IT-tjänster och IT-konsulting|IT-tjänster och IT-konsultverksamhet|Informationsteknik och tjänster
Dator- och nätverkssäkerhet
Teknik, information och internet|Informationstjänster
Teknik, information och media
Datainfrastruktur och analys
Tillverkning av datorhårdvara|Datorhårdvara
Produkter för datornätverk|Datornätverk
Tillverkning av datorer och elektronik|Hemelektronik
Halvledartillverkning|Halvledare
Telekommunikation|Trådlöst
Datorspel
Finansiella tjänster
Bankverksamhet|Bank
Försäkring|Försäkringar
Investmentbank|Investment banking
Kapitalförvaltning|Investeringsförvaltning
Kapitalmarknader
Riskkapital och private equity
Redovisning|Bokföring
Affärskonsultverksamhet och tjänster|Verksamhetskonsulting|Managementkonsulting
Konsulttjänster inom outsourcing och offshoring|Outsourcing/offshoring
Reklamtjänster|Marknadsföring och reklam
Marknadsföringstjänster
Marknadsundersökningar
PR- och kommunikationstjänster|PR och kommunikation
Bemanning och rekrytering|Rekrytering
Personaltjänster|HR-tjänster|Personalfrågor
Professionell utbildning och coachning
Juridiska tjänster
Advokatverksamhet|Advokatbyråer
Sjukhus och sjukvård|Sjukhus och hälso- och sjukvård
Läkarmottagningar|Läkarpraktik
Psykiatrisk vård|Psykisk hälsovård
Tillverkning av medicinsk utrustning|Medicinteknisk utrustning|Medicintekniska produkter
Läkemedelstillverkning|Läkemedel
Bioteknisk forskning|Bioteknik
Friskvårds- och träningstjänster|Hälsa, friskvård och träning
Tjänster för individer och familjer|Individ- och familjetjänster
Högre utbildning
Program för utbildningsadministration|Utbildningsledning
Leverantörer av e-lärande|E-lärande
Grund- och gymnasieutbildning|Grundskola och gymnasium
Detaljhandel
Detaljhandel inom kläder och mode|Kläder och mode
Partihandel|Grossistverksamhet
Internationell handel och utveckling|Import och export
Konsumenttjänster
Mat- och dryckestjänster|Mat och dryck
Tillverkning av livsmedel och drycker|Livsmedelsproduktion
Restauranger
Besöksnäring|Hotell och restaurang
Reseservice|Fritid, resor och turism
Flygbolag och luftfart|Flygbolag/luftfart
Tillverkning av komponenter för flyg- och rymdindustrin|Flyg- och rymdindustri
Tillverkning för försvar och rymd|Försvar och rymd
Transport, logistik, leveranskedja och lagring|Logistik och leveranskedja
Lastbilstransport|Transport/lastbil/järnväg
Gods- och pakettransport|Paket- och godsleveranser
Lagerhållning och lagring|Lagerhållning
Sjöfart|Sjötransport
Tillverkning|Konsumentvaror
Maskintillverkning|Maskiner
Tillverkning av industrimaskiner|Maskinteknik eller industriteknik
Tillverkning av automationsmaskiner|Industriell automation
Fordonstillverkning|Fordonsindustri
Tillverkning av hushållsapparater, el och elektronik|Elektrisk/elektronisk tillverkning
Kemisk tillverkning|Kemikalier|Kemisk industri
Textiltillverkning|Textilier
Tillverkning av förpackningar och behållare|Förpackningar och behållare
Tillverkning av sportartiklar|Sportartiklar
Bygg och anläggning|Byggbranschen
Väg- och vattenbyggnad|Anläggningsteknik
Ingenjörstjänster
Arkitektur och planering
Fastigheter
Olja och gas|Olja och energi
Gruvdrift|Gruvdrift och metaller
Allmännyttiga tjänster|Energi- och vattenförsörjning
Halvledartillverkning för förnybar energi|Förnybar energi och miljö
Miljötjänster
Jordbruk
Statlig förvaltning|Offentlig förvaltning
Försvarsmakt|Väpnade styrkor
Ideella organisationer|Ledning av ideella organisationer
Civila och sociala organisationer
Forskningstjänster|Forskning
Tankesmedjor
Underhållningsleverantörer|Underhållning
Medieproduktion
Produktion och distribution av radio och tv|Sändningsmedier
Utgivning av böcker och tidskrifter|Förlagsverksamhet
Tidningsutgivning|Tidningar
Ljud- och videomedia online|Onlinemedier
Musiker|Musik
Designtjänster|Design
Grafisk design
Evenemangstjänster|Evenemang
Säkerhet och utredningar
Fastighetsservice|Facilitetstjänster
Översättning och lokalisering
Skrivande och redigering
Publiksporter|Sport
Detaljhandel online och postorder|E-handel och postorder
`;
