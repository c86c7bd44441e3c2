import { Controller, Inject, Req, Res } from '@nestjs/common';
import { Role } from '@quorum/access';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { h, VNode } from 'preact';
import { requireSignedIn } from '../errors/web-errors.service';
import { emptyForm, formFromFailures, FormView, readForm } from '../forms/form';
import { submitForm } from '../forms/submit-form';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { WebReply, WebRequest } from '../http/web-request';
import { layoutQuery } from '../layout/layout-data';
import { links, PATHS } from '../routes/paths';
import {
  DELETE_ACCOUNT_FORM,
  DeleteAccountField,
  DISPLAY_NAME_FORM,
  DisplayNameField,
  MAIL_PREFERENCES_FORM,
  MailPreferencesField,
  PASSWORD_CHANGE_FORM,
  PasswordChangeField,
  REQUEST_DATA_FORM,
} from './account-forms';
import {
  changePasswordMutation,
  deleteMyAccountMutation,
  myAccountQuery,
  myMailPreferencesQuery,
  requestMyDataMutation,
  updateMyAccountMutation,
  updateMyMailPreferencesMutation,
} from './accounts.documents';
import { DeleteAccountPage } from './delete-account.page';
import { DisplayNamePage } from './display-name.page';
import { MailPreferencesPage } from './mail-preferences.page';
import { MyAccountPage } from './my-account.page';
import { PasswordChangePage } from './password-change.page';

/** My account: display name, password, emails received, a copy of my data, deletion; each a form calling the API's mutation. */
@Controller()
export class MyAccountController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @WebGet(PATHS.account)
  async accountPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    await this.showAccount(req, reply, emptyForm());
  }

  @WebPost(PATHS.accountData)
  async requestMyData(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const result = await this.graphql.mutate(req, reply, requestMyDataMutation);
    if (!result.ok) {
      const form = formFromFailures(REQUEST_DATA_FORM, {}, result.failures, this.pages.translator(req));
      return this.showAccount(req, reply, form, 400);
    }
    await this.pages.redirect(reply, links.account(), 'accounts.flash.dataRequested');
  }

  @WebGet(PATHS.accountName)
  async namePage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, this.namePageOf(emptyForm({ displayName: data.me?.displayName })));
  }

  @WebPost(PATHS.accountName)
  async changeName(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const result = await submitForm(DISPLAY_NAME_FORM, req.body, this.pages.translator(req), (input) =>
      this.graphql.mutate(req, reply, updateMyAccountMutation, { input }),
    );
    if (!result.ok) return this.show(req, reply, 400, this.namePageOf(result.view));
    await this.pages.redirect(reply, links.account(), 'accounts.flash.nameChanged');
  }

  @WebGet(PATHS.accountPassword)
  async passwordPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    await this.show(req, reply, 200, this.passwordPageOf(emptyForm()));
  }

  /** The API keeps this browser's session (the caller's) and ends the account's others. */
  @WebPost(PATHS.accountPassword)
  async changePassword(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const result = await submitForm(PASSWORD_CHANGE_FORM, req.body, this.pages.translator(req), (input) =>
      this.graphql.mutate(req, reply, changePasswordMutation, { input }),
    );
    if (!result.ok) return this.show(req, reply, 400, this.passwordPageOf(result.view));
    await this.pages.redirect(reply, links.account(), 'accounts.flash.passwordChanged');
  }

  @WebGet(PATHS.accountDeletion)
  async deletionPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    await this.show(req, reply, 200, this.deletionPageOf(emptyForm()));
  }

  /** The erasure ends every session of the account on the server; the cookie goes too. */
  @WebPost(PATHS.accountDeletion)
  async deleteAccount(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const result = await submitForm(DELETE_ACCOUNT_FORM, req.body, this.pages.translator(req), (values) =>
      this.graphql.mutate(req, reply, deleteMyAccountMutation, {
        input: { password: values.password, deleteContributions: values.deleteContributions === 'on' },
      }),
    );
    if (!result.ok) return this.show(req, reply, 400, this.deletionPageOf(result.view));
    reply.clearCookie(this.pages.cookies.name('session'), this.pages.cookies.options());
    await this.pages.redirect(reply, links.home(), 'accounts.flash.deleted');
  }

  @WebGet(PATHS.accountMail)
  async mailPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const data = await this.graphql.query(req, reply, myMailPreferencesQuery);
    const { ballots, reports, follows, digest } = data.myMailPreferences;
    const ticked = (on: boolean) => (on ? 'on' : '');
    const form = emptyForm<MailPreferencesField>({
      ballots: ticked(ballots),
      reports: ticked(reports),
      follows: ticked(follows),
      digest: ticked(digest),
    });
    await this.pages.send(req, reply, data, h(MailPreferencesPage, { data, form }));
  }

  /** Every box is sent: an unticked one (absent from the body) means "stop that kind". */
  @WebPost(PATHS.accountMail)
  async changeMail(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const values = readForm(MAIL_PREFERENCES_FORM, req.body);
    // The digest's box is shown to staff only: a resident's form leaves it as it is.
    const role = req.quorumAuth?.user?.role;
    const staff = role === Role.STAFF || role === Role.ADMIN;
    const input = {
      ballots: values.ballots === 'on',
      reports: values.reports === 'on',
      follows: values.follows === 'on',
      ...(staff ? { digest: values.digest === 'on' } : {}),
    };
    const result = await this.graphql.mutate(req, reply, updateMyMailPreferencesMutation, { input });
    if (!result.ok) {
      const form = formFromFailures(MAIL_PREFERENCES_FORM, values, result.failures, this.pages.translator(req));
      const data = await this.graphql.query(req, reply, myMailPreferencesQuery);
      return this.pages.send(req, reply, data, h(MailPreferencesPage, { data, form }), 400);
    }
    await this.pages.redirect(reply, links.accountMail(), 'accounts.flash.mailSaved');
  }

  private namePageOf(form: FormView<DisplayNameField>): VNode<any> {
    return h(DisplayNamePage, { form });
  }

  private deletionPageOf(form: FormView<DeleteAccountField>): VNode<any> {
    return h(DeleteAccountPage, { form });
  }

  private passwordPageOf(form: FormView<PasswordChangeField>): VNode<any> {
    return h(PasswordChangePage, { form, minLength: this.config.auth.passwordMinLength });
  }

  private async showAccount(req: WebRequest, reply: WebReply, form: FormView<never>, status = 200): Promise<void> {
    const data = await this.graphql.query(req, reply, myAccountQuery);
    await this.pages.send(req, reply, data, h(MyAccountPage, { data, form }), status);
  }

  private async show(req: WebRequest, reply: WebReply, status: number, page: VNode<any>): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, page, status);
  }
}
