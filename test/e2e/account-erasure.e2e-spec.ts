import { Role } from '@quorum/access';
import { CAST, createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, createUsers, freshCensusCode, insertCensusCodes } from '../utils/users.factory';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const DELETE = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
const ME = `{ me { id } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { title body supportCount author { displayName } } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { supportCount } }`;
const REPORT_CONTENT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const SUBMIT_REPORT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
const ISSUE_REPORT = `query($id: ID!) { issueReport(id: $id) { id description status } }`;

const EMAIL = 'effacement.test@example.fr';
const NAME = 'Zéphyrine Effacée';
const PASSWORD = 'une phrase de passe solide';

/** Every text-like column of every table that contains `needle`, to prove nothing kept it. */
async function tablesContaining(api: TestApi, needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await api.db.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      [`%${needle}%`],
    );
    if (n > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe('right to erasure (deleteMyAccount)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('erases email, name and credentials, keeps the ballot counted and the census entry bound', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const { register } = await api.gql.ok(REGISTER, { input: { email: EMAIL, password: PASSWORD, displayName: NAME } });
    const resident = api.gql.as(register.token);
    await insertCensusCodes(api, ['ERASE0001']);
    await resident.ok(VERIFY, { input: { censusCode: 'ERASE0001' } });
    await resident.ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    const ballotsBefore = await api.db.query('SELECT count(*)::int AS n FROM ballots');

    expect(await resident.errorCode(DELETE, { input: { password: 'not my password' } })).toBe('INVALID_CREDENTIALS');
    expect((await resident.ok(DELETE, { input: { password: PASSWORD } })).deleteMyAccount).toBe(true);

    expect(await api.gql.errorCode(LOGIN, { input: { email: EMAIL, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    expect(await resident.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await tablesContaining(api, EMAIL)).toEqual([]);
    expect(await tablesContaining(api, 'Zéphyrine')).toEqual([]);
    expect(await api.db.query('SELECT count(*)::int AS n FROM ballots')).toEqual(ballotsBefore);

    const again = await api.gql.ok(REGISTER, { input: { email: EMAIL, password: PASSWORD, displayName: 'Retour' } });
    expect(again.register.user.id).not.toBe(register.user.id);
    expect(await api.gql.as(again.register.token).errorCode(VERIFY, { input: { censusCode: 'ERASE0001' } })).toBe(
      'CENSUS_CODE_ALREADY_USED',
    );
  });

  it('deletes the reason staff wrote for an in-person verification, which may name the resident', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const name = 'Philomène Guichet';
    const email = 'philomene.guichet@example.fr';
    const { register } = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: name } });
    await api.gql
      .as(staff.token)
      .ok(`mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`, {
        input: {
          userId: register.user.id,
          reason: `Carte d’identité de ${name} vue au guichet`,
          censusCode: await freshCensusCode(api),
        },
      });
    await api.gql.as(register.token).ok(DELETE, { input: { password: PASSWORD } });
    expect(await tablesContaining(api, 'Philomène')).toEqual([]);
    const [binding] = await api.db.query(
      `SELECT method, reason, verified_by_id AS "verifiedById" FROM residency_verifications WHERE user_id = $1`,
      [register.user.id],
    );
    expect(binding).toEqual({ method: 'IN_PERSON', reason: null, verifiedById: staff.id });
  });

  it('is refused to anonymous callers', async () => {
    expect(await api.gql.errorCode(DELETE, { input: { password: PASSWORD } })).toBe('UNAUTHENTICATED');
  });
  /** A resident who took part everywhere: own proposal, comments, supports, a moderation report, an issue report. */
  async function activeResident(label: string, { namesThemselves }: { namesThemselves: boolean }) {
    const staff = await createUser(api, { role: Role.STAFF });
    const neighbour = (await createUsers(api, 1, { verified: true, displayName: 'Voisine Gardée' }))[0];
    const name = `${label} Participante`;
    const email = `${label.toLowerCase()}@example.fr`;
    const { register } = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: name } });
    const resident = api.gql.as(register.token);
    const code = `${label.toUpperCase()}0001`;
    await insertCensusCodes(api, [code]);
    await resident.ok(VERIFY, { input: { censusCode: code } });

    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [own] = await insertProposals(api, c.id, [register.user.id], 1, {
      title: () => (namesThemselves ? `Jardin partagé de ${name}` : 'Jardin partagé'),
      body: () => (namesThemselves ? `Je m'appelle ${name}, écrivez-moi à ${email}.` : 'Rue des Lilas.'),
    });
    const [theirs] = await insertProposals(api, c.id, [neighbour.id], 1, { title: () => 'Piste cyclable' });
    await api.gql.as(neighbour.token).ok(SUPPORT, { id: own });
    await api.gql.as(neighbour.token).ok(COMMENT, { input: { proposalId: own, body: 'Bonne idée !' } });
    const { addComment: mine } = await resident.ok(COMMENT, {
      input: { proposalId: theirs, body: namesThemselves ? `Signé ${name}` : 'Oui !' },
    });
    await resident.ok(SUPPORT, { id: theirs });
    await resident.ok(REPORT_CONTENT, {
      input: { targetType: 'PROPOSAL', targetId: theirs, reason: 'OFFENSIVE', details: `Moi, ${name}, je signale` },
    });
    const { submitIssueReport } = await resident.ok(SUBMIT_REPORT, {
      input: { categoryCode: 'graffiti', description: 'Tag sur le mur de l’école', ...CAPITOLE },
    });
    return {
      register,
      resident,
      neighbour,
      name,
      email,
      own,
      theirs,
      myComment: mine.id,
      reportId: submitIssueReport.id,
    };
  }

  const supportCounts = async (ids: string[]) =>
    (await api.db.query(`SELECT id, support_count FROM proposals WHERE id = ANY($1) ORDER BY id`, [ids])) as {
      support_count: number;
    }[];

  describe('with the other domains', () => {
    beforeAll(async () => {
      await seedCommune(api);
    });

    it('keeps contributions readable under "Ancien participant", supports counted, reports without identity', async () => {
      const r = await activeResident('Hortense', { namesThemselves: false });
      const countsBefore = await supportCounts([r.own, r.theirs]);
      await r.resident.ok(DELETE, { input: { password: PASSWORD } });

      const { proposal } = await api.gql.ok(PROPOSAL, { id: r.own });
      expect(proposal.author.displayName).toBe('Ancien participant');
      expect(proposal.title).toBe('Jardin partagé');
      expect(await supportCounts([r.own, r.theirs])).toEqual(countsBefore);
      const [comment] = await api.db.query(`SELECT body, hidden_at FROM proposal_comments WHERE id = $1`, [
        r.myComment,
      ]);
      expect(comment).toEqual({ body: 'Oui !', hidden_at: null });
      const [filed] = await api.db.query(`SELECT details, reason FROM content_reports WHERE reporter_id = $1`, [
        r.register.user.id,
      ]);
      expect(filed).toEqual({ details: null, reason: 'OFFENSIVE' });
      const [report] = await api.db.query(
        `SELECT reporter_id, reporter_email, reporter_name, reporter_phone FROM issue_reports WHERE id = $1`,
        [r.reportId],
      );
      expect(report).toEqual({ reporter_id: null, reporter_email: null, reporter_name: null, reporter_phone: null });
      expect((await api.gql.ok(ISSUE_REPORT, { id: r.reportId })).issueReport.status).toBe('OPEN');
      expect(await tablesContaining(api, r.email)).toEqual([]);
      expect(await tablesContaining(api, r.name)).toEqual([]);
    });

    // Kept contributions are kept as written; one who named themselves in them asks for their deletion.
    it('with deleteContributions, redacts and hides their proposals and comments, keeping everyone else’s', async () => {
      const r = await activeResident('Gaspard', { namesThemselves: true });
      const countsBefore = await supportCounts([r.own, r.theirs]);
      await r.resident.ok(DELETE, { input: { password: PASSWORD, deleteContributions: true } });

      expect(await api.gql.errorCode(PROPOSAL, { id: r.own })).toBe('NOT_FOUND');
      expect((await api.gql.ok(PROPOSAL, { id: r.theirs })).proposal.title).toBe('Piste cyclable');
      expect(await supportCounts([r.own, r.theirs])).toEqual(countsBefore);
      const [hiddenComment] = await api.db.query(
        `SELECT body, hidden_at IS NOT NULL AS hidden FROM proposal_comments WHERE id = $1`,
        [r.myComment],
      );
      expect(hiddenComment).toEqual({ body: '', hidden: true });
      const [{ n: neighbourComments }] = await api.db.query(
        `SELECT count(*)::int AS n FROM proposal_comments WHERE proposal_id = $1 AND hidden_at IS NULL`,
        [r.own],
      );
      expect(neighbourComments).toBe(1);
      expect(await tablesContaining(api, r.email)).toEqual([]);
      expect(await tablesContaining(api, r.name)).toEqual([]);
      expect(await tablesContaining(api, 'Gaspard')).toEqual([]);
    });
  });
});
