import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BallotEntity } from './ballot.entity';
import { BudgetEntity } from './budget.entity';

/**
 * Who voted, kept apart from what was voted. The voter is named only by a
 * keyed hash (HMAC of budget and account under BALLOT_HMAC_SECRET), so this
 * table and the ballots table together still do not say who voted what
 * without the server's secret. The primary key is the database's guarantee of
 * one ballot per resident per budget; re-voting swaps `ballotId`.
 */
@Entity('budget_participations')
@Index('budget_participations_ballot_id_key', ['ballotId'], { unique: true })
export class BudgetParticipationEntity {
  @PrimaryColumn({ type: 'uuid' })
  budgetId: string;

  @PrimaryColumn({ type: 'char', length: 64 })
  voterKey: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => BallotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: BallotEntity;
}
