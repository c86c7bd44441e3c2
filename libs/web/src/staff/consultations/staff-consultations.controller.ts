import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { ConsultationPage } from '../../consultations/consultation.page';
import { consultationQuery } from '../../consultations/consultations.documents';
import { emptyForm, formFromFailures, FormView, missingFields, readForm } from '../../forms/form';
import { type MutationOutcome, WebGraphql } from '../../graphql/web-graphql.service';
import type { MessageKey } from '../../i18n/catalogue';
import { PageRenderer } from '../../http/page-renderer.service';
import type { WebReply, WebRequest } from '../../http/web-request';
import { knownId } from '../../proposals/known-id';
import { staffLinks } from '../../routes/paths';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import {
  ConsultationField,
  consultationFormSpec,
  consultationInput,
  ConsultationSubmission,
  NEW_CONSULTATION_VALUES,
  onFormFields,
} from './staff-consultation-forms';
import { ConsultationEditPage, ConsultationNewPage } from './staff-consultation.page';
import { StaffConsultationsPage } from './staff-consultations.page';
import {
  createConsultationMutation,
  publishConsultationMutation,
  staffConsultationNewQuery,
  staffConsultationQuery,
  staffConsultationsQuery,
  unpublishConsultationMutation,
  updateConsultationMutation,
} from './staff-consultations.documents';

/**
 * Consultations in the back office (issue #21, point 1): create and edit them
 * with their phases, categories, district and thresholds, publish and
 * unpublish, and preview the page residents will see. Every action is a form
 * (Post/Redirect/Get), recorded in the audit log by the API.
 */
@Controller()
export class StaffConsultationsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.consultations)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const after = afterCursor(req);
    const result = await this.graphql.execute(req, reply, staffConsultationsQuery, { after });
    await sendListPage(this.pages, req, reply, { result, after, firstPage: staffLinks.consultations() }, (data) =>
      h(StaffConsultationsPage, { data, paged: !!after }),
    );
  }

  @StaffGet(STAFF_ROUTES.consultationNew)
  async newConsultation(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showNew(req, reply, emptyForm(NEW_CONSULTATION_VALUES));
  }

  @StaffPost(STAFF_ROUTES.consultationCreate)
  async create(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const outcome = await this.submit(req, (submission) =>
      this.graphql.mutate(req, reply, createConsultationMutation, {
        input: {
          ...submission.input,
          districtId: submission.input.districtId ?? undefined,
          proposalLimit: submission.input.proposalLimit ?? undefined,
          hideThreshold: submission.input.hideThreshold ?? undefined,
        },
      }),
    );
    if (!outcome.ok) return this.showNew(req, reply, outcome.view, 400);
    await this.pages.redirect(
      reply,
      staffLinks.consultation(outcome.data.createConsultation.id),
      'staffConsultations.flash.created',
    );
  }

  @StaffGet(STAFF_ROUTES.consultation)
  async consultation(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showEdit(req, reply, knownId(id), {});
  }

  @StaffPost(STAFF_ROUTES.consultationUpdate)
  async update(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const outcome = await this.submit(req, (submission) =>
      this.graphql.mutate(req, reply, updateConsultationMutation, { input: { id, ...submission.input } }),
    );
    if (!outcome.ok) return this.showEdit(req, reply, id, { form: outcome.view }, 400);
    await this.pages.redirect(reply, staffLinks.consultation(id), 'staffConsultations.flash.updated');
  }

  @StaffPost(STAFF_ROUTES.consultationPublish)
  async publish(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const result = await this.graphql.mutate(req, reply, publishConsultationMutation, { id });
    await this.step(req, reply, id, result, 'staffConsultations.flash.published');
  }

  @StaffPost(STAFF_ROUTES.consultationUnpublish)
  async unpublish(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const result = await this.graphql.mutate(req, reply, unpublishConsultationMutation, { id });
    await this.step(req, reply, id, result, 'staffConsultations.flash.unpublished');
  }

  /** The public page of the consultation, as residents will see it once published, with a banner saying so. */
  @StaffGet(STAFF_ROUTES.consultationPreview)
  async preview(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, consultationQuery, { id: knownId(id) });
    const page = h(ConsultationPage, { data, now: new Date(), preview: { back: staffLinks.consultation(id) } });
    await this.pages.send(req, reply, data, page);
  }

  /**
   * Reads the form, stops at empty required fields and half-given phases (the
   * API is not called), then runs the mutation and puts its refusals at the
   * fields they name.
   */
  private async submit<R>(
    req: WebRequest,
    mutate: (submission: ConsultationSubmission) => Promise<MutationOutcome<R>>,
  ): Promise<{ ok: true; data: R } | { ok: false; view: FormView<ConsultationField> }> {
    const i18n = this.pages.translator(req);
    const values = readForm(consultationFormSpec(), req.body);
    const missing = missingFields(consultationFormSpec(), values, i18n);
    if (missing) return { ok: false, view: missing };
    const read = consultationInput(values, i18n.timeZone, i18n);
    if (!read.ok) return read;
    const result = await mutate(read.submission);
    if (result.ok) return { ok: true, data: result.data };
    const spec = consultationFormSpec(read.submission.kinds);
    return { ok: false, view: formFromFailures(spec, values, onFormFields(result.failures), i18n) };
  }

  /** Publish, unpublish: back to the consultation with its message, or the consultation with the refusal above it. */
  private async step(
    req: WebRequest,
    reply: WebReply,
    id: string,
    result: MutationOutcome<unknown>,
    flash: MessageKey,
  ): Promise<void> {
    if (result.ok) return this.pages.redirect(reply, staffLinks.consultation(id), flash);
    const actionForm = formFromFailures(
      consultationFormSpec(),
      {} as never,
      result.failures,
      this.pages.translator(req),
    );
    await this.showEdit(req, reply, id, { actionForm }, 400);
  }

  private async showNew(req: WebRequest, reply: WebReply, form: FormView<ConsultationField>, status = 200) {
    const data = await this.graphql.query(req, reply, staffConsultationNewQuery);
    await this.pages.send(req, reply, data, h(ConsultationNewPage, { data, form }), status);
  }

  private async showEdit(
    req: WebRequest,
    reply: WebReply,
    id: string,
    forms: { form?: FormView<ConsultationField>; actionForm?: FormView<ConsultationField> },
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffConsultationQuery, { id });
    await this.pages.send(req, reply, data, h(ConsultationEditPage, { data, ...forms }), status);
  }
}
