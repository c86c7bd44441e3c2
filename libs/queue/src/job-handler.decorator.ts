import { SetMetadata } from '@nestjs/common';
import { JobName, JobPayloads } from './job-name';

export const JOB_HANDLER_KEY = 'quorum:job-handler';

/** Marks a provider method as the handler of one job; the worker refuses to boot unless every job has exactly one. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER_KEY, name);

export type JobHandlerFn<N extends JobName> = (
  payload: JobPayloads[N],
  job: { id?: string; attemptsMade: number; updateProgress(p: number): Promise<void> },
) => Promise<unknown>;
