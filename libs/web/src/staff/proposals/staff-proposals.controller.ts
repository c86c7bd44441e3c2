import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm, formFromFailures, FormView } from '../../forms/form';
import { submitForm } from '../../forms/submit-form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { formBody, queryParam, type WebReply, type WebRequest } from '../../http/web-request';
import { knownId } from '../../proposals/known-id';
import { staffLinks } from '../../routes/paths';
import { wholeNumber } from '../budgets/staff-budget-forms';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import {
  ANSWER_FORM,
  ANSWER_STATUSES,
  AnswerField,
  filterSlugs,
  PROJECT_FORM,
  ProjectField,
  PUBLISH_FORM,
  readStaffFilters,
} from './staff-proposal-forms';
import { StaffProposalPage } from './staff-proposal.page';
import {
  answerProposalMutation,
  proposalProjectMutation,
  publishProposalAnswerMutation,
  staffProposalQuery,
  staffProposalsQuery,
} from './staff-proposals.documents';
import { StaffProposalsPage } from './staff-proposals.page';

interface ProposalForms {
  answerForm?: FormView<AnswerField>;
  projectForm?: FormView<ProjectField>;
  actionForm?: FormView<never>;
}

/**
 * Proposals in the back office (issue #21, point 2): a consultation's list
 * filtered by status, answer and threshold; the official answer, saved then
 * published; an accepted proposal made a project of a draft budget
 * (`addBudgetProject` with the proposal's id, which the budget keeps).
 */
@Controller()
export class StaffProposalsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.proposals)
  async list(@Param('id') consultationId: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(consultationId);
    const filters = readStaffFilters((name) => queryParam(req, name));
    const after = afterCursor(req);
    const result = await this.graphql.execute(req, reply, staffProposalsQuery, {
      consultationId,
      filter: filters,
      after,
    });
    const firstPage = staffLinks.proposals(consultationId, filterSlugs(filters));
    await sendListPage(this.pages, req, reply, { result, after, firstPage }, (data) =>
      h(StaffProposalsPage, { data, filters, paged: !!after }),
    );
  }

  @StaffGet(STAFF_ROUTES.proposal)
  async proposal(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, knownId(id), {});
  }

  /** Two buttons: save the answer unpublished, or publish it (`publish` is the button's value). */
  @StaffPost(STAFF_ROUTES.proposalAnswer)
  async answer(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const publish = formBody(req).publish !== 'false';
    const outcome = await submitForm(ANSWER_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, answerProposalMutation, {
        input: {
          proposalId: id,
          // A value no radio gives is refused by the API at its field.
          status: values.status as (typeof ANSWER_STATUSES)[number],
          // Markdown, sent as typed: leading spaces make a code block, trailing ones a line break (the API keeps
          // it as sent and refuses a blank one, which the form stops first as a missing one).
          answer: values.answer,
          publish,
        },
      }),
    );
    if (!outcome.ok) return this.show(req, reply, id, { answerForm: outcome.view }, 400);
    const flash = publish ? 'staffProposals.flash.published' : 'staffProposals.flash.saved';
    await this.pages.redirect(reply, staffLinks.proposal(id), flash);
  }

  @StaffPost(STAFF_ROUTES.proposalAnswerPublish)
  async publishAnswer(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const result = await this.graphql.mutate(req, reply, publishProposalAnswerMutation, { id });
    if (result.ok) return this.pages.redirect(reply, staffLinks.proposal(id), 'staffProposals.flash.published');
    const actionForm = formFromFailures(PUBLISH_FORM, {}, result.failures, this.pages.translator(req));
    await this.show(req, reply, id, { actionForm }, 400);
  }

  /** An accepted proposal as a project of a draft budget: the budget keeps the proposal's id (`proposalId`). */
  @StaffPost(STAFF_ROUTES.proposalProject)
  async project(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const { proposal } = await this.graphql.query(req, reply, staffProposalQuery, { id });
    const i18n = this.pages.translator(req);
    const outcome = await submitForm(PROJECT_FORM, req.body, i18n, async (values) => {
      const result = await this.graphql.mutate(req, reply, proposalProjectMutation, {
        input: {
          budgetId: values.budgetId,
          proposalId: id,
          title: values.title,
          cost: wholeNumber(values.cost) as number,
          description: values.description.trim() || undefined,
          districtId: proposal.districtId ?? undefined,
          // The budget's category is shorter (80) than a consultation's (100): a longer one is left out.
          category: proposal.category && proposal.category.name.length <= 80 ? proposal.category.name : undefined,
        },
      });
      // "Not an accepted proposal", "already a project of this budget": said at the budget's choice.
      if (result.ok) return result;
      const failures = result.failures.map((f) => ({
        ...f,
        fields: f.fields.map((e) => (e.field === 'input.proposalId' ? { ...e, field: 'input.budgetId' } : e)),
      }));
      return { ok: false as const, failures };
    });
    if (!outcome.ok) return this.show(req, reply, id, { projectForm: outcome.view }, 400);
    await this.pages.redirect(
      reply,
      staffLinks.budget(outcome.data.addBudgetProject.budgetId),
      'staffProposals.flash.projectAdded',
    );
  }

  private async show(req: WebRequest, reply: WebReply, id: string, forms: ProposalForms, status = 200): Promise<void> {
    const data = await this.graphql.query(req, reply, staffProposalQuery, { id });
    const proposal = data.proposal;
    const answerForm =
      forms.answerForm ??
      emptyForm<AnswerField>({ status: proposal.answer?.status ?? '', answer: proposal.answer?.answer ?? '' });
    const projectForm =
      forms.projectForm ??
      emptyForm<ProjectField>({ title: proposal.title, description: proposal.body, budgetId: '', cost: '' });
    const page = h(StaffProposalPage, { data, answerForm, projectForm, actionForm: forms.actionForm });
    await this.pages.send(req, reply, data, page, status);
  }
}
