import { MigrationInterface, QueryRunner } from 'typeorm';

export class DataExports1795270591904 implements MigrationInterface {
  name = 'DataExports1795270591904';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"data_export_status\" AS ENUM('PENDING', 'READY', 'EXPIRED', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "data_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "status" "public"."data_export_status" NOT NULL DEFAULT \'PENDING\', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "size_bytes" integer, CONSTRAINT "PK_3e8b8b297ef4446f30527695c10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "data_exports_status_expires_at_idx" ON "data_exports"  ("status", "expires_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "data_exports_user_id_requested_at_idx" ON "data_exports"  ("user_id", "requested_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "data_exports" ADD CONSTRAINT "FK_8ee9254a3040f10d3f57d789d29" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "data_exports" DROP CONSTRAINT "FK_8ee9254a3040f10d3f57d789d29"');
    await queryRunner.query('DROP INDEX "public"."data_exports_user_id_requested_at_idx"');
    await queryRunner.query('DROP INDEX "public"."data_exports_status_expires_at_idx"');
    await queryRunner.query('DROP TABLE "data_exports"');
    await queryRunner.query('DROP TYPE "public"."data_export_status"');
  }
}
