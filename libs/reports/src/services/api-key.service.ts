import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Open311ApiKeyEntity } from '../entities/open311-api-key.entity';

const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * Open311 api_keys. Keys are 256-bit random, so a plain SHA-256 suffices
 * (no slow hash needed against guessing) and lookups stay one index probe.
 */
@Injectable()
export class ApiKeyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the key in clear, once; only its hash is stored. */
  async create(name: string): Promise<{ id: string; key: string }> {
    const key = randomBytes(32).toString('base64url');
    const row = await this.dataSource.getRepository(Open311ApiKeyEntity).save({ name, keyHash: hashOf(key) });
    return { id: row.id, key };
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
