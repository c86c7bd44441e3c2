import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { isMailKind, MailKind } from '../templates/mail-kinds';

// A key of its own, derived from the server secret (as the sealed parameters' key is). v2 since the
// address hashes are keyed (MAIL_HASH_SECRET): a v1 link names a plain SHA-256 that matches nothing any more,
// so it is refused as invalid rather than recording an unsubscription that would stop nothing.
const KEY_INFO = 'quorum mail unsubscribe v2';

export function unsubscribeKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', KEY_INFO, 32));
}

function mac(key: Buffer, kind: MailKind, recipientHash: string): string {
  return createHmac('sha256', key).update(`${kind}:${recipientHash}`).digest('base64url');
}

/**
 * What an unsubscribe link carries: the kind, the address's keyed hash
 * (recipientHash; never the address) and their HMAC, so that it works without signing in (RFC 8058
 * one-click) and nobody can forge one for another address or kind. It does
 * not expire: a message read months later must still let its reader leave.
 */
export function unsubscribeToken(key: Buffer, kind: MailKind, recipientHash: string): string {
  return `${kind}.${recipientHash}.${mac(key, kind, recipientHash)}`;
}

export function openUnsubscribeToken(key: Buffer, token: string): { kind: MailKind; recipientHash: string } | null {
  const [kind, recipientHash, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !kind || !isMailKind(kind) || !/^[0-9a-f]{64}$/.test(recipientHash ?? '')) return null;
  const expected = Buffer.from(mac(key, kind, recipientHash));
  const given = Buffer.from(signature ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { kind, recipientHash };
}
