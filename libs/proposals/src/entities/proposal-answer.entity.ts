import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AnswerStatus } from '../types/answer-status.enum';
import { ProposalEntity } from './proposal.entity';

/** Staff's official answer; residents see it once published. */
@Entity('proposal_answers')
export class ProposalAnswerEntity {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @OneToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @Column({ type: 'enum', enum: AnswerStatus, enumName: 'proposal_answer_status' })
  status: AnswerStatus;

  /** Markdown. */
  @Column({ type: 'text' })
  answer: string;

  @Column({ type: 'uuid' })
  answeredById: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
