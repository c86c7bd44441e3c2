import { MailContent, MailContext } from './mail-content';
import { reportUrl } from './issue-report-wording';

export interface ReportReceivedParams {
  reportId: string;
  categoryName: string;
  /** As the reporter typed it, if they did. */
  address: string | null;
}

/** Acknowledges an issue report to whoever made it (an account, or an anonymous reporter who left an address). */
export function reportReceivedTemplate(p: ReportReceivedParams, { locale, publicUrl }: MailContext): MailContent {
  const url = reportUrl(publicUrl, p.reportId);
  if (locale === 'en')
    return {
      subject: `Your report is received: ${p.categoryName}`,
      paragraphs: [
        p.address
          ? `The town hall received your report "${p.categoryName}" at ${p.address}.`
          : `The town hall received your report "${p.categoryName}".`,
        'You will receive a message each time its status changes. Its page shows where it stands.',
      ],
      action: { label: 'Follow my report', url },
      notes: ['Your contact details are never published. If you did not make this report, ignore this message.'],
    };
  return {
    subject: `Votre signalement est bien reçu : ${p.categoryName}`,
    paragraphs: [
      p.address
        ? `La mairie a bien reçu votre signalement « ${p.categoryName} » au ${p.address}.`
        : `La mairie a bien reçu votre signalement « ${p.categoryName} ».`,
      'Vous recevrez un message à chaque changement de son état. Sa page indique où il en est.',
    ],
    action: { label: 'Suivre mon signalement', url },
    notes: [
      "Vos coordonnées ne sont jamais publiées. Si vous n'êtes pas l'auteur de ce signalement, ignorez ce message.",
    ],
  };
}
