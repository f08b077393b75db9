/** Finnish (fi): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const fi = `
Verkkosivusto|Verkkosivut
Toimiala
Yrityksen koko
Pääkonttori|Päätoimipaikka
Perustettu|Perustamisvuosi
Tyyppi
Erikoisalat|Erikoisosaaminen
seuraaja*
työntekijä*
jäsen*
työpaik*
Tietoja|Yleiskatsaus
Rahoitus
Yksityinen|Yksityinen yritys
Pörssiyhtiö|Julkinen yhtiö
Itsenäinen ammatinharjoittaja
Avoin yhtiö
Voittoa tavoittelematon
Oppilaitos
Valtion virasto
Toiminimi

`;
