import { MailContent, MailContext } from './mail-content';

export interface BallotCastParams {
  budgetId: string;
  budgetTitle: string;
  /** True when this ballot replaced an earlier one of the same resident. */
  replaced: boolean;
}

/**
 * Confirms a vote, or tells that it was replaced (which an account taken
 * over would reveal). It never carries the receipt: once results are
 * published a receipt shows the ballot's content to whoever holds it, and a
 * mailbox is read by more people, for longer, than the voter's signed-in
 * page, where the link leads (docs/SECURITY.md, "Ballot confirmations").
 * The path is the website's PATHS.ballotReceipt (this library imports no website).
 */
export function ballotCastTemplate(p: BallotCastParams, { locale, publicUrl }: MailContext): MailContent {
  const url = `${publicUrl}/budgets-participatifs/${encodeURIComponent(p.budgetId)}/vote/recu`;
  if (locale === 'en')
    return {
      subject: p.replaced ? `Your vote was replaced: ${p.budgetTitle}` : `Your vote is recorded: ${p.budgetTitle}`,
      paragraphs: [
        p.replaced
          ? `Your new ballot for "${p.budgetTitle}" replaced your earlier one, which no longer counts.`
          : `Your ballot for "${p.budgetTitle}" is recorded.`,
        'Your receipt, which lets you check once the results are published that your ballot was counted, is on your ballot page once you are signed in. For the secrecy of your vote it is not written in this message: keep it to yourself.',
      ],
      action: { label: 'See my ballot and its receipt', url },
      notes: [
        p.replaced
          ? 'If you did not vote again yourself, change your password and tell the town hall.'
          : 'You can change your vote until voting closes: only your last ballot counts.',
      ],
    };
  return {
    subject: p.replaced
      ? `Votre vote a été remplacé : ${p.budgetTitle}`
      : `Votre vote est enregistré : ${p.budgetTitle}`,
    paragraphs: [
      p.replaced
        ? `Votre nouveau bulletin pour « ${p.budgetTitle} » a remplacé le précédent, qui ne compte plus.`
        : `Votre bulletin pour « ${p.budgetTitle} » est enregistré.`,
      'Votre reçu, qui vous permet de vérifier après la publication des résultats que votre bulletin a été compté, se trouve sur la page de votre bulletin, une fois connecté. Pour le secret de votre vote, il n’est pas écrit dans ce message : gardez-le pour vous.',
    ],
    action: { label: 'Voir mon bulletin et son reçu', url },
    notes: [
      p.replaced
        ? "Si vous n'avez pas voté à nouveau vous-même, changez votre mot de passe et prévenez la mairie."
        : "Vous pouvez modifier votre vote jusqu'à la clôture : seul votre dernier bulletin compte.",
    ],
  };
}
