import { Role } from '@quorum/access';
import { TEST_REDIS_URL } from '../setup/test-run';
import { createUser, TestUser } from '../utils/users.factory';
import { startTcpProxy, TcpProxy } from '../utils/tcp-proxy';
import { startTestApi, TestApi } from '../utils/test-api';
import { waitFor } from '../utils/wait-for';

const REQUEST_EXPORT = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id status } }`;
const CONSULTATIONS = `{ consultations(first: 5) { totalCount } }`;

/**
 * The API boots while Redis is already down. BullMQ then waits for a first
 * connection however long it takes, so a request that enqueues used to hang
 * until Redis came back; it must answer SERVICE_UNAVAILABLE instead, and work
 * once Redis is reachable.
 */
describe('fault: Redis down when the API boots', () => {
  let redis: TcpProxy;
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => {
    redis = await startTcpProxy('127.0.0.1', Number(new URL(TEST_REDIS_URL).port || 6379));
    redis.cut();
    api = await startTestApi({ REDIS_URL: redis.url(TEST_REDIS_URL) });
    staff = await createUser(api, { role: Role.STAFF });
  });
  afterAll(async () => {
    redis.heal();
    await api.close();
    await redis.close();
  });

  it('serves reads, refuses an on-demand export with SERVICE_UNAVAILABLE, and takes it once Redis is back', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('degraded');
    expect((await api.gql.ok(CONSULTATIONS)).consultations.totalCount).toBe(0);

    const input = { dataset: 'PROPOSALS', format: 'CSV' };
    expect(await api.gql.as(staff.token).errorCode(REQUEST_EXPORT, { input })).toBe('SERVICE_UNAVAILABLE');

    redis.heal();
    const job = await waitFor(
      async () => {
        const result = await api.gql.as(staff.token).request(REQUEST_EXPORT, { input });
        return result.data?.requestExport ?? undefined;
      },
      30_000,
      'the export accepted once Redis is back',
    );
    expect(job.status).toBe('WAITING');
  });
});
