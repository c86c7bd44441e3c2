import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * This database's identity: one row, its id drawn when the database is
 * migrated for the first time. It travels with the data (a dump restored, a
 * clone), and a fresh database (a failed restore, staging, a new `db:setup`)
 * gets another one. Files kept outside the database name it (UPLOADS_DIR's
 * marker), so that a process pointed at another database can tell them
 * apart and leave them alone. Written by this migration only.
 */
export class Installation1796570000000 implements MigrationInterface {
  name = 'Installation1796570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "installation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "single" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_installation" PRIMARY KEY ("id"), CONSTRAINT "UQ_installation_single" UNIQUE ("single"),
        CONSTRAINT "CHK_installation_single" CHECK ("single"))`,
    );
    await queryRunner.query('INSERT INTO "installation" DEFAULT VALUES');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "installation"');
  }
}
