/** Tagalog (tl): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const tl = `

Industriya
Laki ng kumpanya
Punong-tanggapan|Punong tanggapan
Itinatag
Uri
Mga Espesyalidad|Mga espesyalisasyon
tagasubaybay
empleyado*
miyembro
trabaho
Tungkol|Tungkol sa|Pangkalahatang-ideya
Pagpopondo
Pribadong pag-aari
Pampublikong kumpanya
Sariling hanapbuhay
Pakikipagsosyo
Non-profit na organisasyon
Institusyong pang-edukasyon
Ahensya ng gobyerno
Nag-iisang pagmamay-ari

`;
