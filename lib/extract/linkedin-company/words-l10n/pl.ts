/** Polish (pl): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const pl = `
Witryna|Strona internetowa|Strona WWW
Branża
Wielkość firmy|Rozmiar firmy
Siedziba główna|Siedziba
Rok założenia|Data założenia
Rodzaj
Specjalizacje
obserwuj*
pracownik*|pracowników
członk*
ofert* pracy|oferty pracy
Informacje|Przegląd
Finansowanie
Firma prywatna|Spółka prywatna
Spółka publiczna|Spółka giełdowa
Samozatrudnienie
Spółka osobowa
Organizacja non-profit
Instytucja edukacyjna
Agencja rządowa
Jednoosobowa działalność gospodarcza

`;
