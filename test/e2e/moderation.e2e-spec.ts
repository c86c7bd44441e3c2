import { createHash } from 'node:crypto';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, createUsers, startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id hidden } }`;
const LIST = `query($c: ID!, $search: String) { proposals(consultationId: $c, first: 50, filter: { search: $search }) { totalCount edges { node { id } } } }`;
const QUEUE = `query { moderationQueue(first: 100) { totalCount edges { node { id targetId reportCount hidden excerpt reasons { reason count } reports { reason details } } } } }`;

type QueueItem = { id: string; targetId: string; reportCount: number; hidden: boolean };
const queueOf = async (api: TestApi, token: string): Promise<QueueItem[]> =>
  (await api.gql.as(token).ok(QUEUE)).moderationQueue.edges.map((e: { node: QueueItem }) => e.node);

describe('moderation over HTTP', () => {
  let api: TestApi;
  let staff: TestUser;
  let author: TestUser;
  beforeAll(async () => ({ api, staff, author } = await startApiWithStaffAnd({ author: {} })));
  afterAll(() => api.close());

  const report = (token: string, targetId: string) =>
    api.gql.as(token).request(REPORT, { input: { targetType: 'PROPOSAL', targetId, reason: 'SPAM', details: 'pub' } });

  it('hides a proposal automatically at the third report, out of lists and search, but keeps it stored', async () => {
    const c = await createConsultation(api, staff.token);
    const [id] = await insertProposals(api, c.id, [author.id], 2, { title: (i) => `Réparer la fontaine ${i}` });
    const reporters = await createUsers(api, 3, { verified: true });
    await report(reporters[0].token, id);
    expect(
      await api.gql
        .as(reporters[0].token)
        .errorCode(REPORT, { input: { targetType: 'PROPOSAL', targetId: id, reason: 'SPAM' } }),
    ).toBe('ALREADY_REPORTED');
    await report(reporters[1].token, id);
    expect((await api.gql.ok(PROPOSAL, { id })).proposal.hidden).toBe(false);
    await report(reporters[2].token, id);

    expect(await api.gql.errorCode(PROPOSAL, { id })).toBe('NOT_FOUND');
    const listed = (await api.gql.ok(LIST, { c: c.id, search: 'fontaine' })).proposals;
    expect(listed.totalCount).toBe(1);
    expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM proposals WHERE id = $1 AND hidden_at IS NOT NULL`,
      [id],
    );
    expect(count).toBe(1);

    const item = (await queueOf(api, staff.token)).find((m) => m.targetId === id)!;
    expect(item).toMatchObject({
      reportCount: 3,
      hidden: true,
      excerpt: 'Réparer la fontaine 0',
      reasons: [{ reason: 'SPAM', count: 3 }],
    });
    expect(item).toHaveProperty('reports', [
      { reason: 'SPAM', details: 'pub' },
      { reason: 'SPAM', details: 'pub' },
      { reason: 'SPAM', details: 'pub' },
    ]);
    await api.gql.as(staff.token).ok(`mutation($id: ID!) { restoreContent(moderationId: $id) }`, { id: item.id });
    expect((await api.gql.ok(PROPOSAL, { id })).proposal.hidden).toBe(false);
  });

  it('filters the queue on hidden only when the variable holds a value: null means both, as omitting it does', async () => {
    const c = await createConsultation(api, staff.token, { hideThreshold: 1 });
    const [hiddenId, shownId] = await insertProposals(api, c.id, [author.id], 2);
    const [reporter] = await createUsers(api, 1, { verified: true });
    await report(reporter.token, hiddenId);
    await api.db.query(`UPDATE consultations SET hide_threshold = 5 WHERE id = $1`, [c.id]);
    await report(reporter.token, shownId);
    const FILTERED = `query($hidden: Boolean) { moderationQueue(first: 100, hidden: $hidden) { edges { node { targetId } } } }`;
    const targets = async (variables: Record<string, unknown>) =>
      (await api.gql.as(staff.token).ok(FILTERED, variables)).moderationQueue.edges.map(
        (e: { node: { targetId: string } }) => e.node.targetId,
      );
    for (const variables of [{}, { hidden: null }])
      expect(await targets(variables)).toEqual(expect.arrayContaining([hiddenId, shownId]));
    expect(await targets({ hidden: true })).toContain(hiddenId);
    expect(await targets({ hidden: true })).not.toContain(shownId);
    expect(await targets({ hidden: false })).toContain(shownId);
    expect(await targets({ hidden: false })).not.toContain(hiddenId);
  });

  it('counts concurrent reports exactly and lets staff dismiss them and block the author', async () => {
    const c = await createConsultation(api, staff.token, { hideThreshold: 10 });
    const spammer = await createUser(api);
    const [id] = await insertProposals(api, c.id, [spammer.id], 1);
    const reporters = await createUsers(api, 9, { verified: true });
    await Promise.all(reporters.map((r) => report(r.token, id)));
    const item = (await queueOf(api, staff.token)).find((m) => m.targetId === id)!;
    expect(item).toMatchObject({ reportCount: 9, hidden: false, reasons: [{ reason: 'SPAM', count: 9 }] });

    await api.gql.as(staff.token).ok(`mutation($id: ID!) { dismissReports(moderationId: $id) }`, { id: item.id });
    expect((await queueOf(api, staff.token)).map((m) => m.targetId)).not.toContain(id);

    expect(
      await api.gql
        .as(author.token)
        .errorCode(`mutation($id: ID!) { blockAuthor(moderationId: $id) }`, { id: item.id }),
    ).toBe('FORBIDDEN');
    await api.gql.as(staff.token).ok(`mutation($id: ID!) { blockAuthor(moderationId: $id) }`, { id: item.id });
    expect(await api.gql.as(spammer.token).errorCode(`{ me { id } }`)).toBe('UNAUTHENTICATED');
  });

  it('keeps the reason of each decision in the item history, its SHA-256 only in the audit log', async () => {
    const c = await createConsultation(api, staff.token, { hideThreshold: 1 });
    const writer = await createUser(api);
    const [id] = await insertProposals(api, c.id, [writer.id], 1);
    const [reporter] = await createUsers(api, 1, { verified: true });
    await report(reporter.token, id);
    const item = (await queueOf(api, staff.token)).find((m) => m.targetId === id)!;
    const decide = (mutation: string, reason?: string | null) =>
      api.gql
        .as(staff.token)
        .request(`mutation($id: ID!, $reason: String) { ${mutation}(moderationId: $id, reason: $reason) }`, {
          id: item.id,
          reason,
        });

    // A blank or oversized reason is refused at its argument, and nothing is decided.
    for (const reason of ['   ', 'x'.repeat(1001)]) {
      const refused = await decide('hideContent', reason);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ field: 'reason' })],
      });
    }
    expect((await decide('hideContent', '  Propos diffamatoires envers un voisin.  ')).errors).toBeUndefined();
    expect((await decide('restoreContent', 'Vérifié : les faits sont publics.')).errors).toBeUndefined();
    // Without a reason (older clients): recorded, with none.
    expect((await decide('dismissReports')).errors).toBeUndefined();

    const HISTORY = `query { moderationQueue(first: 100, hidden: false) { edges { node { id history { action reason decidedAt } } } } }`;
    // Dismissed and shown: out of the queue; report it again to read the history there.
    const [second] = await createUsers(api, 1, { verified: true });
    await report(second.token, id);
    const node = (await api.gql.as(staff.token).ok(HISTORY)).moderationQueue.edges
      .map((e: { node: { id: string } }) => e.node)
      .find((n: { id: string }) => n.id === item.id);
    expect(
      node.history.map(({ action, reason }: { action: string; reason: string | null }) => ({ action, reason })),
    ).toEqual([
      { action: 'DISMISS', reason: null },
      { action: 'RESTORE', reason: 'Vérifié : les faits sont publics.' },
      { action: 'HIDE', reason: 'Propos diffamatoires envers un voisin.' },
      { action: 'AUTO_HIDE', reason: null },
    ]);

    const entries: { action: string; payload: string }[] = await api.db.query(
      `SELECT action, payload FROM audit_entries WHERE subject_id = $1 AND action <> 'moderation.auto-hide' ORDER BY sequence`,
      [item.id],
    );
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(entries.map((e) => [e.action, JSON.parse(e.payload).reasonSha256])).toEqual([
      ['moderation.hide', sha256('Propos diffamatoires envers un voisin.')],
      ['moderation.restore', sha256('Vérifié : les faits sont publics.')],
      ['moderation.dismiss', null],
    ]);
    expect(JSON.stringify(entries)).not.toContain('diffamatoires');
  });

  it('never blocks a staff author from the queue, and pages through it most reported first', async () => {
    const c = await createConsultation(api, staff.token, { hideThreshold: 10 });
    const [byStaff, quiet, loud] = await insertProposals(api, c.id, [staff.id, author.id, author.id], 3);
    const reporters = await createUsers(api, 3, { verified: true });
    for (const [target, n] of [
      [byStaff, 1],
      [quiet, 2],
      [loud, 3],
    ] as const) {
      for (const r of reporters.slice(0, n)) {
        await api.gql
          .as(r.token)
          .ok(REPORT, { input: { targetType: 'PROPOSAL', targetId: target, reason: 'OFF_TOPIC' } });
      }
    }
    const staffItem = (await queueOf(api, staff.token)).find((m) => m.targetId === byStaff)!;
    expect(
      await api.gql
        .as(staff.token)
        .errorCode(`mutation($id: ID!) { blockAuthor(moderationId: $id) }`, { id: staffItem.id }),
    ).toBe('FORBIDDEN');
    expect((await api.gql.as(staff.token).ok(`{ me { id } }`)).me.id).toBe(staff.id);

    const PAGE = `query($after: String) { moderationQueue(first: 1, after: $after, hidden: false) { totalCount pageInfo { hasNextPage endCursor } edges { node { targetId reportCount } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await api.gql.as(staff.token).ok(PAGE, { after })).moderationQueue;
      seen.push(...page.edges.map((e: { node: { targetId: string } }) => e.node.targetId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ours = seen.filter((id) => [byStaff, quiet, loud].includes(id));
    expect(ours).toEqual([loud, quiet, byStaff]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(await api.gql.as(staff.token).errorCode(PAGE, { after: 'bm90LWEtY3Vyc29y' })).toBe('VALIDATION_FAILED');
  });

  it('threads comments one level deep and hides a comment at the third report', async () => {
    const c = await createConsultation(api, staff.token);
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
    const COMMENTS = `query($id: ID!) { comments(proposalId: $id) { totalCount edges { node { id author { displayName } replies { id parentId } } } } }`;
    const top = (await api.gql.as(author.token).ok(ADD, { input: { proposalId, body: 'Bonne idée' } })).addComment.id;
    const reply = (await api.gql.as(staff.token).ok(ADD, { input: { proposalId, parentId: top, body: 'Merci' } }))
      .addComment.id;
    const deeper = await api.gql
      .as(author.token)
      .request(ADD, { input: { proposalId, parentId: reply, body: 'Trop profond' } });
    expect(deeper.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const listed = (await api.gql.ok(COMMENTS, { id: proposalId })).comments;
    expect(listed).toEqual({
      totalCount: 1,
      edges: [{ node: { id: top, author: { displayName: 'Test User' }, replies: [{ id: reply, parentId: top }] } }],
    });

    for (const r of await createUsers(api, 3, { verified: true })) {
      await api.gql.as(r.token).ok(REPORT, { input: { targetType: 'COMMENT', targetId: reply, reason: 'OFFENSIVE' } });
    }
    expect((await api.gql.ok(COMMENTS, { id: proposalId })).comments.edges[0].node.replies).toEqual([]);
  });

  it('pages through top-level comments oldest first, with stable cursors', async () => {
    const c = await createConsultation(api, staff.token);
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await api.gql.as(author.token).ok(ADD, { input: { proposalId, body: `Avis ${i}` } })).addComment.id);
    }
    const PAGE = `query($id: ID!, $after: String) { comments(proposalId: $id, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id body } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await api.gql.ok(PAGE, { id: proposalId, after })).comments;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
    expect(await api.gql.errorCode(PAGE, { id: proposalId, after: 'e30' })).toBe('VALIDATION_FAILED');
  });
});
