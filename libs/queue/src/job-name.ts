import { QueueName } from './queue-name';

/** Every job the worker runs; domains add theirs here, with its payload and queue below. */
export const JobName = {
  CLOSE_VOTING: 'budgets.close-voting',
  TALLY_BUDGET: 'budgets.tally',
} as const satisfies Record<string, string>;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Each job's payload; `JobQueue.enqueue` and handlers are typed from it. */
export interface JobPayloads extends Record<JobName, unknown> {
  /** `closesAt`: the closing time the job was scheduled for (ISO); a job for a moved closing time does nothing. */
  [JobName.CLOSE_VOTING]: { budgetId: string; closesAt: string };
  [JobName.TALLY_BUDGET]: { budgetId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.CLOSE_VOTING]: QueueName.BUDGETS,
  [JobName.TALLY_BUDGET]: QueueName.BUDGETS,
};
