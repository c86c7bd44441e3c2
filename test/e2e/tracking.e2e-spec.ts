import { Role } from '@quorum/access';
import { JobQueue, QueueName } from '@quorum/queue';
import { DuplicateMergeService, OutcomeTrackingService } from '@quorum/tracking';
import { ADD_PROJECT, CAST, CLOSE, createBudget, PUBLISH, waitForBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import {
  ADD_TRACKED_ITEM_UPDATE,
  deliberationInput,
  FOLLOW,
  insertTrackedItem,
  LINK_DELIBERATION,
  MY_NOTIFICATIONS,
  TRACKED_ITEM,
  TRACKED_ITEMS,
  UPDATE_TRACKED_ITEM,
} from '../utils/tracking.factory';
import { createUser, TestUser } from '../utils/users.factory';
import { waitFor } from '../utils/wait-for';
import { withJobsPaused } from '../utils/paused-queue';

const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;

/** The audit entries about one tracked item, oldest first. */
async function auditOf(
  api: TestApi,
  itemId: string,
): Promise<{ action: string; is_public: boolean; payload: string }[]> {
  return api.db.query(
    `SELECT action, is_public, payload FROM audit_entries WHERE subject_type = 'tracked_item' AND subject_id = $1 ORDER BY sequence`,
    [itemId],
  );
}

describe('tracking funded projects and accepted proposals', () => {
  let api: TestApi;
  let worker: TestWorker;
  let staff: TestUser;
  let districts: { id: string; name: string }[];

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api.config);
    ({ districts } = await seedCommune(api));
    staff = await createUser(api, { role: Role.STAFF });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** A budget of three projects (the third in a district), voted for the first and third, tallied and published. */
  async function publishedBudget(): Promise<{ budgetId: string; projectIds: string[] }> {
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: [400, 900], open: false });
    const { addBudgetProject } = await api.gql.as(staff.token).ok(ADD_PROJECT, {
      input: { budgetId, title: 'Jardin partagé des Minimes', cost: 300, districtId: districts[1].id },
    });
    projectIds.push(addBudgetProject.id);
    await api.gql.as(staff.token).ok(`mutation($id: ID!) { openVoting(budgetId: $id) { id } }`, { id: budgetId });
    for (let i = 0; i < 3; i++) {
      const voter = await createUser(api, { verified: true });
      await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0], projectIds[2]] } });
    }
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    await waitForBudget(api, staff.token, budgetId, (b) => b.status === 'TALLIED', 'tally');
    await api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
    return { budgetId, projectIds };
  }

  async function trackedOf(budgetId: string, count: number) {
    return waitFor(
      async () => {
        const { trackedItems } = await api.gql.ok(TRACKED_ITEMS, { budgetId });
        // The count and the page are two queries run side by side: wait until both see the worker's commit.
        return trackedItems.totalCount === count && trackedItems.edges.length === count ? trackedItems : undefined;
      },
      20_000,
      `${count} tracked winners`,
    );
  }

  it('tracks a published budget’s winners from planned to done, with updates and a deliberation, in public and in the audit log', async () => {
    const { budgetId, projectIds } = await publishedBudget();
    const tracked = await trackedOf(budgetId, 2);
    const winners = tracked.edges.map((e: any) => e.node.budgetProjectId).sort();
    expect(winners).toEqual([projectIds[0], projectIds[2]].sort());
    expect(tracked.edges.every((e: any) => e.node.status === 'PLANNED' && e.node.progressPercent === 0)).toBe(true);
    const garden = tracked.edges.find((e: any) => e.node.budgetProjectId === projectIds[2]).node;
    expect(garden.title).toBe('Jardin partagé des Minimes');

    const staffGql = api.gql.as(staff.token);
    await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: {
        trackedItemId: garden.id,
        status: 'IN_STUDY',
        progressPercent: 10,
        plannedStartOn: '2026-04-01',
        plannedEndOn: '2026-09-30',
        department: 'Direction des jardins',
        committedCents: 30_000_00,
      },
    });
    await staffGql.ok(LINK_DELIBERATION, { input: deliberationInput(garden.id, 'DEL-2026-042') });
    await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: garden.id, status: 'IN_WORKS', progressPercent: 50, actualStartOn: '2026-04-06' },
    });
    await staffGql.ok(ADD_TRACKED_ITEM_UPDATE, {
      input: { trackedItemId: garden.id, body: 'Les premiers bacs sont installés.', occurredOn: '2026-05-02' },
    });
    const { updateTrackedItem: done } = await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: garden.id, status: 'DONE', actualEndOn: '2026-09-15', spentCents: 28_750_00 },
    });
    // DONE means 100 %, set when left out.
    expect(done).toMatchObject({ status: 'DONE', progressPercent: 100 });
    await staffGql.ok(ADD_TRACKED_ITEM_UPDATE, {
      input: { trackedItemId: garden.id, body: 'Le jardin est ouvert au public.', occurredOn: '2026-09-20' },
    });

    // Anyone reads it, with its history.
    const { trackedItem } = await api.gql.ok(TRACKED_ITEM, { id: garden.id });
    expect(trackedItem).toMatchObject({
      sourceType: 'BUDGET_PROJECT',
      budgetId,
      districtId: districts[1].id,
      status: 'DONE',
      progressPercent: 100,
      plannedStartOn: '2026-04-01',
      plannedEndOn: '2026-09-30',
      actualStartOn: '2026-04-06',
      actualEndOn: '2026-09-15',
      committedCents: 30_000_00,
      spentCents: 28_750_00,
      department: 'Direction des jardins',
      abandonReason: null,
      followedByMe: false,
    });
    expect(trackedItem.updates.map((u: any) => [u.occurredOn, u.status, u.progressPercent])).toEqual([
      ['2026-05-02', 'IN_WORKS', 50],
      ['2026-09-20', 'DONE', 100],
    ]);
    expect(trackedItem.deliberations).toEqual([
      expect.objectContaining({ delibId: 'DEL-2026-042', delibDate: '2026-03-12', matiereCode: '7.1', votePour: 45 }),
    ]);

    // The filters.
    const byStatus = async (statuses: string[]) =>
      (await api.gql.ok(TRACKED_ITEMS, { budgetId, statuses })).trackedItems.edges.map((e: any) => e.node.id);
    expect(await byStatus(['DONE'])).toEqual([garden.id]);
    expect(await byStatus(['PLANNED'])).toHaveLength(1);
    expect(await byStatus(['IN_WORKS', 'ABANDONED'])).toEqual([]);
    const inDistrict = await api.gql.ok(TRACKED_ITEMS, { budgetId, districtId: districts[1].id });
    expect(inDistrict.trackedItems.edges.map((e: any) => e.node.id)).toEqual([garden.id]);
    const year = new Date().getUTCFullYear();
    expect((await api.gql.ok(TRACKED_ITEMS, { budgetId, year })).trackedItems.totalCount).toBe(2);
    expect((await api.gql.ok(TRACKED_ITEMS, { budgetId, year: year - 1 })).trackedItems.totalCount).toBe(0);

    // Every change is a public audit entry, the creation by the system.
    const entries = await auditOf(api, garden.id);
    expect(entries.map((e) => e.action)).toEqual([
      'tracking.item.create',
      'tracking.item.update',
      'tracking.item.deliberation',
      'tracking.item.update',
      'tracking.item.news',
      'tracking.item.update',
      'tracking.item.news',
    ]);
    expect(entries.every((e) => e.is_public)).toBe(true);
    expect(JSON.parse(entries[5].payload)).toMatchObject({
      status: 'DONE',
      progressPercent: 100,
      spentCents: 28_750_00,
    });
  }, 90_000);

  it('tracks each winner once however often the job runs', async () => {
    const { budgetId } = await publishedBudget();
    await trackedOf(budgetId, 2);
    expect(await api.app.get(OutcomeTrackingService).trackBudgetWinners(budgetId)).toBe(0);
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM tracked_items WHERE budget_id = $1`, [
      budgetId,
    ]);
    expect(count).toBe(2);
  }, 90_000);

  it('tracks a proposal once its ACCEPTED answer is published, not a saved or rejected one', async () => {
    const author = await createUser(api);
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const [accepted, saved, rejected] = await insertProposals(api, consultation.id, [author.id], 3);
    await api.db.query(`UPDATE proposals SET latitude = 43.6045, longitude = 1.4442 WHERE id = $1`, [accepted]);
    const answer = (proposalId: string, status: string, publish = true) =>
      api.gql.as(staff.token).ok(ANSWER, { input: { proposalId, status, answer: 'Réponse de la mairie.', publish } });
    await answer(saved, 'ACCEPTED', false);
    await answer(rejected, 'REJECTED');
    await answer(accepted, 'ACCEPTED');
    const item = await waitFor(
      async () => {
        const [row] = await api.db.query(
          `SELECT id, source_type, title, latitude, longitude FROM tracked_items WHERE proposal_id = $1`,
          [accepted],
        );
        return row;
      },
      20_000,
      'the accepted proposal tracked',
    );
    // Placed where the proposal is.
    expect(item).toMatchObject({ source_type: 'PROPOSAL', latitude: 43.6045, longitude: 1.4442 });
    // The worker has run the accepted one's job; the others had none.
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM tracked_items WHERE proposal_id = ANY($1::uuid[])`,
      [[saved, rejected]],
    );
    expect(count).toBe(0);
    expect(await api.app.get(OutcomeTrackingService).trackAcceptedProposal(saved)).toBe(0);
    // Accepted, then withdrawn by its author before the job ran: nothing to follow.
    const [withdrawn] = await insertProposals(api, consultation.id, [author.id], 1);
    await withJobsPaused(api, QueueName.TRACKING, async () => {
      await answer(withdrawn, 'ACCEPTED');
      await api.gql.as(author.token).ok(WITHDRAW, { input: { proposalId: withdrawn, reason: 'Déjà fait ailleurs.' } });
    });
    expect(await api.app.get(OutcomeTrackingService).trackAcceptedProposal(withdrawn)).toBe(0);

    // Once the proposal is hidden by moderation, its item is no longer public either; staff still reach it.
    expect((await api.gql.ok(TRACKED_ITEM, { id: item.id })).trackedItem.title).toBe(item.title);
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [accepted]);
    expect(await api.gql.errorCode(TRACKED_ITEM, { id: item.id })).toBe('NOT_FOUND');
    const { trackedItems } = await api.gql.ok(TRACKED_ITEMS, { first: 100 });
    expect(trackedItems.edges.map((e: any) => e.node.id)).not.toContain(item.id);
    const { updateTrackedItem } = await api.gql
      .as(staff.token)
      .ok(UPDATE_TRACKED_ITEM, { input: { trackedItemId: item.id, status: 'IN_STUDY' } });
    expect(updateTrackedItem.status).toBe('IN_STUDY');
  }, 60_000);

  it('lets only staff change items; a refused change stores nothing', async () => {
    const itemId = await insertTrackedItem(api);
    const resident = await createUser(api, { verified: true });
    const change = { input: { trackedItemId: itemId, status: 'DONE' } };
    expect(await api.gql.errorCode(UPDATE_TRACKED_ITEM, change)).toBe('UNAUTHENTICATED');
    expect(await api.gql.as(resident.token).errorCode(UPDATE_TRACKED_ITEM, change)).toBe('FORBIDDEN');
    const news = { input: { trackedItemId: itemId, body: 'Une fausse nouvelle.', occurredOn: '2026-01-01' } };
    expect(await api.gql.as(resident.token).errorCode(ADD_TRACKED_ITEM_UPDATE, news)).toBe('FORBIDDEN');
    expect(
      await api.gql.as(resident.token).errorCode(LINK_DELIBERATION, { input: deliberationInput(itemId, 'X-1') }),
    ).toBe('FORBIDDEN');

    const staffGql = api.gql.as(staff.token);
    const refuse = (input: Record<string, unknown>) =>
      staffGql.errorCode(UPDATE_TRACKED_ITEM, { input: { trackedItemId: itemId, ...input } });
    expect(await refuse({ status: 'ABANDONED' })).toBe('ABANDON_REASON_REQUIRED');
    expect(await refuse({ status: 'IN_WORKS', abandonReason: 'Le terrain a été vendu.' })).toBe(
      'ABANDON_REASON_REQUIRED',
    );
    // Measured once trimmed, as the back office trims it: ten characters of which three are letters are too few.
    expect(await refuse({ status: 'ABANDONED', abandonReason: '   abc    ' })).toBe('VALIDATION_FAILED');
    expect(await refuse({ status: 'DONE', progressPercent: 80 })).toBe('INCONSISTENT_PROGRESS');
    expect(await refuse({ plannedStartOn: '2026-05-01', plannedEndOn: '2026-04-01' })).toBe('INCONSISTENT_DATES');
    expect(await refuse({ progressPercent: 101 })).toBe('VALIDATION_FAILED');
    expect(await refuse({ committedCents: -1 })).toBe('VALIDATION_FAILED');
    expect(await refuse({ committedCents: 10.5 })).toBe('VALIDATION_FAILED');
    expect(await refuse({ plannedStartOn: '2026-02-30' })).toBe('VALIDATION_FAILED');
    expect(await refuse({ latitude: 43.6 })).toBe('INCOMPLETE_LOCATION');
    expect(await refuse({ latitude: 91, longitude: 1.44 })).toBe('VALIDATION_FAILED');
    expect(
      await staffGql.errorCode(UPDATE_TRACKED_ITEM, {
        input: { trackedItemId: '00000000-0000-4000-8000-000000000000', status: 'IN_STUDY' },
      }),
    ).toBe('NOT_FOUND');

    const { trackedItem } = await api.gql.ok(TRACKED_ITEM, { id: itemId });
    expect(trackedItem).toMatchObject({
      status: 'PLANNED',
      progressPercent: 0,
      plannedStartOn: null,
      latitude: null,
      updates: [],
    });
    expect(await auditOf(api, itemId)).toEqual([]);

    // Abandoning states why, in public; taking it up again drops the reason.
    const { updateTrackedItem: abandoned } = await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: itemId, status: 'ABANDONED', abandonReason: '  Le terrain a été vendu par l’État.\n' },
    });
    expect(abandoned).toMatchObject({ status: 'ABANDONED', abandonReason: 'Le terrain a été vendu par l’État.' });
    const { updateTrackedItem: resumed } = await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: itemId, status: 'IN_STUDY' },
    });
    expect(resumed).toMatchObject({ status: 'IN_STUDY', abandonReason: null });

    // The same deliberation twice is refused with its code.
    await staffGql.ok(LINK_DELIBERATION, { input: deliberationInput(itemId, 'DEL-7') });
    expect(await staffGql.errorCode(LINK_DELIBERATION, { input: deliberationInput(itemId, 'DEL-7') })).toBe(
      'DELIBERATION_ALREADY_LINKED',
    );
    expect(
      await staffGql.errorCode(LINK_DELIBERATION, {
        input: { ...deliberationInput(itemId, 'DEL-8'), url: 'javascript:alert(1)' },
      }),
    ).toBe('VALIDATION_FAILED');
    expect((await auditOf(api, itemId)).map((e) => e.action)).toEqual([
      'tracking.item.update',
      'tracking.item.update',
      'tracking.item.deliberation',
    ]);

    // Staff place an item (a proposal without a place, a project), move it and clear the place, in public.
    const place = async (input: Record<string, unknown>) =>
      (
        await staffGql.ok(
          `mutation($input: UpdateTrackedItemInput!) { updateTrackedItem(input: $input) { latitude longitude } }`,
          {
            input: { trackedItemId: itemId, ...input },
          },
        )
      ).updateTrackedItem;
    expect(await place({ latitude: 43.5985, longitude: 1.4375 })).toEqual({ latitude: 43.5985, longitude: 1.4375 });
    expect(await place({ longitude: 1.44 })).toEqual({ latitude: 43.5985, longitude: 1.44 });
    expect(await place({ latitude: null, longitude: null })).toEqual({ latitude: null, longitude: null });
    const placing = (await auditOf(api, itemId)).slice(-3);
    expect(placing.map((e) => JSON.parse(e.payload))).toEqual([
      { latitude: 43.5985, longitude: 1.4375 },
      { longitude: 1.44 },
      { latitude: null, longitude: null },
    ]);
  });

  it('stores a news text without the spaces around it, and measures its length without them', async () => {
    const itemId = await insertTrackedItem(api);
    const staffGql = api.gql.as(staff.token);
    const news = (body: string) => ({ input: { trackedItemId: itemId, body, occurredOn: '2026-06-01' } });

    // Ten characters as sent, three once trimmed: too short, as the website says.
    const refused = await staffGql.request(ADD_TRACKED_ITEM_UPDATE, news('   abc    '));
    expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.body', messages: [expect.stringContaining('10')] },
    ]);

    await staffGql.ok(ADD_TRACKED_ITEM_UPDATE, news('  \n Les travaux ont commencé.\n  '));
    const { trackedItem } = await api.gql.ok(TRACKED_ITEM, { id: itemId });
    expect(trackedItem.updates.map((u: { body: string }) => u.body)).toEqual(['Les travaux ont commencé.']);
  });

  it('tells followers, in their account, of the updates written since they followed', async () => {
    const itemId = await insertTrackedItem(api, { title: 'Éclairage du square Du Guesclin' });
    const staffGql = api.gql.as(staff.token);
    const news = (body: string) =>
      staffGql.ok(ADD_TRACKED_ITEM_UPDATE, { input: { trackedItemId: itemId, body, occurredOn: '2026-06-01' } });
    await news('Étude lancée avant le suivi.');
    const follower = await createUser(api);
    const other = await createUser(api);
    expect(await api.gql.errorCode(FOLLOW, { input: { trackedItemId: itemId } })).toBe('UNAUTHENTICATED');
    const { followTrackedItem } = await api.gql.as(follower.token).ok(FOLLOW, { input: { trackedItemId: itemId } });
    expect(followTrackedItem.followedByMe).toBe(true);
    await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: itemId, status: 'IN_WORKS' },
    });
    const { addTrackedItemUpdate } = await news('Les lampadaires sont posés.');

    const { myTrackingNotifications } = await api.gql.as(follower.token).ok(MY_NOTIFICATIONS);
    expect(myTrackingNotifications).toEqual([
      {
        itemTitle: 'Éclairage du square Du Guesclin',
        update: { id: addTrackedItemUpdate.id, body: 'Les lampadaires sont posés.', trackedItemId: itemId },
      },
    ]);
    expect((await api.gql.as(other.token).ok(MY_NOTIFICATIONS)).myTrackingNotifications).toEqual([]);

    // Unfollowing stops them.
    const { followTrackedItem: unfollowed } = await api.gql
      .as(follower.token)
      .ok(FOLLOW, { input: { trackedItemId: itemId, follow: false } });
    expect(unfollowed.followedByMe).toBe(false);
    expect((await api.gql.as(follower.token).ok(MY_NOTIFICATIONS)).myTrackingNotifications).toEqual([]);
    // Following is private: no audit entry.
    expect((await auditOf(api, itemId)).map((e) => e.action)).toEqual([
      'tracking.item.news',
      'tracking.item.update',
      'tracking.item.news',
    ]);
  });

  it('makes one item of a winning project that came from an accepted proposal, linking both origins, whichever job runs first', async () => {
    const author = await createUser(api);
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const [proposalId] = await insertProposals(api, consultation.id, [author.id], 1, { title: () => 'Fontaine à eau' });
    await api.db.query(`UPDATE proposals SET latitude = 43.5925, longitude = 1.4505 WHERE id = $1`, [proposalId]);
    await api.gql
      .as(staff.token)
      .ok(ANSWER, { input: { proposalId, status: 'ACCEPTED', answer: 'Une fontaine sera posée.', publish: true } });
    const itemsOf = (id: string): Promise<{ id: string; source_type: string; budget_project_id: string | null }[]> =>
      api.db.query(
        `SELECT id, source_type, budget_project_id FROM tracked_items WHERE proposal_id = $1 OR budget_project_id IN (
           SELECT id FROM budget_projects WHERE proposal_id = $1)`,
        [id],
      );
    const [proposalItem] = await waitFor(
      async () => ((await itemsOf(proposalId)).length === 1 ? itemsOf(proposalId) : undefined),
      20_000,
      'the accepted proposal tracked',
    );
    expect(proposalItem).toMatchObject({ source_type: 'PROPOSAL', budget_project_id: null });

    // The proposal becomes a project of a budget, wins, and the result is published.
    const staffGql = api.gql.as(staff.token);
    const { budgetId, projectIds } = await createBudget(api, staff.token, { costs: [400], open: false });
    const { addBudgetProject } = await staffGql.ok(ADD_PROJECT, {
      input: { budgetId, title: 'Fontaine à eau', cost: 300, proposalId },
    });
    await staffGql.ok(`mutation($id: ID!) { openVoting(budgetId: $id) { id } }`, { id: budgetId });
    for (let i = 0; i < 2; i++) {
      const voter = await createUser(api, { verified: true });
      await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0], addBudgetProject.id] } });
    }
    await staffGql.ok(CLOSE, { id: budgetId });
    await waitForBudget(api, staff.token, budgetId, (b) => b.status === 'TALLIED', 'tally');
    await staffGql.ok(PUBLISH, { id: budgetId });
    const tracked = await trackedOf(budgetId, 2);

    // One item for the proposal and its project: the proposal's, with the project and budget as second origin.
    const items = await itemsOf(proposalId);
    expect(items).toEqual([{ id: proposalItem.id, source_type: 'PROPOSAL', budget_project_id: addBudgetProject.id }]);
    expect(tracked.edges.map((e: any) => e.node.id)).toContain(proposalItem.id);
    const { trackedItem } = await api.gql.ok(TRACKED_ITEM, { id: proposalItem.id });
    expect(trackedItem).toMatchObject({ proposalId, budgetProjectId: addBudgetProject.id, budgetId });
    const audit = await auditOf(api, proposalItem.id);
    expect(audit.map((e) => [e.action, e.is_public])).toEqual([
      ['tracking.item.create', true],
      ['tracking.item.link', true],
    ]);
    // Jobs retried add nothing.
    const outcomes = api.app.get(OutcomeTrackingService);
    expect(await outcomes.trackBudgetWinners(budgetId)).toBe(0);
    expect(await outcomes.trackAcceptedProposal(proposalId)).toBe(0);
    expect(await itemsOf(proposalId)).toHaveLength(1);

    // The other order (the proposal's job late): the budget's job makes the item with both origins, and the
    // proposal's then adds nothing.
    await api.db.query(`DELETE FROM tracked_items WHERE id = $1`, [proposalItem.id]);
    expect(await outcomes.trackBudgetWinners(budgetId)).toBe(1);
    expect(await outcomes.trackAcceptedProposal(proposalId)).toBe(0);
    const [both] = await api.db.query(
      `SELECT source_type, proposal_id, budget_project_id, budget_id, latitude, longitude FROM tracked_items
        WHERE proposal_id = $1`,
      [proposalId],
    );
    // The project has no place of its own: its proposal's.
    expect(both).toEqual({
      source_type: 'BUDGET_PROJECT',
      proposal_id: proposalId,
      budget_project_id: addBudgetProject.id,
      budget_id: budgetId,
      latitude: 43.5925,
      longitude: 1.4505,
    });
    expect(await itemsOf(proposalId)).toHaveLength(1);
  }, 90_000);

  it('merges a proposal’s item and its winning project’s item tracked apart before, keeping news, deliberations and followers, audited, once', async () => {
    // Queued when the worker booted, so that a deployment merges what earlier versions tracked twice.
    expect(await api.app.get(JobQueue).queue(QueueName.TRACKING).getJob('tracking-merge-duplicates')).toBeDefined();
    const author = await createUser(api);
    const consultation = await createConsultation(api, staff.token, { open: 'PROPOSALS' });
    const [proposalId] = await insertProposals(api, consultation.id, [author.id], 1, { title: () => 'Banc public' });
    const { budgetId } = await createBudget(api, staff.token, { costs: [], open: false });
    // As an earlier version left them: the proposal's item, then its winning project's, each with one origin.
    const [{ id: projectId }] = await api.db.query(
      `INSERT INTO budget_projects (budget_id, title, cost, proposal_id) VALUES ($1, 'Banc public', 300, $2) RETURNING id`,
      [budgetId, proposalId],
    );
    const [{ id: proposalItem }] = await api.db.query(
      `INSERT INTO tracked_items (source_type, proposal_id, year, title, created_at, updated_at)
       VALUES ('PROPOSAL', $1, 2026, 'Banc public', now() - interval '1 day', now() - interval '1 day') RETURNING id`,
      [proposalId],
    );
    const [{ id: projectItem }] = await api.db.query(
      `INSERT INTO tracked_items (source_type, budget_project_id, budget_id, district_id, year, title)
       VALUES ('BUDGET_PROJECT', $1, $2, $3, 2026, 'Banc public du square') RETURNING id`,
      [projectId, budgetId, districts[2].id],
    );
    const staffGql = api.gql.as(staff.token);
    await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: proposalItem, plannedStartOn: '2026-04-01', plannedEndOn: '2026-06-30' },
    });
    const both = await createUser(api);
    const projectOnly = await createUser(api);
    await api.gql.as(both.token).ok(FOLLOW, { input: { trackedItemId: proposalItem } });
    await api.gql.as(both.token).ok(FOLLOW, { input: { trackedItemId: projectItem } });
    await api.gql.as(projectOnly.token).ok(FOLLOW, { input: { trackedItemId: projectItem } });
    const news = async (trackedItemId: string, body: string, occurredOn: string) =>
      (await staffGql.ok(ADD_TRACKED_ITEM_UPDATE, { input: { trackedItemId, body, occurredOn } })).addTrackedItemUpdate
        .id as string;
    const proposalNews = await news(proposalItem, 'Le banc est commandé.', '2026-04-02');
    const projectNews = await news(projectItem, 'Le banc est posé au square.', '2026-05-10');
    await staffGql.ok(LINK_DELIBERATION, { input: deliberationInput(proposalItem, 'DEL-BANC-1') });
    await staffGql.ok(LINK_DELIBERATION, { input: deliberationInput(projectItem, 'DEL-BANC-1') });
    await staffGql.ok(LINK_DELIBERATION, { input: deliberationInput(projectItem, 'DEL-BANC-2') });
    // Changed last: its status wins.
    await staffGql.ok(UPDATE_TRACKED_ITEM, {
      input: { trackedItemId: projectItem, status: 'IN_WORKS', progressPercent: 70, department: 'Voirie' },
    });

    const merges = api.app.get(DuplicateMergeService);
    expect(await merges.mergeAll()).toBe(1);
    expect(await merges.mergeAll()).toBe(0);

    // The older item stays, with both origins, the state changed last and the schedule only it had.
    expect(await api.gql.errorCode(TRACKED_ITEM, { id: projectItem })).toBe('NOT_FOUND');
    const { trackedItem } = await api.gql.as(projectOnly.token).ok(TRACKED_ITEM, { id: proposalItem });
    expect(trackedItem).toMatchObject({
      sourceType: 'PROPOSAL',
      proposalId,
      budgetProjectId: projectId,
      budgetId,
      districtId: districts[2].id,
      title: 'Banc public du square',
      status: 'IN_WORKS',
      progressPercent: 70,
      department: 'Voirie',
      plannedStartOn: '2026-04-01',
      plannedEndOn: '2026-06-30',
      followedByMe: true,
    });
    expect(trackedItem.updates.map((u: { id: string }) => u.id)).toEqual([proposalNews, projectNews]);
    expect(trackedItem.deliberations.map((d: { delibId: string }) => d.delibId)).toEqual(['DEL-BANC-1', 'DEL-BANC-2']);
    // Followers of either follow it once; the news they were told of is still theirs.
    const followers = await api.db.query(
      `SELECT user_id FROM tracked_item_followers WHERE tracked_item_id = $1 ORDER BY user_id`,
      [proposalItem],
    );
    expect(followers.map((f: { user_id: string }) => f.user_id)).toEqual([both.id, projectOnly.id].sort());
    const told = (await api.gql.as(projectOnly.token).ok(MY_NOTIFICATIONS)).myTrackingNotifications;
    expect(told.map((n: { update: { id: string } }) => n.update.id)).toContain(projectNews);

    // In public: where the removed item went, and what the kept one took.
    const [merged] = (await auditOf(api, projectItem)).slice(-1);
    expect([merged.action, merged.is_public, JSON.parse(merged.payload)]).toEqual([
      'tracking.item.merged',
      true,
      { into: proposalItem },
    ]);
    const [merge] = (await auditOf(api, proposalItem)).slice(-1);
    expect(merge.action).toBe('tracking.item.merge');
    expect(JSON.parse(merge.payload)).toMatchObject({
      mergedItemId: projectItem,
      proposalId,
      budgetProjectId: projectId,
      budgetId,
      updateIds: [projectNews],
      changed: { title: 'Banc public du square', status: 'IN_WORKS', progressPercent: 70, department: 'Voirie' },
    });
    expect(JSON.parse(merge.payload).droppedDeliberationIds).toHaveLength(1);
  }, 60_000);
});
