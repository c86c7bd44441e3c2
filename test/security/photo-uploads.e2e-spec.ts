import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;

/** A JPEG of random pixels: the costliest kind to decode for its size, as in the attack. */
function noiseJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * Issue #14.8: a 7,000 × 7,000 noise JPEG took 8.6 s to decode, and six in
 * parallel took the API from 437 MB to 1.9 GB. Shown by the limits refusing,
 * the stored size and libvips' own count of running tasks, never by timing.
 */
describe('photo uploads cost a bounded amount', () => {
  let api: TestApi;
  let uploads: string;
  let ipCounter = 0;
  // Behind a trusted proxy each test speaks from its own documentation address.
  const nextIp = () => `198.51.100.${++ipCounter}`;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    api = await startTestApi({
      UPLOADS_DIR: uploads,
      TRUST_PROXY: 'true',
      PHOTO_UPLOAD_MAX_PER_IP: '3',
      PHOTO_DECODE_CONCURRENCY: '1',
    });
    await seedCommune(api);
  });
  afterAll(async () => {
    await api.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  const upload = (data: Buffer, ip: string) => {
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'photo.jpg');
    return fetch(`${api.url}/reports/photos`, { method: 'POST', body: form, headers: { 'x-forwarded-for': ip } });
  };
  const storedPhotos = async (): Promise<number> =>
    Number((await api.db.query(`SELECT count(*)::int AS n FROM report_photos`))[0].n);

  it('refuses a 49-megapixel image from its header, before decoding it, and stores nothing', async () => {
    const huge = await sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const before = await storedPhotos();
    const response = await upload(huge, nextIp());
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PHOTO_TOO_LARGE', maxPixels: 25_000_000 });
    expect(await storedPhotos()).toBe(before);
  });

  it('keeps a phone photo, shrunk while decoding to 2048 pixels on its longest side', async () => {
    const phone = await sharp({ create: { width: 4032, height: 3024, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const response = await upload(phone, nextIp());
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ width: 2048, height: 1536 });
    // A small photo is not enlarged.
    const small = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    expect(await (await upload(small, nextIp())).json()).toMatchObject({ width: 640, height: 480 });
  });

  it('decodes one photo at a time per process (PHOTO_DECODE_CONCURRENCY=1), the others waiting their turn', async () => {
    const photo = await noiseJpeg(1600, 1200);
    let peak = 0;
    // libvips counts the images it is working on; the API runs in this process.
    const probe = setInterval(() => {
      peak = Math.max(peak, sharp.counters().process);
    }, 1);
    try {
      const responses = await Promise.all([0, 1, 2, 3].map(() => upload(photo, nextIp())));
      expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    } finally {
      clearInterval(probe);
    }
    expect(peak).toBe(1);
  });

  it('limits uploads per address more strictly than other writes', async () => {
    const ip = nextIp();
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#aa3300' } })
      .jpeg()
      .toBuffer();
    for (let i = 0; i < 3; i++) expect((await upload(photo, ip)).status).toBe(201);
    const before = await storedPhotos();
    const refused = await upload(photo, ip);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await storedPhotos()).toBe(before);
    // The same address may still write (WRITE_MAX_PER_IP is far higher), and another address may upload.
    const report = await api.gql.request(
      SUBMIT,
      { input: { categoryCode: 'graffiti', description: 'Tag sur la façade', ...CAPITOLE, attributes: {} } },
      { 'x-forwarded-for': ip },
    );
    expect(report.errors).toBeUndefined();
    expect((await upload(photo, nextIp())).status).toBe(201);
  });
});
