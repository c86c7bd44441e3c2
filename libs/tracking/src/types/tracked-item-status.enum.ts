import { registerEnumType } from '@nestjs/graphql';

/** Where a funded project or an accepted proposal stands; ABANDONED always carries a public reason. */
export enum TrackedItemStatus {
  PLANNED = 'PLANNED',
  IN_STUDY = 'IN_STUDY',
  IN_WORKS = 'IN_WORKS',
  DONE = 'DONE',
  ABANDONED = 'ABANDONED',
}

registerEnumType(TrackedItemStatus, { name: 'TrackedItemStatus' });
