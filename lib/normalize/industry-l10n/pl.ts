/** Polish (pl): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const pl = `
Rozwój oprogramowania|Tworzenie oprogramowania|Oprogramowanie komputerowe
Usługi IT i doradztwo IT|Usługi IT i konsulting IT|Technologie informacyjne i usługi
Bezpieczeństwo komputerowe i sieciowe|Bezpieczeństwo komputerów i sieci
Technologia, informacje i internet|Usługi informacyjne
Technologia, informacje i media
Infrastruktura danych i analityka
Produkcja sprzętu komputerowego|Sprzęt komputerowy
Produkty do sieci komputerowych|Sieci komputerowe
Produkcja komputerów i elektroniki|Elektronika użytkowa
Produkcja półprzewodników|Półprzewodniki
Telekomunikacja|Łączność bezprzewodowa
Gry komputerowe
Usługi finansowe
Bankowość
Ubezpieczenia
Bankowość inwestycyjna
Zarządzanie inwestycjami
Rynki kapitałowe
Venture capital i private equity|Kapitał podwyższonego ryzyka i private equity
Księgowość|Rachunkowość
Doradztwo biznesowe i usługi dla firm|Konsulting biznesowy i usługi|Doradztwo w zakresie zarządzania
Doradztwo w zakresie outsourcingu i offshoringu|Outsourcing/offshoring
Usługi reklamowe|Marketing i reklama
Usługi marketingowe
Badania rynku
Usługi public relations i komunikacji|Public relations i komunikacja
Rekrutacja i zatrudnienie|Rekrutacja i pośrednictwo pracy|Rekrutacja
Usługi kadrowe|Usługi HR|Zasoby ludzkie
Szkolenia zawodowe i coaching
Usługi prawne
Kancelarie prawne|Praktyka prawnicza
Szpitale i opieka zdrowotna|Szpitale i ochrona zdrowia
Praktyki lekarskie|Praktyka medyczna
Opieka psychiatryczna|Opieka w zakresie zdrowia psychicznego
Produkcja sprzętu medycznego|Urządzenia medyczne
Produkcja farmaceutyczna|Farmaceutyki|Przemysł farmaceutyczny
Badania biotechnologiczne|Biotechnologia
Usługi wellness i fitness|Zdrowie, wellness i fitness
Usługi dla osób i rodzin|Usługi indywidualne i rodzinne
Szkolnictwo wyższe
Programy administracji oświatowej|Zarządzanie edukacją
Dostawcy e-learningu|E-learning
Szkolnictwo podstawowe i średnie|Edukacja podstawowa i średnia
Handel detaliczny|Sprzedaż detaliczna
Handel detaliczny odzieżą i modą|Odzież i moda
Handel hurtowy|Sprzedaż hurtowa
Handel międzynarodowy i rozwój|Import i eksport
Usługi konsumenckie|Usługi dla konsumentów
Usługi gastronomiczne|Żywność i napoje
Produkcja żywności i napojów|Produkcja żywności
Restauracje
Hotelarstwo|Hotelarstwo i gastronomia
Organizacja podróży|Rekreacja, podróże i turystyka
Linie lotnicze i lotnictwo|Linie lotnicze/lotnictwo
Produkcja komponentów lotniczych i kosmicznych|Lotnictwo i przemysł kosmiczny
Produkcja na potrzeby obronności i przestrzeni kosmicznej|Obronność i przestrzeń kosmiczna
Transport, logistyka, łańcuch dostaw i magazynowanie|Logistyka i łańcuch dostaw
Transport drogowy|Transport samochodowy
Przewóz towarów i przesyłek|Dostawa paczek i frachtu
Magazynowanie i przechowywanie|Magazynowanie
Transport morski|Żegluga
Produkcja|Przemysł|Dobra konsumpcyjne
Produkcja maszyn|Maszyny
Produkcja maszyn przemysłowych|Inżynieria mechaniczna lub przemysłowa
Produkcja maszyn do automatyzacji|Automatyka przemysłowa
Produkcja pojazdów silnikowych|Motoryzacja|Przemysł motoryzacyjny
Produkcja urządzeń AGD, elektrycznych i elektronicznych|Produkcja elektryczna/elektroniczna
Produkcja chemiczna|Chemikalia|Przemysł chemiczny
Produkcja tekstyliów|Tekstylia|Przemysł tekstylny
Produkcja opakowań i pojemników|Opakowania i pojemniki
Produkcja artykułów sportowych|Artykuły sportowe
Budownictwo
Inżynieria lądowa|Inżynieria budowlana
Usługi inżynieryjne
Architektura i planowanie|Architektura i urbanistyka
Nieruchomości
Ropa naftowa i gaz|Ropa i gaz|Ropa naftowa i energia
Górnictwo|Górnictwo i metale
Usługi komunalne|Media i usługi komunalne
Produkcja półprzewodników dla energii odnawialnej|Energia odnawialna i środowisko
Usługi środowiskowe|Usługi w zakresie ochrony środowiska
Rolnictwo
Administracja rządowa|Administracja publiczna
Siły zbrojne
Organizacje non-profit|Organizacje pozarządowe|Zarządzanie organizacjami non-profit
Organizacje obywatelskie i społeczne
Usługi badawcze|Badania
Think tanki|Ośrodki analityczne
Dostawcy rozrywki|Rozrywka
Produkcja medialna|Produkcja mediów
Produkcja i dystrybucja mediów nadawczych|Media nadawcze
Wydawanie książek i czasopism|Działalność wydawnicza
Wydawanie gazet|Gazety
Internetowe media audio i wideo|Media internetowe
Muzycy|Muzyka
Usługi projektowe|Projektowanie|Design
Projektowanie graficzne
Usługi eventowe|Organizacja wydarzeń
Ochrona i usługi detektywistyczne|Bezpieczeństwo i dochodzenia
Usługi zarządzania obiektami|Zarządzanie obiektami
Tłumaczenia i lokalizacja
Pisanie i redagowanie|Copywriting i redakcja
Sport widowiskowy|Sport
Handel internetowy i wysyłkowy|Sprzedaż internetowa i wysyłkowa
`;
