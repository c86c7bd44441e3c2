import { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetsEqualSharesAsDeployed1796507777873 implements MigrationInterface {
  name = 'BudgetsEqualSharesAsDeployed1796507777873';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."budget_equal_shares_comparison" AS ENUM(\'SATISFACTION\', \'EXCLUSION_RATIO\')',
    );
    await queryRunner.query(
      'ALTER TABLE "budgets" ADD "equal_shares_comparison" "public"."budget_equal_shares_comparison"',
    );
    await queryRunner.query('ALTER TABLE "budgets" ADD "tie_break_seed" character varying(200)');
    await queryRunner.query('ALTER TABLE "budget_results" ADD "equal_shares_comparison" jsonb');
    await queryRunner.query('ALTER TABLE "budget_results" ADD "tie_break_seed" character varying(200)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "tie_break_seed"');
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "equal_shares_comparison"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "tie_break_seed"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "equal_shares_comparison"');
    await queryRunner.query('DROP TYPE "public"."budget_equal_shares_comparison"');
  }
}
