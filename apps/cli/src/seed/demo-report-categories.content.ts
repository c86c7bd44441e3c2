import { CategoryDefinition, Open311Datatype } from '@quorum/reports';

/**
 * The demo's report categories, in French like the rest of the demo: the
 * usual FixMyStreet categories (the same codes, attributes and keys as
 * `DEMO_CATEGORIES`, which tests use in English), with French departments.
 */
export const DEMO_REPORT_CATEGORIES: CategoryDefinition[] = [
  {
    code: 'pothole',
    name: 'Nid-de-poule',
    description: 'Un trou ou un affaissement de la chaussée ou du trottoir.',
    group: 'Voirie',
    keywords: ['chaussée', 'nid-de-poule', 'trottoir', 'trou'],
    department: 'Voirie',
    attributes: [
      {
        code: 'size',
        datatype: Open311Datatype.singlevaluelist,
        required: true,
        order: 1,
        description: 'Quelle taille fait-il ?',
        datatypeDescription: null,
        values: [
          { key: 'small', name: 'Plus petit qu’une assiette' },
          { key: 'medium', name: 'Jusqu’à une roue de voiture' },
          { key: 'large', name: 'Plus grand qu’une roue de voiture' },
        ],
      },
      {
        code: 'depth_cm',
        datatype: Open311Datatype.number,
        required: false,
        order: 2,
        description: 'Profondeur approximative',
        datatypeDescription: 'En centimètres',
        values: [],
      },
      {
        code: 'location_type',
        datatype: Open311Datatype.multivaluelist,
        required: false,
        order: 3,
        description: 'Où se trouve-t-il ?',
        datatypeDescription: null,
        values: [
          { key: 'road', name: 'Chaussée' },
          { key: 'cycle_lane', name: 'Piste cyclable' },
          { key: 'pavement', name: 'Trottoir' },
        ],
      },
    ],
  },
  {
    code: 'road_damage',
    name: 'Chaussée abîmée',
    group: 'Voirie',
    keywords: ['chaussée', 'fissures'],
    department: 'Voirie',
  },
  {
    code: 'street_light',
    name: 'Éclairage public en panne',
    description: 'Un lampadaire éteint, qui clignote ou qui reste allumé le jour.',
    group: 'Éclairage public',
    keywords: ['lampadaire', 'éclairage', 'lumière'],
    department: 'Éclairage public',
    attributes: [
      {
        code: 'lamp_id',
        datatype: Open311Datatype.string,
        required: false,
        order: 1,
        description: 'Numéro sur le poteau',
        datatypeDescription: 'Tel qu’il est peint sur le poteau',
        values: [],
      },
    ],
  },
  {
    code: 'overflowing_bin',
    name: 'Corbeille qui déborde',
    group: 'Propreté',
    keywords: ['corbeille', 'poubelle', 'déchets'],
    department: 'Propreté',
  },
  {
    code: 'fly_tipping',
    name: 'Dépôt sauvage',
    description: 'Des déchets abandonnés sur la voie publique.',
    group: 'Propreté',
    keywords: ['dépôt', 'encombrants', 'déchets'],
    department: 'Propreté',
  },
  { code: 'graffiti', name: 'Tag ou graffiti', group: 'Tags', keywords: ['tag', 'graffiti'], department: 'Propreté' },
  {
    code: 'green_space',
    name: 'Problème dans un parc ou un espace vert',
    group: 'Espaces verts',
    keywords: ['parc', 'jardin', 'pelouse'],
    department: 'Parcs et jardins',
  },
  {
    code: 'fallen_tree',
    name: 'Arbre tombé ou dangereux',
    group: 'Espaces verts',
    keywords: ['arbre', 'branche'],
    department: 'Parcs et jardins',
  },
];
