import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { removeIfPresent } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { EntityManager } from 'typeorm';
import { AccountErasureParticipant, ErasureRequest } from '../contracts/account-erasure-participant';
import { AccountErasureRegistry } from '../contracts/account-erasure.registry';
import { dataExportPath } from '../archive/data-export-path';
import { DataExportRepository } from '../repositories/data-export.repository';

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
    private readonly exports: DataExportRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId }: ErasureRequest): Promise<void> {
    for (const id of await this.exports.deleteOf(manager, userId))
      await removeIfPresent(dataExportPath(this.config.privacy.dataExportDir, id));
  }
}
