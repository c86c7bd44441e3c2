import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { PasswordInput } from './account-fields.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { AccountSettingsPage } from './account-settings-page.component';
import type { PasswordChangeField } from './account-forms';

export function PasswordChangePage({ form, minLength }: { form: FormView<PasswordChangeField>; minLength: number }) {
  const t = useT();
  const title = t('accounts.password.title');
  return (
    <AccountSettingsPage title={title} form={form} scripts={['password-toggle']}>
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
    </AccountSettingsPage>
  );
}
