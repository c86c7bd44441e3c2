import { DomainException } from '@quorum/common';
import { ReportsErrorCode } from './reports-error-code';

export class ReportsException extends DomainException<ReportsErrorCode> {}

export const reportsErrors = {
  outsideMunicipality: () =>
    new ReportsException(ReportsErrorCode.OUTSIDE_MUNICIPALITY, 'This location is outside the municipality', {
      field: 'input.latitude',
    }),
  unknownCategory: (code: string) =>
    new ReportsException(ReportsErrorCode.UNKNOWN_CATEGORY, `No category has the code "${code}"`, {
      field: 'input.categoryCode',
    }),
  invalidAttribute: (code: string, problem: string) =>
    new ReportsException(ReportsErrorCode.INVALID_ATTRIBUTE, `Attribute "${code}" ${problem}`, {
      field: `input.attributes.${code}`,
      attribute: code,
    }),
  invalidTransition: (from: string, to: string, why = 'is not allowed') =>
    new ReportsException(ReportsErrorCode.INVALID_TRANSITION, `Going from ${from} to ${to} ${why}`, { from, to }),
  unsupportedMedia: () =>
    new ReportsException(ReportsErrorCode.UNSUPPORTED_MEDIA, 'Photos must be JPEG, PNG or WebP images'),
  photoTooLarge: (maxBytes: number) =>
    new ReportsException(ReportsErrorCode.PHOTO_TOO_LARGE, `Photos may be at most ${maxBytes / 1024 / 1024} MB`, {
      maxBytes,
    }),
  photoTooManyPixels: (maxPixels: number) =>
    new ReportsException(
      ReportsErrorCode.PHOTO_TOO_LARGE,
      `Photos may have at most ${maxPixels / 1_000_000} megapixels; use your phone's standard photo size`,
      { maxPixels },
    ),
  photoUnavailable: (field = 'input.photoId') =>
    new ReportsException(ReportsErrorCode.PHOTO_UNAVAILABLE, 'This photo does not exist or belongs to another report', {
      field,
    }),
  invalidApiKey: () => new ReportsException(ReportsErrorCode.INVALID_API_KEY, 'Invalid or missing api_key'),
};
