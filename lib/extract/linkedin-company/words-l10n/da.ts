/** Danish (da): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const da = `
Websted|Hjemmeside

Virksomhedsstørrelse
Hovedsæde
Grundlagt|Etableret

Specialer|Specialområder
følgere
ansatte
medlemmer

Oversigt

Privatejet|Privat virksomhed
Børsnoteret virksomhed
Selvstændig
Interessentskab
Nonprofitorganisation
Uddannelsesinstitution
Offentlig myndighed
Enkeltmandsvirksomhed

`;
