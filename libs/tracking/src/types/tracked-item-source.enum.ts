import { registerEnumType } from '@nestjs/graphql';

/** What a tracked item follows through: a winning budget project or an accepted proposal. */
export enum TrackedItemSource {
  BUDGET_PROJECT = 'BUDGET_PROJECT',
  PROPOSAL = 'PROPOSAL',
}

registerEnumType(TrackedItemSource, { name: 'TrackedItemSource' });
