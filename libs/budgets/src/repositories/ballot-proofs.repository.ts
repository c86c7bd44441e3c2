import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chunkOf, MerkleLevel, MerkleNodePosition } from '@quorum/audit';
import { DataSource, EntityManager } from 'typeorm';

/** Chunks per INSERT: about 2 MB of hex-encoded hashes a statement. */
const CHUNKS_PER_INSERT = 32;

/**
 * What a receipt's inclusion proof is read from: each ballot's leaf index and
 * the tree's node hashes (budget_merkle_chunks), both written by the tally.
 * With the ballot read by its receipt (BallotRepository.findByReceipt), a
 * lookup is two reads by key, whatever the size of the budget.
 */
@Injectable()
export class BallotProofsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces a budget's stored tree and numbers its ballots by receipt, in the tally's transaction. */
  async replace(manager: EntityManager, budgetId: string, levels: readonly MerkleLevel[]): Promise<void> {
    await manager.query(`DELETE FROM budget_merkle_chunks WHERE budget_id = $1`, [budgetId]);
    const rows = levels.flatMap((l) => l.chunks.map((hashes, chunk) => ({ level: l.level, chunk, hashes })));
    for (let i = 0; i < rows.length; i += CHUNKS_PER_INSERT) {
      const batch = rows.slice(i, i + CHUNKS_PER_INSERT);
      await manager.query(
        `INSERT INTO budget_merkle_chunks (budget_id, level, chunk, hashes)
         SELECT $1, level, chunk, hashes FROM unnest($2::smallint[], $3::int[], $4::bytea[]) AS r(level, chunk, hashes)`,
        [budgetId, batch.map((r) => r.level), batch.map((r) => r.chunk), batch.map((r) => r.hashes)],
      );
    }
    // The canonical file's order: receipts in byte order (the column is COLLATE "C"), set-aside ballots left out. A re-tally rewrites nothing.
    await manager.query(
      `UPDATE ballots v SET leaf_index = o.i
         FROM (SELECT id, (row_number() OVER (ORDER BY receipt) - 1)::int AS i FROM ballots WHERE budget_id = $1 AND NOT set_aside) o
        WHERE v.id = o.id AND v.leaf_index IS DISTINCT FROM o.i`,
      [budgetId],
    );
  }

  /** The stored hashes at these positions, in their order (a slice of one chunk each); null if any is missing. */
  async nodes(budgetId: string, positions: readonly MerkleNodePosition[]): Promise<Buffer[] | null> {
    if (positions.length === 0) return [];
    const at = positions.map(chunkOf);
    // One primary-key lookup per position (a correlated subquery, so the planner cannot turn it into a scan of
    // the budget's chunks), reading only the 32 bytes asked for.
    const rows: { hash: Buffer | null }[] = await this.dataSource.query(
      `SELECT (SELECT substring(c.hashes FROM p.byte_offset + 1 FOR 32) FROM budget_merkle_chunks c
                WHERE c.budget_id = $1 AND c.level = p.level AND c.chunk = p.chunk) AS hash
         FROM unnest($2::smallint[], $3::int[], $4::int[]) WITH ORDINALITY AS p(level, chunk, byte_offset, ord)
        ORDER BY p.ord`,
      [budgetId, positions.map((p) => p.level), at.map((a) => a.chunk), at.map((a) => a.offset)],
    );
    const hashes = rows.map((r) => r.hash);
    return hashes.every((h): h is Buffer => h?.length === 32) ? hashes : null;
  }
}
