import { Bilingual } from '@quorum/common';
import { CategoryDefinition } from '../services/category.service';
import { Open311Datatype } from '../types/open311-datatype.enum';

interface DemoAttribute {
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  description: Bilingual;
  datatypeDescription: Bilingual | null;
  values: { key: string; name: Bilingual }[];
}

interface DemoCategory {
  code: string;
  name: Bilingual;
  description?: Bilingual;
  group: Bilingual;
  keywords: Bilingual<string[]>;
  department: Bilingual;
  /** In the order they are asked. */
  attributes?: DemoAttribute[];
}

/** The usual FixMyStreet categories, with their attributes, in both languages. */
const CATEGORIES: DemoCategory[] = [
  {
    code: 'pothole',
    name: { fr: 'Nid-de-poule', en: 'Pothole' },
    description: {
      fr: 'Un trou ou un affaissement de la chaussée ou du trottoir.',
      en: 'A hole or sunken area in the road or pavement.',
    },
    group: { fr: 'Voirie', en: 'Roads' },
    keywords: { fr: ['chaussée', 'nid-de-poule', 'trottoir', 'trou'], en: ['road', 'pothole', 'pavement'] },
    department: { fr: 'Voirie', en: 'Roads' },
    attributes: [
      {
        code: 'size',
        datatype: Open311Datatype.singlevaluelist,
        required: true,
        description: { fr: 'Quelle taille fait-il ?', en: 'How big is it?' },
        datatypeDescription: null,
        values: [
          { key: 'small', name: { fr: 'Plus petit qu’une assiette', en: 'Smaller than a dinner plate' } },
          { key: 'medium', name: { fr: 'Jusqu’à une roue de voiture', en: 'Up to a car wheel' } },
          { key: 'large', name: { fr: 'Plus grand qu’une roue de voiture', en: 'Larger than a car wheel' } },
        ],
      },
      {
        code: 'depth_cm',
        datatype: Open311Datatype.number,
        required: false,
        description: { fr: 'Profondeur approximative', en: 'Approximate depth' },
        datatypeDescription: { fr: 'En centimètres', en: 'Centimetres' },
        values: [],
      },
      {
        code: 'location_type',
        datatype: Open311Datatype.multivaluelist,
        required: false,
        description: { fr: 'Où se trouve-t-il ?', en: 'Where is it?' },
        datatypeDescription: null,
        values: [
          { key: 'road', name: { fr: 'Chaussée', en: 'Road' } },
          { key: 'cycle_lane', name: { fr: 'Piste cyclable', en: 'Cycle lane' } },
          { key: 'pavement', name: { fr: 'Trottoir', en: 'Pavement' } },
        ],
      },
    ],
  },
  {
    code: 'road_damage',
    name: { fr: 'Chaussée abîmée', en: 'Damaged road surface' },
    group: { fr: 'Voirie', en: 'Roads' },
    keywords: { fr: ['chaussée', 'fissures'], en: ['road', 'cracks'] },
    department: { fr: 'Voirie', en: 'Roads' },
  },
  {
    code: 'street_light',
    name: { fr: 'Éclairage public en panne', en: 'Street light not working' },
    description: {
      fr: 'Un lampadaire éteint, qui clignote ou qui reste allumé le jour.',
      en: 'A street light that is off, flickering or on during the day.',
    },
    group: { fr: 'Éclairage public', en: 'Street lighting' },
    keywords: { fr: ['lampadaire', 'éclairage', 'lumière'], en: ['light', 'lamp'] },
    department: { fr: 'Éclairage public', en: 'Public lighting' },
    attributes: [
      {
        code: 'lamp_id',
        datatype: Open311Datatype.string,
        required: false,
        description: { fr: 'Numéro sur le poteau', en: 'Number on the lamp post' },
        datatypeDescription: { fr: 'Tel qu’il est peint sur le poteau', en: 'As painted on the post' },
        values: [],
      },
    ],
  },
  {
    code: 'overflowing_bin',
    name: { fr: 'Corbeille qui déborde', en: 'Overflowing litter bin' },
    group: { fr: 'Propreté', en: 'Waste' },
    keywords: { fr: ['corbeille', 'poubelle', 'déchets'], en: ['bin', 'litter'] },
    department: { fr: 'Propreté', en: 'Cleanliness' },
  },
  {
    code: 'fly_tipping',
    name: { fr: 'Dépôt sauvage', en: 'Fly-tipping' },
    description: { fr: 'Des déchets abandonnés sur la voie publique.', en: 'Rubbish dumped illegally.' },
    group: { fr: 'Propreté', en: 'Waste' },
    keywords: { fr: ['dépôt', 'encombrants', 'déchets'], en: ['dumping', 'rubbish'] },
    department: { fr: 'Propreté', en: 'Cleanliness' },
  },
  {
    code: 'graffiti',
    name: { fr: 'Tag ou graffiti', en: 'Graffiti' },
    group: { fr: 'Tags', en: 'Graffiti' },
    keywords: { fr: ['tag', 'graffiti'], en: ['tag', 'vandalism'] },
    department: { fr: 'Propreté', en: 'Cleanliness' },
  },
  {
    code: 'green_space',
    name: { fr: 'Problème dans un parc ou un espace vert', en: 'Park or green space problem' },
    group: { fr: 'Espaces verts', en: 'Green spaces' },
    keywords: { fr: ['parc', 'jardin', 'pelouse'], en: ['park', 'tree', 'grass'] },
    department: { fr: 'Parcs et jardins', en: 'Parks and gardens' },
  },
  {
    code: 'fallen_tree',
    name: { fr: 'Arbre tombé ou dangereux', en: 'Fallen or dangerous tree' },
    group: { fr: 'Espaces verts', en: 'Green spaces' },
    keywords: { fr: ['arbre', 'branche'], en: ['tree', 'branch'] },
    department: { fr: 'Parcs et jardins', en: 'Parks and gardens' },
  },
];

/**
 * The usual FixMyStreet categories in one language, for demos and new
 * deployments to adapt: the demo seeds them in French, tests in English
 * (same codes, attributes and keys).
 */
export function demoCategories(language: keyof Bilingual): CategoryDefinition[] {
  return CATEGORIES.map((category) => ({
    code: category.code,
    name: category.name[language],
    ...(category.description && { description: category.description[language] }),
    group: category.group[language],
    keywords: category.keywords[language],
    department: category.department[language],
    ...(category.attributes && {
      attributes: category.attributes.map((attribute, index) => ({
        code: attribute.code,
        datatype: attribute.datatype,
        required: attribute.required,
        order: index + 1,
        description: attribute.description[language],
        datatypeDescription: attribute.datatypeDescription?.[language] ?? null,
        values: attribute.values.map((value) => ({ key: value.key, name: value.name[language] })),
      })),
    }),
  }));
}

/** The demo categories in English, as tests seed them. */
export const DEMO_CATEGORIES: CategoryDefinition[] = demoCategories('en');
