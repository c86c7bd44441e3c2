import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything an entry says; the hash covers all of it and the previous hash. */
export interface AuditContent {
  sequence: number;
  occurredAt: Date;
  actorKind: string;
  actorId: string | null;
  /** Set on public entries by staff (since issue #14.14): the entry then commits to it instead of actorId. */
  actorPseudonym?: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  isPublic: boolean;
  /** Canonical JSON text, exactly as stored. */
  payload: string;
}

/**
 * hash = hex SHA-256( prevHash (64 hex chars) || "\n" || canonical JSON of the
 * content ). The payload is embedded as the text stored, so a verifier needs
 * no JSON re-parsing to reproduce it. An entry with an actor pseudonym hashes
 * `actorId: null` and the pseudonym instead: everything it commits to is in
 * the public view, and the staff id, absent from the hash, cannot be
 * recovered from it by trying candidate ids. Entries without one hash
 * exactly as before the key existed.
 */
export function auditEntryHash(prevHash: string, content: AuditContent): string {
  const pseudonym = content.actorPseudonym ?? null;
  const canonical = canonicalJson({
    sequence: content.sequence,
    occurredAt: content.occurredAt.toISOString(),
    actorKind: content.actorKind,
    actorId: pseudonym ? null : content.actorId,
    ...(pseudonym ? { actorPseudonym: pseudonym } : {}),
    action: content.action,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    public: content.isPublic,
    payload: content.payload,
  });
  return createHash('sha256').update(`${prevHash}\n${canonical}`, 'utf8').digest('hex');
}
