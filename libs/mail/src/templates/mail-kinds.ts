import { MailLocale } from './mail-content';
import { MailTemplateName } from './mail-templates';

/**
 * What a resident may stop receiving, one kind at a time (each message's
 * unsubscribe link names its kind); `digest`, the daily staff digest, goes to
 * staff accounts only.
 */
export type MailKind = 'ballots' | 'reports' | 'follows' | 'digest';

/** In the order the preferences page shows them. */
export const MAIL_KINDS: readonly MailKind[] = ['ballots', 'reports', 'follows', 'digest'];

const KIND_OF: Record<MailTemplateName, MailKind | null> = {
  'ballot-cast': 'ballots',
  'budget-results': 'follows',
  'proposal-news': 'follows',
  'report-received': 'reports',
  'report-status': 'reports',
  'followed-report-status': 'follows',
  'tracked-item-news': 'follows',
  'staff-digest': 'digest',
  'phase-opening': 'follows',
  'budget-voting-opens': 'follows',
  // About the account itself, asked for by its owner or guarding it: always sent, no unsubscribe link.
  'email-confirmation': null,
  'sign-up-attempt': null,
  'password-reset': null,
};

export function mailKindOf(template: MailTemplateName): MailKind | null {
  return KIND_OF[template];
}

export function isMailKind(kind: string): kind is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(kind);
}

/** How the unsubscribe page and each message's footer name a kind. */
export const MAIL_KIND_LABELS: Record<MailLocale, Record<MailKind, string>> = {
  fr: {
    ballots: 'les confirmations de vote',
    reports: 'les nouvelles de vos signalements',
    follows: 'les nouvelles de ce que vous suivez (propositions, budgets, signalements, projets en cours)',
    digest: 'le point du jour de l’équipe',
  },
  en: {
    ballots: 'vote confirmations',
    reports: 'news of your issue reports',
    follows: 'news of what you follow (proposals, budgets, reports, projects under way)',
    digest: 'the team’s daily digest',
  },
};
