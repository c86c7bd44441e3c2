import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A winning project that came from an accepted proposal is one tracked item
 * with both origins (libs/tracking OutcomeTrackingService), so an item may
 * name both. Items tracked twice before this change are left as they are
 * (merging them would move their public history without an audit entry);
 * staff can abandon the duplicate with a public reason.
 */
export class TrackedItemsTwoOrigins1796518488512 implements MigrationInterface {
  name = 'TrackedItemsTwoOrigins1796518488512';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_one_source_check"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "tracked_items_one_source_check" CHECK (budget_project_id IS NULL OR proposal_id IS NULL)',
    );
  }
}
