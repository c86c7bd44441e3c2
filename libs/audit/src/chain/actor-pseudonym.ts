import { createHmac } from 'node:crypto';

/**
 * The pseudonym a staff member acts under in public audit entries: hex
 * HMAC-SHA256 of their id under AUDIT_PSEUDONYM_SECRET. Stable, so that the
 * public can tell that two entries are by the same agent; keyed, so that
 * nobody without the secret can test a candidate id against it (a plain hash
 * of an id shown elsewhere, such as a comment's author, would be).
 */
export function actorPseudonym(secret: string, actorId: string): string {
  return createHmac('sha256', secret).update(actorId, 'utf8').digest('hex');
}
