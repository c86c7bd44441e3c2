import { EligiblePopulation } from '@quorum/common';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('consultations')
@Index('consultations_published_at_idx', ['publishedAt'])
@Check('consultations_age_limits_check', 'min_age IS NULL OR max_age IS NULL OR min_age <= max_age')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown as staff wrote it; rendered and sanitised on output only. */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  imageUrl: string | null;

  /** The district the consultation is about; null for the whole commune. */
  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  /** Supports one resident may give in this consultation; 0 means unlimited. */
  @Column({ type: 'int', default: 0 })
  supportLimit: number;

  /** Supports a proposal needs to reach the threshold; 0 means no threshold. */
  @Column({ type: 'int', default: 0 })
  supportThreshold: number;

  /** Proposals one resident may submit here; null falls back to PROPOSALS_PER_RESIDENT_PER_CONSULTATION. */
  @Column({ type: 'int', nullable: true })
  proposalLimit: number | null;

  /** Reports that hide content automatically; null falls back to MODERATION_HIDE_THRESHOLD. */
  @Column({ type: 'int', nullable: true })
  hideThreshold: number | null;

  /** Who may support proposals beyond the age limits (e.g. registered voters only, CGCT art. L1112-15). */
  @Column({
    type: 'enum',
    enum: EligiblePopulation,
    enumName: 'eligible_population',
    default: EligiblePopulation.CENSUS_RESIDENTS,
  })
  population: EligiblePopulation;

  /** Youngest age allowed to support, reached during the calendar year (census birth year). */
  @Column({ type: 'smallint', nullable: true })
  minAge: number | null;

  @Column({ type: 'smallint', nullable: true })
  maxAge: number | null;

  /** Null while unpublished: residents never see it. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
