import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { removeIfPresent } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { dataExportPath } from '../services/data-export-path';

/**
 * An archive holds the email and name erasure removes: archives and their
 * requests go with the account. A file deleted before a rolled-back erasure
 * is merely an archive to request again.
 */
@Injectable()
export class PrivacyErasureParticipant implements AccountErasureParticipant, OnModuleInit {
  readonly domain = 'privacy';

  constructor(
    private readonly registry: AccountErasureRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId }: ErasureRequest): Promise<void> {
    const [rows]: [{ id: string }[]] = await manager.query(`DELETE FROM data_exports WHERE user_id = $1 RETURNING id`, [
      userId,
    ]);
    for (const { id } of rows) await removeIfPresent(dataExportPath(this.config.privacy.dataExportDir, id));
  }
}
