/** French (fr): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const fr = `
Site web
Secteur|Secteur d'activité
Taille de l'entreprise
Siège social
Fondée en|Fondé en|Date de création

Spécialisations|Spécialités
abonnés|abonné
employés|salariés
membres
emplois|offres d'emploi
À propos|Présentation|Vue d’ensemble|Vue d'ensemble
Financement
Entreprise privée|Société privée
Société cotée en bourse|Entreprise publique
Travailleur indépendant|Indépendant
Société de personnes|Partenariat
Organisation à but non lucratif
Établissement d’enseignement|Établissement d'enseignement
Administration publique|Organisme gouvernemental
Entreprise individuelle
Auto-détenue
`;
