import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, MaxLength } from 'class-validator';

@InputType()
export class BallotPointsInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  projectId: string;

  @Field(() => Int)
  @IsInt()
  points: number;
}
