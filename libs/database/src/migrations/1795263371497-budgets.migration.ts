import { MigrationInterface, QueryRunner } from 'typeorm';

/** Participatory budgets: budgets, projects, secret ballots, participations (keyed-hash voter) and tally results. */
export class Budgets1795263371497 implements MigrationInterface {
  name = 'Budgets1795263371497';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"budget_ballot_type\" AS ENUM('APPROVAL', 'KNAPSACK', 'CUMULATIVE', 'ORDINAL')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"budget_tally_rule\" AS ENUM('GREEDY', 'EQUAL_SHARES', 'SEQUENTIAL_PHRAGMEN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"budget_status\" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'TALLIED', 'PUBLISHED')",
    );
    await queryRunner.query(
      'CREATE TABLE "budgets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "district_id" uuid, "consultation_id" uuid, "total_amount" integer NOT NULL, "ballot_type" "public"."budget_ballot_type" NOT NULL, "min_projects" integer, "max_projects" integer, "max_points" integer, "min_spending_share" numeric(4,3), "tally_rule" "public"."budget_tally_rule" NOT NULL DEFAULT \'EQUAL_SHARES\', "add1_completion" boolean NOT NULL DEFAULT true, "voting_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "voting_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."budget_status" NOT NULL DEFAULT \'DRAFT\', "tally_error" text, "closed_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "budgets_project_limits_check" CHECK (min_projects IS NULL OR max_projects IS NULL OR min_projects <= max_projects), CONSTRAINT "budgets_min_spending_share_check" CHECK (min_spending_share IS NULL OR min_spending_share BETWEEN 0 AND 1), CONSTRAINT "budgets_voting_window_check" CHECK (voting_closes_at > voting_opens_at), CONSTRAINT "budgets_total_amount_check" CHECK (total_amount > 0), CONSTRAINT "PK_9c8a51748f82387644b773da482" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "budgets_status_idx" ON "budgets"  ("status") ');
    await queryRunner.query(
      'CREATE TABLE "ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "receipt" character varying(32) COLLATE "C" NOT NULL, "project_ids" uuid array NOT NULL, "points" integer array, CONSTRAINT "ballots_points_length_check" CHECK (points IS NULL OR cardinality(points) = cardinality(project_ids)), CONSTRAINT "PK_1c29cf82a8045f839f8639634e9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ballots_budget_id_receipt_idx" ON "ballots"  ("budget_id", "receipt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "ballots_receipt_key" ON "ballots"  ("receipt") ');
    await queryRunner.query(
      'CREATE TABLE "budget_participations" ("budget_id" uuid NOT NULL, "voter_key" character(64) NOT NULL, "ballot_id" uuid NOT NULL, CONSTRAINT "PK_b69e160494b186f97e6a604666e" PRIMARY KEY ("budget_id", "voter_key"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "budget_participations_ballot_id_key" ON "budget_participations"  ("ballot_id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."budget_project_feasibility" AS ENUM(\'FEASIBLE\', \'UNFEASIBLE\')');
    await queryRunner.query(
      'CREATE TABLE "budget_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "cost" integer NOT NULL, "district_id" uuid, "category" character varying(80), "image_url" text, "proposal_id" uuid, "feasibility" "public"."budget_project_feasibility" NOT NULL DEFAULT \'FEASIBLE\', "feasibility_explanation" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "budget_projects_cost_check" CHECK (cost > 0), CONSTRAINT "PK_ff1eccd3a14bd1c2efbd4823fb9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "budget_projects_budget_id_idx" ON "budget_projects"  ("budget_id") ');
    await queryRunner.query(
      'CREATE TABLE "budget_results" ("budget_id" uuid NOT NULL, "rule" "public"."budget_tally_rule" NOT NULL, "add1_completion" boolean NOT NULL, "winners" uuid array NOT NULL, "total_cost" integer NOT NULL, "project_votes" jsonb NOT NULL, "ballot_count" integer NOT NULL, "ballots_digest" character(64) NOT NULL, "computation_ms" integer NOT NULL, "comparison_rule" "public"."budget_tally_rule" NOT NULL, "comparison_winners" uuid array NOT NULL, "comparison_total_cost" integer NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5574a6efdd37abdf2cd40714549" PRIMARY KEY ("budget_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "ballots" ADD CONSTRAINT "FK_647b54c794b7af3bb2716fadd01" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_participations" ADD CONSTRAINT "FK_2778e70b4b40878ca00012855bd" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_participations" ADD CONSTRAINT "FK_2a29b2e4863a5e11d07f21fd072" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_projects" ADD CONSTRAINT "FK_6cfde19bdb4bfe96f7636998112" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "budget_results" ADD CONSTRAINT "FK_5574a6efdd37abdf2cd40714549" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "budget_results" DROP CONSTRAINT "FK_5574a6efdd37abdf2cd40714549"');
    await queryRunner.query('ALTER TABLE "budget_projects" DROP CONSTRAINT "FK_6cfde19bdb4bfe96f7636998112"');
    await queryRunner.query('ALTER TABLE "budget_participations" DROP CONSTRAINT "FK_2a29b2e4863a5e11d07f21fd072"');
    await queryRunner.query('ALTER TABLE "budget_participations" DROP CONSTRAINT "FK_2778e70b4b40878ca00012855bd"');
    await queryRunner.query('ALTER TABLE "ballots" DROP CONSTRAINT "FK_647b54c794b7af3bb2716fadd01"');
    await queryRunner.query('DROP TABLE "budget_results"');
    await queryRunner.query('DROP INDEX "public"."budget_projects_budget_id_idx"');
    await queryRunner.query('DROP TABLE "budget_projects"');
    await queryRunner.query('DROP TYPE "public"."budget_project_feasibility"');
    await queryRunner.query('DROP INDEX "public"."budget_participations_ballot_id_key"');
    await queryRunner.query('DROP TABLE "budget_participations"');
    await queryRunner.query('DROP INDEX "public"."ballots_receipt_key"');
    await queryRunner.query('DROP INDEX "public"."ballots_budget_id_receipt_idx"');
    await queryRunner.query('DROP TABLE "ballots"');
    await queryRunner.query('DROP INDEX "public"."budgets_status_idx"');
    await queryRunner.query('DROP TABLE "budgets"');
    await queryRunner.query('DROP TYPE "public"."budget_status"');
    await queryRunner.query('DROP TYPE "public"."budget_tally_rule"');
    await queryRunner.query('DROP TYPE "public"."budget_ballot_type"');
  }
}
