import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm, formFromFailures, FormSpec, FormView, missingFields, readForm } from '../../forms/form';
import type { OpenDataFormat, OpenDataset } from '../../graphql/generated/graphql';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { formBody, WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { staffExportJobQuery, staffOpenDataQuery, staffRequestExportMutation } from './open-data-exports.documents';
import { DATASETS, ExportField, ExportJobPage, FORMATS, OpenDataExportsPage } from './open-data-exports.page';

const EXPORT_FORM: FormSpec<ExportField> = {
  fields: {
    jeu: {
      path: 'input.dataset',
      required: 'staffAdmin.openData.error.dataset',
      invalid: 'staffAdmin.openData.error.dataset',
    },
    format: {
      path: 'input.format',
      required: 'staffAdmin.openData.error.format',
      invalid: 'staffAdmin.openData.error.format',
    },
  },
};

/**
 * Open data on demand (issue #21, point 7): request an export, then follow
 * its job's status; the API records each request in the audit log.
 */
@Controller()
export class OpenDataExportsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.openData)
  async form(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, emptyForm({ jeu: 'BUDGETS', format: 'CSV' }));
  }

  @StaffPost(STAFF_ROUTES.openDataRequest)
  async request(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const values = readForm(EXPORT_FORM, formBody(req));
    const i18n = this.pages.translator(req);
    const missing = missingFields(EXPORT_FORM, values, i18n);
    if (missing) return this.show(req, reply, missing, 400);
    // Values outside the lists are refused here, as the API's schema would.
    if (!DATASETS.includes(values.jeu as OpenDataset))
      return this.show(req, reply, refusal(values, 'jeu', i18n.t('staffAdmin.openData.error.dataset')), 400);
    if (!FORMATS.includes(values.format as OpenDataFormat))
      return this.show(req, reply, refusal(values, 'format', i18n.t('staffAdmin.openData.error.format')), 400);
    const result = await this.graphql.mutate(req, reply, staffRequestExportMutation, {
      input: { dataset: values.jeu as OpenDataset, format: values.format as OpenDataFormat },
    });
    if (!result.ok) return this.show(req, reply, formFromFailures(EXPORT_FORM, values, result.failures, i18n), 400);
    await this.pages.redirect(
      reply,
      staffLinks.openDataJob(result.data.requestExport.id),
      'staffAdmin.openData.flash.requested',
    );
  }

  @StaffGet(STAFF_ROUTES.openDataJob)
  async job(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, staffExportJobQuery, { id });
    await this.pages.send(req, reply, data, h(ExportJobPage, { data }));
  }

  private async show(req: WebRequest, reply: WebReply, form: FormView<ExportField>, status = 200): Promise<void> {
    const data = await this.graphql.query(req, reply, staffOpenDataQuery);
    await this.pages.send(req, reply, data, h(OpenDataExportsPage, { data, form }), status);
  }
}

function refusal(values: Record<ExportField, string>, field: ExportField, text: string): FormView<ExportField> {
  return { values, errors: [{ field, text }], general: [] };
}
