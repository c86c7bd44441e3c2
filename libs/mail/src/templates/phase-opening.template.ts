import { MailContent, MailContext, MailLocale } from './mail-content';
import { mailDateTime } from './mail-date';

export interface PhaseOpeningParams {
  consultationId: string;
  consultationTitle: string;
  /** PhaseKind: PROPOSALS, SUPPORTS, REVIEW, VOTING, RESULTS. */
  phase: string;
  /** When it ends, ISO 8601. */
  endsAt: string;
}

const PHASES: Record<MailLocale, Record<string, string>> = {
  fr: {
    PROPOSALS: 'le dépôt des propositions',
    SUPPORTS: 'le soutien aux propositions',
    REVIEW: 'l’examen des propositions par la mairie',
    VOTING: 'le vote',
    RESULTS: 'les résultats',
  },
  en: {
    PROPOSALS: 'proposal submission',
    SUPPORTS: 'supporting proposals',
    REVIEW: 'the town hall’s review of the proposals',
    VOTING: 'the vote',
    RESULTS: 'the results',
  },
};

/** To the residents following proposals of a consultation: one of its phases opened. */
export function phaseOpeningTemplate(p: PhaseOpeningParams, { locale, publicUrl }: MailContext): MailContent {
  // The website's PATHS.consultation (this library imports no website).
  const url = `${publicUrl}/consultations/${encodeURIComponent(p.consultationId)}`;
  const phase = PHASES[locale][p.phase] ?? p.phase;
  const until = mailDateTime(p.endsAt, locale);
  if (locale === 'en')
    return {
      subject: `Now open, ${phase}: ${p.consultationTitle}`,
      paragraphs: [`In the consultation "${p.consultationTitle}", ${phase} is open until ${until}.`],
      action: { label: 'See the consultation', url },
      notes: ['You receive this message because you follow proposals of this consultation.'],
    };
  return {
    subject: `C’est ouvert, ${phase} : ${p.consultationTitle}`,
    paragraphs: [`Dans la consultation « ${p.consultationTitle} », ${phase} est ouvert jusqu’au ${until}.`],
    action: { label: 'Voir la consultation', url },
    notes: ['Vous recevez ce message parce que vous suivez des propositions de cette consultation.'],
  };
}
