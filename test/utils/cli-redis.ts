import { Redis } from 'ioredis';
import { deleteRedisKeys } from '../../libs/queue/src/delete-redis-keys';
import { TEST_REDIS_URL } from '../setup/test-run';
import { startTcpProxy, TcpProxy } from './tcp-proxy';
import { testRedisPrefix } from './test-config';

/** The Redis of a test file's operator CLI processes (`cliRedis()`). */
export interface CliRedis {
  /** The environment of a CLI process on `databaseUrl`, with `env` added. */
  env(databaseUrl: string, env?: Record<string, string>): Record<string, string>;
}

/**
 * The operator CLI's processes reach the run's Redis through a proxy that
 * reads the commands they send, under a prefix of the file's own inside the
 * run's. After the file's tests (afterAll) it checks that they named no key
 * outside that prefix, and deletes the keys under it. The CLI is not the API:
 * nothing else would set its prefix or delete what it leaves.
 */
export function cliRedis(): CliRedis {
  const prefix = testRedisPrefix();
  const sent = new Map<number, Buffer>();
  let proxy: TcpProxy | undefined;
  beforeAll(async () => {
    const { hostname, port } = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy(hostname, Number(port || 6379), (connection, chunk) =>
      sent.set(connection, Buffer.concat([sent.get(connection) ?? Buffer.alloc(0), chunk])),
    );
  });
  afterAll(async () => {
    await proxy?.close();
    const commands = [...sent.values()].flatMap(respCommands);
    // The CLI connects at start-up (ioredis's ready check), so a proxy no process went through would prove nothing.
    expect(commands.length).toBeGreaterThan(0);
    expect((await keysOf(commands)).filter((key) => !key.startsWith(`${prefix}:`))).toEqual([]);
    await deleteRedisKeys(TEST_REDIS_URL, `${prefix}:*`);
  });
  return {
    env: (databaseUrl, env = {}) => {
      if (!proxy) throw new Error('cliRedis(): read env inside tests and hooks');
      return {
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        REDIS_URL: proxy.url(TEST_REDIS_URL),
        REDIS_PREFIX: prefix,
        ...env,
      };
    },
  };
}

/** The commands (RESP arrays of bulk strings, as clients send them) in what one connection sent. */
function respCommands(bytes: Buffer): string[][] {
  const commands: string[][] = [];
  let at = 0;
  const line = () => {
    const end = bytes.indexOf('\r\n', at);
    const text = bytes.toString('utf8', at, end);
    at = end + 2;
    return text;
  };
  while (at < bytes.length) {
    const header = line();
    if (!header.startsWith('*')) throw new Error(`not a RESP command: ${header}`);
    const args: string[] = [];
    for (let n = Number(header.slice(1)); n > 0; n--) {
      const length = Number(line().slice(1));
      args.push(bytes.toString('utf8', at, at + length));
      at += length + 2;
    }
    commands.push(args);
  }
  return commands;
}

/** The keys the commands name, as Redis itself reads them (COMMAND GETKEYS). */
async function keysOf(commands: string[][]): Promise<string[]> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys: string[] = [];
    for (const command of commands) {
      // A command without arguments names no key (and GETKEYS refuses it).
      if (command.length < 2) continue;
      try {
        keys.push(...((await redis.call('COMMAND', 'GETKEYS', ...command)) as string[]));
      } catch (error) {
        // No key, or a command this server does not know (CLIENT SETINFO before Redis 7.2), which it refused.
        if (!/no key arguments|Invalid command specified/.test(String(error))) throw error;
      }
    }
    return keys;
  } finally {
    redis.disconnect();
  }
}
