import { join } from 'node:path';
import { MercuriusDriverConfig } from '@nestjs/mercurius';
import { formatGraphqlError } from '@quorum/common';
import { AppConfig } from '@quorum/config';
import { GraphqlContext } from '@quorum/identity';
import { GraphQLError } from 'graphql';
import { Logger } from 'nestjs-pino';
import { assertComplexity } from './complexity.rule';

export const SCHEMA_FILE = join(process.cwd(), 'schema.gql');

// The API builds its schema in memory; `npm run schema:write` writes the committed copy.

export function graphqlOptions(
  config: AppConfig,
  logger: Logger,
  schemaFile: string | boolean = true,
): MercuriusDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: schemaFile,
    sortSchema: true,
    graphiql: config.graphql.ide,
    queryDepth: config.graphql.maxDepth,
    allowBatchedQueries: false,
    // graphql-jit would double throughput (docs/PERFORMANCE.md) but drops input-object default values, so it stays off.
    jit: 0,
    hooks: {
      preExecution: (schema, document, context, variables) => {
        const body = context.reply.request.body as { operationName?: string } | undefined;
        assertComplexity(schema, document, variables, body?.operationName, config.graphql.maxComplexity);
      },
    },
    context: (req, reply): GraphqlContext => ({ req, reply }),
    errorFormatter: (execution) => {
      const log = { error: (o: Record<string, unknown>, m: string) => logger.error(o, m) };
      const errors = execution.errors.flatMap(unwrapAggregate).map((e) => formatGraphqlError(e, log));
      // Errors raised by resolvers are answers (200); a request that never reached them is a bad request (400).
      const executed = execution.data !== undefined || execution.errors.some((e) => e.path !== undefined);
      return { statusCode: executed ? 200 : 400, response: { data: execution.data ?? null, errors } };
    },
  };
}

/** Mercurius reports parse and validation failures as one error wrapping the list. */
function unwrapAggregate(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map(
    (e: { message: string; locations?: readonly { line: number; column: number }[] }) =>
      new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  );
}
