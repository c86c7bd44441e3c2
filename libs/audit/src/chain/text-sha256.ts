import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of a text (UTF-8). Entries commit to free text (official
 * answers, public notes) by its digest instead of copying it: an append-only
 * table could never correct a name a staff member typed by mistake.
 */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
