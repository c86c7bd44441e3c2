import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserWithStatus } from '../services/user.service';
import { Role } from './role.enum';

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

  static from({ user, verified }: UserWithStatus): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email ?? '',
      displayName: user.displayName,
      role: user.role,
      verified,
    });
  }
}
