import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { UPLOADS_MARKER } from '../../libs/reports/src/photos/uploads-ownership';
import { waitFor } from './wait-for';

/** Every file under `dir` (stored uploads, and whatever an upload leaves on the way), with its size. */
export function filesUnder(dir: string): Map<string, number> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, statSync(path).size] as const;
      }),
  );
}

/**
 * The files uploads left under UPLOADS_DIR `dir` (filesUnder), without the
 * marker naming its database, written once with the first photo whatever
 * becomes of it.
 */
export function uploadsUnder(dir: string): Map<string, number> {
  const files = filesUnder(dir);
  files.delete(join(dir, UPLOADS_MARKER));
  return files;
}

/** A multipart form, written by hand so that a test can hold its body back part way. */
export class HandForm {
  readonly boundary = `quorum-test-${randomBytes(8).toString('hex')}`;

  field(name: string, value: string): string {
    return `--${this.boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }

  fileHeader(name: string, filename: string, type: string): string {
    return (
      `--${this.boundary}\r\ncontent-disposition: form-data; name="${name}"; filename="${filename}"\r\n` +
      `content-type: ${type}\r\n\r\n`
    );
  }

  end(): string {
    return `--${this.boundary}--\r\n`;
  }
}

export interface HeldUpload {
  answer: { status?: number; location?: string; body: string };
  /** The new file under `dir` that held at least a quarter of the photo before the rest was sent, if any. */
  partial: [string, number] | undefined;
}

/**
 * Posts a form whose file stops halfway: `before` (its fields, then the
 * file's part header), the first half of `file`, then, once a new file under
 * `dir` holds at least half of that half (or after 10 s), the rest and
 * `after`. A server that holds a file whole until it ends (or the form until
 * its end) writes nothing before the rest comes; one that streams it has the
 * first half on disk (all but what the pipes still hold).
 */
export async function postWithFileHeldHalfway(options: {
  url: string;
  cookie: string;
  form: HandForm;
  before: string;
  file: Buffer;
  after: string;
  dir: string;
}): Promise<HeldUpload> {
  const { form, file, dir } = options;
  const filesBefore = filesUnder(dir);
  const req = request(options.url, {
    method: 'POST',
    headers: {
      cookie: options.cookie,
      'content-type': `multipart/form-data; boundary=${form.boundary}`,
      'accept-language': 'fr-FR',
    },
  });
  const answer = new Promise<HeldUpload['answer']>((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, location: res.headers.location, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
  });
  req.write(options.before);
  const half = Math.floor(file.length / 2);
  req.write(file.subarray(0, half));
  const partial = await waitFor(
    async () => [...filesUnder(dir)].find(([name, size]) => !filesBefore.has(name) && size >= half / 2),
    10_000,
    'half the file on disk',
  ).catch(() => undefined);
  req.end(Buffer.concat([file.subarray(half), Buffer.from(`\r\n${options.after}`)]));
  return { answer: await answer, partial };
}
