import { runTs } from '../utils/run-process';

describe('boot-time configuration', () => {
  it('stops the API with a message naming each missing production secret', async () => {
    const result = await runTs('apps/api/src/main.ts', [], { NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('JWT_SECRET');
    expect(result.stderr).toContain('CENSUS_HMAC_SECRET');
    expect(result.stderr).toContain('BALLOT_HMAC_SECRET');
    expect(result.stderr).toContain('OPEN_DATA_PSEUDONYM_SECRET');
    expect(result.stderr).toContain('AUDIT_PSEUDONYM_SECRET');
    expect(result.stderr).toContain('MAIL_HASH_SECRET');
    expect(result.stderr).toContain('PUBLIC_URL');
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  // Issue #14.16: a development server reachable from the network accepted tokens forged with the published secrets.
  it('stops the API on a non-loopback address while the secrets are the published development ones', async () => {
    const result = await runTs('apps/api/src/main.ts', [], { NODE_ENV: 'development', HOST: '0.0.0.0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HOST');
    expect(result.stderr).toContain('JWT_SECRET');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops the worker on a malformed variable, naming it', async () => {
    const result = await runTs('apps/worker/src/main.ts', [], { REDIS_URL: 'http://not-redis' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('REDIS_URL');
  });
});
