import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The current password, to confirm.' })
  @IsString()
  @MaxLength(256)
  password: string;

  @Field({
    nullable: true,
    description: 'Also delete my public contributions (by default they stay, without my name).',
  })
  @IsOptional()
  @IsBoolean()
  deleteContributions?: boolean;
}
