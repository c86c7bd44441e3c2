import { Controller, Req, Res } from '@nestjs/common';
import { h } from 'preact';
import { emptyForm } from '../../forms/form';
import { submitForm } from '../../forms/submit-form';
import { WebGraphql } from '../../graphql/web-graphql.service';
import { PageRenderer } from '../../http/page-renderer.service';
import type { WebReply, WebRequest } from '../../http/web-request';
import { staffLinks } from '../../routes/paths';
import { StaffGet, StaffPost } from '../staff-route.decorators';
import { STAFF_ROUTES } from '../staff-routes';
import { LOOKUP_FORM, VERIFY_FORM } from './verification-form';
import { VerificationPage, type VerificationPageProps } from './verification.page';
import { accountLookupQuery, verificationPageQuery, verifyInPersonMutation } from './verification.documents';

/**
 * In-person verification (issue #21, point 6): staff look up the account of
 * the person at the desk, then bind it to their census entry with what they
 * checked. The search is POSTed, never put in a URL (an address or a name
 * would stay in the browser's history and the server's logs), and its
 * results are the POST's answer; the API records each lookup and each
 * verification in the audit log.
 */
@Controller()
export class VerificationController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
  ) {}

  @StaffGet(STAFF_ROUTES.verification)
  async page(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    await this.show(req, reply, { lookupForm: emptyForm() });
  }

  @StaffPost(STAFF_ROUTES.verificationSearch)
  async search(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await this.lookUp(req, reply);
    if (!result.ok) return this.show(req, reply, { lookupForm: result.view }, 400);
    await this.show(req, reply, { lookupForm: emptyForm(result.values), lookup: result.data.accountLookup });
  }

  @StaffPost(STAFF_ROUTES.verificationVerify)
  async verify(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const i18n = this.pages.translator(req);
    const result = await submitForm(VERIFY_FORM, req.body, i18n, (values) =>
      this.graphql.mutate(req, reply, verifyInPersonMutation, {
        input: {
          userId: values.compte,
          censusCode: values.code,
          reason: values.motif,
          districtId: values.quartier || undefined,
        },
      }),
    );
    if (result.ok) return this.pages.redirect(reply, staffLinks.verification(), 'verification.flash.verified');
    // The same accounts again, beside the refusal (the search is sent again: one more lookup in the log).
    const lookup = await this.lookUp(req, reply);
    if (!lookup.ok) return this.show(req, reply, { lookupForm: lookup.view, verifyForm: result.view }, 400);
    await this.show(
      req,
      reply,
      { lookupForm: emptyForm(lookup.values), lookup: lookup.data.accountLookup, verifyForm: result.view },
      400,
    );
  }

  private lookUp(req: WebRequest, reply: WebReply) {
    return submitForm(LOOKUP_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, accountLookupQuery, { search: values.recherche }),
    );
  }

  private async show(
    req: WebRequest,
    reply: WebReply,
    props: Omit<VerificationPageProps, 'data'>,
    status = 200,
  ): Promise<void> {
    const data = await this.graphql.query(req, reply, verificationPageQuery);
    await this.pages.send(req, reply, data, h(VerificationPage, { data, ...props }), status);
  }
}
