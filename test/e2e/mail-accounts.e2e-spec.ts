import { SessionService } from '@quorum/identity';
import { Redis } from 'ioredis';
import { MailTestBed } from '../utils/mail.factory';
import { TestApi } from '../utils/test-api';
import { insertCensusCodes } from '../utils/users.factory';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id email displayName role verified emailConfirmed } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id email emailConfirmed } } }`;
const CONFIRM = `mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { id email emailConfirmed } }`;
const ME = `{ me { id email emailConfirmed verified } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id emailConfirmed } } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const PASSWORD = 'une phrase de passe solide';

describe('mail: confirming the address at sign-up, and sign-up telling nothing about taken addresses', () => {
  const mail = new MailTestBed();
  let api: TestApi;

  beforeAll(async () => {
    api = await mail.start();
  });
  afterAll(() => mail.stop());

  const unique = (): string => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const messageTo = async (address: string) => (await mail.messagesTo(address, 1))[0];
  const tokenIn = (text: string | undefined, path = '/mon-compte/confirmation'): string => {
    const match = new RegExp(`${path}\\?jeton=([A-Za-z0-9_-]+)`).exec(text ?? '');
    if (!match) throw new Error(`no ${path} link`);
    return match[1];
  };

  it('sends a confirmation link that confirms the address once', async () => {
    const email = `new-${unique()}@example.fr`;
    const { register } = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Léa' } });
    expect(register.user).toMatchObject({ email, emailConfirmed: false, verified: false });
    const message = await messageTo(email);
    expect(message.parsed.subject).toBe('Confirmez votre adresse électronique');
    expect(message.parsed.text).toContain('Bonjour Léa,');
    expect(message.parsed.html).toContain('href="https://participer.mairie-test.fr/mon-compte/confirmation?jeton=');
    const token = tokenIn(message.parsed.text);
    // Only the hash is stored.
    const stored: { tokenHash: string }[] = await api.db.query(
      `SELECT token_hash AS "tokenHash" FROM account_tokens WHERE user_id = $1`,
      [register.user.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);

    const { confirmEmail } = await api.gql.ok(CONFIRM, { input: { token } });
    expect(confirmEmail).toEqual({ id: register.user.id, email, emailConfirmed: true });
    expect((await api.gql.as(register.token).ok(ME)).me.emailConfirmed).toBe(true);
    expect(await api.gql.errorCode(CONFIRM, { input: { token } })).toBe('TOKEN_INVALID');
    expect(await api.gql.errorCode(CONFIRM, { input: { token: `${token}x` } })).toBe('TOKEN_INVALID');
  });

  it('writes in English to an account that asked for it, and refuses an expired link', async () => {
    const email = `en-${unique()}@example.org`;
    await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Sam', locale: 'en' } });
    const message = await messageTo(email);
    expect(message.parsed.subject).toBe('Confirm your email address');
    expect(message.parsed.headers.get('content-language')).toBe('en');
    const token = tokenIn(message.parsed.text);
    await api.db.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second'
        WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    expect(await api.gql.errorCode(CONFIRM, { input: { token } })).toBe('TOKEN_INVALID');
  });

  it('answers a sign-up with a taken address as a new one, and tells the owner instead', async () => {
    const email = `taken-${unique()}@example.fr`;
    const owner = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Owner' } });
    await messageTo(email);
    const before = mail.smtp.to(email).length;

    const other = `other ${PASSWORD}`;
    const claim = await api.gql.request(REGISTER, {
      input: { email: email.toUpperCase(), password: other, displayName: 'Owner' },
    });
    expect(claim.errors).toBeUndefined();
    const { register } = claim.data!;
    expect(register.user).toEqual({ ...owner.register.user, id: register.user.id });
    expect(register.user.id).not.toBe(owner.register.user.id);
    expect((await api.gql.as(register.token).ok(ME)).me).toMatchObject({ email, emailConfirmed: false });

    await mail.messagesTo(email, before + 1);
    const notice = mail.smtp.to(email)[before];
    expect(notice.parsed.subject).toBe('Quelqu’un a essayé de créer un compte avec votre adresse');
    expect(notice.parsed.text).not.toMatch(/jeton=/);

    // Each signs in to their own account with their own password; the address stays the owner's.
    const asOwner = await api.gql.ok(LOGIN, { input: { email, password: PASSWORD } });
    expect(asOwner.login.user.id).toBe(owner.register.user.id);
    const asClaimant = await api.gql.ok(LOGIN, { input: { email, password: other } });
    expect(asClaimant.login.user).toEqual({ id: register.user.id, email, emailConfirmed: false });
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email]);
    expect(count).toBe(1);
    // Nothing can confirm the claimant's address: no link was ever made for it.
    const tokens: unknown[] = await api.db.query(`SELECT 1 FROM account_tokens WHERE user_id = $1`, [register.user.id]);
    expect(tokens).toEqual([]);
  });

  it('lets an unconfirmed account sign in, browse and verify its residency (see docs/SECURITY.md)', async () => {
    const email = `unconfirmed-${unique()}@example.fr`;
    const { register } = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Noé' } });
    const resident = api.gql.as(register.token);
    const code = `U${unique()
      .replace(/[^A-Za-z0-9]/g, '')
      .toUpperCase()}`;
    await insertCensusCodes(api, [code]);
    expect((await resident.ok(VERIFY, { input: { censusCode: code } })).verifyResidency.verified).toBe(true);
    expect((await resident.ok(ME)).me).toMatchObject({ emailConfirmed: false, verified: true });
  });

  describe('password reset', () => {
    const NEW_PASSWORD = 'un tout autre mot de passe';
    const resetLink = async (email: string, count: number): Promise<string> => {
      await mail.messagesTo(email, count);
      const message = mail.smtp.to(email)[count - 1];
      expect(message.parsed.subject).toBe('Choisissez un nouveau mot de passe');
      return tokenIn(message.parsed.text, '/mot-de-passe/nouveau');
    };

    it('answers true for any address, and writes only to one that has an account', async () => {
      const unknown = `nobody-${unique()}@example.fr`;
      expect((await api.gql.ok(REQUEST_RESET, { input: { email: unknown } })).requestPasswordReset).toBe(true);
      const email = `known-${unique()}@example.fr`;
      await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Yves' } });
      await messageTo(email);
      expect((await api.gql.ok(REQUEST_RESET, { input: { email } })).requestPasswordReset).toBe(true);
      await resetLink(email, 2);
      expect(mail.smtp.to(unknown)).toEqual([]);
      const rows: unknown[] = await api.db.query(
        `SELECT 1 FROM outbox WHERE job_name = 'mail.send' AND payload::text LIKE '%' || $1 || '%'`,
        [unknown],
      );
      expect(rows).toEqual([]);
    });

    it('sets the new password once, ends every session and token, and confirms the address', async () => {
      const email = `reset-${unique()}@example.fr`;
      const { register } = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Zoé' } });
      await messageTo(email);
      const session = await api.app.get(SessionService).create(register.user.id);
      await api.gql.ok(REQUEST_RESET, { input: { email } });
      const token = await resetLink(email, 2);

      // A refused password leaves the link usable.
      expect(await api.gql.errorCode(RESET, { input: { token, newPassword: 'court' } })).toBe('WEAK_PASSWORD');
      const { resetPassword } = await api.gql.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(resetPassword.user).toEqual({ id: register.user.id, emailConfirmed: true });
      expect(await api.gql.errorCode(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toBe('TOKEN_INVALID');

      expect(await api.gql.as(register.token).errorCode(ME)).toBe('UNAUTHENTICATED');
      expect((await api.gql.as(resetPassword.token).ok(ME)).me.id).toBe(register.user.id);
      expect(await api.app.get(SessionService).resolve(session.token)).toBeNull();
      expect(await api.gql.errorCode(LOGIN, { input: { email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
      expect((await api.gql.ok(LOGIN, { input: { email, password: NEW_PASSWORD } })).login.user.id).toBe(
        register.user.id,
      );
    });

    /** Every value under the test's Redis prefix (BullMQ's job hashes, lists, sorted sets, event streams). */
    const redisValues = async (): Promise<string[]> => {
      const redis = new Redis(api.config.redis.url);
      try {
        const keys = await redis.keys(`${api.config.redis.prefix}:*`);
        const values = await Promise.all(
          keys.map(async (key): Promise<string[]> => {
            const type = await redis.type(key);
            if (type === 'hash') return Object.values(await redis.hgetall(key));
            if (type === 'string') return [(await redis.get(key)) ?? ''];
            if (type === 'list') return redis.lrange(key, 0, -1);
            if (type === 'set') return redis.smembers(key);
            if (type === 'zset') return redis.zrange(key, 0, -1);
            if (type === 'stream') return (await redis.xrange(key, '-', '+')).flatMap(([, fields]) => fields);
            return [];
          }),
        );
        return values.flat();
      } finally {
        redis.disconnect();
      }
    };

    it('leaves no usable link in the outbox or Redis, which keep mail jobs for days after sending', async () => {
      const email = `sealed-${unique()}@example.fr`;
      const { register } = await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Inès' } });
      const confirmation = tokenIn((await messageTo(email)).parsed.text);
      await api.gql.ok(REQUEST_RESET, { input: { email } });
      const reset = await resetLink(email, 2);

      const outbox: { payload: string }[] = await api.db.query(
        `SELECT payload::text AS payload FROM outbox WHERE job_name = 'mail.send' AND payload->'to'->>'userId' = $1`,
        [register.user.id],
      );
      expect(outbox).toHaveLength(2);
      const redis = await redisValues();
      // The jobs are there (so the scan looks where they are), their parameters sealed.
      expect(redis.filter((value) => value.includes(register.user.id)).length).toBeGreaterThanOrEqual(2);
      const sentLog: { eventKey: string }[] = await api.db.query(
        `SELECT event_key AS "eventKey" FROM mail_deliveries WHERE event_key LIKE '%' || $1 || '%'`,
        [register.user.id],
      );
      expect(sentLog).toHaveLength(2);
      // Not even a part of a token (event keys once held its first 16 characters).
      for (const part of [confirmation, reset].map((token) => token.slice(0, 16))) {
        expect(outbox.filter((row) => row.payload.includes(part))).toEqual([]);
        expect(redis.filter((value) => value.includes(part))).toEqual([]);
        expect(sentLog.filter((row) => row.eventKey.includes(part))).toEqual([]);
      }
    });

    it('refuses an expired link, and an older link once a newer one was sent', async () => {
      const email = `expired-${unique()}@example.fr`;
      await api.gql.ok(REGISTER, { input: { email, password: PASSWORD, displayName: 'Marc' } });
      await messageTo(email);
      await api.gql.ok(REQUEST_RESET, { input: { email } });
      const older = await resetLink(email, 2);
      await api.gql.ok(REQUEST_RESET, { input: { email } });
      const newer = await resetLink(email, 3);
      expect(await api.gql.errorCode(RESET, { input: { token: older, newPassword: NEW_PASSWORD } })).toBe(
        'TOKEN_INVALID',
      );
      await api.db.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second'
          WHERE user_id = (SELECT id FROM users WHERE email = $1) AND purpose = 'PASSWORD_RESET'`,
        [email],
      );
      expect(await api.gql.errorCode(RESET, { input: { token: newer, newPassword: NEW_PASSWORD } })).toBe(
        'TOKEN_INVALID',
      );
      expect((await api.gql.ok(LOGIN, { input: { email, password: PASSWORD } })).login.user.email).toBe(email);
    });
  });
});
