import { JobQueue, QueueName } from '@quorum/queue';
import { TestApi } from './test-api';

/**
 * Runs `work` with one queue paused: the jobs it enqueues wait until it ends,
 * so a test can look at what is true before the worker acts (a tally not yet
 * counted, an archive still pending) however fast the worker is.
 */
export async function withJobsPaused<T>(api: TestApi, queueName: QueueName, work: () => Promise<T>): Promise<T> {
  const queue = api.app.get(JobQueue).queue(queueName);
  await queue.pause();
  try {
    return await work();
  } finally {
    await queue.resume();
  }
}
