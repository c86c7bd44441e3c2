/**
 * The API's own photo limit (its MAX_PHOTO_BYTES): a streamed form's parser cuts a file one byte over it
 * (MAX_STREAMED_FILE_BYTES), so that the API refuses it, with its message.
 */
export const MAX_FORM_FILE_BYTES = 10 * 1024 * 1024;

/** Adds a form's value as the urlencoded parser does: a name given again makes an array. */
export function addFormValue(body: Record<string, unknown>, name: string, value: unknown): void {
  const previous = body[name];
  body[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
}
