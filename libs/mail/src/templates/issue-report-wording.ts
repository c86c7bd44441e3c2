import { MailLocale } from './mail-content';

/** An issue report's statuses as the website names them (libs/web home.messages.ts), for messages to its reporter. */
const LABELS: Record<MailLocale, Record<string, string>> = {
  fr: {
    OPEN: 'ouvert',
    ACKNOWLEDGED: 'pris en compte',
    IN_PROGRESS: 'en cours',
    ACTION_SCHEDULED: 'intervention prévue',
    FIXED: 'réparé',
    CLOSED: 'clos',
    DUPLICATE: 'doublon',
    NOT_RESPONSIBLE: 'hors compétence de la mairie',
    UNABLE_TO_FIX: 'impossible à réparer',
  },
  en: {
    OPEN: 'open',
    ACKNOWLEDGED: 'acknowledged',
    IN_PROGRESS: 'in progress',
    ACTION_SCHEDULED: 'action scheduled',
    FIXED: 'fixed',
    CLOSED: 'closed',
    DUPLICATE: 'duplicate',
    NOT_RESPONSIBLE: 'not the town hall’s responsibility',
    UNABLE_TO_FIX: 'unable to fix',
  },
};

export function reportStatusLabel(status: string, locale: MailLocale): string {
  return LABELS[locale][status] ?? status;
}

/** The report's public page (the website's PATHS.issueReport; this library imports no website). */
export function reportUrl(publicUrl: string, reportId: string): string {
  return `${publicUrl}/signalements/${encodeURIComponent(reportId)}`;
}
