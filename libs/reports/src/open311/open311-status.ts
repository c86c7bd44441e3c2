import { isOpenStatus, IssueReportStatus as S } from '../types/issue-report-status.enum';

/** FixMyStreet's extended Open311 statuses (with `extensions=true`). */
const EXTENDED: Record<S, string> = {
  [S.OPEN]: 'open',
  [S.ACKNOWLEDGED]: 'investigating',
  [S.IN_PROGRESS]: 'in_progress',
  [S.ACTION_SCHEDULED]: 'action_scheduled',
  [S.FIXED]: 'fixed',
  [S.CLOSED]: 'closed',
  [S.DUPLICATE]: 'duplicate',
  [S.NOT_RESPONSIBLE]: 'not_councils_responsibility',
  [S.UNABLE_TO_FIX]: 'unable_to_fix',
};

const LABELS: Record<S, string> = {
  [S.OPEN]: 'Open',
  [S.ACKNOWLEDGED]: 'Acknowledged',
  [S.IN_PROGRESS]: 'In progress',
  [S.ACTION_SCHEDULED]: 'Action scheduled',
  [S.FIXED]: 'Fixed',
  [S.CLOSED]: 'Closed',
  [S.DUPLICATE]: 'Duplicate',
  [S.NOT_RESPONSIBLE]: 'Not the responsibility of the council',
  [S.UNABLE_TO_FIX]: 'Unable to fix',
};

export function open311Status(status: S, extensions: boolean): string {
  if (extensions) return EXTENDED[status];
  return isOpenStatus(status) ? 'open' : 'closed';
}

/** Plain Open311 only knows open/closed, so the detailed state leads the notes. */
export function statusNotes(status: S, note: string | null): string {
  return note ? `${LABELS[status]}: ${note}` : LABELS[status];
}

export const OPEN311_OPEN: readonly S[] = Object.values(S).filter(isOpenStatus);
export const OPEN311_CLOSED: readonly S[] = Object.values(S).filter((s) => !isOpenStatus(s));
