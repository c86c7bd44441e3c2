import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackedItemUpdatePhotos1796519872658 implements MigrationInterface {
  name = 'TrackedItemUpdatePhotos1796519872658';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "tracked_item_update_photos" ("update_id" uuid NOT NULL, "photo_id" uuid NOT NULL, "position" smallint NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, CONSTRAINT "PK_70bbf4ad17e11b1270f44451f1e" PRIMARY KEY ("update_id", "photo_id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tracked_item_update_photos_photo_id_key" ON "tracked_item_update_photos"  ("photo_id") ',
    );
    await queryRunner.query('ALTER TABLE "report_photos" ADD "claimed_by" character varying(32)');
    await queryRunner.query(
      'ALTER TABLE "tracked_item_update_photos" ADD CONSTRAINT "FK_a257041219dfa209e45f4c28c5f" FOREIGN KEY ("update_id") REFERENCES "tracked_item_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_item_update_photos" ADD CONSTRAINT "FK_b6ecc48bf84ea5c6abd7545a4d2" FOREIGN KEY ("photo_id") REFERENCES "report_photos"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "tracked_item_update_photos" DROP CONSTRAINT "FK_b6ecc48bf84ea5c6abd7545a4d2"',
    );
    await queryRunner.query(
      'ALTER TABLE "tracked_item_update_photos" DROP CONSTRAINT "FK_a257041219dfa209e45f4c28c5f"',
    );
    await queryRunner.query('ALTER TABLE "report_photos" DROP COLUMN "claimed_by"');
    await queryRunner.query('DROP INDEX "public"."tracked_item_update_photos_photo_id_key"');
    await queryRunner.query('DROP TABLE "tracked_item_update_photos"');
  }
}
