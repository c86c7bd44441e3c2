import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordChangedAt1796433067627 implements MigrationInterface {
  name = 'PasswordChangedAt1796433067627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "password_changed_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "password_changed_at"');
  }
}
