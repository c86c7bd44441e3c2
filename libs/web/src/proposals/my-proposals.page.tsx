import type { MyProposalItemFragment, MyProposalPageFragment, MyProposalsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { MaybeLink } from '../layout/maybe-link.component';
import { accountBreadcrumb } from '../accounts/account-breadcrumb';
import { links, proposalFormLinks } from '../routes/paths';
import { canWithdraw } from './proposal-editor-withdraw.page';

/** Title, status in words, supports against the threshold; with `actions`, what the author may still do. */
export function MyProposalItem({ item, actions }: { item: MyProposalItemFragment; actions: boolean }) {
  const { i18n } = usePage();
  const t = useT();
  const headingId = `proposal-${item.id}`;
  // A draft has no public page: its link is the form.
  const href = item.status === 'DRAFT' ? proposalFormLinks.editProposal(item.id) : links.proposal?.(item.id);
  return (
    <li class="card my-proposal" aria-labelledby={headingId}>
      <h2 class="my-proposal__title" id={headingId}>
        <MaybeLink href={href}>{item.title}</MaybeLink>
      </h2>
      <p class="my-proposal__status">
        <span class={`my-proposal__tag my-proposal__tag--${item.status.toLowerCase()}`}>
          {t('myProposals.status', { status: item.status })}
        </span>
        {item.hidden && <span class="my-proposal__tag my-proposal__tag--hidden">{t('myProposals.hidden')}</span>}
      </p>
      <p>
        {t('myProposals.supports', { count: item.supportCount, threshold: item.supportThreshold })}
        {' · '}
        {t('myProposals.created', { date: i18n.date(item.createdAt) })}
      </p>
      {actions && (item.editable || canWithdraw(item.status)) && (
        <ul class="my-proposal__actions">
          {item.editable && (
            <li>
              <a href={proposalFormLinks.editProposal(item.id)}>
                {t(item.status === 'DRAFT' ? 'myProposals.editDraft' : 'myProposals.edit')}
                <span class="visually-hidden"> {t('myProposals.actionsOf', { title: item.title })}</span>
              </a>
            </li>
          )}
          {canWithdraw(item.status) && (
            <li>
              <a href={proposalFormLinks.withdrawProposal(item.id)}>
                {t('myProposals.withdraw')}
                <span class="visually-hidden"> {t('myProposals.actionsOf', { title: item.title })}</span>
              </a>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

export interface MyListProps {
  connection: MyProposalPageFragment;
  /** This page started after the first one. */
  paged: boolean;
  nextHref: (after: string) => string;
  firstHref: string;
  nextLabel: string;
  actions: boolean;
}

/** One page of a resident's list, with links to the next page and back to the first (keyset, no script). */
export function MyProposalList({ connection, paged, nextHref, firstHref, nextLabel, actions }: MyListProps) {
  const t = useT();
  return (
    <>
      <p>{t('myProposals.count', { count: connection.totalCount })}</p>
      <ul class="my-proposals">
        {connection.edges.map(({ node }) => (
          <MyProposalItem key={node.id} item={node} actions={actions} />
        ))}
      </ul>
      {(connection.pageInfo.hasNextPage || paged) && (
        <nav class="my-proposals__pager" aria-label={nextLabel}>
          <ul class="button-group">
            {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
              <li>
                <a href={nextHref(connection.pageInfo.endCursor)}>{nextLabel}</a>
              </li>
            )}
            {paged && (
              <li>
                <a href={firstHref}>{t('myProposals.first')}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

export function MyProposalsPage({ data, paged }: { data: MyProposalsQuery; paged: boolean }) {
  const t = useT();
  const title = t('myProposals.title');
  const empty = data.myProposals.totalCount === 0;
  return (
    <Layout title={title} breadcrumb={accountBreadcrumb(t, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('myProposals.intro')}</p>
      {empty ? (
        <p>
          <MaybeLink href={links.consultations?.()}>{t('myProposals.empty')}</MaybeLink>
        </p>
      ) : (
        <MyProposalList
          connection={data.myProposals}
          paged={paged}
          nextHref={proposalFormLinks.myProposals}
          firstHref={proposalFormLinks.myProposals()}
          nextLabel={t('myProposals.next')}
          actions
        />
      )}
    </Layout>
  );
}
