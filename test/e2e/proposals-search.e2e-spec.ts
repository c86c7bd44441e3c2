import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const SEARCH = `query($query: String!, $first: Int, $after: String) {
  searchProposals(query: $query, first: $first, after: $after) {
    totalCount
    edges { cursor node { id title consultationId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** searchProposals: French, accent-blind full text across the consultations everyone can see. */
describe('searchProposals', () => {
  let api: TestApi;
  let staff: TestUser;
  let author: TestUser;

  beforeAll(async () => ({ api, staff, author } = await startApiWithStaffAnd({ author: {} })));
  afterAll(() => api.close());

  const search = (query: string, first = 20, after?: string) => api.gql.request(SEARCH, { query, first, after });
  const titles = (result: Awaited<ReturnType<typeof search>>) =>
    result.data!.searchProposals.edges.map((e: { node: { title: string } }) => e.node.title).sort();

  it('finds across published consultations, ignoring accents and word endings, never hidden, draft or unpublished ones', async () => {
    const word = `Kiosque${Date.now()}`;
    const first = await createConsultation(api, staff.token);
    const second = await createConsultation(api, staff.token);
    const unpublished = await createConsultation(api, staff.token, { publish: false });
    await insertProposals(api, first.id, [author.id], 1, { title: () => `Des pistes cyclables vers l’église ${word}` });
    await insertProposals(api, second.id, [author.id], 1, {
      title: () => `Un ${word} au marché`,
      body: () => 'Église',
    });
    const [hidden] = await insertProposals(api, first.id, [author.id], 1, { title: () => `Caché ${word} église` });
    const [draft] = await insertProposals(api, second.id, [author.id], 1, { title: () => `Brouillon ${word} église` });
    await insertProposals(api, unpublished.id, [author.id], 1, { title: () => `Interne ${word} église` });
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [hidden]);
    await api.db.query(`UPDATE proposals SET state = 'DRAFT', published_at = NULL WHERE id = $1`, [draft]);

    const found = await search(`${word.toLowerCase()} EGLISE`);
    expect(found.errors).toBeUndefined();
    expect(titles(found)).toEqual([`Des pistes cyclables vers l’église ${word}`, `Un ${word} au marché`]);
    expect(found.data!.searchProposals.totalCount).toBe(2);
    const stemmed = await search(`${word} piste cyclable`);
    expect(titles(stemmed)).toEqual([`Des pistes cyclables vers l’église ${word}`]);
  });

  it('pages with keyset cursors: every match once, in order, even when they share a creation time', async () => {
    const word = `Fontaine${Date.now()}`;
    const c = await createConsultation(api, staff.token);
    await insertProposals(api, c.id, [author.id], 7, { title: (i) => `${word} numéro ${i}` });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await search(word, 3, after);
      const { edges, pageInfo, totalCount } = result.data!.searchProposals;
      expect(totalCount).toBe(7);
      seen.push(...edges.map((e: { node: { id: string } }) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('refuses an empty query or a forged cursor in words, never with a 500', async () => {
    for (const query of ['', '   ', 'x'.repeat(201)]) {
      const result = await search(query);
      expect(result.status).toBe(200);
      expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    }
    for (const after of ['nope', Buffer.from('{"o":"RECENT","k":"x","id":"y"}').toString('base64url')]) {
      const result = await search('fontaine', 3, after);
      expect(result.status).toBe(200);
      expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    }
    // Words PostgreSQL's parser finds odd still answer (websearch syntax never fails).
    expect((await search('"fontaine -or ( :* !')).errors).toBeUndefined();
  });
});
