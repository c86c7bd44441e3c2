/**
 * Which libraries each library may import (through `@quorum/<lib>` or a named
 * entry point), lowest layer first: the import graph this allows is acyclic
 * (test/structure/library-boundaries.spec.ts checks it), and
 * docs/ARCHITECTURE.md explains the layers. A new library is added here with
 * what it needs; the apps may import any library.
 */
export const LIBRARY_DEPENDENCIES = {
  // Foundations: no Quorum library below them.
  common: [],
  config: [],
  tally: [],
  // Platform: who calls, the database, queues.
  access: ['common'],
  database: ['config'],
  queue: ['config'],
  // Services every domain plugs into; they import no domain.
  audit: ['access', 'common', 'config'],
  privacy: ['access', 'common', 'config', 'queue'],
  mail: ['access', 'common', 'config', 'privacy', 'queue'],
  // Domains, each above the ones it builds on.
  municipality: ['access', 'audit', 'common', 'config'],
  identity: ['access', 'audit', 'common', 'config', 'mail', 'municipality', 'privacy', 'queue'],
  consultations: ['access', 'audit', 'common', 'config', 'municipality'],
  proposals: [
    'access',
    'audit',
    'common',
    'config',
    'consultations',
    'identity',
    'mail',
    'municipality',
    'privacy',
    'queue',
  ],
  budgets: [
    'access',
    'audit',
    'common',
    'config',
    'consultations',
    'identity',
    'mail',
    'municipality',
    'privacy',
    'proposals',
    'queue',
    'tally',
  ],
  reports: ['access', 'audit', 'common', 'config', 'mail', 'municipality', 'privacy'],
  // Follows the outcomes of budgets and proposals (told through the outbox), so it sits above them.
  tracking: ['access', 'audit', 'budgets', 'common', 'config', 'mail', 'privacy', 'proposals', 'queue', 'reports'],
  // Read models over several domains.
  'open-data': ['access', 'audit', 'budgets', 'common', 'config', 'queue', 'tracking'],
  // The website: a client of the GraphQL schema, which it runs in-process; it
  // takes from the domains only what HTTP needs (sessions, the commune's colour).
  web: ['access', 'common', 'config', 'identity', 'municipality'],
};
