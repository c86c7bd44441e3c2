import { MigrationInterface, QueryRunner } from 'typeorm';

export class IssueReportFollows1796507250123 implements MigrationInterface {
  name = 'IssueReportFollows1796507250123';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "issue_report_follows" ("report_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4fe337bbc76c7a1b4646150ddc4" PRIMARY KEY ("report_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "issue_report_follows_user_id_idx" ON "issue_report_follows"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "issue_report_follows" ADD CONSTRAINT "FK_dba3d4082fc4a5a33e49d58f5c0" FOREIGN KEY ("report_id") REFERENCES "issue_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_report_follows" ADD CONSTRAINT "FK_a349ad971d589bafd371f39e4f5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "issue_report_follows" DROP CONSTRAINT "FK_a349ad971d589bafd371f39e4f5"');
    await queryRunner.query('ALTER TABLE "issue_report_follows" DROP CONSTRAINT "FK_dba3d4082fc4a5a33e49d58f5c0"');
    await queryRunner.query('DROP INDEX "public"."issue_report_follows_user_id_idx"');
    await queryRunner.query('DROP TABLE "issue_report_follows"');
  }
}
