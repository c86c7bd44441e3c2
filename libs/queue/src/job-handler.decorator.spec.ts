import { JOB_HANDLER_KEY, JobContext, JobHandler } from './job-handler.decorator';
import { JobName, JobPayloads } from './job-name';

class Handlers {
  @JobHandler(JobName.CLOSE_VOTING)
  async close(payload: JobPayloads[typeof JobName.CLOSE_VOTING], job: JobContext): Promise<string> {
    await job.updateProgress(100);
    return `${payload.budgetId} ${payload.closesAt}`;
  }

  @JobHandler(JobName.PURGE_EXPIRED_DATA)
  async purge(): Promise<number> {
    return 0;
  }

  // @ts-expect-error the payload of another job: `npm run check` (tsc) fails if this compiles
  @JobHandler(JobName.TALLY_BUDGET)
  async wrongPayload(payload: JobPayloads[typeof JobName.BUILD_DATA_EXPORT]): Promise<string> {
    return payload.exportId;
  }

  // @ts-expect-error a handler returns a promise
  @JobHandler(JobName.TALLY_BUDGET)
  notAsync(payload: JobPayloads[typeof JobName.TALLY_BUDGET]): string {
    return payload.budgetId;
  }
}

describe('@JobHandler', () => {
  it('records the job each method handles, for the worker to find', () => {
    const handlers = new Handlers();
    expect(Reflect.getMetadata(JOB_HANDLER_KEY, handlers.close)).toBe(JobName.CLOSE_VOTING);
    expect(Reflect.getMetadata(JOB_HANDLER_KEY, handlers.purge)).toBe(JobName.PURGE_EXPIRED_DATA);
  });
});
