import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '@quorum/access';

@ArgsType()
export class AccountsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the email or of the display name.' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;
}
