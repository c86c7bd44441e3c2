import { CategoryDefinition } from '../services/category.service';
import { Open311Datatype } from '../types/open311-datatype.enum';

/** The usual FixMyStreet categories, for demos and new deployments to adapt. */
export const DEMO_CATEGORIES: CategoryDefinition[] = [
  {
    code: 'pothole',
    name: 'Pothole',
    description: 'A hole or sunken area in the road or pavement.',
    group: 'Roads',
    keywords: ['road', 'pothole', 'pavement'],
    department: 'Roads',
    attributes: [
      {
        code: 'size',
        datatype: Open311Datatype.singlevaluelist,
        required: true,
        order: 1,
        description: 'How big is it?',
        datatypeDescription: null,
        values: [
          { key: 'small', name: 'Smaller than a dinner plate' },
          { key: 'medium', name: 'Up to a car wheel' },
          { key: 'large', name: 'Larger than a car wheel' },
        ],
      },
      {
        code: 'depth_cm',
        datatype: Open311Datatype.number,
        required: false,
        order: 2,
        description: 'Approximate depth',
        datatypeDescription: 'Centimetres',
        values: [],
      },
      {
        code: 'location_type',
        datatype: Open311Datatype.multivaluelist,
        required: false,
        order: 3,
        description: 'Where is it?',
        datatypeDescription: null,
        values: [
          { key: 'road', name: 'Road' },
          { key: 'cycle_lane', name: 'Cycle lane' },
          { key: 'pavement', name: 'Pavement' },
        ],
      },
    ],
  },
  {
    code: 'road_damage',
    name: 'Damaged road surface',
    group: 'Roads',
    keywords: ['road', 'cracks'],
    department: 'Roads',
  },
  {
    code: 'street_light',
    name: 'Street light not working',
    description: 'A street light that is off, flickering or on during the day.',
    group: 'Street lighting',
    keywords: ['light', 'lamp'],
    department: 'Public lighting',
    attributes: [
      {
        code: 'lamp_id',
        datatype: Open311Datatype.string,
        required: false,
        order: 1,
        description: 'Number on the lamp post',
        datatypeDescription: 'As painted on the post',
        values: [],
      },
    ],
  },
  {
    code: 'overflowing_bin',
    name: 'Overflowing litter bin',
    group: 'Waste',
    keywords: ['bin', 'litter'],
    department: 'Cleanliness',
  },
  {
    code: 'fly_tipping',
    name: 'Fly-tipping',
    description: 'Rubbish dumped illegally.',
    group: 'Waste',
    keywords: ['dumping', 'rubbish'],
    department: 'Cleanliness',
  },
  { code: 'graffiti', name: 'Graffiti', group: 'Graffiti', keywords: ['tag', 'vandalism'], department: 'Cleanliness' },
  {
    code: 'green_space',
    name: 'Park or green space problem',
    group: 'Green spaces',
    keywords: ['park', 'tree', 'grass'],
    department: 'Parks and gardens',
  },
  {
    code: 'fallen_tree',
    name: 'Fallen or dangerous tree',
    group: 'Green spaces',
    keywords: ['tree', 'branch'],
    department: 'Parks and gardens',
  },
];
