import { Bilingual } from '@quorum/common';
import { EntityManager } from 'typeorm';

/** One table of the archive: written as `<domain>/<name>.json` and `<domain>/<name>.csv`. */
export interface PersonalDataSection {
  name: string;
  /** What the rows are, for the README. */
  description: Bilingual;
  /** Flat objects where possible: each becomes a CSV line (nested values as JSON text). */
  rows: Record<string, unknown>[];
}

/**
 * A domain that holds data about an account implements this and registers
 * with `PersonalDataRegistry` (in its `onModuleInit`), as for erasure; the
 * right-of-access archive (`requestMyData`) gathers every contributor's sections.
 * Return only the resident's own data: never another resident's name, email or text.
 */
export interface PersonalDataContributor {
  readonly domain: string;
  collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]>;
}
