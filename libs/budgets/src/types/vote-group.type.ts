import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { VoteGroupEntity } from '../entities/vote-group.entity';
import { VoteGroupRule } from './vote-group-rule.enum';

@ObjectType('VoteGroup', { description: 'Budgets voted together, with how many of them one person may vote in.' })
export class VoteGroupType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => VoteGroupRule)
  rule: VoteGroupRule;

  @Field(() => Int, { nullable: true, description: 'UP_TO_N only.' })
  maxBudgets: number | null;

  static from(group: VoteGroupEntity): VoteGroupType {
    return Object.assign(new VoteGroupType(), {
      id: group.id,
      title: group.title,
      rule: group.rule,
      maxBudgets: group.maxBudgets,
    });
  }
}
