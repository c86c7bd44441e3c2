import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VerificationMethod } from './verification-method.enum';

/** What the lookup found of an account, in the database's words. */
export interface AccountLookupRow {
  id: string;
  displayName: string;
  email: string | null;
  createdAt: Date;
  emailConfirmed: boolean;
  blocked: boolean;
  verificationMethod: VerificationMethod | null;
}

/** Shows enough of an address for the person at the desk to recognise it, not enough to write to it. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}

/**
 * An account as staff see it at the desk, to verify the person in front of
 * them: no full address, no role, no activity.
 */
@ObjectType('AccountLookupResult')
export class AccountLookupType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: 'The first letter and the domain of the address ("h•••@example.org"), for the person to confirm.',
  })
  emailHint: string | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date;

  @Field()
  emailConfirmed: boolean;

  @Field({ description: 'Blocked accounts cannot be verified.' })
  blocked: boolean;

  @Field()
  verified: boolean;

  static from(row: AccountLookupRow): AccountLookupType {
    return Object.assign(new AccountLookupType(), {
      id: row.id,
      displayName: row.displayName,
      emailHint: maskEmail(row.email),
      createdAt: row.createdAt,
      emailConfirmed: row.emailConfirmed,
      blocked: row.blocked,
      verified: row.verificationMethod !== null,
    });
  }
}
