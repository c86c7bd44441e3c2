import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit hash chain. The trigger (hand-added) makes the table append-only
 * for every role that does not own it or cannot disable triggers: UPDATE,
 * DELETE and TRUNCATE all fail. A superuser can still disable it; that is
 * what the chain itself (npm run cli -- audit:verify) detects.
 */
export class AuditLog1795266015002 implements MigrationInterface {
  name = 'AuditLog1795266015002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("sequence" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_kind" character varying(16) NOT NULL, "actor_id" uuid, "action" character varying(64) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(64), "is_public" boolean NOT NULL, "payload" text NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "audit_entries_sequence_check" CHECK (sequence > 0), CONSTRAINT "PK_0f8cdd845da40b8973d76587767" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query('CREATE INDEX "audit_entries_occurred_at_idx" ON "audit_entries"  ("occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "audit_entries_subject_idx" ON "audit_entries"  ("subject_type", "subject_id", "sequence") ',
    );
    await queryRunner.query('CREATE INDEX "audit_entries_action_idx" ON "audit_entries"  ("action", "sequence") ');
    await queryRunner.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'audit_entries_append_only';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entries_no_truncate ON audit_entries');
    await queryRunner.query('DROP TRIGGER audit_entries_append_only ON audit_entries');
    await queryRunner.query('DROP FUNCTION audit_entries_append_only()');
    await queryRunner.query('DROP TRIGGER audit_entries_no_truncate ON audit_entries');
    await queryRunner.query('DROP TRIGGER audit_entries_append_only ON audit_entries');
    await queryRunner.query('DROP FUNCTION audit_entries_append_only()');
    await queryRunner.query('DROP INDEX "public"."audit_entries_action_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_entries_subject_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_entries_occurred_at_idx"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
