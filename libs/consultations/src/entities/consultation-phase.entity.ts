import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PhaseKind } from '../types/phase-kind.enum';
import { ConsultationEntity } from './consultation.entity';

/** A skipped phase simply has no row. Each kind appears at most once per consultation. */
@Entity('consultation_phases')
@Check('consultation_phases_dates_check', 'ends_at > starts_at')
@Index('consultation_phases_consultation_id_kind_key', ['consultationId', 'kind'], { unique: true })
export class ConsultationPhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  @Column({ type: 'enum', enum: PhaseKind, enumName: 'phase_kind' })
  kind: PhaseKind;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  /** Exclusive: the phase is open while startsAt <= now < endsAt. */
  @Column({ type: 'timestamptz' })
  endsAt: Date;
}
