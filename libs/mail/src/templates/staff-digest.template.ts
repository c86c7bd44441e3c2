import { MailContent, MailContext, MailLocale } from './mail-content';

export interface StaffDigestParams {
  /** The day of the digest, YYYY-MM-DD. */
  day: string;
  /** Null when no domain gave it. */
  moderationQueue: number | null;
  /** Issue reports of the last 24 hours per department; null when no domain gave them. */
  newReportsByDepartment: { department: string | null; count: number }[] | null;
}

const WORDS: Record<
  MailLocale,
  {
    subject: (day: string) => string;
    moderation: (n: number) => string;
    reports: (n: number) => string;
    unassigned: string;
    action: string;
    note: string;
  }
> = {
  fr: {
    subject: (day) => `Le point du jour pour l’équipe : ${day}`,
    moderation: (n) =>
      n === 0
        ? 'File de modération : rien en attente.'
        : `File de modération : ${n} contenu${n > 1 ? 's' : ''} signalé${n > 1 ? 's' : ''} en attente de décision.`,
    reports: (n) =>
      n === 0
        ? 'Signalements reçus ces dernières 24 heures : aucun.'
        : `Signalements reçus ces dernières 24 heures : ${n}, par service :`,
    unassigned: 'sans service',
    action: 'Ouvrir l’espace de gestion',
    note: 'Vous recevez ce message parce que votre compte fait partie de l’équipe de la mairie.',
  },
  en: {
    subject: (day) => `The team's daily digest: ${day}`,
    moderation: (n) =>
      n === 0
        ? 'Moderation queue: nothing waiting.'
        : `Moderation queue: ${n} reported item${n > 1 ? 's' : ''} awaiting a decision.`,
    reports: (n) =>
      n === 0
        ? 'Issue reports received in the last 24 hours: none.'
        : `Issue reports received in the last 24 hours: ${n}, by department:`,
    unassigned: 'no department',
    action: 'Open the back office',
    note: 'You receive this message because your account is on the town hall’s team.',
  },
};

/** The daily staff digest: the moderation queue and the new issue reports per department. */
export function staffDigestTemplate(p: StaffDigestParams, { locale, publicUrl }: MailContext): MailContent {
  const words = WORDS[locale];
  const paragraphs: string[] = [];
  if (p.moderationQueue !== null) paragraphs.push(words.moderation(p.moderationQueue));
  if (p.newReportsByDepartment !== null) {
    const total = p.newReportsByDepartment.reduce((sum, row) => sum + row.count, 0);
    const separator = locale === 'fr' ? ' : ' : ': ';
    paragraphs.push(
      words.reports(total),
      ...p.newReportsByDepartment.map((row) => `${row.department ?? words.unassigned}${separator}${row.count}`),
    );
  }
  // The website's PATHS.staffHome (this library imports no website).
  return {
    subject: words.subject(p.day),
    paragraphs,
    action: { label: words.action, url: `${publicUrl}/gestion` },
    notes: [words.note],
  };
}
