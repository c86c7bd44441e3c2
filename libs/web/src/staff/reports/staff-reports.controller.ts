import { Controller, Inject, Req, Res } from '@nestjs/common';
import { isUuid } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h } from 'preact';
import { emptyForm, formFromFailures, FormSpec, FormView, missingFields } from '../../forms/form';
import type { IssueReportStatus } from '../../graphql/generated/graphql';
import { MutationOutcome, WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { formBody, queryParam, WebReply, WebRequest } from '../../http/web-request';
import { mapView } from '../../map/map-settings';
import { REPORT_STATUSES } from '../../reports/report-list.page';
import { PATHS, staffLinks, StaffReportQuery } from '../../routes/paths';
import { pageData } from '../staff-paging';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { DEPARTMENT_FORM, STATUS_FORM, TriageField } from './staff-reports-form';
import { categoryValues, readCategoryForm } from './report-category-form';
import { ReportCategoriesPage } from './report-categories.page';
import { staffReportCategoriesQuery, staffUpsertReportCategoryMutation } from './report-categories.documents';
import { REPORT_AGES, StaffReportsPage } from './staff-reports.page';
import {
  staffAssignReportDepartmentMutation,
  staffBulkReportStatusMutation,
  staffTriageReportsQuery,
} from './staff-reports.documents';

const DAY_MS = 86_400_000;

/** The list's filters from a query string: values the API would refuse are dropped, not shown as an error page. */
export function readTriageFilters(query: URLSearchParams): StaffReportQuery {
  const status = query.get('etat') ?? '';
  const category = query.get('categorie') ?? '';
  const district = query.get('quartier') ?? '';
  const department = (query.get('service') ?? '').trim();
  const age = query.get('age') ?? '';
  return {
    status: REPORT_STATUSES.includes(status as IssueReportStatus) ? status : undefined,
    category: category && category.length <= 64 ? category : undefined,
    district: isUuid(district) ? district : undefined,
    department: department && department.length <= 120 ? department : undefined,
    age: (REPORT_AGES as readonly string[]).includes(age) ? age : undefined,
  };
}

function searchOf(req: WebRequest): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((req.query as Record<string, unknown>) ?? {}))
    if (typeof value === 'string') params.set(key, value);
  return params;
}

/** The ticked reports: the checkboxes' values (one is a string, several an array), ids only. */
function tickedIds(body: Record<string, unknown>): string[] {
  const raw = body.signalements;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
  return [...new Set(values.filter(isUuid))].slice(0, 500);
}

/**
 * Reports triage (issue #21, point 5): the list with its filters and keyset
 * pages, and two bulk actions on the ticked reports, each a POST the API
 * records in the audit log; the list is shown again with its filters after.
 */
@Controller()
export class StaffReportsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @StaffGet(STAFF_ROUTES.reports)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const search = searchOf(req);
    await this.show(req, reply, readTriageFilters(search), search.get('apres') || undefined, emptyForm());
  }

  @StaffPost(STAFF_ROUTES.reportsStatus)
  async changeStatus(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const body = formBody(req);
    const ids = tickedIds(body);
    const status = typeof body.etat === 'string' ? body.etat : '';
    const note = typeof body.note === 'string' ? body.note : '';
    await this.act(
      req,
      reply,
      STATUS_FORM,
      { signalements: ids.join(','), etat: status, note },
      () =>
        this.graphql.mutate(req, reply, staffBulkReportStatusMutation, {
          input: { reportIds: ids, status: status as IssueReportStatus, note: note || undefined },
        }),
      'staffReports.flash.status',
    );
  }

  @StaffPost(STAFF_ROUTES.reportsDepartment)
  async assignDepartment(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const body = formBody(req);
    const ids = tickedIds(body);
    const department = typeof body.service === 'string' ? body.service.trim() : '';
    await this.act(
      req,
      reply,
      DEPARTMENT_FORM,
      { signalements: ids.join(','), service: department },
      () =>
        this.graphql.mutate(req, reply, staffAssignReportDepartmentMutation, {
          input: { reportIds: ids, department: department || null },
        }),
      'staffReports.flash.department',
    );
  }

  @StaffGet(STAFF_ROUTES.reportCategories)
  async categories(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, staffReportCategoriesQuery);
    const code = queryParam(req, 'code');
    const current = data.allReportCategories.find((c) => c.code === code);
    const { values, slots } = categoryValues(current);
    const form: FormView<string> = { values, errors: [], general: [] };
    // An unknown code shows the form for a new category.
    await this.pages.send(req, reply, data, h(ReportCategoriesPage, { data, editing: current?.code, form, slots }));
  }

  /** Creates the category or replaces the one with this code (the API's upsert), its questions included. */
  @StaffPost(STAFF_ROUTES.reportCategorySave)
  async saveCategory(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const read = readCategoryForm(formBody(req), i18n);
    let form = missingFields(read.spec, read.values, i18n);
    if (!form && read.errors.length > 0) form = { values: read.values, errors: read.errors, general: [] };
    if (!form) {
      const result = await this.graphql.mutate(req, reply, staffUpsertReportCategoryMutation, { input: read.input });
      if (result.ok)
        return this.pages.redirect(
          reply,
          staffLinks.reportCategories(read.input.code),
          'staffReports.categories.flash.saved',
        );
      form = formFromFailures(read.spec, read.values, result.failures, i18n);
    }
    const data = await this.graphql.query(req, reply, staffReportCategoriesQuery);
    const existing = data.allReportCategories.some((c) => c.code === read.input.code);
    await this.pages.send(
      req,
      reply,
      data,
      h(ReportCategoriesPage, { data, editing: existing ? read.input.code : undefined, form, slots: read.slots }),
      400,
    );
  }

  /** Post/Redirect/Get to the list the form came from; the list again with the refusal otherwise. */
  private async act(
    req: WebRequest,
    reply: WebReply,
    spec: FormSpec<TriageField>,
    partial: Partial<Record<TriageField, string>>,
    run: () => Promise<MutationOutcome<unknown>>,
    flash: 'staffReports.flash.status' | 'staffReports.flash.department',
  ): Promise<void> {
    const values: Record<TriageField, string> = { signalements: '', etat: '', note: '', service: '', ...partial };
    const back = returnAddress(formBody(req));
    const i18n = this.pages.translator(req);
    const missing = missingFields(spec, values, i18n);
    if (missing) return this.show(req, reply, back.filters, undefined, missing, 400);
    const result = await run();
    if (result.ok) return this.pages.redirect(reply, staffLinks.reports(back.filters), flash);
    const form = formFromFailures(spec, values, result.failures, i18n);
    await this.show(req, reply, back.filters, undefined, form, 400);
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    filters: StaffReportQuery,
    after: string | undefined,
    form: FormView<TriageField>,
    status = 200,
  ): Promise<void> {
    const result = await this.graphql.execute(req, reply, staffTriageReportsQuery, {
      statuses: filters.status ? [filters.status as IssueReportStatus] : null,
      categoryCodes: filters.category ? [filters.category] : null,
      districtId: filters.district ?? null,
      department: filters.department ?? null,
      createdTo: filters.age ? new Date(Date.now() - Number(filters.age) * DAY_MS).toISOString() : null,
      after: after ?? null,
    });
    const page = pageData(result, after);
    if (!('data' in page)) return this.pages.redirect(reply, staffLinks.reports(filters));
    const map = mapView(page.data, this.config);
    await this.pages.send(
      req,
      reply,
      page.data,
      h(StaffReportsPage, { data: page.data, filters, paged: !!after, form, map }),
      status,
      map ? [map.origin] : [],
    );
  }
}

/** The list the form was posted from (its filters), only ever the triage list itself. */
function returnAddress(body: Record<string, unknown>): { filters: StaffReportQuery } {
  const raw = typeof body.retour === 'string' ? body.retour : '';
  const url = new URL(raw, 'http://localhost');
  if (url.pathname !== PATHS.staffReports) return { filters: {} };
  return { filters: readTriageFilters(url.searchParams) };
}
