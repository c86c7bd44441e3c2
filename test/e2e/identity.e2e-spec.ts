import { Role } from '@quorum/access';
import { createUser, FACTORY_PASSWORD, freshCensusCode, insertCensusCodes } from '../utils/users.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id email displayName role verified } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id verified } } }`;
const ME = `{ me { id email displayName role verified } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id verified } }`;

describe('identity over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
  });
  afterAll(() => api.close());

  const register = (email: string, password = 'une phrase de passe solide', displayName = 'Alice Martin') =>
    api.gql.request(REGISTER, { input: { email, password, displayName } });

  it('registers, signs in, verifies with a census code and shows it in me', async () => {
    const registered = await register('Alice@Example.fr');
    expect(registered.data?.register.user).toMatchObject({
      email: 'alice@example.fr',
      role: 'RESIDENT',
      verified: false,
    });

    const login = await api.gql.ok(LOGIN, {
      input: { email: 'alice@example.fr', password: 'une phrase de passe solide' },
    });
    const alice = api.gql.as(login.login.token);
    expect((await alice.ok(ME)).me).toMatchObject({ email: 'alice@example.fr', verified: false });

    await insertCensusCodes(api, ['VC123456']);
    const verified = await alice.ok(VERIFY, { input: { censusCode: ' vc 123456 ' } });
    expect(verified.verifyResidency.verified).toBe(true);
    expect((await alice.ok(ME)).me.verified).toBe(true);
  });

  it('answers a sign-up with a taken address, whatever its case, as a new one, and leaves the address to its owner (#14.9)', async () => {
    const first = await register('dup@example.fr');
    const second = await register('DUP@example.fr');
    expect(second.errors).toBeUndefined();
    const shape = (r: typeof first) => ({ ...r.data?.register.user, id: typeof r.data?.register.user.id });
    expect(shape(second)).toEqual(shape(first));
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'dup@example.fr'`);
    expect(count).toBe(1);
    // The owner still signs in to their own account.
    const login = await api.gql.ok(LOGIN, {
      input: { email: 'dup@example.fr', password: 'une phrase de passe solide' },
    });
    expect(login.login.user.id).toBe(first.data?.register.user.id);
  });

  it('stores the display name without its surrounding spaces, for a new address and a taken one alike, and refuses a blank one', async () => {
    const fresh = await register('padded@example.fr', undefined, '  Alice Martin \n');
    const claimant = await register('PADDED@example.fr', undefined, '\tAlice Martin  ');
    expect([fresh, claimant].map((r) => r.data?.register.user.displayName)).toEqual(['Alice Martin', 'Alice Martin']);

    const blank = await register('blank-name@example.fr', undefined, '  \n\t ');
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'input.displayName',
          messages: expect.arrayContaining(['displayName must be longer than or equal to 2 characters']),
        },
      ],
    });
    expect(await api.db.query(`SELECT id FROM users WHERE email = 'blank-name@example.fr'`)).toEqual([]);
  });

  it('refuses weak passwords and names the field', async () => {
    for (const password of ['short', 'azertyuiop', 'aaaaaaaaaaaaaaa', 'weakling-weakling']) {
      const result = await register(`weak-${password.length}-${Math.random()}@example.fr`, password, 'Weakling');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'input.password' });
    }
  });

  it('reports every invalid field and stores nothing', async () => {
    const result = await api.gql.request(REGISTER, {
      input: { email: 'not-an-email', password: 'x'.repeat(300), displayName: '' },
    });
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const fields = (result.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['input.displayName', 'input.email', 'input.password']);
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'not-an-email'`);
    expect(count).toBe(0);
  });

  it('refuses a wrong password without telling whether the account exists', async () => {
    await register('bob@example.fr');
    const wrong = await api.gql.request(LOGIN, { input: { email: 'bob@example.fr', password: 'not the password' } });
    const unknown = await api.gql.request(LOGIN, {
      input: { email: 'nobody@example.fr', password: 'not the password' },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]).toMatchObject({
      message: wrong.errors?.[0].message,
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
  });

  it('rate-limits repeated failed logins on one account, even with the right password afterwards', async () => {
    await register('carol@example.fr');
    const attempt = (password: string) => api.gql.request(LOGIN, { input: { email: 'carol@example.fr', password } });
    for (let i = 0; i < 3; i++)
      expect((await attempt('wrong password!')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const blocked = await attempt('une phrase de passe solide');
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses forged, tampered and expired tokens with UNAUTHENTICATED', async () => {
    const user = await createUser(api);
    const [header, payload] = user.token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url')}.${user.token.split('.')[2]}`;
    const { JwtService } = await import('@nestjs/jwt');
    const expired = new JwtService({ secret: api.config.auth.jwtSecret }).sign({
      sub: user.id,
      role: 'RESIDENT',
      iss: 'quorum',
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    for (const token of [forged, elevated, expired, 'garbage']) {
      expect(await api.gql.as(token).errorCode(ME)).toBe('UNAUTHENTICATED');
    }
    expect((await api.gql.as(user.token).ok(ME)).me.id).toBe(user.id);
  });

  // Issue #14.16: jsonwebtoken checks `exp` only when the token has one, so a token without it never expired.
  it('refuses tokens that would never expire or outlive the configured lifetime', async () => {
    const user = await createUser(api);
    const { JwtService } = await import('@nestjs/jwt');
    const signer = new JwtService({ secret: api.config.auth.jwtSecret });
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, role: 'RESIDENT', iss: 'quorum' };
    const neverExpiring = signer.sign(claims);
    const withoutIssuedAt = signer.sign({ ...claims, exp: now + 600 }, { noTimestamp: true });
    const tooLong = signer.sign({ ...claims, iat: now - 2 * api.config.auth.jwtTtlSeconds, exp: now + 365 * 86400 });
    for (const token of [neverExpiring, withoutIssuedAt, tooLong]) {
      expect(await api.gql.as(token).errorCode(ME)).toBe('UNAUTHENTICATED');
    }
    const proper = signer.sign({ ...claims, iat: now - 60, exp: now + 600 });
    expect((await api.gql.as(proper).ok(ME)).me.id).toBe(user.id);
  });

  it('keeps a census code to one account: the second is refused and the first unchanged', async () => {
    await insertCensusCodes(api, ['SHARED01']);
    const first = await createUser(api);
    const second = await createUser(api);
    await api.gql.as(first.token).ok(VERIFY, { input: { censusCode: 'SHARED01' } });
    expect(await api.gql.as(second.token).errorCode(VERIFY, { input: { censusCode: 'SHARED01' } })).toBe(
      'CENSUS_CODE_ALREADY_USED',
    );
    expect((await api.gql.as(first.token).ok(ME)).me.verified).toBe(true);
    expect((await api.gql.as(second.token).ok(ME)).me.verified).toBe(false);
  });

  it('lets only one of two accounts racing for the same census code win', async () => {
    await insertCensusCodes(api, ['RACE0001']);
    const racers = await Promise.all([createUser(api), createUser(api), createUser(api), createUser(api)]);
    const results = await Promise.all(
      racers.map((r) => api.gql.as(r.token).request(VERIFY, { input: { censusCode: 'RACE0001' } })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CENSUS_CODE_ALREADY_USED').length).toBe(3);
  });

  it('refuses an unknown census code', async () => {
    const user = await createUser(api);
    expect(await api.gql.as(user.token).errorCode(VERIFY, { input: { censusCode: 'NOPE9999' } })).toBe(
      'CENSUS_CODE_UNKNOWN',
    );
  });

  it('keeps staff operations from residents (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const resident = await createUser(api, { verified: true });
    const staff = await createUser(api, { role: Role.STAFF });
    const importCensus = `mutation { importCensus(input: { csv: "code\\nAA1111\\nAA2222\\n!!\\nAA1111" }) { added alreadyPresent malformed malformedLines } }`;
    expect(await api.gql.as(resident.token).errorCode(importCensus)).toBe('FORBIDDEN');
    expect(await api.gql.errorCode(importCensus)).toBe('UNAUTHENTICATED');
    expect((await api.gql.as(staff.token).ok(importCensus)).importCensus).toEqual({
      added: 2,
      alreadyPresent: 1,
      malformed: 1,
      malformedLines: [4],
    });
    expect((await api.gql.as(staff.token).ok(importCensus)).importCensus).toMatchObject({
      added: 0,
      alreadyPresent: 3,
    });
  });

  it('lets staff verify a resident in person, with a reason', async () => {
    const resident = await createUser(api);
    const staff = await createUser(api, { role: Role.STAFF });
    const inPerson = `mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`;
    const input = {
      userId: resident.id,
      reason: 'Carte d’identité et justificatif de domicile',
      censusCode: await freshCensusCode(api),
    };
    expect(await api.gql.as(resident.token).errorCode(inPerson, { input })).toBe('FORBIDDEN');
    await api.gql.as(staff.token).ok(inPerson, { input });
    expect((await api.gql.as(resident.token).ok(ME)).me.verified).toBe(true);
    const [row] = await api.db.query(
      'SELECT method, reason, verified_by_id FROM residency_verifications WHERE user_id = $1',
      [resident.id],
    );
    expect(row).toEqual({ method: 'IN_PERSON', reason: input.reason, verified_by_id: staff.id });
  });
});

describe('sign-in and sign-up limits per IP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_ATTEMPTS_PER_IP: '3', REGISTER_MAX_PER_IP: '2' });
  });
  afterAll(() => api.close());

  it('refuses the fourth sign-in from one address, whatever the accounts tried', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await api.gql.request(LOGIN, {
        input: { email: `someone-${i}@example.fr`, password: 'irrelevant password' },
      });
      codes.push(result.errors?.[0].extensions?.code);
    }
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'RATE_LIMITED']);
  });

  it('refuses the third sign-up from one address and stores nothing', async () => {
    const attempt = (i: number) =>
      api.gql.request(REGISTER, {
        input: { email: `new-${i}@example.fr`, password: 'une phrase de passe solide', displayName: 'Nouvel' },
      });
    expect((await attempt(1)).errors).toBeUndefined();
    expect((await attempt(2)).errors).toBeUndefined();
    expect((await attempt(3)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'new-3@example.fr'`);
    expect(count).toBe(0);
  });
});

/**
 * Issue #14.9: five wrong passwords from anywhere locked the account for
 * everyone, its owner included. Failures now count per (account, address),
 * with a much higher ceiling per account against guessing from many addresses.
 */
describe('sign-in lockout per account and address', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Behind a trusted proxy, X-Forwarded-For gives each request its address.
    api = await startTestApi({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_ACCOUNT: '12' });
  });
  afterAll(() => api.close());

  const login = (email: string, password: string, ip: string) =>
    api.gql.request(LOGIN, { input: { email, password } }, { 'x-forwarded-for': ip });
  const codeOf = async (email: string, password: string, ip: string) =>
    (await login(email, password, ip)).errors?.[0].extensions?.code ?? 'OK';

  it("locks the attacker's address out of the account after five failures, while its owner signs in from elsewhere", async () => {
    const owner = await createUser(api);
    const attacker = '203.0.113.66';
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(await codeOf(owner.email, 'wrong password!', attacker));
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'RATE_LIMITED']);
    // Even the right password from the attacker's address is refused now.
    expect(await codeOf(owner.email, FACTORY_PASSWORD, attacker)).toBe('RATE_LIMITED');

    const signedIn = await login(owner.email, FACTORY_PASSWORD, '198.51.100.7');
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login.user.id).toBe(owner.id);
    expect(await codeOf(owner.email, 'wrong password!', attacker)).toBe('RATE_LIMITED');
  });

  it('still locks an account guessed at from many addresses, at the per-account ceiling', async () => {
    const owner = await createUser(api);
    for (let i = 0; i < 12; i++)
      expect(await codeOf(owner.email, 'wrong password!', `203.0.113.${100 + (i % 4)}`)).toBe('INVALID_CREDENTIALS');
    expect(await codeOf(owner.email, FACTORY_PASSWORD, '198.51.100.8')).toBe('RATE_LIMITED');
  });
});
