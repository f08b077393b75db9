/** Finnish (fi): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const fi = `
Ohjelmistokehitys|Tietokoneohjelmistot
IT-palvelut ja IT-konsultointi|Tietotekniikka ja palvelut
Tietokone- ja verkkoturvallisuus|Tieto- ja verkkoturvallisuus
Teknologia, tieto ja internet|Tietopalvelut
Teknologia, tieto ja media
Datainfrastruktuuri ja analytiikka
Tietokonelaitteistojen valmistus|Tietokonelaitteistot
Tietoverkkotuotteet|Tietoverkot
Tietokoneiden ja elektroniikan valmistus|Kulutuselektroniikka
Puolijohteiden valmistus|Puolijohteet
Tietoliikenne|Televiestintä|Langaton tietoliikenne
Tietokonepelit
Rahoituspalvelut
Pankkitoiminta
Vakuutukset|Vakuutustoiminta
Investointipankkitoiminta
Sijoitustenhoito|Varainhoito
Pääomamarkkinat
Pääomasijoitus ja yksityiset pääomasijoitukset|Pääomasijoitustoiminta
Kirjanpito|Tilintarkastus ja kirjanpito
Liiketoiminnan konsultointi ja palvelut|Liikkeenjohdon konsultointi
Ulkoistamisen ja offshoringin konsultointi|Ulkoistaminen
Mainospalvelut|Markkinointi ja mainonta
Markkinointipalvelut
Markkinatutkimus
Viestintä- ja PR-palvelut|Suhdetoiminta ja viestintä
Henkilöstöpalvelut ja rekrytointi|Rekrytointi
Henkilöstöhallinnon palvelut|Henkilöstöhallinto
Ammatillinen koulutus ja valmennus
Lakipalvelut|Oikeudelliset palvelut
Asianajotoiminta|Asianajotoimistot
Sairaalat ja terveydenhuolto
Lääkärivastaanotot|Lääkäripalvelut
Mielenterveyspalvelut
Lääkinnällisten laitteiden valmistus|Lääkinnälliset laitteet
Lääkkeiden valmistus|Lääkkeet|Lääketeollisuus
Bioteknologinen tutkimus|Bioteknologia
Hyvinvointi- ja kuntopalvelut|Terveys, hyvinvointi ja kuntoilu
Yksilö- ja perhepalvelut
Korkeakoulutus|Korkea-asteen koulutus
Koulutushallinnon ohjelmat|Koulutushallinto
Verkko-oppimispalvelujen tarjoajat|Verkko-oppiminen|E-oppiminen
Perus- ja toisen asteen koulutus
Vähittäiskauppa
Vaatteiden ja muodin vähittäiskauppa|Vaatteet ja muoti
Tukkukauppa
Kansainvälinen kauppa ja kehitys|Tuonti ja vienti
Kuluttajapalvelut
Ruoka- ja juomapalvelut|Ruoka ja juomat
Ruokien ja juomien valmistus|Elintarviketuotanto
Ravintolat
Majoitus- ja ravitsemusala|Vieraanvaraisuus
Matkajärjestelyt|Vapaa-aika, matkailu ja turismi
Lentoyhtiöt ja ilmailu|Lentoyhtiöt/ilmailu
Ilmailu- ja avaruusteollisuuden komponenttien valmistus|Ilmailu ja avaruus
Puolustus- ja avaruusteollisuus|Puolustus ja avaruus
Kuljetus, logistiikka, toimitusketju ja varastointi|Logistiikka ja toimitusketju
Kuorma-autokuljetukset|Kuljetus/kuorma-autot/rautatiet
Rahti- ja pakettikuljetukset|Paketti- ja rahtitoimitukset
Varastointi ja säilytys|Varastointi
Meriliikenne|Merenkulku
Valmistus|Teollisuus|Kulutustavarat
Koneiden valmistus|Koneet
Teollisuuskoneiden valmistus|Kone- tai tuotantotekniikka
Automaatiokoneiden valmistus|Teollisuusautomaatio
Moottoriajoneuvojen valmistus|Autoteollisuus
Kodinkoneiden sekä sähkö- ja elektroniikkalaitteiden valmistus|Sähkö- ja elektroniikkavalmistus
Kemikaalien valmistus|Kemikaalit|Kemianteollisuus
Tekstiilien valmistus|Tekstiilit
Pakkausten ja säiliöiden valmistus|Pakkaukset ja säiliöt
Urheiluvälineiden valmistus|Urheiluvälineet
Rakentaminen|Rakennusala
Maa- ja vesirakentaminen|Rakennustekniikka
Insinööripalvelut
Arkkitehtuuri ja suunnittelu
Kiinteistöala|Kiinteistöt
Öljy ja kaasu|Öljy ja energia
Kaivostoiminta|Kaivostoiminta ja metallit
Yhdyskuntapalvelut|Energia- ja vesihuolto
Uusiutuvan energian puolijohteiden valmistus|Uusiutuva energia ja ympäristö
Ympäristöpalvelut
Maatalous
Julkishallinto|Valtionhallinto
Asevoimat|Puolustusvoimat
Voittoa tavoittelemattomat järjestöt|Voittoa tavoittelemattomien järjestöjen hallinto
Kansalais- ja sosiaalijärjestöt
Tutkimuspalvelut|Tutkimus
Ajatushautomot
Viihdepalvelujen tarjoajat|Viihde
Mediatuotanto
Yleisradiomedian tuotanto ja jakelu|Yleisradiotoiminta
Kirjojen ja aikakauslehtien kustantaminen|Kustannustoiminta
Sanomalehtien kustantaminen|Sanomalehdet
Verkon ääni- ja videomedia|Verkkomedia
Muusikot|Musiikki
Suunnittelupalvelut|Muotoilu
Graafinen suunnittelu
Tapahtumapalvelut
Turvallisuus ja tutkinta
Kiinteistöpalvelut|Toimitilapalvelut
Kääntäminen ja lokalisointi
Kirjoittaminen ja editointi
Katsojaurheilu|Urheilu
Verkko- ja postimyynti
`;
