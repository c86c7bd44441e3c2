import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedUser } from '../types/authenticated-user';
import { requestOf } from '../request/request-context';

/** The signed-in account, or null on public operations called anonymously. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | null => requestOf(context).quorumAuth?.user ?? null,
);
