import { MigrationInterface, QueryRunner } from 'typeorm';

export class MunicipalityMap1796519759768 implements MigrationInterface {
  name = 'MunicipalityMap1796519759768';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipalities" ADD "map" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipalities" DROP COLUMN "map"');
  }
}
