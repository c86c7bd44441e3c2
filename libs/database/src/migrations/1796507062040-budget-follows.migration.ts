import { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetFollows1796507062040 implements MigrationInterface {
  name = 'BudgetFollows1796507062040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "budget_follows" ("budget_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2038be3c14605c52314bb0c66ec" PRIMARY KEY ("budget_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "budget_follows_user_id_idx" ON "budget_follows"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "budget_follows" ADD CONSTRAINT "FK_aac13adf2eabffb7e50dfa71b2d" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_follows" ADD CONSTRAINT "FK_bad294157633e5ed62accf114e8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_follows" DROP CONSTRAINT "FK_bad294157633e5ed62accf114e8"');
    await queryRunner.query('ALTER TABLE "budget_follows" DROP CONSTRAINT "FK_aac13adf2eabffb7e50dfa71b2d"');
    await queryRunner.query('DROP INDEX "public"."budget_follows_user_id_idx"');
    await queryRunner.query('DROP TABLE "budget_follows"');
  }
}
