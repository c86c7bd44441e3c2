import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id photos { id url width height } } }`;

/** A small JPEG carrying GPS coordinates and a camera model in its EXIF. */
function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 36/1 16/1', GPSLongitudeRef: 'E', GPSLongitude: '1/1 26/1 39/1' },
    })
    .toBuffer();
}

describe('report photos', () => {
  let api: TestApi;
  let uploads: string;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    api = await startTestApi({ UPLOADS_DIR: uploads });
    await seedCommune(api);
  });
  afterAll(async () => {
    await api.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  const upload = (data: Buffer, filename: string, type: string) => {
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(data)], { type }), filename);
    return fetch(`${api.url}/reports/photos`, { method: 'POST', body: form });
  };

  it('strips EXIF and GPS from an uploaded JPEG, serves it and attaches it to a report', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const response = await upload(original, 'pothole.jpg', 'image/jpeg');
    expect(response.status).toBe(201);
    const photo = (await response.json()) as { id: string; url: string };
    const served = await fetch(`${api.url}${photo.url}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(metadata.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('SpyCam'))).toBe(false);

    const input = {
      categoryCode: 'graffiti',
      description: 'Tag on the wall',
      ...CAPITOLE,
      attributes: {},
      photoId: photo.id,
    };
    const report = (await api.gql.ok(SUBMIT, { input })).submitIssueReport;
    expect(report.photos).toEqual([{ id: photo.id, url: photo.url, width: 64, height: 48 }]);
    // A photo belongs to one report.
    expect(await api.gql.errorCode(SUBMIT, { input })).toBe('PHOTO_UNAVAILABLE');
  });

  it('checks the content, not the name or declared type', async () => {
    const fake = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'photo.jpg', 'image/jpeg');
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as { code: string }).code).toBe('UNSUPPORTED_MEDIA');
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#00ff0080' } })
      .png()
      .toBuffer();
    const accepted = await upload(png, 'photo.jpg', 'application/octet-stream');
    expect(accepted.status).toBe(201);
    const served = await fetch(`${api.url}${((await accepted.json()) as { url: string }).url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
  });

  it('refuses photos over 10 MB, leaving no file behind (not even the part written while it arrived)', async () => {
    const files = () => readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length;
    const before = files();
    const response = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'big.jpg', 'image/jpeg');
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('PHOTO_TOO_LARGE');
    expect(files()).toBe(before);
  });
});
