import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditEntryEntity } from '@quorum/audit';
import { ConnectionType } from '@quorum/common';

@ObjectType('AuditEntry', { description: 'One link of the audit hash chain (see npm run cli -- audit:verify).' })
export class AuditEntryType {
  @Field({ description: 'Position in the chain (1, 2, 3…); a string, as it may exceed 2^31.' })
  sequence: string;

  @Field()
  occurredAt: Date;

  @Field({ description: 'STAFF, RESIDENT (never named) or SYSTEM.' })
  actorKind: string;

  @Field(() => ID, { nullable: true, description: 'The staff account that acted.' })
  actorId: string | null;

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field()
  isPublic: boolean;

  @Field({ description: 'Canonical JSON, exactly the text hashed.' })
  payload: string;

  @Field()
  prevHash: string;

  @Field({ description: 'SHA-256 over prevHash and the canonical content of this entry.' })
  hash: string;

  static from(entry: AuditEntryEntity): AuditEntryType {
    return Object.assign(new AuditEntryType(), entry);
  }
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}
