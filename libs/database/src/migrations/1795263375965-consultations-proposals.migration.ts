import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations (phases, categories) and proposals (supports, answers,
 * comments, moderation). Hand-added: the unaccent extension, an immutable
 * French document function and its GIN index for full-text search.
 */
export class ConsultationsProposals1795263375965 implements MigrationInterface {
  name = 'ConsultationsProposals1795263375965';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query(
      "CREATE OR REPLACE FUNCTION quorum_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$",
    );
    await queryRunner.query(
      "CREATE OR REPLACE FUNCTION quorum_french_document(title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT setweight(to_tsvector('french'::regconfig, quorum_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('french'::regconfig, quorum_unaccent(coalesce(body, ''))), 'B') $$",
    );
    await queryRunner.query(
      'CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "image_url" character varying(2048), "district_id" uuid, "support_limit" integer NOT NULL DEFAULT \'0\', "support_threshold" integer NOT NULL DEFAULT \'0\', "proposal_limit" integer, "hide_threshold" integer, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "consultations_published_at_idx" ON "consultations"  ("published_at") ');
    await queryRunner.query(
      'CREATE TABLE "consultation_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, CONSTRAINT "PK_e87c1b0520b200c4540d1ddbbc4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "consultation_categories_consultation_id_name_key" ON "consultation_categories"  ("consultation_id", "name") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"phase_kind\" AS ENUM('PROPOSALS', 'SUPPORTS', 'REVIEW', 'VOTING', 'RESULTS')",
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_phases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "kind" "public"."phase_kind" NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1c07d534c0a4802af63e8fd3e9c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "consultation_phases_consultation_id_kind_key" ON "consultation_phases"  ("consultation_id", "kind") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"proposal_state\" AS ENUM('DRAFT', 'PUBLISHED', 'WITHDRAWN')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"proposal_published_answer_status\" AS ENUM('EVALUATING', 'ACCEPTED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(150) NOT NULL, "body" text NOT NULL, "category_id" uuid, "district_id" uuid, "latitude" double precision, "longitude" double precision, "address" character varying(300), "state" "public"."proposal_state" NOT NULL DEFAULT \'PUBLISHED\', "withdrawal_reason" text, "answer_status" "public"."proposal_published_answer_status", "support_count" integer NOT NULL DEFAULT \'0\', "hidden_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposals_longitude_check" CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180), CONSTRAINT "proposals_latitude_check" CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90), CONSTRAINT "proposals_support_count_check" CHECK (support_count >= 0), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "proposals_consultation_id_author_id_idx" ON "proposals"  ("consultation_id", "author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "proposals_consultation_id_created_at_idx" ON "proposals"  ("consultation_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "proposals_consultation_id_support_count_idx" ON "proposals"  ("consultation_id", "support_count", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3dad96e1019f8d511df6b116cc7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "proposal_comments_proposal_id_created_at_idx" ON "proposal_comments"  ("proposal_id", "created_at") ',
    );
    await queryRunner.query('CREATE TYPE "public"."content_type" AS ENUM(\'PROPOSAL\', \'COMMENT\')');
    await queryRunner.query(
      'CREATE TABLE "moderations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" "public"."content_type" NOT NULL, "target_id" uuid NOT NULL, "consultation_id" uuid NOT NULL, "report_count" integer NOT NULL DEFAULT \'0\', "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_562303c02478e2d671d51da023e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "moderations_report_count_idx" ON "moderations"  ("report_count") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "moderations_target_type_target_id_key" ON "moderations"  ("target_type", "target_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"report_reason\" AS ENUM('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "content_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "moderation_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" "public"."report_reason" NOT NULL, "details" character varying(1000), "dismissed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c59a68146cdde8de564ee649c1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "content_reports_moderation_id_reporter_id_key" ON "content_reports"  ("moderation_id", "reporter_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_participants" ("consultation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "supports_used" integer NOT NULL DEFAULT \'0\', CONSTRAINT "consultation_participants_supports_used_check" CHECK (supports_used >= 0), CONSTRAINT "PK_e534d650066545bec6c79a507c7" PRIMARY KEY ("consultation_id", "user_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"proposal_answer_status\" AS ENUM('EVALUATING', 'ACCEPTED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_answers" ("proposal_id" uuid NOT NULL, "status" "public"."proposal_answer_status" NOT NULL, "answer" text NOT NULL, "answered_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1eba27c57255ee60a354691ab00" PRIMARY KEY ("proposal_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_supports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c04e07550da763c675c54a4f0db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "proposal_supports_user_id_idx" ON "proposal_supports"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_supports_proposal_id_user_id_key" ON "proposal_supports"  ("proposal_id", "user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_categories" ADD CONSTRAINT "FK_6cb7e5e9bd7231fc39c8a7bc37b" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_phases" ADD CONSTRAINT "FK_eea40da503e2a5e4b8756eddfec" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "FK_8849a7a5f7cebd1f990508ed416" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "FK_8af17413dd39a475692dec170d0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "FK_f1f01bac6cfb611305f24040bdd" FOREIGN KEY ("category_id") REFERENCES "consultation_categories"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "FK_61cd99da4c35cd5e1aa1fb46ba9" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_4d4223d615f11fed9024062ab5c" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_3d556f926f66743275d26402036" FOREIGN KEY ("parent_id") REFERENCES "proposal_comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_comments" ADD CONSTRAINT "FK_afd8cf6e86981aad3838d29a726" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderations" ADD CONSTRAINT "FK_59b97dd88162b53a0b118b714c4" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_reports" ADD CONSTRAINT "FK_fe2e377862d41e0f5125319649e" FOREIGN KEY ("moderation_id") REFERENCES "moderations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "content_reports" ADD CONSTRAINT "FK_0aababfebc5662624a4a66b639b" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_participants" ADD CONSTRAINT "FK_ef18edf7a0101ccc8b1b846d042" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_participants" ADD CONSTRAINT "FK_41c42ee261fbb6bcd611deea4a1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_answers" ADD CONSTRAINT "FK_1eba27c57255ee60a354691ab00" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_supports" ADD CONSTRAINT "FK_424e725f48d8788f1ad69c1cf0b" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_supports" ADD CONSTRAINT "FK_5fc75b242761256c9f7ccc4500c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'CREATE INDEX "proposals_search_idx" ON "proposals" USING GIN (quorum_french_document("title", "body"))',
    );
    await queryRunner.query(
      'ALTER TABLE "consultation_phases" ADD CONSTRAINT "consultation_phases_dates_check" CHECK (ends_at > starts_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "consultation_phases" DROP CONSTRAINT "consultation_phases_dates_check"');
    await queryRunner.query('DROP INDEX "public"."proposals_search_idx"');
    await queryRunner.query('ALTER TABLE "proposal_supports" DROP CONSTRAINT "FK_5fc75b242761256c9f7ccc4500c"');
    await queryRunner.query('ALTER TABLE "proposal_supports" DROP CONSTRAINT "FK_424e725f48d8788f1ad69c1cf0b"');
    await queryRunner.query('ALTER TABLE "proposal_answers" DROP CONSTRAINT "FK_1eba27c57255ee60a354691ab00"');
    await queryRunner.query('ALTER TABLE "consultation_participants" DROP CONSTRAINT "FK_41c42ee261fbb6bcd611deea4a1"');
    await queryRunner.query('ALTER TABLE "consultation_participants" DROP CONSTRAINT "FK_ef18edf7a0101ccc8b1b846d042"');
    await queryRunner.query('ALTER TABLE "content_reports" DROP CONSTRAINT "FK_0aababfebc5662624a4a66b639b"');
    await queryRunner.query('ALTER TABLE "content_reports" DROP CONSTRAINT "FK_fe2e377862d41e0f5125319649e"');
    await queryRunner.query('ALTER TABLE "moderations" DROP CONSTRAINT "FK_59b97dd88162b53a0b118b714c4"');
    await queryRunner.query('ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_afd8cf6e86981aad3838d29a726"');
    await queryRunner.query('ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_3d556f926f66743275d26402036"');
    await queryRunner.query('ALTER TABLE "proposal_comments" DROP CONSTRAINT "FK_4d4223d615f11fed9024062ab5c"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "FK_61cd99da4c35cd5e1aa1fb46ba9"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "FK_f1f01bac6cfb611305f24040bdd"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "FK_8af17413dd39a475692dec170d0"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "FK_8849a7a5f7cebd1f990508ed416"');
    await queryRunner.query('ALTER TABLE "consultation_phases" DROP CONSTRAINT "FK_eea40da503e2a5e4b8756eddfec"');
    await queryRunner.query('ALTER TABLE "consultation_categories" DROP CONSTRAINT "FK_6cb7e5e9bd7231fc39c8a7bc37b"');
    await queryRunner.query('DROP INDEX "public"."proposal_supports_proposal_id_user_id_key"');
    await queryRunner.query('DROP INDEX "public"."proposal_supports_user_id_idx"');
    await queryRunner.query('DROP TABLE "proposal_supports"');
    await queryRunner.query('DROP TABLE "proposal_answers"');
    await queryRunner.query('DROP TYPE "public"."proposal_answer_status"');
    await queryRunner.query('DROP TABLE "consultation_participants"');
    await queryRunner.query('DROP INDEX "public"."content_reports_moderation_id_reporter_id_key"');
    await queryRunner.query('DROP TABLE "content_reports"');
    await queryRunner.query('DROP TYPE "public"."report_reason"');
    await queryRunner.query('DROP INDEX "public"."moderations_target_type_target_id_key"');
    await queryRunner.query('DROP INDEX "public"."moderations_report_count_idx"');
    await queryRunner.query('DROP TABLE "moderations"');
    await queryRunner.query('DROP TYPE "public"."content_type"');
    await queryRunner.query('DROP INDEX "public"."proposal_comments_proposal_id_created_at_idx"');
    await queryRunner.query('DROP TABLE "proposal_comments"');
    await queryRunner.query('DROP INDEX "public"."proposals_consultation_id_support_count_idx"');
    await queryRunner.query('DROP INDEX "public"."proposals_consultation_id_created_at_idx"');
    await queryRunner.query('DROP INDEX "public"."proposals_consultation_id_author_id_idx"');
    await queryRunner.query('DROP TABLE "proposals"');
    await queryRunner.query('DROP TYPE "public"."proposal_published_answer_status"');
    await queryRunner.query('DROP TYPE "public"."proposal_state"');
    await queryRunner.query('DROP INDEX "public"."consultation_phases_consultation_id_kind_key"');
    await queryRunner.query('DROP TABLE "consultation_phases"');
    await queryRunner.query('DROP TYPE "public"."phase_kind"');
    await queryRunner.query('DROP INDEX "public"."consultation_categories_consultation_id_name_key"');
    await queryRunner.query('DROP TABLE "consultation_categories"');
    await queryRunner.query('DROP INDEX "public"."consultations_published_at_idx"');
    await queryRunner.query('DROP TABLE "consultations"');
    await queryRunner.query('DROP FUNCTION quorum_french_document(text, text)');
    await queryRunner.query('DROP FUNCTION quorum_unaccent(text)');
  }
}
