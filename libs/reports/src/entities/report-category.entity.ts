import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CategoryAttribute } from '../types/category-attribute';

/** What residents can report; an Open311 "service". */
@Entity('report_categories')
@Index('report_categories_code_key', ['code'], { unique: true })
export class ReportCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Open311 service_code; stable, used by clients and in URLs. */
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  group: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  /** Department that handles new reports of this category by default. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  department: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attributes: CategoryAttribute[];

  /** Inactive categories stay on old reports but take no new ones. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
