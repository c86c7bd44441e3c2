/**
 * A domain that keeps some personal data only for a while implements this and
 * registers with `RetentionRegistry`; the hourly retention job runs every
 * participant. Each purge is idempotent: a run cut short is finished by the next.
 */
export interface RetentionParticipant {
  readonly domain: string;
  /** Deletes what outlived its retention period; returns how much, by kind (the job's report). */
  purgeExpired(): Promise<Record<string, number>>;
}
