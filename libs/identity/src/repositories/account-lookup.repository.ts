import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AccountLookupRow } from '../types/account-lookup.type';

/** Escapes LIKE's wildcards, so that what staff type is matched as text. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const SELECT = `SELECT u.id, u.display_name AS "displayName", u.email, u.created_at AS "createdAt",
                       u.email_confirmed_at IS NOT NULL AS "emailConfirmed", u.blocked_at IS NOT NULL AS blocked,
                       v.method AS "verificationMethod"
                  FROM users u LEFT JOIN residency_verifications v ON v.user_id = u.id`;

/** Accounts staff look up at the desk (in-person verification); erased accounts are never found. */
@Injectable()
export class AccountLookupRepository {
  /** The account using this address (already normalised), if any. */
  byEmail(manager: EntityManager, email: string): Promise<AccountLookupRow[]> {
    return manager.query(`${SELECT} WHERE u.email = $1 AND u.erased_at IS NULL`, [email]);
  }

  /** Accounts whose display name contains the words, accents and case aside, by name; `limit` at most. */
  byName(manager: EntityManager, name: string, limit: number): Promise<AccountLookupRow[]> {
    return manager.query(
      `${SELECT}
        WHERE u.erased_at IS NULL
          AND quorum_unaccent(lower(u.display_name)) LIKE '%' || quorum_unaccent(lower($1)) || '%'
        ORDER BY lower(u.display_name), u.created_at, u.id
        LIMIT $2`,
      [likeLiteral(name), limit],
    );
  }
}
