import type { VNode } from 'preact';
import type { LayoutDataFragment } from '../graphql/generated/graphql';
import { PageDataError, type GraphqlFailure } from '../graphql/graphql-failure';
import type { PageRenderer } from '../http/page-renderer.service';
import { queryParam, type WebReply, type WebRequest } from '../http/web-request';

/** The cursor of a keyset-paginated list (`apres`): undefined on its first page. */
export function afterCursor(req: WebRequest): string | undefined {
  return queryParam(req, 'apres') || undefined;
}

/**
 * The data of a keyset-paginated list. A cursor (`apres`) the API refuses,
 * edited or from an older version, sends back to the first page rather than
 * to an error page; any other failure ends the page as `WebGraphql.query` does.
 */
export function pageData<R>(
  result: { data: R | null; failures: GraphqlFailure[] },
  after: string | undefined,
): { data: R } | { restart: true } {
  if (result.data && result.failures.length === 0) return { data: result.data };
  const refused = result.failures.every(
    (f) => f.code === 'VALIDATION_FAILED' || f.code === 'GRAPHQL_VALIDATION_FAILED',
  );
  if (after !== undefined && result.failures.length > 0 && refused) return { restart: true };
  throw new PageDataError(
    result.failures[0] ?? { code: 'INTERNAL_SERVER_ERROR', message: 'No data', fields: [], details: {} },
  );
}

/** A page of a staff list: its page component with the data, or a redirect to `firstPage` (see pageData). */
export async function sendListPage<R extends LayoutDataFragment>(
  pages: PageRenderer,
  req: WebRequest,
  reply: WebReply,
  list: { result: { data: R | null; failures: GraphqlFailure[] }; after: string | undefined; firstPage: string },
  // Any page component: its props are checked where it is created (h(Page, props)).
  view: (data: R) => VNode<any>,
  status = 200,
): Promise<void> {
  const page = pageData(list.result, list.after);
  if (!('data' in page)) return pages.redirect(reply, list.firstPage);
  await pages.send(req, reply, page.data, view(page.data), status);
}
