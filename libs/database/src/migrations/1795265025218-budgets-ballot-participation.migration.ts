import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM cannot express triggers): every ballot is the current
 * ballot of exactly one participation, checked at commit. With the
 * participation primary key (budget, voter key) and its unique ballot id, the
 * database alone guarantees one ballot per resident per budget: a ballot
 * inserted without its participation, or left behind by a re-vote, fails the
 * transaction.
 */
export class BudgetsBallotParticipation1795265025218 implements MigrationInterface {
  name = 'BudgetsBallotParticipation1795265025218';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ballot_has_participation(ballot uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM ballots WHERE id = ballot)
            OR EXISTS (SELECT 1 FROM budget_participations WHERE ballot_id = ballot)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION ballots_participation_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ballot uuid;
      BEGIN
        -- A new ballot, or the ballot a participation pointed to before an update or delete.
        IF TG_TABLE_NAME = 'ballots' THEN
          ballot := NEW.id;
        ELSE
          ballot := OLD.ballot_id;
        END IF;
        IF NOT ballot_has_participation(ballot) THEN
          RAISE EXCEPTION 'every ballot must be the current ballot of one participation'
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'ballots_participation_check';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE CONSTRAINT TRIGGER ballots_participation_check AFTER INSERT ON ballots DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ballots_participation_check()',
    );
    await queryRunner.query(
      'CREATE CONSTRAINT TRIGGER budget_participations_ballot_check AFTER UPDATE OF ballot_id OR DELETE ON budget_participations DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ballots_participation_check()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER budget_participations_ballot_check ON budget_participations');
    await queryRunner.query('DROP TRIGGER ballots_participation_check ON ballots');
    await queryRunner.query('DROP FUNCTION ballots_participation_check()');
    await queryRunner.query('DROP FUNCTION ballot_has_participation(uuid)');
  }
}
