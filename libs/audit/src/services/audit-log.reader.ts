import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildConnection, Connection, decodeCursor, encodeCursor } from '@quorum/common';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { AuditEntryFilter, AuditEntryRepository } from '../repositories/audit-entry.repository';
import { AuditHead, AuditLog } from './audit-log.service';

export interface AuditLogQuery extends AuditEntryFilter {
  first: number;
  after?: string;
}

/** Reading the log: newest first, keyset-paginated by sequence. */
@Injectable()
export class AuditLogReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: AuditLog,
    private readonly entries: AuditEntryRepository,
  ) {}

  async list(query: AuditLogQuery): Promise<Connection<AuditEntryEntity>> {
    const after = query.after ? decodeCursor<string>(query.after, 'after') : undefined;
    const { totalCount, rows } = await this.entries.newestFirst(this.dataSource.manager, query, query.first + 1, after);
    return buildConnection(rows, query.first, totalCount, (e) => encodeCursor(e.sequence), !!query.after);
  }

  /** The last entry of this action about this subject, if any (e.g. the commitment a budget's close recorded). */
  latest(action: string, subjectType: string, subjectId: string): Promise<AuditEntryEntity | null> {
    return this.entries.latest(this.dataSource.manager, action, subjectType, subjectId);
  }

  /** The current head, which anyone may save to check the history later. */
  async head(): Promise<AuditHead> {
    return this.log.head(this.dataSource.manager);
  }
}
