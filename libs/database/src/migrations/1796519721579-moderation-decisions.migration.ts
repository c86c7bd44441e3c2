import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of moderation decisions and their reasons (issue #21, point 3).
 * Hand-added: past decisions, from the audit log, without reasons (none was
 * asked for then).
 */
export class ModerationDecisions1796519721579 implements MigrationInterface {
  name = 'ModerationDecisions1796519721579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"moderation_action\" AS ENUM('AUTO_HIDE', 'HIDE', 'RESTORE', 'DISMISS', 'BLOCK_AUTHOR')",
    );
    await queryRunner.query(
      'CREATE TABLE "moderation_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "moderation_id" uuid NOT NULL, "action" "public"."moderation_action" NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e82d086a52c4233bcb60bc5b67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "moderation_decisions_moderation_id_idx" ON "moderation_decisions"  ("moderation_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_decisions" ADD CONSTRAINT "FK_bcc8fb86863ebb5b73b742dbf21" FOREIGN KEY ("moderation_id") REFERENCES "moderations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO moderation_decisions (moderation_id, action, created_at)
       SELECT m.id,
              (CASE a.action WHEN 'moderation.auto-hide' THEN 'AUTO_HIDE' WHEN 'moderation.hide' THEN 'HIDE'
                             WHEN 'moderation.restore' THEN 'RESTORE' WHEN 'moderation.dismiss' THEN 'DISMISS'
                             ELSE 'BLOCK_AUTHOR' END)::moderation_action,
              a.occurred_at
         FROM audit_entries a JOIN moderations m ON m.id::text = a.subject_id
        WHERE a.subject_type = 'moderation'
          AND a.action IN ('moderation.auto-hide', 'moderation.hide', 'moderation.restore', 'moderation.dismiss', 'moderation.block-author')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "moderation_decisions" DROP CONSTRAINT "FK_bcc8fb86863ebb5b73b742dbf21"');
    await queryRunner.query('DROP INDEX "public"."moderation_decisions_moderation_id_idx"');
    await queryRunner.query('DROP TABLE "moderation_decisions"');
    await queryRunner.query('DROP TYPE "public"."moderation_action"');
  }
}
