import { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetResultsMinProjectScore1796506151687 implements MigrationInterface {
  name = 'BudgetResultsMinProjectScore1796506151687';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" ADD "min_project_score" integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "min_project_score"');
  }
}
