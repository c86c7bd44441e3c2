import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class VerifyResidencyInput {
  @Field({ description: 'The identifier printed on the voter card (or the census the town hall imported).' })
  @IsString()
  @MinLength(3)
  @MaxLength(64)
  censusCode: string;
}
