import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailSuppressions1796508162193 implements MigrationInterface {
  name = 'MailSuppressions1796508162193';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_suppressions" ("recipient_hash" character(64) NOT NULL, "kind" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_182e63d0e2489fb92cc74e5251e" PRIMARY KEY ("recipient_hash", "kind"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "mail_suppressions"');
  }
}
