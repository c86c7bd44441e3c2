import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { AccountLookupRepository } from '../repositories/account-lookup.repository';
import type { AccountLookupRow } from '../types/account-lookup.type';
import { normalizeEmail } from './user.service';

/** A name search finds at most this many accounts: staff narrow it down rather than browse residents. */
export const ACCOUNT_LOOKUP_LIMIT = 10;

/**
 * Staff find the account of a person at the desk before verifying them in
 * person. Each lookup is a staff-only audit entry (who looked, how, how many
 * accounts they saw), never what was typed: the log is append-only and the
 * search is an address or a name.
 */
@Injectable()
export class AccountLookupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookups: AccountLookupRepository,
    private readonly audit: AuditLog,
  ) {}

  async lookUp(search: string, staffId: string): Promise<AccountLookupRow[]> {
    const by = search.includes('@') ? 'EMAIL' : 'NAME';
    return this.dataSource.transaction(async (manager) => {
      const rows =
        by === 'EMAIL'
          ? await this.lookups.byEmail(manager, normalizeEmail(search))
          : await this.lookups.byName(manager, search.trim(), ACCOUNT_LOOKUP_LIMIT + 1);
      await this.audit.append(manager, {
        actor: staffActor(staffId),
        action: 'identity.account-lookup',
        subjectType: 'account',
        isPublic: false,
        payload: { by, results: Math.min(rows.length, ACCOUNT_LOOKUP_LIMIT) },
      });
      return rows;
    });
  }
}
