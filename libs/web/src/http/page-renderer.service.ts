import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Authenticator } from '@quorum/identity';
import type { VNode } from 'preact';
import { WebAssets } from '../assets/web-assets.service';
import type { LayoutDataFragment } from '../graphql/generated/graphql';
import { catalogue, MessageKey } from '../i18n/catalogue';
import { negotiateLocale } from '../i18n/locale';
import { Translator, translatorFor } from '../i18n/translator';
import { WebCookies } from './cookies';
import { pageCsp } from './csp';
import { PageContext, renderPage, Viewer } from './page-context';
import { SiteIdentityCache } from './site-identity';
import type { WebReply, WebRequest } from './web-request';

type CsrfReply = WebReply & { generateCsrf(options?: object): string };

/** Sends pages: the document with its context, headers and status; and the redirects of Post/Redirect/Get. */
@Injectable()
export class PageRenderer {
  readonly cookies: WebCookies;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly assets: WebAssets,
    private readonly site: SiteIdentityCache,
    private readonly authenticator: Authenticator,
  ) {
    this.cookies = new WebCookies(config);
  }

  translator(req: WebRequest): Translator {
    const chosen = (req.cookies as Record<string, string | undefined>)[this.cookies.name('language')];
    return translatorFor(negotiateLocale(chosen, req.headers['accept-language']));
  }

  /**
   * Renders a page. `layout` is the LayoutData the page's query spread; error
   * pages, which may have no data, pass null and get the last known commune
   * and the account the request authenticated.
   */
  async send(
    req: WebRequest,
    reply: WebReply,
    layout: LayoutDataFragment | null,
    // Any page component: its props are checked where it is created (h(Page, props)).
    page: VNode<any>,
    status = 200,
    /** Origins a page's images may also come from: a map's tile server (checked by tileOrigin). */
    imageOrigins: string[] = [],
  ): Promise<void> {
    const site = layout ? this.site.remember(layout.municipality) : this.site.current();
    let csrfToken: string | undefined;
    const context: PageContext = {
      i18n: this.translator(req),
      path: req.url,
      viewer: layout ? layout.me : await this.viewerOf(req),
      site,
      // Made when a form asks for it: a page without a POST form (most pages seen signed out) sets no CSRF cookie.
      get csrfToken() {
        return (csrfToken ??= (reply as CsrfReply).generateCsrf());
      },
      flash: this.takeFlash(req, reply),
      assets: this.assets.urls(site.primaryColor),
    };
    // Encoded once: Fastify sends a Buffer as it is and takes its length for content-length, where a string
    // would be measured in UTF-8 by Fastify and encoded again when written.
    const html = Buffer.from(`<!DOCTYPE html>${renderPage(context, page)}`, 'utf8');
    await reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      // Pages carry a form token and the visitor's name: never stored by a shared cache or the back button's disk cache.
      .header('cache-control', 'no-store')
      .header('content-security-policy', pageCsp(imageOrigins))
      .header('x-frame-options', 'DENY')
      .header('vary', 'cookie, accept-language')
      .send(html);
  }

  /** Post/Redirect/Get: 303 so the browser fetches the target with GET, and a reload never re-submits. */
  async redirect(reply: WebReply, location: string, flash?: MessageKey): Promise<void> {
    if (flash) reply.setCookie(this.cookies.name('flash'), flash, this.cookies.options(120));
    await reply.header('cache-control', 'no-store').redirect(location, 303);
  }

  private takeFlash(req: WebRequest, reply: WebReply): MessageKey | null {
    const name = this.cookies.name('flash');
    const value = (req.cookies as Record<string, string | undefined>)[name];
    if (value === undefined) return null;
    reply.clearCookie(name, this.cookies.options());
    // Only keys of the catalogue: a forged cookie can at most show one of our own messages.
    return Object.hasOwn(catalogue.fr, value) ? (value as MessageKey) : null;
  }

  /** The account the request already authenticated, if any: an error page asks nothing more of a database that may be down. */
  private async viewerOf(req: WebRequest): Promise<Viewer | null> {
    const account = req.quorumAuth ? await this.authenticator.account(req) : null;
    if (!account) return null;
    return { displayName: account.user.displayName, role: account.user.role, verified: account.verified };
  }
}
