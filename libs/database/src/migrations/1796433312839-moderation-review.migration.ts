import { MigrationInterface, QueryRunner } from 'typeorm';

export class ModerationReview1796433312839 implements MigrationInterface {
  name = 'ModerationReview1796433312839';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "moderations" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE');
    // Staff decisions so far are in the audit log (hide, restore, dismiss): that content was reviewed.
    await queryRunner.query(
      "UPDATE moderations m SET reviewed_at = a.at FROM (SELECT subject_id, max(occurred_at) AS at FROM audit_entries WHERE subject_type = 'moderation' AND action IN ('moderation.hide', 'moderation.restore', 'moderation.dismiss') GROUP BY subject_id) a WHERE a.subject_id = m.id::text",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "moderations" DROP COLUMN "reviewed_at"');
  }
}
