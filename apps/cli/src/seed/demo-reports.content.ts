export interface DemoReport {
  categoryCode: string;
  description: string;
  latitude: number;
  longitude: number;
  address: string;
  attributes?: Record<string, unknown>;
  /** Staff's updates, in order, each with its public note. */
  updates: { status: 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'FIXED'; note: string }[];
}

/** Points inside the demo districts of Toulouse (reports outside the commune are refused). */
export const DEMO_REPORTS: DemoReport[] = [
  {
    categoryCode: 'pothole',
    description: 'Nid-de-poule profond sur la voie de bus, juste avant l’arrêt.',
    latitude: 43.6002,
    longitude: 1.4461,
    address: 'Rue de Metz, Toulouse',
    attributes: { size: 'medium' },
    updates: [
      { status: 'ACKNOWLEDGED', note: 'Signalement transmis au service de la voirie.' },
      { status: 'FIXED', note: 'La chaussée a été reprise le matin même. Merci pour votre signalement !' },
    ],
  },
  {
    categoryCode: 'street_light',
    description: 'Trois lampadaires éteints depuis une semaine, la rue est très sombre le soir.',
    latitude: 43.5922,
    longitude: 1.4098,
    address: 'Avenue de Muret, Toulouse',
    attributes: { lamp_id: 'TLS-4471' },
    updates: [{ status: 'ACKNOWLEDGED', note: 'Une équipe de l’éclairage public passera cette semaine.' }],
  },
  {
    categoryCode: 'overflowing_bin',
    description: 'Poubelle débordante à côté de l’aire de jeux, des déchets s’envolent.',
    latitude: 43.5935,
    longitude: 1.4532,
    address: 'Jardin du Grand-Rond, Toulouse',
    updates: [{ status: 'FIXED', note: 'Corbeille vidée ; le passage est désormais quotidien le week-end.' }],
  },
  {
    categoryCode: 'fly_tipping',
    description: 'Dépôt sauvage de gravats et d’un vieux canapé au bout de l’impasse.',
    latitude: 43.6452,
    longitude: 1.4385,
    address: 'Chemin de Lapujade, Toulouse',
    updates: [],
  },
  {
    categoryCode: 'graffiti',
    description: 'Tags sur la façade de l’école maternelle, côté entrée des enfants.',
    latitude: 43.6055,
    longitude: 1.4905,
    address: 'Rue de Périole, Toulouse',
    updates: [{ status: 'IN_PROGRESS', note: 'Nettoyage programmé avec un produit adapté à la brique.' }],
  },
  {
    categoryCode: 'fallen_tree',
    description: 'Grosse branche tombée sur la piste cyclable après l’orage.',
    latitude: 43.5612,
    longitude: 1.4703,
    address: 'Avenue de Rangueil, Toulouse',
    updates: [
      { status: 'ACKNOWLEDGED', note: 'Zone sécurisée par la police municipale.' },
      { status: 'FIXED', note: 'Branche évacuée et piste rouverte.' },
    ],
  },
  {
    categoryCode: 'green_space',
    description: 'L’arrosage automatique du square fuit et inonde l’allée.',
    latitude: 43.5502,
    longitude: 1.3955,
    address: 'Square de la Reynerie, Toulouse',
    updates: [],
  },
  {
    categoryCode: 'road_damage',
    description: 'Trottoir soulevé par les racines, dangereux pour les poussettes.',
    latitude: 43.5901,
    longitude: 1.3902,
    address: 'Rue de Bagatelle, Toulouse',
    updates: [{ status: 'ACKNOWLEDGED', note: 'Inscrit au programme de réfection des trottoirs.' }],
  },
  {
    categoryCode: 'pothole',
    description: 'Petit trou dans la bande cyclable, on le voit mal la nuit.',
    latitude: 43.6301,
    longitude: 1.4802,
    address: 'Route d’Agde, Toulouse',
    attributes: { size: 'small' },
    updates: [],
  },
  {
    categoryCode: 'overflowing_bin',
    description: 'Conteneurs à verre pleins depuis plusieurs jours près du marché.',
    latitude: 43.5998,
    longitude: 1.5005,
    address: 'Place de l’Ormeau, Toulouse',
    updates: [{ status: 'FIXED', note: 'Conteneurs vidés ; la collecte passe désormais deux fois par semaine.' }],
  },
];
