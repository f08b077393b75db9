/** German (de): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const de = `
Softwareentwicklung|Computersoftware
IT-Dienstleistungen und IT-Beratung|IT-Dienstleistungen|Informationstechnologie und -dienste
Computer- und Netzwerksicherheit
Technologie, Information und Internet|Informationsdienste
Technologie, Information und Medien
Dateninfrastruktur und -analyse|Dateninfrastruktur und Analytik
Herstellung von Computerhardware|Computerhardware
Computernetzwerkprodukte|Computernetzwerke
Herstellung von Computern und Elektronik|Unterhaltungselektronik
Halbleiterherstellung|Halbleiter
Telekommunikation
Computerspiele
Finanzdienstleistungen
Bankwesen
Versicherungen|Versicherungswesen
Investmentbanking
Investmentmanagement|Vermögensverwaltung
Kapitalmärkte
Risikokapital und Private Equity
Buchhaltung|Rechnungswesen
Unternehmensberatung und -dienstleistungen|Unternehmensberatung
Outsourcing- und Offshoring-Beratung
Werbedienstleistungen|Marketing und Werbung
Marketingdienstleistungen
Marktforschung
Öffentlichkeitsarbeit und Kommunikation|PR und Kommunikation
Personalbeschaffung und Personalvermittlung|Personalbeschaffung und -vermittlung|Personalbeschaffung
Personaldienstleistungen|Personalwesen
Berufliche Weiterbildung und Coaching|Training und Coaching
Rechtsdienstleistungen
Anwaltskanzleien|Rechtspraxis
Krankenhäuser und Gesundheitswesen|Krankenhaus- und Gesundheitswesen
Arztpraxen
Psychische Gesundheitsversorgung
Herstellung von medizinischen Geräten|Medizinische Geräte|Medizintechnik
Pharmazeutische Produktion|Pharmazeutische Produkte|Pharmazie
Biotechnologische Forschung|Biotechnologie
Wellness- und Fitnessdienstleistungen|Gesundheit, Wellness und Fitness
Dienstleistungen für Einzelpersonen und Familien
Hochschulausbildung|Hochschulen|Hochschulwesen
Bildungsverwaltung|Bildungsmanagement
E-Learning-Anbieter|E-Learning
Grund- und weiterführende Schulen|Primar- und Sekundarbildung
Einzelhandel
Einzelhandel mit Bekleidung und Mode|Bekleidung und Mode
Großhandel
Internationaler Handel und Entwicklung|Import und Export
Verbraucherdienstleistungen
Gastronomie|Nahrungsmittel und Getränke|Lebensmittel und Getränke
Nahrungsmittel- und Getränkeherstellung|Lebensmittelproduktion
Restaurants|Gaststätten
Gastgewerbe
Reisevermittlung|Freizeit, Reisen und Tourismus
Fluggesellschaften und Luftfahrt|Fluggesellschaften/Luftfahrt
Herstellung von Luft- und Raumfahrtkomponenten|Luft- und Raumfahrt
Verteidigungs- und Raumfahrttechnik|Verteidigung und Raumfahrt
Transport, Logistik, Lieferkette und Lagerung|Logistik und Supply Chain
Lkw-Transport|Transport/Lkw/Bahn
Fracht- und Pakettransport|Paket- und Frachtzustellung
Lagerhaltung und Lagerung|Lagerhaltung
Seeverkehr|Schifffahrt
Fertigung|Herstellung|Konsumgüter
Maschinenherstellung|Maschinen
Herstellung von Industriemaschinen|Maschinenbau
Herstellung von Automatisierungsmaschinen|Industrieautomatisierung
Kraftfahrzeugherstellung|Fahrzeugbau|Automobil|Automobilindustrie
Herstellung von Haushalts-, Elektro- und Elektronikgeräten|Elektrik-/Elektronikherstellung
Chemische Herstellung|Chemikalien|Chemische Industrie
Textilherstellung|Textilien
Herstellung von Verpackungen und Behältern|Verpackungen und Behälter
Herstellung von Sportartikeln|Sportartikel
Baugewerbe|Bauwesen
Tiefbau|Bauingenieurwesen
Ingenieurdienstleistungen
Architektur und Planung
Immobilien
Öl und Gas|Erdöl und Erdgas|Öl und Energie
Bergbau|Bergbau und Metalle
Versorgungsunternehmen|Versorgungswirtschaft
Herstellung von Halbleitern für erneuerbare Energien|Erneuerbare Energien und Umwelt
Umweltdienstleistungen
Landwirtschaft
Behörden und Verwaltung|Öffentliche Verwaltung|Regierungsverwaltung
Streitkräfte
Non-Profit-Organisationen|Gemeinnützige Organisationen|Management gemeinnütziger Organisationen
Bürger- und Sozialorganisationen
Forschungsdienstleistungen|Forschung
Thinktanks|Denkfabriken
Unterhaltungsanbieter|Unterhaltung
Medienproduktion
Produktion und Vertrieb von Rundfunkmedien|Rundfunkmedien
Buch- und Zeitschriftenverlage|Verlagswesen
Zeitungsverlage|Zeitungen
Online-Audio- und -Videomedien|Onlinemedien
Musiker|Musik
Designdienstleistungen|Design
Grafikdesign
Veranstaltungsdienstleistungen
Sicherheit und Ermittlungen
Facility-Services|Facility Management
Übersetzung und Lokalisierung
Schreiben und Redigieren|Texten und Redigieren
Zuschauersport|Sport
Online- und Versandhandel
`;
