import { Controller, Param, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { formFromFailures, FormSpec, FormView } from '../../forms/form';
import type { Role } from '../../graphql/generated/graphql';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import { formBody, queryParam, WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { afterCursor, sendListPage } from '../staff-paging';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { staffAccountsQuery, staffSetAccountRoleMutation } from './accounts.documents';
import { AccountsPage, ROLES } from './accounts.page';

/** The role forms have one field each, per account: a refusal is said above the list. */
const ROLE_FORM: FormSpec<never> = {
  fields: {},
  codes: {
    OWN_ROLE: { message: 'staffAdmin.accounts.error.ownRole' },
    NOT_FOUND: { message: 'staffAdmin.accounts.error.notFound' },
  },
};

/** The search's limit, as the API's: a pasted page of text is not sent. */
const searchOf = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 254) : '');

/**
 * Accounts and roles, for admins only (issue #21, point 7): the route
 * registry refuses staff, and so does the API. Each change is recorded in
 * the audit log by the API.
 */
@Controller()
export class StaffAccountsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.accounts)
  async list(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, searchOf(queryParam(req, 'q')), afterCursor(req));
  }

  @StaffPost(STAFF_ROUTES.accountRole)
  async setRole(@Param('id') id: string, @Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const body = formBody(req);
    const search = searchOf(body.q);
    const role = typeof body.role === 'string' && ROLES.includes(body.role as Role) ? (body.role as Role) : null;
    const i18n = this.pages.translator(req);
    if (!role) {
      const form: FormView<never> = { values: {}, errors: [], general: [i18n.t('staffAdmin.accounts.error.role')] };
      return this.show(req, reply, search, undefined, form, 400);
    }
    const result = await this.graphql.mutate(req, reply, staffSetAccountRoleMutation, { input: { userId: id, role } });
    if (result.ok)
      return this.pages.redirect(reply, staffLinks.accounts({ search }), 'staffAdmin.accounts.flash.changed');
    await this.show(req, reply, search, undefined, formFromFailures(ROLE_FORM, {}, result.failures, i18n), 400);
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    search: string,
    after: string | undefined,
    form?: FormView<never>,
    status = 200,
  ): Promise<void> {
    const result = await this.graphql.execute(req, reply, staffAccountsQuery, { search: search || null, after });
    await sendListPage(
      this.pages,
      req,
      reply,
      { result, after, firstPage: staffLinks.accounts({ search }) },
      (data) => h(AccountsPage, { data, search, paged: !!after, form }),
      status,
    );
  }
}
