import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import type { Role, StaffAccountsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { FilterText } from '../../forms/filter-fields.component';

type Account = StaffAccountsQuery['accounts']['edges'][number]['node'];

export const ROLES: Role[] = ['RESIDENT', 'STAFF', 'ADMIN'];

export interface AccountsPageProps {
  data: StaffAccountsQuery;
  search: string;
  paged: boolean;
  form?: FormView<never>;
}

function RoleForm({ account, search }: { account: Account; search: string }) {
  const t = useT();
  const id = `role-${account.id}`;
  return (
    <form method="post" action={staffLinks.accountRole(account.id)} class="account-role-form">
      <CsrfField />
      <input type="hidden" name="q" value={search} />
      <label for={id} class="visually-hidden">
        {t('staffAdmin.accounts.roleOf', { name: account.displayName })}
      </label>
      <select class="field__input" id={id} name="role">
        {ROLES.map((role) => (
          <option key={role} value={role} selected={account.role === role}>
            {t('staffAdmin.accounts.role', { role })}
          </option>
        ))}
      </select>{' '}
      <button type="submit" class="button button--secondary">
        {t('staffAdmin.accounts.change')}
        <span class="visually-hidden"> – {account.displayName}</span>
      </button>
    </form>
  );
}

/** Accounts and roles (issue #21, point 7, admins): search, then give an account a role. */
export function AccountsPage({ data, search, paged, form }: AccountsPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const list = data.accounts;
  return (
    <StaffLayout title={t('staffAdmin.accounts.title')} form={form}>
      <p>{t('staffAdmin.accounts.intro')}</p>
      <form method="get" action={staffLinks.accounts()} class="staff-filter" role="search">
        <FilterText
          id="q"
          type="search"
          label={t('staffAdmin.accounts.search')}
          hint={t('staffAdmin.accounts.searchHint')}
          value={search}
          spellcheck={false}
          autocapitalize="none"
        />
        <button type="submit" class="button button--secondary">
          {t('staffAdmin.accounts.searchSubmit')}
        </button>
      </form>
      <p class="staff-count">{t('staffAdmin.accounts.count', { count: list.totalCount })}</p>
      {list.edges.length > 0 && (
        <ul class="card-list accounts">
          {list.edges.map(({ node }) => (
            <li class="card" key={node.id}>
              <h2 class="card__title">{node.displayName}</h2>
              <p class="accounts__email">{node.email}</p>
              <p>
                <strong>{t('staffAdmin.accounts.role', { role: node.role })}</strong>
                {' · '}
                {node.verified ? t('staffAdmin.accounts.verified') : t('staffAdmin.accounts.notVerified')}
                {node.blocked && <> · {t('staffAdmin.accounts.blocked')}</>}
                {' · '}
                {t('staffAdmin.accounts.createdAt', { date: i18n.date(node.createdAt) })}
              </p>
              {node.id === data.me?.id ? (
                <p>{t('staffAdmin.accounts.self')}</p>
              ) : (
                <RoleForm account={node} search={search} />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination pageInfo={list.pageInfo} paged={paged} link={(after) => staffLinks.accounts({ search, after })} />
    </StaffLayout>
  );
}
