import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetEntity } from './budget.entity';

/**
 * The Merkle tree of a tallied budget's canonical ballots file, stored by the
 * tally so that a receipt's inclusion proof is a few slices read by key
 * instead of the whole tree rebuilt per request. Level 0 holds the leaf
 * hashes by receipt, each level above half as many nodes (a lone last node
 * promoted unchanged: libs/audit's MerkleLevelsBuilder, the RFC 6962 tree);
 * each row is one chunk of up to 1,024 consecutive 32-byte hashes of a level.
 * Stored out of line and uncompressed (STORAGE EXTERNAL, set by the
 * migration), so PostgreSQL reads only the slice a proof asks for.
 */
@Entity('budget_merkle_chunks')
export class BudgetMerkleChunkEntity {
  @PrimaryColumn({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  /** 0 for the leaves, up to the root's level. */
  @PrimaryColumn({ type: 'smallint' })
  level: number;

  /** Node index / 1,024. */
  @PrimaryColumn({ type: 'int' })
  chunk: number;

  @Column({ type: 'bytea' })
  hashes: Buffer;
}
