import type { FormSpec } from '../../forms/form';

export type LookupField = 'recherche';
export type VerifyField = 'compte' | 'code' | 'quartier' | 'motif';

export const LOOKUP_FORM: FormSpec<LookupField> = {
  fields: {
    recherche: { path: 'search', required: 'verification.search.required', invalid: 'verification.search.invalid' },
  },
};

/** In-person verification: the account found, the census code read at the desk, the district if needed, why. */
export const VERIFY_FORM: FormSpec<VerifyField> = {
  fields: {
    compte: {
      path: 'input.userId',
      required: 'verification.account.required',
      invalid: 'verification.account.invalid',
    },
    code: { path: 'input.censusCode', required: 'verification.code.required', invalid: 'verification.code.invalid' },
    quartier: { path: 'input.districtId', invalid: 'verification.district.invalid' },
    motif: { path: 'input.reason', required: 'verification.reason.required', invalid: 'verification.reason.invalid' },
  },
  codes: {
    NOT_FOUND: { field: 'compte', message: 'verification.account.invalid' },
    ACCOUNT_BLOCKED: { field: 'compte', message: 'verification.account.blocked' },
    ALREADY_VERIFIED: { field: 'compte', message: 'verification.account.alreadyVerified' },
    CENSUS_CODE_UNKNOWN: { field: 'code', message: 'verification.code.unknown' },
    CENSUS_CODE_ALREADY_USED: { field: 'code', message: 'verification.code.used' },
  },
};
