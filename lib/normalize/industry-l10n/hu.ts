/** Hungarian (hu): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const hu = `
Szoftverfejlesztés|Számítógépes szoftverek
Informatikai szolgáltatások és tanácsadás|IT-szolgáltatások és IT-tanácsadás|Információtechnológia és szolgáltatások
Számítógép- és hálózatbiztonság
Technológia, információ és internet|Információs szolgáltatások
Technológia, információ és média
Adatinfrastruktúra és -elemzés
Számítógépes hardvergyártás|Számítógépes hardver
Számítógépes hálózati termékek|Számítógépes hálózatok
Számítógép- és elektronikai gyártás|Szórakoztató elektronika
Félvezetőgyártás|Félvezetők
Távközlés|Vezeték nélküli kommunikáció
Számítógépes játékok
Pénzügyi szolgáltatások
Banki szolgáltatások|Bankügy
Biztosítás
Befektetési banki szolgáltatások
Befektetéskezelés
Tőkepiacok
Kockázati tőke és magántőke
Könyvelés|Számvitel
Üzleti tanácsadás és szolgáltatások|Vezetési tanácsadás
Kiszervezési és offshoring tanácsadás|Kiszervezés/offshoring
Reklámszolgáltatások|Marketing és reklám
Marketingszolgáltatások
Piackutatás
PR- és kommunikációs szolgáltatások|PR és kommunikáció
Munkaerő-közvetítés és toborzás|Toborzás
HR-szolgáltatások|Emberi erőforrások
Szakmai képzés és coaching
Jogi szolgáltatások
Ügyvédi tevékenység|Ügyvédi irodák
Kórházak és egészségügy|Kórházak és egészségügyi ellátás
Orvosi rendelők|Orvosi gyakorlat
Mentálhigiénés ellátás
Orvostechnikai eszközök gyártása|Orvosi eszközök
Gyógyszergyártás|Gyógyszeripar
Biotechnológiai kutatás|Biotechnológia
Wellness- és fitneszszolgáltatások|Egészség, wellness és fitnesz
Egyéni és családi szolgáltatások
Felsőoktatás
Oktatásirányítási programok|Oktatásmenedzsment
E-learning-szolgáltatók|E-learning
Alap- és középfokú oktatás
Kiskereskedelem
Ruházati és divatcikkek kiskereskedelme|Ruházat és divat
Nagykereskedelem
Nemzetközi kereskedelem és fejlesztés|Import és export
Fogyasztói szolgáltatások
Vendéglátási szolgáltatások|Élelmiszer és italok
Élelmiszer- és italgyártás|Élelmiszer-termelés
Éttermek
Vendéglátás|Vendéglátóipar
Utazásszervezés|Szabadidő, utazás és turizmus
Légitársaságok és légi közlekedés|Légitársaságok/légi közlekedés
Repülőgép- és űripari alkatrészek gyártása|Repülés és űrkutatás
Védelmi és űripari gyártás|Védelem és űrkutatás
Szállítás, logisztika, ellátási lánc és raktározás|Logisztika és ellátási lánc
Közúti teherszállítás|Szállítás/teherfuvarozás/vasút
Áru- és csomagszállítás|Csomag- és áruszállítás
Raktározás és tárolás|Raktározás
Tengeri szállítás|Tengerészet
Gyártás|Feldolgozóipar|Fogyasztási cikkek
Gépgyártás|Gépek
Ipari gépek gyártása|Gépészmérnöki vagy ipari mérnöki tevékenység
Automatizálási gépek gyártása|Ipari automatizálás
Gépjárműgyártás|Autóipar
Háztartási gépek, elektromos és elektronikai eszközök gyártása|Elektromos/elektronikai gyártás
Vegyipari gyártás|Vegyi anyagok|Vegyipar
Textilgyártás|Textilipar
Csomagolóanyagok és tárolóedények gyártása|Csomagolás és tárolóedények
Sporteszközök gyártása|Sporteszközök
Építőipar
Mélyépítés|Építőmérnöki tevékenység
Mérnöki szolgáltatások
Építészet és tervezés
Ingatlan|Ingatlanügy
Olaj és gáz|Olaj és energia
Bányászat|Bányászat és fémek
Közművek|Közüzemi szolgáltatások
Megújuló energiás félvezetők gyártása|Megújuló energia és környezet
Környezetvédelmi szolgáltatások
Mezőgazdaság
Közigazgatás|Kormányzati igazgatás
Fegyveres erők
Nonprofit szervezetek|Nonprofit szervezetek irányítása
Civil és társadalmi szervezetek
Kutatási szolgáltatások|Kutatás
Agytrösztök|Think tankek
Szórakoztatási szolgáltatók|Szórakoztatás
Médiagyártás|Médiaprodukció
Műsorszóró média gyártása és terjesztése|Műsorszórás
Könyv- és folyóiratkiadás|Kiadás|Könyvkiadás
Újságkiadás|Újságok
Online hang- és videomédia|Online média
Zenészek|Zene
Tervezési szolgáltatások|Dizájn|Formatervezés
Grafikai tervezés|Grafikus tervezés
Rendezvényszolgáltatások|Rendezvényszervezés
Biztonság és nyomozás|Vagyonvédelem és nyomozás
Létesítménygazdálkodási szolgáltatások|Létesítménygazdálkodás
Fordítás és lokalizáció
Írás és szerkesztés
Nézői sportok|Sport
Online és csomagküldő kiskereskedelem
`;
