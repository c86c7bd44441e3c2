import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { BuildOutcome, DataExportBuilder } from '../services/data-export.builder';

/** Enqueued (through the outbox) by requestMyData, job id `data-export-<id>`. */
@Injectable()
export class BuildDataExportProcessor {
  constructor(private readonly builder: DataExportBuilder) {}

  @JobHandler(JobName.BUILD_DATA_EXPORT)
  async handle(payload: JobPayloads[typeof JobName.BUILD_DATA_EXPORT]): Promise<{ outcome: BuildOutcome }> {
    return { outcome: await this.builder.build(payload.exportId) };
  }
}
