import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tracked items get an optional place (the map of /suivi-des-projets) and
 * update photos an optional text alternative. Items tracked before get their
 * proposal's place (their own, or their budget project's), as tracking now
 * copies it, when that proposal is still public: the place of a hidden or
 * withdrawn proposal is not published through its project's item.
 */
export class TrackedItemLocation1796531084002 implements MigrationInterface {
  name = 'TrackedItemLocation1796531084002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tracked_items" ADD "latitude" double precision');
    await queryRunner.query('ALTER TABLE "tracked_items" ADD "longitude" double precision');
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_location_check"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_latitude_check"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP CONSTRAINT "tracked_items_longitude_check"');
    await queryRunner.query('ALTER TABLE "tracked_item_update_photos" DROP COLUMN "alt_text"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP COLUMN "longitude"');
    await queryRunner.query('ALTER TABLE "tracked_items" DROP COLUMN "latitude"');
  }
}
