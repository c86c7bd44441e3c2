import { Role } from '@quorum/access';
import { QueueName } from '@quorum/queue';
import { createHash } from 'node:crypto';
import { AuditChainVerifier } from '@quorum/audit';
import { UserService } from '@quorum/identity';
import { ApiKeyService } from '@quorum/reports';
import {
  CAST,
  CLOSE,
  closeVotingSoon,
  createBudget,
  deleteBallot,
  FEASIBILITY,
  insertStrayBallot,
  PUBLISH,
  RESCHEDULE,
  RETRY,
  waitForBudget,
} from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, createUsers, freshCensusCode, TestUser } from '../utils/users.factory';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';
import { withJobsPaused } from '../utils/paused-queue';

interface EntryRow {
  sequence: string;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  subject_id: string | null;
  is_public: boolean;
  payload: string;
  hash: string;
}

/** Every staff action and ballot lands in the audit chain, in the change's transaction. */
describe('audit trail', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await bed.startWithStaff()));
  afterAll(() => bed.stop());

  const entries = (subjectId?: string): Promise<EntryRow[]> =>
    api.db.query(
      `SELECT sequence, actor_kind, actor_id, action, subject_id, is_public, payload, hash FROM audit_entries
        WHERE $1::text IS NULL OR subject_id = $1 ORDER BY sequence`,
      [subjectId ?? null],
    );
  const until = (budgetId: string, check: (b: { status: string; tallyError: string | null }) => boolean) =>
    waitForBudget(api, staff.token, budgetId, check);

  it('records a budget from creation to publication, naming staff and never a voter', async () => {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { open: false });
    const as = api.gql.as(staff.token);
    await as.ok(FEASIBILITY, {
      input: { projectId: projectIds[4], feasibility: 'UNFEASIBLE', explanation: 'Too costly to maintain' },
    });
    await as.ok(RESCHEDULE, { input: { budgetId, votingClosesAt: new Date(Date.now() + 7_200_000).toISOString() } });
    await as.ok(`mutation($id: ID!) { openVoting(budgetId: $id) { id } }`, { id: budgetId });
    const voters = await createUsers(api, 3, { verified: true });
    const receipts: string[] = [];
    for (const voter of voters) {
      const { castBallot } = await api.gql
        .as(voter.token)
        .ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
      receipts.push(castBallot.receipt);
    }
    await as.ok(CLOSE, { id: budgetId });
    await until(budgetId, (b) => b.status === 'TALLIED');
    await as.ok(PUBLISH, { id: budgetId });

    const trail = await entries(budgetId);
    expect(trail.map((e) => e.action)).toEqual([
      'budget.create',
      ...projectIds.map(() => 'budget.project.add'),
      'budget.project.feasibility',
      'budget.reschedule',
      'budget.open',
      'ballot.cast',
      'ballot.cast',
      'ballot.cast',
      'budget.close',
      'budget.tally.store',
      'budget.publish',
    ]);
    const byStaff = trail.filter((e) => !['ballot.cast', 'budget.tally.store'].includes(e.action));
    expect(byStaff.every((e) => e.actor_kind === 'STAFF' && e.actor_id === staff.id)).toBe(true);
    expect(trail.find((e) => e.action === 'budget.tally.store')).toMatchObject({
      actor_kind: 'SYSTEM',
      actor_id: null,
    });

    // A cast records that a ballot was cast, nothing of the ballot (ballot-secrecy.e2e-spec.ts replays the attack).
    const casts = trail.filter((e) => e.action === 'ballot.cast');
    for (const [i, cast] of casts.entries()) {
      expect(cast).toMatchObject({ actor_kind: 'RESIDENT', actor_id: null, is_public: true, payload: '{}' });
      expect(cast.payload).not.toContain(voters[i].id);
      expect(cast.payload).not.toContain(receipts[i]);
    }
    const published = JSON.parse(trail.at(-1)!.payload);
    expect(published).toEqual({
      winners: [projectIds[0]],
      ballotCount: 3,
      ballotsDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      ballotsMerkleRoot: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Shown with the result: the head is the publish entry itself.
    const { budget } = await api.gql.ok(
      `query($id: ID!) { budget(id: $id) { result { ballotsDigest ballotsMerkleRoot auditHead { sequence hash } } } }`,
      { id: budgetId },
    );
    const publishEntry = trail.at(-1)!;
    expect(budget.result.auditHead).toEqual({ sequence: Number(publishEntry.sequence), hash: publishEntry.hash });
    // The close committed, publicly, to the ballots the result was then computed from.
    const close = trail.find((e) => e.action === 'budget.close')!;
    expect(close.is_public).toBe(true);
    expect(JSON.parse(close.payload)).toEqual({
      casts: 3,
      ballotCount: 3,
      ballotsDigest: published.ballotsDigest,
      ballotsMerkleRoot: published.ballotsMerkleRoot,
    });
    expect(budget.result).toMatchObject({
      ballotsDigest: published.ballotsDigest,
      ballotsMerkleRoot: published.ballotsMerkleRoot,
    });
    expect(await api.app.get(AuditChainVerifier).verify()).toMatchObject({ ok: true });
  });

  it('records a close by the scheduled job as the system, committing publicly to the ballots', async () => {
    const [resident] = await createUsers(api, 1, { verified: true });
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    // Moved only now, so that a slow machine cannot close the vote before the ballot is in.
    await closeVotingSoon(api, staff.token, budgetId);
    await until(budgetId, (b) => b.status === 'TALLIED');
    const close = await lastOf('budget.close', budgetId);
    expect(close).toMatchObject({ actor_kind: 'SYSTEM', actor_id: null, is_public: true });
    expect(JSON.parse(close.payload)).toMatchObject({ casts: 1, ballotCount: 1 });
  });

  it('records a failed tally retried by staff', async () => {
    const [resident] = await createUsers(api, 1, { verified: true });
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    // A ballot slipped in after the close makes the tally fail for good; once it is removed, staff retry.
    const stray = await withJobsPaused(api, QueueName.BUDGETS, async () => {
      await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
      return insertStrayBallot(api.db, budgetId, [projectIds[1]]);
    });
    await until(budgetId, (b) => !!b.tallyError);
    await deleteBallot(api.db, stray);
    await api.gql.as(staff.token).ok(RETRY, { id: budgetId });
    await until(budgetId, (b) => b.status === 'TALLIED');

    const trail = await entries(budgetId);
    expect(trail.find((e) => e.action === 'budget.tally.retry')).toMatchObject({
      actor_kind: 'STAFF',
      actor_id: staff.id,
    });
    expect(trail.at(-1)!.action).toBe('budget.tally.store');
  });

  it('records census imports with their counts and in-person verifications without naming the resident', async () => {
    const as = api.gql.as(staff.token);
    const { importCensus } = await as.ok(
      `mutation { importCensus(input: { csv: "code\\nZZ1111\\nZZ2222\\n!!" }) { added } }`,
    );
    expect(importCensus.added).toBe(2);
    const resident = await createUser(api);
    await as.ok(`mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`, {
      input: {
        userId: resident.id,
        reason: 'Carte d’identité de Jeanne Martin',
        censusCode: await freshCensusCode(api),
      },
    });

    const all = await entries();
    const census = all.filter((e) => e.action === 'identity.census-import').at(-1)!;
    expect(census).toMatchObject({ actor_kind: 'STAFF', actor_id: staff.id, is_public: false });
    expect(JSON.parse(census.payload)).toEqual({ source: 'GRAPHQL', added: 2, alreadyPresent: 0, malformed: 1 });
    const inPerson = all.filter((e) => e.action === 'identity.verify-in-person').at(-1)!;
    expect(inPerson).toMatchObject({ actor_kind: 'STAFF', actor_id: staff.id, subject_id: null, is_public: false });
    expect(inPerson.payload).not.toContain(resident.id);
    expect(inPerson.payload).not.toContain('Jeanne');
    expect(JSON.parse(inPerson.payload)).toEqual({
      residentKey: expect.stringMatching(/^[0-9a-f]{64}$/),
      withCensusCode: true,
    });
  });
  const lastOf = async (action: string, subjectId?: string): Promise<EntryRow> => {
    const found = (await entries(subjectId)).filter((e) => e.action === action).at(-1);
    if (!found) throw new Error(`no ${action} entry${subjectId ? ` for ${subjectId}` : ''}`);
    return found;
  };

  it('records consultations: create, edit (phases, categories), publish and unpublish', async () => {
    const as = api.gql.as(staff.token);
    const { id } = await createConsultation(api, staff.token, { publish: false });
    expect(await lastOf('consultation.create', id)).toMatchObject({
      actor_kind: 'STAFF',
      actor_id: staff.id,
      is_public: false,
    });
    await as.ok(`mutation($id: ID!) { publishConsultation(id: $id) { id } }`, { id });
    await as.ok(`mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id } }`, {
      input: { id, title: 'Nouveau titre', categories: ['Culture'] },
    });
    await as.ok(`mutation($id: ID!) { unpublishConsultation(id: $id) { id } }`, { id });
    await as.ok(`mutation($id: ID!) { unpublishConsultation(id: $id) { id } }`, { id });

    const trail = await entries(id);
    expect(trail.map((e) => [e.action, e.is_public])).toEqual([
      ['consultation.create', false],
      ['consultation.publish', true],
      ['consultation.update', true],
      ['consultation.unpublish', true],
    ]);
    expect(JSON.parse(trail[2].payload)).toEqual({ fields: ['title'], categories: ['Culture'] });
    expect(trail.every((e) => e.actor_id === staff.id)).toBe(true);
  });

  it('records official answers saved (staff-only) and published (public), committing to the text by digest', async () => {
    const c = await createConsultation(api, staff.token);
    const [author] = await createUsers(api, 1);
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    const as = api.gql.as(staff.token);
    const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;
    const text = 'Retenue pour étude par les services techniques.';
    await as.ok(ANSWER, { input: { proposalId, status: 'EVALUATING', answer: text, publish: false } });
    await as.ok(`mutation($id: ID!) { publishProposalAnswer(proposalId: $id) { id } }`, { id: proposalId });

    const trail = await entries(proposalId);
    expect(trail.map((e) => [e.action, e.is_public, e.actor_id])).toEqual([
      ['proposal.answer.save', false, staff.id],
      ['proposal.answer.publish', true, staff.id],
    ]);
    expect(JSON.parse(trail[1].payload)).toEqual({
      status: 'EVALUATING',
      answerSha256: createHash('sha256').update(text).digest('hex'),
    });
  });

  it('records moderation: the automatic hide as the system, hide, restore, dismiss and block by staff, staff-only', async () => {
    const c = await createConsultation(api, staff.token, { hideThreshold: 2 });
    const author = await createUser(api, { displayName: 'Auteur Modéré' });
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    const reporters = await createUsers(api, 2, { verified: true });
    for (const r of reporters)
      await api.gql.as(r.token).ok(`mutation($input: ReportContentInput!) { reportContent(input: $input) }`, {
        input: { targetType: 'PROPOSAL', targetId: proposalId, reason: 'SPAM', details: 'Signalé par Jeanne' },
      });
    const [{ id: moderationId }] = await api.db.query(`SELECT id FROM moderations WHERE target_id = $1`, [proposalId]);
    const as = api.gql.as(staff.token);
    for (const mutation of ['restoreContent', 'hideContent', 'dismissReports', 'blockAuthor'])
      await as.ok(`mutation($id: ID!) { ${mutation}(moderationId: $id) }`, { id: moderationId });

    const trail = await entries(moderationId);
    expect(trail.map((e) => [e.action, e.actor_kind])).toEqual([
      ['moderation.auto-hide', 'SYSTEM'],
      ['moderation.restore', 'STAFF'],
      ['moderation.hide', 'STAFF'],
      ['moderation.dismiss', 'STAFF'],
      ['moderation.block-author', 'STAFF'],
    ]);
    expect(trail.every((e) => !e.is_public)).toBe(true);
    expect(JSON.parse(trail[0].payload)).toEqual({
      targetType: 'PROPOSAL',
      targetId: proposalId,
      reportCount: 2,
      threshold: 2,
    });
    expect(JSON.parse(trail[3].payload)).toMatchObject({ dismissed: 2 });
    for (const e of trail) {
      expect(e.payload).not.toContain(author.id);
      expect(e.payload).not.toContain('Jeanne');
      expect(reporters.some((r) => e.payload.includes(r.id))).toBe(false);
    }
  });

  it('records report triage (single, bulk, department) and category changes as public entries', async () => {
    await seedCommune(api);
    const as = api.gql.as(staff.token);
    const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { submitIssueReport } = await api.gql.ok(SUBMIT, {
        input: {
          categoryCode: 'graffiti',
          description: `Tag ${i}`,
          ...CAPITOLE,
          email: `temoin${i}@example.fr`,
        },
      });
      ids.push(submitIssueReport.id);
    }
    const note = 'Équipe prévenue, passage jeudi.';
    await as.ok(`mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { id } }`, {
      input: { reportId: ids[0], status: 'ACKNOWLEDGED', note },
    });
    await as.ok(
      `mutation($input: BulkUpdateIssueReportStatusInput!) { bulkUpdateIssueReportStatus(input: $input) { id } }`,
      { input: { reportIds: [ids[1], ids[2]], status: 'FIXED' } },
    );
    await as.ok(`mutation($input: AssignReportDepartmentInput!) { assignReportDepartment(input: $input) { id } }`, {
      input: { reportIds: [ids[0]], department: 'Propreté' },
    });
    await as.ok(`mutation($input: UpsertReportCategoryInput!) { upsertReportCategory(input: $input) { code } }`, {
      input: { code: 'bench', name: 'Banc cassé' },
    });
    const [bench] = await api.db.query(`SELECT id FROM report_categories WHERE code = 'bench'`);

    const single = await entries(ids[0]);
    expect(single.map((e) => [e.action, e.is_public, e.actor_id])).toEqual([
      ['report.status', true, staff.id],
      ['report.assign-department', true, staff.id],
    ]);
    expect(JSON.parse(single[0].payload)).toEqual({
      from: 'OPEN',
      to: 'ACKNOWLEDGED',
      noteSha256: createHash('sha256').update(note).digest('hex'),
      duplicateOfId: null,
      bulk: false,
    });
    for (const id of ids.slice(1)) {
      const [bulk] = await entries(id);
      expect(bulk).toMatchObject({ action: 'report.status', is_public: true });
      expect(JSON.parse(bulk.payload)).toMatchObject({ from: 'OPEN', to: 'FIXED', bulk: true });
    }
    expect(await lastOf('report.category.upsert', bench.id)).toMatchObject({ is_public: true });
    const { id: keyId, key } = await api.app.get(ApiKeyService).create('Appli Dans Ma Rue');
    const created = await lastOf('report.api-key.create', keyId);
    expect(created).toMatchObject({ actor_kind: 'SYSTEM', is_public: false });
    expect(created.payload).not.toContain(key);
    const all = await entries();
    expect(all.some((e) => e.payload.includes('temoin'))).toBe(false);
  });

  it('records the creation of staff accounts (CLI, seed) with their role only', async () => {
    const created = await api.app.get(UserService).create({
      email: 'nouvel.agent@mairie.example.fr',
      password: 'une phrase de passe solide',
      displayName: 'Nouvel Agent',
      role: Role.STAFF,
    });
    const entry = await lastOf('identity.account-create', created.id);
    expect(entry).toMatchObject({ actor_kind: 'SYSTEM', is_public: false });
    expect(JSON.parse(entry.payload)).toEqual({ role: 'STAFF' });
  });

  it('records an account erasure without the account id, email or name, and the chain still verifies', async () => {
    const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
    const { register } = await api.gql.ok(REGISTER, {
      input: { email: 'audit.erasure@example.fr', password: 'une phrase de passe solide', displayName: 'Oubliée' },
    });
    await api.gql.as(register.token).ok(`mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`, {
      input: { password: 'une phrase de passe solide' },
    });
    const erased = await lastOf('identity.erase-account');
    expect(erased).toMatchObject({ actor_kind: 'RESIDENT', actor_id: null, subject_id: null, is_public: false });
    expect(JSON.parse(erased.payload)).toMatchObject({
      residentKey: expect.stringMatching(/^[0-9a-f]{64}$/),
      deleteContributions: false,
    });
    for (const needle of [register.user.id, 'audit.erasure', 'Oubliée']) expect(erased.payload).not.toContain(needle);
    expect(await api.app.get(AuditChainVerifier).verify()).toMatchObject({ ok: true });
  });
});
