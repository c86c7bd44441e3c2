import { mergeBallots } from '../model/merge-ballots';
import type { TallyProfile } from '../model/tally-profile';
import type { PabulibFile } from './pabulib.types';

/** The tally input of a Pabulib file: identical votes merged into weighted ballots. */
export function pabulibToProfile(file: PabulibFile): TallyProfile {
  const maxLength = file.meta.max_length ? Number(file.meta.max_length) : undefined;
  return {
    budget: file.meta.budget,
    kind: file.voteType,
    projects: file.projects.map((p) => ({ id: p.id, cost: p.cost })),
    ballots: mergeBallots(file.votes, file.voteType),
    ...(maxLength !== undefined && Number.isFinite(maxLength) ? { maxLength } : {}),
  };
}
