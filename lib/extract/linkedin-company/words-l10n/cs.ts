/** Czech (cs): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const cs = `
Webové stránky|Web
Odvětví|Obor
Velikost společnosti|Velikost firmy
Sídlo společnosti|Sídlo|Ústředí
Rok založení|Založeno

Specializace
sledující*
zaměstnan*
člen*
nabíd*|pracovních míst
Informace|Přehled
Financování
Soukromá společnost|V soukromém vlastnictví
Veřejně obchodovaná společnost
OSVČ
Partnerství
Nezisková organizace
Vzdělávací instituce
Vládní agentura
Živnost

`;
