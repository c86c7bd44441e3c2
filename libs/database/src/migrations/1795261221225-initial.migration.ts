import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795261221225 implements MigrationInterface {
  name = 'Initial1795261221225';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "census_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code_hash" character(64) NOT NULL, "import_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e36480e2e159c21238a7a5f753" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "census_entries_code_hash_key" ON "census_entries"  ("code_hash") ');
    await queryRunner.query(
      'CREATE TABLE "census_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" character varying(16) NOT NULL, "imported_by_id" uuid, "added" integer NOT NULL, "already_present" integer NOT NULL, "malformed" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23a9939f3ee1feef9de7b62fa81" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('RESIDENT', 'STAFF', 'ADMIN')");
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254), "password_hash" text, "display_name" character varying(80) NOT NULL, "role" "public"."user_role" NOT NULL DEFAULT \'RESIDENT\', "blocked_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") WHERE email IS NOT NULL');
    await queryRunner.query('CREATE TYPE "public"."verification_method" AS ENUM(\'CENSUS\', \'IN_PERSON\')');
    await queryRunner.query(
      'CREATE TABLE "residency_verifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "census_entry_id" uuid, "method" "public"."verification_method" NOT NULL, "reason" text, "verified_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e6ddb683c02bb15e2a4f0035cf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "residency_verifications_census_entry_id_key" ON "residency_verifications"  ("census_entry_id") WHERE census_entry_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "residency_verifications_user_id_key" ON "residency_verifications"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "municipalities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "insee_code" character(5) NOT NULL, "siren" character(9) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c4573349577306f221dda4d924" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "municipalities_insee_code_key" ON "municipalities"  ("insee_code") ');
    await queryRunner.query(
      'CREATE TABLE "districts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "geometry" jsonb, CONSTRAINT "PK_972a72ff4e3bea5c7f43a2b98af" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "districts_municipality_id_name_key" ON "districts"  ("municipality_id", "name") ',
    );
    await queryRunner.query(
      'ALTER TABLE "residency_verifications" ADD CONSTRAINT "FK_b607e408c4d1d746fbb88882b8f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "residency_verifications" ADD CONSTRAINT "FK_d4c0b8c37a2722bd931bfe7b394" FOREIGN KEY ("census_entry_id") REFERENCES "census_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "districts" ADD CONSTRAINT "FK_263cfd8dff8fee8ea221c077975" FOREIGN KEY ("municipality_id") REFERENCES "municipalities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "districts" DROP CONSTRAINT "FK_263cfd8dff8fee8ea221c077975"');
    await queryRunner.query('ALTER TABLE "residency_verifications" DROP CONSTRAINT "FK_d4c0b8c37a2722bd931bfe7b394"');
    await queryRunner.query('ALTER TABLE "residency_verifications" DROP CONSTRAINT "FK_b607e408c4d1d746fbb88882b8f"');
    await queryRunner.query('DROP INDEX "public"."districts_municipality_id_name_key"');
    await queryRunner.query('DROP TABLE "districts"');
    await queryRunner.query('DROP INDEX "public"."municipalities_insee_code_key"');
    await queryRunner.query('DROP TABLE "municipalities"');
    await queryRunner.query('DROP INDEX "public"."residency_verifications_user_id_key"');
    await queryRunner.query('DROP INDEX "public"."residency_verifications_census_entry_id_key"');
    await queryRunner.query('DROP TABLE "residency_verifications"');
    await queryRunner.query('DROP TYPE "public"."verification_method"');
    await queryRunner.query('DROP INDEX "public"."users_email_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP TABLE "census_imports"');
    await queryRunner.query('DROP INDEX "public"."census_entries_code_hash_key"');
    await queryRunner.query('DROP TABLE "census_entries"');
  }
}
