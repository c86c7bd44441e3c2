import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

/** Every kind is given: the form sends its whole state, so an unticked box means "stop". */
@InputType()
export class UpdateMyMailPreferencesInput {
  @Field({ description: 'Vote confirmations and replacement notices.' })
  @IsBoolean()
  ballots: boolean;

  @Field({ description: 'Acknowledgments and status changes of my issue reports.' })
  @IsBoolean()
  reports: boolean;

  @Field({ description: 'News of the proposals and budgets I follow.' })
  @IsBoolean()
  follows: boolean;
}
