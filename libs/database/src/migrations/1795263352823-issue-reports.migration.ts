import { MigrationInterface, QueryRunner } from 'typeorm';

export class IssueReports1795263352823 implements MigrationInterface {
  name = 'IssueReports1795263352823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "report_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT \'\', "group" character varying(120) NOT NULL DEFAULT \'\', "keywords" text array NOT NULL DEFAULT \'{}\', "department" character varying(120), "attributes" jsonb NOT NULL DEFAULT \'[]\', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81e99cc2717437c0061d926ebe0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "report_categories_code_key" ON "report_categories"  ("code") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"issue_report_status\" AS ENUM('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'ACTION_SCHEDULED', 'FIXED', 'CLOSED', 'DUPLICATE', 'NOT_RESPONSIBLE', 'UNABLE_TO_FIX')",
    );
    await queryRunner.query(
      'CREATE TABLE "issue_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "description" character varying(4000) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "address" character varying(255), "district_id" uuid, "attributes" jsonb NOT NULL DEFAULT \'{}\', "status" "public"."issue_report_status" NOT NULL DEFAULT \'OPEN\', "department" character varying(120), "expected_at" TIMESTAMP WITH TIME ZONE, "duplicate_of_id" uuid, "reporter_id" uuid, "reporter_email" character varying(254), "reporter_name" character varying(160), "reporter_phone" character varying(40), "token" character varying(64) NOT NULL, "api_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0f5b1e6e4853c6c5265b235e5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "issue_reports_token_key" ON "issue_reports"  ("token") ');
    await queryRunner.query('CREATE INDEX "issue_reports_reporter_id_idx" ON "issue_reports"  ("reporter_id") ');
    await queryRunner.query('CREATE INDEX "issue_reports_updated_at_idx" ON "issue_reports"  ("updated_at") ');
    await queryRunner.query('CREATE INDEX "issue_reports_created_at_idx" ON "issue_reports"  ("created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "issue_report_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "status" "public"."issue_report_status" NOT NULL, "previous_status" "public"."issue_report_status", "note" text NOT NULL DEFAULT \'\', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e12a0c5eef052b51db978e45fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "issue_report_updates_created_at_idx" ON "issue_report_updates"  ("created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "issue_report_updates_report_id_idx" ON "issue_report_updates"  ("report_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "open311_api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "key_hash" character(64) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0286eb2624b6e0987ca51bdcd16" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "open311_api_keys_key_hash_key" ON "open311_api_keys"  ("key_hash") ');
    await queryRunner.query(
      'CREATE TABLE "report_photos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid, "format" character varying(8) NOT NULL, "byte_size" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_019a65eba5d794c4a7207953ad1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "report_photos_report_id_idx" ON "report_photos"  ("report_id") ');
    await queryRunner.query(
      'ALTER TABLE "issue_reports" ADD CONSTRAINT "FK_dabaacc441a32e2b6990f4ab100" FOREIGN KEY ("category_id") REFERENCES "report_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_reports" ADD CONSTRAINT "FK_8eca9b9ae9215852892b4da64bd" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_reports" ADD CONSTRAINT "FK_1d16dec6333619b31801081f60f" FOREIGN KEY ("duplicate_of_id") REFERENCES "issue_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_reports" ADD CONSTRAINT "FK_93518c23a045dcd5d9b0339d958" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_report_updates" ADD CONSTRAINT "FK_bb4ed0ebe7863b1c13013034f16" FOREIGN KEY ("report_id") REFERENCES "issue_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_report_updates" ADD CONSTRAINT "FK_f6c378e871daf7664f6ccca0d77" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_photos" ADD CONSTRAINT "FK_b0f0d1b209bee04b16fb1734d2c" FOREIGN KEY ("report_id") REFERENCES "issue_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Hand-written (TypeORM cannot express it); mirrored by @Index(..., { synchronize: false }) on IssueReportEntity.
    // Partial on the open statuses: nearbyReports only looks for open reports, spelled with the same constants.
    await queryRunner.query(
      'CREATE INDEX "issue_reports_open_location_gist" ON "issue_reports" USING gist (point("longitude", "latitude")) WHERE "status" IN (\'OPEN\', \'ACKNOWLEDGED\', \'IN_PROGRESS\', \'ACTION_SCHEDULED\')',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_reports" ADD CONSTRAINT "issue_reports_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "issue_reports" DROP CONSTRAINT "issue_reports_coordinates_check"');
    await queryRunner.query('DROP INDEX "public"."issue_reports_open_location_gist"');
    await queryRunner.query('ALTER TABLE "report_photos" DROP CONSTRAINT "FK_b0f0d1b209bee04b16fb1734d2c"');
    await queryRunner.query('ALTER TABLE "issue_report_updates" DROP CONSTRAINT "FK_f6c378e871daf7664f6ccca0d77"');
    await queryRunner.query('ALTER TABLE "issue_report_updates" DROP CONSTRAINT "FK_bb4ed0ebe7863b1c13013034f16"');
    await queryRunner.query('ALTER TABLE "issue_reports" DROP CONSTRAINT "FK_93518c23a045dcd5d9b0339d958"');
    await queryRunner.query('ALTER TABLE "issue_reports" DROP CONSTRAINT "FK_1d16dec6333619b31801081f60f"');
    await queryRunner.query('ALTER TABLE "issue_reports" DROP CONSTRAINT "FK_8eca9b9ae9215852892b4da64bd"');
    await queryRunner.query('ALTER TABLE "issue_reports" DROP CONSTRAINT "FK_dabaacc441a32e2b6990f4ab100"');
    await queryRunner.query('DROP INDEX "public"."report_photos_report_id_idx"');
    await queryRunner.query('DROP TABLE "report_photos"');
    await queryRunner.query('DROP INDEX "public"."open311_api_keys_key_hash_key"');
    await queryRunner.query('DROP TABLE "open311_api_keys"');
    await queryRunner.query('DROP INDEX "public"."issue_report_updates_report_id_idx"');
    await queryRunner.query('DROP INDEX "public"."issue_report_updates_created_at_idx"');
    await queryRunner.query('DROP TABLE "issue_report_updates"');
    await queryRunner.query('DROP INDEX "public"."issue_reports_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."issue_reports_updated_at_idx"');
    await queryRunner.query('DROP INDEX "public"."issue_reports_reporter_id_idx"');
    await queryRunner.query('DROP INDEX "public"."issue_reports_token_key"');
    await queryRunner.query('DROP TABLE "issue_reports"');
    await queryRunner.query('DROP TYPE "public"."issue_report_status"');
    await queryRunner.query('DROP INDEX "public"."report_categories_code_key"');
    await queryRunner.query('DROP TABLE "report_categories"');
  }
}
