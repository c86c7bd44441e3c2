import type { FieldSpec, FormSpec } from '../forms/form';

export type SignInField = 'email' | 'password';
export type SignUpField = 'displayName' | 'email' | 'password';
export type ResidencyField = 'censusCode';

const EMAIL: FieldSpec = {
  path: 'input.email',
  required: 'accounts.field.email.required',
  invalid: 'accounts.field.email.invalid',
};

const PASSWORD: FieldSpec = {
  path: 'input.password',
  required: 'accounts.field.password.required',
  invalid: 'accounts.field.password.invalid',
  secret: true,
};

export const SIGN_IN_FORM: FormSpec<SignInField> = {
  fields: { email: EMAIL, password: PASSWORD },
  codes: {
    // Said at the email field, without telling which of the two is wrong.
    INVALID_CREDENTIALS: { field: 'email', message: 'accounts.signIn.invalidCredentials' },
    ACCOUNT_BLOCKED: { message: 'accounts.signIn.blocked' },
  },
};

export const SIGN_UP_FORM: FormSpec<SignUpField> = {
  fields: {
    displayName: {
      path: 'input.displayName',
      required: 'accounts.field.displayName.required',
      invalid: 'accounts.field.displayName.invalid',
    },
    email: EMAIL,
    password: PASSWORD,
  },
  codes: {
    EMAIL_TAKEN: { field: 'email', message: 'accounts.field.email.taken' },
    WEAK_PASSWORD: {
      field: 'password',
      message: 'accounts.field.password.weak',
      values: (failure, i18n) => {
        const codes = Array.isArray(failure.details.codes) ? (failure.details.codes as string[]) : [];
        const min = Number(failure.details.minLength ?? 10);
        const problems = codes.map((code) => i18n.t('accounts.password.problem', { code, min }));
        return { problems: new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(problems) };
      },
    },
  },
};

export const RESIDENCY_FORM: FormSpec<ResidencyField> = {
  fields: {
    censusCode: {
      path: 'input.censusCode',
      required: 'accounts.residency.required',
      invalid: 'accounts.residency.invalid',
    },
  },
  codes: {
    CENSUS_CODE_UNKNOWN: { field: 'censusCode', message: 'accounts.residency.unknown' },
    CENSUS_CODE_ALREADY_USED: { field: 'censusCode', message: 'accounts.residency.alreadyUsed' },
    // Verified meanwhile (another tab, or at the town hall's desk): said above the form, which then shows it done.
    ALREADY_VERIFIED: { message: 'accounts.residency.alreadyVerified' },
  },
};

export type DisplayNameField = 'displayName';
export type PasswordChangeField = 'currentPassword' | 'newPassword';
export type DeleteAccountField = 'password' | 'deleteContributions';

export const DISPLAY_NAME_FORM: FormSpec<DisplayNameField> = {
  fields: { displayName: SIGN_UP_FORM.fields.displayName },
};

export const PASSWORD_CHANGE_FORM: FormSpec<PasswordChangeField> = {
  fields: {
    currentPassword: {
      ...PASSWORD,
      path: 'input.currentPassword',
      required: 'accounts.field.currentPassword.required',
    },
    newPassword: { ...PASSWORD, path: 'input.newPassword', required: 'accounts.field.newPassword.required' },
  },
  codes: {
    INVALID_CREDENTIALS: { field: 'currentPassword', message: 'accounts.field.currentPassword.wrong' },
    WEAK_PASSWORD: { ...SIGN_UP_FORM.codes!.WEAK_PASSWORD, field: 'newPassword' },
  },
};

export const DELETE_ACCOUNT_FORM: FormSpec<DeleteAccountField> = {
  fields: {
    password: { ...PASSWORD, required: 'accounts.field.confirmPassword.required' },
    // A checkbox: "on" when ticked, absent otherwise; never refused.
    deleteContributions: { path: 'input.deleteContributions', invalid: 'forms.error.invalid' },
  },
  codes: {
    INVALID_CREDENTIALS: { field: 'password', message: 'accounts.field.currentPassword.wrong' },
  },
};

/** The data-access request has no field: its refusals (too many requests) show above the page. */
export const REQUEST_DATA_FORM: FormSpec<never> = { fields: {} };

export type MailPreferencesField = 'ballots' | 'reports' | 'follows' | 'digest';

/** Checkboxes: "on" when ticked, absent otherwise; each sent to the API as a boolean, never refused. */
export const MAIL_PREFERENCES_FORM: FormSpec<MailPreferencesField> = {
  fields: {
    ballots: { path: 'input.ballots', invalid: 'forms.error.invalid' },
    reports: { path: 'input.reports', invalid: 'forms.error.invalid' },
    follows: { path: 'input.follows', invalid: 'forms.error.invalid' },
    // Shown to staff only (the team's digest); left as it is for the others.
    digest: { path: 'input.digest', invalid: 'forms.error.invalid' },
  },
};
