import { DomainException } from '@quorum/common';
import { IdentityErrorCode } from './identity-error-code';

export class IdentityException extends DomainException<IdentityErrorCode> {}

export const identityErrors = {
  emailTaken: () =>
    new IdentityException(IdentityErrorCode.EMAIL_TAKEN, 'An account already uses this email', {
      field: 'input.email',
    }),
  invalidCredentials: () => new IdentityException(IdentityErrorCode.INVALID_CREDENTIALS, 'Wrong email or password'),
  weakPassword: (reasons: string[]) =>
    new IdentityException(IdentityErrorCode.WEAK_PASSWORD, `Password too weak: ${reasons.join('; ')}`, {
      field: 'input.password',
      reasons,
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
  alreadyVerified: () => new IdentityException(IdentityErrorCode.ALREADY_VERIFIED, 'This account is already verified'),
  notVerified: () => new IdentityException(IdentityErrorCode.NOT_VERIFIED, 'Verify your residency first'),
};
