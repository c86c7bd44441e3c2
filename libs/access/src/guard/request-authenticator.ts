import { QuorumRequest, AuthState } from '../request/request-context';

/**
 * Finds who sends a request (identity implements it from the Bearer token).
 * Called by the access guard on every operation; the result is kept on the
 * request as `quorumAuth`, which `@CurrentUser()` reads.
 */
export abstract class RequestAuthenticator {
  abstract authenticate(request: QuorumRequest): Promise<AuthState>;
}
