/** Swedish (sv): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const sv = `
Webbplats
Bransch
Företagsstorlek
Huvudkontor
Grundat|Grundades

Specialiteter
följare
anställda
medlemmar
jobb
Om|Översikt
Finansiering
Privatägt|Privatägt företag
Börsnoterat företag|Offentligt företag
Egenföretagare
Handelsbolag
Ideell organisation
Utbildningsinstitution
Statlig myndighet
Enskild firma

`;
