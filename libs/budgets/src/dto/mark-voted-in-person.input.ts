import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class MarkVotedInPersonInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  budgetId: string;

  @Field({ description: "The person's census code, as on their voter card." })
  @IsString()
  @MaxLength(100)
  censusCode: string;
}
