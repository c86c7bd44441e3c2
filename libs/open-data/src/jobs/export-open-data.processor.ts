import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { OpenDataExporter } from '../services/open-data-exporter';
import { OpenDataRetention } from '../services/open-data-retention';
import { OpenDataWithdrawal } from '../services/open-data-withdrawal';

/**
 * Exports open data (nightly, after a published tally, on demand, or when
 * content left the public data). A retry rewrites the same files: unchanged
 * data gives the same bytes, which publish nothing new. Retention runs after
 * full exports; a withdrawal, after rebuilding every file, withdraws every
 * superseded version.
 */
@Injectable()
export class ExportOpenDataProcessor {
  constructor(
    private readonly exporter: OpenDataExporter,
    private readonly retention: OpenDataRetention,
    private readonly withdrawal: OpenDataWithdrawal,
  ) {}

  @JobHandler(JobName.EXPORT_OPEN_DATA)
  async handle(
    payload: JobPayloads[typeof JobName.EXPORT_OPEN_DATA],
    job: Pick<JobContext, 'updateProgress'>,
  ): Promise<{ files: number; published: string[]; purged: number; withdrawn: number }> {
    const { dataset, format, reason } = payload;
    const summary = await this.exporter.run({ dataset, format }, reason, (p) => job.updateProgress(p));
    const full = !dataset && !format;
    const withdrawn =
      full && reason === 'withdraw' ? await this.withdrawal.withdrawSuperseded(payload.cause ?? reason) : 0;
    const purged = full ? await this.retention.purge() : 0;
    return { ...summary, purged, withdrawn };
  }
}
