import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebSessionsMunicipalitySettings1796418263939 implements MigrationInterface {
  name = 'WebSessionsMunicipalitySettings1796418263939';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_expires_at_idx" ON "sessions"  ("expires_at") ');
    await queryRunner.query('CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "municipalities" ADD "primary_color" character varying(7) NOT NULL DEFAULT \'#1f4e8c\'',
    );
    await queryRunner.query('ALTER TABLE "municipalities" ADD "logo_png" bytea');
    await queryRunner.query('ALTER TABLE "municipalities" ADD "logo_sha256" character(64)');
    await queryRunner.query('ALTER TABLE "municipalities" ADD "legal" jsonb');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query('ALTER TABLE "municipalities" DROP COLUMN "legal"');
    await queryRunner.query('ALTER TABLE "municipalities" DROP COLUMN "logo_sha256"');
    await queryRunner.query('ALTER TABLE "municipalities" DROP COLUMN "logo_png"');
    await queryRunner.query('ALTER TABLE "municipalities" DROP COLUMN "primary_color"');
    await queryRunner.query('DROP INDEX "public"."sessions_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."sessions_user_id_idx"');
    await queryRunner.query('DROP INDEX "public"."sessions_expires_at_idx"');
    await queryRunner.query('DROP TABLE "sessions"');
  }
}
