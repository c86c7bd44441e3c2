import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetEntity } from './budget.entity';

/**
 * The polling place's register (liste d'émargement): a person marked as
 * having voted in person in a budget, named only by a keyed hash of budget
 * and census entry (HMAC under BALLOT_HMAC_SECRET, as participations name
 * voters), never linked to a paper sheet. The primary key is the database's
 * guarantee that a person is marked once per budget. `setAside`: the budget
 * is ONLINE_WINS and the person already held an online ballot, so this
 * paper vote does not count (no sheet is handed out).
 */
@Entity('budget_in_person_votes')
export class InPersonVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  budgetId: string;

  @PrimaryColumn({ type: 'char', length: 64 })
  personKey: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'boolean', default: false })
  setAside: boolean;
}
