import { QueueName } from './queue-name';

/** Every job the worker runs; domains add theirs here, with its payload and queue below. */
export const JobName = {
  CLOSE_VOTING: 'budgets.close-voting',
  TALLY_BUDGET: 'budgets.tally',
  EXPORT_OPEN_DATA: 'open-data.export',
  BUILD_DATA_EXPORT: 'privacy.build-data-export',
  PURGE_EXPIRED_DATA: 'privacy.purge-expired-data',
  SEND_MAIL: 'mail.send',
  TRACK_OUTCOME: 'tracking.track-outcome',
  MERGE_TRACKED_DUPLICATES: 'tracking.merge-duplicates',
  SEND_STAFF_DIGEST: 'mail.staff-digest',
  SEND_OPENINGS: 'mail.openings',
} as const satisfies Record<string, string>;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Each job's payload; `JobQueue.enqueue` and handlers are typed from it. */
export interface JobPayloads extends Record<JobName, unknown> {
  /** `closesAt`: the closing time the job was scheduled for (ISO); a job for a moved closing time does nothing. */
  [JobName.CLOSE_VOTING]: { budgetId: string; closesAt: string };
  [JobName.TALLY_BUDGET]: { budgetId: string };
  /**
   * Without `dataset` (and `format`): every dataset in every format, then
   * retention. `reason` is for logs and audit. `withdraw`: content left the
   * public data (hidden, erased account), so the export also withdraws every
   * superseded version; `cause` names the action that asked for it.
   */
  [JobName.EXPORT_OPEN_DATA]: {
    dataset?: string;
    format?: string;
    reason: 'nightly' | 'tally' | 'request' | 'initial' | 'withdraw';
    cause?: string;
  };
  [JobName.BUILD_DATA_EXPORT]: { exportId: string };
  /** Repeatable; no payload. */
  [JobName.PURGE_EXPIRED_DATA]: Record<string, never>;
  /**
   * One message (libs/mail's MailOutbox writes it; its templates type `params`).
   * `eventKey` names what it is about: one message per event and address.
   */
  [JobName.SEND_MAIL]: {
    eventKey: string;
    /**
     * An account, whose address, name and language are read when the message
     * is sent (so the outbox and Redis hold no address, and an erased account
     * gets nothing); or a contact a domain keeps, named `<kind>:<id>` (an
     * anonymous reporter's address, `issue-report:<id>`), read the same way,
     * so that a purged contact is neither written to nor left in the job; or
     * an address without an account.
     */
    to: { userId: string } | { contact: string } | { address: string; locale: 'fr' | 'en' };
    template: string;
    /**
     * The template's parameters, sealed (AES-256-GCM, libs/mail's mail-params-cipher):
     * a reset link's token must not lie readable in the outbox or Redis for days.
     */
    params: string;
    /** Messages about the account itself (confirmation, password reset) go to an unconfirmed address too. */
    unconfirmedToo?: boolean;
  };
  /** A published budget result (its winners) or a published ACCEPTED answer, to be tracked to completion. */
  [JobName.TRACK_OUTCOME]: { budgetId: string } | { proposalId: string };
  /** Queued when the worker boots (once, by its id); no payload: the pairs tracked twice are read when it runs. */
  [JobName.MERGE_TRACKED_DUPLICATES]: Record<string, never>;
  /** Repeatable (daily); no payload: the day is the run's. */
  [JobName.SEND_STAFF_DIGEST]: Record<string, never>;
  /** Repeatable (every ten minutes); no payload: what opened is read when it runs. */
  [JobName.SEND_OPENINGS]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.CLOSE_VOTING]: QueueName.BUDGETS,
  [JobName.TALLY_BUDGET]: QueueName.BUDGETS,
  [JobName.EXPORT_OPEN_DATA]: QueueName.OPEN_DATA,
  [JobName.BUILD_DATA_EXPORT]: QueueName.PRIVACY,
  [JobName.PURGE_EXPIRED_DATA]: QueueName.PRIVACY,
  [JobName.SEND_MAIL]: QueueName.MAIL,
  [JobName.TRACK_OUTCOME]: QueueName.TRACKING,
  [JobName.MERGE_TRACKED_DUPLICATES]: QueueName.TRACKING,
  [JobName.SEND_STAFF_DIGEST]: QueueName.MAIL,
  [JobName.SEND_OPENINGS]: QueueName.MAIL,
};
