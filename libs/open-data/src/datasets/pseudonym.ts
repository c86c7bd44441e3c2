import { createHash, createHmac } from 'node:crypto';

const BLOCK = 64;

/**
 * HMAC-SHA256 of a uuid column under `secret`, computed by PostgreSQL (so
 * COPY can stream it) with its built-in sha256(): the padded keys are derived
 * here and inlined as bytea literals. Equal to `authorPseudonym` below.
 */
export function pseudonymSql(secret: string, column: string): string {
  const { inner, outer } = paddedKeys(secret);
  return `encode(sha256('\\x${outer}'::bytea || sha256('\\x${inner}'::bytea || convert_to(${column}::text, 'UTF8'))), 'hex')`;
}

/** The same pseudonym computed in Node (tests, and anyone holding the secret). */
export function authorPseudonym(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('hex');
}

function paddedKeys(secret: string): { inner: string; outer: string } {
  let key = Buffer.from(secret, 'utf8');
  if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
  const padded = Buffer.alloc(BLOCK);
  key.copy(padded);
  const xor = (byte: number): string => Buffer.from(padded.map((b) => b ^ byte)).toString('hex');
  return { inner: xor(0x36), outer: xor(0x5c) };
}
