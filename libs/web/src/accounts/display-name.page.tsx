import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { TextField } from '../forms/text-field.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { accountBreadcrumb } from './account-breadcrumb';
import type { DisplayNameField } from './account-forms';

export function DisplayNamePage({ form }: { form: FormView<DisplayNameField> }) {
  const t = useT();
  const title = t('accounts.displayName.title');
  const crumbs = accountBreadcrumb(t, title);
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      <form class="form" method="post" action={links.accountName()} novalidate>
        <CsrfField />
        <TextField
          form={form}
          name="displayName"
          label={t('accounts.field.displayName')}
          hint={t('accounts.field.displayName.hint')}
          autocomplete="nickname"
        />
        <button class="button" type="submit">
          {t('accounts.save')}
        </button>
      </form>
      <p class="aside">
        <a href={links.account()}>{t('accounts.backToAccount')}</a>
      </p>
    </FormPage>
  );
}
