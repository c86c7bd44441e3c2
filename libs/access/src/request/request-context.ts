import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedUser } from '../types/authenticated-user';

/** Who is calling, as the access guard found out once per request. */
export interface AuthState {
  user: AuthenticatedUser | null;
  /** Set when a token was sent but is forged, expired, or names a gone account. */
  invalidToken: boolean;
  /** The website session the caller is signed in with; null for Bearer tokens and visitors. */
  sessionId: string | null;
}

export type QuorumRequest = FastifyRequest & {
  quorumAuth?: AuthState;
  /** The website's session cookie, set by libs/web on its own routes only. */
  quorumSessionToken?: string;
};

/** What every GraphQL resolver receives as context; per-request loaders hang off it. */
export interface GraphqlContext {
  req: QuorumRequest;
  reply: FastifyReply;
}

export function requestOf(context: ExecutionContext): QuorumRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<QuorumRequest>();
}
