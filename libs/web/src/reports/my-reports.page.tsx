import { accountBreadcrumb } from '../accounts/account-breadcrumb';
import type { MyIssueReportsQuery } from '../graphql/generated/graphql';
import { Layout } from '../layout/layout.component';
import { useT } from '../http/page-context';
import { reportLinks } from '../routes/paths';
import { ReportList } from './report-list.component';

/** The reports the signed-in resident made, newest first. */
export function MyReportsPage({ data }: { data: MyIssueReportsQuery }) {
  const t = useT();
  const title = t('reports.mine.title');
  return (
    <Layout title={title} breadcrumb={accountBreadcrumb(t, title)}>
      <h1>{title}</h1>
      {data.myReports.length === 0 ? <p>{t('reports.mine.empty')}</p> : <ReportList reports={data.myReports} />}
      <p>
        <a href={reportLinks.newReport()}>{t('reports.new.title')}</a>
      </p>
    </Layout>
  );
}
