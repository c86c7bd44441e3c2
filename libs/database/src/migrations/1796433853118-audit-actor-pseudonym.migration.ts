import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditActorPseudonym1796433853118 implements MigrationInterface {
  name = 'AuditActorPseudonym1796433853118';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_entries" ADD "actor_pseudonym" character(64)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_entries" DROP COLUMN "actor_pseudonym"');
  }
}
