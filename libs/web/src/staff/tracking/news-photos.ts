import { isUuid } from '@quorum/common';
import type { MessageKey } from '../../i18n/catalogue';
import type { ReceivedPhoto } from '../../reports/photo-uploads.service';
import { PHOTO_SLOTS, type PhotoSlot } from './staff-tracking-forms';

/** The photos already stored for a news form, by slot: sent again as hidden ids, never chosen twice. */
export type KeptPhotos = Partial<Record<PhotoSlot, { id: string; url: string }>>;

export interface NewsPhotos {
  kept: KeptPhotos;
  problems: { field: `photo${PhotoSlot}`; problem: MessageKey }[];
}

/** Where the API serves a stored photo (GET, public). */
export const photoUrl = (id: string): string => `/reports/photos/${id}`;

/** The slot a file field names (`photo1`…), if it is one of the form's. */
export function photoSlot(fieldname: string): PhotoSlot | undefined {
  return PHOTO_SLOTS.find((slot) => fieldname === `photo${slot}`);
}

/**
 * Each slot's photo: the file chosen now (already received, stored or
 * refused, as it arrived), or the one kept from a refused attempt (its hidden
 * id), unless it is to be removed. A file refused leaves the slot as it was,
 * with the reason at its field.
 */
export function readNewsPhotos(
  body: Record<string, unknown>,
  received: Partial<Record<PhotoSlot, ReceivedPhoto>>,
): NewsPhotos {
  const result: NewsPhotos = { kept: {}, problems: [] };
  for (const slot of PHOTO_SLOTS) {
    const previous = body[`photoId${slot}`];
    const removed = body[`removePhoto${slot}`] === 'on';
    if (typeof previous === 'string' && isUuid(previous) && !removed)
      result.kept[slot] = { id: previous, url: photoUrl(previous) };
    const file = received[slot];
    if (!file) continue;
    if ('problem' in file) result.problems.push({ field: `photo${slot}`, problem: file.problem });
    else result.kept[slot] = file;
  }
  return result;
}
