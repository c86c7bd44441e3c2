import { registerEnumType } from '@nestjs/graphql';

export enum ReportReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  OTHER = 'OTHER',
}

registerEnumType(ReportReason, { name: 'ReportReason' });
