import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { UploadedFile } from '../http/multipart-form';
import type { WebRequest } from '../http/web-request';
import type { MessageKey } from '../i18n/catalogue';
import { isHeic } from './photo-position';

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

  /** A photo chosen in a form: too large or HEIC said before sending it (HEIC with how to send a JPEG instead). */
  async receive(req: WebRequest, file: UploadedFile): Promise<ReceivedPhoto> {
    if (file.tooLarge) return { problem: 'reports.field.photo.tooLarge' };
    if (isHeic(file.data)) return { problem: 'reports.field.photo.heic' };
    const upload = await this.upload(req, file);
    if (!upload.ok) return { problem: PHOTO_CODES[upload.code] ?? 'reports.field.photo.refused' };
    return { id: upload.id, url: upload.url };
  }

  async upload(req: WebRequest, file: UploadedFile): Promise<PhotoUpload> {
    const boundary = `quorum-${randomBytes(12).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="photo"; filename="photo"\r\n` +
        `content-type: application/octet-stream\r\n\r\n`,
    );
    const payload = Buffer.concat([head, file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const fastify = this.adapterHost.httpAdapter.getInstance() as unknown as FastifyInstance;
    const response = await fastify.inject({
      method: 'POST',
      url: '/reports/photos',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      remoteAddress: req.ip,
      payload,
    });
    const body = safeJson(response.body);
    if (response.statusCode === 201 || response.statusCode === 200) {
      if (typeof body?.id === 'string' && typeof body.url === 'string') return { ok: true, id: body.id, url: body.url };
    }
    return { ok: false, code: typeof body?.code === 'string' ? body.code : 'INTERNAL_SERVER_ERROR' };
  }
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
