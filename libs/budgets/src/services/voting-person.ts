/**
 * Who votes, as a cast or a polling-place mark read them once at its start:
 * the census entry (the person, whatever the channel) and the account bound
 * to it. A mark always has the entry it read by code, and an account only if
 * the person verified one; a cast always has the account, and the entry its
 * verification is bound to, if any.
 */
export type VotingPerson = { censusEntryId: string; userId: string | null } | { censusEntryId: null; userId: string };
