import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenDataExporter, OpenDataWithdrawal } from '@quorum/open-data';
import { openDataWithdrawalJobId } from '@quorum/queue';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, FACTORY_PASSWORD, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';
import { waitFor } from '../utils/wait-for';
import { zipEntries } from '../utils/zip-entries';

const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const DELETE = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id } }`;
const WITHDRAWALS = `{ auditLog(first: 100, action: "open-data.withdraw") { edges { node { subjectId payload } } } }`;

/**
 * Issue #14.6: moderated content stayed downloadable in older open-data
 * versions (`?version=`, kept 30 days, hashes in the public audit log).
 * Hiding content or erasing an account now rebuilds the files and withdraws
 * every older version, each withdrawal in the public audit log.
 */
describe('open data: content that leaves the public data leaves every kept version', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let dir: string;
  let staff: TestUser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'quorum-open-data-'));
    ({ api, staff } = await bed.startWithStaff({ OPEN_DATA_DIR: dir }));
  }, 60_000);
  afterAll(async () => {
    await bed.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Every kept version of every file (zip entries unpacked), downloaded as
   * anyone would, as text; undefined when a version listed a moment ago is
   * gone by the time it is fetched (a withdrawal running meanwhile).
   */
  const keptVersions = async (): Promise<{ name: string; sha256: string; text: string }[] | undefined> => {
    const rows: { file_name: string; sha256: string }[] = await api.db.query(
      `SELECT file_name, sha256 FROM open_data_files ORDER BY file_name, created_at`,
    );
    const out = [];
    for (const { file_name: name, sha256 } of rows) {
      const response = await fetch(`${api.url}/open-data/files/${name}?version=${sha256}`);
      if (response.status === 404) return undefined;
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      const text = name.endsWith('.zip')
        ? [...zipEntries(bytes)].map(([, data]) => data.toString('utf8')).join('\n')
        : bytes.toString('utf8');
      out.push({ name, sha256, text });
    }
    return out;
  };
  /** Two versions of every file holding `title`: one export, a change, another. */
  const publishTwice = async (consultationId: string, authorId: string, title: string): Promise<string> => {
    const [id] = await insertProposals(api, consultationId, [authorId], 1, { title: () => title });
    await api.app.get(OpenDataExporter).run({}, 'request');
    await insertProposals(api, consultationId, [staff.id], 1, { title: () => `Autre idée ${Date.now()}` });
    await api.app.get(OpenDataExporter).run({}, 'request');
    const holding = (await keptVersions())!.filter((v) => v.text.includes(title));
    expect(new Set(holding.filter((v) => v.name === 'proposals.csv').map((v) => v.sha256)).size).toBe(2);
    return id;
  };
  /** The open-data withdrawal job the audit entry of `action` on `subjectId` put in the outbox, in its transaction. */
  const withdrawalJob = async (action: string, subjectId: string): Promise<unknown> => {
    const [{ sequence }] = await api.db.query(
      `SELECT sequence FROM audit_entries WHERE action = $1 AND subject_id = $2`,
      [action, subjectId],
    );
    const [job] = await api.db.query(`SELECT job_id FROM outbox WHERE job_id = $1`, [
      openDataWithdrawalJobId(action, sequence),
    ]);
    return job;
  };
  const noneHolds = async (title: string): Promise<true | undefined> => {
    const versions = await keptVersions();
    return versions?.every((v) => !v.text.includes(title)) ? true : undefined;
  };

  it('rebuilds and withdraws every version holding a proposal staff hid, and says so in the public log', async () => {
    const c = await createConsultation(api, staff.token);
    const author = await createUser(api, { verified: true });
    const title = 'Idée cachée par la modération 7Q4';
    const id = await publishTwice(c.id, author.id, title);
    const before: { sha256: string }[] = await api.db.query(
      `SELECT sha256 FROM open_data_files WHERE file_name = 'proposals.csv'`,
    );

    const reporter = await createUser(api, { verified: true });
    await api.gql
      .as(reporter.token)
      .ok(REPORT, { input: { targetType: 'PROPOSAL', targetId: id, reason: 'OFFENSIVE' } });
    const [{ id: moderationId }] = await api.db.query(`SELECT id FROM moderations WHERE target_id = $1`, [id]);
    await api.gql.as(staff.token).ok(`mutation($id: ID!) { hideContent(moderationId: $id) }`, { id: moderationId });
    expect(await withdrawalJob('moderation.hide', moderationId)).toBeDefined();

    await waitFor(() => noneHolds(title), 60_000, 'every kept version without the hidden proposal');
    for (const { sha256 } of before) {
      const old = await fetch(`${api.url}/open-data/files/proposals.csv?version=${sha256}`);
      expect(old.status).toBe(404);
    }
    const withdrawn = (await api.gql.ok(WITHDRAWALS)).auditLog.edges.map(
      (e: { node: { subjectId: string; payload: string } }) => ({
        file: e.node.subjectId,
        ...JSON.parse(e.node.payload),
      }),
    );
    for (const { sha256 } of before)
      expect(withdrawn).toContainEqual({ file: 'proposals.csv', sha256, cause: 'moderation.hide' });
    // Idempotent: a second run finds nothing left to withdraw.
    expect(await bed.worker.app.get(OpenDataWithdrawal).withdrawSuperseded('again')).toBe(0);
  }, 90_000);

  it("withdraws every version holding an erased resident's contributions", async () => {
    const c = await createConsultation(api, staff.token);
    const author = await createUser(api, { verified: true });
    const title = 'Idée de Zoé qui efface son compte 9K2';
    await publishTwice(c.id, author.id, title);
    await api.gql.as(author.token).ok(DELETE, { input: { password: FACTORY_PASSWORD, deleteContributions: true } });
    await waitFor(() => noneHolds(title), 60_000, 'every kept version without the erased contribution');
  }, 90_000);

  it('withdraws every version holding a proposal its author withdrew', async () => {
    const c = await createConsultation(api, staff.token);
    const author = await createUser(api, { verified: true });
    const title = 'Idée que son auteur retire 4H8';
    const id = await publishTwice(c.id, author.id, title);
    await api.gql.as(author.token).ok(WITHDRAW, { input: { proposalId: id, reason: 'Déjà prévu par la mairie' } });
    expect(await withdrawalJob('proposal.withdraw', id)).toBeDefined();
    await waitFor(() => noneHolds(title), 60_000, 'every kept version without the withdrawn proposal');
  }, 90_000);
});
