import { registerEnumType } from '@nestjs/graphql';

/** What can be reported and moderated. */
export enum ContentType {
  PROPOSAL = 'PROPOSAL',
  COMMENT = 'COMMENT',
}

registerEnumType(ContentType, { name: 'ContentType' });
