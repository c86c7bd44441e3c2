import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsBoolean, IsOptional } from 'class-validator';

@ArgsType()
export class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only hidden (true) or only visible (false) content; both when omitted.',
  })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean;
}
