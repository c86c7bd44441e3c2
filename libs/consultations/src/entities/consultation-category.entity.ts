import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConsultationEntity } from './consultation.entity';

/** Categories belong to one consultation (Decidim's per-space categories). */
@Entity('consultation_categories')
@Index('consultation_categories_consultation_id_name_key', ['consultationId', 'name'], { unique: true })
export class ConsultationCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;
}
