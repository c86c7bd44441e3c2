import { registerEnumType } from '@nestjs/graphql';

export enum ExportJobStatus {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

registerEnumType(ExportJobStatus, {
  name: 'ExportJobStatus',
  description: 'WAITING (queued or retrying after a failure), ACTIVE, COMPLETED, FAILED (no retry left).',
});
