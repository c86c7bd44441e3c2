import { MailContent, MailContext } from './mail-content';
import { reportStatusLabel, reportUrl } from './issue-report-wording';

export interface ReportStatusParams {
  reportId: string;
  categoryName: string;
  /** The new status (IssueReportStatus). */
  status: string;
  /** The public note staff wrote with the change ('' if none). */
  note: string;
}

/** Tells an issue report's reporter that its status changed, with the public note. */
export function reportStatusTemplate(p: ReportStatusParams, { locale, publicUrl }: MailContext): MailContent {
  const url = reportUrl(publicUrl, p.reportId);
  const status = reportStatusLabel(p.status, locale);
  if (locale === 'en')
    return {
      subject: `Your report is now ${status}: ${p.categoryName}`,
      paragraphs: [
        `Your report "${p.categoryName}" is now: ${status}.`,
        ...(p.note ? [`The town hall's note: ${p.note}`] : []),
      ],
      action: { label: 'See my report', url },
      notes: ['You receive this message because you made this report.'],
    };
  return {
    subject: `Votre signalement est désormais ${status} : ${p.categoryName}`,
    paragraphs: [
      `Votre signalement « ${p.categoryName} » est désormais : ${status}.`,
      ...(p.note ? [`Note de la mairie : ${p.note}`] : []),
    ],
    action: { label: 'Voir mon signalement', url },
    notes: ['Vous recevez ce message parce que vous êtes l’auteur de ce signalement.'],
  };
}
