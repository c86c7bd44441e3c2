import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import { HintAndError } from '../forms/field-description.component';
import type { SearchQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { consultationLinks, links } from '../routes/paths';
import { SearchField } from './search-field.component';
import type { SearchField as SearchFieldName } from './search-form';
import { PageLinks } from '../layout/page-links.component';

type Results = SearchQuery['searchProposals'];

function ResultList({ results, query, after }: { results: Results; query: string; after?: string }) {
  const { i18n } = usePage();
  const t = useT();
  return (
    <>
      <p class="search-count" role="status">
        {t('search.count', { count: results.totalCount, query })}
      </p>
      {results.edges.length > 0 && (
        <ol class="search-results">
          {results.edges.map(({ node }) => (
            <li key={node.id} class="search-result">
              <h2 class="search-result__title">
                <a href={consultationLinks.proposal(node.id)}>{node.title}</a>
              </h2>
              <p class="search-result__meta">
                {t('search.result.meta', {
                  author: node.author.displayName,
                  date: node.publishedAt ? i18n.date(node.publishedAt) : '',
                  supports: node.supportCount,
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      <PageLinks
        label={t('search.pagination')}
        pageInfo={results.pageInfo}
        paged={!!after}
        link={(cursor) => links.search(query, cursor)}
        firstLabel={t('search.firstPage')}
        nextLabel={t('search.nextPage')}
      />
    </>
  );
}

export interface SearchPageProps {
  query: string;
  after?: string;
  results: Results | null;
  form: FormView<SearchFieldName>;
}

export function SearchPage({ query, after, results, form }: SearchPageProps) {
  const t = useT();
  const error = form.errors.find((e) => e.field === 'q');
  // A refused query is not repeated in the heading and title: it was not searched, and it may be very long.
  const title = query && !error ? t('search.titleFor', { query }) : t('search.title');
  const crumbs = [{ label: t('layout.nav.home'), href: links.home() }, { label: t('search.title') }];
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      <div class={error ? 'field field--error' : 'field'}>
        <HintAndError name="q" error={error?.text} />
        <SearchField value={query} id="q" label={t('search.title')} errorId={error ? 'q-error' : undefined} />
      </div>
      {results ? <ResultList results={results} query={query} after={after} /> : <p>{t('search.intro')}</p>}
    </FormPage>
  );
}
