import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalFollows1796507492862 implements MigrationInterface {
  name = 'ProposalFollows1796507492862';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "proposal_follows" ("proposal_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3eb2feb06d702ad05b815029590" PRIMARY KEY ("proposal_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "proposal_follows_user_id_idx" ON "proposal_follows"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "proposal_follows" ADD CONSTRAINT "FK_679f6f1d99062b6489c912af98b" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_follows" ADD CONSTRAINT "FK_29a0aaea57f07d988d9f86e8ee1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposal_follows" DROP CONSTRAINT "FK_29a0aaea57f07d988d9f86e8ee1"');
    await queryRunner.query('ALTER TABLE "proposal_follows" DROP CONSTRAINT "FK_679f6f1d99062b6489c912af98b"');
    await queryRunner.query('DROP INDEX "public"."proposal_follows_user_id_idx"');
    await queryRunner.query('DROP TABLE "proposal_follows"');
  }
}
