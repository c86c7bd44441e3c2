import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DistrictEntity } from '@quorum/municipality/entities';

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

  /** The district of residence, when the census file gives it: it decides who votes in a district's budget. */
  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'district_id' })
  district?: DistrictEntity;

  /** Year of birth, when the census file gives it (age limits of budgets and consultations). Personal data: never in open data. */
  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  /** Registered on the commune's electoral roll, when the census file says; null when it does not. */
  @Column({ type: 'boolean', nullable: true })
  registeredVoter: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
