/** Who did it. Residents casting ballots are never named (`id` stays null). */
export interface AuditActor {
  kind: 'STAFF' | 'RESIDENT' | 'SYSTEM';
  id: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'SYSTEM', id: null };

/** A staff member acting through the API or CLI (their id is accountability, not personal data to hide). */
export function staffActor(id: string): AuditActor {
  return { kind: 'STAFF', id };
}

export interface AuditEntryInput {
  actor: AuditActor;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Concerns public content: residents and anonymous readers may see it. */
  isPublic: boolean;
  payload?: Record<string, unknown>;
}
