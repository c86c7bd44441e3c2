import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum } from 'class-validator';
import { Type } from 'class-transformer';
import { PhaseKind } from '../types/phase-kind.enum';

@InputType('PhaseInput')
export class PhaseInput {
  @Field(() => PhaseKind)
  @IsEnum(PhaseKind)
  kind: PhaseKind;

  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field({ description: 'Exclusive; must be after startsAt.' })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
}
