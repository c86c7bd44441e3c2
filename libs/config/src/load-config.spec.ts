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
      expect(names).toEqual(
        expect.arrayContaining(['JWT_SECRET', 'CENSUS_HMAC_SECRET', 'BALLOT_HMAC_SECRET', 'SMTP_URL', 'MAIL_FROM']),
      );
    }
  });

  it('requires PUBLIC_URL in production, defaults it elsewhere, and refuses one that is not a plain http(s) base (issue #14.13)', () => {
    expect(loadConfig({}).http.publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PUBLIC_URL: 'https://participer.example.fr/' }).http.publicUrl).toBe(
      'https://participer.example.fr',
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL/);
    for (const bad of ['participer.example.fr', 'ftp://example.fr', 'https://example.fr/?x=1'])
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
  });

  it('writes mail to files outside production without SMTP_URL, and checks the mail settings given', () => {
    const config = loadConfig({});
    expect(config.mail).toMatchObject({ smtpUrl: null, from: 'Quorum <no-reply@quorum.localhost>' });
    expect(config.mail.dir).toMatch(/var\/mail$/);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@smtp.example.fr:465' }).mail.smtpUrl).toBe(
      'smtps://u:p@smtp.example.fr:465',
    );
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.fr' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(loadConfig({ MAIL_FROM: "Mairie d'Exemple <participer@exemple.fr>" }).mail.from).toBe(
      "Mairie d'Exemple <participer@exemple.fr>",
    );
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

  describe('published development secrets (issue #14.16)', () => {
    const PUBLIC_URL = 'https://participer.mairie-exemple.fr';
    const secrets = {
      JWT_SECRET: 'a-real-jwt-secret-of-at-least-32-characters',
      CENSUS_HMAC_SECRET: 'a-real-census-secret-of-at-least-32-characters',
      BALLOT_HMAC_SECRET: 'a-real-ballot-secret-of-at-least-32-characters',
      OPEN_DATA_PSEUDONYM_SECRET: 'a-real-pseudonym-secret-of-at-least-32-characters',
      AUDIT_PSEUDONYM_SECRET: 'a-real-audit-pseudonym-secret-of-at-least-32-characters',
      MAIL_HASH_SECRET: 'a-real-mail-hash-secret-of-at-least-32-characters',
      // Not secrets, but required in production too.
      SMTP_URL: 'smtp://smtp.mairie-exemple.fr:587',
      MAIL_FROM: 'Mairie <participer@mairie-exemple.fr>',
    };

    it("refuses password hashing below OWASP's argon2id minimum in production only", () => {
      const production = { NODE_ENV: 'production', PUBLIC_URL, ...secrets };
      expect(loadConfig(production).auth.passwordHash).toEqual({ memoryKib: 65536, passes: 3 });
      expect(() => loadConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '19455' })).toThrow(
        /PASSWORD_HASH_MEMORY_KIB/,
      );
      expect(() => loadConfig({ ...production, PASSWORD_HASH_PASSES: '1' })).toThrow(/PASSWORD_HASH_PASSES/);
      expect(
        loadConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '19456', PASSWORD_HASH_PASSES: '2' }).auth.passwordHash,
      ).toEqual({ memoryKib: 19456, passes: 2 });
      expect(loadConfig({ PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' }).auth.passwordHash).toEqual({
        memoryKib: 1024,
        passes: 1,
      });
      expect(() => loadConfig({ PASSWORD_HASH_MEMORY_KIB: '512' })).toThrow(/PASSWORD_HASH_MEMORY_KIB/);
    });

    it('listens on loopback only outside production, on every interface in production', () => {
      expect(loadConfig({}).http.host).toBe('127.0.0.1');
      expect(loadConfig({ NODE_ENV: 'test' }).http.host).toBe('127.0.0.1');
      expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL, ...secrets }).http.host).toBe('0.0.0.0');
    });

    it('refuses a non-loopback HOST while any secret is a development value, naming HOST and the secret', () => {
      for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org', '::ffff:10.0.0.1']) {
        expect(() => loadConfig({ HOST: host })).toThrow(/HOST: .*JWT_SECRET/);
      }
      const { OPEN_DATA_PSEUDONYM_SECRET: _, ...allButOne } = secrets;
      expect(() => loadConfig({ HOST: '0.0.0.0', ...allButOne })).toThrow(/HOST: .*OPEN_DATA_PSEUDONYM_SECRET/);
      expect(() => loadConfig({ HOST: '0.0.0.0', ...allButOne })).not.toThrow(/JWT_SECRET/);
    });

    it('allows development secrets on loopback addresses, and any address with real secrets', () => {
      for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) {
        expect(loadConfig({ HOST: host }).http.host).toBe(host);
      }
      expect(loadConfig({ HOST: '0.0.0.0', ...secrets }).http.host).toBe('0.0.0.0');
    });

    it('refuses the development values themselves in production, even when set explicitly', () => {
      const published = 'quorum-development-jwt-secret-not-for-production';
      expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL, ...secrets, JWT_SECRET: published })).toThrow(
        /JWT_SECRET: is the development value/,
      );
      expect(() => loadConfig({ HOST: '0.0.0.0', ...secrets, JWT_SECRET: published })).toThrow(/HOST/);
    });
  });

  it('validates the photo and census import limits (issue #14.8, #14.10)', () => {
    const config = loadConfig({});
    expect(config.uploads).toMatchObject({ photoMaxPixels: 25_000_000, photoDecodeConcurrency: 2 });
    expect(config.rateLimits.uploadsPerIp).toEqual({ points: 20, windowSeconds: 600 });
    expect(config.privacy.unattachedPhotoRetentionHours).toBe(1);
    expect(config.census.importMaxSeconds).toBe(120);
    expect(() => loadConfig({ PHOTO_DECODE_CONCURRENCY: '0' })).toThrow(/PHOTO_DECODE_CONCURRENCY/);
    expect(() => loadConfig({ PHOTO_MAX_PIXELS: '500000000' })).toThrow(/PHOTO_MAX_PIXELS/);
    expect(() => loadConfig({ CENSUS_IMPORT_MAX_SECONDS: '0' })).toThrow(/CENSUS_IMPORT_MAX_SECONDS/);
  });
});
