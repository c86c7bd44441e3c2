import {
  ballotKindOf,
  ballotsMerkleRoot,
  canonicalBallotsFile,
  computeMergedResults,
  computeResults,
  rawBallotOf,
  readTallyInput,
  sha256Hex,
} from '@quorum/budgets';
import { MerkleLevelsBuilder } from '@quorum/audit';
import { mergeBallots } from '@quorum/tally';
import { seedClosedBudget } from '../utils/budgets.factory';
import { ballotsReaderBed } from '../utils/ballots-reader-bed';

/** Several cursor fetches; the SQL ballots repeat, so merging matters. */
const BALLOTS = 1234;

describe('tally input read once through a cursor', () => {
  const bed = ballotsReaderBed();

  it.each([
    { ballotType: 'APPROVAL', ballots: BALLOTS, add1Completion: true },
    { ballotType: 'CUMULATIVE', ballots: BALLOTS, add1Completion: false },
    { ballotType: 'ORDINAL', ballots: BALLOTS, add1Completion: false },
    { ballotType: 'KNAPSACK', ballots: 1, add1Completion: false },
    { ballotType: 'APPROVAL', ballots: 0, add1Completion: false },
  ])(
    'gives the in-memory digest, Merkle root, merged ballots and winners ($ballotType, $ballots ballots)',
    async (options) => {
      // A budget that funds about a third of the projects, so that the rules have choices to make.
      const budgetId = await seedClosedBudget(bed.db, { ...options, totalAmount: 300_000 });
      const whole = await bed.reader.read(budgetId);
      const file = canonicalBallotsFile(whole.budget, whole.projects, whole.ballots);
      const inMemory = computeResults(whole.budget, whole.projects, whole.ballots);

      const streamed = await readTallyInput(bed.reader, budgetId);
      expect(streamed.proofs).toEqual({
        ballotCount: options.ballots,
        ballotsDigest: sha256Hex(file),
        merkleRoot: ballotsMerkleRoot(file),
      });
      expect(MerkleLevelsBuilder.rootOf(streamed.levels).toString('hex')).toBe(streamed.proofs.merkleRoot);
      const kind = ballotKindOf(whole.budget.ballotType);
      expect(streamed.ballots).toEqual(mergeBallots(whole.ballots.map(rawBallotOf), kind));
      if (options.ballots > 1) expect(streamed.ballots.length).toBeLessThan(options.ballots);
      const results = computeMergedResults(streamed.budget, streamed.projects, streamed.ballots);
      expect(results).toEqual(inMemory);
      expect(results.main.ballotCount).toBe(options.ballots);
      if (options.ballots > 1) expect(results.main.winners.length).toBeGreaterThan(0);
    },
  );

  it('leaves no transaction open on its connection when the work fails midway', async () => {
    const budgetId = await seedClosedBudget(bed.db, { ballotType: 'APPROVAL', ballots: BALLOTS });
    await expect(
      bed.reader.withBallotStream(budgetId, ({ forEachBallot }) =>
        forEachBallot((ballot) => {
          throw new Error(`stopped at ${ballot.receipt}`);
        }),
      ),
    ).rejects.toThrow(/stopped at/);
    // A connection given back inside the REPEATABLE READ transaction would either run this very query in it
    // (the pool hands out the last connection returned) or show up as idle in transaction.
    const [state] = await bed.db.query(
      `SELECT current_setting('transaction_isolation') AS isolation,
              (SELECT count(*)::int FROM pg_stat_activity
                WHERE datname = current_database() AND state LIKE 'idle in transaction%') AS "idleInTransaction"`,
    );
    expect(state).toEqual({ isolation: 'read committed', idleInTransaction: 0 });
  });
});
