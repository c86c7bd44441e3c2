import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@quorum/access';
import { IsEnum, IsUUID } from 'class-validator';

@InputType()
export class SetAccountRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}
