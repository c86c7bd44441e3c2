import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailConfirmation1796434435097 implements MigrationInterface {
  name = 'EmailConfirmation1796434435097';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."account_token_purpose" AS ENUM(\'EMAIL_CONFIRMATION\', \'PASSWORD_RESET\')',
    );
    await queryRunner.query(
      'CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "account_tokens_user_idx" ON "account_tokens"  ("user_id", "purpose") ');
    await queryRunner.query('CREATE UNIQUE INDEX "account_tokens_hash_key" ON "account_tokens"  ("token_hash") ');
    await queryRunner.query('ALTER TABLE "users" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE');
    // Accounts from before confirmation links existed keep receiving messages: their address counts as confirmed.
    await queryRunner.query('UPDATE "users" SET "email_confirmed_at" = "created_at" WHERE "email" IS NOT NULL');
    await queryRunner.query('ALTER TABLE "users" ADD "claimed_email" character varying(254)');
    await queryRunner.query('ALTER TABLE "users" ADD "locale" character varying(2) NOT NULL DEFAULT \'fr\'');
    await queryRunner.query(
      'CREATE INDEX "users_claimed_email_idx" ON "users"  ("claimed_email") WHERE claimed_email IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"');
    await queryRunner.query('DROP INDEX "public"."users_claimed_email_idx"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "locale"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "claimed_email"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_confirmed_at"');
    await queryRunner.query('DROP INDEX "public"."account_tokens_hash_key"');
    await queryRunner.query('DROP INDEX "public"."account_tokens_user_idx"');
    await queryRunner.query('DROP TABLE "account_tokens"');
    await queryRunner.query('DROP TYPE "public"."account_token_purpose"');
  }
}
