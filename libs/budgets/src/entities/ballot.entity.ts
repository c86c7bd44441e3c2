import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BallotChannel } from '../types/ballot-channel.enum';
import { BudgetEntity } from './budget.entity';

/**
 * What was voted, never who: no voter column and no timestamp (which could be
 * matched against access logs). The receipt is random, so ordering by it (as
 * the canonical ballots file does) reveals nothing about casting order.
 */
@Entity('ballots')
@Index('ballots_receipt_key', ['receipt'], { unique: true })
@Check('ballots_points_length_check', 'points IS NULL OR cardinality(points) = cardinality(project_ids)')
@Index('ballots_budget_id_receipt_idx', ['budgetId', 'receipt'])
@Check('ballots_set_aside_check', "NOT set_aside OR channel = 'ONLINE'")
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  /** Public random id the voter gets back and can find in the published ballots; byte order ("C") so that SQL and the canonical file sort alike. */
  @Column({ type: 'varchar', length: 32, collation: 'C' })
  receipt: string;

  /** Chosen projects; for ORDINAL ballots, most preferred first. */
  @Column({ type: 'uuid', array: true })
  projectIds: string[];

  /** CUMULATIVE only: points parallel to projectIds. */
  @Column({ type: 'int', array: true, nullable: true })
  points: number[] | null;

  /**
   * Position in the canonical ballots file (0-based, by receipt), set by the
   * tally: the leaf whose proof `budget_merkle_chunks` holds. Null until then.
   */
  @Column({ type: 'int', nullable: true })
  leafIndex: number | null;

  /** Online (castBallot, with a participation) or a paper sheet of a counted batch (no participation, no voter). */
  @Column({ type: 'enum', enum: BallotChannel, enumName: 'ballot_channel', default: BallotChannel.ONLINE })
  channel: BallotChannel;

  /**
   * An online ballot kept out of the tally because its voter was then marked
   * as having voted in person in a PAPER_WINS budget: recorded, counted in
   * `turnout.setAside`, left out of the ballots file and the count.
   */
  @Column({ type: 'boolean', default: false })
  setAside: boolean;
}
