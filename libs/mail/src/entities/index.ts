export * from './mail-delivery.entity';
export * from './mail-suppression.entity';

import { MailDeliveryEntity } from './mail-delivery.entity';
import { MailSuppressionEntity } from './mail-suppression.entity';

/** This library's TypeORM entities, for the apps' data sources (`DatabaseModule.forRoot`). */
export const MAIL_ENTITIES = [MailDeliveryEntity, MailSuppressionEntity];
