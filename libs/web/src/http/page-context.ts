import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
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

export const PageContextValue = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const context = useContext(PageContextValue);
  if (!context) throw new Error('usePage() outside of a rendered page');
  return context;
}

/** The translator of the page being rendered: `const t = useT(); t('home.title')`. */
export function useT(): Translator['t'] {
  const { i18n } = usePage();
  return i18n.t.bind(i18n);
}
