export const DEMO_CONSULTATION = {
  title: 'Budget participatif 2027',
  description: [
    "La Ville consacre 1 million d'euros aux projets proposés par les habitantes et les habitants.",
    '',
    '1. **Propositions** : chacun dépose ses idées pour son quartier ou pour toute la ville.',
    '2. **Soutiens** : les habitants vérifiés soutiennent les propositions qui leur plaisent ; au-delà de 20 soutiens, la Ville étudie la proposition en priorité.',
    '3. **Analyse** : les services étudient la faisabilité et le coût.',
    '4. **Vote** et **résultats** : les projets retenus sont soumis au vote.',
  ].join('\n'),
  supportThreshold: 20,
  supportLimit: 0,
  categories: ['Mobilité', 'Nature en ville', 'Culture et sport', 'Solidarité', 'Cadre de vie'],
};

export interface DemoProposal {
  title: string;
  body: string;
  category: string;
  district: string | null;
  location?: { latitude: number; longitude: number; address: string };
  /** How many demo residents support it (the first one is above the threshold). */
  supports: number;
  answer?: { status: 'ACCEPTED' | 'REJECTED' | 'EVALUATING'; text: string };
  comments?: { body: string; reply?: string }[];
}

export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    title: "Ombrager la cour de l'école Jules-Julien",
    body: "L'été, la cour en bitume dépasse 45 °C. Nous proposons de la désimperméabiliser et d'y planter une dizaine d'arbres, avec des bancs à l'ombre pour les parents à la sortie de l'école.",
    category: 'Nature en ville',
    district: 'Sud-Est',
    location: { latitude: 43.5805, longitude: 1.4552, address: 'Avenue Jules-Julien, Toulouse' },
    supports: 23,
    answer: {
      status: 'ACCEPTED',
      text: "La Ville retient cette proposition : les travaux d'une cour « oasis » sont inscrits au plan fraîcheur 2027, soumis au vote.",
    },
    comments: [
      {
        body: 'Excellente idée, mes enfants ne peuvent plus jouer dehors en juin.',
        reply: "Merci ! L'association des parents d'élèves soutient aussi le projet.",
      },
    ],
  },
  {
    title: 'Une piste cyclable continue le long du canal de Brienne',
    body: "Entre les Ponts-Jumeaux et Saint-Cyprien, la piste s'interrompt trois fois. Une voie continue et séparée des voitures rendrait le trajet plus sûr.",
    category: 'Mobilité',
    district: 'Centre',
    location: { latitude: 43.6075, longitude: 1.4325, address: 'Allée de Brienne, Toulouse' },
    supports: 17,
    answer: {
      status: 'EVALUATING',
      text: 'Les services de la mobilité étudient le tracé avec Toulouse Métropole ; réponse attendue avant la phase de vote.',
    },
    comments: [{ body: 'Attention à garder de la place pour les piétons sur les allées.' }],
  },
  {
    title: 'Des jardins partagés aux Izards',
    body: 'Un terrain en friche rue des Izards pourrait accueillir une vingtaine de parcelles, un composteur collectif et un abri à outils.',
    category: 'Nature en ville',
    district: 'Nord',
    location: { latitude: 43.6392, longitude: 1.4461, address: 'Rue des Izards, Toulouse' },
    supports: 14,
  },
  {
    title: 'Un parking souterrain place du Capitole',
    body: "Creuser un second niveau de parking sous la place du Capitole pour faciliter l'accès en voiture au centre-ville.",
    category: 'Mobilité',
    district: 'Centre',
    location: { latitude: 43.6045, longitude: 1.4442, address: 'Place du Capitole, Toulouse' },
    supports: 3,
    answer: {
      status: 'REJECTED',
      text: "Le coût dépasse largement l'enveloppe du budget participatif et la place est un site protégé ; le projet ne peut pas être retenu.",
    },
  },
  {
    title: 'Un city-stade à Bellefontaine',
    body: 'Les jeunes du quartier jouent sur le parking faute de terrain. Un city-stade éclairé, avec un panier de basket, leur offrirait un lieu sûr.',
    category: 'Culture et sport',
    district: 'Ouest',
    location: { latitude: 43.5605, longitude: 1.3975, address: 'Allée de Bellefontaine, Toulouse' },
    supports: 12,
    comments: [
      {
        body: 'Il faudrait prévoir des horaires pour éviter le bruit le soir.',
        reply: "Un éclairage coupé à 22 h, comme au stade d'à côté, suffirait.",
      },
    ],
  },
  {
    title: 'Des fontaines à eau potable sur les berges de la Garonne',
    body: "Sur la prairie des Filtres et le quai de la Daurade, aucune fontaine l'été. Trois points d'eau aideraient promeneurs et sportifs.",
    category: 'Cadre de vie',
    district: 'Rive gauche',
    location: { latitude: 43.5985, longitude: 1.4375, address: 'Prairie des Filtres, Toulouse' },
    supports: 11,
  },
  {
    title: 'Une boîte à livres dans chaque quartier',
    body: "Installer des boîtes à livres fabriquées par un chantier d'insertion, une par quartier, près des arrêts de bus.",
    category: 'Culture et sport',
    district: null,
    supports: 9,
  },
  {
    title: 'Des bancs et des toilettes publiques avenue de Lyon',
    body: "Pour les personnes âgées qui font leurs courses à pied, l'avenue manque de bancs et de toilettes accessibles.",
    category: 'Cadre de vie',
    district: 'Est',
    location: { latitude: 43.6105, longitude: 1.4705, address: 'Avenue de Lyon, Toulouse' },
    supports: 8,
  },
  {
    title: 'Une bagagerie solidaire près de la gare Matabiau',
    body: 'Un local où les personnes sans domicile peuvent déposer leurs affaires en sécurité la journée, géré avec les associations.',
    category: 'Solidarité',
    district: 'Centre',
    location: { latitude: 43.6112, longitude: 1.4535, address: 'Boulevard Pierre-Sémard, Toulouse' },
    supports: 7,
  },
  {
    title: 'Planter un verger à la Reynerie',
    body: 'Au bord du lac de la Reynerie, un verger de pommiers et de figuiers en libre cueillette, entretenu avec les écoles.',
    category: 'Nature en ville',
    district: 'Ouest',
    location: { latitude: 43.5575, longitude: 1.4025, address: 'Lac de la Reynerie, Toulouse' },
    supports: 6,
  },
  {
    title: 'Sécuriser le passage piéton devant le collège de Rangueil',
    body: 'Les voitures roulent vite avant le passage piéton : un plateau surélevé et un éclairage renforcé éviteraient un accident.',
    category: 'Mobilité',
    district: 'Sud-Est',
    location: { latitude: 43.5715, longitude: 1.4625, address: 'Avenue de Rangueil, Toulouse' },
    supports: 5,
  },
  {
    title: 'Un atelier de réparation de vélos à Borderouge',
    body: 'Un atelier associatif ouvert deux soirs par semaine pour apprendre à réparer son vélo, avec des outils en prêt.',
    category: 'Mobilité',
    district: 'Nord',
    location: { latitude: 43.6405, longitude: 1.4525, address: 'Place Antoine-de-Saint-Exupéry, Borderouge' },
    supports: 4,
  },
  {
    title: 'Des cours de français gratuits pour adultes',
    body: 'Des cours du soir dans les maisons de quartier, avec une garde d’enfants sur place, pour les adultes qui apprennent le français.',
    category: 'Solidarité',
    district: null,
    supports: 4,
  },
  {
    title: 'Un espace de fitness en plein air à la Ramée',
    body: 'Quelques agrès de musculation en accès libre près du parcours de course de la base de loisirs de la Ramée.',
    category: 'Culture et sport',
    district: 'Rive gauche',
    supports: 2,
  },
  {
    title: 'Des nichoirs et des hôtels à insectes au Jardin des Plantes',
    body: 'Installer une trentaine de nichoirs et des hôtels à insectes, avec des panneaux expliquant la biodiversité aux enfants.',
    category: 'Nature en ville',
    district: 'Centre',
    location: { latitude: 43.5925, longitude: 1.4505, address: 'Jardin des Plantes, Toulouse' },
    supports: 1,
  },
];
