import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stores what a receipt's inclusion proof needs (the tally writes it from
 * now on): each ballot's leaf index, and the Merkle tree of the canonical
 * ballots file level by level. Results tallied before get theirs here, in
 * SQL: the same leaves (SHA-256 of 0x00 and the ballot's canonical line,
 * `receipt;projects[;points]`) and the same level-by-level tree as
 * libs/audit's MerkleLevelsBuilder (test/integration/ballot-proofs.int-spec.ts
 * compares the two).
 */
export const STORE_MISSING_BALLOT_PROOFS = `
DO $$
DECLARE
  b record;
  k int;
  n int;
BEGIN
  FOR b IN SELECT r.budget_id, g.ballot_type FROM budget_results r JOIN budgets g ON g.id = r.budget_id
            WHERE NOT EXISTS (SELECT 1 FROM budget_merkle_chunks c WHERE c.budget_id = r.budget_id) LOOP
    UPDATE ballots v SET leaf_index = o.i
      FROM (SELECT id, (row_number() OVER (ORDER BY receipt) - 1)::int AS i FROM ballots WHERE budget_id = b.budget_id) o
     WHERE v.id = o.id;
    CREATE TEMP TABLE merkle_level AS
      SELECT leaf_index AS i,
             sha256('\\x00'::bytea || convert_to(receipt || ';' || array_to_string(project_ids, ',')
               || CASE WHEN b.ballot_type = 'CUMULATIVE' THEN ';' || coalesce(array_to_string(points, ','), '') ELSE '' END, 'UTF8')) AS h
        FROM ballots WHERE budget_id = b.budget_id;
    k := 0;
    LOOP
      INSERT INTO budget_merkle_chunks (budget_id, level, chunk, hashes)
        SELECT b.budget_id, k, i / 1024, string_agg(h, ''::bytea ORDER BY i) FROM merkle_level GROUP BY i / 1024;
      SELECT count(*) INTO n FROM merkle_level;
      EXIT WHEN n <= 1;
      -- A pair hashes to its parent; a lone last node is promoted unchanged.
      CREATE TEMP TABLE merkle_next AS
        SELECT i / 2 AS i,
               CASE WHEN count(*) = 2 THEN sha256('\\x01'::bytea || string_agg(h, ''::bytea ORDER BY i)) ELSE (array_agg(h))[1] END AS h
          FROM merkle_level GROUP BY i / 2;
      DROP TABLE merkle_level;
      ALTER TABLE merkle_next RENAME TO merkle_level;
      k := k + 1;
    END LOOP;
    DROP TABLE merkle_level;
  END LOOP;
END $$`;

export class BallotProofs1796421540329 implements MigrationInterface {
  name = 'BallotProofs1796421540329';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "budget_merkle_chunks" ("budget_id" uuid NOT NULL, "level" smallint NOT NULL, "chunk" integer NOT NULL, "hashes" bytea NOT NULL, CONSTRAINT "PK_7520e44ce428b2d2f06c3292322" PRIMARY KEY ("budget_id", "level", "chunk"))',
    );
    // Hashes do not compress; uncompressed out-of-line values let substring() read only the slice a proof needs.
    await queryRunner.query('ALTER TABLE "budget_merkle_chunks" ALTER COLUMN "hashes" SET STORAGE EXTERNAL');
    await queryRunner.query('ALTER TABLE "ballots" ADD "leaf_index" integer');
    await queryRunner.query(
      'ALTER TABLE "budget_merkle_chunks" ADD CONSTRAINT "FK_b9780d7faa89b44300304dc64ad" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(STORE_MISSING_BALLOT_PROOFS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_merkle_chunks" DROP CONSTRAINT "FK_b9780d7faa89b44300304dc64ad"');
    await queryRunner.query('ALTER TABLE "ballots" DROP COLUMN "leaf_index"');
    await queryRunner.query('DROP TABLE "budget_merkle_chunks"');
  }
}
