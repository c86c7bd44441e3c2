import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { actorPseudonym } from '../chain/actor-pseudonym';
import { isWithheldPayload } from '../chain/withheld-payload';
import { AuditEntryEntity } from '../entities/audit-entry.entity';

@ObjectType('AuditEntry', { description: 'One link of the audit hash chain (see npm run cli -- audit:verify).' })
export class AuditEntryType {
  @Field({ description: 'Position in the chain (1, 2, 3…); a string, as it may exceed 2^31.' })
  sequence: string;

  @Field()
  occurredAt: Date;

  @Field({ description: 'STAFF, RESIDENT (never named) or SYSTEM.' })
  actorKind: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The staff account that acted: shown to staff only; others get null and actorPseudonym.',
  })
  actorId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Staff acting on public content: a stable keyed pseudonym (HMAC of their id), the same for all their entries, not reversible. Public entries since issue #14.14 commit to it instead of actorId.',
  })
  actorPseudonym: string | null;

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field()
  isPublic: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Canonical JSON, exactly the text hashed; null when withheld: the receipts and content hashes that ballot.cast entries held before they stopped recording anything of the ballot (docs/VERIFYING.md).',
  })
  payload: string | null;

  @Field()
  prevHash: string;

  @Field({ description: 'SHA-256 over prevHash and the canonical content of this entry.' })
  hash: string;

  /**
   * Staff see the actor's id; everyone else sees only its pseudonym, the
   * stored one or, for public entries written before pseudonyms existed,
   * one computed now (those entries' hashes still cover the id: docs/VERIFYING.md).
   */
  static from(entry: AuditEntryEntity, viewer: { staff: boolean; pseudonymSecret: string }): AuditEntryType {
    const pseudonym =
      entry.actorPseudonym ??
      (entry.actorKind === 'STAFF' && entry.actorId ? actorPseudonym(viewer.pseudonymSecret, entry.actorId) : null);
    return Object.assign(new AuditEntryType(), entry, {
      actorId: viewer.staff ? entry.actorId : null,
      actorPseudonym: pseudonym,
      payload: isWithheldPayload(entry.action, entry.payload) ? null : entry.payload,
    });
  }
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}
