import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { DataSource } from 'typeorm';
import { MailDeliveryStatus } from '../entities/mail-delivery.entity';
import { MailDeliveryRepository } from '../repositories/mail-delivery.repository';
import { MailSuppressionRepository, SUPPRESS_ALL } from '../repositories/mail-suppression.repository';
import { mailParamsBinding, mailParamsKey, openMailParams } from '../services/mail-params-cipher';
import { MailTransport } from '../services/mail-transport';
import { MailRecipient, MailRecipients } from '../services/mail-recipients';
import { recipientHash } from '../services/recipient-hash';
import { unsubscribeKey, unsubscribeToken } from '../services/unsubscribe-token';
import { MAIL_KIND_LABELS, MailKind, mailKindOf } from '../templates/mail-kinds';
import { MailContent, MailContext } from '../templates/mail-content';
import { renderMail } from '../templates/mail-layout';
import { isMailTemplateName, MAIL_TEMPLATES, MailTemplateName } from '../templates/mail-templates';

type SendMailPayload = JobPayloads[typeof JobName.SEND_MAIL];

export type SendMailOutcome =
  | 'sent'
  | 'already-sent'
  | 'limited'
  | 'unknown-template'
  /** The parameters do not open with this server's key (tampered with, or sealed under a former JWT_SECRET). */
  | 'unreadable'
  /** The account is gone or erased, or has no address of its own; or the contact was purged. */
  | 'no-recipient'
  /** The address is not confirmed and the message is not about the account itself. */
  | 'unconfirmed'
  /** The address asked not to receive this kind of message, or bounced or complained. */
  | 'unsubscribed';

/**
 * Sends one message, once. The recipient's lock is held from the check of the
 * sent log to the commit of its row, with the SMTP exchange in between: a
 * second job for the same event waits, then finds the row and sends nothing;
 * a failed exchange rolls back, and BullMQ tries again later (capped
 * exponential backoff, many attempts), so an SMTP outage delays messages
 * without losing any. Only a crash between the server's acceptance and the
 * commit can send one twice (the identical Message-ID then lets clients fold it).
 * Logs carry the recipient's hash, never the address.
 */
@Injectable()
export class SendMailProcessor {
  private readonly logger = new Logger(SendMailProcessor.name);
  private readonly key: Buffer;
  private readonly unsubscribeKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: MailDeliveryRepository,
    private readonly suppressions: MailSuppressionRepository,
    private readonly transport: MailTransport,
    private readonly recipients: MailRecipients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = mailParamsKey(config.auth.jwtSecret);
    this.unsubscribeKey = unsubscribeKey(config.auth.jwtSecret);
  }

  private async recipientOf(
    to: SendMailPayload['to'],
  ): Promise<(Omit<MailRecipient, 'displayName'> & { displayName: string | null }) | null> {
    if ('userId' in to) return this.recipients.resolve(to.userId);
    if ('contact' in to) {
      const contact = await this.recipients.resolveContact(to.contact);
      return contact && { ...contact, displayName: null, confirmed: true };
    }
    return { address: to.address, locale: to.locale, displayName: null, confirmed: true };
  }

  @JobHandler(JobName.SEND_MAIL)
  async send(payload: SendMailPayload): Promise<SendMailOutcome> {
    const { eventKey, template } = payload;
    if (!isMailTemplateName(template)) {
      this.logger.error({ template, eventKey }, 'Unknown mail template; message dropped');
      return 'unknown-template';
    }
    // Opened only here, to render the message: the clear parameters never leave this process.
    const params = openMailParams(this.key, payload.params, mailParamsBinding(eventKey, template));
    if (params === null) {
      this.logger.error({ template, eventKey }, 'Mail parameters do not open; message dropped');
      return 'unreadable';
    }
    const found = await this.recipientOf(payload.to);
    if (!found) return 'no-recipient';
    if (!found.confirmed && !payload.unconfirmedToo) return 'unconfirmed';
    const { address: to, locale } = found;
    const recipient = recipientHash(this.config.mail.hashSecret, to);
    const kind = mailKindOf(template);
    const render = MAIL_TEMPLATES[template] as (params: unknown, context: MailContext) => MailContent;
    const context: MailContext = { locale, publicUrl: this.config.http.publicUrl, displayName: found.displayName };
    const unsubscribeUrl = kind
      ? `${this.config.http.publicUrl}/mail/desabonnement?jeton=${unsubscribeToken(this.unsubscribeKey, kind, recipient)}`
      : undefined;
    const unsubscribe = kind && unsubscribeUrl ? { label: UNSUBSCRIBE[locale](kind), url: unsubscribeUrl } : undefined;
    const mail = renderMail(render(params, context), locale, unsubscribe);
    const id = createHash('sha256').update(eventKey).update('\0').update(recipient).digest('hex').slice(0, 32);
    const outcome = await this.dataSource.transaction(async (manager): Promise<SendMailOutcome> => {
      await this.deliveries.lockRecipient(manager, recipient);
      if (await this.deliveries.exists(manager, eventKey, recipient)) return 'already-sent';
      if (await this.suppressions.isSuppressed(manager, recipient, suppressedBy(template))) return 'unsubscribed';
      const limited =
        (await this.deliveries.sentInLastHour(manager, recipient)) >= this.config.mail.maxPerRecipientPerHour;
      if (!limited)
        await this.transport.send({
          ...mail,
          to,
          locale,
          messageId: `<${id}@${messageIdDomain(this.config.mail.from)}>`,
          unsubscribeUrl,
          fileStem: `${new Date().toISOString().replace(/[:.]/g, '-')}-${template}-${id.slice(0, 12)}`,
        });
      const status = limited ? MailDeliveryStatus.LIMITED : MailDeliveryStatus.SENT;
      await this.deliveries.record(manager, { eventKey, recipientHash: recipient, template, status });
      return limited ? 'limited' : 'sent';
    });
    if (outcome === 'limited')
      this.logger.warn({ template, recipient: recipient.slice(0, 12) }, 'Hourly limit reached; message not sent');
    return outcome;
  }
}

/**
 * What stops a message: its kind's unsubscription, or a bounce or complaint,
 * which stops everything but a password reset (asked for by the address's
 * owner there and then, and the way back into the account).
 */
function suppressedBy(template: MailTemplateName): string[] {
  const kind = mailKindOf(template);
  if (template === 'password-reset') return [];
  return kind ? [kind, SUPPRESS_ALL] : [SUPPRESS_ALL];
}

const UNSUBSCRIBE = {
  fr: (kind: MailKind) => `Ne plus recevoir ${MAIL_KIND_LABELS.fr[kind]}`,
  en: (kind: MailKind) => `Stop receiving ${MAIL_KIND_LABELS.en[kind]}`,
};

/** The sender's domain, which Message-IDs conventionally end with. */
function messageIdDomain(from: string): string {
  return /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'quorum.localhost';
}
