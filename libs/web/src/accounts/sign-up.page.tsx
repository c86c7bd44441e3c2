import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { TextField } from '../forms/text-field.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import type { SignUpField } from './account-forms';

export function SignUpPage(props: { form: FormView<SignUpField>; next?: string; passwordMinLength: number }) {
  const { form, next } = props;
  const t = useT();
  return (
    <FormPage title={t('accounts.signUp.title')} form={form} scripts={['password-toggle']}>
      <p>{t('accounts.signUp.intro')}</p>
      <form class="form" method="post" action={links.signUp(next)} novalidate>
        <CsrfField />
        <TextField
          form={form}
          name="displayName"
          label={t('accounts.field.displayName')}
          hint={t('accounts.field.displayName.hint')}
          autocomplete="nickname"
        />
        <TextField
          form={form}
          name="email"
          type="email"
          label={t('accounts.field.email')}
          hint={t('accounts.field.email.hint')}
          autocomplete="email"
          spellcheck={false}
          autocapitalize="none"
        />
        <TextField
          form={form}
          name="password"
          type="password"
          label={t('accounts.field.password')}
          hint={t('accounts.field.newPassword.hint', { min: props.passwordMinLength })}
          autocomplete="new-password"
          passwordToggle
        />
        <p>{t('accounts.signUp.privacy')}</p>
        <button class="button" type="submit">
          {t('accounts.signUp.submit')}
        </button>
      </form>
      <p class="aside">
        {t('accounts.signUp.haveAccount')} <a href={links.signIn(next)}>{t('accounts.signUp.signInLink')}</a>
      </p>
    </FormPage>
  );
}
