import type { QuorumRequest } from '@quorum/access';
import type { FastifyReply } from 'fastify';

/** A website request: the API's request, with the cookies @fastify/cookie parsed. */
export type WebRequest = QuorumRequest;

export type WebReply = FastifyReply;

/** The submitted form, as the urlencoded parser left it (repeated names are arrays). */
export function formBody(req: WebRequest): Record<string, unknown> {
  return req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
}

/** A query-string parameter, when given once as text. */
export function queryParam(req: WebRequest, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
