import { Role } from '@quorum/access';

/** Published demo credentials: seeded only when SEED_DEMO is on (development default, never in production by default). */
export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.quorum.test', password: 'capitole-garonne-31', displayName: 'Admin démo', role: Role.ADMIN },
  {
    email: 'agent@demo.quorum.test',
    password: 'saint-sernin-brique',
    displayName: 'Agent municipal',
    role: Role.STAFF,
  },
  {
    email: 'habitante@demo.quorum.test',
    password: 'canal-du-midi-velo',
    displayName: 'Camille Habitante',
    role: Role.RESIDENT,
  },
];

/** Demo voter-card numbers residents can verify with. */
export const DEMO_CENSUS_CODES = Array.from({ length: 50 }, (_, i) => `DEMO${String(i + 1).padStart(4, '0')}`);
