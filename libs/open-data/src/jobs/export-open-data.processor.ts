import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { OpenDataExporter } from '../services/open-data-exporter';
import { OpenDataRetention } from '../services/open-data-retention';

interface JobProgress {
  updateProgress(progress: number): Promise<void>;
}

/**
 * Exports open data (nightly, after a published tally, or on demand). A retry
 * rewrites the same files: unchanged data gives the same bytes, which publish
 * nothing new. Retention runs after full exports.
 */
@Injectable()
export class ExportOpenDataProcessor {
  constructor(
    private readonly exporter: OpenDataExporter,
    private readonly retention: OpenDataRetention,
  ) {}

  @JobHandler(JobName.EXPORT_OPEN_DATA)
  async handle(
    payload: JobPayloads[typeof JobName.EXPORT_OPEN_DATA],
    job: JobProgress,
  ): Promise<{ files: number; published: string[]; purged: number }> {
    const { dataset, format, reason } = payload;
    const summary = await this.exporter.run({ dataset, format }, reason, (p) => job.updateProgress(p));
    const purged = dataset || format ? 0 : await this.retention.purge();
    return { ...summary, purged };
  }
}
