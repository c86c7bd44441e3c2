import { EntityManager } from 'typeorm';
import { JobName } from './job-name';
import { Outbox } from './outbox/outbox.service';

/**
 * Asks open data, in the transaction that removed content from the public
 * data (a hide, an account erasure), to rebuild its files and withdraw every
 * older version still downloadable (`?version=`), which may hold that content.
 * `cause` is the audit action, `auditSequence` its entry: one job per event
 * (a deterministic id, so a relayed-twice row makes one job).
 */
export function requestOpenDataWithdrawal(
  outbox: Outbox,
  manager: EntityManager,
  cause: string,
  auditSequence: string,
): Promise<void> {
  return outbox.add(
    manager,
    JobName.EXPORT_OPEN_DATA,
    { reason: 'withdraw', cause },
    { jobId: openDataWithdrawalJobId(cause, auditSequence) },
  );
}

export const openDataWithdrawalJobId = (cause: string, auditSequence: string): string =>
  `open-data-withdraw-${cause}-${auditSequence}`;
