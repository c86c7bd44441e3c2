import { MigrationInterface, QueryRunner } from 'typeorm';

/** Budget options of the greedy rule as cities run it (issue #15.5): GREEDY_NO_SKIP and a minimum project score. */
export class GreedyOptions1796435370509 implements MigrationInterface {
  name = 'GreedyOptions1796435370509';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budgets" ADD "min_project_score" integer');
    // One enum type serves budgets.tally_rule and budget_results.rule / comparison_rule: one new value.
    await queryRunner.query(`ALTER TYPE "public"."budget_tally_rule" ADD VALUE IF NOT EXISTS 'GREEDY_NO_SKIP'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "budgets" SET "tally_rule" = 'GREEDY' WHERE "tally_rule" = 'GREEDY_NO_SKIP'`);
    await queryRunner.query(`UPDATE "budget_results" SET "rule" = 'GREEDY' WHERE "rule" = 'GREEDY_NO_SKIP'`);
    await queryRunner.query(
      `UPDATE "budget_results" SET "comparison_rule" = 'GREEDY' WHERE "comparison_rule" = 'GREEDY_NO_SKIP'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."budget_tally_rule_old" AS ENUM('GREEDY', 'EQUAL_SHARES', 'SEQUENTIAL_PHRAGMEN')`,
    );
    await queryRunner.query('ALTER TABLE "budgets" ALTER COLUMN "tally_rule" DROP DEFAULT');
    for (const [table, column] of [
      ['budgets', 'tally_rule'],
      ['budget_results', 'rule'],
      ['budget_results', 'comparison_rule'],
    ])
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."budget_tally_rule_old" USING "${column}"::"text"::"public"."budget_tally_rule_old"`,
      );
    await queryRunner.query('DROP TYPE "public"."budget_tally_rule"');
    await queryRunner.query('ALTER TYPE "public"."budget_tally_rule_old" RENAME TO "budget_tally_rule"');
    await queryRunner.query(`ALTER TABLE "budgets" ALTER COLUMN "tally_rule" SET DEFAULT 'EQUAL_SHARES'`);
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "min_project_score"');
  }
}
