import { MailContent, MailContext, MailLocale } from './mail-content';

export interface ProposalNewsParams {
  proposalId: string;
  proposalTitle: string;
  /** The published official answer's status (EVALUATING, ACCEPTED, REJECTED), or WITHDRAWN. */
  status: string;
  /** The official answer, or the author's reason for withdrawing. */
  text: string;
}

const ANSWER_LABELS: Record<MailLocale, Record<string, string>> = {
  fr: { EVALUATING: "à l'étude", ACCEPTED: 'acceptée', REJECTED: 'refusée' },
  en: { EVALUATING: 'being evaluated', ACCEPTED: 'accepted', REJECTED: 'rejected' },
};

/** To the residents following a proposal: the town hall answered it officially, or its author withdrew it. */
export function proposalNewsTemplate(p: ProposalNewsParams, { locale, publicUrl }: MailContext): MailContent {
  // The website's PATHS.proposal (this library imports no website).
  const url = `${publicUrl}/propositions/${encodeURIComponent(p.proposalId)}`;
  const withdrawn = p.status === 'WITHDRAWN';
  const label = ANSWER_LABELS[locale][p.status] ?? p.status;
  if (locale === 'en')
    return {
      subject: withdrawn
        ? `Proposal withdrawn: ${p.proposalTitle}`
        : `Official answer, proposal ${label}: ${p.proposalTitle}`,
      paragraphs: withdrawn
        ? [`Its author withdrew the proposal "${p.proposalTitle}".`, `Their reason: ${p.text}`]
        : [`The town hall answered the proposal "${p.proposalTitle}": ${label}.`, p.text],
      action: { label: 'See the proposal', url },
      notes: ['You receive this message because you follow this proposal.'],
    };
  return {
    subject: withdrawn
      ? `Proposition retirée : ${p.proposalTitle}`
      : `Réponse officielle, proposition ${label} : ${p.proposalTitle}`,
    paragraphs: withdrawn
      ? [`Son auteur a retiré la proposition « ${p.proposalTitle} ».`, `Sa raison : ${p.text}`]
      : [`La mairie a répondu à la proposition « ${p.proposalTitle} » : ${label}.`, p.text],
    action: { label: 'Voir la proposition', url },
    notes: ['Vous recevez ce message parce que vous suivez cette proposition.'],
  };
}
