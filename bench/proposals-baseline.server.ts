// The baseline of bench:proposals: plain Fastify and pg running the same SQL as
// the API for the first page of proposals (page, count, authors), no GraphQL.
import Fastify from 'fastify';
import { Pool } from 'pg';
import {
  buildPageQuery,
  consultationAndCountQuery,
  PUBLIC_AUTHORS_SQL,
} from '../libs/proposals/src/repositories/proposal-page-query';
import { ProposalOrder } from '../libs/proposals/src/types/proposal-order.enum';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
});
const app = Fastify({ logger: false });

app.get('/proposals', async (request) => {
  const { consultationId } = request.query as { consultationId: string };
  const query = buildPageQuery({
    consultationId,
    viewerId: null,
    filter: {},
    orderBy: ProposalOrder.MOST_SUPPORTED,
    seed: 0,
    first: 20,
    after: null,
  });
  const consultationAndCount = consultationAndCountQuery(query.count);
  const [page, count] = await Promise.all([
    pool.query(query.page.text, query.page.values),
    pool.query(consultationAndCount.text, consultationAndCount.values),
  ]);
  const rows = page.rows.slice(0, 20);
  const authors = await pool.query(PUBLIC_AUTHORS_SQL, [[...new Set(rows.map((r) => r.authorId))]]);
  const byId = new Map(authors.rows.map((a) => [a.id, { id: a.id, displayName: a.displayName }]));
  return {
    totalCount: count.rows[0].count,
    edges: rows.map((r) => ({
      node: { id: r.id, title: r.title, supportCount: r.supportCount, author: byId.get(r.authorId) },
    })),
  };
});

void app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
