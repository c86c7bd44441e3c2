import { PROPOSAL_COLUMNS } from './proposal-row';
import type { SqlQuery } from './proposal-page-query';

export interface SearchQueryInput {
  search: string;
  first: number;
  /** The last row of the previous page: its creation time (PostgreSQL's text) and id. */
  after: { k: string; id: string } | null;
}

/**
 * Published, visible proposals of published consultations whose title or
 * body match the words (the same French, accent-blind document and GIN index
 * as the `search` filter of `proposals`), newest first, keyset-paginated.
 */
export function buildSearchQuery(input: SearchQueryInput): { page: SqlQuery; count: SqlQuery } {
  const values: unknown[] = [input.search];
  const param = (value: unknown): string => `$${values.push(value)}`;
  const where = [
    `quorum_french_document(p.title, p.body) @@ websearch_to_tsquery('french', quorum_unaccent($1))`,
    `p.state = 'PUBLISHED'`,
    'p.hidden_at IS NULL',
    'c.published_at IS NOT NULL',
  ];
  const from = 'FROM proposals p JOIN consultations c ON c.id = p.consultation_id';
  const count: SqlQuery = {
    text: `SELECT count(*)::int AS count ${from} WHERE ${where.join(' AND ')}`,
    values: [...values],
  };
  if (input.after)
    where.push(`(p.created_at, p.id) < (${param(input.after.k)}::timestamptz, ${param(input.after.id)}::uuid)`);
  const text = `SELECT ${PROPOSAL_COLUMNS}, p.created_at::text AS "sortKey", c.support_threshold AS "supportThreshold"
    ${from} WHERE ${where.join(' AND ')}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${param(input.first + 1)}`;
  return { page: { text, values }, count };
}
