/** Romanian (ro): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const ro = `
Dezvoltare de software|Software pentru computere
Servicii IT și consultanță IT|Tehnologia informației și servicii
Securitatea computerelor și a rețelelor|Securitate informatică și de rețea
Tehnologie, informații și internet|Servicii de informații
Tehnologie, informații și media
Infrastructură de date și analiză
Producție de hardware pentru computere|Hardware pentru computere
Produse pentru rețele de computere|Rețele de computere
Producție de computere și electronice|Electronice de larg consum
Producție de semiconductori|Semiconductori
Telecomunicații|Wireless
Jocuri pe computer|Jocuri video
Servicii financiare
Servicii bancare|Bănci
Asigurări
Servicii bancare de investiții|Investment banking
Administrarea investițiilor|Managementul investițiilor
Piețe de capital
Capital de risc și capital privat
Contabilitate
Consultanță și servicii pentru afaceri|Consultanță în management
Consultanță în externalizare și offshoring|Externalizare/Offshoring
Servicii de publicitate|Marketing și publicitate
Servicii de marketing
Cercetare de piață
Servicii de relații publice și comunicare|Relații publice și comunicare
Recrutare și plasare de personal|Recrutare de personal
Servicii de resurse umane|Resurse umane
Formare profesională și coaching|Instruire profesională și coaching
Servicii juridice
Cabinete de avocatură|Practică juridică
Spitale și asistență medicală|Spitale și servicii medicale
Cabinete medicale|Practică medicală
Servicii de sănătate mintală|Îngrijirea sănătății mintale
Producția de echipamente medicale|Dispozitive medicale
Producție farmaceutică|Produse farmaceutice|Industria farmaceutică
Cercetare în biotehnologie|Biotehnologie
Servicii de wellness și fitness|Sănătate, wellness și fitness
Servicii pentru persoane și familii|Servicii individuale și familiale
Învățământ superior
Programe de administrare a educației|Managementul educației
Furnizori de e-learning|E-learning
Învățământ primar și secundar
Comerț cu amănuntul|Retail
Comerț cu amănuntul de îmbrăcăminte și modă|Îmbrăcăminte și modă
Comerț cu ridicata
Comerț internațional și dezvoltare|Import și export
Servicii pentru consumatori
Servicii de alimentație și băuturi|Alimente și băuturi
Producție de alimente și băuturi|Producție alimentară
Restaurante
Ospitalitate|Industria ospitalității
Organizarea călătoriilor|Agrement, călătorii și turism
Companii aeriene și aviație|Linii aeriene/Aviație
Producția de componente pentru aviație și industria aerospațială|Aviație și industria aerospațială
Producție pentru apărare și spațiu|Apărare și spațiu
Transport, logistică, lanț de aprovizionare și depozitare|Logistică și lanț de aprovizionare
Transport rutier de mărfuri|Transport/Camioane/Căi ferate
Transport de marfă și colete|Livrare de colete și marfă
Depozitare și stocare|Depozitare
Transport maritim|Maritim
Producție|Fabricație|Bunuri de consum
Producția de mașini|Utilaje
Producția de mașini industriale|Inginerie mecanică sau industrială
Producția de mașini de automatizare|Automatizare industrială
Producția de autovehicule|Industria auto|Auto
Producția de electrocasnice, echipamente electrice și electronice|Producție electrică/electronică
Producție chimică|Produse chimice|Industria chimică
Producție textilă|Textile
Producția de ambalaje și containere|Ambalaje și containere
Producția de articole sportive|Articole sportive
Construcții
Inginerie civilă
Servicii de inginerie
Arhitectură și planificare|Arhitectură și urbanism
Imobiliare
Petrol și gaze|Petrol și energie
Minerit|Minerit și metale
Utilități
Producția de semiconductori pentru energie regenerabilă|Energie regenerabilă și mediu
Servicii de mediu
Agricultură
Administrație guvernamentală|Administrație publică
Forțe armate
Organizații nonprofit|Organizații non-profit|Management de organizații nonprofit
Organizații civice și sociale|Organizație civică și socială
Servicii de cercetare|Cercetare
Think tank-uri|Centre de analiză
Furnizori de divertisment|Divertisment
Producție media
Producția și distribuția de media de radiodifuziune|Radiodifuziune
Publicarea de cărți și periodice|Editură|Edituri
Publicarea de ziare|Ziare
Media audio și video online|Media online
Muzicieni|Muzică
Servicii de design|Design
Design grafic
Servicii pentru evenimente|Organizare de evenimente
Securitate și investigații
Servicii pentru facilități|Administrarea clădirilor
Traducere și localizare
Scriere și editare|Redactare și editare
Sporturi pentru spectatori|Sport
Comerț online și prin corespondență|Vânzare online și prin poștă
`;
