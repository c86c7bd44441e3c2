import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A signed-in browser (the website's cookie). Only the SHA-256 of the random
 * token is stored: a copy of the table cannot be replayed as cookies.
 */
@Entity('sessions')
@Index('sessions_token_hash_key', ['tokenHash'], { unique: true })
@Index('sessions_user_id_idx', ['userId'])
@Index('sessions_expires_at_idx', ['expiresAt'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Hex SHA-256 of the cookie's token. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** The earlier of the idle timeout since lastSeenAt and the absolute lifetime since createdAt. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
