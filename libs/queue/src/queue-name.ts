/**
 * One BullMQ queue per kind of work, so a slow export never delays a tally.
 * Domains add their queue here with their first job.
 */
export const QueueName = {
  BUDGETS: 'budgets',
  OPEN_DATA: 'open-data',
  PRIVACY: 'privacy',
  MAIL: 'mail',
  TRACKING: 'tracking',
} as const satisfies Record<string, string>;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
