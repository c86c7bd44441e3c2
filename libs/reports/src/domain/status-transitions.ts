import { reportsErrors } from '../errors/reports.exception';
import { isOpenStatus, IssueReportStatus as S } from '../types/issue-report-status.enum';

const CLOSING = [S.FIXED, S.CLOSED, S.DUPLICATE, S.NOT_RESPONSIBLE, S.UNABLE_TO_FIX];

/**
 * FixMyStreet's lifecycle: work moves forward (staff may close at any open
 * stage, e.g. a duplicate spotted on arrival), and a closed report can only be
 * reopened, which starts it again at OPEN.
 */
const NEXT: Record<S, readonly S[]> = {
  [S.OPEN]: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.ACTION_SCHEDULED, ...CLOSING],
  [S.ACKNOWLEDGED]: [S.IN_PROGRESS, S.ACTION_SCHEDULED, ...CLOSING],
  [S.IN_PROGRESS]: [S.ACTION_SCHEDULED, ...CLOSING],
  [S.ACTION_SCHEDULED]: [S.IN_PROGRESS, ...CLOSING],
  [S.FIXED]: [S.OPEN],
  [S.CLOSED]: [S.OPEN],
  [S.DUPLICATE]: [S.OPEN],
  [S.NOT_RESPONSIBLE]: [S.OPEN],
  [S.UNABLE_TO_FIX]: [S.OPEN],
};

export function canTransition(from: S, to: S): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(from: S, to: S): void {
  if (!canTransition(from, to)) {
    throw reportsErrors.invalidTransition(
      from,
      to,
      isOpenStatus(from) ? 'is not allowed' : 'is not allowed: a closed report can only be reopened',
    );
  }
}
