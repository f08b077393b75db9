/** Hungarian (hu): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const hu = `
Webhely|Weboldal
Iparág|Iparágazat
Cégméret|Vállalatméret
Székhely|Központ
Alapítva|Alapítás éve
Típus
Szakterületek
követő*
alkalmazott*|munkavállaló*
tag|tagja
állás*
Névjegy|Áttekintés
Finanszírozás
Magántulajdonban lévő|Magáncég
Tőzsdén jegyzett cég
Önálló vállalkozó
Társulás
Nonprofit szervezet
Oktatási intézmény
Kormányzati szerv
Egyéni vállalkozás

`;
