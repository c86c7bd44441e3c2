import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { PasswordInput } from './account-fields.component';
import { BackToAccount } from './back-to-account.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { accountBreadcrumb } from './account-breadcrumb';
import type { PasswordChangeField } from './account-forms';

export function PasswordChangePage({ form, minLength }: { form: FormView<PasswordChangeField>; minLength: number }) {
  const t = useT();
  const title = t('accounts.password.title');
  const crumbs = accountBreadcrumb(t, title);
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs} scripts={['password-toggle']}>
      <p>{t('accounts.password.intro')}</p>
      <form class="form" method="post" action={links.accountPassword()} novalidate>
        <CsrfField />
        <PasswordInput form={form} name="currentPassword" label={t('accounts.field.currentPassword')} />
        <PasswordInput
          form={form}
          name="newPassword"
          label={t('accounts.field.newPassword')}
          hint={t('accounts.field.newPassword.hint', { min: minLength })}
          chosen
        />
        <button class="button" type="submit">
          {t('accounts.password.submit')}
        </button>
      </form>
      <BackToAccount />
    </FormPage>
  );
}
