import { QueueName } from './queue-name';

/** Every job the worker runs; domains add theirs here, with its payload and queue below. */
export const JobName = {
  CLOSE_VOTING: 'budgets.close-voting',
  TALLY_BUDGET: 'budgets.tally',
  EXPORT_OPEN_DATA: 'open-data.export',
  BUILD_DATA_EXPORT: 'privacy.build-data-export',
  PURGE_EXPIRED_DATA: 'privacy.purge-expired-data',
} as const satisfies Record<string, string>;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Each job's payload; `JobQueue.enqueue` and handlers are typed from it. */
export interface JobPayloads extends Record<JobName, unknown> {
  /** `closesAt`: the closing time the job was scheduled for (ISO); a job for a moved closing time does nothing. */
  [JobName.CLOSE_VOTING]: { budgetId: string; closesAt: string };
  [JobName.TALLY_BUDGET]: { budgetId: string };
  /** Without `dataset` (and `format`): every dataset in every format, then retention. `reason` is for logs and audit. */
  [JobName.EXPORT_OPEN_DATA]: {
    dataset?: string;
    format?: string;
    reason: 'nightly' | 'tally' | 'request' | 'initial';
  };
  [JobName.BUILD_DATA_EXPORT]: { exportId: string };
  /** Repeatable; no payload. */
  [JobName.PURGE_EXPIRED_DATA]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.CLOSE_VOTING]: QueueName.BUDGETS,
  [JobName.TALLY_BUDGET]: QueueName.BUDGETS,
  [JobName.EXPORT_OPEN_DATA]: QueueName.OPEN_DATA,
  [JobName.BUILD_DATA_EXPORT]: QueueName.PRIVACY,
  [JobName.PURGE_EXPIRED_DATA]: QueueName.PRIVACY,
};
