import { registerEnumType } from '@nestjs/graphql';

/** The order of a proposal's top-level comments (replies always read oldest first, as a conversation). */
export enum CommentOrder {
  OLDEST = 'OLDEST',
  NEWEST = 'NEWEST',
}

registerEnumType(CommentOrder, { name: 'CommentOrder' });
