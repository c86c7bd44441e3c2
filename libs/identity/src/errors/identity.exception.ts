import { DomainException } from '@quorum/common';
import type { EligibilityRule } from '../eligibility/eligibility-rule';
import type { NotEligibleReason } from '../eligibility/not-eligible-reason';
import { IdentityErrorCode } from './identity-error-code';

const NOT_ELIGIBLE_MESSAGES: Record<NotEligibleReason, (rule: EligibilityRule) => string> = {
  TOO_YOUNG: (rule) => `You must be at least ${rule.minAge} this year to take part`,
  TOO_OLD: (rule) => `This is for people aged ${rule.maxAge} at most this year`,
  AGE_UNKNOWN: () => 'This has an age limit and the census does not give your birth year: ask the town hall',
  NOT_REGISTERED_VOTER: () => 'This is for registered voters only, and the census does not list you as one',
  NOT_RESIDENT: () => 'This is for residents only; you were verified for a link to the area',
};

export class IdentityException extends DomainException<IdentityErrorCode> {}

export const identityErrors = {
  emailTaken: () =>
    new IdentityException(IdentityErrorCode.EMAIL_TAKEN, 'An account already uses this email', {
      field: 'input.email',
    }),
  invalidCredentials: () => new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS, 'Wrong email or password'),
  wrongCurrentPassword: () =>
    new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS, 'The current password is wrong', {
      field: 'input.currentPassword',
    }),
  weakPassword: (reasons: string[], codes: string[], minLength: number, field = 'input.password') =>
    new IdentityException(IdentityErrorCode.WEAK_PASSWORD, `Password too weak: ${reasons.join('; ')}`, {
      field,
      reasons,
      codes,
      minLength,
    }),
  ownRole: () =>
    new IdentityException(IdentityErrorCode.OWN_ROLE, 'Another admin must change your role', {
      field: 'input.role',
    }),
  accountBlocked: () => new IdentityException(IdentityErrorCode.ACCOUNT_BLOCKED, 'This account is blocked'),
  censusCodeUnknown: () =>
    new IdentityException(IdentityErrorCode.CENSUS_CODE_UNKNOWN, 'This code is not in the census', {
      field: 'input.censusCode',
    }),
  censusCodeAlreadyUsed: () =>
    new IdentityException(
      IdentityErrorCode.CENSUS_CODE_ALREADY_USED,
      'This census entry already verified another account',
      {
        field: 'input.censusCode',
      },
    ),
  censusImportTooLong: (
    maxSeconds: number,
    stoppedAtLine: number,
    counts: { added: number; alreadyPresent: number; malformed: number },
  ) =>
    new IdentityException(
      IdentityErrorCode.CENSUS_IMPORT_TOO_LONG,
      `The import stopped after ${maxSeconds} s, at line ${stoppedAtLine}; the lines before it were imported. ` +
        'Fix the refused lines, or import a large file with the CLI (census:import); importing again adds nothing twice',
      {
        maxSeconds,
        stoppedAtLine,
        added: counts.added,
        alreadyPresent: counts.alreadyPresent,
        malformed: counts.malformed,
      },
    ),
  tokenInvalid: () =>
    new IdentityException(IdentityErrorCode.TOKEN_INVALID, 'This link is invalid, expired or already used', {
      field: 'input.token',
    }),
  /** The reason and the rule's limits are in `extensions`, for clients to word the refusal. */
  notEligible: (reason: NotEligibleReason, rule: EligibilityRule) =>
    new IdentityException(IdentityErrorCode.NOT_ELIGIBLE, `Not eligible: ${NOT_ELIGIBLE_MESSAGES[reason](rule)}`, {
      reason,
      population: rule.population,
      minAge: rule.minAge,
      maxAge: rule.maxAge,
    }),
  alreadyVerified: () => new IdentityException(IdentityErrorCode.ALREADY_VERIFIED, 'This account is already verified'),
};
