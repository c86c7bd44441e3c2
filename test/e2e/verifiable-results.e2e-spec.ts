import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leafHash, verifyInclusion } from '@quorum/audit';
import { BudgetBallotsReader } from '@quorum/budgets';
import { CAST, CLOSE, createBudget, PUBLISH } from '../utils/budgets.factory';
import { createUsers, TestUser } from '../utils/users.factory';
import { verifyResult } from '../utils/verify-result';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';
import { waitFor } from '../utils/wait-for';

const RECEIPT = `query($receipt: String!) { ballotReceipt(receipt: $receipt) {
  budgetId ballot { receipt projectIds } ballotLine leafIndex treeSize proof merkleRoot
} }`;
const RESULT = `query($id: ID!) { budget(id: $id) { status result { winners { id } ballotsDigest ballotsMerkleRoot auditHead { sequence hash } } } }`;

interface Inclusion {
  ballotLine: string;
  leafIndex: number;
  treeSize: number;
  proof: string[];
  merkleRoot: string;
}

/** What a voter's own program does with the answer: recompute the root from their ballot line. */
function verifies(inclusion: Inclusion, publishedRoot: string, line = inclusion.ballotLine): boolean {
  return verifyInclusion(
    leafHash(line),
    inclusion.leafIndex,
    inclusion.treeSize,
    inclusion.proof.map((h) => Buffer.from(h, 'hex')),
    Buffer.from(publishedRoot, 'hex'),
  );
}

describe('results anyone can verify: ballot receipts with Merkle proofs', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let staff: TestUser;
  // Read by the tests that only read; the test that alters a ballot has a budget of its own.
  let published: VotedBudget;
  beforeAll(async () => {
    ({ api, staff } = await bed.startWithStaff());
    published = await votedBudget();
    await publish(published.budgetId);
  });
  afterAll(() => bed.stop());

  interface VotedBudget {
    budgetId: string;
    projectIds: string[];
    receipts: string[];
  }

  /** An open budget with seven ballots of two projects each. */
  async function votedBudget(): Promise<VotedBudget> {
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const voters = await createUsers(api, 7, { verified: true });
    const receipts: string[] = [];
    for (const [i, voter] of voters.entries()) {
      const ballot = [projectIds[i % 5], projectIds[(i + 2) % 5]];
      receipts.push(
        (await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: ballot } })).castBallot.receipt,
      );
    }
    return { budgetId, projectIds, receipts };
  }

  /** Closes voting, waits for the worker's tally and publishes the result. */
  async function publish(budgetId: string): Promise<void> {
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    await waitFor(
      async () =>
        (await api.gql.as(staff.token).ok(RESULT, { id: budgetId })).budget.status === 'TALLIED' ? true : undefined,
      20_000,
      'tally',
    );
    await api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
  }

  it('says nothing about a receipt before the result is published', async () => {
    const { receipts } = await votedBudget();
    expect(await api.gql.errorCode(RECEIPT, { receipt: receipts[0] })).toBe('NOT_FOUND');
  });

  it("proves every voter's ballot against the root published with the result, and rejects a forged ballot", async () => {
    const { budgetId, projectIds, receipts } = published;
    const { budget } = await api.gql.ok(RESULT, { id: budgetId });
    const root: string = budget.result.ballotsMerkleRoot;
    expect(root).toMatch(/^[0-9a-f]{64}$/);

    for (const receipt of receipts) {
      const { ballotReceipt } = await api.gql.ok(RECEIPT, { receipt });
      expect(ballotReceipt).toMatchObject({ budgetId, treeSize: 7, merkleRoot: root, ballot: { receipt } });
      expect(ballotReceipt.ballotLine).toBe(`${receipt};${ballotReceipt.ballot.projectIds.join(',')}`);
      expect(verifies(ballotReceipt, root)).toBe(true);
    }
    // The same proof does not vouch for another content under that receipt.
    const { ballotReceipt } = await api.gql.ok(RECEIPT, { receipt: receipts[0] });
    expect(verifies(ballotReceipt, root, `${receipts[0]};${projectIds[4]}`)).toBe(false);
    expect(await api.gql.errorCode(RECEIPT, { receipt: 'forged-receipt' })).toBe('NOT_FOUND');
  });

  const exportFile = async (budgetId: string): Promise<string> => {
    const file = join(mkdtempSync(join(tmpdir(), 'ballots-')), 'budget.pb');
    writeFileSync(file, await api.app.get(BudgetBallotsReader).canonicalFile(budgetId));
    return file;
  };

  it('recounts the published ballots file to MATCH, from the public API or from given values', async () => {
    const { budgetId } = published;
    const file = await exportFile(budgetId);
    const fromApi = await verifyResult(file, '--api', api.url, '--budget', budgetId);
    expect(fromApi).toMatchObject({ stdout: 'MATCH\n', code: 0 });
    const { budget } = await api.gql.ok(RESULT, { id: budgetId });
    const winners = budget.result.winners.map((w: { id: string }) => w.id);
    const given = await verifyResult(file, '--winners', winners.join(','), '--digest', budget.result.ballotsDigest);
    expect(given).toMatchObject({ stdout: 'MATCH\n', code: 0 });
    // One winner left out of what is claimed as published.
    const wrong = await verifyResult(
      file,
      '--winners',
      winners.slice(1).join(','),
      '--digest',
      budget.result.ballotsDigest,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`only recomputed: ${winners[0]}; only published: -`);
  });

  it('gives a ballot altered in the database after the tally a proof that no longer reaches the published root, and verify-result a digest mismatch', async () => {
    const { budgetId, projectIds, receipts } = await votedBudget();
    await publish(budgetId);
    const { budget } = await api.gql.ok(RESULT, { id: budgetId });
    await api.db.query(`UPDATE ballots SET project_ids = $2::uuid[] WHERE receipt = $1`, [
      receipts[1],
      [projectIds[3]],
    ]);
    const { ballotReceipt } = await api.gql.ok(RECEIPT, { receipt: receipts[1] });
    expect(ballotReceipt.ballot.projectIds).toEqual([projectIds[3]]);
    expect(verifies(ballotReceipt, budget.result.ballotsMerkleRoot)).toBe(false);

    // And its ballots file, exported again, no longer hashes to the published digest.
    const result = await verifyResult(await exportFile(budgetId), '--api', api.url, '--budget', budgetId);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`DIFFERS\n- ballots digest: the file hashes to `);
    expect(result.stdout).toContain(`the published digest is ${budget.result.ballotsDigest}`);
    expect(result.stdout).toContain('- ballots Merkle root: ');
  });
});
