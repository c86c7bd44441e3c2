import { registerEnumType } from '@nestjs/graphql';

/** FixMyStreet's lifecycle; the first four are "open", the rest "closed". */
export enum IssueReportStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACTION_SCHEDULED = 'ACTION_SCHEDULED',
  FIXED = 'FIXED',
  CLOSED = 'CLOSED',
  DUPLICATE = 'DUPLICATE',
  NOT_RESPONSIBLE = 'NOT_RESPONSIBLE',
  UNABLE_TO_FIX = 'UNABLE_TO_FIX',
}

registerEnumType(IssueReportStatus, {
  name: 'IssueReportStatus',
  description: 'Where a report stands; see FixMyStreet.',
});

export const OPEN_STATUSES: readonly IssueReportStatus[] = [
  IssueReportStatus.OPEN,
  IssueReportStatus.ACKNOWLEDGED,
  IssueReportStatus.IN_PROGRESS,
  IssueReportStatus.ACTION_SCHEDULED,
];

export const isOpenStatus = (status: IssueReportStatus): boolean => OPEN_STATUSES.includes(status);

/**
 * The open statuses as an SQL list literal. The partial GiST index is declared
 * with this exact predicate, and PostgreSQL only uses it for queries whose
 * WHERE clause spells the same constants (a bound parameter would not do).
 */
export const OPEN_STATUSES_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
