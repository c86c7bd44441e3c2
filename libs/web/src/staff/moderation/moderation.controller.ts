import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { formFromFailures, FormSpec } from '../../forms/form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { queryParam, WebReply, WebRequest } from '../../http/web-request';
import type { MessageKey } from '../../i18n/catalogue';
import { staffLinks } from '../../routes/paths';
import { pageData } from '../staff-paging';
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

/** The decisions have no field: a refusal is said above the queue, shown again. */
const DECISION_FORM: FormSpec<never> = {
  fields: {},
  codes: { NOT_FOUND: { message: 'moderation.refused.notFound' } },
};

const BLOCK_FORM: FormSpec<never> = {
  fields: {},
  codes: {
    ...DECISION_FORM.codes,
    // Identity blocks residents only.
    FORBIDDEN: { message: 'moderation.refused.staffAuthor' },
  },
};

function hiddenFilter(req: WebRequest): HiddenFilter {
  const value = queryParam(req, 'masque');
  return value === 'true' || value === 'false' ? value : undefined;
}

/**
 * Moderation (issue #21, point 3): the queue, and hide, restore, dismiss,
 * block the author, each a POST that the API records in the audit log.
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
    const result = await this.graphql.mutate(req, reply, hideContentMutation, { id });
    await this.decided(req, reply, result, DECISION_FORM, 'moderation.flash.hidden');
  }

  @StaffPost(STAFF_ROUTES.moderationRestore)
  async restore(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await this.graphql.mutate(req, reply, restoreContentMutation, { id });
    await this.decided(req, reply, result, DECISION_FORM, 'moderation.flash.restored');
  }

  @StaffPost(STAFF_ROUTES.moderationDismiss)
  async dismiss(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await this.graphql.mutate(req, reply, dismissReportsMutation, { id });
    await this.decided(req, reply, result, DECISION_FORM, 'moderation.flash.dismissed');
  }

  @StaffPost(STAFF_ROUTES.moderationBlock)
  async block(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await this.graphql.mutate(req, reply, blockAuthorMutation, { id });
    await this.decided(req, reply, result, BLOCK_FORM, 'moderation.flash.blocked');
  }

  /** Post/Redirect/Get to the queue on success; the queue again, with the refusal above it, otherwise. */
  private async decided(
    req: WebRequest,
    reply: WebReply,
    result: Awaited<ReturnType<WebGraphql['mutate']>>,
    spec: FormSpec<never>,
    flash: MessageKey,
  ): Promise<void> {
    if (result.ok) return this.pages.redirect(reply, staffLinks.moderation(), flash);
    const form = formFromFailures(spec, {}, result.failures, this.pages.translator(req));
    await this.showQueue(req, reply, form, 400);
  }

  private async showQueue(
    req: WebRequest,
    reply: WebReply,
    form?: ReturnType<typeof formFromFailures<never>>,
    status = 200,
  ): Promise<void> {
    const hidden = hiddenFilter(req);
    const after = queryParam(req, 'apres') || undefined;
    const result = await this.graphql.execute(req, reply, moderationQueueQuery, {
      hidden: hidden === undefined ? undefined : hidden === 'true',
      after,
    });
    const page = pageData(result, after);
    if (!('data' in page)) return this.pages.redirect(reply, staffLinks.moderation({ hidden }));
    const { data } = page;
    await this.pages.send(req, reply, data, h(ModerationQueuePage, { data, hidden, paged: !!after, form }), status);
  }
}
