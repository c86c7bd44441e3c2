import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailDeliveries1796433738529 implements MigrationInterface {
  name = 'MailDeliveries1796433738529';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."mail_delivery_status" AS ENUM(\'SENT\', \'LIMITED\')');
    await queryRunner.query(
      'CREATE TABLE "mail_deliveries" ("id" BIGSERIAL NOT NULL, "event_key" character varying(200) NOT NULL, "recipient_hash" character(64) NOT NULL, "template" character varying(64) NOT NULL, "status" "public"."mail_delivery_status" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3b04f863547fccfd11b4d4b11e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "mail_deliveries_recipient_idx" ON "mail_deliveries"  ("recipient_hash", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mail_deliveries_event_recipient_key" ON "mail_deliveries"  ("event_key", "recipient_hash") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."mail_deliveries_event_recipient_key"');
    await queryRunner.query('DROP INDEX "public"."mail_deliveries_recipient_idx"');
    await queryRunner.query('DROP TABLE "mail_deliveries"');
    await queryRunner.query('DROP TYPE "public"."mail_delivery_status"');
  }
}
