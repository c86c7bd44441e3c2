import { TrackedItemStatus } from '../types/tracked-item-status.enum';
import { TrackedItemFields } from './tracked-item-change';
import { MergedItem, mergeDuplicatePair } from './tracked-item-merge';

const BLANK: TrackedItemFields = {
  title: 'Fontaine à eau',
  status: TrackedItemStatus.PLANNED,
  abandonReason: null,
  progressPercent: 0,
  plannedStartOn: null,
  plannedEndOn: null,
  actualStartOn: null,
  actualEndOn: null,
  committedCents: 0,
  spentCents: 0,
  department: null,
  latitude: null,
  longitude: null,
};

const item = (id: string, created: string, updated: string, fields: Partial<TrackedItemFields>): MergedItem => ({
  id,
  fields: { ...BLANK, ...fields },
  createdAt: new Date(created),
  updatedAt: new Date(updated),
});

describe('mergeDuplicatePair', () => {
  it('keeps the older item, with the state of the one changed last and what only the other knows', () => {
    const proposal = item('b-proposal', '2026-01-10', '2026-01-10', {
      plannedStartOn: '2026-03-01',
      plannedEndOn: '2026-06-30',
      department: 'Eau et assainissement',
      latitude: 43.6045,
      longitude: 1.4442,
      committedCents: 5_000_00,
    });
    const project = item('a-project', '2026-02-01', '2026-04-01', {
      title: 'Fontaine à eau du Capitole',
      status: TrackedItemStatus.IN_WORKS,
      progressPercent: 40,
      actualStartOn: '2026-03-15',
      plannedEndOn: '2026-09-30',
      spentCents: 1_200_00,
    });
    for (const [a, b] of [
      [proposal, project],
      [project, proposal],
    ]) {
      const { kept, removed, fields } = mergeDuplicatePair(a, b);
      expect([kept.id, removed.id]).toEqual(['b-proposal', 'a-project']);
      expect(fields).toEqual({
        ...BLANK,
        title: 'Fontaine à eau du Capitole',
        status: TrackedItemStatus.IN_WORKS,
        progressPercent: 40,
        // A schedule comes whole from one item: the project's planned end, without the proposal's start.
        plannedEndOn: '2026-09-30',
        actualStartOn: '2026-03-15',
        committedCents: 5_000_00,
        spentCents: 1_200_00,
        department: 'Eau et assainissement',
        latitude: 43.6045,
        longitude: 1.4442,
      });
    }
  });

  it('keeps an abandoned item’s reason with its status, and breaks a tie on creation by id', () => {
    const abandoned = item('z', '2026-01-10', '2026-05-01', {
      status: TrackedItemStatus.ABANDONED,
      abandonReason: 'Le terrain a été vendu par l’État.',
    });
    const done = item('y', '2026-01-10', '2026-03-01', { status: TrackedItemStatus.DONE, progressPercent: 100 });
    const { kept, fields } = mergeDuplicatePair(abandoned, done);
    expect(kept.id).toBe('y');
    expect(fields).toMatchObject({
      status: TrackedItemStatus.ABANDONED,
      abandonReason: 'Le terrain a été vendu par l’État.',
      progressPercent: 0,
    });
  });
});
