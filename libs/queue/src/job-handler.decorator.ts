import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads } from './job-name';

export const JOB_HANDLER_KEY = 'quorum:job-handler';

/** What a handler may use of the BullMQ job besides its payload. */
export interface JobContext {
  id?: string;
  attemptsMade: number;
  updateProgress(progress: number): Promise<void>;
}

/** The shape of the handler of job `N`: its payload is `JobPayloads[N]`. */
export type JobHandlerFn<N extends JobName> = (payload: JobPayloads[N], job: JobContext) => Promise<unknown>;

/**
 * Marks a provider method as the handler of one job; the worker refuses to boot
 * unless every job has exactly one. The compiler refuses a method that does not
 * fit `JobHandlerFn<N>`: a payload of another job, or a result that is not a promise.
 */
export function JobHandler<N extends JobName>(name: N) {
  return <F extends JobHandlerFn<N>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ): void => {
    SetMetadata(JOB_HANDLER_KEY, name)(target, key, descriptor);
  };
}
