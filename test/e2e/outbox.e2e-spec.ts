import { JobName, JobQueue, Outbox, OutboxRelay, OutboxRepository, QueueName } from '@quorum/queue';
import { Client } from 'pg';
import { BUDGET, CAST, CLOSE, createBudget } from '../utils/budgets.factory';
import { createUsers, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { waitFor } from '../utils/wait-for';

describe('outbox: jobs that follow a database change', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff({ OUTBOX_POLL_INTERVAL_MS: '500' })));
  afterAll(() => api.close());

  const pending = async (jobId: string) =>
    (await api.db.query(`SELECT relayed_at AS "relayedAt" FROM outbox WHERE job_id = $1 ORDER BY id`, [jobId])) as {
      relayedAt: Date | null;
    }[];

  it('keeps the tally of a close committed while no relay ran, and a relay started later delivers it', async () => {
    // No worker, hence no relay: as if the process died right after the commit.
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const [resident] = await createUsers(api, 1, { verified: true });
    await api.gql.as(resident.token).ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    await api.gql.as(staff.token).ok(CLOSE, { id: budgetId });
    const queue = api.app.get(JobQueue).queue(QueueName.BUDGETS);
    expect(await queue.getJob(`tally-${budgetId}`)).toBeUndefined();
    expect(await pending(`tally-${budgetId}`)).toEqual([{ relayedAt: null }]);

    const worker: TestWorker = await startTestWorker(api.config);
    try {
      const tallied = await waitFor(
        async () => {
          const { budget } = await api.gql.as(staff.token).ok(BUDGET, { id: budgetId });
          return budget.status === 'TALLIED' ? budget : undefined;
        },
        20_000,
        'tally after the relay started',
      );
      expect(tallied.result.ballotCount).toBe(1);
      expect((await pending(`tally-${budgetId}`))[0].relayedAt).toBeInstanceOf(Date);
    } finally {
      // The other tests run without a relay of their own.
      await worker.close();
    }
  });

  it('writes nothing for a transaction that rolls back', async () => {
    const outbox = api.app.get(Outbox);
    await expect(
      api.db.transaction(async (manager) => {
        await outbox.add(manager, JobName.TALLY_BUDGET, { budgetId: 'rolled-back' }, { jobId: 'rolled-back' });
        throw new Error('the change fails after the add');
      }),
    ).rejects.toThrow('the change fails');
    expect(await pending('rolled-back')).toEqual([]);
    await expect(
      outbox.add(api.db.manager, JobName.TALLY_BUDGET, { budgetId: 'x' }, { jobId: 'no-transaction' }),
    ).rejects.toThrow(/transaction/);
  });

  it('yields one job when a row is relayed twice (crash between the add and the mark), and keeps a delay', async () => {
    // No worker runs here: this relay is the only one.
    const relay = new OutboxRelay(api.db, api.app.get(OutboxRepository), api.app.get(JobQueue), api.config);
    const budgetId = '00000000-0000-4000-8000-000000000001';
    const jobId = `close-${budgetId}-twice`;
    await api.db.transaction((manager) =>
      api.app
        .get(Outbox)
        .add(
          manager,
          JobName.CLOSE_VOTING,
          { budgetId, closesAt: new Date().toISOString() },
          { jobId, delayMs: 60_000 },
        ),
    );
    expect(await relay.relayPending()).toBe(1);
    await api.db.query(`UPDATE outbox SET relayed_at = NULL WHERE job_id = $1`, [jobId]);
    expect(await relay.relayPending()).toBe(1);

    const queue = api.app.get(JobQueue).queue(QueueName.BUDGETS);
    const job = await queue.getJob(jobId);
    expect(await job?.getState()).toBe('delayed');
    expect(job!.opts.delay).toBeGreaterThan(50_000);
    const delayed = await queue.getDelayed();
    expect(delayed.filter((j) => j.id === jobId)).toHaveLength(1);
    expect(await relay.relayPending()).toBe(0);
  });

  it('ends its LISTEN connection when shut down while it connects, and a connect that succeeds later listens to nothing', async () => {
    const rows = api.app.get(OutboxRepository);
    const relay = new OutboxRelay(api.db, rows, api.app.get(JobQueue), api.config);
    // The relay's connect() starts at once but resolves (for the relay) only once the test lets it: after the shutdown.
    const { listeners, letConnect, connect } = holdListenerConnect();
    let listened!: () => void;
    const listenCalled = new Promise<void>((resolve) => (listened = resolve));
    const listen = jest.spyOn(rows, 'listen').mockImplementation((client) => {
      listened();
      return OutboxRepository.prototype.listen.call(rows, client);
    });
    try {
      relay.onApplicationBootstrap();
      expect(listeners).toHaveLength(1);
      const ended = new Promise<void>((resolve) => listeners[0].once('end', () => resolve()));
      await relay.onApplicationShutdown();
      letConnect();
      // Either the connection ends, or the relay, connected after its shutdown, LISTENs on a connection nobody ends.
      await Promise.race([ended, listenCalled]);
      expect(listen).toHaveBeenCalledTimes(0);
      await ended;
    } finally {
      connect.mockRestore();
      listen.mockRestore();
      await listeners[0]?.end().catch(() => undefined);
    }
  });

  it('completes its shutdown within a second when ending a LISTEN connection that connects never settles', async () => {
    const relay = new OutboxRelay(api.db, api.app.get(OutboxRepository), api.app.get(JobQueue), api.config);
    // As above: the relay's connect() resolves (for the relay) only after the shutdown.
    const { listeners, letConnect, connect } = holdListenerConnect();
    let endCalled!: () => void;
    const ending = new Promise<void>((resolve) => (endCalled = resolve));
    let end: jest.SpyInstance<Promise<void>, []> | undefined;
    try {
      relay.onApplicationBootstrap();
      expect(listeners).toHaveLength(1);
      // Its end() never settles, as pg 8's sometimes does for a client ended while it connects (to a host that
      // drops packets). The clock is fake from that call on only: the relay's first drain kept real time.
      end = jest.spyOn(listeners[0], 'end') as unknown as jest.SpyInstance<Promise<void>, []>;
      end.mockImplementation(() => {
        jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate'] });
        endCalled();
        return new Promise<void>(() => undefined);
      });
      let stopped = false;
      const shutdown = relay.onApplicationShutdown().then(() => (stopped = true));
      await ending;
      await jest.advanceTimersByTimeAsync(1000);
      expect(stopped).toBe(true);
      await shutdown;
      // Nothing left open: its socket is gone, and no timer is pending.
      expect(listeners[0].connection.stream.destroyed).toBe(true);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
      connect.mockRestore();
      end?.mockRestore();
      letConnect();
      await listeners[0]?.end().catch(() => undefined);
    }
  });
});

/**
 * Holds the relay's LISTEN connection: its connect() starts at once (the
 * client is in `listeners`) but resolves, for the relay, only once the test
 * calls `letConnect`. TypeORM's pool connects its clients with a callback; the
 * relay's connect is the one awaited, and the first.
 */
function holdListenerConnect(): { listeners: Client[]; letConnect: () => void; connect: jest.SpyInstance } {
  const realConnect = Client.prototype.connect;
  let letConnect!: () => void;
  const connectMayResolve = new Promise<void>((resolve) => (letConnect = resolve));
  const listeners: Client[] = [];
  const connect = jest.spyOn(Client.prototype, 'connect').mockImplementation(function (this: Client, ...args) {
    if (args.length > 0 || listeners.length > 0) return realConnect.apply(this, args as never);
    listeners.push(this);
    const connecting = (realConnect as () => Promise<Client>).call(this);
    // A shutdown may destroy its socket, failing the connect before the relay looks (after the shutdown).
    connecting.catch(() => undefined);
    return connectMayResolve.then(() => connecting);
  } as typeof realConnect);
  return { listeners, letConnect, connect };
}
