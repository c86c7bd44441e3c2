import { UserEntity } from '@quorum/identity/entities';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/** One row per resident per proposal: the unique index, not the code, forbids double supports. */
@Entity('proposal_supports')
@Index('proposal_supports_proposal_id_user_id_key', ['proposalId', 'userId'], { unique: true })
@Index('proposal_supports_user_id_idx', ['userId'])
export class ProposalSupportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
