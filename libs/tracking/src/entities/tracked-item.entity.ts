import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TrackedItemSource } from '../types/tracked-item-source.enum';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';

/**
 * A winning budget project or an accepted proposal followed to completion;
 * both when the winner came from the proposal (one item, two origins:
 * `sourceType` names the first).
 * The other domains' rows are named by entity name so that this library's
 * model does not load theirs; their deletion leaves the item (its history is
 * public record) without its source.
 */
@Entity('tracked_items')
@Index('tracked_items_budget_project_id_key', ['budgetProjectId'], { unique: true })
@Index('tracked_items_proposal_id_key', ['proposalId'], { unique: true })
@Index('tracked_items_status_idx', ['status', 'createdAt'])
@Index('tracked_items_budget_id_idx', ['budgetId'])
@Check('tracked_items_progress_check', 'progress_percent BETWEEN 0 AND 100')
@Check('tracked_items_done_progress_check', "status <> 'DONE' OR progress_percent = 100")
@Check('tracked_items_abandon_reason_check', "(status = 'ABANDONED') = (abandon_reason IS NOT NULL)")
@Check('tracked_items_committed_check', 'committed_cents >= 0')
@Check('tracked_items_spent_check', 'spent_cents >= 0')
@Check(
  'tracked_items_planned_dates_check',
  'planned_end_on IS NULL OR planned_start_on IS NULL OR planned_end_on >= planned_start_on',
)
@Check('tracked_items_location_check', '(latitude IS NULL) = (longitude IS NULL)')
@Check('tracked_items_latitude_check', 'latitude IS NULL OR latitude BETWEEN -90 AND 90')
@Check('tracked_items_longitude_check', 'longitude IS NULL OR longitude BETWEEN -180 AND 180')
@Check('tracked_items_place_from_proposal_check', 'NOT place_from_proposal OR latitude IS NOT NULL')
@Check(
  'tracked_items_actual_dates_check',
  'actual_end_on IS NULL OR actual_start_on IS NULL OR actual_end_on >= actual_start_on',
)
export class TrackedItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: TrackedItemSource, enumName: 'tracked_item_source' })
  sourceType: TrackedItemSource;

  @Column({ type: 'uuid', nullable: true })
  budgetProjectId: string | null;

  @ManyToOne('BudgetProjectEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'budget_project_id' })
  budgetProject?: unknown;

  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne('ProposalEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: unknown;

  /** The budget whose result funded it (for filtering); null for a proposal. */
  @Column({ type: 'uuid', nullable: true })
  budgetId: string | null;

  @ManyToOne('BudgetEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'budget_id' })
  budget?: unknown;

  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  @ManyToOne('DistrictEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'district_id' })
  district?: unknown;

  /** Year of the decision (the vote's close, the answer's publication). */
  @Column({ type: 'smallint' })
  year: number;

  /** Copied from the source when tracking starts; staff may retitle it. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({
    type: 'enum',
    enum: TrackedItemStatus,
    enumName: 'tracked_item_status',
    default: TrackedItemStatus.PLANNED,
  })
  status: TrackedItemStatus;

  /** Public; set exactly when ABANDONED. */
  @Column({ type: 'text', nullable: true })
  abandonReason: string | null;

  @Column({ type: 'smallint', default: 0 })
  progressPercent: number;

  @Column({ type: 'date', nullable: true })
  plannedStartOn: string | null;

  @Column({ type: 'date', nullable: true })
  plannedEndOn: string | null;

  @Column({ type: 'date', nullable: true })
  actualStartOn: string | null;

  @Column({ type: 'date', nullable: true })
  actualEndOn: string | null;

  /** Integer cents (bigint: PostgreSQL returns it as a string). */
  @Column({ type: 'bigint', default: 0 })
  committedCents: string;

  @Column({ type: 'bigint', default: 0 })
  spentCents: string;

  /**
   * Where it is done, WGS84 degrees (both or neither): copied from the
   * proposal's place when tracking starts (a budget project has none of its
   * own, so a winner gets its proposal's); staff may set or clear it.
   */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /**
   * The place was copied from the proposal (its own, or its budget
   * project's) and is published only while that proposal is
   * (tracked-item-visibility.ts); false once staff set it, which makes it theirs.
   */
  @Column({ type: 'boolean', default: false })
  placeFromProposal: boolean;

  /** The department in charge. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  department: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
