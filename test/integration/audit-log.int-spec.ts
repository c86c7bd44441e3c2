import {
  AuditChainVerifier,
  AuditEntryFilter,
  AuditEntryRepository,
  AuditLog,
  GENESIS_HASH,
  SYSTEM_ACTOR,
} from '@quorum/audit';
import { loadConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { rewriteAuditPayload } from '../utils/forged-audit-entry';
import { createTestDataSource } from '../utils/test-data-source';

describe('audit log: append-only hash chain in PostgreSQL', () => {
  let close: () => Promise<void>;
  let db: DataSource;
  const config = loadConfig({ NODE_ENV: 'test' });
  const log = new AuditLog(config, new AuditEntryRepository());
  let verifier: AuditChainVerifier;
  const append = (action: string, payload: Record<string, unknown> = {}) =>
    db.transaction((manager) =>
      log.append(manager, {
        actor: SYSTEM_ACTOR,
        action,
        subjectType: 'test',
        subjectId: action,
        isPublic: true,
        payload,
      }),
    );

  // A chain of its own for each test: the log is append-only, and a test that forges an entry breaks it for good.
  beforeEach(async () => {
    ({ db, close } = await createTestDataSource(25));
    verifier = new AuditChainVerifier(db, config, new AuditEntryRepository());
  });
  afterEach(() => close());

  it('chains each entry to the previous one, from the genesis hash', async () => {
    const first = await append('first', { b: 2, a: [1, 'x'] });
    const second = await append('second');
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    const [row] = await db.query(`SELECT payload FROM audit_entries WHERE sequence = $1`, [first.sequence]);
    expect(row.payload).toBe('{"a":[1,"x"],"b":2}');
    expect(await verifier.verify()).toEqual({ ok: true, count: 2 });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await append('kept');
    for (const sql of [
      `UPDATE audit_entries SET action = 'rewritten' WHERE sequence = 1`,
      `DELETE FROM audit_entries WHERE sequence = 1`,
      `TRUNCATE audit_entries`,
    ]) {
      await expect(db.query(sql)).rejects.toThrow(/audit_entries is append-only/);
    }
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_entries WHERE action <> 'rewritten'`);
    expect(count).toBe(1);
  });

  it('refuses to append outside a transaction (the entry must commit with its change)', async () => {
    await expect(
      log.append(db.manager, { actor: SYSTEM_ACTOR, action: 'loose', subjectType: 'test', isPublic: false }),
    ).rejects.toThrow(/transaction/);
  });

  it('forms one valid chain under 40 concurrent appending transactions', async () => {
    const before = (await verifier.verify()).count;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction(async (manager) => {
          await manager.query(`SELECT pg_sleep(0.005)`); // let the transactions overlap before appending
          return log.append(manager, {
            actor: SYSTEM_ACTOR,
            action: 'concurrent',
            subjectType: 'test',
            subjectId: String(i),
            isPublic: false,
          });
        }),
      ),
    );
    expect(await verifier.verify()).toEqual({ ok: true, count: before + 40 });
    const rows: { sequence: string; prev_hash: string; hash: string }[] = await db.query(
      `SELECT sequence, prev_hash, hash FROM audit_entries ORDER BY sequence`,
    );
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(rows.length);
  });

  it('reports the first entry whose content no longer matches its hash', async () => {
    for (const action of ['first', 'second', 'third']) await append(action);
    await rewriteAuditPayload(db, 2, '{"forged":true}');
    const report = await verifier.verify();
    expect(report).toMatchObject({ ok: false, count: 1, mismatch: { sequence: 2 } });
  });

  it('lists entries newest first by filter, counting every match whatever the page (the SQL of AuditLogReader.list)', async () => {
    const entries = new AuditEntryRepository();
    await append('first');
    for (const isPublic of [true, false, true, true])
      await db.transaction((manager) =>
        log.append(manager, { actor: SYSTEM_ACTOR, action: 'listed', subjectType: 'test', subjectId: 's', isPublic }),
      );
    const list = (filter: Partial<AuditEntryFilter>, limit: number, before?: string) =>
      entries.newestFirst(db.manager, { publicOnly: false, ...filter }, limit, before);
    const sequences = async (...args: Parameters<typeof list>) => {
      const { totalCount, rows } = await list(...args);
      return { totalCount, sequences: rows.map((e) => e.sequence) };
    };
    expect(await sequences({}, 10)).toEqual({ totalCount: 5, sequences: ['5', '4', '3', '2', '1'] });
    expect(await sequences({ action: 'listed', publicOnly: true }, 2)).toEqual({
      totalCount: 3,
      sequences: ['5', '4'],
    });
    expect(await sequences({ action: 'listed', publicOnly: true }, 2, '4')).toEqual({
      totalCount: 3,
      sequences: ['2'],
    });
    expect(await sequences({ subjectType: 'test', subjectId: 'first' }, 10)).toEqual({
      totalCount: 1,
      sequences: ['1'],
    });
    const [second] = (await list({ action: 'listed' }, 1, '3')).rows;
    expect(await sequences({ occurredFrom: second.occurredAt, action: 'listed' }, 10)).toEqual({
      totalCount: 4,
      sequences: ['5', '4', '3', '2'],
    });
    expect(await sequences({ occurredBefore: new Date(0) }, 10)).toEqual({ totalCount: 0, sequences: [] });
    expect((await entries.latest(db.manager, 'listed', 'test', 's'))?.sequence).toBe('5');
    expect(await entries.latest(db.manager, 'listed', 'test', 'other')).toBeNull();
  });
});
