import { UserEntity } from '@quorum/identity/entities';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProposalEntity } from './proposal.entity';

/**
 * A resident following a proposal, to be written to when the town hall
 * publishes its official answer or the author withdraws it. Personal data
 * (who follows what): in the resident's data export, deleted when the account
 * is erased.
 */
@Entity('proposal_follows')
@Index('proposal_follows_user_id_idx', ['userId'])
export class ProposalFollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
