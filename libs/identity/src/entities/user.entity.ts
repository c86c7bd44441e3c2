import { Role } from '@quorum/access';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
@Index('users_email_key', ['email'], { unique: true, where: 'email IS NOT NULL' })
@Index('users_claimed_email_idx', ['claimedEmail'], { where: 'claimed_email IS NOT NULL' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased at registration; null once the account is erased. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** Null until the owner of `email` followed the confirmation link; the platform sends nothing else to an unconfirmed address. */
  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /**
   * A sign-up with an address another account already uses gets an account of
   * its own with the address here instead of in `email` (so the answer is the
   * same as for a new address): it can never be confirmed, and the address's
   * owner is told someone tried (issue #14.9).
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  claimedEmail: string | null;

  /** The language of the messages sent to this account. */
  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: string;

  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 80 })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.RESIDENT })
  role: Role;

  @Column({ type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Set at each password change: tokens signed before it stop working (TokenClaims.pca). */
  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
