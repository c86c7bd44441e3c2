import { type BallotDraft, castInput, draftOf } from '../../budgets/ballot-form';
import type { BallotType, BudgetDetailsFragment } from '../../graphql/generated/graphql';
import type { Translator } from '../../i18n/translator';

/** One sheet as entered: castBallot's fields without the budget (projectIds, points or ranking, by ballot type). */
export interface SheetInput {
  projectIds?: string[];
  points?: { projectId: string; points: number }[];
  ranking?: string[];
}

/** A sheet as the API returns it (PaperSheet): projects sorted, or ranked for ORDINAL, with points for CUMULATIVE. */
export interface PaperSheetView {
  projectIds: string[];
  points?: number[] | null;
}

/** The hidden field repeating each sheet entered so far, in order, through the page's forms. */
export const SHEETS_FIELD = 'bulletins';

/** As many sheets as one API entry takes (MAX_SHEETS_PER_BATCH). */
export const MAX_SHEETS = 1000;

type Budget = Pick<
  BudgetDetailsFragment,
  'id' | 'ballotType' | 'totalAmount' | 'minProjects' | 'maxProjects' | 'maxPoints' | 'minSpendingShare' | 'projects'
>;

/** The sheet the agent filled in, as it will be sent. */
export function sheetOfDraft(budget: Budget, draft: BallotDraft): SheetInput {
  const { budgetId: _budget, ...sheet } = castInput(budget, draft);
  return sheet as SheetInput;
}

export function encodeSheet(sheet: SheetInput): string {
  return JSON.stringify(sheet);
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 500 && value.every((v) => typeof v === 'string' && v.length <= 64);

function decodeSheet(text: string): SheetInput | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { projectIds, ranking, points, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  const sheet: SheetInput = {};
  if (projectIds !== undefined) {
    if (!isIdList(projectIds)) return null;
    sheet.projectIds = projectIds;
  }
  if (ranking !== undefined) {
    if (!isIdList(ranking)) return null;
    sheet.ranking = ranking;
  }
  if (points !== undefined) {
    const valid =
      Array.isArray(points) &&
      points.length <= 500 &&
      points.every(
        (p: unknown) =>
          !!p &&
          typeof p === 'object' &&
          typeof (p as { projectId?: unknown }).projectId === 'string' &&
          Number.isInteger((p as { points?: unknown }).points),
      );
    if (!valid) return null;
    sheet.points = (points as { projectId: string; points: number }[]).map((p) => ({
      projectId: p.projectId,
      points: p.points,
    }));
  }
  return sheet;
}

/**
 * The sheets the form carries, in order; null when one of them cannot be
 * read (the page was tampered with, or is from another version): the agent
 * is told, rather than a sheet being dropped.
 */
export function readSheets(body: Record<string, unknown>): SheetInput[] | null {
  const raw = body[SHEETS_FIELD];
  const texts = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
  if (texts.length > MAX_SHEETS || texts.some((t) => typeof t !== 'string')) return null;
  const sheets = (texts as string[]).map(decodeSheet);
  return sheets.every((s) => s !== null) ? (sheets as SheetInput[]) : null;
}

/** A sheet the API returned, as it would be entered again. */
export function sheetOfPaper(type: BallotType, sheet: PaperSheetView): SheetInput {
  switch (type) {
    case 'CUMULATIVE':
      return { points: sheet.projectIds.map((projectId, i) => ({ projectId, points: sheet.points?.[i] ?? 0 })) };
    case 'ORDINAL':
      return { ranking: sheet.projectIds };
    default:
      return { projectIds: sheet.projectIds };
  }
}

/** A sheet as the ballot form shows it. */
export function draftOfSheet(sheet: SheetInput): BallotDraft {
  return draftOf({ projectIds: sheet.projectIds ?? [], ranking: sheet.ranking ?? [], points: sheet.points ?? [] });
}

/** A sheet in words: its projects by title (with their points, or in rank order), or "blank". */
export function sheetWords(budget: Budget, sheet: SheetInput, i18n: Translator): string {
  const titles = new Map(budget.projects.map((p) => [p.id, p.title]));
  const title = (id: string) => titles.get(id) ?? id;
  const draft = draftOfSheet(sheet);
  const parts =
    budget.ballotType === 'CUMULATIVE'
      ? Object.entries(draft.points).map(([id, points]) =>
          i18n.t('budgets.chosen.points', { project: title(id), points: Number(points) }),
        )
      : budget.ballotType === 'ORDINAL'
        ? draft.ranking.map((id, i) => i18n.t('paperBatch.sheet.rank', { rank: i + 1, project: title(id) }))
        : budget.projects.filter((p) => draft.projectIds.includes(p.id)).map((p) => p.title);
  return parts.length === 0 ? i18n.t('paperBatch.sheet.blank') : parts.join(', ');
}

/** Which reading the agent kept for a sheet the two entries read differently. */
export type Reading = 'first' | 'second';

/**
 * The batch as resolved: every sheet the entries agree on, and for each
 * difference the reading kept; a sheet one entry lacks is dropped when that
 * entry's reading is kept.
 */
export function resolvedSheets(
  type: BallotType,
  agreed: readonly PaperSheetView[],
  differences: readonly { index: number; first?: PaperSheetView | null; second?: PaperSheetView | null }[],
  readings: ReadonlyMap<number, Reading>,
): SheetInput[] {
  const byIndex = new Map(differences.map((d) => [d.index, d]));
  const length = Math.max(agreed.length, ...differences.map((d) => d.index + 1));
  const sheets: SheetInput[] = [];
  for (let index = 0; index < length; index++) {
    const difference = byIndex.get(index);
    const sheet = difference
      ? readings.get(index) === 'second'
        ? difference.second
        : difference.first
      : agreed[index];
    if (sheet) sheets.push(sheetOfPaper(type, sheet));
  }
  return sheets;
}
