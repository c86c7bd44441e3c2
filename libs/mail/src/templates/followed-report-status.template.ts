import { MailContent, MailContext } from './mail-content';
import { reportStatusLabel, reportUrl } from './issue-report-wording';
import { ReportStatusParams } from './report-status.template';

/** Tells a resident following an issue report (followIssueReport) that its status changed, with the public note. */
export function followedReportStatusTemplate(p: ReportStatusParams, { locale, publicUrl }: MailContext): MailContent {
  const url = reportUrl(publicUrl, p.reportId);
  const status = reportStatusLabel(p.status, locale);
  if (locale === 'en')
    return {
      subject: `A report you follow is now ${status}: ${p.categoryName}`,
      paragraphs: [
        `The report "${p.categoryName}" you follow is now: ${status}.`,
        ...(p.note ? [`The town hall's note: ${p.note}`] : []),
      ],
      action: { label: 'See the report', url },
      notes: ['You receive this message because you follow this report.'],
    };
  return {
    subject: `Un signalement que vous suivez est désormais ${status} : ${p.categoryName}`,
    paragraphs: [
      `Le signalement « ${p.categoryName} » que vous suivez est désormais : ${status}.`,
      ...(p.note ? [`Note de la mairie : ${p.note}`] : []),
    ],
    action: { label: 'Voir le signalement', url },
    notes: ['Vous recevez ce message parce que vous suivez ce signalement.'],
  };
}
