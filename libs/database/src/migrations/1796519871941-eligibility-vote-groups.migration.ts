import { MigrationInterface, QueryRunner } from 'typeorm';

/** Budgets and consultations share the `eligible_population` type (created once; TypeORM's diff repeats it). */
export class EligibilityVoteGroups1796519871941 implements MigrationInterface {
  name = 'EligibilityVoteGroups1796519871941';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"budget_vote_group_rule\" AS ENUM('ALL', 'EXACTLY_ONE', 'UP_TO_N')",
    );
    await queryRunner.query(
      'CREATE TABLE "budget_vote_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "rule" "public"."budget_vote_group_rule" NOT NULL, "max_budgets" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "budget_vote_groups_max_budgets_check" CHECK ((rule = \'UP_TO_N\') = (max_budgets IS NOT NULL) AND (max_budgets IS NULL OR max_budgets >= 1)), CONSTRAINT "PK_aebfad5d8719acd0d0ced989a27" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "budget_vote_group_voters" ("group_id" uuid NOT NULL, "voter_key" character(64) NOT NULL, "budget_ids" uuid array NOT NULL, "max_budgets" integer NOT NULL, CONSTRAINT "budget_vote_group_voters_limit_check" CHECK (cardinality(budget_ids) <= max_budgets), CONSTRAINT "PK_aba8b0ab9c4d4192308dc869fe6" PRIMARY KEY ("group_id", "voter_key"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"eligible_population\" AS ENUM('CENSUS_RESIDENTS', 'REGISTERED_VOTERS', 'ALSO_LINKED')",
    );
    await queryRunner.query(
      'ALTER TABLE "consultations" ADD "population" "public"."eligible_population" NOT NULL DEFAULT \'CENSUS_RESIDENTS\'',
    );
    await queryRunner.query('ALTER TABLE "consultations" ADD "min_age" smallint');
    await queryRunner.query('ALTER TABLE "consultations" ADD "max_age" smallint');
    await queryRunner.query(
      'ALTER TABLE "budgets" ADD "population" "public"."eligible_population" NOT NULL DEFAULT \'CENSUS_RESIDENTS\'',
    );
    await queryRunner.query('ALTER TABLE "budgets" ADD "min_age" smallint');
    await queryRunner.query('ALTER TABLE "budgets" ADD "max_age" smallint');
    await queryRunner.query('ALTER TABLE "budgets" ADD "vote_group_id" uuid');
    await queryRunner.query('ALTER TABLE "census_entries" ADD "birth_year" smallint');
    await queryRunner.query('ALTER TABLE "census_entries" ADD "registered_voter" boolean');
    await queryRunner.query('ALTER TABLE "residency_verifications" ADD "link_to_area" text');
    await queryRunner.query('CREATE INDEX "budgets_vote_group_id_idx" ON "budgets"  ("vote_group_id") ');
    await queryRunner.query(
      'ALTER TABLE "consultations" ADD CONSTRAINT "consultations_age_limits_check" CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)',
    );
    await queryRunner.query(
      'ALTER TABLE "budgets" ADD CONSTRAINT "budgets_age_limits_check" CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)',
    );
    await queryRunner.query(
      'ALTER TABLE "budgets" ADD CONSTRAINT "FK_09724f8a8b34532df05875bfec0" FOREIGN KEY ("vote_group_id") REFERENCES "budget_vote_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_vote_group_voters" ADD CONSTRAINT "FK_63f0521398e3f85a050ae79bb56" FOREIGN KEY ("group_id") REFERENCES "budget_vote_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_vote_group_voters" DROP CONSTRAINT "FK_63f0521398e3f85a050ae79bb56"');
    await queryRunner.query('ALTER TABLE "budgets" DROP CONSTRAINT "FK_09724f8a8b34532df05875bfec0"');
    await queryRunner.query('ALTER TABLE "budgets" DROP CONSTRAINT "budgets_age_limits_check"');
    await queryRunner.query('ALTER TABLE "consultations" DROP CONSTRAINT "consultations_age_limits_check"');
    await queryRunner.query('DROP INDEX "public"."budgets_vote_group_id_idx"');
    await queryRunner.query('ALTER TABLE "residency_verifications" DROP COLUMN "link_to_area"');
    await queryRunner.query('ALTER TABLE "census_entries" DROP COLUMN "registered_voter"');
    await queryRunner.query('ALTER TABLE "census_entries" DROP COLUMN "birth_year"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "vote_group_id"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "max_age"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "min_age"');
    await queryRunner.query('ALTER TABLE "budgets" DROP COLUMN "population"');
    await queryRunner.query('ALTER TABLE "consultations" DROP COLUMN "max_age"');
    await queryRunner.query('ALTER TABLE "consultations" DROP COLUMN "min_age"');
    await queryRunner.query('ALTER TABLE "consultations" DROP COLUMN "population"');
    await queryRunner.query('DROP TYPE "public"."eligible_population"');
    await queryRunner.query('DROP TABLE "budget_vote_group_voters"');
    await queryRunner.query('DROP TABLE "budget_vote_groups"');
    await queryRunner.query('DROP TYPE "public"."budget_vote_group_rule"');
  }
}
