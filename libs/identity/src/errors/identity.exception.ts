import { DomainException } from '@quorum/common';
import { IdentityErrorCode } from './identity-error-code';

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
  alreadyVerified: () => new IdentityException(IdentityErrorCode.ALREADY_VERIFIED, 'This account is already verified'),
};
