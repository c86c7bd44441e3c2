import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenDataFiles1795269767050 implements MigrationInterface {
  name = 'OpenDataFiles1795269767050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "open_data_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dataset" character varying(64) NOT NULL, "format" character varying(16) NOT NULL, "file_name" character varying(120) NOT NULL, "sha256" character(64) NOT NULL, "bytes" bigint NOT NULL, "rows" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da47376610dd80f1142bc32c785" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "open_data_files_file_name_created_at_idx" ON "open_data_files"  ("file_name", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."open_data_files_file_name_created_at_idx"');
    await queryRunner.query('DROP TABLE "open_data_files"');
  }
}
