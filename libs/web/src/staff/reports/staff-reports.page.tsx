import { CsrfField } from '../../forms/csrf-field.component';
import { FilterSelect, FilterText, districtOptions } from '../../forms/filter-fields.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffTriageReportsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { ReportListMap } from '../../reports/report-list-map.component';
import type { MapView } from '../../map/map-settings';
import { mapAssets } from '../../map/map.component';
import { useMapItem } from '../../reports/report-list.component';
import { REPORT_STATUSES } from '../../reports/report-list.page';
import { reportLinks, staffLinks, StaffReportQuery } from '../../routes/paths';
import { Select, TextArea } from '../staff-fields.component';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import type { TriageField } from './staff-reports-form';
import { HintAndError } from '../../forms/field-description.component';
import { StaffFilterForm } from '../staff-filter-form.component';

type Report = StaffTriageReportsQuery['triageReports']['edges'][number]['node'];

/** The ages the list filters on, in days. */
export const REPORT_AGES = ['7', '30', '90'] as const;

/** Statuses a bulk change may set: a duplicate names its original, one report at a time. */
const BULK_STATUSES = REPORT_STATUSES.filter((s) => s !== 'DUPLICATE');

export interface StaffReportsPageProps {
  data: StaffTriageReportsQuery;
  filters: StaffReportQuery;
  paged: boolean;
  form: FormView<TriageField>;
  /** The commune's map, or null when it has none the page can use. */
  map: MapView | null;
}

function Filters({ data, filters }: { data: StaffTriageReportsQuery; filters: StaffReportQuery }) {
  const t = useT();
  return (
    <StaffFilterForm
      action={staffLinks.reports()}
      legend={t('staffReports.filter.legend')}
      submit={t('staffReports.filter.submit')}
    >
      <div class="staff-filter__fields">
        <FilterSelect
          id="filtre-etat"
          name="etat"
          label={t('staffReports.filter.status')}
          value={filters.status}
          all={t('staffReports.filter.all')}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t('reports.status', { status: s }) }))}
        />
        <FilterSelect
          id="filtre-categorie"
          name="categorie"
          label={t('staffReports.filter.category')}
          value={filters.category}
          all={t('staffReports.filter.all')}
          options={data.reportCategories.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          id="filtre-quartier"
          name="quartier"
          label={t('staffReports.filter.district')}
          value={filters.district}
          all={t('staffReports.filter.allDistricts')}
          options={districtOptions(data.municipality.districts)}
        />
        <FilterText
          id="filtre-service"
          name="service"
          label={t('staffReports.filter.department')}
          hint={t('staffReports.filter.departmentHint')}
          value={filters.department}
        />
        <FilterSelect
          id="filtre-age"
          name="age"
          label={t('staffReports.filter.age')}
          value={filters.age}
          all={t('staffReports.filter.age.any')}
          options={REPORT_AGES.map((days) => ({
            value: days,
            label: t('staffReports.filter.age.days', { days: Number(days) }),
          }))}
        />
      </div>
    </StaffFilterForm>
  );
}

function ReportRow({ report, index, selected }: { report: Report; index: number; selected: boolean }) {
  const t = useT();
  const { i18n } = usePage();
  // The first box carries the field's id, so the error summary's link lands on it.
  const id = index === 0 ? 'signalements' : `signalement-${report.id}`;
  const lastNote = [...report.updates].reverse().find((u) => u.note.trim() !== '');
  // The map's marker for this row: its number and name (the list is numbered as the map is).
  const marker = useMapItem()(report);
  return (
    <tr {...marker.attributes}>
      <td>
        <input
          type="checkbox"
          class="staff-reports__check"
          id={id}
          name="signalements"
          value={report.id}
          checked={selected}
          aria-label={t('staffReports.select', { description: report.description.slice(0, 80) })}
        />
      </td>
      <th scope="row">
        <span class="staff-reports__number">{t('staffReports.number', { number: index + 1 })}</span>{' '}
        <a href={marker.href}>{report.description.slice(0, 120)}</a>
        <p class="staff-reports__meta">
          {t('staffReports.meta', {
            category: report.category.name,
            place: report.districtName ?? report.address ?? t('staffReports.noPlace'),
            date: i18n.dateTime(report.createdAt),
          })}
        </p>
      </th>
      <td class="staff-reports__status">{t('reports.status', { status: report.status })}</td>
      <td class="staff-reports__department">{report.department ?? t('staffReports.noDepartment')}</td>
      <td class="staff-reports__note">{lastNote ? lastNote.note : t('staffReports.noNote')}</td>
    </tr>
  );
}

/** The bulk actions on the ticked reports: a status with its public note, or a department. */
function BulkActions({ form }: { form: FormView<TriageField> }) {
  const t = useT();
  return (
    <fieldset class="staff-reports__bulk">
      <legend>{t('staffReports.bulk.title')}</legend>
      <Select
        form={form}
        name="etat"
        label={t('staffReports.bulk.status')}
        options={[
          { value: '', label: t('staffReports.bulk.choose') },
          ...BULK_STATUSES.map((s) => ({ value: s, label: t('reports.status', { status: s }) })),
        ]}
      />
      <TextArea
        form={form}
        name="note"
        label={t('staffReports.bulk.note')}
        hint={t('staffReports.bulk.noteHint')}
        optional
        rows={3}
      />
      <button type="submit" class="button" formaction={staffLinks.reportsStatus()}>
        {t('staffReports.bulk.submitStatus')}
      </button>
      <TextField
        form={form}
        name="service"
        label={t('staffReports.bulk.department')}
        hint={t('staffReports.bulk.departmentHint')}
      />
      <button type="submit" class="button button--secondary" formaction={staffLinks.reportsDepartment()}>
        {t('staffReports.bulk.submitDepartment')}
      </button>
    </fieldset>
  );
}

/** Reports triage (issue #21, point 5): filters, keyset pages, and bulk status changes or department assignment. */
export function StaffReportsPage({ data, filters, paged, form, map }: StaffReportsPageProps) {
  const t = useT();
  const list = data.triageReports;
  const selected = new Set((form.values.signalements ?? '').split(',').filter(Boolean));
  const here = staffLinks.reports(filters);
  const noReportError = form.errors.find((e) => e.field === 'signalements');
  return (
    <StaffLayout title={t('staffReports.title')} form={form} {...mapAssets(!!map)}>
      <p>{t('staffReports.intro')}</p>
      <ul>
        <li>
          <a href={reportLinks.issueReports()}>{t('staffReports.publicMap')}</a>
        </li>
        <li>
          <a href={staffLinks.reportCategories()}>{t('staffReports.categories')}</a>
        </li>
      </ul>
      <Filters data={data} filters={filters} />
      <p class="staff-count">{t('staffReports.count', { count: list.totalCount })}</p>
      {map && list.edges.length > 0 && <ReportListMap view={map} listId="liste-signalements" />}
      {list.edges.length > 0 && (
        <form method="post" action={staffLinks.reportsStatus()} novalidate>
          <CsrfField />
          <input type="hidden" name="retour" value={here} />
          <HintAndError name="signalements" error={noReportError?.text} />
          <StaffTable
            captionId="reports-caption"
            caption={t('staffReports.caption')}
            id="liste-signalements"
            columns={[
              { label: t('staffReports.column.select'), class: 'staff-reports__select' },
              { label: t('staffReports.column.report') },
              { label: t('staffReports.column.status') },
              { label: t('staffReports.column.department') },
              { label: t('staffReports.column.note') },
            ]}
          >
            {list.edges.map(({ node }, index) => (
              <ReportRow key={node.id} report={node} index={index} selected={selected.has(node.id)} />
            ))}
          </StaffTable>
          <BulkActions form={form} />
        </form>
      )}
      <Pagination pageInfo={list.pageInfo} paged={paged} link={(after) => staffLinks.reports({ ...filters, after })} />
    </StaffLayout>
  );
}
