export interface DemoProject {
  title: string;
  description: string;
  cost: number;
  district: string | null;
  category: string;
}

/** Voted last autumn: closed, tallied and published, with its ballots in open data. */
export const DEMO_PAST_BUDGET = {
  title: 'Budget participatif 2026',
  description:
    "Un million d'euros pour les projets des Toulousaines et des Toulousains : chaque habitant vérifié choisissait jusqu'à trois projets.",
  totalAmount: 1_000_000,
  maxProjects: 3,
  projects: [
    {
      title: 'Rénovation de l’aire de jeux du Grand-Rond',
      description: 'Nouveaux jeux accessibles aux enfants en situation de handicap et sol souple.',
      cost: 250_000,
      district: 'Centre',
      category: 'Cadre de vie',
    },
    {
      title: 'Cinquante arbres rue de la Providence',
      description: 'Plantation d’arbres d’alignement et de pieds d’arbres fleuris.',
      cost: 180_000,
      district: 'Sud-Est',
      category: 'Nature en ville',
    },
    {
      title: 'Stationnement vélo sécurisé aux Minimes',
      description: 'Quatre abris vélos fermés près du métro, accessibles avec la carte Tisséo.',
      cost: 120_000,
      district: 'Nord',
      category: 'Mobilité',
    },
    {
      title: 'Terrain de basket au Mirail',
      description: 'Réfection complète du terrain, paniers neufs et éclairage économe.',
      cost: 150_000,
      district: 'Ouest',
      category: 'Culture et sport',
    },
    {
      title: 'Fresques participatives à Saint-Cyprien',
      description: 'Trois murs peints avec les habitants et des artistes du quartier.',
      cost: 60_000,
      district: 'Rive gauche',
      category: 'Culture et sport',
    },
    {
      title: 'Épicerie solidaire à Soupetard',
      description: 'Aménagement d’un local pour une épicerie à prix solidaires gérée par une association.',
      cost: 200_000,
      district: 'Est',
      category: 'Solidarité',
    },
    {
      title: 'Éclairage public LED allée des Demoiselles',
      description: 'Remplacement des lampadaires, avec baisse d’intensité au milieu de la nuit.',
      cost: 300_000,
      district: 'Sud-Est',
      category: 'Cadre de vie',
    },
    {
      title: 'Composteurs collectifs dans dix résidences',
      description: 'Composteurs, formation des référents et suivi pendant un an.',
      cost: 40_000,
      district: null,
      category: 'Nature en ville',
    },
  ] satisfies DemoProject[],
  /** Project indexes approved by resident r: BALLOTS[r % BALLOTS.length]; the last residents abstain. */
  ballots: [
    [0, 1, 2],
    [0, 3],
    [1, 4, 5],
    [0, 2, 6],
    [3, 7],
    [0, 1],
    [2, 5],
    [4, 6, 7],
    [0, 4],
    [1, 2, 3],
    [5, 7],
  ],
  voters: 26,
};

/** Open now, for a visitor to verify DEMO0001 and vote; its first project is the accepted proposal. */
export const DEMO_OPEN_BUDGET = {
  title: 'Plan fraîcheur 2027',
  description:
    'Un budget de 500 000 € pour rafraîchir la ville avant les canicules : choisissez des projets dont le total ne dépasse pas l’enveloppe.',
  totalAmount: 500_000,
  votingDays: 21,
  projects: [
    {
      title: "Cour « oasis » à l'école Jules-Julien",
      description: 'Issue de la proposition retenue au budget participatif 2027 : cour désimperméabilisée et arborée.',
      cost: 220_000,
      district: 'Sud-Est',
      category: 'Nature en ville',
    },
    {
      title: 'Brumisateurs place Saint-Pierre',
      description: 'Quatre mâts brumisateurs fonctionnant lors des alertes canicule.',
      cost: 90_000,
      district: 'Centre',
      category: 'Cadre de vie',
    },
    {
      title: 'Micro-forêt aux Sept Deniers',
      description: 'Plantation dense de 600 jeunes arbres sur une ancienne pelouse.',
      cost: 130_000,
      district: 'Nord',
      category: 'Nature en ville',
    },
    {
      title: 'Voiles d’ombrage au marché de Lalande',
      description: 'Voiles tendues au-dessus des allées du marché de plein air.',
      cost: 70_000,
      district: 'Nord',
      category: 'Cadre de vie',
    },
    {
      title: 'Salles rafraîchies dans trois maisons de quartier',
      description: 'Lieux frais ouverts aux personnes âgées pendant les épisodes de canicule.',
      cost: 160_000,
      district: null,
      category: 'Solidarité',
    },
  ] satisfies DemoProject[],
};
