import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditBudgetResults1795266891361 implements MigrationInterface {
  name = 'AuditBudgetResults1795266891361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" ADD "ballots_merkle_root" character(64)');
    await queryRunner.query('ALTER TABLE "budget_results" ADD "audit_head_sequence" bigint');
    await queryRunner.query('ALTER TABLE "budget_results" ADD "audit_head_hash" character(64)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "audit_head_hash"');
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "audit_head_sequence"');
    await queryRunner.query('ALTER TABLE "budget_results" DROP COLUMN "ballots_merkle_root"');
  }
}
