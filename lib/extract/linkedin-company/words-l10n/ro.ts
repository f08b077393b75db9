/** Romanian (ro): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const ro = `

Industrie|Domeniu
Dimensiunea companiei|Mărimea companiei
Sediu central|Sediul central
Fondată în|Anul înființării
Tip|Tipul
Specializări
urmăritori
angajați|angajati

locuri de muncă
Despre|Prezentare generală
Finanțare
Companie privată|Deținută privat
Companie publică
Liber profesionist
Parteneriat
Organizație non-profit
Instituție de învățământ
Agenție guvernamentală
Întreprindere individuală

`;
