/** French (fr): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const fr = `
Développement de logiciels|Logiciels informatiques
Services et conseil en informatique|Technologies et services de l’information
Sécurité informatique et des réseaux|Sécurité informatique et réseaux
Technologie, information et Internet|Services d’information
Technologie, information et médias
Infrastructure et analyse de données
Fabrication de matériel informatique|Matériel informatique
Produits de réseaux informatiques|Réseaux informatiques
Fabrication d’ordinateurs et de produits électroniques|Électronique grand public
Fabrication de semi-conducteurs|Semi-conducteurs
Télécommunications|Sans fil
Jeux vidéo|Jeux informatiques
Services financiers
Banques|Services bancaires
Assurances
Banques d’investissement|Banque d’investissement
Gestion des investissements|Gestion de placements
Marchés des capitaux
Capital-risque et capital-investissement
Comptabilité
Services et conseil aux entreprises|Conseil en management
Conseil en externalisation et délocalisation|Externalisation et délocalisation
Services de publicité|Marketing et publicité
Services marketing
Études de marché
Relations publiques et communication|Services de relations publiques et de communication
Recrutement et placement|Recrutement|Embauche et recrutement
Services de ressources humaines|Ressources humaines
Formation professionnelle et coaching
Services juridiques
Cabinets d’avocats|Pratique juridique
Hôpitaux et services de santé|Hôpitaux et santé
Cabinets médicaux|Pratique médicale
Soins de santé mentale
Fabrication de matériel médical|Appareils médicaux
Fabrication de produits pharmaceutiques|Industrie pharmaceutique
Recherche en biotechnologie|Biotechnologie
Services de bien-être et de remise en forme|Santé, bien-être et forme
Services aux particuliers et aux familles|Services aux personnes et aux familles
Enseignement supérieur
Programmes d’administration de l’enseignement|Gestion de l’enseignement
Fournisseurs de e-learning|E-learning
Enseignement primaire et secondaire
Commerce de détail
Commerce de détail de vêtements et de mode|Habillement et mode
Commerce de gros
Commerce international et développement|Import et export
Services aux consommateurs
Services de restauration|Alimentation et boissons
Fabrication de produits alimentaires et de boissons|Production alimentaire
Restaurants|Restauration
Hôtellerie|Accueil
Organisation de voyages|Loisirs, voyages et tourisme
Compagnies aériennes et aviation|Transport aérien
Fabrication de composants pour l’aviation et l’aérospatiale|Aéronautique et aérospatiale
Fabrication pour la défense et l’espace|Défense et espace
Transport, logistique, chaîne d’approvisionnement et stockage|Logistique et chaîne d’approvisionnement
Transport routier|Transport routier et ferroviaire
Transport de fret et de colis|Fret et livraison de colis
Entreposage et stockage|Entreposage
Transport maritime|Maritime
Fabrication|Industrie|Biens de consommation
Fabrication de machines|Machines
Fabrication de machines industrielles|Génie mécanique ou industriel
Fabrication de machines d’automatisation|Automatismes industriels
Construction automobile|Fabrication de véhicules à moteur|Automobile
Fabrication d’appareils électriques et électroniques|Fabrication d’appareils électroménagers, électriques et électroniques|Fabrication électrique et électronique
Fabrication de produits chimiques|Produits chimiques
Fabrication textile|Textiles
Fabrication d’emballages et de conteneurs|Emballages et conteneurs
Fabrication d’articles de sport|Articles de sport
Construction|BTP
Génie civil
Services d’ingénierie|Ingénierie
Architecture et urbanisme|Architecture et planification
Immobilier
Pétrole et gaz|Pétrole et énergie
Exploitation minière|Mines et métaux
Services publics|Services collectifs
Fabrication de semi-conducteurs pour les énergies renouvelables|Énergies renouvelables et environnement
Services environnementaux
Agriculture
Administration publique|Administration gouvernementale
Forces armées|Armée
Organisations à but non lucratif|Gestion d’organismes à but non lucratif
Organisations civiques et sociales|Organisation civique et sociale
Services de recherche|Recherche
Groupes de réflexion
Divertissement|Fournisseurs de divertissement
Production audiovisuelle|Production de médias
Production et diffusion audiovisuelles|Médias radio et télédiffusés
Édition de livres et de périodiques|Édition
Édition de journaux|Journaux
Médias audio et vidéo en ligne|Médias en ligne
Musiciens|Musique
Services de design|Design
Graphisme|Design graphique
Services événementiels|Événementiel
Sécurité et enquêtes
Services d’entretien des installations|Services aux installations
Traduction et localisation
Rédaction et édition
Sports-spectacles|Sports
Vente en ligne et par correspondance|Commerce en ligne et par correspondance
`;
