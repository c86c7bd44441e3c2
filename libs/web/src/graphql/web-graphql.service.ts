import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { GraphqlContext, QuorumRequest } from '@quorum/access';
import type { FastifyReply } from 'fastify';
import { GraphqlFailure, PageDataError, refusedVariables, toFailure } from './graphql-failure';

interface ExecutionResult {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

type Runner = (source: string, context: object, variables?: object) => Promise<ExecutionResult>;

export type MutationOutcome<R> = { ok: true; data: R } | { ok: false; failures: GraphqlFailure[] };

/** Variables are optional only for documents that take none. */
type VariablesArg<V> = [V] extends [Record<string, never>] ? [variables?: V] : [variables: V];

/**
 * Runs the website's typed GraphQL documents in-process, through Mercurius
 * and the same schema, hooks (depth, aliases, complexity), guards and error
 * formatting as /graphql, with the visitor's request as context: resolvers
 * see the account the session signed in (`req.quorumAuth`) and the rate
 * limits count the visitor's IP. The site can show nothing an API client
 * could not see.
 */
@Injectable()
export class WebGraphql {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  async execute<R, V>(
    req: QuorumRequest,
    reply: FastifyReply,
    document: DocumentTypeDecoration<R, V>,
    ...[variables]: VariablesArg<V>
  ): Promise<{ data: R | null; failures: GraphqlFailure[] }> {
    const context: GraphqlContext = { req, reply };
    const result = await this.runner()(String(document), context, variables ?? undefined).catch(
      (error: unknown): ExecutionResult => refusedVariables(error),
    );
    return { data: (result.data ?? null) as R | null, failures: (result.errors ?? []).map(toFailure) };
  }

  /** A page's data; any error ends the page (the web error filter picks the page for its code). */
  async query<R, V>(
    req: QuorumRequest,
    reply: FastifyReply,
    document: DocumentTypeDecoration<R, V>,
    ...variables: VariablesArg<V>
  ): Promise<R> {
    const { data, failures } = await this.execute(req, reply, document, ...variables);
    if (failures.length > 0 || !data) throw new PageDataError(failures[0] ?? toFailure({ message: 'No data' }));
    return data;
  }

  /** A form's mutation: refusals come back to the form to show at its fields. */
  async mutate<R, V>(
    req: QuorumRequest,
    reply: FastifyReply,
    document: DocumentTypeDecoration<R, V>,
    ...variables: VariablesArg<V>
  ): Promise<MutationOutcome<R>> {
    const { data, failures } = await this.execute(req, reply, document, ...variables);
    if (failures.length > 0 || !data) return { ok: false, failures };
    return { ok: true, data };
  }

  private runner(): Runner {
    const fastify = this.adapterHost.httpAdapter.getInstance() as unknown as { graphql: Runner };
    return fastify.graphql.bind(fastify);
  }
}
