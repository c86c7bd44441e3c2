import { createHash, createHmac } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

type Hash = (address: string) => string;

// As libs/mail's normalizeAddress and recipientHash were and are (copied: a migration does not change with them).
const normalize = (address: string): string => address.trim().toLowerCase();
const sha256: Hash = (address) => createHash('sha256').update(normalize(address)).digest('hex');
const keyed =
  (secret: string): Hash =>
  (address) =>
    createHmac('sha256', secret).update(normalize(address)).digest('hex');

/**
 * The addresses in the sent log and the suppressions go from a plain SHA-256
 * (which anyone can test a guessed address against) to an HMAC under
 * MAIL_HASH_SECRET. A hash cannot be turned into another without the address:
 * - the sent log is emptied (it serves the once-only sending of messages in
 *   flight and the hourly limit; a message retried across the upgrade may go twice);
 * - each suppression is re-keyed when its address is one the platform still
 *   holds (an account's address, confirmed or claimed, or an anonymous
 *   reporter's not yet purged), computed here from that address; the others
 *   are deleted: they named addresses the platform no longer knows, which it
 *   cannot write to unless someone gives them again (docs/PRIVACY.md, "Mail").
 * The secret is read from the environment, as the API and worker read it.
 */
export class KeyedMailHashes1796518488511 implements MigrationInterface {
  name = 'KeyedMailHashes1796518488511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "mail_deliveries"');
    await rekey(queryRunner, sha256, configuredHash());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "mail_deliveries"');
    await rekey(queryRunner, configuredHash(), sha256);
  }
}

// libs/config's development value of MAIL_HASH_SECRET when this migration was written (a migration imports
// nothing that may change after it, and the tests' template database is migrated without any configuration).
const DEV_MAIL_HASH_SECRET = 'quorum-development-mail-hash-secret-not-for-production';

/**
 * The HMAC under MAIL_HASH_SECRET as the API and worker read it from the
 * environment (empty counts as unset; production refuses to start without it).
 */
function configuredHash(): Hash {
  return keyed(process.env.MAIL_HASH_SECRET || DEV_MAIL_HASH_SECRET);
}

/** Each suppression whose address the platform still holds, under `newHash` instead of `oldHash`; the others deleted. */
async function rekey(queryRunner: QueryRunner, oldHash: Hash, newHash: Hash): Promise<void> {
  const rows: { recipient_hash: string; kind: string; created_at: Date }[] = await queryRunner.query(
    'SELECT recipient_hash, kind, created_at FROM "mail_suppressions"',
  );
  if (rows.length === 0) return;
  const addresses: { address: string }[] = await queryRunner.query(
    `SELECT email AS address FROM users WHERE email IS NOT NULL
     UNION SELECT claimed_email FROM users WHERE claimed_email IS NOT NULL
     UNION SELECT reporter_email FROM issue_reports WHERE reporter_email IS NOT NULL`,
  );
  const byOld = new Map(addresses.map(({ address }) => [oldHash(address), newHash(address)]));
  await queryRunner.query('DELETE FROM "mail_suppressions"');
  for (const row of rows) {
    const hash = byOld.get(row.recipient_hash.trim());
    if (!hash) continue;
    await queryRunner.query(
      'INSERT INTO "mail_suppressions" (recipient_hash, kind, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [hash, row.kind, row.created_at],
    );
  }
}
