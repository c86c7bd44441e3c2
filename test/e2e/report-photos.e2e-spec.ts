import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { RetentionService } from '@quorum/privacy';
import { PhotoStorageService } from '@quorum/reports';
import sharp from 'sharp';
import { cliRedis } from '../utils/cli-redis';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { CLI, runTs } from '../utils/run-process';
import { uploadsUnder } from '../utils/held-upload';
import { startTestApi, TestApi } from '../utils/test-api';
import { ReportPhotoRepository } from '../../libs/reports/src/repositories/report-photo.repository';
import { InstallationRepository } from '../../libs/reports/src/repositories/installation.repository';
import {
  UPLOADS_MARKER,
  UploadsOfAnotherDatabaseError,
  UploadsOwnershipMarker,
} from '../../libs/reports/src/photos/uploads-ownership';

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
  const redis = cliRedis();
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

  const photoRows = async (): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM report_photos`))[0].n;
  const filesIn = (dir: string): string[] => (existsSync(join(uploads, dir)) ? readdirSync(join(uploads, dir)) : []);
  const smallPng = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#204080' } })
      .png()
      .toBuffer();

  it('keeps no row for a photo whose file cannot be written, and no temporary file either', async () => {
    const reports = join(uploads, 'reports');
    mkdirSync(reports, { recursive: true });
    const stored = filesIn('reports');
    const rowsBefore = await photoRows();
    // The destination is made a plain file: every write under it fails (ENOTDIR), as root too, where modes do not.
    renameSync(reports, `${reports}-aside`);
    writeFileSync(reports, '');
    try {
      const response = await upload(await smallPng(), 'photo.png', 'image/png');
      expect(response.status).toBe(500);
      expect(((await response.json()) as { code: string }).code).toBe('INTERNAL_SERVER_ERROR');
      expect(await photoRows()).toBe(rowsBefore);
      expect(filesIn('incoming')).toEqual([]);
    } finally {
      rmSync(reports);
      renameSync(`${reports}-aside`, reports);
    }
    expect(filesIn('reports')).toEqual(stored);
  });

  it('keeps no file for a photo whose row cannot be inserted', async () => {
    const stored = filesIn('reports');
    const rowsBefore = await photoRows();
    // A real PostgreSQL refusing the insert (as a full disk or a lost connection would), not a mock.
    await api.db.query(`CREATE FUNCTION refuse_photo() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await api.db.query(
      `CREATE TRIGGER refuse_photo BEFORE INSERT ON report_photos FOR EACH ROW EXECUTE FUNCTION refuse_photo()`,
    );
    try {
      const response = await upload(await smallPng(), 'photo.png', 'image/png');
      expect(response.status).toBe(500);
      expect(await photoRows()).toBe(rowsBefore);
      expect(filesIn('reports')).toEqual(stored);
      expect(filesIn('incoming')).toEqual([]);
    } finally {
      await api.db.query(`DROP TRIGGER refuse_photo ON report_photos; DROP FUNCTION refuse_photo()`);
    }
    expect((await upload(await smallPng(), 'photo.png', 'image/png')).status).toBe(201);
  });

  it('makes its directories once: one removed while the API runs fails uploads (no row, no file) until it is back', async () => {
    expect((await upload(await smallPng(), 'photo.png', 'image/png')).status).toBe(201);
    const stored = filesIn('reports');
    const rowsBefore = await photoRows();
    const incoming = join(uploads, 'incoming');
    renameSync(incoming, `${incoming}-aside`);
    try {
      const response = await upload(await smallPng(), 'photo.png', 'image/png');
      expect(response.status).toBe(500);
      expect(await photoRows()).toBe(rowsBefore);
      expect(filesIn('reports')).toEqual(stored);
      expect(existsSync(incoming)).toBe(false);
    } finally {
      renameSync(`${incoming}-aside`, incoming);
    }
    expect((await upload(await smallPng(), 'photo.png', 'image/png')).status).toBe(201);
  });

  it('removes in the retention purge what an upload left in incoming/ over an hour ago, and only that', async () => {
    const incoming = join(uploads, 'incoming');
    mkdirSync(incoming, { recursive: true });
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
    const leftover = (name: string, hours: number) => {
      writeFileSync(join(incoming, name), 'half an upload');
      utimesSync(join(incoming, name), hoursAgo(hours), hoursAgo(hours));
    };
    // Left by a process killed mid-upload or mid-write, and ones on their way now (or a moment ago).
    leftover('crashed.upload', 2);
    leftover('crashed.photo', 1.1);
    leftover('arriving.upload', 0);
    leftover('written.photo', 0.9);
    const retention = api.app.get(RetentionService);
    expect((await retention.purge()).staleUploadsPurged).toBe(2);
    expect(filesIn('incoming').sort()).toEqual(['arriving.upload', 'written.photo']);
    // Again: nothing more to do.
    expect((await retention.purge()).staleUploadsPurged).toBe(0);
    expect(filesIn('incoming').sort()).toEqual(['arriving.upload', 'written.photo']);
    for (const name of filesIn('incoming')) rmSync(join(incoming, name));
  });

  it('removes in the retention purge a photo file no row names once a day old, and only that', async () => {
    const reports = join(uploads, 'reports');
    const response = await upload(await smallPng(), 'photo.png', 'image/png');
    const named = `${((await response.json()) as { id: string }).id}.png`;
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
    const file = (name: string, hours: number) => {
      if (!existsSync(join(reports, name))) writeFileSync(join(reports, name), 'a photo');
      utimesSync(join(reports, name), hoursAgo(hours), hoursAgo(hours));
      return name;
    };
    file(named, 25);
    // Photos with their rows, so many that the files are looked up in more than one batch (500)…
    const rows: { id: string }[] = await api.db.query(
      `INSERT INTO report_photos (format, byte_size, width, height)
       SELECT 'png', 7, 8, 8 FROM generate_series(1, 600) RETURNING id`,
    );
    const kept = rows.map((row) => file(`${row.id}.png`, 25));
    // …and among them what crashes between a rename and its insert left, as few as crashes leave (orphanBound).
    const orphans = Array.from({ length: 5 }, (_, i) => file(`${randomUUID()}.${['jpg', 'png', 'webp'][i % 3]}`, 25));
    // A rename a moment ago whose insert is still on its way, and a name no photo has.
    const recent = file(`${randomUUID()}.jpg`, 23);
    const foreign = file('notes.txt', 25);
    const retention = api.app.get(RetentionService);
    expect((await retention.purge()).orphanPhotoFilesPurged).toBe(orphans.length);
    const left = filesIn('reports');
    expect(left).toEqual(expect.arrayContaining([named, recent, foreign, ...kept]));
    expect(left.filter((name) => orphans.includes(name))).toEqual([]);
    // Again: nothing more to do.
    expect((await retention.purge()).orphanPhotoFilesPurged).toBe(0);
    expect(filesIn('reports')).toEqual(expect.arrayContaining([named, recent, foreign, ...kept]));
    for (const name of [recent, foreign, ...kept]) rmSync(join(reports, name));
    await api.db.query(`DELETE FROM report_photos WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
  });

  it('removes no photo file when more have no row than crashes leave, and says so', async () => {
    // The database restored without the rows of its latest photos (a failed restore, an older backup): same id,
    // so the marker agrees, but those photos' files are the only copy left.
    const lost = [];
    for (let i = 0; i < 2; i += 1) {
      const response = await upload(await smallPng(), 'photo.png', 'image/png');
      lost.push(((await response.json()) as { id: string }).id);
    }
    await api.db.query(`DELETE FROM report_photos WHERE id = ANY($1::uuid[])`, [lost]);
    const files = lost.map((id) => join(uploads, 'reports', `${id}.png`));
    const dayAgo = new Date(Date.now() - 25 * 3600_000);
    for (const path of files) utimesSync(path, dayAgo, dayAgo);
    const photoFiles = filesIn('reports').filter((name) => /^[0-9a-f-]{36}\.(jpg|png|webp)$/.test(name)).length;
    expect(photoFiles).toBeLessThan(200); // where 1 % is less than 2: one orphan may go, not two.
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      expect(await api.app.get(RetentionService).purge()).toMatchObject({
        orphanPhotoFilesPurged: 0,
        orphanPhotoSweepRefused: 1,
      });
      expect(files.filter((path) => existsSync(path))).toEqual(files);
      expect(errors).toHaveBeenCalledWith(
        { uploadsDir: uploads, orphans: 2, photoFiles, bound: 1 },
        expect.stringContaining('Check DATABASE_URL and UPLOADS_DIR'),
      );
    } finally {
      errors.mockRestore();
      for (const path of files) rmSync(path, { force: true });
    }
  });

  const installationId = async (): Promise<string> =>
    (await api.db.query(`SELECT id FROM installation`))[0].id as string;

  it('records in UPLOADS_DIR, on the first photo written, the database it belongs to', async () => {
    expect((await upload(await smallPng(), 'photo.png', 'image/png')).status).toBe(201);
    expect(readFileSync(join(uploads, UPLOADS_MARKER), 'utf8')).toBe(`${await installationId()}\n`);
  });

  it('removes no photo file when UPLOADS_DIR names another database or none, and says why', async () => {
    expect((await upload(await smallPng(), 'photo.png', 'image/png')).status).toBe(201);
    const marker = join(uploads, UPLOADS_MARKER);
    const ours = readFileSync(marker, 'utf8');
    const reports = join(uploads, 'reports');
    const dayAgo = new Date(Date.now() - 25 * 3600_000);
    // What another database sees in this directory: photos older than a day that none of its rows names (one here,
    // as few as crashes leave, so that only the marker stops the sweep).
    const unknown = Array.from({ length: 1 }, () => {
      const name = `${randomUUID()}.jpg`;
      writeFileSync(join(reports, name), "a resident's photo");
      utimesSync(join(reports, name), dayAgo, dayAgo);
      return name;
    });
    const retention = api.app.get(RetentionService);
    const errors = jest.spyOn(Logger.prototype, 'error');
    const other = randomUUID();
    try {
      writeFileSync(marker, `${other}\n`);
      expect(await retention.purge()).toMatchObject({ orphanPhotoFilesPurged: 0, orphanPhotoSweepRefused: 1 });
      expect(filesIn('reports')).toEqual(expect.arrayContaining(unknown));
      expect(errors).toHaveBeenCalledWith(
        { uploadsDir: uploads, markerInstallation: other, databaseInstallation: await installationId() },
        expect.stringContaining('Check DATABASE_URL and UPLOADS_DIR'),
      );
      rmSync(marker);
      expect(await retention.purge()).toMatchObject({ orphanPhotoFilesPurged: 0, orphanPhotoSweepRefused: 1 });
      expect(filesIn('reports')).toEqual(expect.arrayContaining(unknown));
      expect(errors).toHaveBeenLastCalledWith(
        expect.objectContaining({ markerInstallation: null }),
        expect.stringContaining(`no ${UPLOADS_MARKER} file`),
      );
    } finally {
      errors.mockRestore();
      writeFileSync(marker, ours);
    }
    // The directory is this database's again: its orphan goes.
    expect(await retention.purge()).toMatchObject({ orphanPhotoFilesPurged: 1, orphanPhotoSweepRefused: 0 });
    expect(filesIn('reports').filter((name) => unknown.includes(name))).toEqual([]);
  });

  it("lets the sweep work in an UPLOADS_DIR from before its marker once the operator's uploads:claim wrote it", async () => {
    expect((await upload(await smallPng(), 'photo.png', 'image/png')).status).toBe(201);
    const marker = join(uploads, UPLOADS_MARKER);
    const ours = readFileSync(marker, 'utf8');
    const orphan = join(uploads, 'reports', `${randomUUID()}.jpg`);
    const dayAgo = new Date(Date.now() - 25 * 3600_000);
    const retention = api.app.get(RetentionService);
    try {
      // An installation from before the marker, with a file a crash left a day ago.
      rmSync(marker);
      writeFileSync(orphan, 'left by a crash');
      utimesSync(orphan, dayAgo, dayAgo);
      const errors = jest.spyOn(Logger.prototype, 'error');
      try {
        expect(await retention.purge()).toMatchObject({ orphanPhotoFilesPurged: 0, orphanPhotoSweepRefused: 1 });
        expect(errors).toHaveBeenLastCalledWith(
          expect.objectContaining({ markerInstallation: null }),
          expect.stringContaining("the CLI's uploads:claim writes it now"),
        );
      } finally {
        errors.mockRestore();
      }

      const claim = await runTs(CLI, ['uploads:claim'], redis.env(api.databaseUrl, { UPLOADS_DIR: uploads }));
      expect(claim.code).toBe(0);
      // The very file the API wrote on its first photo.
      expect(readFileSync(marker, 'utf8')).toBe(ours);
      expect(await retention.purge()).toMatchObject({ orphanPhotoFilesPurged: 1, orphanPhotoSweepRefused: 0 });
      expect(existsSync(orphan)).toBe(false);
    } finally {
      if (!existsSync(marker)) writeFileSync(marker, ours);
      rmSync(orphan, { force: true });
    }
  }, 120_000); // a CLI process

  it('writes no photo into an UPLOADS_DIR that names another database', async () => {
    // A process of its own (the API's has claimed its directory already) on a directory of another database.
    const dir = mkdtempSync(join(tmpdir(), 'quorum-uploads-other-'));
    const config = { ...api.config, uploads: { ...api.config.uploads, dir } };
    const ownership = new UploadsOwnershipMarker(config, api.app.get(InstallationRepository));
    const storage = new PhotoStorageService(config, api.db, api.app.get(ReportPhotoRepository), ownership);
    const other = `${randomUUID()}\n`;
    writeFileSync(join(dir, UPLOADS_MARKER), other);
    try {
      const rowsBefore = await photoRows();
      await expect(storage.store(await smallPng())).rejects.toThrow(UploadsOfAnotherDatabaseError);
      expect(await photoRows()).toBe(rowsBefore);
      expect(readdirSync(join(dir, 'reports'))).toEqual([]);
      expect(readdirSync(join(dir, 'incoming'))).toEqual([]);
      expect(readFileSync(join(dir, UPLOADS_MARKER), 'utf8')).toBe(other);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses photos over 10 MB, leaving no file behind (not even the part written while it arrived)', async () => {
    const files = () => uploadsUnder(uploads).size;
    const before = files();
    const response = await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'big.jpg', 'image/jpeg');
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe('PHOTO_TOO_LARGE');
    expect(files()).toBe(before);
  });
});
