import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { seedReportCategories } from '../utils/reports.factory';
import { HandForm, postWithFileHeldHalfway, uploadsUnder } from '../utils/held-upload';
import { fieldError, summaryLinks } from '../utils/page-form-errors';
import { PHONE_EXIF } from '../utils/phone-exif';

const PATH = '/signalements/nouveau';

/** A photo of random pixels (a phone photo's weight, made in a moment), with the position in its EXIF. */
const noisePhoto = (format: 'jpeg' | 'webp', width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .toFormat(format, { quality: 95 })
    .withExif(PHONE_EXIF)
    .toBuffer();

/** The step-1 fields a browser sends with the photo, when no place is typed. */
const PLACE_STEP = { step: 'place', adresse: '', photoId: '', photoUrl: '', latitude: '', longitude: '' };

/**
 * The public report form's photo over plain HTTP (no JavaScript), as a
 * browser sends it: streamed to the API as it arrives, its position read on
 * the way, refused at its field when too large, with nothing left on disk.
 */
describe('website: the photo of a new issue report', () => {
  let web: WebApp;
  let uploads: string;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    web = await startWebApp({ UPLOADS_DIR: uploads });
    await seedReportCategories(web.api);
  });

  afterAll(async () => {
    await web?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  /** Every file under the uploads directory (stored photos, and whatever an upload left on the way), with its size. */
  const uploadedFiles = () => uploadsUnder(uploads);
  const newFiles = (before: Map<string, number>) => [...uploadedFiles().keys()].filter((path) => !before.has(path));
  const photoRows = async (): Promise<number> =>
    (await web.api.db.query(`SELECT count(*)::int AS n FROM report_photos`))[0].n;

  const cookieOf = (site: SiteClient) =>
    ['quorum_session', 'quorum_csrf']
      .filter((name) => site.cookie(name))
      .map((name) => `${name}=${site.cookie(name)}`)
      .join('; ');

  /** Posts step 1 as a browser does (multipart, the token first, the photo where the form has it). */
  async function postPlace(
    fields: Record<string, string>,
    photo: { data: Buffer; name: string; type: string },
  ): Promise<{ status: number; html: string }> {
    const site = new SiteClient(web.api.url);
    const form = new FormData();
    form.append('_csrf', await site.csrfToken(PATH));
    for (const [name, value] of Object.entries({ ...PLACE_STEP, ...fields })) form.append(name, value);
    form.append('photo', new Blob([new Uint8Array(photo.data)], { type: photo.type }), photo.name);
    form.append('categoryCode', 'graffiti');
    const response = await fetch(`${web.api.url}${PATH}`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { cookie: cookieOf(site), accept: 'text/html', 'accept-language': 'fr-FR' },
    });
    return { status: response.status, html: await response.text() };
  }

  it('takes a photo, its position read as it streams past (a WebP keeps it after its pixels), on to step 2', async () => {
    // Over a megabyte: the EXIF chunk of a WebP comes after the pixels, far past the photo's first bytes.
    const photo = await noisePhoto('webp', 1280, 960);
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    const [filesBefore, rowsBefore] = [uploadedFiles(), await photoRows()];
    const step2 = await postPlace({}, { data: photo, name: 'IMG_0042.webp', type: 'image/webp' });
    expect(step2.status).toBe(200);
    expect(step2.html).toContain('Étape 2 sur 2');
    expect(step2.html).toContain('43.6052, 1.4419');
    const photoId = /name="photoId" value="([0-9a-f-]{36})"/.exec(step2.html)?.[1];
    expect(photoId).toBeDefined();
    expect(await photoRows()).toBe(rowsBefore + 1);
    expect(newFiles(filesBefore)).toEqual([join(uploads, 'reports', `${photoId}.webp`)]);
  });

  it('refuses a photo over 10 MB at its field, keeping the rest, and leaves no byte of it on disk', async () => {
    const small = await noisePhoto('jpeg', 64, 48);
    // A real JPEG, one byte over the limit: its size is what is refused, not its content.
    const oversize = Buffer.concat([small, Buffer.alloc(10 * 1024 * 1024 + 1 - small.length, 0xff)]);
    const [filesBefore, rowsBefore] = [uploadedFiles(), await photoRows()];
    const refused = await postPlace(
      { latitude: '43,6045', longitude: '1,4442' },
      { data: oversize, name: 'big.jpg', type: 'image/jpeg' },
    );
    expect(refused.status).toBe(400);
    const error = fieldError(refused.html, 'photo');
    expect(error.text).toContain('Cette photo est trop grande : 10 Mo et 25 mégapixels au plus.');
    expect(error.invalid).toBe(true);
    expect(summaryLinks(refused.html)).toEqual(['photo']);
    expect(refused.html).toMatch(/id="latitude"[^>]*value="43,6045"/);
    expect(await photoRows()).toBe(rowsBefore);
    expect(newFiles(filesBefore)).toEqual([]);
  });

  it('reads no multipart body on a form that takes no file: refused unread, with the expired-form page', async () => {
    const site = new SiteClient(web.api.url);
    const form = new FormData();
    form.append('_csrf', await site.csrfToken('/connexion'));
    form.append('email', 'personne@example.fr');
    form.append('password', 'not-the-password');
    form.append('photo', new Blob([new Uint8Array(1024 * 1024)]), 'free-hosting.bin');
    const response = await fetch(`${web.api.url}/connexion`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { cookie: cookieOf(site), accept: 'text/html', 'accept-language': 'fr-FR' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('stores the photo as it arrives: half of it sent is already on disk, before the rest of the form', async () => {
    const photo = await noisePhoto('jpeg', 1600, 1200);
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    const site = new SiteClient(web.api.url);
    const token = await site.csrfToken(PATH);
    const form = new HandForm();
    const filesBefore = uploadedFiles();
    const { answer, partial } = await postWithFileHeldHalfway({
      url: `${web.api.url}${PATH}`,
      cookie: cookieOf(site),
      form,
      before:
        form.field('_csrf', token) +
        Object.entries(PLACE_STEP)
          .map(([name, value]) => form.field(name, value))
          .join('') +
        form.fileHeader('photo', 'IMG_0043.jpg', 'image/jpeg'),
      file: photo,
      after: form.field('categoryCode', 'graffiti') + form.end(),
      dir: uploads,
    });
    const step2 = { status: answer.status, html: answer.body };
    expect(step2.status).toBe(200);
    expect(step2.html).toContain('43.6052, 1.4419');
    expect(partial).toBeDefined();
    // That file was the upload on its way: gone once the photo is stored; only the stored photo is left.
    expect(uploadedFiles().has(partial![0])).toBe(false);
    const photoId = /name="photoId" value="([0-9a-f-]{36})"/.exec(step2.html)?.[1];
    expect(newFiles(filesBefore)).toEqual([join(uploads, 'reports', `${photoId}.jpg`)]);
  });
});
