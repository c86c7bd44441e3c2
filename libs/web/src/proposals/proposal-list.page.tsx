import { ErrorSummary } from '../forms/error-summary.component';
import type { FormView } from '../forms/form';
import type { ProposalsQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { consultationLinks, links } from '../routes/paths';
import { ProposalCard } from './proposal-card.component';
import { ProposalFilters } from './proposal-filters.component';
import { ListParams, listUrl } from './proposal-list-params';
import { PageLinks } from '../layout/page-links.component';

export interface ProposalListPageProps {
  data: ProposalsQuery;
  params: ListParams;
  form: FormView<'q'>;
  /** False when the criteria were refused: the list is not shown under an error. */
  showResults: boolean;
}

/** A consultation's proposals: search, filters, sort, the count, cards, and keyset page links. */
export function ProposalListPage({ data, params, form, showResults }: ProposalListPageProps) {
  const t = useT();
  const { consultation, proposals } = data;
  const title = t('proposals.list.titleIn', { consultation: consultation.title });
  const hasErrors = form.errors.length + form.general.length > 0;
  const crumbs = [
    { label: t('layout.nav.home'), href: links.home() },
    { label: t('consultations.list.title'), href: consultationLinks.consultations() },
    { label: consultation.title, href: consultationLinks.consultation(consultation.id) },
    { label: t('proposals.list.title') },
  ];
  return (
    <Layout title={title} hasErrors={hasErrors} breadcrumb={crumbs}>
      <h1>{title}</h1>
      <ErrorSummary form={form} />
      <div class="proposal-list">
        <ProposalFilters data={data} params={params} form={form} />
        <div class="proposal-list__results">
          {showResults && (
            <>
              <p class="proposal-count" role="status">
                {t('proposals.list.count', { count: proposals.totalCount })}
              </p>
              {proposals.edges.length > 0 && (
                <ul class="card-list proposal-cards">
                  {proposals.edges.map(({ node }) => (
                    <ProposalCard key={node.id} proposal={node} threshold={consultation.supportThreshold} />
                  ))}
                </ul>
              )}
              <PageLinks
                label={t('proposals.list.pagination')}
                pageInfo={proposals.pageInfo}
                paged={!!params.after}
                link={(after) => listUrl(consultation.id, params, after)}
                firstLabel={t('proposals.list.first')}
                nextLabel={t('proposals.list.next')}
              />
            </>
          )}
        </div>
      </div>
    </Layout>
  );
}
