import { Role } from '@quorum/access';
import { randomBytes } from 'node:crypto';
import { CensusHasher } from '@quorum/identity';
import * as argon2 from 'argon2';
import { AccountTokenPurpose } from '../../libs/identity/src/entities/account-token.entity';
import { AccountTokenService } from '../../libs/identity/src/services/account-token.service';
import { TokenService } from '../../libs/identity/src/services/token.service';
import { startTestApi, TestApi } from './test-api';

export const FACTORY_PASSWORD = 'factory-password-42';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  token: string;
  role: Role;
  verified: boolean;
}

export interface UserOptions {
  role?: Role;
  verified?: boolean;
  displayName?: string;
}

/**
 * A test API, then `prepare` (what the file's tests need, e.g. the commune), then a staff account: the set-up
 * of the tests that act as the town hall.
 */
export async function startApiWithStaff(
  env: Record<string, string> = {},
  prepare?: (api: TestApi) => Promise<unknown>,
): Promise<{ api: TestApi; staff: TestUser }> {
  const api = await startTestApi(env);
  await prepare?.(api);
  return { api, staff: await createUser(api, { role: Role.STAFF }) };
}

/** `startApiWithStaff`, then an account for each name of `users` (the file's authors or residents), in order. */
export async function startApiWithStaffAnd<Name extends string>(
  users: Record<Name, UserOptions>,
  env: Record<string, string> = {},
): Promise<{ api: TestApi; staff: TestUser } & Record<Name, TestUser>> {
  const { api, staff } = await startApiWithStaff(env);
  const created = {} as Record<Name, TestUser>;
  for (const name of Object.keys(users) as Name[]) created[name] = await createUser(api, users[name]);
  return { api, staff, ...created };
}

/**
 * Inserts accounts directly (one shared password hash, since argon2 is slow by
 * design) and signs their tokens: hundreds of residents in milliseconds.
 */
export async function createUsers(api: TestApi, count: number, options: UserOptions = {}): Promise<TestUser[]> {
  // At the tests' argon2 cost (test-config), so that each sign-in's verification is as cheap as the API's hashes.
  passwordHash ??= argon2.hash(FACTORY_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: api.config.auth.passwordHash.memoryKib,
    timeCost: api.config.auth.passwordHash.passes,
  });
  const hash = await passwordHash;
  const role = options.role ?? Role.RESIDENT;
  const emails = Array.from({ length: count }, () => `user-${randomBytes(6).toString('hex')}@test.quorum`);
  const rows: { id: string; email: string }[] = await api.db.query(
    `INSERT INTO users (email, password_hash, display_name, role, email_confirmed_at)
     SELECT e, $2, $3, $4, now() FROM unnest($1::text[]) AS e RETURNING id, email`,
    [emails, hash, options.displayName ?? 'Test User', role],
  );
  if (options.verified)
    await verifyUsers(
      api,
      rows.map((r) => r.id),
    );
  const tokens = api.app.get(TokenService);
  return rows.map((r) => ({ ...r, role, verified: !!options.verified, token: tokens.sign({ sub: r.id, role }) }));
}

export async function createUser(api: TestApi, options: UserOptions = {}): Promise<TestUser> {
  return (await createUsers(api, 1, options))[0];
}

/** A single-use emailed token for the account (confirmation or password reset), the clear value as its message carries it. */
export function issueAccountToken(api: TestApi, userId: string, purpose: AccountTokenPurpose): Promise<string> {
  return api.db.transaction((manager) => api.app.get(AccountTokenService).issue(manager, userId, purpose, 3600));
}

/** Verifies accounts through real census entries, as residents would be. */
export async function verifyUsers(api: TestApi, userIds: string[]): Promise<void> {
  const codes = userIds.map(() => `T${randomBytes(8).toString('hex').toUpperCase()}`);
  const hashes = await insertCensusCodes(api, codes);
  await api.db.query(
    `INSERT INTO residency_verifications (user_id, census_entry_id, method)
     SELECT u, c.id, 'CENSUS' FROM unnest($1::uuid[], $2::text[]) AS x(u, h) JOIN census_entries c ON c.code_hash = x.h`,
    [userIds, hashes],
  );
}

/** Adds census codes (in clear here, hashed as the platform does) and returns their hashes. */
export async function insertCensusCodes(api: TestApi, codes: string[]): Promise<string[]> {
  const hasher = api.app.get(CensusHasher);
  const hashes = codes.map((c) => hasher.hash(c));
  await api.db.query('INSERT INTO census_entries (code_hash) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [
    hashes,
  ]);
  return hashes;
}

/** One new census code, in clear, already in the census (an in-person verification names the person's entry). */
export async function freshCensusCode(api: TestApi): Promise<string> {
  const code = `P${randomBytes(8).toString('hex').toUpperCase()}`;
  await insertCensusCodes(api, [code]);
  return code;
}
