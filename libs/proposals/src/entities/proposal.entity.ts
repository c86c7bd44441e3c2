import { ConsultationCategoryEntity } from '@quorum/consultations/entities';
import { ConsultationEntity } from '@quorum/consultations/entities';
import { UserEntity } from '@quorum/identity/entities';
import { DistrictEntity } from '@quorum/municipality/entities';
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
import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalState } from '../types/proposal-state.enum';

@Entity('proposals')
@Index('proposals_consultation_id_support_count_idx', ['consultationId', 'supportCount', 'id'])
@Index('proposals_consultation_id_created_at_idx', ['consultationId', 'createdAt', 'id'])
@Index('proposals_consultation_id_author_id_idx', ['consultationId', 'authorId'])
@Index('proposals_author_id_submission_id_key', ['authorId', 'submissionId'], { unique: true })
// GIN index on quorum_french_document(title, body), created by hand in the migration (functional index).
@Index('proposals_search_idx', { synchronize: false })
@Check('proposals_support_count_check', 'support_count >= 0')
@Check('proposals_latitude_check', 'latitude IS NULL OR latitude BETWEEN -90 AND 90')
@Check('proposals_longitude_check', 'longitude IS NULL OR longitude BETWEEN -180 AND 180')
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 150 })
  title: string;

  /** Markdown; rendered and sanitised on output. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => ConsultationCategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id' })
  category?: ConsultationCategoryEntity;

  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'district_id' })
  district?: DistrictEntity;

  /** WGS84 degrees. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'enum', enum: ProposalState, enumName: 'proposal_state', default: ProposalState.PUBLISHED })
  state: ProposalState;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  /** The published official answer's status, copied here so lists filter and lock without a join. */
  @Column({ type: 'enum', enum: AnswerStatus, enumName: 'proposal_published_answer_status', nullable: true })
  answerStatus: AnswerStatus | null;

  /** Exact: changed only in the transaction that inserts or deletes the support row. */
  @Column({ type: 'int', default: 0 })
  supportCount: number;

  /** Set by moderation; hidden proposals leave lists and search but stay stored. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The client's id of the submission (a form's token): the same submission sent twice makes one proposal. */
  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
