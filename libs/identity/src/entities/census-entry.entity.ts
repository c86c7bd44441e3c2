import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A census identifier, kept only as its keyed hash: a stolen table reveals no voter-card number. */
@Entity('census_entries')
@Index('census_entries_code_hash_key', ['codeHash'], { unique: true })
export class CensusEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Hex HMAC-SHA256 of the normalised code under CENSUS_HMAC_SECRET. */
  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
