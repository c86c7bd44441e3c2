import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// A key of its own, derived from the server secret: sealing mail never weakens the secret's other uses.
const KEY_INFO = 'quorum mail job params v1';

/** The message's own key, from a secret validated at boot (JWT_SECRET: a development value is refused off loopback). */
export function mailParamsKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', KEY_INFO, 32));
}

/**
 * Seals a message's parameters (a password reset link's token among them) so
 * that the outbox row and the Redis job, which outlive the message by days,
 * hold nothing usable. The job's event and template are bound as associated
 * data: a sealed value moved to another job does not open.
 */
export function sealMailParams(key: Buffer, params: unknown, boundTo: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(boundTo));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(params), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The parameters, or null when the value was not sealed by this key for this job (tampered, moved or rotated secret). */
export function openMailParams(key: Buffer, sealed: string, boundTo: string): unknown {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const clear = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(clear.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** What a job's sealed parameters are bound to. */
export function mailParamsBinding(eventKey: string, template: string): string {
  return `${eventKey}\0${template}`;
}
