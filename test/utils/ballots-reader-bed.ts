import { BudgetBallotsReader } from '@quorum/budgets';
import { DataSource } from 'typeorm';
import { createTestDataSource } from './test-data-source';

/** What `ballotsReaderBed()` gives a test file once its beforeAll hook has run. */
export interface BallotsReaderBed {
  db: DataSource;
  reader: BudgetBallotsReader;
}

/**
 * A BudgetBallotsReader on a database of the file's own (createTestDataSource),
 * opened before the file's tests and closed after them, for tests of how
 * ballots are read below the HTTP layer. Read the fields inside tests and hooks.
 */
export function ballotsReaderBed(): BallotsReaderBed {
  const bed = {} as BallotsReaderBed;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ db: bed.db, close } = await createTestDataSource());
    bed.reader = new BudgetBallotsReader(bed.db);
  });
  afterAll(() => close?.());
  return bed;
}
