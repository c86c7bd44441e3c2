import { EntityManager } from 'typeorm';

export interface ErasureRequest {
  userId: string;
  /** The resident also asked to delete their public contributions (otherwise they stay, without the name). */
  deleteContributions: boolean;
}

/**
 * A domain that holds personal data about an account implements this and
 * registers with `AccountErasureRegistry`; erasure runs every participant in
 * the same transaction as the account's anonymisation.
 */
export interface AccountErasureParticipant {
  readonly domain: string;
  eraseAccount(manager: EntityManager, request: ErasureRequest): Promise<void>;
}
