import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffApiKeysQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';
import { StaffSection } from '../staff-section.component';

export type ApiKeyField = 'nom';

export interface ApiKeysPageProps {
  data: StaffApiKeysQuery;
  form: FormView<ApiKeyField>;
  /** The key just created, shown this once. */
  created?: { name: string; key: string };
}

/** Open311 api_keys (issue #21, point 7, admins): the clients, a new key shown once, revocation. */
export function ApiKeysPage({ data, form, created }: ApiKeysPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const keys = data.open311ApiKeys;
  return (
    <StaffLayout title={t('staffAdmin.apiKeys.title')} form={form}>
      <p>{t('staffAdmin.apiKeys.intro')}</p>
      {created && (
        <div class="panel api-key-created" role="status">
          <h2>{t('staffAdmin.apiKeys.created.title', { name: created.name })}</h2>
          <p>{t('staffAdmin.apiKeys.created.once')}</p>
          <p>
            <code class="api-key-created__key">{created.key}</code>
          </p>
        </div>
      )}
      <StaffSection id="new-key-title" title={t('staffAdmin.apiKeys.new.title')}>
        <form method="post" action={staffLinks.apiKeys()} novalidate>
          <CsrfField />
          <TextField
            form={form}
            name="nom"
            label={t('staffAdmin.apiKeys.new.name')}
            hint={t('staffAdmin.apiKeys.new.nameHint')}
          />
          <button type="submit" class="button">
            {t('staffAdmin.apiKeys.new.submit')}
          </button>
        </form>
      </StaffSection>
      <StaffSection id="keys-title" title={t('staffAdmin.apiKeys.list.title')}>
        {keys.length === 0 ? (
          <p>{t('staffAdmin.apiKeys.list.none')}</p>
        ) : (
          <ul class="card-list api-keys">
            {keys.map((key) => (
              <li class="card" key={key.id}>
                <h3 class="card__title">{key.name}</h3>
                <p>
                  {t('staffAdmin.apiKeys.list.createdAt', { date: i18n.dateTime(key.createdAt) })} ·{' '}
                  <strong>
                    {key.revokedAt
                      ? t('staffAdmin.apiKeys.list.revokedAt', { date: i18n.dateTime(key.revokedAt) })
                      : t('staffAdmin.apiKeys.list.active')}
                  </strong>
                </p>
                {!key.revokedAt && (
                  <form method="post" action={staffLinks.apiKeyRevoke(key.id)} class="inline-form">
                    <CsrfField />
                    <button type="submit" class="button button--danger">
                      {t('staffAdmin.apiKeys.revoke')}
                      <span class="visually-hidden"> – {key.name}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </StaffSection>
    </StaffLayout>
  );
}
