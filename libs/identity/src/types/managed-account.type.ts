import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { Role } from '@quorum/access';
import { UserEntity } from '../entities/user.entity';

/** An account as admins manage it (issue #21, point 7): who it is, its role and its state. */
@ObjectType('ManagedAccount')
export class ManagedAccountType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field({ description: 'Residency verified.' }) verified: boolean;
  @Field({ description: 'Blocked by moderation: cannot sign in.' }) blocked: boolean;
  @Field() createdAt: Date;

  static from(user: UserEntity, verified: boolean): ManagedAccountType {
    return Object.assign(new ManagedAccountType(), {
      id: user.id,
      displayName: user.displayName,
      email: user.email ?? '',
      role: user.role,
      verified,
      blocked: user.blockedAt !== null,
      createdAt: user.createdAt,
    });
  }
}

@ObjectType('ManagedAccountConnection')
export class ManagedAccountConnection extends ConnectionType(ManagedAccountType, 'ManagedAccount') {}
