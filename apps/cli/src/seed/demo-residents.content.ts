/** Shared by every demo resident; published in the README, like the other demo credentials. */
export const DEMO_RESIDENT_PASSWORD = 'violette-garonne-brique';

const NAMES = [
  'Léa Martin',
  'Hugo Bernard',
  'Chloé Dubois',
  'Lucas Thomas',
  'Manon Robert',
  'Nathan Richard',
  'Inès Petit',
  'Théo Durand',
  'Jade Leroy',
  'Louis Moreau',
  'Emma Simon',
  'Gabriel Laurent',
  'Sarah Lefebvre',
  'Raphaël Michel',
  'Camille Garcia',
  'Arthur David',
  'Louise Bertrand',
  'Jules Roux',
  'Alice Vincent',
  'Adam Fournier',
  'Lina Morel',
  'Paul Girard',
  'Zoé André',
  'Maël Mercier',
  'Rose Blanc',
  'Sacha Guerin',
  'Anna Boyer',
  'Noé Garnier',
  'Juliette Chevalier',
  'Yanis Faure',
];

const DISTRICTS = ['Centre', 'Rive gauche', 'Nord', 'Est', 'Sud-Est', 'Ouest'];

export interface DemoResidentDefinition {
  email: string;
  displayName: string;
  /** Census code verified with: DEMO0011 to DEMO0040 (DEMO0001–0010 stay free for visitors). */
  censusCode: string;
  district: string;
}

/** resident01@demo.quorum.test … resident30@, five per district. */
export const DEMO_RESIDENTS: DemoResidentDefinition[] = NAMES.map((displayName, i) => ({
  email: `resident${String(i + 1).padStart(2, '0')}@demo.quorum.test`,
  displayName,
  censusCode: `DEMO${String(i + 11).padStart(4, '0')}`,
  district: DISTRICTS[i % DISTRICTS.length],
}));
