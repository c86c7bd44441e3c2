import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { TextField } from '../forms/text-field.component';
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
        <TextField
          form={form}
          name="currentPassword"
          type="password"
          label={t('accounts.field.currentPassword')}
          autocomplete="current-password"
          passwordToggle
        />
        <TextField
          form={form}
          name="newPassword"
          type="password"
          label={t('accounts.field.newPassword')}
          hint={t('accounts.field.newPassword.hint', { min: minLength })}
          autocomplete="new-password"
          passwordToggle
        />
        <button class="button" type="submit">
          {t('accounts.password.submit')}
        </button>
      </form>
      <p class="aside">
        <a href={links.account()}>{t('accounts.backToAccount')}</a>
      </p>
    </FormPage>
  );
}
