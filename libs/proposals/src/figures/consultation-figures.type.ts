import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ConsultationFigures', { description: 'Participation in one consultation, public.' })
export class ConsultationFiguresType {
  @Field(() => ID)
  consultationId: string;

  @Field(() => Int, { description: 'Published proposals, hidden ones excepted.' })
  proposals: number;

  @Field(() => Int, { description: 'Supports given to its proposals.' })
  supports: number;

  @Field(() => Int, {
    description: 'People who published a proposal in it, supported one or commented on one (each counted once).',
  })
  participants: number;
}
