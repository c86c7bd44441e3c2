import { Controller, Inject, Req, Res } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { SessionService } from '@quorum/identity';
import { h, VNode } from 'preact';
import { requireSignedIn } from '../errors/web-errors.service';
import { emptyForm, FormView } from '../forms/form';
import { submitForm } from '../forms/submit-form';
import { WebGraphql } from '../graphql/web-graphql.service';
import { PageRenderer } from '../http/page-renderer.service';
import { WebGet, WebPost } from '../http/web-route.decorators';
import { queryParam, WebReply, WebRequest } from '../http/web-request';
import { layoutQuery } from '../layout/layout-data';
import { isLocalPath, links, PATHS } from '../routes/paths';
import { RESIDENCY_FORM, ResidencyField, SIGN_IN_FORM, SIGN_UP_FORM, SignInField, SignUpField } from './account-forms';
import { signInMutation, signUpMutation, verifyResidencyMutation } from './accounts.documents';
import { ResidencyPage } from './residency.page';
import { SignInPage } from './sign-in.page';
import { SignUpPage } from './sign-up.page';

/** Where to go after signing in: the page that asked, never another site. */
function nextOf(req: WebRequest): string | undefined {
  const next = queryParam(req, 'suivant');
  return isLocalPath(next) ? next : undefined;
}

/** Sign up, sign in, sign out and residency verification: forms that call the API's mutations. */
@Controller()
export class AccountsController {
  constructor(
    private readonly graphql: WebGraphql,
    private readonly pages: PageRenderer,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @WebGet(PATHS.signIn)
  async signInPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    if (req.quorumAuth?.user) return this.pages.redirect(reply, nextOf(req) ?? links.home());
    await this.showSignIn(req, reply, emptyForm());
  }

  @WebPost(PATHS.signIn)
  async signIn(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await submitForm(SIGN_IN_FORM, req.body, this.pages.translator(req), (input) =>
      this.graphql.mutate(req, reply, signInMutation, { input }),
    );
    if (!result.ok) return this.showSignIn(req, reply, result.view, 400);
    await this.startSession(req, reply, result.data.login.user.id);
    await this.pages.redirect(reply, nextOf(req) ?? links.home(), 'accounts.flash.signedIn');
  }

  @WebGet(PATHS.signUp)
  async signUpPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    if (req.quorumAuth?.user) return this.pages.redirect(reply, nextOf(req) ?? links.home());
    await this.showSignUp(req, reply, emptyForm());
  }

  @WebPost(PATHS.signUp)
  async signUp(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    const result = await submitForm(SIGN_UP_FORM, req.body, this.pages.translator(req), (input) =>
      this.graphql.mutate(req, reply, signUpMutation, { input }),
    );
    if (!result.ok) return this.showSignUp(req, reply, result.view, 400);
    await this.startSession(req, reply, result.data.register.user.id);
    // Next step: residency, then back to where the visitor was going.
    await this.pages.redirect(reply, links.residency(nextOf(req)), 'accounts.flash.signedUp');
  }

  @WebPost(PATHS.signOut)
  async signOut(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    if (req.quorumSessionToken) await this.sessions.end(req.quorumSessionToken);
    reply.clearCookie(this.pages.cookies.name('session'), this.pages.cookies.options());
    await this.pages.redirect(reply, links.home(), 'accounts.flash.signedOut');
  }

  @WebGet(PATHS.residency)
  async residencyPage(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    await this.showResidency(req, reply, emptyForm());
  }

  @WebPost(PATHS.residency)
  async verifyResidency(@Req() req: WebRequest, @Res() reply: WebReply): Promise<void> {
    requireSignedIn(req);
    const result = await submitForm(RESIDENCY_FORM, req.body, this.pages.translator(req), (input) =>
      this.graphql.mutate(req, reply, verifyResidencyMutation, { input }),
    );
    if (!result.ok) return this.showResidency(req, reply, result.view, 400);
    await this.pages.redirect(reply, nextOf(req) ?? links.home(), 'accounts.flash.verified');
  }

  /**
   * A new session with a new token, whatever cookie came in: a token planted
   * before sign-in (session fixation) is ended, never promoted.
   */
  private async startSession(req: WebRequest, reply: WebReply, userId: string): Promise<void> {
    if (req.quorumSessionToken) await this.sessions.end(req.quorumSessionToken);
    const { token } = await this.sessions.create(userId);
    reply.setCookie(
      this.pages.cookies.name('session'),
      token,
      this.pages.cookies.options(this.config.sessions.maxDays * 86400),
    );
  }

  private showSignIn(req: WebRequest, reply: WebReply, form: FormView<SignInField>, status = 200) {
    return this.show(req, reply, status, h(SignInPage, { form, next: nextOf(req) }));
  }

  private showSignUp(req: WebRequest, reply: WebReply, form: FormView<SignUpField>, status = 200) {
    const page = h(SignUpPage, { form, next: nextOf(req), passwordMinLength: this.config.auth.passwordMinLength });
    return this.show(req, reply, status, page);
  }

  private showResidency(req: WebRequest, reply: WebReply, form: FormView<ResidencyField>, status = 200) {
    return this.show(req, reply, status, h(ResidencyPage, { form, next: nextOf(req) }));
  }

  private async show(req: WebRequest, reply: WebReply, status: number, page: VNode<any>): Promise<void> {
    const data = await this.graphql.query(req, reply, layoutQuery);
    await this.pages.send(req, reply, data, page, status);
  }
}
