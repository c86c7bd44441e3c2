import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { AccountSettingsPage } from './account-settings-page.component';
import { DisplayNameInput } from './account-fields.component';
import type { DisplayNameField } from './account-forms';

export function DisplayNamePage({ form }: { form: FormView<DisplayNameField> }) {
  const t = useT();
  const title = t('accounts.displayName.title');
  return (
    <AccountSettingsPage title={title} form={form}>
      <form class="form" method="post" action={links.accountName()} novalidate>
        <CsrfField />
        <DisplayNameInput form={form} />
        <button class="button" type="submit">
          {t('accounts.save')}
        </button>
      </form>
    </AccountSettingsPage>
  );
}
