import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PhotoStorageService } from '@quorum/reports';
import sharp from 'sharp';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { insertTrackedItem } from '../utils/tracking.factory';
import { startApiWithStaff, TestUser } from '../utils/users.factory';

const ADD_UPDATE = `mutation($input: AddTrackedItemUpdateInput!) {
  addTrackedItemUpdate(input: $input) { id photos { id url width height alt } }
}`;
const ITEM = `query($id: ID!) { trackedItem(id: $id) { updates { body photos { id url width height alt } } } }`;
const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;

/** A small JPEG carrying GPS coordinates and a camera model in its EXIF. */
function jpegWithGps(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 160, b: 80 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 36/1 16/1', GPSLongitudeRef: 'E', GPSLongitude: '1/1 26/1 39/1' },
    })
    .toBuffer();
}

describe('tracking: photos on updates, re-encoded as report photos are', () => {
  let api: TestApi;
  let uploads: string;
  let staff: TestUser;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    ({ api, staff } = await startApiWithStaff({ UPLOADS_DIR: uploads }, seedCommune));
  });
  afterAll(async () => {
    await api.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  const upload = async (data: Buffer): Promise<{ id: string; url: string }> => {
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'chantier.jpg');
    const response = await fetch(`${api.url}/reports/photos`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; url: string };
  };

  it('shows an update’s photos in order, without their metadata, kept by the purge and refused to a report', async () => {
    const itemId = await insertTrackedItem(api, { title: 'Jardin partagé des Minimes' });
    const first = await upload(await jpegWithGps(64, 48));
    const second = await upload(await jpegWithGps(32, 32));
    const { addTrackedItemUpdate } = await api.gql.as(staff.token).ok(ADD_UPDATE, {
      input: {
        trackedItemId: itemId,
        body: 'Les premiers bacs sont installés.',
        occurredOn: '2026-05-02',
        photoIds: [second.id, first.id],
        // The first described by staff; the second left to the page (blank).
        photoAlts: ['Les bacs de culture posés le long du mur', '  '],
      },
    });
    expect(addTrackedItemUpdate.photos).toEqual([
      {
        id: second.id,
        url: `/reports/photos/${second.id}`,
        width: 32,
        height: 32,
        alt: 'Les bacs de culture posés le long du mur',
      },
      { id: first.id, url: `/reports/photos/${first.id}`, width: 64, height: 48, alt: null },
    ]);
    const { trackedItem } = await api.gql.ok(ITEM, { id: itemId });
    expect(trackedItem.updates[0].photos.map((p: { id: string }) => p.id)).toEqual([second.id, first.id]);
    const served = Buffer.from(await (await fetch(`${api.url}${first.url}`)).arrayBuffer());
    expect((await sharp(served).metadata()).exif).toBeUndefined();
    expect(served.includes(Buffer.from('SpyCam'))).toBe(false);

    // The photos are the update's: the purge of unattached photos keeps them, and no report can take them.
    await api.db.query(`UPDATE report_photos SET created_at = now() - interval '2 days' WHERE id = ANY($1::uuid[])`, [
      [first.id, second.id],
    ]);
    await api.app.get(PhotoStorageService).purgeUnattached(1);
    expect((await fetch(`${api.url}${first.url}`)).status).toBe(200);
    const report = {
      categoryCode: 'graffiti',
      description: 'Tag on the wall',
      ...CAPITOLE,
      attributes: {},
      photoId: first.id,
    };
    expect(await api.gql.errorCode(SUBMIT, { input: report })).toBe('PHOTO_UNAVAILABLE');

    // Nor can a second update: a photo belongs to one update.
    const again = await api.gql.as(staff.token).errorCode(ADD_UPDATE, {
      input: {
        trackedItemId: itemId,
        body: 'Une nouvelle visite du chantier.',
        occurredOn: '2026-05-09',
        photoIds: [first.id],
      },
    });
    expect(again).toBe('PHOTO_UNAVAILABLE');
    // The refused update left nothing behind.
    const updates: unknown[] = await api.db.query(`SELECT 1 FROM tracked_item_updates WHERE tracked_item_id = $1`, [
      itemId,
    ]);
    expect(updates).toHaveLength(1);
    const [entry] = await api.db.query(
      `SELECT payload FROM audit_entries WHERE subject_type = 'tracked_item' AND subject_id = $1 AND action = 'tracking.item.news'`,
      [itemId],
    );
    expect(JSON.parse(typeof entry.payload === 'string' ? entry.payload : JSON.stringify(entry.payload))).toMatchObject(
      {
        photoIds: [second.id, first.id],
        photoAlts: ['Les bacs de culture posés le long du mur', null],
      },
    );
  });

  it('refuses more than six photos, ids that are not ids, or descriptions that do not fit', async () => {
    const itemId = await insertTrackedItem(api);
    const staffGql = api.gql.as(staff.token);
    const input = (photoIds: string[]) => ({
      input: { trackedItemId: itemId, body: 'Une nouvelle du chantier.', occurredOn: '2026-05-02', photoIds },
    });
    const seven = Array.from({ length: 7 }, () => '00000000-0000-4000-8000-000000000000');
    expect(await staffGql.errorCode(ADD_UPDATE, input(seven))).toBe('VALIDATION_FAILED');
    expect(await staffGql.errorCode(ADD_UPDATE, input(['not-a-uuid']))).toBe('VALIDATION_FAILED');
    // More descriptions than photos, or one too long.
    const one = input(['00000000-0000-4000-8000-000000000000']);
    expect(
      await staffGql.errorCode(ADD_UPDATE, { input: { ...one.input, photoAlts: ['Un banc', 'Un autre banc'] } }),
    ).toBe('VALIDATION_FAILED');
    expect(await staffGql.errorCode(ADD_UPDATE, { input: { ...one.input, photoAlts: ['x'.repeat(301)] } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await staffGql.errorCode(ADD_UPDATE, input(['00000000-0000-4000-8000-000000000000']))).toBe(
      'PHOTO_UNAVAILABLE',
    );
  });
});
