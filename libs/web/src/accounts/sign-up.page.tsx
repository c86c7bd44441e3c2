import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { DisplayNameInput, EmailInput, PasswordInput } from './account-fields.component';
import type { SignUpField } from './account-forms';

export function SignUpPage(props: { form: FormView<SignUpField>; next?: string; passwordMinLength: number }) {
  const { form, next } = props;
  const t = useT();
  return (
    <FormPage title={t('accounts.signUp.title')} form={form} scripts={['password-toggle']}>
      <p>{t('accounts.signUp.intro')}</p>
      <form class="form" method="post" action={links.signUp(next)} novalidate>
        <CsrfField />
        <DisplayNameInput form={form} />
        <EmailInput form={form} hint={t('accounts.field.email.hint')} />
        <PasswordInput
          form={form}
          name="password"
          label={t('accounts.field.password')}
          hint={t('accounts.field.newPassword.hint', { min: props.passwordMinLength })}
          chosen
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
