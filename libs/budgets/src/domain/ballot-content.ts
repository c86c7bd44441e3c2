import { ValidationFailedException } from '@quorum/common';
import type { Ballot } from '@quorum/tally';
import { BallotType } from '../types/ballot-type.enum';

export interface BallotChoice {
  projectIds?: string[] | null;
  points?: { projectId: string; points: number }[] | null;
  ranking?: string[] | null;
}

/** The one input field each ballot type reads; the others must be left out. */
const FIELD: Record<BallotType, keyof BallotChoice> = {
  [BallotType.APPROVAL]: 'projectIds',
  [BallotType.KNAPSACK]: 'projectIds',
  [BallotType.CUMULATIVE]: 'points',
  [BallotType.ORDINAL]: 'ranking',
};

const CHOICE_FIELDS: (keyof BallotChoice)[] = ['projectIds', 'points', 'ranking'];

/** Reads a resident's choice as a libs/tally ballot; sets are sorted so that stored rows do not keep the clicking order. */
export function toBallot(type: BallotType, choice: BallotChoice): Ballot {
  const field = FIELD[type];
  for (const other of CHOICE_FIELDS) {
    if (other !== field && choice[other] != null)
      throw ValidationFailedException.forField(`input.${other}`, `is not used by ${type} ballots; use ${field}`);
  }
  if (choice[field] == null)
    throw ValidationFailedException.forField(`input.${field}`, `is required for ${type} ballots`);
  if (type === BallotType.ORDINAL) return { projects: [...choice.ranking!] };
  if (type === BallotType.CUMULATIVE) {
    const entries = [...choice.points!].sort((a, b) => compare(a.projectId, b.projectId));
    return { projects: entries.map((e) => e.projectId), points: entries.map((e) => e.points) };
  }
  return { projects: [...choice.projectIds!].sort(compare) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
