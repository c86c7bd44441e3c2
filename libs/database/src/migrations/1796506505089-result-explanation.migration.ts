import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why each project won or lost (issue #19.4), stored with the result; null for results tallied before. */
export class ResultExplanation1796506505089 implements MigrationInterface {
  name = 'ResultExplanation1796506505089';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" ADD "explanation" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "explanation"');
  }
}
