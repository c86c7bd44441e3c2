import { Field, ObjectType } from '@nestjs/graphql';
import { ModerationAction } from './moderation-action.enum';

/** One decision in a moderated item's history, as staff see it (who decided is in the audit log). */
@ObjectType('ModerationDecision')
export class ModerationDecisionType {
  @Field(() => ModerationAction)
  action: ModerationAction;

  @Field(() => String, { nullable: true, description: 'The reason staff gave; null for the automatic hide.' })
  reason: string | null;

  @Field(() => Date)
  decidedAt: Date;
}
