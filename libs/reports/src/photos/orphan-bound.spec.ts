import { MAX_ORPHANS_PER_SWEEP, orphanBound } from './photo-storage.service';

describe('orphanBound', () => {
  it('allows one orphan however few photos there are, so that a crash is cleaned up anywhere', () => {
    expect(orphanBound(0)).toBe(1);
    expect(orphanBound(1)).toBe(1);
    expect(orphanBound(199)).toBe(1);
  });

  it('allows 1 % of the photo files, never more than MAX_ORPHANS_PER_SWEEP', () => {
    expect(orphanBound(200)).toBe(2);
    expect(orphanBound(1_999)).toBe(19);
    expect(orphanBound(2_000)).toBe(MAX_ORPHANS_PER_SWEEP);
    expect(orphanBound(1_000_000)).toBe(MAX_ORPHANS_PER_SWEEP);
  });
});
