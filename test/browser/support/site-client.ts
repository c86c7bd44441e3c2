/**
 * The website over plain HTTP, as a browser without JavaScript talks to it:
 * a cookie jar, the CSRF token read from each form page, urlencoded posts,
 * redirects not followed (so tests see each 303).
 */
export class SiteClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = { 'accept-language': 'fr-FR', accept: 'text/html' },
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async get(path: string): Promise<{ status: number; html: string; headers: Headers }> {
    const response = await this.fetch(path, { method: 'GET' });
    return { status: response.status, html: await response.text(), headers: response.headers };
  }

  /** The token of the first form of a page. */
  async csrfToken(path: string): Promise<string> {
    const { html } = await this.get(path);
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`No CSRF token on ${path}`);
    return token;
  }

  /** Posts a form; `_csrf` is taken from `formPath` unless given (or null, to leave it out). */
  async post(
    path: string,
    fields: Record<string, string>,
    options: { formPath?: string; csrf?: string | null } = {},
  ): Promise<{ status: number; location: string | null; html: string; headers: Headers }> {
    const csrf = options.csrf === undefined ? await this.csrfToken(options.formPath ?? path) : options.csrf;
    const body = new URLSearchParams({ ...fields, ...(csrf === null ? {} : { _csrf: csrf }) });
    const response = await this.fetch(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: await response.text(),
      headers: response.headers,
    };
  }

  private async fetch(path: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...this.headers, ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.split('=');
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=Thu, 01 Jan 1970)/i.test(a));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('=').trim());
    }
    return response;
  }
}
