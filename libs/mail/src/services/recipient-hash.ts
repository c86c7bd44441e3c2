import { createHmac } from 'node:crypto';

/** An address as mail servers compare it in practice: trimmed, lower-cased. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * What the sent log, the suppressions, unsubscribe links, job ids and logs
 * carry instead of the address: its HMAC-SHA-256 under MAIL_HASH_SECRET
 * (`config.mail.hashSecret`), so that whoever reads them (a database dump, a
 * forwarded message's link) cannot test guessed addresses against them, as a
 * plain SHA-256 would let anyone do.
 */
export function recipientHash(secret: string, address: string): string {
  return createHmac('sha256', secret).update(normalizeAddress(address)).digest('hex');
}
