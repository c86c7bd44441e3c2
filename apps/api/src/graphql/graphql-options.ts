import { GraphqlContext } from '@quorum/access';
import { join } from 'node:path';
import { MercuriusDriverConfig } from '@nestjs/mercurius';
import { formatGraphqlError } from '@quorum/common';
import { AppConfig } from '@quorum/config';
import { GraphQLError } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Logger } from 'nestjs-pino';
import { assertAliasCount } from './alias-limit.rule';
import { assertComplexity } from './complexity.rule';
import { GraphqlLimitCode } from './graphql-limit-code';

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
    // Strict RFC 3339: Nest's default DateTime scalar rolls 2026-02-30 over to 2 March instead of refusing it.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
    graphiql: config.graphql.ide,
    queryDepth: config.graphql.maxDepth,
    allowBatchedQueries: false,
    // graphql-jit would double throughput (docs/PERFORMANCE.md) but drops input-object default values, so it stays off.
    jit: 0,
    hooks: {
      // Before parsing: the cost of parsing grows with the text, and the body limit is sized for census imports.
      preParsing: (_schema, source) => {
        if (source.length > config.graphql.maxQueryLength) {
          throw new GraphQLError(
            `Query is too long: ${source.length} characters (at most ${config.graphql.maxQueryLength})`,
            {
              extensions: { code: GraphqlLimitCode.QUERY_TOO_LONG },
            },
          );
        }
      },
      preExecution: (schema, document, context, variables) => {
        assertAliasCount(schema, document, config.graphql.maxAliases);
        // Over HTTP the body names the operation; the website's in-process documents hold one each, and their
        // request's body is a form, whose fields must not choose what is measured.
        const request = context.reply.request;
        const body = request.url.startsWith('/graphql')
          ? (request.body as { operationName?: string } | undefined)
          : undefined;
        assertComplexity(schema, document, variables, body?.operationName, config.graphql.maxComplexity);
      },
    },
    context: (req, reply): GraphqlContext => ({ req, reply }),
    errorFormatter: (execution) => {
      const log = {
        error: (o: Record<string, unknown>, m: string) => logger.error(o, m),
        warn: (o: Record<string, unknown>, m: string) => logger.warn(o, m),
      };
      const errors = execution.errors.flatMap(unwrapAggregate).map((e) => formatGraphqlError(e, log));
      // Errors raised by resolvers are answers (200); a request that never reached them is a bad request (400).
      const executed = execution.data !== undefined || execution.errors.some((e) => e.path !== undefined);
      return {
        statusCode: executed ? 200 : clientStatus(execution.errors),
        response: { data: execution.data ?? null, errors },
      };
    },
  };
}

/** Fastify's own status when it refused the request itself (413 body too large, 415...), else 400. */
function clientStatus(errors: readonly GraphQLError[]): number {
  const statuses = errors.map((e) => (e.originalError as { statusCode?: number } | undefined)?.statusCode);
  return statuses.find((s) => s !== undefined && s >= 400 && s < 500) ?? 400;
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
