import { Field, ObjectType } from '@nestjs/graphql';
import { UserType } from './user.type';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Bearer token for the Authorization header; short-lived.' })
  token: string;

  @Field(() => UserType)
  user: UserType;
}
