import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
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
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [connectionEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (cost > maximum) {
    throw new GraphQLError(`Query is too complex: ${cost} (at most ${maximum})`, {
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  }
}
