import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives working defaults in development', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/quorum');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.seedDemo).toBe(true);
  });

  it('refuses production without secrets and names each missing variable', () => {
    const attempt = (): unknown => loadConfig({ NODE_ENV: 'production' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const names = (error as ConfigError).variables.map((v) => v.name);
      expect(names).toEqual(expect.arrayContaining(['JWT_SECRET', 'CENSUS_HMAC_SECRET', 'BALLOT_HMAC_SECRET']));
    }
  });

  it('names a malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', TRUST_PROXY: 'true', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
    expect(config.http).toMatchObject({ port: 8080, trustProxy: true });
    expect(config.rateLimits.loginAttemptsPerIp.points).toBe(1000);
  });
});
