/** German (de): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const de = `
Webseite
Branche
Unternehmensgröße|Größe
Hauptsitz
Gegründet
Typ|Art|Unternehmensart
Spezialgebiete

Beschäftigte|Mitarbeiter*|Mitarbeitende
Mitglieder
Stellen|Stellenangebote
Info|Übersicht|Über uns
Finanzierung
In Privatbesitz|Privatunternehmen
Börsennotiert|Aktiengesellschaft
Selbstständig
Personengesellschaft
Gemeinnützig|Gemeinnützige Organisation
Bildungseinrichtung
Regierungsbehörde|Behörde
Einzelunternehmen
Eigenbesitz
`;
