import { createConsultation, insertProposals, openPhase } from '../utils/consultations.factory';
import { createUser, createUsers, startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id title status supportCount editable } }`;
const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { id title } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { id supportCount thresholdReached } }`;
const UNSUPPORT = `mutation($id: ID!) { withdrawSupport(proposalId: $id) { id supportCount } }`;
const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id status answer { status answerHtml published } } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id title status supportCount thresholdReached hidden answer { status } } }`;
const PAGE = `query($c: ID!, $first: Int, $after: String, $orderBy: ProposalOrder, $seed: Float, $filter: ProposalFilterInput) {
  proposals(consultationId: $c, first: $first, after: $after, orderBy: $orderBy, seed: $seed, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title supportCount author { id displayName } category { name } answer { status } } } } }`;

const countOf = async (api: TestApi, sql: string, params: unknown[]): Promise<number> =>
  (await api.db.query(sql, params))[0].count;

describe('proposals over HTTP', () => {
  let api: TestApi;
  let staff: TestUser;
  let author: TestUser;
  beforeAll(async () => ({ api, staff, author } = await startApiWithStaffAnd({ author: { verified: true } })));
  afterAll(() => api.close());

  const submit = (token: string, input: Record<string, unknown>) => api.gql.as(token).request(SUBMIT, { input });
  const valid = (consultationId: string, categoryId?: string) => ({
    consultationId,
    title: 'Une piste cyclable rue de Metz',
    body: 'Relier le centre aux **quartiers est**.',
    categoryId,
    latitude: 43.6,
    longitude: 1.44,
    address: 'Rue de Metz, Toulouse',
  });

  it('submits during PROPOSALS, and refuses outside it with PHASE_CLOSED', async () => {
    const c = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const ok = await submit(author.token, valid(c.id, c.categories[0].id));
    expect(ok.data?.submitProposal).toMatchObject({ status: 'PUBLISHED', supportCount: 0, editable: true });
    const draft = await submit(author.token, { ...valid(c.id), draft: true });
    expect(draft.data?.submitProposal.status).toBe('DRAFT');

    await openPhase(api, c.id, 'SUPPORTS');
    const late = await submit(author.token, valid(c.id));
    expect(late.errors?.[0].extensions?.code).toBe('PHASE_CLOSED');
    expect(await countOf(api, `SELECT count(*)::int AS count FROM proposals WHERE consultation_id = $1`, [c.id])).toBe(
      2,
    );
  });

  it('refuses bad input with field-level errors and stores nothing', async () => {
    const c = await createConsultation(api, staff.token);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'input.title'],
      [{ title: 'x'.repeat(151) }, 'input.title'],
      [{ title: `${' '.repeat(12)}Vélo${' '.repeat(12)}` }, 'input.title'], // 4 characters once trimmed
      [{ body: 'x'.repeat(10001) }, 'input.body'],
      [{ latitude: 91 }, 'input.latitude'],
      [{ longitude: -181 }, 'input.longitude'],
      [{ categoryId: '00000000-0000-4000-8000-000000000000' }, 'input.categoryId'],
    ];
    for (const [change, field] of cases) {
      const result = await submit(author.token, { ...valid(c.id), ...change });
      expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect((result.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toContain(field);
    }
    expect(await countOf(api, `SELECT count(*)::int AS count FROM proposals WHERE consultation_id = $1`, [c.id])).toBe(
      0,
    );
  });

  it('stores a title without the spaces around it, on submission and on edition', async () => {
    const c = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const { submitProposal } = await api.gql.as(author.token).ok(SUBMIT, {
      input: { ...valid(c.id), title: '  Une piste cyclable rue de Metz \n' },
    });
    expect(submitProposal.title).toBe('Une piste cyclable rue de Metz');
    const { updateProposal } = await api.gql.as(author.token).ok(UPDATE, {
      input: { proposalId: submitProposal.id, title: '\t Une piste cyclable rue de Metz prolongée  ' },
    });
    expect(updateProposal.title).toBe('Une piste cyclable rue de Metz prolongée');
  });

  it('caps proposals per resident per consultation', async () => {
    const c = await createConsultation(api, staff.token, { proposalLimit: 2 });
    const resident = await createUser(api);
    await Promise.all([1, 2, 3, 4].map(() => submit(resident.token, valid(c.id))));
    expect(await countOf(api, `SELECT count(*)::int AS count FROM proposals WHERE author_id = $1`, [resident.id])).toBe(
      2,
    );
    expect((await submit(resident.token, valid(c.id))).errors?.[0].extensions?.code).toBe('PROPOSAL_LIMIT_REACHED');
  });

  it('lets the author edit until the first support, then refuses with PROPOSAL_LOCKED', async () => {
    const c = await createConsultation(api, staff.token);
    const { id } = (await api.gql.as(author.token).ok(SUBMIT, { input: valid(c.id) })).submitProposal;
    await api.gql
      .as(author.token)
      .ok(UPDATE, { input: { proposalId: id, title: 'Une piste cyclable avenue de Lyon' } });
    const invalid = await api.gql
      .as(author.token)
      .request(UPDATE, { input: { proposalId: id, title: 'Court', latitude: 91, longitude: 1.44 } });
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const fields = (invalid.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['input.latitude', 'input.title']);
    const other = await createUser(api);
    expect(
      await api.gql.as(other.token).errorCode(UPDATE, { input: { proposalId: id, title: 'Pas mon texte à moi' } }),
    ).toBe('FORBIDDEN');

    await openPhase(api, c.id, 'SUPPORTS');
    const supporter = await createUser(api, { verified: true });
    await api.gql.as(supporter.token).ok(SUPPORT, { id });
    expect(
      await api.gql.as(author.token).errorCode(UPDATE, { input: { proposalId: id, title: 'Encore une modification' } }),
    ).toBe('PROPOSAL_LOCKED');
    expect((await api.gql.ok(PROPOSAL, { id })).proposal.title).toBe('Une piste cyclable avenue de Lyon');
  });

  describe('supports', () => {
    // One consultation; each test supports proposals of its own, so that none sees another's supports or answers.
    let consultationId: string;
    beforeAll(async () => {
      const c = await createConsultation(api, staff.token, {
        open: 'SUPPORTS',
        supportLimit: 3,
        supportThreshold: 200,
      });
      consultationId = c.id;
    });
    const newProposals = (count: number) => insertProposals(api, consultationId, [author.id], count);

    it('refuses unverified residents with NOT_VERIFIED and closed phases with PHASE_CLOSED', async () => {
      const unverified = await createUser(api);
      const [open] = await newProposals(1);
      expect(await api.gql.as(unverified.token).errorCode(SUPPORT, { id: open })).toBe('NOT_VERIFIED');
      const closed = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
      const [id] = await insertProposals(api, closed.id, [author.id], 1);
      expect(await api.gql.as(author.token).errorCode(SUPPORT, { id })).toBe('PHASE_CLOSED');
    });

    it('counts exactly 200 supports from 200 residents at once, and reaches the threshold', async () => {
      const proposalIds = await newProposals(1);
      const residents = await createUsers(api, 200, { verified: true });
      const results = await Promise.all(
        residents.map((r) => api.gql.as(r.token).request(SUPPORT, { id: proposalIds[0] })),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      const { proposal } = await api.gql.ok(PROPOSAL, { id: proposalIds[0] });
      expect(proposal).toMatchObject({ supportCount: 200, thresholdReached: true });
      expect(
        await countOf(api, `SELECT count(*)::int AS count FROM proposal_supports WHERE proposal_id = $1`, [
          proposalIds[0],
        ]),
      ).toBe(200);
    });

    it('keeps one support when one resident sends 20 at once', async () => {
      const proposalIds = await newProposals(2);
      const resident = await createUser(api, { verified: true });
      await Promise.all(
        Array.from({ length: 20 }, () => api.gql.as(resident.token).request(SUPPORT, { id: proposalIds[1] })),
      );
      expect((await api.gql.ok(PROPOSAL, { id: proposalIds[1] })).proposal.supportCount).toBe(1);
      expect(
        await countOf(api, `SELECT count(*)::int AS count FROM proposal_supports WHERE user_id = $1`, [resident.id]),
      ).toBe(1);
    });

    it('never exceeds the support limit when a resident near it supports many proposals at once', async () => {
      const proposalIds = await newProposals(12);
      const resident = await createUser(api, { verified: true });
      await api.gql.as(resident.token).ok(SUPPORT, { id: proposalIds[2] });
      await api.gql.as(resident.token).ok(SUPPORT, { id: proposalIds[3] });
      const results = await Promise.all(
        proposalIds.slice(4).map((id) => api.gql.as(resident.token).request(SUPPORT, { id })),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'SUPPORT_LIMIT_REACHED')).toHaveLength(7);
      expect(
        await countOf(api, `SELECT count(*)::int AS count FROM proposal_supports WHERE user_id = $1`, [resident.id]),
      ).toBe(3);
      const [{ sum }] = await api.db.query(
        `SELECT sum(support_count)::int AS sum FROM proposals WHERE id = ANY($1::uuid[]) AND id <> ALL($2::uuid[])`,
        [proposalIds, proposalIds.slice(0, 2)],
      );
      expect(sum).toBe(3);
      // Withdrawing frees a support for another proposal.
      await api.gql.as(resident.token).ok(UNSUPPORT, { id: proposalIds[2] });
      expect(
        (await api.gql.as(resident.token).ok(SUPPORT, { id: proposalIds[11] })).supportProposal.supportCount,
      ).toBeGreaterThan(0);
    });

    it('refuses supports for a rejected proposal; shows the answer once published', async () => {
      const [id] = await newProposals(1);
      const saved = await api.gql
        .as(staff.token)
        .ok(ANSWER, { input: { proposalId: id, status: 'REJECTED', answer: 'Hors *compétence*', publish: false } });
      expect(saved.answerProposal.answer).toMatchObject({ published: false });
      expect((await api.gql.ok(PROPOSAL, { id })).proposal).toMatchObject({ status: 'PUBLISHED', answer: null });
      await api.gql.as(staff.token).ok(`mutation($id: ID!) { publishProposalAnswer(proposalId: $id) { id } }`, { id });
      expect((await api.gql.ok(PROPOSAL, { id })).proposal).toMatchObject({
        status: 'REJECTED',
        answer: { status: 'REJECTED' },
      });
      const resident = await createUser(api, { verified: true });
      expect(await api.gql.as(resident.token).errorCode(SUPPORT, { id })).toBe('PROPOSAL_REJECTED');
    });
  });

  describe('reading', () => {
    it('pages 50 proposals with authors, categories, counts and answers in a constant number of queries', async () => {
      const c = await createConsultation(api, staff.token);
      const authors = await createUsers(api, 25);
      await insertProposals(
        api,
        c.id,
        authors.map((a) => a.id),
        60,
        { categoryId: c.categories[0].id },
      );
      const queries = async (first: number): Promise<number> => {
        let count = 0;
        const logger = api.db.logger;
        const original = logger.logQuery.bind(logger);
        logger.logQuery = (...args: Parameters<typeof original>) => {
          count++;
          return original(...args);
        };
        try {
          const data = await api.gql.as(staff.token).ok(PAGE, { c: c.id, first, orderBy: 'MOST_SUPPORTED' });
          expect(data.proposals.edges).toHaveLength(first);
          expect(data.proposals.edges[0].node.author.displayName).toBe('Test User');
        } finally {
          logger.logQuery = original;
        }
        return count;
      };
      const forFive = await queries(5);
      const forFifty = await queries(50);
      expect(forFifty).toBe(forFive);
      expect(forFifty).toBeLessThanOrEqual(8);
    });

    it('paginates every order stably, RANDOM included, and searches French text ignoring accents', async () => {
      const c = await createConsultation(api, staff.token);
      await insertProposals(api, c.id, [author.id], 25, {
        title: (i) => (i % 5 === 0 ? `Créer des pistes cyclables ${i}` : `Planter des arbres ${i}`),
      });
      for (const orderBy of ['MOST_SUPPORTED', 'RECENT', 'RANDOM']) {
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = (await api.gql.ok(PAGE, { c: c.id, first: 7, after, orderBy, seed: 42 })).proposals;
          seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
        } while (after);
        expect(new Set(seen).size).toBe(25);
        expect(seen).toHaveLength(25);
      }
      const first = (await api.gql.ok(PAGE, { c: c.id, first: 25, orderBy: 'RANDOM', seed: 7 })).proposals.edges;
      const again = (await api.gql.ok(PAGE, { c: c.id, first: 25, orderBy: 'RANDOM', seed: 7 })).proposals.edges;
      expect(again).toEqual(first);

      const found = (await api.gql.ok(PAGE, { c: c.id, first: 50, filter: { search: 'cyclable creer' } })).proposals;
      expect(found.totalCount).toBe(5);
      await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [found.edges[0].node.id]);
      const afterHiding = (await api.gql.ok(PAGE, { c: c.id, first: 50, filter: { search: 'cyclable' } })).proposals;
      expect(afterHiding.totalCount).toBe(4);
      expect((await api.gql.ok(PAGE, { c: c.id, first: 50 })).proposals.totalCount).toBe(24);
      expect(await api.gql.errorCode(PROPOSAL, { id: found.edges[0].node.id })).toBe('NOT_FOUND');
      expect((await api.gql.as(staff.token).ok(PROPOSAL, { id: found.edges[0].node.id })).proposal.hidden).toBe(true);
    });
  });
});
