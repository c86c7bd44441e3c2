import { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetProjectProposal1795275524826 implements MigrationInterface {
  name = 'BudgetProjectProposal1795275524826';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX "budget_projects_budget_id_proposal_id_key" ON "budget_projects"  ("budget_id", "proposal_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_projects" ADD CONSTRAINT "FK_b4de786ce3d19e3e063ad0ecb5a" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_projects" DROP CONSTRAINT "FK_b4de786ce3d19e3e063ad0ecb5a"');
    await queryRunner.query('DROP INDEX "public"."budget_projects_budget_id_proposal_id_key"');
  }
}
