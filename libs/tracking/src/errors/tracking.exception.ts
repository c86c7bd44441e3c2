import { DomainException } from '@quorum/common';
import { TrackingErrorCode } from './tracking-error-code';

export class TrackingException extends DomainException<TrackingErrorCode> {}

export const trackingErrors = {
  abandonReasonRequired: () =>
    new TrackingException(TrackingErrorCode.ABANDON_REASON_REQUIRED, 'An abandoned item needs a public reason', {
      field: 'input.abandonReason',
    }),
  abandonReasonUnexpected: () =>
    new TrackingException(TrackingErrorCode.ABANDON_REASON_REQUIRED, 'Only an abandoned item has a reason', {
      field: 'input.abandonReason',
    }),
  doneBelowHundred: () =>
    new TrackingException(TrackingErrorCode.INCONSISTENT_PROGRESS, 'A done item is at 100 %', {
      field: 'input.progressPercent',
    }),
  endBeforeStart: (field: string) =>
    new TrackingException(TrackingErrorCode.INCONSISTENT_DATES, 'The end date is before the start date', { field }),
  incompleteLocation: (field: string) =>
    new TrackingException(TrackingErrorCode.INCOMPLETE_LOCATION, 'A place needs both its latitude and its longitude', {
      field,
    }),
  deliberationAlreadyLinked: () =>
    new TrackingException(
      TrackingErrorCode.DELIBERATION_ALREADY_LINKED,
      'This deliberation (number and date) is already linked to this item',
      { field: 'input.delibId' },
    ),
};
