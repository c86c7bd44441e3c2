import { JobQueue, QueueName } from '@quorum/queue';
import { TestApi } from './test-api';
import { waitFor } from './wait-for';

/**
 * Waits until the worker has completed the job `jobId` (enqueued directly or still in the outbox), so that
 * a test does not run beside work that changes what it reads (an export publishing files, say).
 */
export async function jobCompleted(api: TestApi, queueName: QueueName, jobId: string, timeoutMs = 60_000) {
  const queue = api.app.get(JobQueue).queue(queueName);
  await waitFor(
    async () => ((await queue.getJobState(jobId)) === 'completed' ? true : undefined),
    timeoutMs,
    `job ${jobId} completed`,
  );
}
