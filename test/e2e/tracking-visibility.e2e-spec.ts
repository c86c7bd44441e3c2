import { Role } from '@quorum/access';
import { publishedResultExportJobId } from '@quorum/budgets';
import { OpenDataExporter } from '@quorum/open-data';
import { QueueName } from '@quorum/queue';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKFILL_TRACKED_ITEM_PLACES } from '../../libs/database/src/migrations/1796531084002-tracked-item-location.migration';
import { ADD_PROJECT, CAST, CLOSE, createBudget, PUBLISH, waitForBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { jobCompleted } from '../utils/job-completed';
import { seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { deliberationInput, LINK_DELIBERATION, TRACKED_ITEM, UPDATE_TRACKED_ITEM } from '../utils/tracking.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { waitFor } from '../utils/wait-for';

const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;
const LIST = `query { trackedItems(first: 100) { edges { node { id proposalId latitude longitude } } } }`;

const FOUNTAIN = { latitude: 43.5925, longitude: 1.4505 };
const BENCH = { latitude: 43.6045, longitude: 1.4442 };

/**
 * What of a tracked item is public (libs/tracking/src/repositories/tracked-item-visibility.ts):
 * a winning project stays public whatever becomes of the proposal it came
 * from, but that proposal, once hidden or withdrawn, is no longer published
 * through it (neither its id nor the place copied from it), in GraphQL, on
 * /suivi-des-projets and in open data alike; a place staff set stays.
 */
describe('tracking: a hidden or withdrawn proposal does not show through its winning project', () => {
  let api: TestApi;
  let worker: TestWorker;
  let staff: TestUser;
  let dir: string;
  /** The winners' items, each with both origins, and their proposals (placed). */
  const fountain = { proposalId: '', itemId: '' };
  const bench = { proposalId: '', itemId: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'quorum-tracking-visibility-'));
    api = await startTestApi({ OPEN_DATA_DIR: dir });
    worker = await startTestWorker(api.config);
    await seedCommune(api);
    staff = await createUser(api, { role: Role.STAFF });
    const author = await createUser(api);
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const titles = ['Fontaine à eau', 'Banc public'];
    [fountain.proposalId, bench.proposalId] = await insertProposals(api, consultation.id, [author.id], 2, {
      title: (i) => titles[i],
    });
    for (const [{ proposalId }, place] of [
      [fountain, FOUNTAIN],
      [bench, BENCH],
    ] as const) {
      await api.db.query(`UPDATE proposals SET latitude = $2, longitude = $3 WHERE id = $1`, [
        proposalId,
        place.latitude,
        place.longitude,
      ]);
      await api.gql
        .as(staff.token)
        .ok(ANSWER, { input: { proposalId, status: 'ACCEPTED', answer: 'Accepté.', publish: true } });
    }
    // Both become projects of a budget, win, and the result is published.
    const staffGql = api.gql.as(staff.token);
    const { budgetId } = await createBudget(api, staff.token, { costs: [], open: false });
    const projectIds: string[] = [];
    for (const [i, { proposalId }] of [fountain, bench].entries()) {
      const { addBudgetProject } = await staffGql.ok(ADD_PROJECT, {
        input: { budgetId, title: titles[i], cost: 300, proposalId },
      });
      projectIds.push(addBudgetProject.id);
    }
    await staffGql.ok(`mutation($id: ID!) { openVoting(budgetId: $id) { id } }`, { id: budgetId });
    for (let i = 0; i < 2; i++) {
      const voter = await createUser(api, { verified: true });
      await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds } });
    }
    await staffGql.ok(CLOSE, { id: budgetId });
    await waitForBudget(api, staff.token, budgetId, (b) => b.status === 'TALLIED', 'tally');
    await staffGql.ok(PUBLISH, { id: budgetId });
    for (const winner of [fountain, bench])
      winner.itemId = await waitFor(
        async () =>
          (
            await api.db.query(
              `SELECT id FROM tracked_items WHERE proposal_id = $1 AND budget_project_id IS NOT NULL`,
              [winner.proposalId],
            )
          )[0]?.id as string | undefined,
        30_000,
        'the winner tracked with its proposal',
      );
    await staffGql.ok(LINK_DELIBERATION, { input: deliberationInput(fountain.itemId, 'DEL-FONTAINE') });
    // Publishing also enqueued a full open-data export on the worker: done before the tests export themselves, or
    // a version of tracked-items.csv it read before a test hid a proposal could be published after that test's.
    await jobCompleted(api, QueueName.OPEN_DATA, publishedResultExportJobId(budgetId));
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const publicItem = async (id: string) => (await api.gql.ok(TRACKED_ITEM, { id })).trackedItem;
  const listed = async (id: string) =>
    (await api.gql.ok(LIST)).trackedItems.edges.map((e: any) => e.node).find((n: any) => n.id === id);
  /** The item's card on /suivi-des-projets: listed, with its place for the map when it has one. */
  const card = async (id: string): Promise<string | undefined> => {
    const html = await (await fetch(`${api.url}/suivi-des-projets`)).text();
    return html.match(new RegExp(`<li[^>]*>(?:(?!</li>).)*href="/suivi-des-projets/${id}"`, 's'))?.[0];
  };
  /** The open datasets about tracked items, exported now, as anyone downloads them. */
  const openData = async () => {
    for (const dataset of ['tracked-items', 'tracked-item-deliberations'])
      await api.app.get(OpenDataExporter).run({ dataset }, 'test');
    const download = async (name: string) => (await fetch(`${api.url}/open-data/files/${name}`)).text();
    return {
      items: parse(await download('tracked-items.csv'), { columns: true }) as Record<string, string>[],
      features: JSON.parse(await download('tracked-items.geojson')).features as { id: string; geometry: unknown }[],
      deliberations: parse(await download('tracked-item-deliberations.csv'), { columns: true }) as Record<
        string,
        string
      >[],
    };
  };
  const hide = (proposalId: string, hidden: boolean) =>
    api.db.query(`UPDATE proposals SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [proposalId]);

  it('publishes the place copied from the proposal while the proposal is public, and again once restored', async () => {
    const shown = { proposalId: fountain.proposalId, ...FOUNTAIN };
    expect(await publicItem(fountain.itemId)).toMatchObject(shown);
    expect(await listed(fountain.itemId)).toMatchObject(shown);
    expect(await card(fountain.itemId)).toContain(`data-latitude="${FOUNTAIN.latitude}"`);
    let data = await openData();
    expect(data.items.find((r) => r.id === fountain.itemId)).toMatchObject({
      proposal_id: fountain.proposalId,
      latitude: String(FOUNTAIN.latitude),
      longitude: String(FOUNTAIN.longitude),
    });
    expect(data.features.map((f) => f.id)).toContain(fountain.itemId);

    // Hidden by moderation: the winner stays, with its news and deliberation, but not the proposal's id or place.
    await hide(fountain.proposalId, true);
    const withheld = { proposalId: null, latitude: null, longitude: null };
    expect(await publicItem(fountain.itemId)).toMatchObject({ ...withheld, title: 'Fontaine à eau' });
    expect(await listed(fountain.itemId)).toMatchObject(withheld);
    const hiddenCard = await card(fountain.itemId);
    expect(hiddenCard).toBeDefined();
    expect(hiddenCard).not.toContain('data-latitude');
    data = await openData();
    expect(data.items.find((r) => r.id === fountain.itemId)).toMatchObject({
      proposal_id: '',
      latitude: '',
      longitude: '',
    });
    expect(data.features.map((f) => f.id)).not.toContain(fountain.itemId);
    expect(data.deliberations.map((d) => d.tracked_item_id)).toContain(fountain.itemId);
    // Nothing of it anywhere in the files.
    const files = await Promise.all(
      ['tracked-items.csv', 'tracked-items.json', 'tracked-items.geojson'].map(async (name) =>
        (await fetch(`${api.url}/open-data/files/${name}`)).text(),
      ),
    );
    for (const text of files) {
      expect(text).not.toContain(fountain.proposalId);
      expect(text).not.toContain(String(FOUNTAIN.latitude));
    }
    // Nor in the public audit log, which keeps what it records: the item's creation says the place was copied, not where.
    const [created] = await api.db.query(
      `SELECT payload FROM audit_entries WHERE subject_id = $1 AND action = 'tracking.item.create'`,
      [fountain.itemId],
    );
    expect(JSON.parse(created.payload)).toMatchObject({ proposalId: fountain.proposalId, placeFromProposal: true });
    expect(created.payload).not.toContain(String(FOUNTAIN.latitude));
    // Staff, who read hidden proposals, read the item as stored, to change it.
    expect((await api.gql.as(staff.token).ok(TRACKED_ITEM, { id: fountain.itemId })).trackedItem).toMatchObject(shown);
    // A resident following it is answered with the public item.
    const resident = await createUser(api);
    const { followTrackedItem } = await api.gql
      .as(resident.token)
      .ok(
        `mutation($input: FollowTrackedItemInput!) { followTrackedItem(input: $input) { id proposalId latitude longitude } }`,
        { input: { trackedItemId: fountain.itemId } },
      );
    expect(followTrackedItem).toEqual({ id: fountain.itemId, ...withheld });

    // Restored: its place is back.
    await hide(fountain.proposalId, false);
    expect(await publicItem(fountain.itemId)).toMatchObject(shown);
    expect(await card(fountain.itemId)).toContain(`data-latitude="${FOUNTAIN.latitude}"`);
    data = await openData();
    expect(data.items.find((r) => r.id === fountain.itemId)).toMatchObject({
      proposal_id: fountain.proposalId,
      latitude: String(FOUNTAIN.latitude),
    });
  }, 90_000);

  it('keeps a place staff set (theirs) when the proposal is hidden, not one they only sent again', async () => {
    const staffGql = api.gql.as(staff.token);
    // The same place sent again (a form sends every field) leaves it the proposal's.
    await staffGql.ok(UPDATE_TRACKED_ITEM, { input: { trackedItemId: bench.itemId, ...BENCH, status: 'IN_STUDY' } });
    await hide(bench.proposalId, true);
    expect(await publicItem(bench.itemId)).toMatchObject({ latitude: null, longitude: null });
    await hide(bench.proposalId, false);

    const moved = { latitude: 43.6051, longitude: 1.4449 };
    await staffGql.ok(UPDATE_TRACKED_ITEM, { input: { trackedItemId: bench.itemId, ...moved } });
    await hide(bench.proposalId, true);
    try {
      expect(await publicItem(bench.itemId)).toMatchObject({ proposalId: null, ...moved });
      expect(await card(bench.itemId)).toContain(`data-latitude="${moved.latitude}"`);
      const { items, features } = await openData();
      expect(items.find((r) => r.id === bench.itemId)).toMatchObject({
        proposal_id: '',
        latitude: String(moved.latitude),
        longitude: String(moved.longitude),
      });
      expect(features.map((f) => f.id)).toContain(bench.itemId);
    } finally {
      await hide(bench.proposalId, false);
    }
  }, 60_000);

  it('treats a withdrawn proposal as no longer public: its winner stays without it, its own item goes', async () => {
    await api.db.query(`UPDATE proposals SET state = 'WITHDRAWN' WHERE id = $1`, [fountain.proposalId]);
    const author = await createUser(api);
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const [alone] = await insertProposals(api, consultation.id, [author.id], 1, { title: () => 'Nichoirs' });
    const [{ id: aloneItem }] = await api.db.query(
      `INSERT INTO tracked_items (source_type, proposal_id, year, title) VALUES ('PROPOSAL', $1, 2026, 'Nichoirs')
       RETURNING id`,
      [alone],
    );
    expect(await listed(aloneItem)).toBeDefined();
    // A proposal of a consultation taken offline is not public either (the rule open data always had).
    await api.db.query(`UPDATE consultations SET published_at = NULL WHERE id = $1`, [consultation.id]);
    expect(await listed(aloneItem)).toBeUndefined();
    await api.db.query(`UPDATE consultations SET published_at = now() WHERE id = $1`, [consultation.id]);
    expect(await listed(aloneItem)).toBeDefined();
    await api.db.query(`UPDATE proposals SET state = 'WITHDRAWN' WHERE id = $1`, [alone]);
    try {
      expect(await publicItem(fountain.itemId)).toMatchObject({ proposalId: null, latitude: null, longitude: null });
      expect(await api.gql.errorCode(TRACKED_ITEM, { id: aloneItem })).toBe('NOT_FOUND');
      expect(await listed(aloneItem)).toBeUndefined();
      expect(await card(aloneItem)).toBeUndefined();
      const { items, deliberations } = await openData();
      expect(items.map((r) => r.id)).toContain(fountain.itemId);
      expect(items.map((r) => r.id)).not.toContain(aloneItem);
      expect(items.find((r) => r.id === fountain.itemId)).toMatchObject({ proposal_id: '', latitude: '' });
      expect(deliberations.map((d) => d.tracked_item_id)).toContain(fountain.itemId);
    } finally {
      await api.db.query(`UPDATE proposals SET state = 'PUBLISHED' WHERE id = $1`, [fountain.proposalId]);
    }
  }, 60_000);

  it('the location migration gives items tracked before the place of their public proposal, or their project’s', async () => {
    const author = await createUser(api);
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const [own, viaProject, hidden, placedByStaff] = await insertProposals(api, consultation.id, [author.id], 4);
    await api.db.query(`UPDATE proposals SET latitude = 43.61, longitude = 1.43 WHERE id = ANY($1::uuid[])`, [
      [own, viaProject, hidden, placedByStaff],
    ]);
    await hide(hidden, true);
    const { budgetId } = await createBudget(api, staff.token, { costs: [], open: false });
    const [{ id: projectId }] = await api.db.query(
      `INSERT INTO budget_projects (budget_id, title, cost, proposal_id) VALUES ($1, 'Projet', 300, $2) RETURNING id`,
      [budgetId, viaProject],
    );
    // As tracking left them before the migration: no place.
    const insert = async (columns: string, values: unknown[]): Promise<string> =>
      (
        await api.db.query(
          `INSERT INTO tracked_items (source_type, year, title, ${columns})
           VALUES ('PROPOSAL', 2026, 'Suivi', ${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
          values,
        )
      )[0].id;
    const ownItem = await insert('proposal_id', [own]);
    const projectItem = await insert('budget_project_id', [projectId]);
    const hiddenItem = await insert('proposal_id', [hidden]);
    const staffItem = await insert('proposal_id, latitude, longitude', [placedByStaff, 43.5, 1.5]);

    await api.db.query(BACKFILL_TRACKED_ITEM_PLACES);
    const rows: { id: string; latitude: number | null; longitude: number | null; place_from_proposal: boolean }[] =
      await api.db.query(
        `SELECT id, latitude, longitude, place_from_proposal FROM tracked_items WHERE id = ANY($1::uuid[])`,
        [[ownItem, projectItem, hiddenItem, staffItem]],
      );
    const byId = new Map(rows.map(({ id, ...rest }) => [id, rest]));
    const copied = { latitude: 43.61, longitude: 1.43, place_from_proposal: true };
    expect(byId.get(ownItem)).toEqual(copied);
    expect(byId.get(projectItem)).toEqual(copied);
    expect(byId.get(hiddenItem)).toEqual({ latitude: null, longitude: null, place_from_proposal: false });
    expect(byId.get(staffItem)).toEqual({ latitude: 43.5, longitude: 1.5, place_from_proposal: false });
    // Copied, so published only while the proposal is.
    await hide(own, true);
    expect(await listed(ownItem)).toBeUndefined();
    expect(await publicItem(projectItem)).toMatchObject({ latitude: 43.61 });
    await hide(viaProject, true);
    expect(await publicItem(projectItem)).toMatchObject({ latitude: null, longitude: null });
  }, 60_000);
});
