import { Controller, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { randomInt } from 'node:crypto';
import { h } from 'preact';
import { requireSignedIn } from '../errors/web-errors.service';
import { emptyForm, formFromFailures, FormView } from '../forms/form';
import { submitForm } from '../forms/submit-form';
import type { ProposalFilterInput, ProposalsQueryVariables } from '../graphql/generated/graphql';
import { PageDataError, toFailure } from '../graphql/graphql-failure';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { formBody, queryParam, WebReply, WebRequest } from '../http/web-request';
import { consultationLinks, PATHS } from '../routes/paths';
import { COMMENT_FORM, CommentField, REPORT_FORM, REPORT_REASONS, ReportField } from './proposal-forms';
import { ListParams, readListParams, SEARCH_MAX_LENGTH } from './proposal-list-params';
import { ProposalListPage } from './proposal-list.page';
import { ProposalPageState, proposalUrl, readPageState } from './proposal-page-state';
import { ProposalPage } from './proposal.page';
import {
  addCommentMutation,
  proposalConsultationQuery,
  proposalQuery,
  type ProposalPageData,
  proposalsQuery,
  reportContentMutation,
  supportProposalMutation,
  withdrawSupportMutation,
} from './proposals.documents';
import { knownId } from './known-id';
import { ReportContentPage } from './report-content.page';

/** The seed of the random order lives a day: the same visitor sees the same shuffle while browsing. */
const SEED_MAX_AGE_SECONDS = 24 * 3600;

/**
 * A consultation's proposals and a proposal's page, with its actions:
 * support, withdraw a support, comment, reply, report. Every action is a POST
 * answered by a redirect (Post/Redirect/Get) with a status message, or by the
 * page again with its refusals when the API says no.
 */
@Controller()
export class ProposalsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @WebGet(PATHS.proposals)
  async list(@Param('id') consultationId: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(consultationId);
    const params = readListParams((name) => queryParam(req, name));
    const tooLong = params.q.length > SEARCH_MAX_LENGTH;
    const filter: ProposalFilterInput = {
      search: params.q && !tooLong ? params.q : undefined,
      categoryId: params.categoryId,
      districtId: params.districtId,
      status: params.answer,
      mine: params.mine || undefined,
    };
    const variables: ProposalsQueryVariables = {
      consultationId,
      // No filter when no criterion is set: an empty one is still an object for the API to validate.
      filter: Object.values(filter).some((value) => value !== undefined) ? filter : undefined,
      orderBy: params.order,
      seed: params.order === 'RANDOM' ? this.seedOf(req, reply) : undefined,
      after: params.after,
    };
    const { data, failures } = await this.graphql.execute(req, reply, proposalsQuery, variables);
    if (data && failures.length === 0 && !tooLong) {
      const page = h(ProposalListPage, { data, params, form: emptyForm({ q: params.q }), showResults: true });
      return this.pages.send(req, reply, data, page);
    }
    // Refused criteria (a forged cursor, words too long): the form again with the problem, the list left out.
    const i18n = this.pages.translator(req);
    const form: FormView<'q'> = tooLong
      ? {
          values: { q: params.q },
          errors: [{ field: 'q', text: i18n.t('proposals.field.search.invalid') }],
          general: [],
        }
      : formFromFailures(
          { fields: { q: { path: 'filter.search', invalid: 'proposals.field.search.invalid' } } },
          { q: params.q },
          failures,
          i18n,
        );
    const plain: ListParams = { ...params, after: undefined };
    const frame = await this.graphql.query(req, reply, proposalsQuery, { consultationId, orderBy: 'RECENT' });
    await this.pages.send(
      req,
      reply,
      frame,
      h(ProposalListPage, { data: frame, params: plain, form, showResults: false }),
      400,
    );
  }

  @WebGet(PATHS.proposal)
  async proposal(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    const state = readPageState((name) => queryParam(req, name));
    await this.show(req, reply, id, state, emptyForm());
  }

  /** The page's actions, told apart by the button's `action` value. */
  @WebPost(PATHS.proposal)
  async act(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    requireSignedIn(req);
    const body = formBody(req);
    if (body.action === 'support' || body.action === 'unsupport') {
      const supporting = body.action === 'support';
      const result = supporting
        ? await this.graphql.mutate(req, reply, supportProposalMutation, { id })
        : await this.graphql.mutate(req, reply, withdrawSupportMutation, { id });
      if (result.ok) {
        const flash = supporting ? 'proposals.flash.supported' : 'proposals.flash.unsupported';
        return this.pages.redirect(reply, `${consultationLinks.proposal(id)}#soutiens`, flash);
      }
      const form = formFromFailures(COMMENT_FORM, { body: '' }, result.failures, this.pages.translator(req));
      return this.show(req, reply, id, { order: 'OLDEST' }, form, 400);
    }
    const parentId = typeof body.parentId === 'string' && body.parentId ? body.parentId : undefined;
    // The form's address carries the page it was on (order, page of comments), shown again after a refusal.
    const shown = readPageState((name) => queryParam(req, name));
    const state: ProposalPageState = { ...shown, replyTo: parentId };
    const outcome = await submitForm(COMMENT_FORM, body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, addCommentMutation, { input: { proposalId: id, parentId, body: values.body } }),
    );
    if (!outcome.ok) return this.show(req, reply, id, state, outcome.view, 400);
    if (parentId) {
      // A reply sits under its comment, on the page it was written from.
      const target = proposalUrl(id, { order: shown.order, after: shown.after });
      return this.pages.redirect(reply, `${target}#commentaire-${parentId}`, 'proposals.flash.replied');
    }
    // A new comment is the newest: first in that order.
    const target = `${proposalUrl(id, { order: 'NEWEST' })}#commentaire-${outcome.data.addComment.id}`;
    await this.pages.redirect(reply, target, 'proposals.flash.commented');
  }

  @WebGet(PATHS.reportContent)
  async reportForm(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    requireSignedIn(req);
    await this.showReport(req, reply, id, emptyForm());
  }

  @WebPost(PATHS.reportContent)
  async report(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    knownId(id);
    requireSignedIn(req);
    const commentId = this.commentIdOf(req);
    const body = formBody(req);
    // A reason no radio button gives is no reason: asked for again, as an empty one.
    const reason = REPORT_REASONS.find((r) => r === body.reason) ?? '';
    const outcome = await submitForm(REPORT_FORM, { ...body, reason }, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, reportContentMutation, {
        input: {
          targetType: commentId ? 'COMMENT' : 'PROPOSAL',
          targetId: commentId ?? id,
          reason: values.reason as (typeof REPORT_REASONS)[number],
          details: values.details.trim() || null,
        },
      }),
    );
    if (!outcome.ok) return this.showReport(req, reply, id, outcome.view, 400);
    const anchor = commentId ? `#commentaire-${commentId}` : '';
    await this.pages.redirect(reply, `${consultationLinks.proposal(id)}${anchor}`, 'proposals.flash.reported');
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    id: string,
    state: ProposalPageState,
    form: FormView<CommentField>,
    status = 200,
  ): Promise<void> {
    const data = await this.load(req, reply, id, state);
    const shareUrl = `${this.config.http.publicUrl}${consultationLinks.proposal(id)}`;
    await this.pages.send(req, reply, data, h(ProposalPage, { data, state, form, shareUrl, now: new Date() }), status);
  }

  /** One GraphQL execution: the proposal brings its consultation (`Proposal.consultation`). */
  private async load(
    req: WebRequest,
    reply: WebReply,
    id: string,
    state: ProposalPageState,
  ): Promise<ProposalPageData> {
    const { data, failures } = await this.graphql.execute(req, reply, proposalQuery, {
      id,
      commentOrder: state.order,
      after: state.after,
      signedIn: !!req.quorumAuth?.user,
    });
    if (data && failures.length === 0) {
      const { consultation } = data.proposal;
      // A proposal one may see is in a consultation one may see; null would be a consultation unpublished meanwhile.
      if (!consultation) throw new NotFoundException();
      return { ...data, consultation };
    }
    // A page of comments whose cursor the API refuses (edited by hand, or of the other order) does not exist.
    if (state.after && failures.some((f) => f.code === 'VALIDATION_FAILED')) throw new NotFoundException();
    throw new PageDataError(failures[0] ?? toFailure({ message: 'No data' }));
  }

  private async showReport(req: WebRequest, reply: WebReply, id: string, form: FormView<ReportField>, status = 200) {
    const data = await this.graphql.query(req, reply, proposalConsultationQuery, { id });
    const page = h(ReportContentPage, { proposal: data.proposal, commentId: this.commentIdOf(req), form });
    await this.pages.send(req, reply, data, page, status);
  }

  private commentIdOf(req: WebRequest): string | undefined {
    return queryParam(req, 'commentaire') || undefined;
  }

  /** The visitor's shuffle seed, from its cookie or a new one. */
  private seedOf(req: WebRequest, reply: WebReply): number {
    const name = this.pages.cookies.name('seed');
    const stored = Number((req.cookies as Record<string, string | undefined>)[name]);
    if (Number.isInteger(stored) && stored >= 0 && stored < 2 ** 31) return stored;
    const seed = randomInt(2 ** 31 - 1);
    reply.setCookie(name, String(seed), this.pages.cookies.options(SEED_MAX_AGE_SECONDS));
    return seed;
  }
}
