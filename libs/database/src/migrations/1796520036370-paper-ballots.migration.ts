import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then one hand-written change: a paper ballot has no voter, so
 * the commit-time check that every ballot is the current ballot of one
 * participation (1795265025218) now applies to ONLINE ballots only.
 */
export class PaperBallots1796520036370 implements MigrationInterface {
  name = 'PaperBallots1796520036370';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "budget_in_person_votes" ("budget_id" uuid NOT NULL, "person_key" character(64) NOT NULL, "set_aside" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_9c1418db7fd01fdb081d2c17265" PRIMARY KEY ("budget_id", "person_key"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"paper_ballot_batch_status\" AS ENUM('AWAITING_SECOND_ENTRY', 'DIFFERENT', 'COUNTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "paper_ballot_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "polling_place" character varying(200) NOT NULL, "status" "public"."paper_ballot_batch_status" NOT NULL, "first_entry_by" uuid NOT NULL, "second_entry_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cda44fa6b401f8117d28ebb7e1b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "paper_ballot_batches_budget_id_idx" ON "paper_ballot_batches"  ("budget_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "paper_ballot_sheets" ("batch_id" uuid NOT NULL, "entry" smallint NOT NULL, "sheet_index" integer NOT NULL, "project_ids" text array NOT NULL, "points" integer array, "refusal_code" character varying(40), CONSTRAINT "paper_ballot_sheets_points_length_check" CHECK (points IS NULL OR cardinality(points) = cardinality(project_ids)), CONSTRAINT "paper_ballot_sheets_entry_check" CHECK (entry BETWEEN 1 AND 3), CONSTRAINT "PK_73388cf1e2c1772ff08567d861d" PRIMARY KEY ("batch_id", "entry", "sheet_index"))',
    );
    await queryRunner.query('CREATE TYPE "public"."budget_paper_precedence" AS ENUM(\'ONLINE_WINS\', \'PAPER_WINS\')');
    await queryRunner.query('ALTER TABLE "budgets" ADD "paper_precedence" "public"."budget_paper_precedence"');
    await queryRunner.query('CREATE TYPE "public"."ballot_channel" AS ENUM(\'ONLINE\', \'PAPER\')');
    await queryRunner.query(
      'ALTER TABLE "ballots" ADD "channel" "public"."ballot_channel" NOT NULL DEFAULT \'ONLINE\'',
    );
    await queryRunner.query('ALTER TABLE "ballots" ADD "set_aside" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "ballots" ADD CONSTRAINT "ballots_set_aside_check" CHECK (NOT set_aside OR channel = \'ONLINE\')',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_in_person_votes" ADD CONSTRAINT "FK_2694da6955d6e0522b771b7970c" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_ballot_batches" ADD CONSTRAINT "FK_71f99ce761e2a25b6188e1c87ed" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_ballot_sheets" ADD CONSTRAINT "FK_d2957265fb32ea1b999edbd9f08" FOREIGN KEY ("batch_id") REFERENCES "paper_ballot_batches"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ballot_has_participation(ballot uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM ballots WHERE id = ballot AND channel = 'ONLINE')
            OR EXISTS (SELECT 1 FROM budget_participations WHERE ballot_id = ballot)
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ballot_has_participation(ballot uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM ballots WHERE id = ballot)
            OR EXISTS (SELECT 1 FROM budget_participations WHERE ballot_id = ballot)
      $$`);
    await queryRunner.query('ALTER TABLE "paper_ballot_sheets" DROP CONSTRAINT "FK_d2957265fb32ea1b999edbd9f08"');
    await queryRunner.query('ALTER TABLE "paper_ballot_batches" DROP CONSTRAINT "FK_71f99ce761e2a25b6188e1c87ed"');
    await queryRunner.query('ALTER TABLE "budget_in_person_votes" DROP CONSTRAINT "FK_2694da6955d6e0522b771b7970c"');
    await queryRunner.query('ALTER TABLE "ballots" DROP CONSTRAINT "ballots_set_aside_check"');
    await queryRunner.query('ALTER TABLE "ballots" DROP COLUMN "set_aside"');
    await queryRunner.query('ALTER TABLE "ballots" DROP COLUMN "channel"');
    await queryRunner.query('DROP TYPE "public"."ballot_channel"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "paper_precedence"');
    await queryRunner.query('DROP TYPE "public"."budget_paper_precedence"');
    await queryRunner.query('DROP TABLE "paper_ballot_sheets"');
    await queryRunner.query('DROP INDEX "public"."paper_ballot_batches_budget_id_idx"');
    await queryRunner.query('DROP TABLE "paper_ballot_batches"');
    await queryRunner.query('DROP TYPE "public"."paper_ballot_batch_status"');
    await queryRunner.query('DROP TABLE "budget_in_person_votes"');
  }
}
