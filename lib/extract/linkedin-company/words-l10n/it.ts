/** Italian (it): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const it = `
Sito web
Settore
Dimensioni dell'azienda
Sede|Sede principale|Sede centrale|Sede legale
Fondata nel|Anno di fondazione|Data di fondazione
Tipo
Specializzazioni|Settori di competenza

dipendenti
membri
offerte di lavoro|lavori
Informazioni|Panoramica
Finanziamenti|Finanziamento
Società privata|Privata
Società quotata in borsa|Società per azioni
Lavoratore autonomo
Società di persone
Organizzazione non profit|No profit
Istituto di istruzione
Ente governativo
Ditta individuale

`;
