import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import { CsrfRejected } from './csrf.guard';
import { addFormValue, MAX_FORM_FILE_BYTES } from './multipart-form';

/**
 * Where a streamed form's parser cuts a photo: one byte over the API's limit
 * (MAX_FORM_FILE_BYTES is that limit), so that a file over it reaches the API
 * still too large, and is refused there while it is read. Cut at the limit
 * itself, it would look whole to the API and be stored.
 */
export const MAX_STREAMED_FILE_BYTES = MAX_FORM_FILE_BYTES + 1;

/**
 * A form whose photos are streamed to the API as they arrive (never held
 * whole): the token, its fields and up to `files` photos, each cut one byte
 * over the API's limit so that the API refuses it (see PhotoUploads).
 */
export const streamedPhotoLimits = (files: number) => ({
  fileSize: MAX_STREAMED_FILE_BYTES,
  files,
  fields: 200,
  fieldSize: 64 * 1024,
  throwFileSizeLimit: false,
});

/** A file of a streamed form: its bytes are read once, as they arrive, from `stream`. */
export interface StreamedFile {
  fieldname: string;
  filename: string;
  /** Its bytes; `truncated` once the parser has cut it at its route's `fileSize`. */
  stream: Readable & { truncated: boolean };
}

/**
 * A streamed multipart form (the parts after its `_csrf` field, see
 * UploadCsrfGuard): fields as the urlencoded parser would leave them, and
 * each file handed to `onFile` as it arrives, in the order of the form. The
 * parser gives the next part only once a file is read to its end: whatever
 * `onFile` leaves of it (or of a file it does not want) is read and dropped.
 * A body the parser refuses (broken, over its route's limits) is answered as
 * a form without its token.
 */
export async function readStreamedForm(
  parts: AsyncIterator<Multipart>,
  onFile: (file: StreamedFile) => Promise<void>,
): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  const unreadable = () => {
    throw new CsrfRejected();
  };
  for (;;) {
    const next = await parts.next().catch(unreadable);
    if (next.done) return body;
    const part = next.value;
    if (part.type === 'field') {
      addFormValue(body, part.fieldname, typeof part.value === 'string' ? part.value : '');
      continue;
    }
    try {
      await onFile({ fieldname: part.fieldname, filename: part.filename, stream: part.file });
    } finally {
      await drain(part.file).catch(unreadable);
    }
  }
}

/** Reads what is left of a stream and drops it; a stream already ended is fine. */
export async function drain(stream: Readable): Promise<void> {
  if (stream.readableEnded) return;
  stream.resume();
  await finished(stream);
}

/**
 * The first `bytes` bytes of a stream (fewer if it ends before), to tell a
 * format from them; read without ending or destroying the stream, which goes
 * on after them. The chunks read are returned whole: they are the start of
 * the file, to send on before the rest.
 */
export async function readHead(stream: Readable, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= bytes) break;
  }
  return Buffer.concat(chunks);
}
