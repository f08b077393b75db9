/** Italian (it): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const it = `
Sviluppo di software
Servizi e consulenza IT|Servizi e consulenza informatica|Informatica e servizi
Sicurezza informatica e delle reti|Sicurezza del computer e delle reti
Tecnologia, informazioni e Internet|Servizi di informazione
Tecnologia, informazioni e media
Infrastruttura e analisi dei dati
Produzione di hardware per computer|Hardware
Prodotti per reti informatiche|Reti di computer
Produzione di computer ed elettronica|Elettronica di consumo
Produzione di semiconduttori|Semiconduttori
Telecomunicazioni|Wireless
Giochi per computer|Videogiochi
Servizi finanziari
Attività bancarie|Banche|Servizi bancari
Assicurazioni
Banche d’investimento|Investment banking
Gestione degli investimenti
Mercati dei capitali
Capitale di rischio e private equity|Venture capital e private equity
Contabilità
Servizi e consulenza aziendale|Consulenza manageriale
Consulenza su outsourcing e offshoring|Outsourcing/Offshoring
Servizi pubblicitari|Marketing e pubblicità
Servizi di marketing
Ricerche di mercato
Servizi di pubbliche relazioni e comunicazione|Pubbliche relazioni e comunicazioni
Ricerca e selezione del personale|Ricerca e selezione
Servizi per le risorse umane|Risorse umane
Formazione professionale e coaching
Servizi legali
Studi legali|Pratica legale
Ospedali e assistenza sanitaria|Ospedale e sanità
Studi medici|Pratica medica
Assistenza per la salute mentale|Salute mentale
Produzione di apparecchiature mediche|Dispositivi medici
Produzione farmaceutica|Prodotti farmaceutici|Industria farmaceutica
Ricerca biotecnologica|Biotecnologie
Servizi per il benessere e il fitness|Salute, benessere e fitness
Servizi per la persona e la famiglia|Servizi per l’individuo e la famiglia
Istruzione superiore|Formazione universitaria
Programmi di amministrazione scolastica|Gestione della formazione
Fornitori di e-learning|E-learning
Istruzione primaria e secondaria
Commercio al dettaglio|Vendita al dettaglio
Commercio al dettaglio di abbigliamento e moda|Abbigliamento e moda
Commercio all’ingrosso|Vendita all’ingrosso
Commercio internazionale e sviluppo|Import ed export
Servizi al consumatore|Servizi ai consumatori
Servizi di ristorazione|Alimenti e bevande|Cibo e bevande
Produzione di alimenti e bevande|Produzione alimentare
Ristoranti
Ospitalità|Settore alberghiero
Organizzazione di viaggi|Tempo libero, viaggi e turismo
Compagnie aeree e aviazione|Linee aeree/Aviazione
Produzione di componenti per l’aviazione e l’aerospazio|Aviazione e aerospazio
Produzione per la difesa e lo spazio|Difesa e spazio
Trasporti, logistica, supply chain e magazzinaggio|Trasporti, logistica, catena di approvvigionamento e stoccaggio|Logistica e supply chain
Autotrasporti|Trasporti/Autotrasporti/Ferrovie
Trasporto merci e pacchi|Consegna pacchi e merci
Magazzinaggio e stoccaggio|Magazzinaggio
Trasporti marittimi|Marittimo
Produzione|Manifattura|Beni di consumo
Produzione di macchinari|Macchinari
Produzione di macchinari industriali|Ingegneria meccanica o industriale
Produzione di macchinari per l’automazione|Automazione industriale
Produzione di autoveicoli|Settore automobilistico|Automotive
Produzione di elettrodomestici e apparecchiature elettriche ed elettroniche|Produzione elettrica/elettronica
Produzione chimica|Prodotti chimici|Industria chimica
Produzione tessile|Tessile
Produzione di imballaggi e contenitori|Imballaggi e contenitori
Produzione di articoli sportivi|Articoli sportivi
Edilizia|Costruzioni
Ingegneria civile
Servizi di ingegneria
Architettura e pianificazione|Architettura e urbanistica
Settore immobiliare|Immobiliare
Petrolio e gas|Petrolio ed energia
Attività minerarie|Miniere e metalli
Servizi pubblici|Servizi di pubblica utilità
Produzione di semiconduttori per energie rinnovabili|Energie rinnovabili e ambiente
Servizi ambientali
Agricoltura
Amministrazione governativa|Pubblica amministrazione
Forze armate
Organizzazioni non profit|Gestione di organizzazioni non profit
Organizzazioni civiche e sociali|Organizzazione civica e sociale
Servizi di ricerca|Ricerca
Think tank|Centri studi
Fornitori di intrattenimento|Intrattenimento
Produzione multimediale|Produzione di media
Produzione e distribuzione radiotelevisiva|Radiodiffusione
Editoria di libri e periodici|Editoria
Editoria di giornali|Giornali
Media audio e video online|Media online
Musicisti|Musica
Servizi di progettazione|Servizi di design|Design
Progettazione grafica|Graphic design
Servizi per eventi|Organizzazione di eventi
Sicurezza e investigazioni
Servizi per strutture|Facility management
Traduzione e localizzazione
Scrittura ed editing|Scrittura e revisione
Sport per spettatori|Sport
Vendita al dettaglio online e per corrispondenza|Vendita online e per corrispondenza
`;
