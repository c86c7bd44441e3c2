import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResidentDistricts1795276037719 implements MigrationInterface {
  name = 'ResidentDistricts1795276037719';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "census_entries" ADD "district_id" uuid');
    await queryRunner.query('ALTER TABLE "residency_verifications" ADD "district_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "census_entries" ADD CONSTRAINT "FK_ba98907e32de5e5c4a79e34b9e3" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "residency_verifications" ADD CONSTRAINT "FK_9a127797e1de9248031ff44826b" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "residency_verifications" DROP CONSTRAINT "FK_9a127797e1de9248031ff44826b"');
    await queryRunner.query('ALTER TABLE "census_entries" DROP CONSTRAINT "FK_ba98907e32de5e5c4a79e34b9e3"');
    await queryRunner.query('ALTER TABLE "residency_verifications" DROP COLUMN "district_id"');
    await queryRunner.query('ALTER TABLE "census_entries" DROP COLUMN "district_id"');
  }
}
