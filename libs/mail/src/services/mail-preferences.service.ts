import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { MailSuppressionRepository, SUPPRESS_ALL } from '../repositories/mail-suppression.repository';
import { MailKind, MAIL_KINDS } from '../templates/mail-kinds';
import { MailRecipients } from './mail-recipients';
import { recipientHash } from './recipient-hash';

/** Which kinds the account's address receives; `blocked` when its provider reported it bouncing or complaining. */
export interface MailPreferences {
  receive: Record<MailKind, boolean>;
  blocked: boolean;
}

/**
 * The preferences page reads and writes the same suppressions as the
 * one-click links, keyed by the account's current address, so that both
 * ways agree. The `all` suppression of a bounce is never lifted here: the
 * address itself failed, which no checkbox fixes.
 */
@Injectable()
export class MailPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recipients: MailRecipients,
    private readonly suppressions: MailSuppressionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async of(userId: string): Promise<MailPreferences> {
    const hash = await this.hashOf(userId);
    const stopped = hash ? await this.suppressions.kindsOf(this.dataSource.manager, hash) : [];
    return this.preferences(stopped);
  }

  /** Each kind given set as asked (one left out stays as it is), in one transaction; twice the same is a no-op. */
  async update(userId: string, receive: Partial<Record<MailKind, boolean>>): Promise<MailPreferences> {
    const hash = await this.hashOf(userId);
    if (!hash) return this.preferences([]);
    return this.dataSource.transaction(async (manager) => {
      for (const kind of MAIL_KINDS) {
        if (receive[kind] === undefined || receive[kind] === null) continue;
        if (receive[kind]) await this.suppressions.unsuppress(manager, hash, kind);
        else await this.suppressions.suppress(manager, hash, kind);
      }
      return this.preferences(await this.suppressions.kindsOf(manager, hash));
    });
  }

  private async hashOf(userId: string): Promise<string | null> {
    const recipient = await this.recipients.resolve(userId);
    return recipient ? recipientHash(this.config.mail.hashSecret, recipient.address) : null;
  }

  private preferences(stopped: string[]): MailPreferences {
    const receive = Object.fromEntries(MAIL_KINDS.map((kind) => [kind, !stopped.includes(kind)]));
    return { receive: receive as Record<MailKind, boolean>, blocked: stopped.includes(SUPPRESS_ALL) };
  }
}
