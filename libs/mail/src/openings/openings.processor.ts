import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobHandler, JobName, JobQueue } from '@quorum/queue';
import { DataSource } from 'typeorm';
import { MailOutbox } from '../services/mail-outbox.service';
import { Opening, OpeningsRegistry } from './openings.registry';

/** Every ten minutes, at minutes no other job uses. */
export const OPENINGS_SCHEDULE = '4-59/10 * * * *';
/** The scheduler's id: registering it at each boot of each worker keeps one schedule. */
export const OPENINGS_SCHEDULER_ID = 'mail-openings';
/**
 * How far back each run looks: runs overlap (each opening's event key makes
 * it one message per account however often it is seen), and a worker down
 * for less than this loses no announcement; one down longer skips them.
 */
export const OPENINGS_LOOKBACK_MS = 24 * 3600 * 1000;

/**
 * Tells followers that something opened: dates are set in advance (a
 * consultation's phases, a budget's voting window), so no change happens at
 * the opening to queue the message with; a repeatable job looks at what
 * opened recently and queues one message per follower through the outbox,
 * with an event key naming the opening.
 */
@Injectable()
export class OpeningsProcessor implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: OpeningsRegistry,
    private readonly outbox: MailOutbox,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(JobName.SEND_OPENINGS, {}, OPENINGS_SCHEDULER_ID, OPENINGS_SCHEDULE);
  }

  @JobHandler(JobName.SEND_OPENINGS)
  handle(): Promise<{ openings: number; messages: number }> {
    return this.send(new Date());
  }

  /** Queues the news of what opened in the lookback window before `now`. */
  async send(now: Date): Promise<{ openings: number; messages: number }> {
    const since = new Date(now.getTime() - OPENINGS_LOOKBACK_MS);
    const openings: Opening[] = [];
    for (const source of this.registry.all()) openings.push(...(await source.openedBetween(since, now)));
    let messages = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const opening of openings)
        for (const userId of opening.userIds) {
          await this.outbox.send(manager, {
            eventKey: opening.eventKey,
            to: { userId },
            template: opening.template,
            params: opening.params,
          });
          messages++;
        }
    });
    return { openings: openings.length, messages };
  }
}
