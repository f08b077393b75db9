/** Tagalog (tl): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const tl = `
Pagbuo ng Software|Pagdevelop ng Software
Mga Serbisyo sa IT at Pagkonsulta sa IT|Mga Serbisyo at Pagkonsulta sa IT
Seguridad ng Computer at Network
Teknolohiya, Impormasyon at Internet|Mga Serbisyo sa Impormasyon
Teknolohiya, Impormasyon at Media
Imprastraktura at Analytics ng Data
Paggawa ng Computer Hardware
Mga Produkto sa Computer Networking
Paggawa ng mga Computer at Electronics
Paggawa ng Semiconductor
Telekomunikasyon
Mga Laro sa Computer
Mga Serbisyong Pampinansyal|Mga Serbisyo sa Pananalapi
Pagbabangko
Seguro|Insurance
Investment Banking|Pagbabangko sa Pamumuhunan
Pamamahala ng Pamumuhunan
Mga Capital Market|Mga Pamilihan ng Kapital
Venture Capital at Private Equity
Accounting|Akawnting
Pagkonsulta at Mga Serbisyo sa Negosyo
Pagkonsulta sa Outsourcing at Offshoring
Mga Serbisyo sa Advertising|Mga Serbisyo sa Pag-aanunsyo
Mga Serbisyo sa Marketing
Pananaliksik sa Merkado
Mga Serbisyo sa Public Relations at Komunikasyon
Staffing at Recruiting|Pag-staff at Pagre-recruit
Mga Serbisyo sa Human Resources
Propesyonal na Pagsasanay at Coaching
Mga Serbisyong Legal|Mga Serbisyong Pambatas
Pagsasagawa ng Batas|Mga Law Firm
Mga Ospital at Pangangalagang Pangkalusugan
Mga Klinikang Medikal|Pagsasagawa ng Medisina
Pangangalaga sa Kalusugang Pangkaisipan
Paggawa ng Kagamitang Medikal
Paggawa ng Gamot|Paggawa ng mga Parmasyutiko
Pananaliksik sa Biotechnology
Mga Serbisyo sa Wellness at Fitness
Mga Serbisyo para sa Indibidwal at Pamilya
Mas Mataas na Edukasyon
Mga Programa sa Pangangasiwa ng Edukasyon
Mga Provider ng E-Learning
Elementarya at Sekondaryang Edukasyon|Pangunahin at Sekondaryang Edukasyon
Retail|Pagtitingi
Retail ng Kasuotan at Fashion
Wholesale|Pakyawan
Internasyonal na Kalakalan at Pag-unlad
Mga Serbisyo sa Konsyumer|Mga Serbisyo sa Mamimili
Mga Serbisyo sa Pagkain at Inumin
Paggawa ng Pagkain at Inumin
Mga Restawran|Mga Restaurant
Hospitality|Pagtanggap ng Bisita
Mga Pagsasaayos sa Paglalakbay
Mga Airline at Aviation|Mga Airline at Abyasyon
Paggawa ng Piyesa para sa Abyasyon at Aerospace
Paggawa para sa Depensa at Kalawakan
Transportasyon, Logistics, Supply Chain at Imbakan
Transportasyon sa Trak
Transportasyon ng Kargamento at Pakete
Warehousing at Imbakan|Bodega at Imbakan
Transportasyong Pandagat
Pagmamanupaktura
Paggawa ng Makinarya
Paggawa ng Industriyal na Makinarya
Paggawa ng Makinarya para sa Automation
Paggawa ng Sasakyang de-Motor
Paggawa ng Appliances, Elektrikal, at Electronics
Paggawa ng Kemikal
Paggawa ng Tela
Paggawa ng Packaging at Lalagyan
Paggawa ng Gamit Pampalakasan
Konstruksyon
Civil Engineering|Inhinyeriyang Sibil
Mga Serbisyo sa Engineering|Mga Serbisyo sa Inhinyeriya
Arkitektura at Pagpaplano
Real Estate
Langis at Gas
Pagmimina
Mga Utility|Mga Pampublikong Utilidad
Paggawa ng Semiconductor para sa Renewable Energy
Mga Serbisyong Pangkapaligiran
Pagsasaka|Agrikultura
Pangangasiwa ng Gobyerno|Pamamahala ng Pamahalaan
Sandatahang Lakas
Mga Non-profit na Organisasyon|Mga Organisasyong Non-profit
Mga Sibiko at Panlipunang Organisasyon
Mga Serbisyo sa Pananaliksik
Mga Think Tank
Mga Provider ng Entertainment|Libangan
Produksyon ng Media
Produksyon at Distribusyon ng Broadcast Media
Paglalathala ng Aklat at Peryodiko
Paglalathala ng Pahayagan
Online na Audio at Video Media
Mga Musikero
Mga Serbisyo sa Disenyo
Graphic Design|Disenyong Grapiko
Mga Serbisyo sa Event|Mga Serbisyo sa Kaganapan
Seguridad at Imbestigasyon
Mga Serbisyo sa Pasilidad
Pagsasalin at Localization
Pagsusulat at Pag-e-edit
Mga Spectator Sport|Palakasan
Online at Mail Order na Retail
`;
