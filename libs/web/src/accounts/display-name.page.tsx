import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { accountBreadcrumb } from './account-breadcrumb';
import { DisplayNameInput } from './account-fields.component';
import type { DisplayNameField } from './account-forms';
import { BackToAccount } from './back-to-account.component';

export function DisplayNamePage({ form }: { form: FormView<DisplayNameField> }) {
  const t = useT();
  const title = t('accounts.displayName.title');
  const crumbs = accountBreadcrumb(t, title);
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      <form class="form" method="post" action={links.accountName()} novalidate>
        <CsrfField />
        <DisplayNameInput form={form} />
        <button class="button" type="submit">
          {t('accounts.save')}
        </button>
      </form>
      <BackToAccount />
    </FormPage>
  );
}
