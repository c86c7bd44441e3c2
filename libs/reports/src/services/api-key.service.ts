import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditActor, AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { NotFoundException } from '@quorum/common';
import { DataSource, IsNull } from 'typeorm';
import { Open311ApiKeyEntity } from '../entities/open311-api-key.entity';

const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * Open311 api_keys. Keys are 256-bit random, so a plain SHA-256 suffices
 * (no slow hash needed against guessing) and lookups stay one index probe.
 */
@Injectable()
export class ApiKeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Returns the key in clear, once; only its hash is stored. Created by an
   * operator (CLI: a system entry) or an admin in the back office.
   */
  async create(
    name: string,
    actor: AuditActor = SYSTEM_ACTOR,
  ): Promise<{ id: string; key: string; row: Open311ApiKeyEntity }> {
    const key = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(Open311ApiKeyEntity).save({ name, keyHash: hashOf(key) });
      await this.audit.append(manager, {
        actor,
        action: 'report.api-key.create',
        subjectType: 'open311-api-key',
        subjectId: row.id,
        isPublic: false,
        payload: { name },
      });
      return { id: row.id, key, row };
    });
  }

  /** Every key, revoked ones included, newest first (a municipality has a handful of clients). */
  list(): Promise<Open311ApiKeyEntity[]> {
    return this.dataSource.getRepository(Open311ApiKeyEntity).find({ order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** The key stops working at once; revoking twice keeps the first date. */
  async revoke(id: string, actor: AuditActor): Promise<Open311ApiKeyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const keys = manager.getRepository(Open311ApiKeyEntity);
      const row = await keys.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundException('Open311ApiKey', id);
      if (row.revokedAt) return row;
      row.revokedAt = new Date();
      await keys.update({ id }, { revokedAt: row.revokedAt });
      await this.audit.append(manager, {
        actor,
        action: 'report.api-key.revoke',
        subjectType: 'open311-api-key',
        subjectId: row.id,
        isPublic: false,
        payload: { name: row.name },
      });
      return row;
    });
  }

  /** The id of the active key, or null. */
  async verify(key: string | undefined): Promise<string | null> {
    if (!key) return null;
    const row = await this.dataSource
      .getRepository(Open311ApiKeyEntity)
      .findOneBy({ keyHash: hashOf(key), revokedAt: IsNull() });
    return row?.id ?? null;
  }
}
