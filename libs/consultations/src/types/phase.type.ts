import { Field, ObjectType } from '@nestjs/graphql';
import { PhaseKind } from './phase-kind.enum';

@ObjectType('Phase')
export class PhaseType {
  @Field(() => PhaseKind)
  kind: PhaseKind;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}
