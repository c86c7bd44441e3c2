import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One import run and what it did, for staff and the audit trail. */
@Entity('census_imports')
export class CensusImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  source: 'CLI' | 'GRAPHQL';

  @Column({ type: 'uuid', nullable: true })
  importedById: string | null;

  @Column({ type: 'int' })
  added: number;

  @Column({ type: 'int' })
  alreadyPresent: number;

  @Column({ type: 'int' })
  malformed: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
