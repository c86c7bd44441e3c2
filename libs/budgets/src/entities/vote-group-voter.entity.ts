import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VoteGroupEntity } from './vote-group.entity';

/**
 * The budgets of a group one person voted in, under a voter key of the
 * group's own (HMAC of group and census entry, else of group and account, as
 * budget_participations has per budget): who took part where, never what was
 * voted. One row per person and group: casting online and marking at a
 * polling place upsert it, so its row lock queues one person's votes across
 * the group's budgets and channels, and the CHECK is the database's guarantee
 * that nobody votes in more of them than the rule allows, under any concurrency.
 * `max_budgets` is the group's limit, copied so that a CHECK can read it.
 */
@Entity('budget_vote_group_voters')
@Check('budget_vote_group_voters_limit_check', 'cardinality(budget_ids) <= max_budgets')
export class VoteGroupVoterEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId: string;

  @PrimaryColumn({ type: 'char', length: 64 })
  voterKey: string;

  @ManyToOne(() => VoteGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: VoteGroupEntity;

  @Column({ type: 'uuid', array: true })
  budgetIds: string[];

  @Column({ type: 'int' })
  maxBudgets: number;
}
