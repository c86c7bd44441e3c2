import { registerEnumType } from '@nestjs/graphql';

/** Where a proposal's official answer stands, as a filter of `proposals`. */
export enum AnswerFilter {
  /** No answer the viewer can see: none at all for staff; none published for everyone else. */
  NONE = 'NONE',
  /** Saved but not published yet: staff only (nothing matches for anyone else). */
  SAVED = 'SAVED',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(AnswerFilter, {
  name: 'AnswerFilter',
  description:
    'NONE: no answer (staff: none saved either); SAVED: an answer saved but not published (staff only); PUBLISHED: a published answer.',
});
