import type { FormView } from '../forms/form';
import { TextField } from '../forms/text-field.component';
import { useT } from '../http/page-context';

/** The name others see, as signing up asks for it and the account page changes it. */
export function DisplayNameInput<N extends string>({ form }: { form: FormView<N | 'displayName'> }) {
  const t = useT();
  return (
    <TextField
      form={form}
      name="displayName"
      label={t('accounts.field.displayName')}
      hint={t('accounts.field.displayName.hint')}
      autocomplete="nickname"
    />
  );
}

/** The account's address, typed as browsers and phone keyboards expect an address. */
export function EmailInput<N extends string>({ form, hint }: { form: FormView<N | 'email'>; hint?: string }) {
  const t = useT();
  return (
    <TextField
      form={form}
      name="email"
      type="email"
      label={t('accounts.field.email')}
      hint={hint}
      autocomplete="email"
      spellcheck={false}
      autocapitalize="none"
    />
  );
}

/**
 * A password, never sent back in the page, with a show/hide button when
 * JavaScript runs; `chosen` for one being set (new-password: browsers offer
 * to generate it), otherwise the one the person has (current-password).
 */
export function PasswordInput<N extends string>(props: {
  form: FormView<N>;
  name: N;
  label: string;
  hint?: string;
  chosen?: boolean;
}) {
  return (
    <TextField
      form={props.form}
      name={props.name}
      type="password"
      label={props.label}
      hint={props.hint}
      autocomplete={props.chosen ? 'new-password' : 'current-password'}
      passwordToggle
    />
  );
}
