import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

/**
 * Every resident's kind is given: the form sends its whole state, so an
 * unticked box means "stop". `digest`, shown to staff only, is left as it is
 * when absent.
 */
@InputType()
export class UpdateMyMailPreferencesInput {
  @Field({ description: 'Vote confirmations and replacement notices.' })
  @IsBoolean()
  ballots: boolean;

  @Field({ description: 'Acknowledgments and status changes of my issue reports.' })
  @IsBoolean()
  reports: boolean;

  @Field({ description: 'News of what I follow: proposals, budgets, issue reports, projects under way.' })
  @IsBoolean()
  follows: boolean;

  @Field({ nullable: true, description: "Staff: the team's daily digest; unchanged when absent." })
  @IsOptional()
  @IsBoolean()
  digest?: boolean;
}
