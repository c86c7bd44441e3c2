import { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetsConsultationLink1795268564664 implements MigrationInterface {
  name = 'BudgetsConsultationLink1795268564664';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "budgets" ADD CONSTRAINT "FK_198a10c8ee40245ca5916df014c" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budgets" DROP CONSTRAINT "FK_198a10c8ee40245ca5916df014c"');
  }
}
