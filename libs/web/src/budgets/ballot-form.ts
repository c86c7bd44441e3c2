import type { FormView } from '../forms/form';
import type { BallotType, BudgetDetailsFragment, CastBallotInput } from '../graphql/generated/graphql';
import type { GraphqlFailure } from '../graphql/graphql-failure';
import type { Translator } from '../i18n/translator';

/** A ballot form has one field: its fieldset of projects (the error summary links to its first control, id "projects"). */
export type BallotField = 'projects';

/** What the visitor chose, as the form posted it (points kept as typed, to show them again). */
export interface BallotDraft {
  /** APPROVAL and KNAPSACK. */
  projectIds: string[];
  /** CUMULATIVE: points typed per project id. */
  points: Record<string, string>;
  /** ORDINAL: project id per rank, most preferred first ('' for a rank left empty). */
  ranking: string[];
}

type Budget = Pick<
  BudgetDetailsFragment,
  'id' | 'ballotType' | 'totalAmount' | 'minProjects' | 'maxProjects' | 'maxPoints' | 'minSpendingShare' | 'projects'
>;

export const EMPTY_DRAFT: BallotDraft = { projectIds: [], points: {}, ranking: [] };

export function pointsName(projectId: string): string {
  return `points-${projectId}`;
}

export function rankName(rank: number): string {
  return `rang-${rank}`;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Ranks the ordinal ballot offers: the budget's maximum, never more than the projects. */
export function rankCount(budget: Budget): number {
  const onBallot = ballotProjects(budget).length;
  return Math.min(budget.maxProjects ?? onBallot, onBallot);
}

export function ballotProjects(budget: Budget): Budget['projects'] {
  return budget.projects.filter((p) => p.onBallot);
}

/** Reads the posted form; names of projects not on the ballot are dropped. */
export function readBallot(budget: Budget, body: Record<string, unknown>): BallotDraft {
  const known = new Set(ballotProjects(budget).map((p) => p.id));
  switch (budget.ballotType) {
    case 'APPROVAL':
    case 'KNAPSACK':
      return { ...EMPTY_DRAFT, projectIds: [...new Set(strings(body.projets))].filter((id) => known.has(id)) };
    case 'CUMULATIVE': {
      const points: Record<string, string> = {};
      for (const id of known) {
        const value = strings(body[pointsName(id)])[0]?.trim() ?? '';
        if (value !== '') points[id] = value;
      }
      return { ...EMPTY_DRAFT, points };
    }
    case 'ORDINAL': {
      const ranking = Array.from({ length: rankCount(budget) }, (_, i) => {
        const id = strings(body[rankName(i + 1)])[0] ?? '';
        return known.has(id) ? id : '';
      });
      return { ...EMPTY_DRAFT, ranking };
    }
  }
}

/** The current ballot as the API returns it, as a draft to show in the form. */
export function draftOf(
  ballot:
    { projectIds: string[]; ranking: string[]; points: { projectId: string; points: number }[] } | null | undefined,
): BallotDraft {
  if (!ballot) return EMPTY_DRAFT;
  return {
    projectIds: ballot.projectIds,
    ranking: ballot.ranking,
    points: Object.fromEntries(ballot.points.map((p) => [p.projectId, String(p.points)])),
  };
}

/** Whole points only: "3", not "3.5" nor "3e0". */
function pointsValue(text: string): number {
  return /^\d{1,6}$/.test(text) ? Number(text) : NaN;
}

export function totalCost(budget: Budget, draft: BallotDraft): number {
  const cost = new Map(budget.projects.map((p) => [p.id, p.cost]));
  return draft.projectIds.reduce((sum, id) => sum + (cost.get(id) ?? 0), 0);
}

export function totalPoints(draft: BallotDraft): number {
  return Object.values(draft.points)
    .map(pointsValue)
    .reduce((sum, p) => sum + (Number.isNaN(p) ? 0 : p), 0);
}

/** The projects of the draft in the ballot's order (for ORDINAL, by rank). */
export function chosenIds(type: BallotType, draft: BallotDraft): string[] {
  if (type === 'ORDINAL') return draft.ranking.filter((id) => id !== '');
  if (type === 'CUMULATIVE') return Object.keys(draft.points).filter((id) => pointsValue(draft.points[id]) > 0);
  return draft.projectIds;
}

export function castInput(budget: Budget, draft: BallotDraft): CastBallotInput {
  switch (budget.ballotType) {
    case 'APPROVAL':
    case 'KNAPSACK':
      return { budgetId: budget.id, projectIds: draft.projectIds };
    case 'CUMULATIVE':
      return {
        budgetId: budget.id,
        points: chosenIds('CUMULATIVE', draft).map((projectId) => ({
          projectId,
          points: pointsValue(draft.points[projectId]),
        })),
      };
    case 'ORDINAL':
      return { budgetId: budget.id, ranking: chosenIds('ORDINAL', draft) };
  }
}

/**
 * What the review step refuses before showing "you are about to vote for…":
 * the rules the budget page states, checked on the figures the page has. The
 * API checks them again when the ballot is cast (its refusals read the same,
 * through `refusal`).
 */
export function ballotProblem(budget: Budget, draft: BallotDraft): string | null {
  const chosen = chosenIds(budget.ballotType, draft);
  if (budget.ballotType === 'CUMULATIVE') {
    if (Object.values(draft.points).some((p) => Number.isNaN(pointsValue(p)))) return 'INVALID_POINTS';
    if (totalPoints(draft) > (budget.maxPoints ?? 0)) return 'TOO_MANY_POINTS';
  }
  if (budget.ballotType === 'ORDINAL') {
    if (new Set(chosen).size !== chosen.length) return 'DUPLICATE_PROJECT';
    // A gap ("1st: A, 2nd: empty, 3rd: B") would be read as A then B: said rather than guessed.
    const lastRanked = draft.ranking.reduce((last, id, i) => (id === '' ? last : i), -1);
    if (draft.ranking.slice(0, lastRanked).includes('')) return 'RANK_GAP';
  }
  if (chosen.length === 0) return 'EMPTY_BALLOT';
  if (budget.minProjects !== null && budget.minProjects !== undefined && chosen.length < budget.minProjects)
    return 'TOO_FEW_PROJECTS';
  if (budget.maxProjects !== null && budget.maxProjects !== undefined && chosen.length > budget.maxProjects)
    return 'TOO_MANY_PROJECTS';
  if (budget.ballotType === 'KNAPSACK') {
    const spent = totalCost(budget, draft);
    if (spent > budget.totalAmount) return 'BUDGET_EXCEEDED';
    if (budget.minSpendingShare && spent < Number(budget.minSpendingShare) * budget.totalAmount)
      return 'MIN_SPENDING_NOT_REACHED';
  }
  return null;
}

/** Refusals said at the projects' fieldset; the others (closed, wrong district...) above the form. */
const AT_FIELD = new Set([
  'EMPTY_BALLOT',
  'RANK_GAP',
  'DUPLICATE_PROJECT',
  'UNKNOWN_PROJECT',
  'TOO_FEW_PROJECTS',
  'TOO_MANY_PROJECTS',
  'BUDGET_EXCEEDED',
  'MIN_SPENDING_NOT_REACHED',
  'POINTS_MISMATCH',
  'INVALID_POINTS',
  'TOO_MANY_POINTS',
  'TOO_FEW_POINTS',
  'PROJECT_POINTS_EXCEEDED',
]);

const GENERAL = new Set(['BALLOT_CLOSED', 'WRONG_DISTRICT', 'ALREADY_VOTED_ELSEWHERE', 'NOT_VERIFIED', 'RATE_LIMITED']);

/** Refusals about the voter rather than the ballot, worded from the error's details. */
const WHO_MAY_VOTE = new Set(['NOT_ELIGIBLE', 'VOTE_GROUP_LIMIT_REACHED']);

function whoMayVoteValues(code: string, details: Record<string, unknown>): Record<string, string | number> {
  const int = (value: unknown) => (typeof value === 'number' ? value : 0);
  return {
    code,
    reason: typeof details.reason === 'string' ? details.reason : 'other',
    min: int(details.minAge),
    max: code === 'NOT_ELIGIBLE' ? int(details.maxAge) : int(details.maxBudgets) || 1,
    group: typeof details.voteGroupTitle === 'string' ? details.voteGroupTitle : '',
  };
}

/** A refusal (the review step's or the API's) as the ballot form shows it. */
export function refusalView(
  budget: Budget,
  draft: BallotDraft,
  code: string,
  i18n: Translator,
  details: Record<string, unknown> = {},
): FormView<BallotField> {
  const view: FormView<BallotField> = { values: {}, errors: [], general: [] };
  if (WHO_MAY_VOTE.has(code)) {
    view.general.push(i18n.t('eligibility.refusal', whoMayVoteValues(code, details)));
    return view;
  }
  const values = {
    code,
    min: budget.minProjects ?? 0,
    max: budget.maxProjects ?? 0,
    amount: i18n.amount(budget.totalAmount),
    spent: i18n.amount(totalCost(budget, draft)),
    minSpending: i18n.amount(Math.ceil(Number(budget.minSpendingShare ?? 0) * budget.totalAmount)),
    points: budget.maxPoints ?? 0,
    given: totalPoints(draft),
  };
  if (AT_FIELD.has(code)) view.errors.push({ field: 'projects', text: i18n.t('budgets.ballot.refusal', values) });
  else if (GENERAL.has(code)) view.general.push(i18n.t('budgets.ballot.refusal', values));
  else view.general.push(i18n.t('forms.error.refused'));
  return view;
}

/** Failures only an error page can say (the database down, a bug, signed out meanwhile). */
export function isPageFailure(failure: GraphqlFailure): boolean {
  return ['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED', 'NOT_FOUND'].includes(failure.code);
}
