import type { MySupportsQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { MaybeLink } from '../layout/maybe-link.component';
import { accountBreadcrumb } from '../accounts/account-breadcrumb';
import { links, proposalFormLinks } from '../routes/paths';
import { MyProposalList } from './my-proposals.page';

export function MySupportsPage({ data, paged }: { data: MySupportsQuery; paged: boolean }) {
  const t = useT();
  const title = t('myProposals.supportsTitle');
  return (
    <Layout title={title} breadcrumb={accountBreadcrumb(t, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('myProposals.supportsIntro')}</p>
      {data.mySupports.totalCount === 0 ? (
        <p>
          <MaybeLink href={links.consultations?.()}>{t('myProposals.supportsEmpty')}</MaybeLink>
        </p>
      ) : (
        <MyProposalList
          connection={data.mySupports}
          paged={paged}
          nextHref={proposalFormLinks.mySupports}
          firstHref={proposalFormLinks.mySupports()}
          nextLabel={t('myProposals.supportsNext')}
          actions={false}
        />
      )}
    </Layout>
  );
}
