import { isUploadedFile, type UploadedFile } from '../../http/multipart-form';
import type { MessageKey } from '../../i18n/catalogue';
import type { ReceivedPhoto } from '../../reports/photo-uploads.service';
import { PHOTO_SLOTS, type PhotoSlot } from './staff-tracking-forms';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The photos already stored for a news form, by slot: sent again as hidden ids, never chosen twice. */
export type KeptPhotos = Partial<Record<PhotoSlot, { id: string; url: string }>>;

export interface NewsPhotos {
  kept: KeptPhotos;
  problems: { field: `photo${PhotoSlot}`; problem: MessageKey }[];
}

/** Where the API serves a stored photo (GET, public). */
export const photoUrl = (id: string): string => `/reports/photos/${id}`;

/**
 * Each slot's photo: a file chosen now (stored through `receive`), or the one
 * kept from a refused attempt (its hidden id), unless it is to be removed. A
 * file refused leaves the slot as it was, with the reason at its field.
 */
export async function readNewsPhotos(
  body: Record<string, unknown>,
  receive: (file: UploadedFile) => Promise<ReceivedPhoto>,
): Promise<NewsPhotos> {
  const result: NewsPhotos = { kept: {}, problems: [] };
  for (const slot of PHOTO_SLOTS) {
    const previous = body[`photoId${slot}`];
    const removed = body[`removePhoto${slot}`] === 'on';
    if (typeof previous === 'string' && UUID.test(previous) && !removed)
      result.kept[slot] = { id: previous, url: photoUrl(previous) };
    const file = body[`photo${slot}`];
    if (!isUploadedFile(file)) continue;
    const received = await receive(file);
    if ('problem' in received) result.problems.push({ field: `photo${slot}`, problem: received.problem });
    else result.kept[slot] = received;
  }
  return result;
}
