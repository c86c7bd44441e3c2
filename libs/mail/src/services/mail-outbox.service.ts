import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { JobName, JobPayloads, Outbox } from '@quorum/queue';
import { EntityManager } from 'typeorm';
import { MailLocale } from '../templates/mail-content';
import { MailTemplateName, MailTemplateParams } from '../templates/mail-templates';
import { mailParamsBinding, mailParamsKey, sealMailParams } from './mail-params-cipher';
import { recipientHash } from './recipient-hash';

/** An account; a contact a domain keeps (`<kind>:<id>`, resolved when sent, see MailRecipients); or a bare address. */
export type MailTo = { userId: string } | { contact: string } | { address: string; locale: MailLocale };

export interface MailRequest<T extends MailTemplateName> {
  /** What the message is about (`ballot-cast:<id>:<version>`): one message per event and recipient, however often asked. */
  eventKey: string;
  /** An account (preferred: its address is read when sending), or an address that has no account. */
  to: MailTo;
  template: T;
  params: MailTemplateParams[T];
  /** Only for messages about the account itself: the platform writes nothing else to an unconfirmed address. */
  unconfirmedToo?: boolean;
}

/**
 * The mail job's id: the same event and recipient always give the same id
 * (BullMQ keeps one job per id). `hashSecret`: MAIL_HASH_SECRET, for a bare address.
 */
export function mailJobId(eventKey: string, to: MailTo, hashSecret: string): string {
  const recipient =
    'userId' in to
      ? `user:${to.userId}`
      : 'contact' in to
        ? `contact:${to.contact}`
        : recipientHash(hashSecret, to.address);
  return `mail-${createHash('sha256').update(eventKey).update('\0').update(recipient).digest('hex')}`;
}

/**
 * Queues a message in the caller's transaction: it exists exactly when the
 * change it tells about committed, and the worker sends it (retrying until
 * the mail server answers) once and only once per event and recipient.
 */
@Injectable()
export class MailOutbox {
  private readonly key: Buffer;
  private readonly hashSecret: string;

  constructor(
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = mailParamsKey(config.auth.jwtSecret);
    this.hashSecret = config.mail.hashSecret;
  }

  async send<T extends MailTemplateName>(manager: EntityManager, request: MailRequest<T>): Promise<void> {
    await this.outbox.add(manager, JobName.SEND_MAIL, this.payload(request), {
      jobId: mailJobId(request.eventKey, request.to, this.hashSecret),
    });
  }

  /** The job's payload: the parameters sealed, since the outbox and Redis keep it days after sending. */
  payload<T extends MailTemplateName>(request: MailRequest<T>): JobPayloads[typeof JobName.SEND_MAIL] {
    const binding = mailParamsBinding(request.eventKey, request.template);
    return {
      eventKey: request.eventKey,
      to: request.to,
      template: request.template,
      params: sealMailParams(this.key, request.params, binding),
      unconfirmedToo: request.unconfirmedToo,
    };
  }
}
