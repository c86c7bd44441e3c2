import { createConsultation, phasesAround } from '../utils/consultations.factory';
import { startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id published currentPhase phases { kind } } }`;
const CONSULTATION = `query($id: ID!) { consultation(id: $id) { id title descriptionHtml published currentPhase phases { kind startsAt endsAt } categories { name } } }`;
const LIST = `query($first: Int, $after: String) { consultations(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('consultations over HTTP', () => {
  let api: TestApi;
  let staff: TestUser;
  let resident: TestUser;
  beforeAll(async () => ({ api, staff, resident } = await startApiWithStaffAnd({ resident: {} })));
  afterAll(() => api.close());

  it('stores a title without the spaces around it, on creation and on edition', async () => {
    const staffGql = api.gql.as(staff.token);
    const { createConsultation: created } = await staffGql.ok(CREATE, {
      input: { title: '  Plan vélo 2027 \n', description: 'Texte', phases: phasesAround('SUPPORTS') },
    });
    expect((await staffGql.ok(CONSULTATION, { id: created.id })).consultation.title).toBe('Plan vélo 2027');
    await staffGql.ok(`mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id } }`, {
      input: { id: created.id, title: '\t Plan vélo 2028  ' },
    });
    expect((await staffGql.ok(CONSULTATION, { id: created.id })).consultation.title).toBe('Plan vélo 2028');
  });

  it('lets staff create, publish and unpublish; residents see only published ones', async () => {
    const { createConsultation: created } = await api.gql.as(staff.token).ok(CREATE, {
      input: { title: 'Plan vélo', description: 'Texte', phases: phasesAround('SUPPORTS') },
    });
    expect(created).toMatchObject({ published: false, currentPhase: 'SUPPORTS' });
    expect(await api.gql.as(resident.token).errorCode(CONSULTATION, { id: created.id })).toBe('NOT_FOUND');
    expect(await api.gql.errorCode(CONSULTATION, { id: created.id })).toBe('NOT_FOUND');

    await api.gql.as(staff.token).ok(`mutation($id: ID!) { publishConsultation(id: $id) { id } }`, { id: created.id });
    const seen = await api.gql.ok(CONSULTATION, { id: created.id });
    expect(seen.consultation).toMatchObject({ published: true, currentPhase: 'SUPPORTS' });

    await api.gql
      .as(staff.token)
      .ok(`mutation($id: ID!) { unpublishConsultation(id: $id) { id } }`, { id: created.id });
    expect(await api.gql.errorCode(CONSULTATION, { id: created.id })).toBe('NOT_FOUND');
  });

  it('refuses consultation management to residents', async () => {
    const code = await api.gql
      .as(resident.token)
      .errorCode(CREATE, { input: { title: 'Plan vélo', description: 'x', phases: [] } });
    expect(code).toBe('FORBIDDEN');
  });

  it('derives the current phase from the server clock, with skipped phases and gaps', async () => {
    const hour = 3600 * 1000;
    const now = Date.now();
    const at = (h: number) => new Date(now + h * hour).toISOString();
    const { id } = (
      await api.gql.as(staff.token).ok(CREATE, {
        input: {
          title: 'Sans phase de soutiens',
          description: 'x',
          phases: [
            { kind: 'PROPOSALS', startsAt: at(-48), endsAt: at(-24) },
            { kind: 'REVIEW', startsAt: at(-1), endsAt: at(1) },
            { kind: 'RESULTS', startsAt: at(5), endsAt: at(48) },
          ],
        },
      })
    ).createConsultation;
    const seen = await api.gql.as(staff.token).ok(CONSULTATION, { id });
    expect(seen.consultation.currentPhase).toBe('REVIEW');
    expect(seen.consultation.phases.map((p: { kind: string }) => p.kind)).toEqual(['PROPOSALS', 'REVIEW', 'RESULTS']);

    await api.gql
      .as(staff.token)
      .ok(`mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id } }`, {
        input: { id, phases: [{ kind: 'RESULTS', startsAt: at(5), endsAt: at(48) }] },
      });
    expect((await api.gql.as(staff.token).ok(CONSULTATION, { id })).consultation.currentPhase).toBeNull();
  });

  it('refuses phases that end before they start, repeat or overlap, naming the field', async () => {
    const now = Date.now();
    const result = await api.gql.as(staff.token).request(CREATE, {
      input: {
        title: 'Phases invalides',
        description: 'x',
        phases: [
          { kind: 'PROPOSALS', startsAt: new Date(now).toISOString(), endsAt: new Date(now - 1000).toISOString() },
          {
            kind: 'PROPOSALS',
            startsAt: new Date(now + 10_000).toISOString(),
            endsAt: new Date(now + 20_000).toISOString(),
          },
        ],
      },
    });
    expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const fields = (result.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.phases.0.endsAt', 'input.phases.1.kind']));
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM consultations WHERE title = 'Phases invalides'`,
    );
    expect(count).toBe(0);
  });

  it('refuses an impossible date instead of rolling it over', async () => {
    const result = await api.gql.as(staff.token).request(CREATE, {
      input: {
        title: 'Date impossible',
        description: 'x',
        phases: [{ kind: 'PROPOSALS', startsAt: '2027-02-30T10:00:00Z', endsAt: '2027-03-31T10:00:00Z' }],
      },
    });
    expect(result.errors?.[0].message).toContain('2027-02-30T10:00:00Z');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.phases.0.startsAt', messages: [expect.stringContaining('2027-02-30T10:00:00Z')] },
    ]);
    expect(result.data ?? null).toBeNull();
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM consultations WHERE title = 'Date impossible'`,
    );
    expect(count).toBe(0);
  });

  it('sanitises the Markdown description on output', async () => {
    const { id } = (
      await api.gql.as(staff.token).ok(CREATE, {
        input: {
          title: 'Markdown',
          description: '**gras** <script>alert(1)</script> [lien](javascript:alert(1))',
          phases: [],
        },
      })
    ).createConsultation;
    const html: string = (await api.gql.as(staff.token).ok(CONSULTATION, { id })).consultation.descriptionHtml;
    expect(html).toContain('<strong>gras</strong>');
    expect(html).not.toMatch(/script|javascript/);
  });

  it('lists published consultations as a connection, page by page', async () => {
    for (let i = 0; i < 3; i++) await createConsultation(api, staff.token);
    const first = await api.gql.as(resident.token).ok(LIST, { first: 2 });
    expect(first.consultations.edges).toHaveLength(2);
    expect(first.consultations.pageInfo.hasNextPage).toBe(true);
    const rest = await api.gql
      .as(resident.token)
      .ok(LIST, { first: 50, after: first.consultations.pageInfo.endCursor });
    const ids = [...first.consultations.edges, ...rest.consultations.edges].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(new Set(ids).size).toBe(first.consultations.totalCount);
  });

  it('gives everyone the proposal limit, and the hiding threshold to staff only', async () => {
    const c = await createConsultation(api, staff.token, { proposalLimit: 4, hideThreshold: 7 });
    const LIMITS = `query($id: ID!) { consultation(id: $id) { proposalLimit hideThreshold } }`;
    expect((await api.gql.as(staff.token).ok(LIMITS, { id: c.id })).consultation).toEqual({
      proposalLimit: 4,
      hideThreshold: 7,
    });
    for (const client of [api.gql, api.gql.as(resident.token)])
      expect((await client.ok(LIMITS, { id: c.id })).consultation).toEqual({ proposalLimit: 4, hideThreshold: null });
    const defaults = await createConsultation(api, staff.token);
    expect((await api.gql.as(staff.token).ok(LIMITS, { id: defaults.id })).consultation).toEqual({
      proposalLimit: null,
      hideThreshold: null,
    });
  });
});
