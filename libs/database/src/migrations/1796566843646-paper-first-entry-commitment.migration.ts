import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A double-entry batch keeps the salt of the commitment its first entry's
 * public audit entry records in place of the valid/refused split, until the
 * second entry's audit entry reveals it (docs/SECURITY.md, "Paper ballots").
 */
export class PaperFirstEntryCommitment1796566843646 implements MigrationInterface {
  name = 'PaperFirstEntryCommitment1796566843646';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper_ballot_batches" ADD "first_entry_salt" character varying(64)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "paper_ballot_batches" DROP COLUMN "first_entry_salt"');
  }
}
