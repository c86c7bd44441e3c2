import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * Issue reports are facts about public space (a pothole stays a pothole): they
 * remain, even when the resident deletes their contributions, but lose every
 * link to the person: account, email, name, phone.
 */
@Injectable()
export class ReportsErasureParticipant implements AccountErasureParticipant, OnModuleInit {
  readonly domain = 'reports';

  constructor(private readonly registry: AccountErasureRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId }: ErasureRequest): Promise<void> {
    await manager.query(
      `UPDATE issue_reports SET reporter_id = NULL, reporter_email = NULL, reporter_name = NULL, reporter_phone = NULL
        WHERE reporter_id = $1`,
      [userId],
    );
  }
}
