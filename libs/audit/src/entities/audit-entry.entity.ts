import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One link of the hash chain. Append-only: a trigger refuses UPDATE, DELETE
 * and TRUNCATE (migration AuditLog). Never names a resident for a ballot:
 * `actor_id` is null then, and the payload carries the receipt only.
 */
@Entity('audit_entries')
@Index('audit_entries_action_idx', ['action', 'sequence'])
@Index('audit_entries_subject_idx', ['subjectType', 'subjectId', 'sequence'])
@Index('audit_entries_occurred_at_idx', ['occurredAt'])
@Check('audit_entries_sequence_check', 'sequence > 0')
export class AuditEntryEntity {
  /** 1, 2, 3… without gaps: the chain order. */
  @PrimaryColumn({ type: 'bigint' })
  sequence: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** STAFF, RESIDENT, SYSTEM (worker, CLI). */
  @Column({ type: 'varchar', length: 16 })
  actorKind: string;

  /** The staff account; null for residents' ballots and for the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /**
   * Public entries by staff: HMAC of actorId under AUDIT_PSEUDONYM_SECRET,
   * what the public sees and what the hash commits to (see auditEntryHash).
   */
  @Column({ type: 'char', length: 64, nullable: true })
  actorPseudonym: string | null;

  /** e.g. budget.create, ballot.cast. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  subjectId: string | null;

  /** Whether residents and the public may read it (it concerns public content). */
  @Column({ type: 'boolean' })
  isPublic: boolean;

  /** Canonical JSON text (not jsonb, which would reorder keys and change the bytes hashed). */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
