import { randomBytes } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { drain, readHead, type StreamedFile } from '../http/streamed-form';
import type { WebRequest } from '../http/web-request';
import type { MessageKey } from '../i18n/catalogue';
import { isHeic } from './photo-position';

/** Enough of a file's start to tell HEIC (its `ftyp` box). */
const HEIC_SNIFF_BYTES = 12;

export type PhotoUpload = { ok: true; id: string; url: string } | { ok: false; code: string };

/** A form's photo stored by the API, or why not, as the form says it at the photo's field. */
export type ReceivedPhoto = { id: string; url: string } | { problem: MessageKey };

const PHOTO_CODES: Record<string, MessageKey> = {
  UNSUPPORTED_MEDIA: 'reports.field.photo.unsupported',
  PHOTO_TOO_LARGE: 'reports.field.photo.tooLarge',
};

/**
 * Sends a form's photo to the API's upload route (POST /reports/photos), in
 * process: the website stays a client of the API, so the photo meets the same
 * checks (format from the bytes, size, pixels), re-encoding (EXIF dropped)
 * and upload limit per visitor address as any other client's.
 */
@Injectable()
export class PhotoUploads {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /**
   * A photo streamed from a form (see readStreamedForm): HEIC told from its
   * first bytes (and said with how to send a JPEG instead), the rest sent on
   * to the API as it arrives, never held whole. Its route's parser cuts files at
   * MAX_STREAMED_FILE_BYTES, one byte over the API's limit: a file over that
   * limit reaches the API too large, and the API refuses it while reading it,
   * keeping nothing. Null for a file input left empty. `observe` sees each
   * chunk of the file as it passes (the report form reads the position there).
   */
  async receiveStream(
    req: WebRequest,
    file: StreamedFile,
    observe?: (chunk: Buffer) => void,
  ): Promise<ReceivedPhoto | null> {
    const head = await readHead(file.stream, HEIC_SNIFF_BYTES);
    if (head.length === 0 && file.filename === '') return null;
    if (isHeic(head)) {
      await drain(file.stream);
      return { problem: file.stream.truncated ? 'reports.field.photo.tooLarge' : 'reports.field.photo.heic' };
    }
    observe?.(head);
    const upload = await this.upload(req, head, file.stream, observe);
    await drain(file.stream);
    if (file.stream.truncated) return { problem: 'reports.field.photo.tooLarge' };
    if (!upload.ok) return { problem: PHOTO_CODES[upload.code] ?? 'reports.field.photo.refused' };
    return { id: upload.id, url: upload.url };
  }

  /** Sends a photo to the API: its first bytes, then the rest as it arrives. */
  private async upload(
    req: WebRequest,
    first: Buffer,
    rest: Readable,
    observe?: (chunk: Buffer) => void,
  ): Promise<PhotoUpload> {
    const boundary = `quorum-${randomBytes(12).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="photo"; filename="photo"\r\n` +
        `content-type: application/octet-stream\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const payload = streamedPart(head, first, rest, tail, observe);
    const fastify = this.adapterHost.httpAdapter.getInstance() as unknown as FastifyInstance;
    const response = await fastify
      .inject({
        method: 'POST',
        url: '/reports/photos',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        remoteAddress: req.ip,
        payload,
      })
      .finally(() => {
        // The API may answer before reading it all (a file over its limit, too many uploads): what it left is dropped.
        rest.unpipe(payload);
        payload.destroy();
      });
    const body = safeJson(response.body);
    if (response.statusCode === 201 || response.statusCode === 200) {
      if (typeof body?.id === 'string' && typeof body.url === 'string') return { ok: true, id: body.id, url: body.url };
    }
    return { ok: false, code: typeof body?.code === 'string' ? body.code : 'INTERNAL_SERVER_ERROR' };
  }
}

/**
 * The multipart body of an upload whose file is still arriving: `head`, the
 * file's first bytes, then the rest of it as it comes, then `tail`. Piped, so
 * the file is read only as fast as the API reads the body.
 */
function streamedPart(
  head: Buffer,
  first: Buffer,
  rest: Readable,
  tail: Buffer,
  observe?: (chunk: Buffer) => void,
): PassThrough {
  const payload = new PassThrough();
  payload.write(head);
  payload.write(first);
  // Attached in the same tick as the pipe: both see every chunk, and the pipe still paces the file.
  if (observe) rest.on('data', observe);
  rest.pipe(payload, { end: false });
  // Once the API has answered the payload is destroyed, and what comes of the file after is not its business.
  finished(rest).then(
    () => !payload.destroyed && payload.end(tail),
    (error: Error) => !payload.destroyed && payload.destroy(error),
  );
  return payload;
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
