import type { ComponentChildren } from 'preact';
import type { ClientScript } from '../assets/client-scripts';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { useT } from '../http/page-context';
import { links } from '../routes/paths';
import { accountBreadcrumb } from './account-breadcrumb';

/** A settings page of My account: a form page under My account's trail, then the way back to the account. */
export function AccountSettingsPage<N extends string>(props: {
  title: string;
  form: FormView<N>;
  scripts?: ClientScript[];
  children: ComponentChildren;
}) {
  const t = useT();
  return (
    <FormPage
      title={props.title}
      form={props.form}
      breadcrumb={accountBreadcrumb(t, props.title)}
      scripts={props.scripts}
    >
      {props.children}
      <p class="aside">
        <a href={links.account()}>{t('accounts.backToAccount')}</a>
      </p>
    </FormPage>
  );
}
