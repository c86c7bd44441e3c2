import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import {
  ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

/** A connection costs its page size times what each node asks for. */
function connectionEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number | void {
  if (typeof args.first === 'number') return 1 + childComplexity * Math.max(1, args.first);
}

/**
 * Refuses a query whose estimated cost exceeds the limit. A field costs 1,
 * a connection its page size times its nodes, and a field marked expensive
 * (`complexity` in its decorator: a receipt's proof, turnout) its weight,
 * once per alias: each alias runs its resolver again. Runs before
 * execution rather than as a validation rule because it needs the variables,
 * and Mercurius caches validation per query text.
 */
export function assertComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maximum: number,
): void {
  const cost = cachedCost(schema, document, variables, operationName);
  if (cost > maximum) {
    throw new GraphQLError(`Query is too complex: ${cost} (at most ${maximum})`, {
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  }
}

/** Variables longer than this (a census import's lines, say) are not worth a cache key. */
const MAX_KEY_LENGTH = 2048;
/** Variable sets remembered per document: a page asks with a few (its page size, a filter). */
const PER_DOCUMENT = 64;

const COSTS = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, LRUCache<string, number>>>();

/**
 * The estimate depends only on the schema, the document, the variables and the operation, and walking a
 * page's document cost about as much as running its resolvers. Mercurius hands over the same parsed document
 * for the same query text (its parse cache), so the cost is remembered per document and set of variables.
 */
function cachedCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  const compute = () =>
    getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [connectionEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  if (key.length > MAX_KEY_LENGTH) return compute();
  let byDocument = COSTS.get(schema);
  if (!byDocument) COSTS.set(schema, (byDocument = new WeakMap()));
  let costs = byDocument.get(document);
  if (!costs) byDocument.set(document, (costs = new LRUCache({ max: PER_DOCUMENT })));
  let cost = costs.get(key);
  if (cost === undefined) costs.set(key, (cost = compute()));
  return cost;
}
