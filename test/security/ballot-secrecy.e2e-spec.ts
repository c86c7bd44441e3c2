import { Role } from '@quorum/access';
import { createHash, randomUUID } from 'node:crypto';
import {
  AuditChainVerifier,
  AuditLog,
  auditEntryHash,
  canonicalJson,
  leafHash,
  merkleRoot,
  verifyInclusion,
} from '@quorum/audit';
import { CAST, CLOSE, createBudget, PUBLISH } from '../utils/budgets.factory';
import { createUser, createUsers, TestUser } from '../utils/users.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

const HEAD = `{ auditHead { sequence hash } }`;
const AUDIT_LOG = `query($action: String, $subjectId: String, $after: String) {
  auditLog(first: 100, action: $action, subjectId: $subjectId, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { sequence occurredAt actorKind actorId action subjectType subjectId isPublic payload prevHash hash } }
  }
}`;
const STATUS = `query($id: ID!) { budget(id: $id) { status closedAt result { ballotCount ballotsDigest ballotsMerkleRoot } } }`;

interface Entry {
  sequence: string;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  isPublic: boolean;
  payload: string | null;
  prevHash: string;
  hash: string;
}

/** An anonymous `auditHead` answer, with when the attacker sent the request and when the answer came. */
interface Observation {
  sequence: number;
  hash: string;
  sentAt: number;
  seenAt: number;
}

/** A ballot line of the published .pb file: `receipt;projects[;points]`. */
interface PublishedBallot {
  receipt: string;
  line: string;
}

/** A cast entry the attacker tied to a published ballot (and so to a time, and to whoever was seen voting then). */
interface Link {
  sequence: number;
  receipt: string;
  occurredAt: string;
  via: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What a cast entry could hold about its ballot, in every shape the tester
 * tried: the receipt, the SHA-256 of the ballot's line, both, with or without
 * the line itself. A payload carrying nothing of the ballot matches none.
 */
function payloadGuesses(ballot: PublishedBallot): string[] {
  const contentSha256 = sha256(ballot.line);
  return [
    { receipt: ballot.receipt, contentSha256 },
    { receipt: ballot.receipt },
    { contentSha256 },
    { line: ballot.line },
    { receipt: ballot.receipt, line: ballot.line },
  ].map((p) => canonicalJson(p));
}

/** Every millisecond from `from` to `to`, at most `cap` of them (the newest). */
function millisecondsBetween(from: number, to: number, cap = 2000): Date[] {
  const start = Math.max(from, to - cap);
  return Array.from({ length: Math.max(0, to - start + 1) }, (_, i) => new Date(start + i));
}

/**
 * The tester's brute force: an entry whose hash and previous hash are known
 * is tried against every published ballot, every payload shape and every
 * millisecond it could have been written in. A match names the ballot.
 */
function bruteForce(
  target: { sequence: number; prevHash: string; hash: string; times: Date[]; isPublic?: boolean },
  budgetId: string,
  ballots: readonly PublishedBallot[],
): { receipt: string; occurredAt: Date } | null {
  const visibilities = target.isPublic === undefined ? [false, true] : [target.isPublic];
  const times = target.times.map((t) => t.toISOString());
  for (const ballot of ballots) {
    for (const payload of payloadGuesses(ballot)) {
      for (const isPublic of visibilities) {
        const hashOf = castEntryHasher({ ...target, budgetId, isPublic, payload });
        const i = times.findIndex((time) => hashOf(time) === target.hash);
        if (i >= 0) return { receipt: ballot.receipt, occurredAt: target.times[i] };
      }
    }
  }
  return null;
}

/**
 * The chain's hash of a cast entry (docs/VERIFYING.md §1) as a function of its
 * time alone, the rest fixed: what an attacker computes millions of times.
 * Canonical JSON sorts keys, so the time sits between a fixed prefix and a
 * fixed suffix; the prefix is hashed once. `auditEntryHash` gives the same
 * (checked below).
 */
function castEntryHasher(entry: {
  prevHash: string;
  sequence: number;
  budgetId: string;
  isPublic: boolean;
  payload: string;
}): (occurredAt: string) => string {
  const prefix = createHash('sha256').update(
    `${entry.prevHash}\n{"action":"ballot.cast","actorId":null,"actorKind":"RESIDENT","occurredAt":"`,
    'utf8',
  );
  const suffix =
    `","payload":${JSON.stringify(entry.payload)},"public":${entry.isPublic},"sequence":${entry.sequence},` +
    `"subjectId":${JSON.stringify(entry.budgetId)},"subjectType":"budget"}`;
  return (occurredAt) => prefix.copy().update(`${occurredAt}${suffix}`, 'utf8').digest('hex');
}

/** Entries read in full (their payload, time and hashes): does any name a published ballot, or hash like one? */
function linksIn(
  entries: readonly Entry[],
  budgetId: string,
  ballots: readonly PublishedBallot[],
  via: string,
): Link[] {
  const links: Link[] = [];
  for (const entry of entries) {
    const sequence = Number(entry.sequence);
    const payload = entry.payload ?? '';
    const mentioned = ballots.find((b) => payload.includes(b.receipt) || payload.includes(sha256(b.line)));
    if (mentioned) links.push({ sequence, receipt: mentioned.receipt, occurredAt: entry.occurredAt, via });
    const times = [new Date(entry.occurredAt)];
    const found = bruteForce(
      { sequence, prevHash: entry.prevHash, hash: entry.hash, times, isPublic: entry.isPublic },
      budgetId,
      ballots,
    );
    if (found) links.push({ sequence, receipt: found.receipt, occurredAt: entry.occurredAt, via: `${via} (hash)` });
  }
  return links;
}

/**
 * Issue #14.1, the outside tester's attack replayed end to end: residents
 * vote while an anonymous client polls `auditHead`; once the result and its
 * `.pb` are published, the attacker brute-forces every cast entry whose hash
 * it can check (consecutive heads it saw, and public entries' `prevHash`),
 * and staff read `auditLog(action: "ballot.cast")` directly. Nothing in the
 * chain may tie a published ballot to a cast entry, so to a time.
 */
describe('ballot secrecy: the audit chain ties no ballot to the moment it was cast', () => {
  let api: TestApi;
  let worker: TestWorker;
  let staff: TestUser;
  let budgetId: string;
  let observations: Observation[];
  let ballots: PublishedBallot[];
  let pbFile: string;
  let castResponses: number;
  let receipts: string[];
  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api.config);
    staff = await createUser(api, { role: Role.STAFF });
    const setup = await createBudget(api, staff.token);
    budgetId = setup.budgetId;
    const voters = await createUsers(api, 12, { verified: true });

    // The attacker polls anonymously, as fast as the API answers, for the whole vote.
    observations = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const sentAt = Date.now();
        const { auditHead } = await api.gql.ok(HEAD);
        observations.push({ ...auditHead, sentAt, seenAt: Date.now() });
      }
    })();
    castResponses = 0;
    receipts = [];
    for (const [i, voter] of voters.entries()) {
      const projectIds = [setup.projectIds[i % 5], setup.projectIds[(i + 1) % 5]];
      receipts.push((await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds } })).castBallot.receipt);
      castResponses++;
      await new Promise((r) => setTimeout(r, 40));
    }
    // One resident changes their mind: a replaced ballot, whose first receipt no longer counts.
    const again = await api.gql
      .as(voters[0].token)
      .ok(CAST, { input: { budgetId, projectIds: [setup.projectIds[4]] } });
    receipts[0] = again.castBallot.receipt;
    castResponses++;
    await new Promise((r) => setTimeout(r, 40));
    polling = false;
    await poller;

    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    await waitFor(
      async () => (await api.gql.as(staff.token).ok(STATUS, { id: budgetId })).budget.status === 'TALLIED' || undefined,
      30_000,
      'tally',
    );
    await api.gql.as(staff.token).ok(PUBLISH, { id: budgetId });
    // Publishing exports the ballots file to open data (the worker runs it): the attacker downloads it.
    pbFile = await waitFor(
      async () => {
        const response = await fetch(`${api.url}/open-data/files/budget-${budgetId}.pb`);
        return response.ok ? response.text() : undefined;
      },
      30_000,
      'the published .pb',
    );
    const lines = pbFile.split('\n');
    ballots = lines
      .slice(lines.indexOf('VOTES') + 2)
      .filter((line) => line !== '')
      .map((line) => ({ receipt: line.split(';')[0], line }));
  }, 180_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  /** Every entry a caller may read, oldest first. */
  async function readLog(token: string | undefined, filter: { action?: string; subjectId?: string } = {}) {
    const entries: Entry[] = [];
    let after: string | undefined;
    for (;;) {
      const { auditLog } = await api.gql.as(token).ok(AUDIT_LOG, { ...filter, after });
      entries.push(...auditLog.edges.map((e: { node: Entry }) => e.node));
      if (!auditLog.pageInfo.hasNextPage) return entries.reverse();
      after = auditLog.pageInfo.endCursor;
    }
  }

  it('has the published file the attack needs, saw the chain move during the vote, and hashes entries as the chain does', () => {
    expect(ballots).toHaveLength(12);
    expect(new Set(observations.map((o) => o.sequence)).size).toBeGreaterThan(1);
    const entry = { prevHash: 'ab'.repeat(32), sequence: 42, budgetId, isPublic: false, payload: '{"receipt":"x"}' };
    const occurredAt = new Date('2026-03-01T10:00:00.123Z');
    expect(castEntryHasher(entry)(occurredAt.toISOString())).toBe(
      auditEntryHash(entry.prevHash, {
        ...entry,
        occurredAt,
        actorKind: 'RESIDENT',
        actorId: null,
        action: 'ballot.cast',
        subjectType: 'budget',
        subjectId: budgetId,
      }),
    );
  });

  it('lets an anonymous client that polled auditHead and read the public chain link no ballot to its cast', async () => {
    // What the public log shows in full: the cast entries themselves, public since they carry nothing of a ballot.
    const publicEntries = await readLog(undefined);
    const publicCasts = publicEntries.filter((e) => e.action === 'ballot.cast' && e.subjectId === budgetId);
    const links = linksIn(publicCasts, budgetId, ballots, 'public log');

    // Hashes the attacker saw: every head it polled, and each public entry with its predecessor's hash.
    const known = new Map<number, string>();
    for (const o of observations) known.set(o.sequence, o.hash);
    for (const e of publicEntries) {
      known.set(Number(e.sequence), e.hash);
      known.set(Number(e.sequence) - 1, e.prevHash);
    }
    let tried = 0;
    for (const [sequence, hash] of known) {
      const prevHash = known.get(sequence - 1);
      if (!prevHash) continue;
      // When it could have been written: after a poll still saw an older head, before one saw this one.
      const before = observations.filter((o) => o.sequence <= sequence - 2).at(-1)?.sentAt ?? 0;
      const seen = observations.find((o) => o.sequence >= sequence)?.seenAt;
      if (seen === undefined) continue;
      tried++;
      const found = bruteForce(
        { sequence, prevHash, hash, times: millisecondsBetween(before, seen) },
        budgetId,
        ballots,
      );
      if (found) links.push({ sequence, ...found, occurredAt: found.occurredAt.toISOString(), via: 'auditHead' });
    }
    expect(links).toEqual([]);
    // The attack had material: entries whose hash it could check, and every cast entry in full.
    expect(tried).toBeGreaterThan(0);
    expect(publicCasts).toHaveLength(castResponses);
  });

  it('lets staff reading auditLog(action: "ballot.cast") link no ballot to its cast either', async () => {
    const casts = await readLog(staff.token, { action: 'ballot.cast', subjectId: budgetId });
    expect(casts).toHaveLength(castResponses);
    expect(linksIn(casts, budgetId, ballots, 'staff log')).toEqual([]);
  });

  it('still lets anyone check that the published file holds the ballots cast: the close committed to it before any result', async () => {
    const publicEntries = await readLog(undefined);
    const close = publicEntries.find((e) => e.action === 'budget.close' && e.subjectId === budgetId)!;
    const publish = publicEntries.find((e) => e.action === 'budget.publish' && e.subjectId === budgetId)!;
    // The commitment is public from the close on, and the chain puts it before the publication.
    expect(Number(close.sequence)).toBeLessThan(Number(publish.sequence));
    const committed = JSON.parse(close.payload!);
    const lines = ballots.map((b) => b.line);
    expect(committed).toEqual({
      casts: 13,
      ballotCount: 12,
      ballotsDigest: sha256(pbFile),
      ballotsMerkleRoot: merkleRoot(lines.map((l) => leafHash(l))).toString('hex'),
    });
    const { budget } = await api.gql.ok(STATUS, { id: budgetId });
    expect(budget.result).toEqual({
      ballotCount: 12,
      ballotsDigest: committed.ballotsDigest,
      ballotsMerkleRoot: committed.ballotsMerkleRoot,
    });
    // Anyone counts the casts in the public log: as many as the close says, one more than the ballots (a re-vote).
    const casts = publicEntries.filter((e) => e.action === 'ballot.cast' && e.subjectId === budgetId);
    expect(casts.every((e) => e.payload === '{}' && Number(e.sequence) < Number(close.sequence))).toBe(true);
    expect(casts).toHaveLength(committed.casts);
    expect(committed.casts - committed.ballotCount).toBe(1);
    // Each voter's receipt proves their line against the committed root.
    const PROOF = `query($r: String!) { ballotReceipt(receipt: $r) { ballotLine leafIndex treeSize proof merkleRoot } }`;
    for (const receipt of receipts) {
      const { ballotReceipt: p } = await api.gql.ok(PROOF, { r: receipt });
      expect(lines).toContain(p.ballotLine);
      const proof = p.proof.map((h: string) => Buffer.from(h, 'hex'));
      const root = Buffer.from(committed.ballotsMerkleRoot, 'hex');
      expect(verifyInclusion(leafHash(p.ballotLine), p.leafIndex, p.treeSize, proof, root)).toBe(true);
    }
  });

  it('withholds the payload of ballot.cast entries written before casts stopped recording the ballot, and still verifies the chain', async () => {
    // A chain from before the fix: an entry holding a receipt and a content hash, as casts used to write.
    const legacy = { receipt: 'legacyReceipt0000000000', contentSha256: sha256('legacyReceipt0000000000;x') };
    const oldBudgetId = randomUUID();
    const cast = (payload: Record<string, unknown>) =>
      api.db.transaction((manager) =>
        api.app.get(AuditLog).append(manager, {
          actor: { kind: 'RESIDENT', id: null },
          action: 'ballot.cast',
          subjectType: 'budget',
          subjectId: oldBudgetId,
          isPublic: false,
          payload,
        }),
      );
    await cast(legacy);
    await cast({});
    const casts = await readLog(staff.token, { action: 'ballot.cast', subjectId: oldBudgetId });
    expect(casts.map((e) => e.payload)).toEqual([null, '{}']);
    expect(await api.app.get(AuditChainVerifier).verify()).toMatchObject({ ok: true });
  });
});
