import type { CookieSerializeOptions } from '@fastify/cookie';
import type { AppConfig } from '@quorum/config';

export type CookieKind = 'session' | 'csrf' | 'flash' | 'language' | 'seed';

/**
 * The website's cookies. In production they are Secure and carry the
 * `__Host-` prefix, which browsers only accept from HTTPS, for this exact
 * host and path /: no subdomain or plain-HTTP page can plant or read them.
 */
export class WebCookies {
  private readonly secure: boolean;

  constructor(config: AppConfig) {
    this.secure = config.env === 'production';
  }

  name(kind: CookieKind): string {
    return `${this.secure ? '__Host-' : ''}quorum_${kind}`;
  }

  options(maxAgeSeconds?: number): CookieSerializeOptions {
    return { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secure, maxAge: maxAgeSeconds };
  }
}
