import { timingSafeEqual } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Logger, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@quorum/access';
import { NotFoundException, UnauthenticatedException, ValidationFailedException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { MailSuppressionRepository, SUPPRESS_ALL } from '../repositories/mail-suppression.repository';
import { recipientHash } from '../services/recipient-hash';

const TYPES = ['bounce', 'complaint'];

/**
 * Where the mail provider (or a small script reading the bounce mailbox)
 * reports an address that bounced for good or whose owner marked a message as
 * spam: from then on the platform writes nothing more to it except a password
 * reset its owner asks for. Header `X-Bounce-Token: MAIL_BOUNCE_TOKEN` (not
 * `Authorization`, which the API reads as a resident's token), a JSON
 * body `{"address": "...", "type": "bounce" | "complaint"}`; 404 when
 * MAIL_BOUNCE_TOKEN is unset. The address is kept only as its keyed hash
 * (recipientHash), and logged never.
 */
@Controller('mail/rebonds')
export class BounceController {
  private readonly logger = new Logger(BounceController.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppressions: MailSuppressionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @HttpCode(204)
  async report(@Headers('x-bounce-token') given: unknown, @Body() body: unknown): Promise<void> {
    const token = this.config.mail.bounceToken;
    if (!token) throw new NotFoundException('Page', 'mail/rebonds');
    if (!sameSecret(given, token)) throw new UnauthenticatedException();
    const { address, type } = (body ?? {}) as { address?: unknown; type?: unknown };
    if (typeof address !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(address.trim()) || address.length > 320)
      throw ValidationFailedException.forField('address', 'must be an email address');
    if (typeof type !== 'string' || !TYPES.includes(type))
      throw ValidationFailedException.forField('type', 'must be bounce or complaint');
    const hash = recipientHash(this.config.mail.hashSecret, address);
    await this.suppressions.suppress(this.dataSource.manager, hash, SUPPRESS_ALL);
    this.logger.warn(
      { type, recipient: hash.slice(0, 12) },
      'Address reported by the mail provider; mail to it stopped',
    );
  }
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
