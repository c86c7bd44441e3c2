import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import sharp from 'sharp';
import { CAPITOLE, createOpen311Key, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { rowCounts } from './hostile-check';
import { Hostile, hostileString } from './hostile-values';

const SEED = Number(process.env.FC_SEED ?? 9_2026);
const RUNS = Number(process.env.FC_RUNS ?? 8) * 5;
const BODY_LIMIT = 256 * 1024;

const LEAKS = [/\n\s+at /, /node_modules/, /\.(ts|js):\d+/, /QueryFailedError/, /"stack"/];

/** A REST answer to a hostile request: below 500, no internals, and a code (Open311's list or our `{code}`). */
function restProblems(status: number, text: string): string[] {
  const problems = status >= 500 ? [`HTTP ${status}`] : [];
  for (const leak of LEAKS) if (leak.test(text)) problems.push(`leaks ${leak}`);
  if (status >= 400) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [...problems, 'error body is not JSON'];
    }
    const coded = Array.isArray(body) ? body.every((e) => e?.code !== undefined) : (body as { code?: unknown })?.code;
    if (!coded) problems.push('error without a code');
  }
  return problems;
}

/** A PNG whose header claims `width`×`height` pixels, with no image data: decoding it would need gigabytes. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Open311 cuts optional contact and address fields to their column size rather than refusing the report,
 * and form encoding turns a lone surrogate into U+FFFD before it leaves the client.
 */
function lenient(hostile: Hostile, field: string): Hostile {
  const cut = hostile.label === 'huge' && field !== 'description';
  return cut || hostile.label === 'lone surrogate' ? { ...hostile, mustReject: false } : hostile;
}

describe('hostile input on the REST surfaces (Open311, photo uploads)', () => {
  let api: TestApi;
  let apiKey: string;
  let uploads: string;

  beforeAll(async () => {
    uploads = mkdtempSync(join(tmpdir(), 'quorum-hostile-uploads-'));
    api = await startTestApi({ UPLOADS_DIR: uploads, HTTP_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
    await seedCommune(api);
    apiKey = await createOpen311Key(api);
  });
  afterAll(async () => {
    await api.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  const valid = (): [string, string][] => [
    ['api_key', apiKey],
    ['service_code', 'graffiti'],
    ['lat', String(CAPITOLE.latitude)],
    ['long', String(CAPITOLE.longitude)],
    ['description', 'Tag sur le mur du square'],
  ];

  const coordinate = fc.constantFrom<Hostile>(
    { label: 'NaN', value: 'NaN', mustReject: true },
    { label: 'Infinity', value: 'Infinity', mustReject: true },
    { label: 'overflow', value: '1e999', mustReject: true },
    { label: 'out of range', value: '91', mustReject: true },
    { label: 'far out of range', value: '-1e308', mustReject: true },
    { label: 'hex', value: '0x2B', mustReject: false },
    { label: 'padded', value: ' 43.6 ', mustReject: false },
    { label: 'empty', value: '', mustReject: true },
  );
  const fields = [
    'service_code',
    'description',
    'lat',
    'long',
    'address_string',
    'email',
    'first_name',
    'last_name',
    'phone',
    'attribute[size]',
    'attribute[location_type][]',
    'device_id',
    'media_url',
    'api_key',
  ];

  it('POST /open311/v2/requests: any hostile field value is answered with a code, and a refusal stores nothing', async () => {
    const cases = fc
      .record({
        field: fc.constantFrom(...fields),
        duplicate: fc.boolean(),
        format: fc.constantFrom('json', 'xml'),
      })
      .chain((c) =>
        (c.field === 'lat' || c.field === 'long'
          ? fc.oneof(coordinate, hostileString(c.field))
          : hostileString(c.field)
        ).map((hostile) => ({
          ...c,
          hostile: lenient(hostile, c.field),
        })),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ({ field, duplicate, format, hostile }) => {
        const form = new URLSearchParams(valid().filter(([k]) => k !== field || duplicate));
        form.append(field, String(hostile.value));
        const before = await rowCounts(api.db);
        const response = await fetch(`${api.url}/open311/v2/requests.${format}`, { method: 'POST', body: form });
        const text = await response.text();
        const problems =
          format === 'json' ? restProblems(response.status, text) : response.status >= 500 ? ['5xx'] : [];
        if (response.status !== 201) {
          const after = await rowCounts(api.db);
          if (JSON.stringify(after) !== JSON.stringify(before)) problems.push('refused but stored rows');
        } else if (hostile.mustReject && !duplicate) {
          problems.push('accepted');
        }
        if (problems.length)
          throw new Error(
            `${hostile.label} in ${field}${duplicate ? ' (twice)' : ''}: ${problems.join('; ')}\n${text.slice(0, 300)}`,
          );
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  it.each([
    ['bad JSON', 'application/json', '{"service_code": '],
    ['a JSON array', 'application/json', '[1, 2]'],
    ['__proto__', 'application/json', '{"__proto__": {"x": 1}, "service_code": "graffiti"}'],
    ['a body over the limit', 'application/x-www-form-urlencoded', `description=${'x'.repeat(BODY_LIMIT + 1)}`],
    ['an unknown content type', 'application/x-unknown', 'hello'],
  ])('POST /open311/v2/requests.json answers %s with a 4xx and a code', async (_label, type, body) => {
    const before = await rowCounts(api.db);
    const response = await fetch(`${api.url}/open311/v2/requests.json?api_key=${apiKey}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(restProblems(response.status, text)).toEqual([]);
    expect(await rowCounts(api.db)).toEqual(before);
  });

  const upload = (parts: { data: Buffer; name: string; type: string; field?: string }[]) => {
    const form = new FormData();
    for (const p of parts)
      form.append(p.field ?? 'photo', new Blob([new Uint8Array(p.data)], { type: p.type }), p.name);
    return fetch(`${api.url}/reports/photos`, { method: 'POST', body: form });
  };

  it('checks uploads by content: decompression bombs, truncated and disguised files are refused and nothing is stored', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .tiff()
      .toBuffer();
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    const hostile: [string, { data: Buffer; name: string; type: string; field?: string }[]][] = [
      [
        'a 100000×100000 PNG header (decompression bomb)',
        [{ data: pngBomb(100_000, 100_000), name: 'a.png', type: 'image/png' }],
      ],
      ['a 7000×7000 PNG header with no pixels', [{ data: pngBomb(7000, 7000), name: 'b.png', type: 'image/png' }]],
      ['a truncated JPEG', [{ data: jpeg.subarray(0, jpeg.length / 2), name: 'c.jpg', type: 'image/jpeg' }]],
      [
        'a JPEG header followed by HTML',
        [
          {
            data: Buffer.concat([jpeg.subarray(0, 20), Buffer.from('<script>alert(1)</script>')]),
            name: 'd.jpg',
            type: 'image/jpeg',
          },
        ],
      ],
      [
        'HTML named .jpg',
        [{ data: Buffer.from('<html><script>alert(1)</script></html>'), name: 'e.jpg', type: 'image/jpeg' }],
      ],
      ['a TIFF (readable, but not a photo format we serve)', [{ data: tiff, name: 'f.jpg', type: 'image/jpeg' }]],
      ['a GIF', [{ data: gif, name: 'g.jpg', type: 'image/jpeg' }]],
      ['an empty file', [{ data: Buffer.alloc(0), name: 'h.jpg', type: 'image/jpeg' }]],
      [
        'random bytes',
        [
          {
            data: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
            name: 'i.png',
            type: 'image/png',
          },
        ],
      ],
      ['a file under another field name', [{ data: jpeg, name: 'j.jpg', type: 'image/jpeg', field: 'file' }]],
      [
        'a path in the file name',
        [{ data: Buffer.from('not an image'), name: '../../../etc/passwd', type: 'image/jpeg' }],
      ],
    ];
    const before = await rowCounts(api.db);
    // Files other tests of this file stored stay; none is added.
    const storedFiles = () => readdirSync(uploads, { recursive: true }).filter((f) => String(f).includes('.'));
    const filesBefore = storedFiles();
    const failures: string[] = [];
    for (const [label, parts] of hostile) {
      const response = await upload(parts);
      const text = await response.text();
      const problems = restProblems(response.status, text);
      if (response.status < 400) problems.push(`accepted (${response.status})`);
      if (problems.length) failures.push(`${label}: ${problems.join('; ')} ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await rowCounts(api.db)).toEqual(before);
    expect(storedFiles()).toEqual(filesBefore);

    // A real photo under a misleading name and type is still taken, as what it is.
    const accepted = await upload([{ data: jpeg, name: 'photo.png.exe', type: 'application/x-msdownload' }]);
    expect(accepted.status).toBe(201);
  });

  it('refuses a request that is not multipart, and a second file in one upload', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } })
      .jpeg()
      .toBuffer();
    const json = await fetch(`${api.url}/reports/photos`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"photo": "data:image/jpeg;base64,AAAA"}',
    });
    expect(json.status).toBe(400);
    expect(restProblems(json.status, await json.text())).toEqual([]);
    const before = await rowCounts(api.db);
    const two = await upload([
      { data: jpeg, name: 'a.jpg', type: 'image/jpeg' },
      { data: jpeg, name: 'b.jpg', type: 'image/jpeg' },
    ]);
    expect(restProblems(two.status, await two.text())).toEqual([]);
    const stored = (await rowCounts(api.db)).report_photos - before.report_photos;
    expect(stored).toBeLessThanOrEqual(1);
  });
});
