import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PaperBallotBatchEntity } from './paper-ballot-batch.entity';

/**
 * One sheet of a batch as one entry read it (1: first agent, 2: second agent,
 * 3: the resolution of differing entries), accepted or refused with the
 * rule it breaks: refused sheets are kept, never dropped. Project ids are
 * text, as typed: a refused sheet may name no project of the budget.
 */
@Entity('paper_ballot_sheets')
@Check('paper_ballot_sheets_entry_check', 'entry BETWEEN 1 AND 3')
@Check('paper_ballot_sheets_points_length_check', 'points IS NULL OR cardinality(points) = cardinality(project_ids)')
export class PaperBallotSheetEntity {
  @PrimaryColumn({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => PaperBallotBatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: PaperBallotBatchEntity;

  @PrimaryColumn({ type: 'smallint' })
  entry: number;

  /** 0-based position of the sheet in the batch, as entered. */
  @PrimaryColumn({ type: 'int' })
  sheetIndex: number;

  /** Chosen projects as the ballot stores them (sets sorted; ORDINAL: most preferred first). */
  @Column({ type: 'text', array: true })
  projectIds: string[];

  @Column({ type: 'int', array: true, nullable: true })
  points: number[] | null;

  /** The first rule the sheet breaks (a ballot violation code); null when accepted. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  refusalCode: string | null;
}
