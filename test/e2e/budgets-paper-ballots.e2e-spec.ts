import { Role } from '@quorum/access';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { AuditChainVerifier, auditEntryHash, canonicalJson } from '@quorum/audit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BudgetBallotsReader } from '@quorum/budgets';
import { CensusHasher } from '@quorum/identity';
import { parsePabulib } from '@quorum/tally';
import { CAST, CLOSE, createBudget, PUBLISH } from '../utils/budgets.factory';
import { createUser, createUsers, insertCensusCodes, startApiWithStaff, TestUser } from '../utils/users.factory';
import { verifyResult } from '../utils/verify-result';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

const BATCH_FIELDS = `id budgetId pollingPlace status accepted refused { index code }
  differences { index first { projectIds points refusalCode } second { projectIds points refusalCode } }`;
const RECORD = `mutation($input: RecordPaperBallotsInput!) { recordPaperBallots(input: $input) { ${BATCH_FIELDS} } }`;
const SECOND_ENTRY = `mutation($input: PaperBallotEntryInput!) { recordPaperBallotsSecondEntry(input: $input) { ${BATCH_FIELDS} } }`;
const RESOLVE = `mutation($input: PaperBallotEntryInput!) { resolvePaperBallotBatch(input: $input) { ${BATCH_FIELDS} } }`;
const BATCH_CONTENT = `query($id: ID!) { paperBallotBatch(id: $id) {
  status sheetCount accepted refusedCount firstEntryByYou sheets { projectIds } refused { index code } } }`;
const BATCHES = `query($id: ID!) { paperBallotBatches(budgetId: $id) { id status accepted } }`;
const MARK = `mutation($input: MarkVotedInPersonInput!) { markVotedInPerson(input: $input) }`;
const TURNOUT = `query($id: ID!) { budget(id: $id) { paperPrecedence turnout { ballots online paper setAside } } }`;
const CREATE_GROUP = `mutation($input: CreateVoteGroupInput!) { createVoteGroup(input: $input) { id } }`;
const PAPER_LOG = `query($id: String!) { auditLog(first: 50, action: "ballot.paper-batch", subjectId: $id) {
  edges { node { sequence occurredAt actorKind actorPseudonym action subjectType subjectId isPublic payload prevHash hash } } } }`;
const RESULT = `query($id: ID!) { budget(id: $id) { status tallyError result { ballotCount winners { id } ballotsDigest } } }`;

/** A resident with a verified account, and the census code on their voter card. */
interface Voter extends TestUser {
  censusCode: string;
}

/** Verified residents whose census codes the test knows, as a polling place reads them. */
async function verifiedVoters(api: TestApi, count: number): Promise<Voter[]> {
  const users = await createUsers(api, count);
  const codes = users.map(() => `V${randomBytes(8).toString('hex').toUpperCase()}`);
  const hashes = await insertCensusCodes(api, codes);
  await api.db.query(
    `INSERT INTO residency_verifications (user_id, census_entry_id, method)
     SELECT u, c.id, 'CENSUS' FROM unnest($1::uuid[], $2::text[]) AS x(u, h) JOIN census_entries c ON c.code_hash = x.h`,
    [users.map((u) => u.id), hashes],
  );
  return users.map((u, i) => ({ ...u, verified: true, censusCode: codes[i] }));
}

/** A person in the census who never made an account. */
async function offlinePerson(api: TestApi): Promise<string> {
  const code = `O${randomBytes(8).toString('hex').toUpperCase()}`;
  await insertCensusCodes(api, [code]);
  return code;
}

describe('participatory budgets: paper ballots, polling-place marks and precedence', () => {
  let api: TestApi;
  let worker: TestWorker;
  let staff: TestUser;
  let otherStaff: TestUser;
  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api.config);
    staff = await createUser(api, { role: Role.STAFF });
    otherStaff = await createUser(api, { role: Role.STAFF });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const paperBudget = (precedence: 'ONLINE_WINS' | 'PAPER_WINS', extra: Record<string, unknown> = {}) =>
    createBudget(api, staff.token, {
      ballotType: 'APPROVAL',
      extra: { paperPrecedence: precedence, maxProjects: 2, ...extra },
    });

  const voters = (count: number) => verifiedVoters(api, count);
  const offline = () => offlinePerson(api);

  const mark = (budgetId: string, censusCode: string, by = staff) =>
    api.gql.as(by.token).request(MARK, { input: { budgetId, censusCode } });
  const cast = (voter: TestUser, budgetId: string, projectIds: string[]) =>
    api.gql.as(voter.token).request(CAST, { input: { budgetId, projectIds } });
  const turnout = async (budgetId: string) => (await api.gql.ok(TURNOUT, { id: budgetId })).budget.turnout;
  const counted = async (budgetId: string) => {
    const [row] = await api.db.query(
      `SELECT count(*) FILTER (WHERE NOT set_aside)::int AS counted, count(*) FILTER (WHERE set_aside)::int AS "setAside"
         FROM ballots WHERE budget_id = $1`,
      [budgetId],
    );
    return row as { counted: number; setAside: number };
  };

  async function closeAndTally(budgetId: string) {
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    return waitFor(
      async () => {
        const { budget } = await api.gql.as(staff.token).ok(RESULT, { id: budgetId });
        if (budget.tallyError) throw new Error(budget.tallyError);
        return budget.status === 'TALLIED' ? budget : undefined;
      },
      20_000,
      'tally',
    );
  }

  it('counts the accepted sheets of a batch, keeps refused ones with their index and code, and audits the batch', async () => {
    const { budgetId, projectIds: p } = await paperBudget('ONLINE_WINS');
    const { recordPaperBallots: batch } = await api.gql.as(staff.token).ok(RECORD, {
      input: {
        budgetId,
        pollingPlace: 'Mairie annexe de Rangueil',
        ballots: [
          { projectIds: [p[0], p[1]] },
          { projectIds: [p[0], p[1], p[2]] },
          { projectIds: [p[3]] },
          { projectIds: [p[2], p[2]] },
          { projectIds: ['not-a-project'] },
        ],
      },
    });
    expect(batch).toMatchObject({ status: 'COUNTED', accepted: 2, pollingPlace: 'Mairie annexe de Rangueil' });
    expect(batch.refused).toEqual([
      { index: 1, code: 'TOO_MANY_PROJECTS' },
      { index: 3, code: 'DUPLICATE_PROJECT' },
      { index: 4, code: 'UNKNOWN_PROJECT' },
    ]);
    expect(await turnout(budgetId)).toEqual({ ballots: 2, online: 0, paper: 2, setAside: 0 });
    const [{ sheets }] = await api.db.query(
      `SELECT count(*)::int AS sheets FROM paper_ballot_sheets WHERE batch_id = $1`,
      [batch.id],
    );
    expect(sheets).toBe(5);
    const [entry] = await api.db.query(
      `SELECT payload, is_public FROM audit_entries WHERE action = 'ballot.paper-batch' AND subject_id = $1`,
      [budgetId],
    );
    expect(entry.is_public).toBe(true);
    expect(JSON.parse(entry.payload)).toEqual({
      batchId: batch.id,
      entry: 'FIRST',
      sheets: 5,
      accepted: 2,
      refused: 3,
      counted: 2,
    });
  });

  it('refuses paper for an online-only budget, a sheet filling the wrong field, and marks by unknown codes, storing nothing', async () => {
    const online = await createBudget(api, staff.token, { ballotType: 'APPROVAL' });
    const staffGql = api.gql.as(staff.token);
    expect(
      await staffGql.errorCode(RECORD, {
        input: {
          budgetId: online.budgetId,
          pollingPlace: 'Bureau 1',
          ballots: [{ projectIds: [online.projectIds[0]] }],
        },
      }),
    ).toBe('PAPER_BALLOTS_NOT_TAKEN');
    expect((await mark(online.budgetId, await offline())).errors?.[0].extensions?.code).toBe('PAPER_BALLOTS_NOT_TAKEN');

    const { budgetId, projectIds: p } = await paperBudget('PAPER_WINS');
    const wrongField = await staffGql.request(RECORD, {
      input: { budgetId, pollingPlace: 'Bureau 1', ballots: [{ projectIds: [p[0]] }, { ranking: [p[1]] }] },
    });
    expect(wrongField.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.ballots.1.ranking' }],
    });
    expect((await mark(budgetId, 'UNKNOWN0042')).errors?.[0].extensions?.code).toBe('CENSUS_CODE_UNKNOWN');
    const [{ batches, marks }] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM paper_ballot_batches WHERE budget_id = $1) AS batches,
              (SELECT count(*)::int FROM budget_in_person_votes WHERE budget_id = $1) AS marks`,
      [budgetId],
    );
    expect({ batches, marks }).toEqual({ batches: 0, marks: 0 });
    expect(await turnout(budgetId)).toEqual({ ballots: 0, online: 0, paper: 0, setAside: 0 });
  });

  it('PAPER_WINS: sets aside the online ballot of a person then marked in person, refuses online votes after a mark, and the tally counts each person once', async () => {
    const { budgetId, projectIds: p } = await paperBudget('PAPER_WINS');
    const [both, onlineOnly, markedFirst] = await voters(3);
    const noAccount = await offline();
    await api.gql.as(both.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    await api.gql.as(onlineOnly.token).ok(CAST, { input: { budgetId, projectIds: [p[1]] } });
    expect(await turnout(budgetId)).toEqual({ ballots: 2, online: 2, paper: 0, setAside: 0 });

    // At the polling place: the person who voted online, then two who did not.
    expect(
      (await api.gql.as(staff.token).ok(MARK, { input: { budgetId, censusCode: both.censusCode } })).markVotedInPerson,
    ).toBe(true);
    expect(
      (await api.gql.as(staff.token).ok(MARK, { input: { budgetId, censusCode: noAccount } })).markVotedInPerson,
    ).toBe(true);
    expect(
      (
        await api.gql
          .as(otherStaff.token)
          .ok(MARK, { input: { budgetId, censusCode: ` ${markedFirst.censusCode.toLowerCase()} ` } })
      ).markVotedInPerson,
    ).toBe(true);
    // Marked once, whichever agent and however typed.
    expect((await mark(budgetId, both.censusCode, otherStaff)).errors?.[0].extensions?.code).toBe(
      'ALREADY_VOTED_IN_PERSON',
    );
    // A paper vote cannot be taken back: online after a mark is refused, and so is a re-vote of the set-aside voter.
    expect((await cast(markedFirst, budgetId, [p[2]])).errors?.[0].extensions?.code).toBe('VOTED_IN_PERSON');
    expect((await cast(both, budgetId, [p[2]])).errors?.[0].extensions?.code).toBe('VOTED_IN_PERSON');
    // Their three sheets, from the ballot box.
    await api.gql.as(staff.token).ok(RECORD, {
      input: {
        budgetId,
        pollingPlace: 'Bureau 12',
        ballots: [{ projectIds: [p[3]] }, { projectIds: [p[3], p[4]] }, { projectIds: [p[4]] }],
      },
    });

    expect(await turnout(budgetId)).toEqual({ ballots: 4, online: 1, paper: 3, setAside: 1 });
    expect(await counted(budgetId)).toEqual({ counted: 4, setAside: 1 });
    const budget = await closeAndTally(budgetId);
    expect(budget.result.ballotCount).toBe(4);
    const [close] = await api.db.query(
      `SELECT payload FROM audit_entries WHERE action = 'budget.close' AND subject_id = $1`,
      [budgetId],
    );
    expect(JSON.parse(close.payload)).toMatchObject({
      casts: 2,
      ballotCount: 4,
      paperBallots: 3,
      onlineSetAside: 1,
      paperSetAside: 0,
    });
  });

  it('ONLINE_WINS: sets aside the paper vote of a person who voted online (answering false), lets them vote online again, and the tally counts each person once', async () => {
    const { budgetId, projectIds: p } = await paperBudget('ONLINE_WINS');
    const [both, paperOnly] = await voters(2);
    await api.gql.as(both.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    expect(
      (await api.gql.as(staff.token).ok(MARK, { input: { budgetId, censusCode: both.censusCode } })).markVotedInPerson,
    ).toBe(false);
    expect(
      (await api.gql.as(staff.token).ok(MARK, { input: { budgetId, censusCode: paperOnly.censusCode } }))
        .markVotedInPerson,
    ).toBe(true);
    expect((await mark(budgetId, both.censusCode)).errors?.[0].extensions?.code).toBe('ALREADY_VOTED_IN_PERSON');
    // The online ballot counts: its voter may still replace it.
    await api.gql.as(both.token).ok(CAST, { input: { budgetId, projectIds: [p[1], p[2]] } });
    expect((await cast(paperOnly, budgetId, [p[2]])).errors?.[0].extensions?.code).toBe('VOTED_IN_PERSON');
    // One sheet in the box: paperOnly's (the other person was handed none).
    await api.gql
      .as(staff.token)
      .ok(RECORD, { input: { budgetId, pollingPlace: 'Bureau 3', ballots: [{ projectIds: [p[3]] }] } });

    expect(await turnout(budgetId)).toEqual({ ballots: 2, online: 1, paper: 1, setAside: 1 });
    expect(await counted(budgetId)).toEqual({ counted: 2, setAside: 0 });
    expect((await closeAndTally(budgetId)).result.ballotCount).toBe(2);
  });

  it('leaves one counted vote per person when marks and casts of that person race, under each rule', async () => {
    for (const precedence of ['ONLINE_WINS', 'PAPER_WINS'] as const) {
      const { budgetId, projectIds: p } = await paperBudget(precedence);
      const people = await voters(4);
      for (const person of people) {
        const attempts = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            i % 2 === 0 ? mark(budgetId, person.censusCode) : cast(person, budgetId, [p[i % 5]]),
          ),
        );
        const marked = attempts.filter((a, i) => i % 2 === 0 && !a.errors);
        expect(marked).toHaveLength(1);
        for (const a of attempts.filter((x) => x.errors))
          expect(['ALREADY_VOTED_IN_PERSON', 'VOTED_IN_PERSON']).toContain(a.errors![0].extensions?.code);
      }
      const [{ marks, online, onlineSetAside, paperSetAside }] = await api.db.query(
        `SELECT (SELECT count(*)::int FROM budget_in_person_votes WHERE budget_id = $1) AS marks,
                (SELECT count(*)::int FROM ballots WHERE budget_id = $1 AND NOT set_aside) AS online,
                (SELECT count(*)::int FROM ballots WHERE budget_id = $1 AND set_aside) AS "onlineSetAside",
                (SELECT count(*)::int FROM budget_in_person_votes WHERE budget_id = $1 AND set_aside) AS "paperSetAside"`,
        [budgetId],
      );
      expect(marks).toBe(4);
      // Each person counts once: a counted mark (paper) or a counted online ballot, never both.
      const paperCounted = marks - paperSetAside;
      expect(paperCounted + online).toBe(4);
      if (precedence === 'PAPER_WINS') expect({ online, paperSetAside }).toEqual({ online: 0, paperSetAside: 0 });
      else expect(onlineSetAside).toBe(0);
      const t = await turnout(budgetId);
      expect(t.setAside).toBe(onlineSetAside + paperSetAside);
    }
  });

  it("refuses a mark the budget's ages or population leave out, as an online ballot is refused, and stores nothing", async () => {
    const { budgetId } = await paperBudget('PAPER_WINS', { minAge: 16, population: 'REGISTERED_VOTERS' });
    const year = new Date().getUTCFullYear();
    const [adult, young, noYear, notVoter] = await Promise.all([offline(), offline(), offline(), offline()]);
    const census = async (censusCode: string, birthYear: number | null, registeredVoter: boolean) =>
      api.db.query(`UPDATE census_entries SET birth_year = $2, registered_voter = $3 WHERE code_hash = $1`, [
        api.app.get(CensusHasher).hash(censusCode),
        birthYear,
        registeredVoter,
      ]);
    await census(adult, year - 16, true);
    await census(young, year - 15, true);
    await census(noYear, null, true);
    await census(notVoter, year - 40, false);
    const refusal = async (censusCode: string) => (await mark(budgetId, censusCode)).errors?.[0].extensions;
    expect(await refusal(young)).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'TOO_YOUNG', minAge: 16 });
    expect(await refusal(noYear)).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'AGE_UNKNOWN' });
    expect(await refusal(notVoter)).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NOT_REGISTERED_VOTER' });
    const [{ marks }] = await api.db.query(
      `SELECT count(*)::int AS marks FROM budget_in_person_votes WHERE budget_id = $1`,
      [budgetId],
    );
    expect(marks).toBe(0);
    expect((await api.gql.as(staff.token).ok(MARK, { input: { budgetId, censusCode: adult } })).markVotedInPerson).toBe(
      true,
    );
  });

  it('holds a vote group\'s rule across channels: one person, one budget of a "one" group, online or marked in person', async () => {
    const { createVoteGroup: group } = await api.gql.as(staff.token).ok(CREATE_GROUP, {
      input: { title: `Ville et quartiers ${randomBytes(4).toString('hex')}`, rule: 'EXACTLY_ONE' },
    });
    const [city, district] = await Promise.all(
      ['Ville', 'Quartier'].map((title) => paperBudget('ONLINE_WINS', { title, voteGroupId: group.id })),
    );
    const [onlineFirst, markedFirst] = await voters(2);
    const later = await offline();
    const limit = (reply: { errors?: { extensions?: Record<string, unknown> }[] }) => reply.errors?.[0].extensions;

    // Online in the city's budget, then at the district's polling place: refused; at the city's, precedence decides.
    await api.gql
      .as(onlineFirst.token)
      .ok(CAST, { input: { budgetId: city.budgetId, projectIds: [city.projectIds[0]] } });
    expect(limit(await mark(district.budgetId, onlineFirst.censusCode))).toMatchObject({
      code: 'VOTE_GROUP_LIMIT_REACHED',
      voteGroupTitle: expect.stringContaining('Ville et quartiers'),
      maxBudgets: 1,
    });
    expect(
      (
        await api.gql
          .as(staff.token)
          .ok(MARK, { input: { budgetId: city.budgetId, censusCode: onlineFirst.censusCode } })
      ).markVotedInPerson,
    ).toBe(false);

    // Marked in the district's budget, then online or marked in the city's: refused.
    await api.gql
      .as(staff.token)
      .ok(MARK, { input: { budgetId: district.budgetId, censusCode: markedFirst.censusCode } });
    expect(limit(await cast(markedFirst, city.budgetId, [city.projectIds[1]]))?.code).toBe('VOTE_GROUP_LIMIT_REACHED');
    expect(limit(await mark(city.budgetId, markedFirst.censusCode))?.code).toBe('VOTE_GROUP_LIMIT_REACHED');

    // Marked without an account; the account verified later with the same census code is the same person.
    await api.gql.as(staff.token).ok(MARK, { input: { budgetId: city.budgetId, censusCode: later } });
    const [account] = await createUsers(api, 1);
    await api.db.query(
      `INSERT INTO residency_verifications (user_id, census_entry_id, method)
       SELECT $1, id, 'CENSUS' FROM census_entries WHERE code_hash = $2`,
      [account.id, api.app.get(CensusHasher).hash(later)],
    );
    expect(limit(await cast(account, district.budgetId, [district.projectIds[0]]))?.code).toBe(
      'VOTE_GROUP_LIMIT_REACHED',
    );

    const [{ marks, ballots }] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM budget_in_person_votes WHERE budget_id = ANY($1)) AS marks,
              (SELECT count(*)::int FROM ballots WHERE budget_id = ANY($1)) AS ballots`,
      [[city.budgetId, district.budgetId]],
    );
    expect({ marks, ballots }).toEqual({ marks: 3, ballots: 1 });
  });

  it('leaves one mark when one person is marked in two budgets of a "one" group at the same time', async () => {
    const { createVoteGroup: group } = await api.gql.as(staff.token).ok(CREATE_GROUP, {
      input: { title: `Arrondissements ${randomBytes(4).toString('hex')}`, rule: 'EXACTLY_ONE' },
    });
    const budgets = await Promise.all(
      ['Nord', 'Sud'].map((title) => paperBudget('PAPER_WINS', { title, voteGroupId: group.id })),
    );
    const budgetIds = budgets.map((b) => b.budgetId);
    const people = await Promise.all(Array.from({ length: 3 }, () => offline()));
    for (const censusCode of people) {
      const attempts = await Promise.all(Array.from({ length: 10 }, (_, i) => mark(budgetIds[i % 2], censusCode)));
      expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
      for (const refused of attempts.filter((a) => a.errors))
        expect(['VOTE_GROUP_LIMIT_REACHED', 'ALREADY_VOTED_IN_PERSON']).toContain(refused.errors![0].extensions?.code);
    }
    const [{ marks }] = await api.db.query(
      `SELECT count(*)::int AS marks FROM budget_in_person_votes WHERE budget_id = ANY($1)`,
      [budgetIds],
    );
    expect(marks).toBe(3);
  });

  it('double entry: the batch counts only once another agent enters it identically; differences are listed and wait for a resolution', async () => {
    const { budgetId, projectIds: p } = await paperBudget('PAPER_WINS');
    const sheets = [{ projectIds: [p[0]] }, { projectIds: [p[1], p[2]] }, { projectIds: [p[0], p[1], p[2]] }];
    const first = (
      await api.gql
        .as(staff.token)
        .ok(RECORD, { input: { budgetId, pollingPlace: 'Bureau 7', ballots: sheets, doubleEntry: true } })
    ).recordPaperBallots;
    expect(first).toMatchObject({
      status: 'AWAITING_SECOND_ENTRY',
      accepted: 2,
      refused: [{ index: 2, code: 'TOO_MANY_PROJECTS' }],
    });
    expect((await turnout(budgetId)).paper).toBe(0);
    expect(
      await api.gql.as(staff.token).errorCode(SECOND_ENTRY, { input: { batchId: first.id, ballots: sheets } }),
    ).toBe('SECOND_ENTRY_BY_SAME_AGENT');

    // The second agent reads sheet 1 differently and misses the last sheet.
    const second = (
      await api.gql.as(otherStaff.token).ok(SECOND_ENTRY, {
        input: { batchId: first.id, ballots: [{ projectIds: [p[0]] }, { projectIds: [p[2], p[3]] }] },
      })
    ).recordPaperBallotsSecondEntry;
    expect(second.status).toBe('DIFFERENT');
    expect(second.differences).toEqual([
      {
        index: 1,
        first: { projectIds: [p[1], p[2]].sort(), points: null, refusalCode: null },
        second: { projectIds: [p[2], p[3]].sort(), points: null, refusalCode: null },
      },
      {
        index: 2,
        first: { projectIds: [p[0], p[1], p[2]].sort(), points: null, refusalCode: 'TOO_MANY_PROJECTS' },
        second: null,
      },
    ]);
    expect((await turnout(budgetId)).paper).toBe(0);
    expect(
      await api.gql.as(otherStaff.token).errorCode(SECOND_ENTRY, { input: { batchId: first.id, ballots: sheets } }),
    ).toBe('INVALID_BATCH_STATUS');

    // The first agent's entry is the one in dispute: someone else reads the paper again.
    expect(await api.gql.as(staff.token).errorCode(RESOLVE, { input: { batchId: first.id, ballots: sheets } })).toBe(
      'RESOLUTION_BY_FIRST_AGENT',
    );
    // Read again on paper: the first entry was right.
    const resolved = (await api.gql.as(otherStaff.token).ok(RESOLVE, { input: { batchId: first.id, ballots: sheets } }))
      .resolvePaperBallotBatch;
    expect(resolved).toMatchObject({
      status: 'COUNTED',
      accepted: 2,
      refused: [{ index: 2, code: 'TOO_MANY_PROJECTS' }],
    });
    expect((await turnout(budgetId)).paper).toBe(2);

    // An identical second entry counts at once.
    const other = (
      await api.gql
        .as(staff.token)
        .ok(RECORD, { input: { budgetId, pollingPlace: 'Bureau 8', ballots: sheets.slice(0, 2), doubleEntry: true } })
    ).recordPaperBallots;
    const same = (
      await api.gql.as(otherStaff.token).ok(SECOND_ENTRY, { input: { batchId: other.id, ballots: sheets.slice(0, 2) } })
    ).recordPaperBallotsSecondEntry;
    expect(same).toMatchObject({ status: 'COUNTED', accepted: 2, differences: [] });
    expect((await turnout(budgetId)).paper).toBe(4);
    const { paperBallotBatches } = await api.gql.as(staff.token).ok(BATCHES, { id: budgetId });
    expect(paperBallotBatches.map((b: { status: string }) => b.status)).toEqual(['COUNTED', 'COUNTED']);
  });

  it('double entry: until the second entry, only the first agent reads the sheets and their split; other agents, ADMIN too, see the status and how many sheets', async () => {
    const { budgetId, projectIds: p } = await paperBudget('PAPER_WINS');
    const admin = await createUser(api, { role: Role.ADMIN });
    const sheets = [{ projectIds: [p[0]] }, { projectIds: [p[1], p[2]] }, { projectIds: [p[0], p[1], p[2]] }];
    const { recordPaperBallots: batch } = await api.gql
      .as(staff.token)
      .ok(RECORD, { input: { budgetId, pollingPlace: 'Bureau 12', ballots: sheets, doubleEntry: true } });
    const read = (by: TestUser) => api.gql.as(by.token).request(BATCH_CONTENT, { id: batch.id });
    const entered = {
      sheets: [[p[0]], [p[1], p[2]], [p[0], p[1], p[2]]].map((ids) => ({ projectIds: ids.sort() })),
      refused: [{ index: 2, code: 'TOO_MANY_PROJECTS' }],
    };
    const awaiting = { status: 'AWAITING_SECOND_ENTRY', sheetCount: 3 };

    const mine = await read(staff);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.paperBallotBatch).toEqual({
      ...awaiting,
      accepted: 2,
      refusedCount: 1,
      firstEntryByYou: true,
      ...entered,
    });
    // The valid/spoiled split is part of the first entry: it would tell the second agent what to find.
    const hiddenEntry = { accepted: null, refusedCount: null, sheets: null, refused: null };
    for (const other of [otherStaff, admin]) {
      const hidden = await read(other);
      expect(hidden.data!.paperBallotBatch).toEqual({ ...awaiting, firstEntryByYou: false, ...hiddenEntry });
      expect(hidden.errors!.map((e) => [e.path!.join('.'), e.extensions?.code]).sort()).toEqual([
        ['paperBallotBatch.refused', 'PAPER_BATCH_SHEETS_HIDDEN'],
        ['paperBallotBatch.sheets', 'PAPER_BATCH_SHEETS_HIDDEN'],
      ]);
    }
    const list = await api.gql
      .as(otherStaff.token)
      .request(
        `query($id: ID!) { paperBallotBatches(budgetId: $id) { status sheetCount accepted refusedCount sheets { projectIds } } }`,
        { id: budgetId },
      );
    expect(list.data!.paperBallotBatches).toEqual([{ ...awaiting, accepted: null, refusedCount: null, sheets: null }]);
    expect(list.errors!.map((e) => e.extensions?.code)).toEqual(['PAPER_BATCH_SHEETS_HIDDEN']);

    // Entered a second time, the batch counts and anyone reads what it counts.
    await api.gql.as(otherStaff.token).ok(SECOND_ENTRY, { input: { batchId: batch.id, ballots: sheets } });
    for (const anyone of [otherStaff, admin]) {
      const counted = await read(anyone);
      expect(counted.errors).toBeUndefined();
      expect(counted.data!.paperBallotBatch).toMatchObject({
        status: 'COUNTED',
        sheetCount: 3,
        accepted: 2,
        refusedCount: 1,
        ...entered,
      });
    }
  });

  it("double entry: the audit log keeps the first entry's split from the second agent, commits to it, and the second entry opens the commitment", async () => {
    const { budgetId, projectIds: p } = await paperBudget('PAPER_WINS');
    type LogEntry = {
      sequence: string;
      occurredAt: string;
      actorKind: string;
      actorPseudonym: string | null;
      action: string;
      subjectType: string;
      subjectId: string;
      isPublic: boolean;
      payload: string;
      prevHash: string;
      hash: string;
    };
    const paperLog = async (by?: TestUser): Promise<LogEntry[]> =>
      (await api.gql.as(by?.token).ok(PAPER_LOG, { id: budgetId })).auditLog.edges
        .map((e: { node: LogEntry }) => e.node)
        .reverse();
    const payloads = async (by?: TestUser) => (await paperLog(by)).map((e) => JSON.parse(e.payload));
    // Three sheets each: two valid in Bureau 1, one in Bureau 2. Same sheet count, different splits.
    const oneSpoiled = [{ projectIds: [p[0]] }, { projectIds: [p[1], p[2]] }, { projectIds: [p[0], p[1], p[2]] }];
    const twoSpoiled = [{ projectIds: [p[0]] }, { projectIds: [p[2], p[2]] }, { projectIds: [p[0], p[1], p[2]] }];
    const enter = async (pollingPlace: string, ballots: object[]) =>
      (await api.gql.as(staff.token).ok(RECORD, { input: { budgetId, pollingPlace, ballots, doubleEntry: true } }))
        .recordPaperBallots.id as string;
    const [one, two] = [await enter('Bureau 1', oneSpoiled), await enter('Bureau 2', twoSpoiled)];

    // Before the second entry, the second agent (who reads every entry) and the public see the same for both
    // batches, but for the batch id and an opaque commitment: no split to look for on paper.
    for (const reader of [otherStaff, undefined]) {
      const [first, second] = await payloads(reader);
      for (const [payload, batchId] of [
        [first, one],
        [second, two],
      ])
        expect(payload).toEqual({
          batchId,
          entry: 'FIRST',
          sheets: 3,
          counted: 0,
          commitment: expect.stringMatching(/^[0-9a-f]{64}$/),
        });
      expect(first.commitment).not.toBe(second.commitment);
    }

    // Second entries: Bureau 1 identical (counted), Bureau 2 read differently, then resolved.
    await api.gql.as(otherStaff.token).ok(SECOND_ENTRY, { input: { batchId: one, ballots: oneSpoiled } });
    await api.gql.as(otherStaff.token).ok(SECOND_ENTRY, { input: { batchId: two, ballots: oneSpoiled } });
    await api.gql.as(otherStaff.token).ok(RESOLVE, { input: { batchId: two, ballots: twoSpoiled } });
    const log = await paperLog();
    const [firstOne, firstTwo, secondOne, secondTwo, resolution] = log.map((e) => JSON.parse(e.payload));
    expect(secondOne).toEqual({
      batchId: one,
      entry: 'SECOND',
      sheets: 3,
      accepted: 2,
      refused: 1,
      counted: 2,
      firstEntry: { accepted: 2, refused: 1, salt: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(secondTwo).toEqual({
      batchId: two,
      entry: 'SECOND',
      sheets: 3,
      accepted: 2,
      refused: 1,
      counted: 0,
      firstEntry: { accepted: 1, refused: 2, salt: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(resolution).toEqual({ batchId: two, entry: 'RESOLUTION', sheets: 3, accepted: 1, refused: 2, counted: 1 });
    // Anyone opens each first entry's commitment with what its second entry reveals (docs/VERIFYING.md).
    for (const [first, second] of [
      [firstOne, secondOne],
      [firstTwo, secondTwo],
    ]) {
      const opened = canonicalJson({ batchId: first.batchId, sheets: first.sheets, ...second.firstEntry });
      expect(createHash('sha256').update(opened).digest('hex')).toBe(first.commitment);
    }
    // The paper-ballot sums of the close still add up, and the chain holds: each hash checks from its public view.
    expect(log.reduce((sum, e) => sum + JSON.parse(e.payload).counted, 0)).toBe((await turnout(budgetId)).paper);
    for (const e of log)
      expect(
        auditEntryHash(e.prevHash, {
          ...e,
          sequence: Number(e.sequence),
          occurredAt: new Date(e.occurredAt),
          actorId: null,
        }),
      ).toBe(e.hash);
    expect(await api.app.get(AuditChainVerifier).verify()).toMatchObject({ ok: true });
  });

  it('exports a budget with paper ballots to .pb with the voting_method column, which verify-result recounts to MATCH', async () => {
    const { budgetId, projectIds: p } = await paperBudget('PAPER_WINS', { maxProjects: 3 });
    const online = await voters(3);
    for (const [i, voter] of online.entries())
      await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[i], p[(i + 1) % 5]] } });
    await api.gql.as(staff.token).ok(MARK, { input: { budgetId, censusCode: online[0].censusCode } });
    await api.gql.as(staff.token).ok(RECORD, {
      input: {
        budgetId,
        pollingPlace: 'Bureau 1',
        ballots: [
          { projectIds: [p[4]] },
          { projectIds: [p[3], p[4]] },
          { projectIds: [p[2], p[3], p[4]] },
          { projectIds: [p[0], p[4]] },
        ],
      },
    });
    await closeAndTally(budgetId);
    await api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });

    const text = await api.app.get(BudgetBallotsReader).canonicalFile(budgetId);
    const file = parsePabulib(text);
    expect(file.voteColumns).toEqual(['voter_id', 'vote', 'voting_method']);
    expect(file.votes.map((v) => v.extra.voting_method).sort()).toEqual([
      'internet',
      'internet',
      'paper',
      'paper',
      'paper',
      'paper',
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'paper-')), 'budget.pb');
    writeFileSync(path, text);
    const recount = await verifyResult(path, '--api', api.url, '--budget', budgetId);
    expect(recount).toMatchObject({ stdout: 'MATCH\n', code: 0 });
  }, 120_000);
});

describe('participatory budgets: the "one" workflow at the polling place', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff({ BUDGET_VOTING_WORKFLOW: 'one' })));
  afterAll(() => api.close());

  /** Two budgets of one vote (standalone, as every budget of this file), taking paper. */
  const twoBudgets = () =>
    Promise.all(
      (['PAPER_WINS', 'ONLINE_WINS'] as const).map((paperPrecedence) =>
        createBudget(api, staff.token, { ballotType: 'APPROVAL', extra: { paperPrecedence } }),
      ),
    );
  const mark = (budgetId: string, censusCode: string) =>
    api.gql.as(staff.token).request(MARK, { input: { budgetId, censusCode } });
  const cast = (voter: TestUser, budgetId: string, projectIds: string[]) =>
    api.gql.as(voter.token).request(CAST, { input: { budgetId, projectIds } });
  const code = (reply: { errors?: { extensions?: { code?: string } }[] }) => reply.errors?.[0].extensions?.code;
  /** Marks and online ballots (counted or set aside) in these budgets. */
  const votes = async (budgetIds: string[]) => {
    const [row] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM budget_in_person_votes WHERE budget_id = ANY($1)) AS marks,
              (SELECT count(*)::int FROM budget_participations WHERE budget_id = ANY($1)) AS online`,
      [budgetIds],
    );
    return row as { marks: number; online: number };
  };

  it('refuses a mark in a second budget of the vote, online or marked in the first, as a cast is refused (ALREADY_VOTED_ELSEWHERE)', async () => {
    const [north, south] = await twoBudgets();
    const [online, marked] = await verifiedVoters(api, 2);
    const walkIn = await offlinePerson(api);

    await api.gql.as(online.token).ok(CAST, { input: { budgetId: north.budgetId, projectIds: [north.projectIds[0]] } });
    expect(code(await mark(south.budgetId, online.censusCode))).toBe('ALREADY_VOTED_ELSEWHERE');
    // In the budget they voted in, the precedence rule decides, as without the workflow.
    expect((await mark(north.budgetId, online.censusCode)).data?.markVotedInPerson).toBe(true);

    await api.gql.as(staff.token).ok(MARK, { input: { budgetId: north.budgetId, censusCode: walkIn } });
    expect(code(await mark(south.budgetId, walkIn))).toBe('ALREADY_VOTED_ELSEWHERE');
    expect(code(await mark(north.budgetId, walkIn))).toBe('ALREADY_VOTED_IN_PERSON');

    await api.gql.as(staff.token).ok(MARK, { input: { budgetId: south.budgetId, censusCode: marked.censusCode } });
    expect(code(await cast(marked, north.budgetId, [north.projectIds[1]]))).toBe('ALREADY_VOTED_ELSEWHERE');

    expect(await votes([south.budgetId])).toEqual({ marks: 1, online: 0 });
    expect(await votes([north.budgetId])).toEqual({ marks: 2, online: 1 });
  });

  it('leaves each person in one budget of the vote when their marks in two budgets, and casts, race', async () => {
    const [north, south] = await twoBudgets();
    const budgetIds = [north.budgetId, south.budgetId];
    const walkIns = await Promise.all(Array.from({ length: 4 }, () => offlinePerson(api)));
    for (const censusCode of walkIns) {
      const attempts = await Promise.all(Array.from({ length: 10 }, (_, i) => mark(budgetIds[i % 2], censusCode)));
      expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
      for (const refused of attempts.filter((a) => a.errors))
        expect(['ALREADY_VOTED_ELSEWHERE', 'ALREADY_VOTED_IN_PERSON']).toContain(code(refused));
    }
    expect((await votes(budgetIds)).marks).toBe(4);

    // A mark in one budget against casts in the other: one of the two channels wins, never both.
    const [east, west] = await twoBudgets();
    const people = await verifiedVoters(api, 3);
    for (const person of people) {
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 2 === 0 ? mark(east.budgetId, person.censusCode) : cast(person, west.budgetId, [west.projectIds[0]]),
        ),
      );
      for (const refused of attempts.filter((a) => a.errors))
        expect(['ALREADY_VOTED_ELSEWHERE', 'ALREADY_VOTED_IN_PERSON']).toContain(code(refused));
      const markedEast = attempts.some((a, i) => i % 2 === 0 && !a.errors);
      const castWest = attempts.some((a, i) => i % 2 === 1 && !a.errors);
      expect(markedEast !== castWest).toBe(true);
    }
    const [inEast, inWest] = [await votes([east.budgetId]), await votes([west.budgetId])];
    expect(inEast.online + inWest.marks).toBe(0);
    expect(inEast.marks + inWest.online).toBe(3);
  });
});
