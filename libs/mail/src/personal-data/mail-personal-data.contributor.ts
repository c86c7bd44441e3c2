import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { PersonalDataContributor, PersonalDataRegistry, PersonalDataSection } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { MailDeliveryRepository } from '../repositories/mail-delivery.repository';
import { MailSuppressionRepository } from '../repositories/mail-suppression.repository';
import { MailRecipients } from '../services/mail-recipients';
import { recipientHash } from '../services/recipient-hash';

/**
 * What the platform keeps about the messages sent to the account's current
 * address, which it knows by its keyed hash only: each message sent (its kind
 * and time, not its content) and the kinds the address unsubscribed from.
 */
@Injectable()
export class MailPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly domain = 'mail';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly recipients: MailRecipients,
    private readonly deliveries: MailDeliveryRepository,
    private readonly suppressions: MailSuppressionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(manager: EntityManager, userId: string): Promise<PersonalDataSection[]> {
    const recipient = await this.recipients.resolve(userId);
    const hash = recipient ? recipientHash(this.config.mail.hashSecret, recipient.address) : null;
    const messages = hash ? await this.deliveries.ofRecipient(manager, hash) : [];
    const unsubscribed = hash ? await this.suppressions.ofRecipient(manager, hash) : [];
    return [
      {
        name: 'messages',
        description: {
          fr: 'Les messages envoyés à votre adresse actuelle : leur modèle, s’ils sont partis (SENT) ou ont dépassé la limite horaire (LIMITED), et quand. Leur contenu n’est pas conservé.',
          en: 'The messages sent to your current address: their template, whether they went out (SENT) or exceeded the hourly limit (LIMITED), and when. Their content is not kept.',
        },
        rows: messages,
      },
      {
        name: 'unsubscriptions',
        description: {
          fr: 'Les sortes de messages dont votre adresse s’est désabonnée (all : adresse signalée en erreur ou comme indésirable par le fournisseur de messagerie).',
          en: 'The kinds of messages your address unsubscribed from (all: the address was reported as bouncing or complaining by the mail provider).',
        },
        rows: unsubscribed,
      },
    ];
  }
}
