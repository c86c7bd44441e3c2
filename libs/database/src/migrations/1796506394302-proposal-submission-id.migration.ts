import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalSubmissionId1796506394302 implements MigrationInterface {
  name = 'ProposalSubmissionId1796506394302';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposals" ADD "submission_id" uuid');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposals_author_id_submission_id_key" ON "proposals"  ("author_id", "submission_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."proposals_author_id_submission_id_key"');
    await queryRunner.query('ALTER TABLE "proposals" DROP COLUMN "submission_id"');
  }
}
