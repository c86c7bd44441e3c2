import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditActor, AuditLog } from '@quorum/audit';
import { NotFoundException, ValidationFailedException } from '@quorum/common';
import { JobName, JobPayloads, JobQueue, QueueName, REDIS_CALL_TIMEOUT_MS, withTimeout } from '@quorum/queue';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { datasetNamed } from '../datasets/open-datasets';
import { requestedExportJobId } from '../jobs/open-data-job-ids';
import { ExportJobStatus } from '../types/export-job-status.enum';
import { ExportJobType } from '../types/export-job.type';
import { OpenDataFormat } from '../types/open-data-format.enum';
import { OpenDataset } from '../types/open-dataset.enum';

type ExportPayload = JobPayloads[typeof JobName.EXPORT_OPEN_DATA];

/** Staff's on-demand exports, and the state of any export job, read from BullMQ. */
@Injectable()
export class ExportJobs {
  constructor(
    private readonly jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Queues an export now; with an actor (staff's requests), the request is recorded in the audit log once queued. */
  async request(
    dataset: OpenDataset,
    format: OpenDataFormat,
    now = new Date(),
    actor?: AuditActor,
  ): Promise<ExportJobType> {
    if (!formatsOf(dataset).includes(format))
      throw ValidationFailedException.forField(
        'input.format',
        `${dataset} is published as ${formatsOf(dataset).join(', ')}`,
      );
    const jobId = requestedExportJobId(dataset, format, now);
    await this.jobs.enqueue(JobName.EXPORT_OPEN_DATA, { dataset, format, reason: 'request' }, { jobId });
    if (actor)
      await this.dataSource.transaction((manager) =>
        // Public: the files it publishes are.
        this.audit.append(manager, {
          actor,
          action: 'open-data.export-request',
          subjectType: 'open-dataset',
          subjectId: dataset,
          isPublic: true,
          payload: { format, jobId },
        }),
      );
    return this.get(jobId);
  }

  async get(jobId: string): Promise<ExportJobType> {
    if (!jobId.startsWith('open-data-')) throw new NotFoundException('ExportJob', jobId);
    const queue = this.jobs.queue(QueueName.OPEN_DATA);
    // The state first, then the job: a job read first and completed meanwhile was reported COMPLETED with the
    // progress, files and end of its earlier read. States only move forward, so the job read second is at
    // least as far along as its state says.
    const state = await withTimeout(queue.getJobState(jobId), REDIS_CALL_TIMEOUT_MS, 'Redis');
    const job: Job<ExportPayload> | undefined = await withTimeout(queue.getJob(jobId), REDIS_CALL_TIMEOUT_MS, 'Redis');
    if (!job?.id) throw new NotFoundException('ExportJob', jobId);
    const result = job.returnvalue as { published?: string[] } | null;
    return {
      id: job.id,
      dataset: (job.data.dataset as OpenDataset | undefined) ?? null,
      format: (job.data.format as OpenDataFormat | undefined) ?? null,
      status: statusOf(state),
      progress: typeof job.progress === 'number' ? job.progress : 0,
      publishedFiles: result?.published ?? [],
      error: job.failedReason || null,
      requestedAt: new Date(job.timestamp),
      finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    };
  }
}

function formatsOf(dataset: OpenDataset): string[] {
  const formats: string[] = [...(datasetNamed(dataset)?.formats ?? [])];
  return dataset === OpenDataset.BALLOTS ? [...formats, OpenDataFormat.PB] : formats;
}

function statusOf(state: string): ExportJobStatus {
  if (state === 'active') return ExportJobStatus.ACTIVE;
  if (state === 'completed') return ExportJobStatus.COMPLETED;
  if (state === 'failed') return ExportJobStatus.FAILED;
  return ExportJobStatus.WAITING;
}
