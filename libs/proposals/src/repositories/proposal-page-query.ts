import { decodeKeysetCursor, isPgTimestamp, isUuid } from '@quorum/common';
import { ProposalFilterInput } from '../dto/proposal-filter.input';
import { AnswerFilter } from '../types/answer-filter.enum';
import { ProposalOrder } from '../types/proposal-order.enum';
import { ProposalStatus } from '../types/proposal-status.enum';
import { PROPOSAL_COLUMNS } from './proposal-row';

/** Where a page starts: the sort key of the last row seen, and for RANDOM the seed. */
export interface ProposalCursor {
  o: ProposalOrder;
  k: string;
  id: string;
  seed?: number;
}

export interface PageQueryInput {
  consultationId: string;
  viewerId: string | null;
  /** Staff also see answers saved but not published, so the answer filter reads them. */
  viewerIsStaff?: boolean;
  filter: ProposalFilterInput;
  orderBy: ProposalOrder;
  seed: number;
  first: number;
  after: ProposalCursor | null;
}

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** Sort expression per order; every order ends with id so that keys are unique and pages stable. */
// Cursors carry the key as PostgreSQL's text (timestamps keep their microseconds) and cast it back.
const SORT: Record<ProposalOrder, { key: (seed: string) => string; type: string; direction: 'ASC' | 'DESC' }> = {
  [ProposalOrder.MOST_SUPPORTED]: { key: () => 'p.support_count', type: 'int', direction: 'DESC' },
  [ProposalOrder.RECENT]: { key: () => 'p.created_at', type: 'timestamptz', direction: 'DESC' },
  [ProposalOrder.RANDOM]: { key: (seed) => `md5(${seed} || p.id::text)`, type: 'text', direction: 'ASC' },
};

/**
 * Builds the SQL of one page of `proposals` and of its total count, with
 * keyset pagination. Hidden proposals never appear; drafts only to their
 * author when asked for; withdrawn ones only when asked for.
 */
export function buildPageQuery(input: PageQueryInput): { page: SqlQuery; count: SqlQuery; sortKeyOf: string } {
  const values: unknown[] = [input.consultationId];
  const param = (value: unknown): string => `$${values.push(value)}`;
  const where = [
    'p.consultation_id = $1',
    'p.hidden_at IS NULL',
    statusCondition(input.filter.status, input.viewerId, param),
  ];
  // "Mine" never widens the listing: a visitor has no proposals, so nothing matches.
  if (input.filter.mine) where.push(input.viewerId ? `p.author_id = ${param(input.viewerId)}` : 'false');
  if (input.filter.categoryId) where.push(`p.category_id = ${param(input.filter.categoryId)}`);
  if (input.filter.districtId) where.push(`p.district_id = ${param(input.filter.districtId)}`);
  if (input.filter.answer) where.push(answerCondition(input.filter.answer, input.viewerIsStaff === true));
  if (input.filter.thresholdReached !== undefined && input.filter.thresholdReached !== null)
    where.push(
      `${input.filter.thresholdReached ? '' : 'NOT '}EXISTS (SELECT 1 FROM consultations t WHERE t.id = p.consultation_id AND t.support_threshold > 0 AND p.support_count >= t.support_threshold)`,
    );
  const search = input.filter.search?.trim();
  if (search)
    where.push(
      `quorum_french_document(p.title, p.body) @@ websearch_to_tsquery('french', quorum_unaccent(${param(search)}))`,
    );
  const count: SqlQuery = {
    text: `SELECT count(*)::int AS count FROM proposals p WHERE ${where.join(' AND ')}`,
    values: [...values],
  };

  const sort = SORT[input.orderBy];
  const key = sort.key(input.orderBy === ProposalOrder.RANDOM ? `${param(String(input.seed))}::text` : '');
  if (input.after) {
    const comparison = sort.direction === 'DESC' ? '<' : '>';
    where.push(
      `(${key}, p.id) ${comparison} (${param(String(input.after.k))}::${sort.type}, ${param(input.after.id)}::uuid)`,
    );
  }
  const text = `SELECT ${PROPOSAL_COLUMNS}, ${key}::text AS "sortKey" FROM proposals p
    WHERE ${where.join(' AND ')}
    ORDER BY ${key} ${sort.direction}, p.id ${sort.direction}
    LIMIT ${param(input.first + 1)}`;
  return { page: { text, values }, count, sortKeyOf: 'sortKey' };
}

function statusCondition(
  status: ProposalStatus | undefined,
  viewerId: string | null,
  param: (v: unknown) => string,
): string {
  switch (status) {
    case undefined:
      return `p.state = 'PUBLISHED'`;
    case ProposalStatus.DRAFT:
      return viewerId ? `p.state = 'DRAFT' AND p.author_id = ${param(viewerId)}` : 'false';
    case ProposalStatus.WITHDRAWN:
      return `p.state = 'WITHDRAWN'`;
    case ProposalStatus.PUBLISHED:
      return `p.state = 'PUBLISHED' AND p.answer_status IS NULL`;
    default:
      return `p.state = 'PUBLISHED' AND p.answer_status = ${param(status)}`;
  }
}

/**
 * The answer filter. A published answer is copied onto the proposal
 * (answer_status); a saved one exists only in proposal_answers, which only
 * staff may know about: for anyone else, SAVED matches nothing and NONE
 * means "nothing published".
 */
function answerCondition(answer: AnswerFilter, viewerIsStaff: boolean): string {
  const saved = `EXISTS (SELECT 1 FROM proposal_answers a WHERE a.proposal_id = p.id AND a.published_at IS NULL)`;
  switch (answer) {
    case AnswerFilter.PUBLISHED:
      return 'p.answer_status IS NOT NULL';
    case AnswerFilter.SAVED:
      return viewerIsStaff ? saved : 'false';
    case AnswerFilter.NONE:
      return viewerIsStaff ? `p.answer_status IS NULL AND NOT ${saved}` : 'p.answer_status IS NULL';
  }
}

/** The consultation (visibility, support threshold) and the page's total count, in one round trip. */
export function consultationAndCountQuery(count: SqlQuery): SqlQuery {
  return {
    text: `SELECT c.id, c.support_threshold AS "supportThreshold", c.published_at AS "publishedAt", (${count.text}) AS count
      FROM consultations c WHERE c.id = $1`,
    values: count.values,
  };
}

/** Public names of authors (erasure has already replaced an erased account's name with the former-participant label). */
export const PUBLIC_AUTHORS_SQL = `SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`;

const KEY_SHAPES: Record<ProposalOrder, (key: unknown) => boolean> = {
  [ProposalOrder.MOST_SUPPORTED]: (key) => typeof key === 'string' && /^\d{1,9}$/.test(key),
  [ProposalOrder.RECENT]: isPgTimestamp,
  [ProposalOrder.RANDOM]: (key) => typeof key === 'string' && /^[0-9a-f]{32}$/.test(key),
};

/**
 * Decodes a cursor of this ordering (a cursor from another listing would skip
 * or repeat rows) whose values each fit their SQL type, so a forged cursor is
 * refused instead of failing in the database.
 */
export function decodeProposalCursor(cursor: string, orderBy: ProposalOrder): ProposalCursor {
  const isSeed = (seed: unknown) => Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) < 2 ** 31;
  return decodeKeysetCursor<ProposalCursor>(
    cursor,
    { o: (o) => o === orderBy, k: KEY_SHAPES[orderBy], id: isUuid, seed: (seed) => seed === undefined || isSeed(seed) },
    'after',
    'does not belong to this ordering',
  );
}
