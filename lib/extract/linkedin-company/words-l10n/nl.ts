/** Dutch (nl): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const nl = `


Bedrijfsgrootte
Hoofdkantoor
Opgericht

Specialismen|Specialisaties
volgers|volger
medewerkers|werknemers
leden
vacatures
Over ons|Overzicht
Financiering
Particuliere onderneming|In particulier bezit
Beursgenoteerd bedrijf
Zelfstandige
Partnerschap
Non-profitorganisatie
Onderwijsinstelling
Overheidsinstantie
Eenmanszaak

`;
