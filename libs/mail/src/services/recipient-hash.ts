import { createHash } from 'node:crypto';

/** An address as mail servers compare it in practice: trimmed, lower-cased. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** What the sent log, job ids and logs carry instead of the address. */
export function recipientHash(address: string): string {
  return createHash('sha256').update(normalizeAddress(address)).digest('hex');
}
