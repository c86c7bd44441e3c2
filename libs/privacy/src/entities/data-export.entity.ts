import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataExportStatus } from '../types/data-export-status.enum';

/**
 * A resident's request for their data (right of access). The archive itself
 * is a file named after the id in DATA_EXPORT_DIR; this row says whether it
 * exists and until when it may be downloaded.
 */
@Entity('data_exports')
@Index('data_exports_user_id_requested_at_idx', ['userId', 'requestedAt'])
@Index('data_exports_status_expires_at_idx', ['status', 'expiresAt'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  // By entity name, to keep identity's library out of the model imports.
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'enum', enum: DataExportStatus, enumName: 'data_export_status', default: DataExportStatus.PENDING })
  status: DataExportStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'int', nullable: true })
  sizeBytes: number | null;
}
