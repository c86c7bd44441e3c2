import { IssueReportStatus as S } from '../types/issue-report-status.enum';
import { assertTransition, canTransition } from './status-transitions';

describe('report lifecycle', () => {
  it('moves forward and closes from any open state', () => {
    expect(canTransition(S.OPEN, S.ACKNOWLEDGED)).toBe(true);
    expect(canTransition(S.ACKNOWLEDGED, S.ACTION_SCHEDULED)).toBe(true);
    expect(canTransition(S.IN_PROGRESS, S.FIXED)).toBe(true);
    expect(canTransition(S.OPEN, S.DUPLICATE)).toBe(true);
  });

  it('never goes back while open, and a closed report can only be reopened', () => {
    expect(canTransition(S.IN_PROGRESS, S.ACKNOWLEDGED)).toBe(false);
    expect(canTransition(S.OPEN, S.OPEN)).toBe(false);
    expect(canTransition(S.FIXED, S.CLOSED)).toBe(false);
    expect(canTransition(S.FIXED, S.OPEN)).toBe(true);
    expect(() => assertTransition(S.CLOSED, S.IN_PROGRESS)).toThrow(/only be reopened/);
  });
});
