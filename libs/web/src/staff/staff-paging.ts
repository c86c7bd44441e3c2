import { PageDataError, type GraphqlFailure } from '../graphql/graphql-failure';

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
