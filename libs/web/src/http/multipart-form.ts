import type { FastifyRequest } from 'fastify';

/** A file sent with a form (enctype multipart/form-data), held in memory: such forms take one photo (a report's). */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
  /** Cut at MAX_FORM_FILE_BYTES: refused, never half-stored. */
  tooLarge: boolean;
}

/** The API's own photo limit (its MAX_PHOTO_BYTES): a file over it is refused before it is sent, with the API's message. */
export const MAX_FORM_FILE_BYTES = 10 * 1024 * 1024;

type MultipartRequest = FastifyRequest & {
  isMultipart?: () => boolean;
  parts: (options: object) => AsyncIterable<MultipartPart>;
};

type MultipartPart =
  | { type: 'field'; fieldname: string; value: unknown }
  | {
      type: 'file';
      fieldname: string;
      filename: string;
      mimetype: string;
      toBuffer(): Promise<Buffer>;
      file: { truncated: boolean };
    };

export function isMultipart(request: FastifyRequest): boolean {
  return (request as MultipartRequest).isMultipart?.() === true;
}

/** Adds a form's value as the urlencoded parser does: a name given again makes an array. */
export function addFormValue(body: Record<string, unknown>, name: string, value: unknown): void {
  const previous = body[name];
  body[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
}

/**
 * A multipart form as the urlencoded parser would leave it: fields as strings
 * (repeated names as arrays) and its file as an UploadedFile, so that the
 * CSRF guard and the handlers read `req.body` whichever way the form was sent.
 * An empty file input (nothing chosen) is left out. Forms with several files
 * stream them instead (`streamedUploadRoute`).
 */
export async function readMultipartForm(request: FastifyRequest): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  const add = (name: string, value: unknown) => addFormValue(body, name, value);
  const parts = (request as MultipartRequest).parts({
    limits: { fileSize: MAX_FORM_FILE_BYTES, files: 1, fields: 200, fieldSize: 64 * 1024 },
    // A file over the limit is cut and marked rather than failing the whole form, so the form can say why.
    throwFileSizeLimit: false,
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      add(part.fieldname, typeof part.value === 'string' ? part.value : '');
      continue;
    }
    const data = await part.toBuffer();
    if (data.length === 0 && part.filename === '') continue;
    add(part.fieldname, {
      filename: part.filename,
      mimetype: part.mimetype,
      data,
      tooLarge: part.file.truncated,
    } satisfies UploadedFile);
  }
  return body;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return !!value && typeof value === 'object' && Buffer.isBuffer((value as UploadedFile).data);
}
