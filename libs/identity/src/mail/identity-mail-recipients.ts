import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailRecipient, MailRecipients } from '@quorum/mail';
import { DataSource } from 'typeorm';
import { AccountRepository } from '../repositories/account.repository';

/**
 * Gives the mail sender an account's address when the message goes out, so
 * that queued messages carry an account id, never an address, and an erased
 * account's messages go nowhere. A claimed address (sign-up with a taken
 * address) is never one: such an account receives no mail.
 */
@Injectable()
export class IdentityMailRecipients implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly recipients: MailRecipients,
  ) {}

  onModuleInit(): void {
    this.recipients.register((userId) => this.resolve(userId));
    this.recipients.registerStaff(() => this.accounts.staffWithAddress(this.dataSource.manager));
  }

  private async resolve(userId: string): Promise<MailRecipient | null> {
    const row = await this.accounts.mailRecipient(this.dataSource.manager, userId);
    return row && { ...row, locale: row.locale === 'en' ? 'en' : 'fr' };
  }
}
