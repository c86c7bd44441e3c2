export type MailLocale = 'fr' | 'en';

/** What a template says, before the layout turns it into text and HTML. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  /** The one thing to do, as a link (its URL is also written out in full in the text part). */
  action?: { label: string; url: string };
  /** Below the action: why the reader got this message, what to do if it was not them. */
  notes?: string[];
}

/** What every template may use besides its parameters. */
export interface MailContext {
  locale: MailLocale;
  /** The account's display name; null for an address without an account. */
  displayName: string | null;
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
