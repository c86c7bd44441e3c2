import { Controller, Param, Req, Res } from '@nestjs/common';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { h } from 'preact';
import type { FormView } from '../../forms/form';
import { submitForm } from '../../forms/submit-form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import type { StaffHideContentMutationVariables } from '../../graphql/generated/graphql';
import { PageRenderer } from '../../http/page-renderer.service';
import { queryParam, WebReply, WebRequest } from '../../http/web-request';
import type { MessageKey } from '../../i18n/catalogue';
import { staffLinks } from '../../routes/paths';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { HiddenFilter, ModerationQueuePage } from './moderation-queue.page';
import {
  blockAuthorMutation,
  dismissReportsMutation,
  hideContentMutation,
  moderationQueueQuery,
  restoreContentMutation,
} from './moderation.documents';
import { decisionForm, ReasonField } from './moderation-form';

/** Identity blocks residents only. */
const BLOCK_CODES = { FORBIDDEN: { message: 'moderation.refused.staffAuthor' as const } };

/** Every decision document takes the moderation's id and the reason, and answers one Boolean. */
type DecisionMutation = DocumentTypeDecoration<unknown, StaffHideContentMutationVariables>;

function hiddenFilter(req: WebRequest): HiddenFilter {
  const value = queryParam(req, 'masque');
  return value === 'true' || value === 'false' ? value : undefined;
}

/**
 * Moderation (issue #21, point 3): the queue, and hide, restore, dismiss,
 * block the author, each a POST with its reason, which the API keeps in the
 * item's history and records in the audit log.
 */
@Controller()
export class ModerationController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.moderation)
  async queue(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.showQueue(req, reply);
  }

  @StaffPost(STAFF_ROUTES.moderationHide)
  async hide(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.decide(id, req, reply, hideContentMutation, 'moderation.flash.hidden');
  }

  @StaffPost(STAFF_ROUTES.moderationRestore)
  async restore(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.decide(id, req, reply, restoreContentMutation, 'moderation.flash.restored');
  }

  @StaffPost(STAFF_ROUTES.moderationDismiss)
  async dismiss(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.decide(id, req, reply, dismissReportsMutation, 'moderation.flash.dismissed');
  }

  @StaffPost(STAFF_ROUTES.moderationBlock)
  async block(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.decide(id, req, reply, blockAuthorMutation, 'moderation.flash.blocked', BLOCK_CODES);
  }

  /**
   * Post/Redirect/Get to the queue on success; the queue again otherwise,
   * the refusal above it and at the item's reason, what was typed kept.
   */
  private async decide(
    id: string,
    req: WebRequest,
    reply: WebReply,
    mutation: DecisionMutation,
    flash: MessageKey,
    codes?: typeof BLOCK_CODES,
  ): Promise<void> {
    const spec = decisionForm(id, codes);
    const result = await submitForm(spec, req.body, this.pages.translator(req), async (values) => {
      const reason = Object.values<string>(values)[0] ?? '';
      return this.graphql.mutate(req, reply, mutation, { id, reason });
    });
    if (result.ok) return this.pages.redirect(reply, staffLinks.moderation(), flash);
    await this.showQueue(req, reply, result.view, 400);
  }

  private async showQueue(req: WebRequest, reply: WebReply, form?: FormView<ReasonField>, status = 200): Promise<void> {
    const hidden = hiddenFilter(req);
    const after = afterCursor(req);
    const result = await this.graphql.execute(req, reply, moderationQueueQuery, {
      hidden: hidden === undefined ? undefined : hidden === 'true',
      after,
    });
    await sendListPage(
      this.pages,
      req,
      reply,
      { result, after, firstPage: staffLinks.moderation({ hidden }) },
      (data) => h(ModerationQueuePage, { data, hidden, paged: !!after, form }),
      status,
    );
  }
}
