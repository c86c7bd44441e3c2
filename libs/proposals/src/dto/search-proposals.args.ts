import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsString, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class SearchProposalsArgs extends ConnectionArgs {
  @Field({
    description: 'Words to look for, French full-text (accents and word endings ignored); 1 to 200 characters.',
  })
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'must not be empty' })
  query: string;
}
