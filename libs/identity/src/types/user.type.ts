import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@quorum/access';
import { UserWithStatus } from '../services/user.service';

/** The signed-in account as its owner sees it. Other people's accounts are never exposed through this type. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  verified: boolean;

  @Field({
    description:
      'Whether the owner of the address followed the confirmation link; nothing else is sent to it until then.',
  })
  emailConfirmed: boolean;

  static from({ user, verified }: UserWithStatus): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      // An account that signed up with a taken address sees that address as its own (sign-up tells nothing).
      email: user.email ?? user.claimedEmail ?? '',
      displayName: user.displayName,
      role: user.role,
      verified,
      emailConfirmed: user.emailConfirmedAt !== null,
    });
  }
}
