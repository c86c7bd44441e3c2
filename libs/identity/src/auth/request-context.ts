import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserWithStatus } from '../services/user.service';
import { AuthenticatedUser } from './authenticated-user';

export interface AuthState {
  user: AuthenticatedUser | null;
  /** The account row loaded to authenticate, reused by resolvers that show it (`me`). */
  account: UserWithStatus | null;
  /** Set when a token was sent but is forged, expired, or names a gone account. */
  invalidToken: boolean;
}

export type QuorumRequest = FastifyRequest & { quorumAuth?: AuthState };

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
