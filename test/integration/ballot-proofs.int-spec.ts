import { loadConfig } from '@quorum/config';
import { AuditEntryRepository, AuditLog, AuditLogReader, MerkleLevelsBuilder } from '@quorum/audit';
import { ballotsMerkleRoot, BudgetBallotsReader, BudgetTallyService, canonicalBallotsFile } from '@quorum/budgets';
import { DataSource } from 'typeorm';
import { BallotProofsRepository } from '../../libs/budgets/src/repositories/ballot-proofs.repository';
import { BudgetResultRepository } from '../../libs/budgets/src/repositories/budget-result.repository';
import { BudgetRepository } from '../../libs/budgets/src/repositories/budget.repository';
import { STORE_MISSING_BALLOT_PROOFS } from '../../libs/database/src/migrations/1796421540329-ballot-proofs.migration';
import { seedClosedBudget } from '../utils/budgets.factory';
import { createTestDataSource } from '../utils/test-data-source';

/**
 * What the tally stores for receipts' proofs, and the migration's SQL that
 * stores the same for results tallied before: two independent builds of the
 * level-by-level tree (TypeScript in libs/audit, SQL in the migration) must
 * agree byte for byte, and their root must be the canonical file's.
 */
describe('stored ballot proofs: the tally and the migration agree', () => {
  let close: () => Promise<void>;
  let db: DataSource;
  let tally: BudgetTallyService;
  beforeAll(async () => {
    ({ db, close } = await createTestDataSource());
    const entries = new AuditEntryRepository();
    const audit = new AuditLog(loadConfig({ NODE_ENV: 'test' }), entries);
    tally = new BudgetTallyService(
      db,
      new BudgetRepository(db),
      new BudgetResultRepository(),
      new BudgetBallotsReader(db),
      audit,
      new AuditLogReader(db, audit, entries),
      new BallotProofsRepository(db),
    );
  });
  afterAll(() => close());

  const stored = async (budgetId: string) => ({
    chunks: (await db.query(
      `SELECT level, chunk, encode(hashes, 'hex') AS hashes FROM budget_merkle_chunks WHERE budget_id = $1 ORDER BY level, chunk`,
      [budgetId],
    )) as { level: number; chunk: number; hashes: string }[],
    leaves: (await db.query(`SELECT receipt, leaf_index FROM ballots WHERE budget_id = $1 ORDER BY receipt`, [
      budgetId,
    ])) as { receipt: string; leaf_index: number | null }[],
  });

  it.each([
    { ballotType: 'APPROVAL', ballots: 2050 },
    { ballotType: 'CUMULATIVE', ballots: 77 },
    { ballotType: 'ORDINAL', ballots: 33 },
    { ballotType: 'KNAPSACK', ballots: 1 },
    { ballotType: 'APPROVAL', ballots: 0 },
  ])('stores the same tree and leaf indexes both ways ($ballotType, $ballots ballots)', async (options) => {
    const budgetId = await seedClosedBudget(db, options);
    expect(await tally.run(budgetId)).toBe('TALLIED');
    const byTally = await stored(budgetId);
    expect(byTally.leaves.map((l) => l.leaf_index)).toEqual(byTally.leaves.map((_, i) => i));
    const levels = byTally.chunks.filter((c, i, all) => all.findIndex((d) => d.level === c.level) === i).length;
    expect(levels).toBe(options.ballots === 0 ? 0 : Math.ceil(Math.log2(options.ballots)) + 1);

    // The root of the stored tree is the canonical file's, which the result publishes.
    const reader = new BudgetBallotsReader(db);
    const { budget, projects, ballots } = await reader.read(budgetId);
    const root = ballotsMerkleRoot(canonicalBallotsFile(budget, projects, ballots));
    const [{ ballots_merkle_root }] = await db.query(
      `SELECT ballots_merkle_root FROM budget_results WHERE budget_id = $1`,
      [budgetId],
    );
    expect(ballots_merkle_root).toBe(root);
    if (options.ballots > 0) {
      const top = byTally.chunks.at(-1)!;
      const asLevels = [{ level: top.level, size: 1, chunks: [Buffer.from(top.hashes, 'hex')] }];
      expect(MerkleLevelsBuilder.rootOf(asLevels).toString('hex')).toBe(root);
    }

    // As if tallied before the tally stored proofs: the migration's SQL rebuilds them.
    await db.query(`DELETE FROM budget_merkle_chunks WHERE budget_id = $1`, [budgetId]);
    await db.query(`UPDATE ballots SET leaf_index = NULL WHERE budget_id = $1`, [budgetId]);
    await db.query(STORE_MISSING_BALLOT_PROOFS);
    expect(await stored(budgetId)).toEqual(byTally);
  });
});
