/** On demand: one job per request (BullMQ keeps finished ids, so a fixed id would ignore later requests). */
export const requestedExportJobId = (dataset: string, format: string, at: Date): string =>
  `open-data-request-${dataset}-${format}-${at.getTime()}`;

/** After the demo seed: the first files, so a new platform's catalogue is not empty until the first night. */
export const INITIAL_EXPORT_JOB_ID = 'open-data-initial';

export const NIGHTLY_EXPORT_SCHEDULER = 'open-data-nightly';
/** 03:00 every night, when the platform is quiet. */
export const NIGHTLY_EXPORT_PATTERN = '0 3 * * *';
