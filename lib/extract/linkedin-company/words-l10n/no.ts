/** Norwegian Bokmål (no, nb): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const no = `
Nettsted|Nettside
Bransje
Bedriftsstørrelse
Hovedkontor
Grunnlagt|Etablert

Spesialiteter|Spesialområder



jobber|stillinger
Om oss|Oversikt

Privateid|Privat selskap
Børsnotert selskap
Selvstendig næringsdrivende
Partnerskap
Ideell organisasjon
Utdanningsinstitusjon
Offentlig etat
Enkeltpersonforetak

`;
