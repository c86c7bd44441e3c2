import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import type {
  OpenDataFormat,
  OpenDataset,
  StaffExportJobQuery,
  StaffOpenDataQuery,
} from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Select } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import { StaffSection } from '../staff-section.component';

export type ExportField = 'jeu' | 'format';

export const DATASETS: OpenDataset[] = [
  'CONSULTATIONS',
  'PROPOSALS',
  'PROPOSAL_DAILY_SUPPORTS',
  'BUDGETS',
  'BUDGET_PROJECTS',
  'BUDGET_RESULTS',
  'BUDGET_RESULT_PROJECTS',
  'BALLOTS',
  'ISSUE_REPORTS',
  'ISSUE_REPORT_UPDATES',
  'MODERATION_COUNTS',
  'TRACKED_ITEMS',
  'TRACKED_ITEM_UPDATES',
  'TRACKED_ITEM_DELIBERATIONS',
];

export const FORMATS: OpenDataFormat[] = ['CSV', 'JSON', 'GEOJSON', 'PB'];

/** The public catalogue, served by the API (libs/open-data). */
const CATALOGUE = '/open-data';

/** GraphQL's name of a value the API stores in lower case with dashes (`budget-projects` → BUDGET_PROJECTS). */
const enumName = (value: string) => value.toUpperCase().replace(/-/g, '_');

/** Open data (issue #21, point 7): export a dataset now, and the latest requests with a link to their status. */
export function OpenDataExportsPage({ data, form }: { data: StaffOpenDataQuery; form: FormView<ExportField> }) {
  const t = useT();
  const { i18n } = usePage();
  return (
    <StaffLayout title={t('staffAdmin.openData.title')} form={form}>
      <p>{t('staffAdmin.openData.intro')}</p>
      <p>
        <a href={CATALOGUE}>{t('staffAdmin.openData.catalogue')}</a>
      </p>
      <StaffSection id="export-title" title={t('staffAdmin.openData.form.title')}>
        <form method="post" action={staffLinks.openData()} novalidate>
          <CsrfField />
          <Select
            form={form}
            name="jeu"
            label={t('staffAdmin.openData.dataset')}
            options={DATASETS.map((d) => ({ value: d, label: t('staffAdmin.openData.datasetName', { dataset: d }) }))}
          />
          <Select
            form={form}
            name="format"
            label={t('staffAdmin.openData.format')}
            hint={t('staffAdmin.openData.formatHint')}
            options={FORMATS.map((f) => ({ value: f, label: t('staffAdmin.openData.formatName', { format: f }) }))}
          />
          <button type="submit" class="button">
            {t('staffAdmin.openData.submit')}
          </button>
        </form>
      </StaffSection>
      <StaffSection id="recent-title" title={t('staffAdmin.openData.recent.title')}>
        {data.auditLog.edges.length === 0 ? (
          <p>{t('staffAdmin.openData.recent.none')}</p>
        ) : (
          <ul>
            {data.auditLog.edges.map(({ node }) => {
              const payload = parsePayload(node.payload);
              const label = t('staffAdmin.openData.recent.item', {
                dataset: t('staffAdmin.openData.datasetName', { dataset: enumName(node.subjectId ?? '') }),
                format: t('staffAdmin.openData.formatName', { format: enumName(payload.format) }),
                date: i18n.dateTime(node.occurredAt),
              });
              return (
                <li key={node.sequence}>
                  {payload.jobId ? <a href={staffLinks.openDataJob(payload.jobId)}>{label}</a> : label}
                </li>
              );
            })}
          </ul>
        )}
      </StaffSection>
    </StaffLayout>
  );
}

function parsePayload(text: string | null | undefined): { format: string; jobId: string } {
  try {
    const value = JSON.parse(text ?? '{}') as { format?: unknown; jobId?: unknown };
    return {
      format: typeof value.format === 'string' ? value.format : '',
      jobId: typeof value.jobId === 'string' ? value.jobId : '',
    };
  } catch {
    return { format: '', jobId: '' };
  }
}

/** Statuses of a job still to finish: the page follows them. */
export const PENDING_EXPORT = ['WAITING', 'ACTIVE'];

/**
 * One export job: its state read from the queue now. While it runs, the page
 * says so and links to itself; with JavaScript, export-job.client.ts fetches it
 * again every few seconds, swaps the job's part and says a new status in a
 * polite live region. No `<meta http-equiv="refresh">`: a page reloading on
 * its own timer is what WCAG 2.2.1 (RGAA 13.1) refuses, and it would move a
 * screen reader back to the top at each reload.
 */
export function ExportJobPage({ data }: { data: StaffExportJobQuery }) {
  const t = useT();
  const { i18n } = usePage();
  const job = data.exportJob;
  const status = t('staffAdmin.openData.job.statusName', { status: job.status });
  const pending = PENDING_EXPORT.includes(job.status);
  return (
    <StaffLayout
      title={t('staffAdmin.openData.job.title')}
      trail={[{ label: t('staffAdmin.openData.title'), href: staffLinks.openData() }]}
      scripts={pending ? ['export-job'] : undefined}
    >
      <div data-export-job={job.status} data-announce={t('staffAdmin.openData.job.announce', { status })}>
        <dl class="staff-facts">
          <dt>{t('staffAdmin.openData.job.what')}</dt>
          <dd>
            {job.dataset
              ? `${t('staffAdmin.openData.datasetName', { dataset: job.dataset })} – ${t('staffAdmin.openData.formatName', { format: job.format ?? '' })}`
              : t('staffAdmin.openData.job.full')}
          </dd>
          <dt>{t('staffAdmin.openData.job.status')}</dt>
          <dd class="export-job__status">{status}</dd>
          <dt>{t('staffAdmin.openData.job.progress')}</dt>
          <dd>
            <progress max={100} value={job.progress} aria-label={t('staffAdmin.openData.job.progress')}>
              {t('staffAdmin.openData.job.progressValue', { progress: job.progress })}
            </progress>{' '}
            {t('staffAdmin.openData.job.progressValue', { progress: job.progress })}
          </dd>
          <dt>{t('staffAdmin.openData.job.requestedAt')}</dt>
          <dd>{i18n.dateTime(job.requestedAt)}</dd>
          {job.finishedAt && (
            <>
              <dt>{t('staffAdmin.openData.job.finishedAt')}</dt>
              <dd>{i18n.dateTime(job.finishedAt)}</dd>
            </>
          )}
        </dl>
        {job.status === 'COMPLETED' && (
          <StaffSection id="files-title" title={t('staffAdmin.openData.job.files')}>
            {job.publishedFiles.length === 0 ? (
              <p>{t('staffAdmin.openData.job.noFiles')}</p>
            ) : (
              <ul>
                {job.publishedFiles.map((file) => (
                  <li key={file}>
                    <code class="audit-id">{file}</code>
                  </li>
                ))}
              </ul>
            )}
          </StaffSection>
        )}
        {job.error && (
          <StaffSection id="error-title" title={t('staffAdmin.openData.job.error')}>
            <pre class="tally-error">{job.error}</pre>
          </StaffSection>
        )}
      </div>
      {/* Empty until the script has a new status to say. */}
      <p class="visually-hidden" aria-live="polite" id="export-job-live" />
      {pending && (
        <p data-export-job-hint data-auto={t('staffAdmin.openData.job.auto')}>
          {t('staffAdmin.openData.job.pending')}
        </p>
      )}
      <p>
        <a href={staffLinks.openDataJob(job.id)}>{t('staffAdmin.openData.job.refresh')}</a>
      </p>
      <p>
        <a href={staffLinks.openData()}>{t('staffAdmin.openData.job.back')}</a>
      </p>
    </StaffLayout>
  );
}
