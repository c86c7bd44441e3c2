import { Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h } from 'preact';
import { requireSignedIn } from '../errors/web-errors.service';
import { emptyForm, formFromFailures, FormView, UnhandledFailure } from '../forms/form';
import type { BudgetQuery } from '../graphql/generated/graphql';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { formBody, queryParam, WebReply, WebRequest } from '../http/web-request';
import { layoutQuery } from '../layout/layout-data';
import { budgetLinks as links, PATHS } from '../routes/paths';
import { ballotProblem, castInput, draftOf, isPageFailure, readBallot, refusalView } from './ballot-form';
import { BallotReceiptPage } from './ballot-receipt.page';
import { BallotReviewPage } from './ballot-review.page';
import { BallotPage, BallotPageProps } from './ballot.page';
import { BudgetListPage } from './budget-list.page';
import { BudgetPage } from './budget.page';
import { BudgetRecountPage } from './budget-recount.page';
import { BudgetResultsPage } from './budget-results.page';
import {
  budgetQuery,
  budgetRecountQuery,
  budgetResultsQuery,
  budgetsQuery,
  castBallotMutation,
  receiptBudgetQuery,
  receiptCheckQuery,
} from './budgets.documents';
import { readProjectFilters } from './project-filters';
import { RECEIPT_CHECK_FORM, ReceiptCheckField } from './receipt-check-form';
import { ReceiptCheckPage } from './receipt-check.page';

/**
 * Participatory budgets: the list, a budget's page and results, and the
 * ballot: form, review step, cast, receipt. The ballot travels from step to
 * step in the POSTed form only (never in a URL, a cookie or a log).
 */
@Controller()
export class BudgetsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @WebGet(PATHS.budgets)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, budgetsQuery);
    await this.pages.send(req, reply, data, h(BudgetListPage, { data, now: new Date() }));
  }

  @WebGet(PATHS.budget)
  async budget(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.load(req, reply, id);
    const filters = readProjectFilters((name) => queryParam(req, name));
    await this.pages.send(req, reply, data, h(BudgetPage, { data, now: new Date(), filters }));
  }

  @WebGet(PATHS.budgetResults)
  async results(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, budgetResultsQuery, { id });
    if (!data.budget.result) return this.pages.redirect(reply, links.budget(id));
    const projectsPage = queryParam(req, 'page');
    await this.pages.send(req, reply, data, h(BudgetResultsPage, { data, projectsPage }));
  }

  /** For journalists: the published ballots file, its SHA-256, the rule and the commands that recount it. */
  @WebGet(PATHS.budgetRecount)
  async recount(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const data = await this.graphql.query(req, reply, budgetRecountQuery, { id });
    // Staff read a tallied result before it is published; its file is published with it.
    if (!data.budget.result || data.budget.status !== 'PUBLISHED') return this.pages.redirect(reply, links.budget(id));
    await this.pages.send(req, reply, data, h(BudgetRecountPage, { data, origin: this.config.http.publicUrl }));
  }

  /** A GET form: the receipt in the address, so the check can be kept or shared by whoever holds the receipt. */
  @WebGet(PATHS.receiptCheck)
  async receiptCheck(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const receipt = (queryParam(req, 'recu') ?? '').trim();
    if (!receipt) return this.showReceiptCheck(req, reply, emptyForm(), null);
    const { data, failures } = await this.graphql.execute(req, reply, receiptCheckQuery, { receipt });
    if (!data || failures.length > 0) {
      // Unknown or unpublished receipts are refused at the field; unhandled failures throw to the error page.
      // Past the visitor's allowance of lookups (an expensive read), the form says when to try again, as a 429.
      const form = formFromFailures(RECEIPT_CHECK_FORM, { recu: receipt }, failures, this.pages.translator(req));
      const limited = failures.some((failure) => failure.code === 'RATE_LIMITED');
      return this.showReceiptCheck(req, reply, form, null, limited ? 429 : 404);
    }
    const inclusion = data.ballotReceipt;
    const { budget } = await this.graphql.query(req, reply, receiptBudgetQuery, { id: inclusion.budgetId });
    const page = h(ReceiptCheckPage, { form: emptyForm({ recu: receipt }), found: { inclusion, budget } });
    await this.pages.send(req, reply, data, page);
  }

  private async showReceiptCheck(
    req: WebRequest,
    reply: WebReply,
    form: FormView<ReceiptCheckField>,
    found: null,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, h(ReceiptCheckPage, { form, found }), status);
  }

  @WebGet(PATHS.ballot)
  async ballot(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.load(req, reply, id);
    await this.showBallot(req, reply, { data, draft: draftOf(data.myBallot), form: emptyForm() });
  }

  /** "Update the total" shows the form again with the amount left; "Continue" goes to the review step. */
  @WebPost(PATHS.ballot)
  async review(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.load(req, reply, id);
    const body = formBody(req);
    const draft = readBallot(data.budget, body);
    if (body.action === 'total') return this.showBallot(req, reply, { data, draft, form: emptyForm(), updated: true });
    const problem = ballotProblem(data.budget, draft);
    if (problem) {
      const form = refusalView(data.budget, draft, problem, this.pages.translator(req));
      return this.showBallot(req, reply, { data, draft, form }, 400);
    }
    await this.pages.send(req, reply, data, h(BallotReviewPage, { data, draft }));
  }

  @WebPost(PATHS.ballotCast)
  async cast(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.load(req, reply, id);
    const body = formBody(req);
    const draft = readBallot(data.budget, body);
    if (body.action !== 'cast') return this.showBallot(req, reply, { data, draft, form: emptyForm() });
    const result = await this.graphql.mutate(req, reply, castBallotMutation, { input: castInput(data.budget, draft) });
    if (!result.ok) {
      const failure = result.failures[0];
      if (!failure || isPageFailure(failure)) throw new UnhandledFailure(failure);
      const form = refusalView(data.budget, draft, failure.code, this.pages.translator(req), failure.details);
      return this.showBallot(req, reply, { data, draft, form }, 400);
    }
    await this.pages.redirect(reply, links.ballotReceipt(id), 'budgets.flash.cast');
  }

  @WebGet(PATHS.ballotReceipt)
  async receipt(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.load(req, reply, id);
    if (!data.myBallot) return this.pages.redirect(reply, links.ballot(id));
    await this.pages.send(req, reply, data, h(BallotReceiptPage, { data, myBallot: data.myBallot }));
  }

  private load(req: WebRequest, reply: WebReply, id: string): Promise<BudgetQuery> {
    return this.graphql.query(req, reply, budgetQuery, { id, signedIn: !!req.quorumAuth?.user });
  }

  private showBallot(req: WebRequest, reply: WebReply, props: Omit<BallotPageProps, 'now'>, status = 200) {
    return this.pages.send(req, reply, props.data, h(BallotPage, { ...props, now: new Date() }), status);
  }
}
