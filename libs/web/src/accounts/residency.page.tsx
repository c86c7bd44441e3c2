import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { usePage, useT } from '../http/page-context';
import { links } from '../routes/paths';
import type { ResidencyField } from './account-forms';
import { CensusCodeField } from '../forms/census-code-field.component';

function Verified() {
  const t = useT();
  return (
    <>
      <div class="panel">
        <h2>{t('accounts.residency.done.title')}</h2>
        <p>{t('accounts.residency.done.body')}</p>
      </div>
      <p>
        <a href={links.home()}>{t('accounts.residency.done.home')}</a>
      </p>
    </>
  );
}

export function ResidencyPage({ form, next }: { form: FormView<ResidencyField>; next?: string }) {
  const { viewer } = usePage();
  const t = useT();
  const title = t('accounts.residency.title');
  const crumbs = [{ label: t('layout.nav.home'), href: links.home() }, { label: title }];
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      {viewer?.verified ? (
        <Verified />
      ) : (
        <>
          <p>{t('accounts.residency.intro')}</p>
          <form class="form" method="post" action={links.residency(next)} novalidate>
            <CsrfField />
            <CensusCodeField
              form={form}
              name="censusCode"
              label={t('accounts.residency.field')}
              hint={t('accounts.residency.hint')}
            />
            <button class="button" type="submit">
              {t('accounts.residency.submit')}
            </button>
          </form>
          <section class="aside" aria-labelledby="no-code-title">
            <h2 id="no-code-title">{t('accounts.residency.noCode.title')}</h2>
            <p>{t('accounts.residency.noCode.body')}</p>
          </section>
        </>
      )}
    </FormPage>
  );
}
