import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DistrictEntity } from '@quorum/municipality/entities';
import { VerificationMethod } from '../types/verification-method.enum';
import { CensusEntryEntity } from './census-entry.entity';
import { UserEntity } from './user.entity';

/**
 * The database, not the code, guarantees one person one vote: an account is
 * verified once, and a census entry verifies at most one account, ever (rows
 * survive account erasure so an entry cannot be reused).
 */
@Entity('residency_verifications')
@Index('residency_verifications_user_id_key', ['userId'], { unique: true })
@Index('residency_verifications_census_entry_id_key', ['censusEntryId'], {
  unique: true,
  where: 'census_entry_id IS NOT NULL',
})
export class ResidencyVerificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  censusEntryId: string | null;

  @ManyToOne(() => CensusEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'census_entry_id' })
  censusEntry?: CensusEntryEntity;

  @Column({ type: 'enum', enum: VerificationMethod, enumName: 'verification_method' })
  method: VerificationMethod;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  /** Set by staff at an in-person verification without a census entry; otherwise the entry's district counts. */
  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'district_id' })
  district?: DistrictEntity;

  /**
   * Set when staff verified in person someone who does not live in the area
   * but has a link to it (works or studies there…), as checked: such a person
   * takes part only where the population is ALSO_LINKED. Null for residents.
   */
  @Column({ type: 'text', nullable: true })
  linkToArea: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
