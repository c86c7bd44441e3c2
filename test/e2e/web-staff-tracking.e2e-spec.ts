import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@quorum/access';
import { MAX_NEWS_PHOTOS } from '@quorum/common';
import sharp from 'sharp';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { ADD_TRACKED_ITEM_UPDATE, insertTrackedItem } from '../utils/tracking.factory';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';
import { HandForm, postWithFileHeldHalfway, uploadsUnder } from '../utils/held-upload';
import { fieldError, summaryLinks } from '../utils/page-form-errors';

/** Every field of the item form, as a browser sends it. */
const ITEM_FIELDS = {
  title: 'Jardin partagé des Minimes',
  status: 'IN_WORKS',
  abandonReason: '',
  progressPercent: '40',
  plannedStartOn: '2026-04-01',
  plannedEndOn: '2026-09-30',
  actualStartOn: '2026-04-15',
  actualEndOn: '',
  committed: '12 500,50',
  spent: '8 000',
  department: 'Espaces verts',
  latitude: '43,6155',
  longitude: '1,4390',
};

const DELIBERATION_FIELDS = {
  delibId: 'DEL-2026-042',
  delibDate: '2026-03-12',
  matiereCode: '7.1',
  matiereNom: 'Finances locales - Décisions budgétaires',
  objet: 'Budget participatif : financement des projets lauréats',
  url: 'https://www.toulouse.fr/deliberations/2026-03-12-7-1.pdf',
  prefId: '',
  prefDate: '',
  voteEffectif: '69',
  votingMembers: '',
  votePour: '45',
  voteContre: '3',
  voteAbstention: '2',
};

/** The ids a control's aria-describedby names, in order. */
function describedBy(html: string, id: string): string[] {
  const control = new RegExp(`<(?:input|textarea)[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
  return /aria-describedby="([^"]*)"/.exec(control)?.[1].split(' ') ?? [];
}

/** A small JPEG with its camera and position in EXIF (the API drops both when it re-encodes). */
const jpeg = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SpyCam' } })
    .toBuffer();

/** A JPEG of random pixels, a few megabytes for its size: a phone photo's weight, made in a moment. */
const noiseJpeg = (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();

/** The first bytes of an iPhone HEIC file: its `ftyp` box says so. */
const heic = () => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);

/**
 * The back office's tracking pages over plain HTTP (no JavaScript): each
 * form's success (PRG, stored, in the audit log), its refusals (said at the
 * field, nothing stored), and who may use it.
 */
describe('website: project tracking in the back office', () => {
  let web: WebApp;
  let uploads: string;
  let staff: SiteClient;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    web = await startWebApp({ UPLOADS_DIR: uploads });
    staff = await signedIn((await createUser(web.api, { role: Role.STAFF })).email);
  });

  afterAll(async () => {
    await web?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  async function signedIn(email: string): Promise<SiteClient> {
    const site = new SiteClient(web.api.url);
    expect((await site.post('/connexion', { email, password: FACTORY_PASSWORD })).status).toBe(303);
    return site;
  }

  const itemRow = async (id: string) =>
    (
      await web.api.db.query(
        `SELECT title, status, abandon_reason, progress_percent, planned_start_on::text, planned_end_on::text,
                actual_start_on::text, actual_end_on::text, committed_cents::text, spent_cents::text, department,
                latitude, longitude
           FROM tracked_items WHERE id = $1`,
        [id],
      )
    )[0];

  const auditCount = async (id: string, action: string): Promise<number> =>
    (
      await web.api.db.query(
        `SELECT count(*)::int AS n FROM audit_entries WHERE subject_type = 'tracked_item' AND subject_id = $1 AND action = $2`,
        [id, action],
      )
    )[0].n;

  /** Posts the news form as a browser does (multipart, the token first), with files. */
  async function postNews(
    site: SiteClient,
    itemId: string,
    fields: Record<string, string>,
    files: Record<string, Buffer> = {},
    formPath?: string,
  ): Promise<{ status: number; location: string | null; html: string }> {
    const path = `/gestion/suivi-des-projets/${itemId}/actualites`;
    const form = new FormData();
    form.append('_csrf', await site.csrfToken(formPath ?? path));
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const [name, data] of Object.entries(files))
      form.append(name, new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), `${name}.jpg`);
    const cookie = ['quorum_session', 'quorum_csrf'].map((name) => `${name}=${site.cookie(name)}`).join('; ');
    const response = await fetch(`${web.api.url}${path}`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: { cookie, accept: 'text/html', 'accept-language': 'fr-FR' },
    });
    // The flash message's cookie, as a browser keeps it for the next page.
    for (const line of response.headers.getSetCookie()) {
      const [name, ...value] = line.split(';')[0].split('=');
      if (name.trim() === 'quorum_flash') site.setCookie(name.trim(), value.join('='));
    }
    return { status: response.status, location: response.headers.get('location'), html: await response.text() };
  }

  /** Every file under the uploads directory (stored photos, and whatever an upload left on the way), with its size. */
  const uploadedFiles = () => uploadsUnder(uploads);
  const newFiles = (before: Map<string, number>) => [...uploadedFiles().keys()].filter((path) => !before.has(path));
  const photoRows = async (): Promise<number> =>
    (await web.api.db.query(`SELECT count(*)::int AS n FROM report_photos`))[0].n;

  describe('the list', () => {
    it('lists the items with links to their page, filtered by status and year as the API allows', async () => {
      const planned = await insertTrackedItem(web.api, { title: 'Bancs square Dupuy', year: 2025 });
      const inWorks = await insertTrackedItem(web.api, { title: 'Fontaine place Arnaud-Bernard', year: 2026 });
      await web.api.db.query(`UPDATE tracked_items SET status = 'IN_WORKS', progress_percent = 30 WHERE id = $1`, [
        inWorks,
      ]);

      const all = await staff.get('/gestion/suivi-des-projets');
      expect(all.status).toBe(200);
      expect(all.html).toContain(`href="/gestion/suivi-des-projets/${planned}"`);
      expect(all.html).toContain(`href="/gestion/suivi-des-projets/${inWorks}"`);
      // The back office's navigation has the section, marked as the current one.
      expect(all.html).toMatch(/<a href="\/gestion\/suivi-des-projets" aria-current="page">Suivi des projets<\/a>/);

      const works = await staff.get('/gestion/suivi-des-projets?statut=IN_WORKS');
      expect(works.html).toContain('Fontaine place Arnaud-Bernard');
      expect(works.html).not.toContain('Bancs square Dupuy');
      const year = await staff.get('/gestion/suivi-des-projets?annee=2025');
      expect(year.html).toContain('Bancs square Dupuy');
      expect(year.html).not.toContain('Fontaine place Arnaud-Bernard');
      // A value the API would refuse is dropped, not an error page.
      expect((await staff.get('/gestion/suivi-des-projets?statut=NOPE&annee=12')).status).toBe(200);
    });
  });

  describe('the item form', () => {
    it('saves every field, then redirects to the item with its message; the change is in the audit log', async () => {
      const id = await insertTrackedItem(web.api);
      const page = await staff.get(`/gestion/suivi-des-projets/${id}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Modifier le suivi');

      const done = await staff.post(`/gestion/suivi-des-projets/${id}`, ITEM_FIELDS);
      expect(done.status).toBe(303);
      expect(done.location).toBe(`/gestion/suivi-des-projets/${id}`);
      expect(await itemRow(id)).toEqual({
        title: 'Jardin partagé des Minimes',
        status: 'IN_WORKS',
        abandon_reason: null,
        progress_percent: 40,
        planned_start_on: '2026-04-01',
        planned_end_on: '2026-09-30',
        actual_start_on: '2026-04-15',
        actual_end_on: null,
        committed_cents: '1250050',
        spent_cents: '800000',
        department: 'Espaces verts',
        latitude: 43.6155,
        longitude: 1.439,
      });
      expect(await auditCount(id, 'tracking.item.update')).toBe(1);
      const after = await staff.get(`/gestion/suivi-des-projets/${id}`);
      expect(after.html).toContain('Le suivi du projet est enregistré.');
      // The form shows what is stored, amounts in euros.
      expect(after.html).toMatch(/id="committed"[^>]*value="12500.50"/);

      // Abandoned, with its public reason; the place and a date cleared by leaving them empty.
      const abandoned = await staff.post(`/gestion/suivi-des-projets/${id}`, {
        ...ITEM_FIELDS,
        status: 'ABANDONED',
        abandonReason: 'Le terrain est réservé à l’extension de l’école.',
        plannedEndOn: '',
        latitude: '',
        longitude: '',
      });
      expect(abandoned.status).toBe(303);
      const row = await itemRow(id);
      expect(row).toMatchObject({
        status: 'ABANDONED',
        abandon_reason: 'Le terrain est réservé à l’extension de l’école.',
        planned_end_on: null,
        latitude: null,
        longitude: null,
      });
    });

    it.each([
      ['ABANDONED without its reason', { status: 'ABANDONED' }, 'abandonReason', 'Pour un projet abandonné'],
      [
        'DONE below 100 %',
        { status: 'DONE', progressPercent: '80' },
        'progressPercent',
        'et 100 pour un projet réalisé',
      ],
      ['a progress that is no number', { progressPercent: 'beaucoup' }, 'progressPercent', 'nombre entier de 0 à 100'],
      ['an end before its start', { plannedEndOn: '2026-01-01' }, 'plannedEndOn', 'ne précède pas le début prévu'],
      ['a date that does not exist', { actualStartOn: '2026-02-30' }, 'actualStartOn', 'au format AAAA-MM-JJ'],
      ['half a place', { longitude: '' }, 'longitude', 'donnée avec la latitude'],
      ['a latitude off the Earth', { latitude: '123' }, 'latitude', 'entre -90 et 90'],
      ['an amount that is no number', { spent: 'dix euros' }, 'spent', 'nombre d’euros'],
      ['no title', { title: '' }, 'title', 'Saisissez le titre du projet'],
    ])('refuses %s at its field, keeping what was typed and storing nothing', async (_, change, field, message) => {
      const id = await insertTrackedItem(web.api, { title: 'Piste cyclable Alsace-Lorraine' });
      const before = await itemRow(id);
      const refused = await staff.post(`/gestion/suivi-des-projets/${id}`, { ...ITEM_FIELDS, ...change });
      expect(refused.status).toBe(400);
      const error = fieldError(refused.html, field);
      expect(error.text).toContain(message);
      expect(error.invalid).toBe(true);
      expect(summaryLinks(refused.html)).toEqual([field]);
      // What was typed stays (here, the department).
      expect(refused.html).toMatch(/id="department"[^>]*value="Espaces verts"/);
      expect(await itemRow(id)).toEqual(before);
      expect(await auditCount(id, 'tracking.item.update')).toBe(0);
    });

    it('answers an unknown item with the 404 page', async () => {
      expect((await staff.get('/gestion/suivi-des-projets/6f1c1f5e-1111-4111-8111-111111111111')).status).toBe(404);
    });
  });

  describe('the news form', () => {
    const updates = async (id: string) =>
      web.api.db.query(
        `SELECT u.body, u.occurred_on::text, p.alt_text, p.photo_id
           FROM tracked_item_updates u LEFT JOIN tracked_item_update_photos p ON p.update_id = u.id
          WHERE u.tracked_item_id = $1 ORDER BY p.position`,
        [id],
      );

    it('publishes the news with its photos and their texts, in order, and logs it', async () => {
      const id = await insertTrackedItem(web.api);
      const form = await staff.get(`/gestion/suivi-des-projets/${id}/actualites`);
      expect(form.status).toBe(200);
      expect(form.html).toContain('enctype="multipart/form-data"');
      const done = await postNews(
        staff,
        id,
        {
          body: 'Les premiers bacs de culture sont installés.',
          occurredOn: '2026-05-02',
          photoAlt1: 'Les bacs posés le long du mur',
          photoAlt2: '',
          photoAlt3: 'Texte sans photo, ignoré',
        },
        { photo1: await jpeg(), photo2: await jpeg() },
      );
      expect(done.status).toBe(303);
      expect(done.location).toBe(`/gestion/suivi-des-projets/${id}`);
      const rows = await updates(id);
      expect(rows.map((r: { alt_text: string | null }) => r.alt_text)).toEqual(['Les bacs posés le long du mur', null]);
      expect(rows[0]).toMatchObject({
        body: 'Les premiers bacs de culture sont installés.',
        occurred_on: '2026-05-02',
      });
      expect(await auditCount(id, 'tracking.item.news')).toBe(1);
      // Re-encoded as report photos are: no EXIF left.
      const stored = await fetch(`${web.api.url}/reports/photos/${rows[0].photo_id}`);
      expect((await sharp(Buffer.from(await stored.arrayBuffer())).metadata()).exif).toBeUndefined();
      expect((await staff.get(`/gestion/suivi-des-projets/${id}`)).html).toContain('L’actualité est publiée.');
    });

    it('offers as many photos as the API takes, and publishes them all in order', async () => {
      const id = await insertTrackedItem(web.api);
      const form = await staff.get(`/gestion/suivi-des-projets/${id}/actualites`);
      expect(form.html.match(/<input[^>]*type="file"[^>]*>/g)).toHaveLength(MAX_NEWS_PHOTOS);
      const slots = Array.from({ length: MAX_NEWS_PHOTOS }, (_, i) => i + 1);
      const files = Object.fromEntries(await Promise.all(slots.map(async (n) => [`photo${n}`, await jpeg()] as const)));
      const alts = Object.fromEntries(slots.map((n) => [`photoAlt${n}`, `Photo du chantier n° ${n}`]));
      const done = await postNews(
        staff,
        id,
        { body: 'Six vues du chantier, de la rue au jardin.', occurredOn: '2026-05-02', ...alts },
        files,
      );
      expect(done.status).toBe(303);
      expect((await updates(id)).map((r: { alt_text: string }) => r.alt_text)).toEqual(Object.values(alts));
    });

    it('says what the photos take once, above them, and ties it to each file and text it explains', async () => {
      const id = await insertTrackedItem(web.api);
      const slots = Array.from({ length: MAX_NEWS_PHOTOS }, (_, i) => i + 1);
      const saidOnce = (html: string) => {
        for (const hint of ['JPEG, PNG ou WebP, 10 Mo au plus', 'est lu aux personnes qui ne la voient pas'])
          expect({ hint, times: html.split(hint).length - 1 }).toEqual({ hint, times: 1 });
        const photos = html.indexOf('id="photos-title"');
        expect(photos).toBeGreaterThan(-1);
        expect(html.indexOf('id="photos-hint"')).toBeGreaterThan(photos);
        expect(html.indexOf('id="photoAlts-hint"')).toBeLessThan(html.indexOf('type="file"'));
        for (const n of slots) {
          expect(describedBy(html, `photo${n}`)[0]).toBe('photos-hint');
          expect(describedBy(html, `photoAlt${n}`)[0]).toBe('photoAlts-hint');
        }
      };
      saidOnce((await staff.get(`/gestion/suivi-des-projets/${id}/actualites`)).html);

      // Refused with a photo received: that slot says so itself, tied to its file; the rest is still said once.
      const refused = await postNews(staff, id, { body: 'Court', occurredOn: '2026-05-02' }, { photo1: await jpeg() });
      expect(refused.status).toBe(400);
      saidOnce(refused.html);
      expect(describedBy(refused.html, 'photo1')).toEqual(['photos-hint', 'photo1-hint']);
      expect(refused.html).toMatch(/<p class="field__hint" id="photo1-hint">Photo reçue\./);
      expect(describedBy(refused.html, 'photo2')).toEqual(['photos-hint']);
    });

    it('refuses a short text at its field, keeps the photo received, and publishes it once corrected', async () => {
      const id = await insertTrackedItem(web.api);
      const refused = await postNews(
        staff,
        id,
        { body: 'Court', occurredOn: '2026-05-02', photoAlt1: 'Le chantier' },
        { photo1: await jpeg() },
      );
      expect(refused.status).toBe(400);
      const error = fieldError(refused.html, 'body');
      expect(error.text).toContain('de 10 à 4 000 caractères');
      expect(error.invalid).toBe(true);
      expect(await updates(id)).toEqual([]);
      // The photo is kept (not chosen again): its id comes back hidden, with what it shows.
      const kept = /name="photoId1" value="([0-9a-f-]{36})"/.exec(refused.html)?.[1];
      expect(kept).toBeDefined();
      expect(refused.html).toMatch(/id="photoAlt1"[^>]*value="Le chantier"/);

      const done = await postNews(staff, id, {
        body: 'Le chantier a commencé ce matin.',
        occurredOn: '2026-05-02',
        photoAlt1: 'Le chantier',
        photoId1: kept!,
      });
      expect(done.status).toBe(303);
      expect(await updates(id)).toMatchObject([{ photo_id: kept, alt_text: 'Le chantier' }]);
    });

    it('stores the text as the API does, without the spaces around it, and counts its length without them', async () => {
      const id = await insertTrackedItem(web.api);
      const short = await postNews(staff, id, { body: '   abc    ', occurredOn: '2026-05-02' });
      expect(short.status).toBe(400);
      expect(fieldError(short.html, 'body').text).toContain('de 10 à 4 000 caractères');
      expect(await updates(id)).toEqual([]);

      const body = '  \n Les bacs sont arrosés chaque semaine.\n  ';
      expect((await postNews(staff, id, { body, occurredOn: '2026-05-02' })).status).toBe(303);
      await web.api.gql
        .as((await createUser(web.api, { role: Role.STAFF })).token)
        .ok(ADD_TRACKED_ITEM_UPDATE, { input: { trackedItemId: id, body, occurredOn: '2026-05-03' } });
      expect((await updates(id)).map((r: { body: string }) => r.body)).toEqual([
        'Les bacs sont arrosés chaque semaine.',
        'Les bacs sont arrosés chaque semaine.',
      ]);
    });

    it('leaves out a kept photo ticked for removal', async () => {
      const id = await insertTrackedItem(web.api);
      const refused = await postNews(staff, id, { body: 'Court', occurredOn: '2026-05-02' }, { photo1: await jpeg() });
      const kept = /name="photoId1" value="([0-9a-f-]{36})"/.exec(refused.html)![1];
      expect(refused.html).toContain('Retirer la photo 1 de l’actualité');
      const done = await postNews(staff, id, {
        body: 'Le chantier a commencé ce matin.',
        occurredOn: '2026-05-02',
        photoId1: kept,
        removePhoto1: 'on',
      });
      expect(done.status).toBe(303);
      expect(await updates(id)).toMatchObject([{ body: 'Le chantier a commencé ce matin.', photo_id: null }]);
    });

    it('refuses an HEIC photo at its field, saying how to send it, and stores nothing', async () => {
      const id = await insertTrackedItem(web.api);
      const refused = await postNews(
        staff,
        id,
        { body: 'Les bancs sont posés.', occurredOn: '2026-05-02' },
        { photo2: heic() },
      );
      expect(refused.status).toBe(400);
      const error = fieldError(refused.html, 'photo2');
      expect(error.text).toContain('HEIC');
      expect(error.invalid).toBe(true);
      expect(summaryLinks(refused.html)).toEqual(['photo2']);
      expect(await updates(id)).toEqual([]);
      expect(await auditCount(id, 'tracking.item.news')).toBe(0);
    });

    it('refuses a photo over 10 MB at its field, keeping the others, and leaves no byte of it on disk', async () => {
      const id = await insertTrackedItem(web.api);
      const [filesBefore, rowsBefore] = [uploadedFiles(), await photoRows()];
      const small = await jpeg();
      // A real JPEG, one byte over the limit: its size is what is refused, not its content.
      const oversize = Buffer.concat([small, Buffer.alloc(10 * 1024 * 1024 + 1 - small.length, 0xff)]);
      const refused = await postNews(
        staff,
        id,
        { body: 'Les bancs sont posés.', occurredOn: '2026-05-02', photoAlt1: 'Un banc', photoAlt2: 'Trop lourde' },
        { photo1: small, photo2: oversize, photo3: await jpeg() },
      );
      expect(refused.status).toBe(400);
      const error = fieldError(refused.html, 'photo2');
      expect(error.text).toContain('Cette photo est trop grande : 10 Mo et 25 mégapixels au plus.');
      expect(error.invalid).toBe(true);
      expect(summaryLinks(refused.html)).toEqual(['photo2']);
      expect(await updates(id)).toEqual([]);
      // The photos around it are received and kept; of the oversize one, no row and no file, not even a partial one.
      const kept = [1, 3].map((n) => new RegExp(`name="photoId${n}" value="([0-9a-f-]{36})"`).exec(refused.html)?.[1]);
      expect(kept.every(Boolean)).toBe(true);
      expect(refused.html).not.toContain('name="photoId2"');
      expect(await photoRows()).toBe(rowsBefore + 2);
      const added = newFiles(filesBefore);
      expect(added).toHaveLength(2);
      expect(added.every((path) => kept.some((photoId) => path.includes(photoId!)))).toBe(true);

      // Sent again with a photo that fits: published with the three, in order.
      const done = await postNews(
        staff,
        id,
        {
          body: 'Les bancs sont posés.',
          occurredOn: '2026-05-02',
          photoAlt1: 'Un banc',
          photoAlt2: 'Un autre banc',
          photoId1: kept[0]!,
          photoId3: kept[1]!,
        },
        { photo2: await jpeg() },
      );
      expect(done.status).toBe(303);
      const rows = await updates(id);
      expect(rows.map((r: { alt_text: string | null }) => r.alt_text)).toEqual(['Un banc', 'Un autre banc', null]);
      expect([rows[0].photo_id, rows[2].photo_id]).toEqual(kept);
    });

    it('stores each photo as it arrives: half a photo sent is already on disk, before the rest of the form', async () => {
      const id = await insertTrackedItem(web.api);
      const path = `/gestion/suivi-des-projets/${id}/actualites`;
      const photo = await noiseJpeg(1600, 1200);
      expect(photo.length).toBeGreaterThan(1024 * 1024);
      const token = await staff.csrfToken(path);
      const form = new HandForm();
      const filesBefore = uploadedFiles();
      const { answer, partial } = await postWithFileHeldHalfway({
        url: `${web.api.url}${path}`,
        cookie: ['quorum_session', 'quorum_csrf'].map((name) => `${name}=${staff.cookie(name)}`).join('; '),
        form,
        before:
          form.field('_csrf', token) +
          form.field('body', 'Le chantier vu du toit, en grand.') +
          form.field('occurredOn', '2026-05-02') +
          form.fileHeader('photo1', 'toit.jpg', 'image/jpeg'),
        file: photo,
        after: form.end(),
        dir: uploads,
      });
      expect({ status: answer.status, location: answer.location }).toEqual({
        status: 303,
        location: `/gestion/suivi-des-projets/${id}`,
      });
      expect(partial).toBeDefined();
      // That file was the upload on its way: gone once the photo is stored; only the stored photo is left.
      expect(uploadedFiles().has(partial![0])).toBe(false);
      const [stored] = await updates(id);
      expect(newFiles(filesBefore)).toEqual([expect.stringContaining(stored.photo_id)]);
    });

    it('answers a broken body and more files than slots with the expired-form page, never a server error', async () => {
      const id = await insertTrackedItem(web.api);
      const path = `/gestion/suivi-des-projets/${id}/actualites`;
      const cookie = ['quorum_session', 'quorum_csrf'].map((name) => `${name}=${staff.cookie(name)}`).join('; ');
      const headers = { cookie, accept: 'text/html', 'accept-language': 'fr-FR' };
      const token = await staff.csrfToken(path);
      const seven = new FormData();
      seven.append('_csrf', token);
      seven.append('body', 'Sept photos pour six cases.');
      seven.append('occurredOn', '2026-05-02');
      for (let n = 1; n <= MAX_NEWS_PHOTOS + 1; n++)
        seven.append(`photo${Math.min(n, MAX_NEWS_PHOTOS)}`, new Blob([new Uint8Array(await jpeg())]), `${n}.jpg`);
      const broken = `--nothing-here\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--nothing-here\r\nbroken`;
      for (const init of [
        { body: seven, headers },
        { body: broken, headers: { ...headers, 'content-type': 'multipart/form-data; boundary=nothing-here' } },
      ]) {
        const response = await fetch(`${web.api.url}${path}`, { method: 'POST', redirect: 'manual', ...init });
        expect(response.status).toBe(403);
        expect(await response.text()).toContain('<html');
      }
      expect(await updates(id)).toEqual([]);
    });

    it('refuses a missing date and a date that does not exist at the field', async () => {
      const id = await insertTrackedItem(web.api);
      const missing = await postNews(staff, id, { body: 'Les bancs sont posés.', occurredOn: '' });
      expect(missing.status).toBe(400);
      expect(fieldError(missing.html, 'occurredOn').text).toContain('Indiquez la date des faits');
      const wrong = await postNews(staff, id, { body: 'Les bancs sont posés.', occurredOn: '2026-13-01' });
      expect(wrong.status).toBe(400);
      expect(fieldError(wrong.html, 'occurredOn').text).toContain('au format AAAA-MM-JJ');
      expect(await updates(id)).toEqual([]);
    });
  });

  describe('the deliberation form', () => {
    const links = async (id: string) =>
      web.api.db.query(`SELECT delib_id, vote_pour FROM tracked_item_deliberations WHERE tracked_item_id = $1`, [id]);

    it('links the deliberation with its SCDL fields, once: the same number and date again is refused at the number', async () => {
      const id = await insertTrackedItem(web.api);
      const path = `/gestion/suivi-des-projets/${id}/deliberations`;
      expect((await staff.get(path)).status).toBe(200);
      const done = await staff.post(path, DELIBERATION_FIELDS);
      expect(done.status).toBe(303);
      expect(done.location).toBe(`/gestion/suivi-des-projets/${id}`);
      expect(await links(id)).toEqual([{ delib_id: 'DEL-2026-042', vote_pour: 45 }]);
      expect(await auditCount(id, 'tracking.item.deliberation')).toBe(1);
      const item = await staff.get(`/gestion/suivi-des-projets/${id}`);
      expect(item.html).toContain('La délibération est liée au projet.');
      expect(item.html).toContain('Budget participatif : financement des projets lauréats');

      const again = await staff.post(path, DELIBERATION_FIELDS);
      expect(again.status).toBe(400);
      expect(fieldError(again.html, 'delibId').text).toContain('déjà liée à ce projet');
      expect(await links(id)).toHaveLength(1);
    });

    it('refuses a bad code, address and count at their fields, storing nothing', async () => {
      const id = await insertTrackedItem(web.api);
      const refused = await staff.post(`/gestion/suivi-des-projets/${id}/deliberations`, {
        ...DELIBERATION_FIELDS,
        matiereCode: 'finances',
        url: 'ftp://toulouse.fr/acte.pdf',
        votePour: 'beaucoup',
        objet: '',
      });
      expect(refused.status).toBe(400);
      // Empty required fields are said first, before the API is asked.
      expect(fieldError(refused.html, 'objet').text).toContain('Saisissez l’objet');
      const corrected = await staff.post(`/gestion/suivi-des-projets/${id}/deliberations`, {
        ...DELIBERATION_FIELDS,
        matiereCode: 'finances',
        url: 'ftp://toulouse.fr/acte.pdf',
      });
      expect(corrected.status).toBe(400);
      expect(fieldError(corrected.html, 'matiereCode').text).toContain('nomenclature @ctes');
      expect(fieldError(corrected.html, 'url').text).toContain('http:// ou https://');
      expect(summaryLinks(corrected.html)).toEqual(['matiereCode', 'url']);
      // A count that is no number is said at its field before the API is asked.
      const count = await staff.post(`/gestion/suivi-des-projets/${id}/deliberations`, {
        ...DELIBERATION_FIELDS,
        votePour: 'beaucoup',
      });
      expect(count.status).toBe(400);
      expect(fieldError(count.html, 'votePour').text).toContain('nombre entier');
      expect(fieldError(count.html, 'votePour').invalid).toBe(true);
      expect(await links(id)).toEqual([]);
    });
  });

  describe('who may use it', () => {
    it('gives residents the 403 page and sends anonymous visitors to sign in, on every page and form', async () => {
      const id = await insertTrackedItem(web.api);
      const before = await itemRow(id);
      const resident = await signedIn((await createUser(web.api, { verified: true })).email);
      const anonymous = new SiteClient(web.api.url);
      for (const path of [
        '/gestion/suivi-des-projets',
        `/gestion/suivi-des-projets/${id}`,
        `/gestion/suivi-des-projets/${id}/actualites`,
        `/gestion/suivi-des-projets/${id}/deliberations`,
      ]) {
        const refused = await resident.get(path);
        expect({ path, status: refused.status }).toEqual({ path, status: 403 });
        expect(refused.html).toContain('Cette page est réservée aux agents de la mairie.');
        const away = await anonymous.get(path);
        expect({ path, status: away.status }).toEqual({ path, status: 303 });
        expect(away.headers.get('location')).toBe(`/connexion?suivant=${encodeURIComponent(path)}`);
      }
      const posted = await resident.post(`/gestion/suivi-des-projets/${id}`, ITEM_FIELDS, { formPath: '/mon-compte' });
      expect(posted.status).toBe(403);
      const news = await postNews(
        resident,
        id,
        { body: 'Une actualité inventée.', occurredOn: '2026-05-02' },
        { photo1: await jpeg() },
        '/mon-compte',
      );
      expect(news.status).toBe(403);
      const delib = await resident.post(`/gestion/suivi-des-projets/${id}/deliberations`, DELIBERATION_FIELDS, {
        formPath: '/mon-compte',
      });
      expect(delib.status).toBe(403);
      expect(await itemRow(id)).toEqual(before);
      const stored = await web.api.db.query(
        `SELECT (SELECT count(*)::int FROM tracked_item_updates WHERE tracked_item_id = $1) AS updates,
                (SELECT count(*)::int FROM tracked_item_deliberations WHERE tracked_item_id = $1) AS links`,
        [id],
      );
      expect(stored).toEqual([{ updates: 0, links: 0 }]);
    });
  });
});
