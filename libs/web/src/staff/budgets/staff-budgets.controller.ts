import { Controller, Param, Req, Res } from '@nestjs/common';
import { h, type VNode } from 'preact';
import { emptyForm, formFromFailures, FormView } from '../../forms/form';
import { submitForm } from '../../forms/submit-form';
import { PageDataError } from '../../graphql/graphql-failure';
import { MutationOutcome, WebGraphql } from '../../graphql/web-graphql.service';
import type { StaffBudgetQuery } from '../../graphql/generated/graphql';
import type { MessageKey } from '../../i18n/catalogue';
import { PageRenderer } from '../../http/page-renderer.service';
import type { WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { BudgetNewPage } from './budget-new.page';
import { BudgetProjectPage } from './budget-project.page';
import { localToIso } from './local-date-time';
import { FeasibilityPage } from './feasibility.page';
import {
  CREATE_BUDGET_FORM,
  CreateBudgetField,
  createBudgetInput,
  FEASIBILITY_FORM,
  FeasibilityField,
  NONE,
  OPEN_FORM,
  SCHEDULE_FORM,
  ScheduleField,
  STEP_FORM,
  PROJECT_FORM,
  ProjectField,
  projectInput,
} from './staff-budget-forms';
import { StaffBudgetPage } from './staff-budget.page';
import {
  addBudgetProjectMutation,
  closeVotingMutation,
  publishResultMutation,
  rescheduleVotingMutation,
  retryTallyMutation,
  createBudgetMutation,
  openVotingMutation,
  setFeasibilityMutation,
  staffBudgetNewQuery,
  staffBudgetQuery,
  staffBudgetsQuery,
  updateBudgetProjectMutation,
} from './staff-budgets.documents';
import { StaffBudgetsPage } from './staff-budgets.page';

/**
 * Participatory budgets in the back office (issue #21, point 4): create a
 * draft, add its projects, assess their feasibility, open the vote. Each
 * action is a form (Post/Redirect/Get), recorded in the audit log by the API.
 */
@Controller()
export class StaffBudgetsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.budgets)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const after = afterCursor(req);
    const result = await this.graphql.execute(req, reply, staffBudgetsQuery, { after });
    await sendListPage(this.pages, req, reply, { result, after, firstPage: staffLinks.budgets() }, (data) =>
      h(StaffBudgetsPage, { data, paged: !!after }),
    );
  }

  @StaffGet(STAFF_ROUTES.budgetNew)
  async newBudget(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showNew(
      req,
      reply,
      emptyForm({
        ballotType: 'KNAPSACK',
        tallyRule: 'EQUAL_SHARES',
        population: 'CENSUS_RESIDENTS',
        paperPrecedence: NONE,
        voteGroupId: NONE,
      }),
    );
  }

  @StaffPost(STAFF_ROUTES.budgetCreate)
  async create(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const result = await submitForm(CREATE_BUDGET_FORM, req.body, i18n, (values) =>
      this.graphql.mutate(req, reply, createBudgetMutation, { input: createBudgetInput(values, i18n.timeZone) }),
    );
    if (!result.ok) return this.showNew(req, reply, result.view, 400);
    await this.pages.redirect(reply, staffLinks.budget(result.data.createBudget.id), 'staffBudgets.flash.created');
  }

  @StaffGet(STAFF_ROUTES.budget)
  async budget(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showBudget(req, reply, id, {});
  }

  @StaffPost(STAFF_ROUTES.budgetAddProject)
  async addProject(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await submitForm(PROJECT_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, addBudgetProjectMutation, { input: { budgetId: id, ...projectInput(values) } }),
    );
    if (!result.ok) return this.showBudget(req, reply, id, { projectForm: result.view }, 400);
    await this.pages.redirect(reply, staffLinks.budget(id), 'staffBudgets.flash.projectAdded');
  }

  @StaffGet(STAFF_ROUTES.budgetProject)
  async projectPage(
    @Param('id') id: string,
    @Param('projectId') projectId: string,
    @Req() req: WebRequest,
    @Res() reply: WebReply,
  ): Promise<void> {
    await this.showProject(req, reply, id, projectId, null);
  }

  @StaffPost(STAFF_ROUTES.budgetUpdateProject)
  async updateProject(
    @Param('id') id: string,
    @Param('projectId') projectId: string,
    @Req() req: WebRequest,
    @Res() reply: WebReply,
  ): Promise<void> {
    const result = await submitForm(PROJECT_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, updateBudgetProjectMutation, { input: { projectId, ...projectInput(values) } }),
    );
    if (!result.ok) return this.showProject(req, reply, id, projectId, result.view, 400);
    await this.pages.redirect(reply, staffLinks.budget(id), 'staffBudgets.flash.projectUpdated');
  }

  @StaffGet(STAFF_ROUTES.budgetFeasibility)
  async feasibilityPage(
    @Param('id') id: string,
    @Param('projectId') projectId: string,
    @Req() req: WebRequest,
    @Res() reply: WebReply,
  ): Promise<void> {
    await this.showFeasibility(req, reply, id, projectId, null);
  }

  @StaffPost(STAFF_ROUTES.budgetSetFeasibility)
  async setFeasibility(
    @Param('id') id: string,
    @Param('projectId') projectId: string,
    @Req() req: WebRequest,
    @Res() reply: WebReply,
  ): Promise<void> {
    const result = await submitForm(FEASIBILITY_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, setFeasibilityMutation, {
        input: {
          projectId,
          feasibility: values.feasibility as 'FEASIBLE',
          explanation: values.explanation.trim() || undefined,
        },
      }),
    );
    if (!result.ok) return this.showFeasibility(req, reply, id, projectId, result.view, 400);
    await this.pages.redirect(reply, staffLinks.budget(id), 'staffBudgets.flash.feasibility');
  }

  @StaffPost(STAFF_ROUTES.budgetOpen)
  async open(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await this.graphql.mutate(req, reply, openVotingMutation, { id });
    if (!result.ok) {
      const actionForm = formFromFailures(OPEN_FORM, {}, result.failures, this.pages.translator(req));
      return this.showBudget(req, reply, id, { actionForm }, 400);
    }
    await this.pages.redirect(reply, staffLinks.budget(id), 'staffBudgets.flash.opened');
  }

  @StaffPost(STAFF_ROUTES.budgetSchedule)
  async reschedule(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const result = await submitForm(SCHEDULE_FORM, req.body, i18n, (values) =>
      this.graphql.mutate(req, reply, rescheduleVotingMutation, {
        input: {
          budgetId: id,
          votingOpensAt: values.scheduleOpensAt.trim()
            ? (localToIso(values.scheduleOpensAt, i18n.timeZone) ?? values.scheduleOpensAt)
            : undefined,
          votingClosesAt: localToIso(values.scheduleClosesAt, i18n.timeZone) ?? values.scheduleClosesAt,
        },
      }),
    );
    if (!result.ok) return this.showBudget(req, reply, id, { scheduleForm: result.view }, 400);
    await this.pages.redirect(reply, staffLinks.budget(id), 'staffBudgets.flash.rescheduled');
  }

  @StaffPost(STAFF_ROUTES.budgetClose)
  async close(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.step(
      req,
      reply,
      id,
      await this.graphql.mutate(req, reply, closeVotingMutation, { id }),
      'staffBudgets.flash.closed',
    );
  }

  @StaffPost(STAFF_ROUTES.budgetRetry)
  async retry(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.step(
      req,
      reply,
      id,
      await this.graphql.mutate(req, reply, retryTallyMutation, { id }),
      'staffBudgets.flash.retried',
    );
  }

  @StaffPost(STAFF_ROUTES.budgetPublish)
  async publish(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.step(
      req,
      reply,
      id,
      await this.graphql.mutate(req, reply, publishResultMutation, { id }),
      'staffBudgets.flash.published',
    );
  }

  /** A lifecycle step's outcome: back to the budget with its message, or the budget with the refusal above it. */
  private async step(
    req: WebRequest,
    reply: WebReply,
    id: string,
    result: MutationOutcome<unknown>,
    flash: MessageKey,
  ): Promise<void> {
    if (result.ok) return this.pages.redirect(reply, staffLinks.budget(id), flash);
    const actionForm = formFromFailures(STEP_FORM, {}, result.failures, this.pages.translator(req));
    await this.showBudget(req, reply, id, { actionForm }, 400);
  }

  private async showNew(req: WebRequest, reply: WebReply, form: FormView<CreateBudgetField>, status = 200) {
    const data = await this.graphql.query(req, reply, staffBudgetNewQuery);
    await this.pages.send(req, reply, data, h(BudgetNewPage, { data, form }), status);
  }

  private async showBudget(
    req: WebRequest,
    reply: WebReply,
    id: string,
    forms: {
      projectForm?: FormView<ProjectField>;
      actionForm?: FormView<never>;
      scheduleForm?: FormView<ScheduleField>;
    },
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffBudgetQuery, { id });
    await this.pages.send(req, reply, data, h(StaffBudgetPage, { data, ...forms }), status);
  }

  private async showProject(
    req: WebRequest,
    reply: WebReply,
    id: string,
    projectId: string,
    form: FormView<ProjectField> | null,
    status = 200,
  ): Promise<void> {
    await this.showOneProject(req, reply, id, projectId, status, (data, project) =>
      h(BudgetProjectPage, {
        budget: data.budget,
        project,
        form:
          form ??
          emptyForm<ProjectField>({
            projectTitle: project.title,
            projectCost: String(project.cost),
            projectDescription: project.description,
          }),
      }),
    );
  }

  private async showFeasibility(
    req: WebRequest,
    reply: WebReply,
    id: string,
    projectId: string,
    form: FormView<FeasibilityField> | null,
    status = 200,
  ): Promise<void> {
    await this.showOneProject(req, reply, id, projectId, status, (data, project) =>
      h(FeasibilityPage, {
        budgetId: id,
        budgetTitle: data.budget.title,
        project,
        form:
          form ??
          emptyForm<FeasibilityField>({
            feasibility: project.feasibility,
            explanation: project.feasibilityExplanation ?? '',
          }),
      }),
    );
  }

  /** A page about one project of the budget; the 404 page for an id that is not one of its projects. */
  private async showOneProject(
    req: WebRequest,
    reply: WebReply,
    id: string,
    projectId: string,
    status: number,
    // Any page component: its props are checked where it is created, as PageRenderer.send takes it.
    page: (data: StaffBudgetQuery, project: StaffBudgetQuery['budget']['projects'][number]) => VNode<any>,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, staffBudgetQuery, { id });
    const project = data.budget.projects.find((p) => p.id === projectId);
    if (!project) throw new PageDataError({ code: 'NOT_FOUND', message: 'Project', fields: [], details: {} });
    await this.pages.send(req, reply, data, page(data, project), status);
  }
}
