import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { EmailInput, PasswordInput } from './account-fields.component';
import type { SignInField } from './account-forms';

export function SignInPage({ form, next }: { form: FormView<SignInField>; next?: string }) {
  const t = useT();
  return (
    <FormPage title={t('accounts.signIn.title')} form={form} scripts={['password-toggle']}>
      <p>{t('accounts.signIn.intro')}</p>
      <form class="form" method="post" action={links.signIn(next)} novalidate>
        <CsrfField />
        <EmailInput form={form} />
        <PasswordInput form={form} name="password" label={t('accounts.field.password')} />
        <button class="button" type="submit">
          {t('accounts.signIn.submit')}
        </button>
      </form>
      <p class="aside">
        {t('accounts.signIn.noAccount')} <a href={links.signUp(next)}>{t('accounts.signIn.signUpLink')}</a>
      </p>
    </FormPage>
  );
}
