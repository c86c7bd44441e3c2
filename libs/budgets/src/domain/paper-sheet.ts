import { ValidationFailedException } from '@quorum/common';
import type { Ballot, BallotSpec } from '@quorum/tally';
import { BallotChoice, toBallot } from './ballot-content';
import { BallotRules, ballotViolations } from './ballot-spec';

/** A paper sheet as entered: the ballot it reads as, and the first rule it breaks (null: accepted). */
export interface PaperSheet {
  projectIds: string[];
  points: number[] | null;
  refusalCode: string | null;
}

/** Where two entries of one batch disagree; a sheet missing from one entry is null there. */
export interface PaperSheetDifference {
  index: number;
  first: PaperSheet | null;
  second: PaperSheet | null;
}

/** A batch's entries, as stored: the first agent's, the second agent's, and the resolution of a batch whose two differ. */
export const PaperEntry = { FIRST: 1, SECOND: 2, RESOLUTION: 3 } as const;

/** The sheets as a batch counts them (or will, once a second entry agrees): the resolution if resolved, else the first entry. */
export function keptSheets(entries: ReadonlyMap<number, PaperSheet[]>): PaperSheet[] {
  return entries.get(PaperEntry.RESOLUTION) ?? entries.get(PaperEntry.FIRST) ?? [];
}

/**
 * Reads each sheet exactly as an online ballot is read (toBallot, then the
 * budget's rules): a sheet breaking a rule is kept, refused with the rule's
 * code. A sheet filling the wrong field for the ballot type is the agent's
 * input error, not the sheet's: the whole entry is refused (VALIDATION_FAILED,
 * naming `input.ballots.N.field`) and nothing is stored.
 */
export function readPaperSheets(rules: BallotRules, spec: BallotSpec, choices: readonly BallotChoice[]): PaperSheet[] {
  return choices.map((choice, index) => {
    let ballot: Ballot;
    try {
      ballot = toBallot(rules.ballotType, choice);
    } catch (error) {
      if (!(error instanceof ValidationFailedException)) throw error;
      throw new ValidationFailedException(
        error.fields.map((f) => ({ ...f, field: f.field.replace(/^input\./, `input.ballots.${index}.`) })),
      );
    }
    const [violation] = ballotViolations(spec, rules, ballot);
    return {
      projectIds: [...ballot.projects],
      points: ballot.points ? [...ballot.points] : null,
      refusalCode: violation?.code ?? null,
    };
  });
}

export function sameSheet(a: PaperSheet, b: PaperSheet): boolean {
  return (
    a.refusalCode === b.refusalCode &&
    sameArray(a.projectIds, b.projectIds) &&
    (a.points === null ? b.points === null : b.points !== null && sameArray(a.points, b.points))
  );
}

/** Sheet by sheet, in entry order: every index where the two entries differ. */
export function paperSheetDifferences(
  first: readonly PaperSheet[],
  second: readonly PaperSheet[],
): PaperSheetDifference[] {
  const differences: PaperSheetDifference[] = [];
  for (let index = 0; index < Math.max(first.length, second.length); index++) {
    const a = first[index] ?? null;
    const b = second[index] ?? null;
    if (a === null || b === null || !sameSheet(a, b)) differences.push({ index, first: a, second: b });
  }
  return differences;
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
