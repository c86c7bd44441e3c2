import { TrackingErrorCode } from '../errors/tracking-error-code';
import { TrackingException } from '../errors/tracking.exception';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';
import { applyTrackedItemChange, changedFields, TrackedItemChange, TrackedItemFields } from './tracked-item-change';
import { MergedItem, mergeDuplicatePair } from './tracked-item-merge';

const PLANNED: TrackedItemFields = {
  title: 'Jardin partagé',
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
  placeFromProposal: false,
};

function refusal(current: TrackedItemFields, change: TrackedItemChange): { code: string; field: unknown } {
  try {
    applyTrackedItemChange(current, change);
  } catch (error) {
    if (error instanceof TrackingException) return { code: error.code, field: error.details?.field };
    throw error;
  }
  throw new Error('the change was accepted');
}

describe('applyTrackedItemChange', () => {
  it('keeps what the change leaves out, and clears dates and the department given as null only', () => {
    const started = applyTrackedItemChange(PLANNED, {
      status: TrackedItemStatus.IN_WORKS,
      progressPercent: 40,
      plannedStartOn: '2026-04-01',
      department: 'Voirie',
    });
    expect(started).toEqual({
      ...PLANNED,
      status: 'IN_WORKS',
      progressPercent: 40,
      plannedStartOn: '2026-04-01',
      department: 'Voirie',
    });
    const cleared = applyTrackedItemChange(started, {
      plannedStartOn: null,
      department: null,
      title: null,
      progressPercent: null,
    });
    expect(cleared).toEqual({ ...started, plannedStartOn: null, department: null });
  });

  it('puts a DONE item at 100 % and refuses less', () => {
    expect(applyTrackedItemChange(PLANNED, { status: TrackedItemStatus.DONE }).progressPercent).toBe(100);
    expect(refusal(PLANNED, { status: TrackedItemStatus.DONE, progressPercent: 99 })).toEqual({
      code: TrackingErrorCode.INCONSISTENT_PROGRESS,
      field: 'input.progressPercent',
    });
    const done = applyTrackedItemChange(PLANNED, { status: TrackedItemStatus.DONE });
    expect(refusal(done, { progressPercent: 50 }).code).toBe(TrackingErrorCode.INCONSISTENT_PROGRESS);
  });

  it('requires a reason to abandon, refuses one otherwise, and drops it when the item is taken up again', () => {
    expect(refusal(PLANNED, { status: TrackedItemStatus.ABANDONED }).code).toBe(
      TrackingErrorCode.ABANDON_REASON_REQUIRED,
    );
    expect(refusal(PLANNED, { abandonReason: 'Le terrain a été vendu.' }).field).toBe('input.abandonReason');
    const abandoned = applyTrackedItemChange(PLANNED, {
      status: TrackedItemStatus.ABANDONED,
      abandonReason: 'Le terrain a été vendu.',
    });
    expect(abandoned.abandonReason).toBe('Le terrain a été vendu.');
    // Still abandoned: the reason stays when other fields change.
    expect(applyTrackedItemChange(abandoned, { department: 'Urbanisme' }).abandonReason).toBe(
      'Le terrain a été vendu.',
    );
    expect(applyTrackedItemChange(abandoned, { status: TrackedItemStatus.IN_STUDY }).abandonReason).toBeNull();
  });

  it('refuses an end before its start, against the stored start too', () => {
    expect(refusal(PLANNED, { plannedStartOn: '2026-05-01', plannedEndOn: '2026-04-30' })).toEqual({
      code: TrackingErrorCode.INCONSISTENT_DATES,
      field: 'input.plannedEndOn',
    });
    const started = applyTrackedItemChange(PLANNED, { actualStartOn: '2026-05-01' });
    expect(refusal(started, { actualEndOn: '2026-04-01' }).field).toBe('input.actualEndOn');
    expect(applyTrackedItemChange(started, { actualEndOn: '2026-05-01' }).actualEndOn).toBe('2026-05-01');
  });

  it('places the item with both coordinates, moves or clears them together, and refuses half a place', () => {
    const placed = applyTrackedItemChange(PLANNED, { latitude: 43.6045, longitude: 1.4442 });
    expect(placed).toMatchObject({ latitude: 43.6045, longitude: 1.4442 });
    expect(applyTrackedItemChange(placed, { latitude: 43.61 })).toMatchObject({ latitude: 43.61, longitude: 1.4442 });
    expect(applyTrackedItemChange(placed, { latitude: null, longitude: null })).toMatchObject({
      latitude: null,
      longitude: null,
    });
    expect(refusal(PLANNED, { latitude: 43.6 })).toEqual({
      code: TrackingErrorCode.INCOMPLETE_LOCATION,
      field: 'input.longitude',
    });
    expect(refusal(placed, { latitude: null }).field).toBe('input.latitude');
  });

  it('makes a place copied from the proposal staff’s once they move or clear it, not when they send it again', () => {
    const copied: TrackedItemFields = { ...PLANNED, latitude: 43.6045, longitude: 1.4442, placeFromProposal: true };
    expect(applyTrackedItemChange(copied, { status: TrackedItemStatus.IN_STUDY }).placeFromProposal).toBe(true);
    expect(applyTrackedItemChange(copied, { latitude: 43.6045, longitude: 1.4442 }).placeFromProposal).toBe(true);
    expect(applyTrackedItemChange(copied, { longitude: 1.45 })).toMatchObject({
      latitude: 43.6045,
      longitude: 1.45,
      placeFromProposal: false,
    });
    expect(applyTrackedItemChange(copied, { latitude: null, longitude: null }).placeFromProposal).toBe(false);
    expect(changedFields(copied, applyTrackedItemChange(copied, { latitude: 43.61 }))).toEqual({
      latitude: 43.61,
      placeFromProposal: false,
    });
  });
});

describe('changedFields', () => {
  it('names only the fields whose value changed', () => {
    const after = applyTrackedItemChange(PLANNED, { status: TrackedItemStatus.DONE, title: 'Jardin partagé' });
    expect(changedFields(PLANNED, after)).toEqual({ status: 'DONE', progressPercent: 100 });
  });
});

const item = (id: string, created: string, updated: string, fields: Partial<TrackedItemFields>): MergedItem => ({
  id,
  fields: { ...PLANNED, ...fields },
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
      placeFromProposal: true,
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
        ...PLANNED,
        title: 'Fontaine à eau du Capitole',
        status: TrackedItemStatus.IN_WORKS,
        progressPercent: 40,
        // A schedule comes whole from one item: the project's planned end, without the proposal's start.
        plannedEndOn: '2026-09-30',
        actualStartOn: '2026-03-15',
        committedCents: 5_000_00,
        spentCents: 1_200_00,
        department: 'Eau et assainissement',
        // The place with where it came from: still the proposal's copy.
        latitude: 43.6045,
        longitude: 1.4442,
        placeFromProposal: true,
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
