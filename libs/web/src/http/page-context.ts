import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import type { ClientScript, PageStylesheet } from '../assets/client-scripts';

export interface Viewer {
  displayName: string;
  role: 'RESIDENT' | 'STAFF' | 'ADMIN';
  verified: boolean;
}

/** The commune as the layout shows it. */
export interface SiteIdentity {
  name: string;
  primaryColor: string;
  logoUrl: string | null;
  /** RGAA conformity of the accessibility statement, shown in every footer; null until stated. */
  accessibility: 'FULL' | 'PARTIAL' | 'NONE' | null;
}

export interface AssetUrls {
  stylesheet: string;
  favicon: string;
  script(name: ClientScript): string;
  pageStylesheet(name: PageStylesheet): string;
}

/** What every component may read while a page renders. */
export interface PageContext {
  i18n: Translator;
  /** Path and query of this page: where the language switch and sign-in come back to. */
  path: string;
  viewer: Viewer | null;
  site: SiteIdentity;
  csrfToken: string;
  /** The one-shot message of the action that led here (Post/Redirect/Get). */
  flash: MessageKey | null;
  assets: AssetUrls;
}

/** The page being rendered: rendering is synchronous, so a process renders one page at a time. */
let rendering: PageContext | null = null;

/**
 * Renders a page to HTML; its components read `context` with usePage(). A module variable rather than a
 * Preact context read with hooks: preact/hooks, once loaded, hooks into the rendering of every element and
 * gives every component a state of its own, which cost more than a page's components themselves.
 */
export function renderPage(context: PageContext, page: VNode<any>): string {
  const outer = rendering;
  rendering = context;
  try {
    return renderToString(page);
  } finally {
    rendering = outer;
  }
}

export function usePage(): PageContext {
  if (!rendering) throw new Error('usePage() outside of a rendered page');
  return rendering;
}

/** The translator of the page being rendered: `const t = useT(); t('home.title')`. */
export function useT(): Translator['t'] {
  return usePage().i18n.t;
}
