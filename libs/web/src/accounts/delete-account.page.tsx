import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { accountBreadcrumb } from './account-breadcrumb';
import { PasswordInput } from './account-fields.component';
import type { DeleteAccountField } from './account-forms';

/** The confirmation the API requires: the password, and whether contributions go too. */
export function DeleteAccountPage({ form }: { form: FormView<DeleteAccountField> }) {
  const t = useT();
  const title = t('accounts.delete.title');
  const crumbs = accountBreadcrumb(t, title);
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs} scripts={['password-toggle']}>
      <p>{t('accounts.delete.intro')}</p>
      <ul>
        <li>{t('accounts.delete.erased')}</li>
        <li>{t('accounts.delete.ballots')}</li>
        <li>{t('accounts.delete.contributions')}</li>
      </ul>
      <p>{t('accounts.delete.myDataFirst')}</p>
      <form class="form" method="post" action={links.accountDeletion()} novalidate>
        <CsrfField />
        <PasswordInput
          form={form}
          name="password"
          label={t('accounts.field.confirmPassword')}
          hint={t('accounts.field.confirmPassword.hint')}
        />
        <div class="field checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id="deleteContributions"
            name="deleteContributions"
            value="on"
            checked={form.values.deleteContributions === 'on'}
          />
          <label class="checkbox__label" for="deleteContributions">
            {t('accounts.delete.alsoContributions')}
          </label>
        </div>
        <button class="button button--danger" type="submit">
          {t('accounts.delete.submit')}
        </button>
      </form>
      <p class="aside">
        <a href={links.account()}>{t('accounts.delete.cancel')}</a>
      </p>
    </FormPage>
  );
}
