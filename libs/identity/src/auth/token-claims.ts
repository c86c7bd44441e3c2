import { Role } from '@quorum/access';

/** What a signed token says: the account and its role when it was signed. */
export interface TokenClaims {
  sub: string;
  role: Role;
  /**
   * The account's last password change (epoch ms) when the token was signed,
   * absent if it never changed. A token whose value differs from the
   * account's is refused: changing the password invalidates older tokens
   * (compared exactly, not with `iat`, whose one-second grain would let a
   * token of the same second through or refuse the new one).
   */
  pca?: number;
}

/** The `pca` claim for an account whose password last changed at `changedAt`. */
export function passwordChangeClaim(changedAt: Date | null): { pca?: number } {
  return changedAt ? { pca: changedAt.getTime() } : {};
}

/** Whether a token was signed under the account's current password. */
export function signedUnderCurrentPassword(claims: TokenClaims, changedAt: Date | null): boolean {
  return (claims.pca ?? null) === (changedAt ? changedAt.getTime() : null);
}
