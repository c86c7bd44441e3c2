import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One published version of one open-data file. The current version of a file
 * is its newest row; older rows stay downloadable for the retention period.
 * A row exists only once its bytes are complete on disk.
 */
@Entity('open_data_files')
@Index('open_data_files_file_name_created_at_idx', ['fileName', 'createdAt'])
export class OpenDataFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Dataset name (`proposals`), or `data-package` for the package and the zip. */
  @Column({ type: 'varchar', length: 64 })
  dataset: string;

  /** csv, json, geojson, pb, zip. */
  @Column({ type: 'varchar', length: 16 })
  format: string;

  /** Public name, stable across versions: `proposals.csv`, `budget-<id>.pb`. */
  @Column({ type: 'varchar', length: 120 })
  fileName: string;

  /** Hex SHA-256 of the bytes, which are stored under it (content address) and serve as ETag. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bigint' })
  bytes: string;

  /** Data rows (ballots for a .pb file, files for the zip). */
  @Column({ type: 'int' })
  rows: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
