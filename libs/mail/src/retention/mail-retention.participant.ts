import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { RetentionParticipant, RetentionRegistry } from '@quorum/privacy';
import { DataSource } from 'typeorm';
import { MailDeliveryRepository } from '../repositories/mail-delivery.repository';

/**
 * The sent log serves the once-only sending of a message (while its job may
 * be retried, about two days), the hourly limit (an hour) and the resident's
 * data export: its rows are deleted after MAIL_DELIVERY_RETENTION_DAYS.
 * Suppressions are kept: they are what stops the platform writing to an
 * address that asked it to.
 */
@Injectable()
export class MailRetentionParticipant implements RetentionParticipant, OnModuleInit {
  readonly domain = 'mail';

  constructor(
    private readonly registry: RetentionRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: MailDeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async purgeExpired(): Promise<Record<string, number>> {
    return {
      mailDeliveriesPurged: await this.deliveries.purgeOlderThan(
        this.dataSource.manager,
        this.config.mail.deliveryRetentionDays,
      ),
    };
  }
}
