import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackedItems1796506411191 implements MigrationInterface {
  name = 'TrackedItems1796506411191';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."tracked_item_source" AS ENUM(\'BUDGET_PROJECT\', \'PROPOSAL\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tracked_item_status\" AS ENUM('PLANNED', 'IN_STUDY', 'IN_WORKS', 'DONE', 'ABANDONED')",
    );
    await queryRunner.query(
      'CREATE TABLE "tracked_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_type" "public"."tracked_item_source" NOT NULL, "budget_project_id" uuid, "proposal_id" uuid, "budget_id" uuid, "district_id" uuid, "year" smallint NOT NULL, "title" character varying(200) NOT NULL, "status" "public"."tracked_item_status" NOT NULL DEFAULT \'PLANNED\', "abandon_reason" text, "progress_percent" smallint NOT NULL DEFAULT \'0\', "planned_start_on" date, "planned_end_on" date, "actual_start_on" date, "actual_end_on" date, "committed_cents" bigint NOT NULL DEFAULT \'0\', "spent_cents" bigint NOT NULL DEFAULT \'0\', "department" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tracked_items_actual_dates_check" CHECK (actual_end_on IS NULL OR actual_start_on IS NULL OR actual_end_on >= actual_start_on), CONSTRAINT "tracked_items_planned_dates_check" CHECK (planned_end_on IS NULL OR planned_start_on IS NULL OR planned_end_on >= planned_start_on), CONSTRAINT "tracked_items_spent_check" CHECK (spent_cents >= 0), CONSTRAINT "tracked_items_committed_check" CHECK (committed_cents >= 0), CONSTRAINT "tracked_items_abandon_reason_check" CHECK ((status = \'ABANDONED\') = (abandon_reason IS NOT NULL)), CONSTRAINT "tracked_items_done_progress_check" CHECK (status <> \'DONE\' OR progress_percent = 100), CONSTRAINT "tracked_items_progress_check" CHECK (progress_percent BETWEEN 0 AND 100), CONSTRAINT "tracked_items_one_source_check" CHECK (budget_project_id IS NULL OR proposal_id IS NULL), CONSTRAINT "PK_46d6888c8d660693eb3ebaf0f51" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "tracked_items_budget_id_idx" ON "tracked_items"  ("budget_id") ');
    await queryRunner.query('CREATE INDEX "tracked_items_status_idx" ON "tracked_items"  ("status", "created_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "tracked_items_proposal_id_key" ON "tracked_items"  ("proposal_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tracked_items_budget_project_id_key" ON "tracked_items"  ("budget_project_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tracked_item_deliberations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracked_item_id" uuid NOT NULL, "delib_id" character varying(64) NOT NULL, "delib_date" date NOT NULL, "matiere_code" character varying(16) NOT NULL, "matiere_nom" character varying(300) NOT NULL, "objet" character varying(1000) NOT NULL, "url" text, "pref_id" character varying(64), "pref_date" date, "vote_effectif" integer, "vote_reel" integer, "vote_pour" integer, "vote_contre" integer, "vote_abstention" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tracked_item_deliberations_votes_check" CHECK (LEAST(vote_effectif, vote_reel, vote_pour, vote_contre, vote_abstention) >= 0), CONSTRAINT "PK_bafd113e0da1d76bf42b7a637b2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tracked_item_deliberations_item_delib_key" ON "tracked_item_deliberations"  ("tracked_item_id", "delib_id", "delib_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tracked_item_followers" ("tracked_item_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ab6ca7a59a599f961985c8dfb4" PRIMARY KEY ("tracked_item_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tracked_item_followers_user_idx" ON "tracked_item_followers"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tracked_item_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracked_item_id" uuid NOT NULL, "body" text NOT NULL, "occurred_on" date NOT NULL, "status" "public"."tracked_item_status" NOT NULL, "progress_percent" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tracked_item_updates_progress_check" CHECK (progress_percent BETWEEN 0 AND 100), CONSTRAINT "PK_e2f9e3a2159784adb3b1cd46157" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tracked_item_updates_item_idx" ON "tracked_item_updates"  ("tracked_item_id", "occurred_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "FK_76e1f6fed6d767515ff173070f1" FOREIGN KEY ("budget_project_id") REFERENCES "budget_projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "FK_6a3a4e01e67eed72a918ec37664" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "FK_84d252e893df341363a69ea55cc" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "FK_bc425156aec499bd92aebb7b634" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_item_deliberations" ADD CONSTRAINT "FK_7710ba2603f4d33f86f91a57a29" FOREIGN KEY ("tracked_item_id") REFERENCES "tracked_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_item_followers" ADD CONSTRAINT "FK_ed112d3eea0452c395cb795c2f8" FOREIGN KEY ("tracked_item_id") REFERENCES "tracked_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_item_followers" ADD CONSTRAINT "FK_30ce942a02b7038c3c27ffffc0b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_item_updates" ADD CONSTRAINT "FK_2e1ee31c95a666a50d8c239a469" FOREIGN KEY ("tracked_item_id") REFERENCES "tracked_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tracked_item_updates" DROP CONSTRAINT "FK_2e1ee31c95a666a50d8c239a469"');
    await queryRunner.query('ALTER TABLE "tracked_item_followers" DROP CONSTRAINT "FK_30ce942a02b7038c3c27ffffc0b"');
    await queryRunner.query('ALTER TABLE "tracked_item_followers" DROP CONSTRAINT "FK_ed112d3eea0452c395cb795c2f8"');
    await queryRunner.query(
      'ALTER TABLE "tracked_item_deliberations" DROP CONSTRAINT "FK_7710ba2603f4d33f86f91a57a29"',
    );
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "FK_bc425156aec499bd92aebb7b634"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "FK_84d252e893df341363a69ea55cc"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "FK_6a3a4e01e67eed72a918ec37664"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "FK_76e1f6fed6d767515ff173070f1"');
    await queryRunner.query('DROP INDEX "public"."tracked_item_updates_item_idx"');
    await queryRunner.query('DROP TABLE "tracked_item_updates"');
    await queryRunner.query('DROP INDEX "public"."tracked_item_followers_user_idx"');
    await queryRunner.query('DROP TABLE "tracked_item_followers"');
    await queryRunner.query('DROP INDEX "public"."tracked_item_deliberations_item_delib_key"');
    await queryRunner.query('DROP TABLE "tracked_item_deliberations"');
    await queryRunner.query('DROP INDEX "public"."tracked_items_budget_project_id_key"');
    await queryRunner.query('DROP INDEX "public"."tracked_items_proposal_id_key"');
    await queryRunner.query('DROP INDEX "public"."tracked_items_status_idx"');
    await queryRunner.query('DROP INDEX "public"."tracked_items_budget_id_idx"');
    await queryRunner.query('DROP TABLE "tracked_items"');
    await queryRunner.query('DROP TYPE "public"."tracked_item_status"');
    await queryRunner.query('DROP TYPE "public"."tracked_item_source"');
  }
}
