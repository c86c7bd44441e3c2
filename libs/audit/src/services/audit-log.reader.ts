import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildConnection, Connection, decodeCursor, encodeCursor } from '@quorum/common';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { AuditHead, AuditLog } from './audit-log.service';

export interface AuditLogQuery {
  first: number;
  after?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  occurredFrom?: Date;
  occurredBefore?: Date;
  /** Residents and the public read only entries about public content. */
  publicOnly: boolean;
}

/** Reading the log: newest first, keyset-paginated by sequence. */
@Injectable()
export class AuditLogReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: AuditLog,
  ) {}

  async list(query: AuditLogQuery): Promise<Connection<AuditEntryEntity>> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('e');
    if (query.publicOnly) qb.andWhere('e.is_public');
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.subjectType) qb.andWhere('e.subject_type = :subjectType', { subjectType: query.subjectType });
    if (query.subjectId) qb.andWhere('e.subject_id = :subjectId', { subjectId: query.subjectId });
    if (query.occurredFrom) qb.andWhere('e.occurred_at >= :from', { from: query.occurredFrom });
    if (query.occurredBefore) qb.andWhere('e.occurred_at < :before', { before: query.occurredBefore });
    const totalCount = await qb.getCount();
    if (query.after) qb.andWhere('e.sequence < :after', { after: decodeCursor<string>(query.after, 'after') });
    const rows = await qb
      .orderBy('e.sequence', 'DESC')
      .take(query.first + 1)
      .getMany();
    return buildConnection(rows, query.first, totalCount, (e) => encodeCursor(e.sequence), !!query.after);
  }

  /** The last entry of this action about this subject, if any (e.g. the commitment a budget's close recorded). */
  async latest(action: string, subjectType: string, subjectId: string): Promise<AuditEntryEntity | null> {
    return this.dataSource.getRepository(AuditEntryEntity).findOne({
      where: { action, subjectType, subjectId },
      order: { sequence: 'DESC' },
    });
  }

  /** The current head, which anyone may save to check the history later. */
  async head(): Promise<AuditHead> {
    return this.log.head(this.dataSource.manager);
  }
}
