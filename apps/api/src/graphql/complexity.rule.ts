import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import {
  ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { GraphqlLimitCode } from './graphql-limit-code';

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
      extensions: { code: GraphqlLimitCode.QUERY_TOO_COMPLEX },
    });
  }
}

/** Variables longer than this (a census import's lines, say) are not worth a cache key. */
const MAX_KEY_LENGTH = 2048;

/**
 * Costs remembered, per process, within a bound in bytes: anyone may send documents, and a cache per
 * document (Mercurius keeps about two thousand parsed) would let anonymous callers pin hundreds of MB.
 */
const COSTS = new LRUCache<string, number>({
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (_, key) => 64 + 2 * key.length,
});
/** A number per schema and per parsed document, so that keys stay short; both die with their object. */
const IDS = new WeakMap<object, number>();
let lastId = 0;
const idOf = (object: object): number => {
  let id = IDS.get(object);
  if (id === undefined) IDS.set(object, (id = ++lastId));
  return id;
};

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
  const key = `${idOf(schema)}:${idOf(document)}:${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  if (key.length > MAX_KEY_LENGTH) return compute();
  let cost = COSTS.get(key);
  if (cost === undefined) COSTS.set(key, (cost = compute()));
  return cost;
}
