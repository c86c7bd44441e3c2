import { Module } from '@nestjs/common';
import { PrivacyContractsModule } from '@quorum/privacy';
import { MailPersonalDataContributor } from './personal-data/mail-personal-data.contributor';
import { DevMailController } from './http/dev-mail.controller';
import { BounceController } from './http/bounce.controller';
import { UnsubscribeController } from './http/unsubscribe.controller';
import { MailSuppressionRepository } from './repositories/mail-suppression.repository';
import { SendMailProcessor } from './jobs/send-mail.processor';
import { MailDeliveryRepository } from './repositories/mail-delivery.repository';
import { MailOutbox } from './services/mail-outbox.service';
import { MailRecipients } from './services/mail-recipients';
import { MailTransport } from './services/mail-transport';
import { MailPreferencesService } from './services/mail-preferences.service';
import { MailPreferencesResolver } from './resolvers/mail-preferences.resolver';
import { MailRetentionParticipant } from './retention/mail-retention.participant';
import { StaffDigestProcessor } from './digest/staff-digest.processor';
import { StaffDigestRegistry } from './digest/staff-digest.registry';
import { OpeningsProcessor } from './openings/openings.processor';
import { OpeningsRegistry } from './openings/openings.registry';

const REPOSITORIES = [MailDeliveryRepository, MailSuppressionRepository];

/**
 * Queueing messages in a domain's transaction (needs QueueModule), the port
 * identity fills with accounts' addresses, and the resident's data export.
 */
@Module({
  imports: [PrivacyContractsModule],
  providers: [
    MailOutbox,
    MailRecipients,
    StaffDigestRegistry,
    OpeningsRegistry,
    MailPersonalDataContributor,
    MailRetentionParticipant,
    ...REPOSITORIES,
  ],
  exports: [MailOutbox, MailRecipients, StaffDigestRegistry, OpeningsRegistry, ...REPOSITORIES],
})
export class MailCoreModule {}

/** The unsubscribe link's target, the preferences, and the development page listing written messages, for the API. */
@Module({
  imports: [MailCoreModule],
  controllers: [DevMailController, UnsubscribeController, BounceController],
  providers: [MailPreferencesService, MailPreferencesResolver],
})
export class MailModule {}

/** The sender, for the worker. */
@Module({
  imports: [MailCoreModule],
  providers: [MailTransport, SendMailProcessor, StaffDigestProcessor, OpeningsProcessor],
  exports: [MailTransport, StaffDigestProcessor, OpeningsProcessor],
})
export class MailWorkerModule {}
