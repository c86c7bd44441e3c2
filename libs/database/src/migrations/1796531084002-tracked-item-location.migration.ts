import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Items tracked before this migration get their proposal's place (their own,
 * or the one their budget project came from), as tracking now copies it, when
 * that proposal is public (published, not hidden by moderation, in a
 * published consultation): the place of a hidden or withdrawn proposal is not
 * copied. Marked as copied, so that it is published only while the proposal
 * is. Frozen here rather than read from libs/tracking, whose rule may change
 * after this migration has run.
 */
export const BACKFILL_TRACKED_ITEM_PLACES = `
  UPDATE tracked_items t
     SET latitude = p.latitude, longitude = p.longitude, place_from_proposal = true
    FROM proposals p
    JOIN consultations c ON c.id = p.consultation_id
   WHERE p.id = COALESCE(t.proposal_id, (SELECT bp.proposal_id FROM budget_projects bp WHERE bp.id = t.budget_project_id))
     AND t.latitude IS NULL AND t.longitude IS NULL
     AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL
     AND p.state = 'PUBLISHED' AND p.hidden_at IS NULL AND c.published_at IS NOT NULL`;

/**
 * Tracked items get an optional place (the map of /suivi-des-projets), whether
 * it was copied from the proposal (`place_from_proposal`, published only while
 * the proposal is public) or set by staff, and update photos an optional text
 * alternative; items tracked before get their proposal's place.
 */
export class TrackedItemLocation1796531084002 implements MigrationInterface {
  name = 'TrackedItemLocation1796531084002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tracked_items" ADD "latitude" double precision');
    await queryRunner.query('ALTER TABLE "tracked_items" ADD "longitude" double precision');
    await queryRunner.query('ALTER TABLE "tracked_items" ADD "place_from_proposal" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "tracked_item_update_photos" ADD "alt_text" character varying(300)');
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "tracked_items_longitude_check" CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180)',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "tracked_items_latitude_check" CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90)',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "tracked_items_location_check" CHECK ((latitude IS NULL) = (longitude IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_items" ADD CONSTRAINT "tracked_items_place_from_proposal_check" CHECK (NOT place_from_proposal OR latitude IS NOT NULL)',
    );
    await queryRunner.query(BACKFILL_TRACKED_ITEM_PLACES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_place_from_proposal_check"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_location_check"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_latitude_check"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_longitude_check"');
    await queryRunner.query('ALTER TABLE "tracked_item_update_photos" DROP COLUMN "alt_text"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP COLUMN "place_from_proposal"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP COLUMN "longitude"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP COLUMN "latitude"');
  }
}
