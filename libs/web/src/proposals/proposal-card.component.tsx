import type { ProposalCardFragment } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { consultationLinks } from '../routes/paths';
import { AnswerBadge } from './answer-badge.component';
import { proposalExcerpt } from './excerpt';
import { SupportProgress } from './support-progress.component';

/**
 * One proposal of a list. `threshold` is the consultation's, asked once for the list rather than on every card;
 * whether the card reached it comes from the API with the card (its rule stays there).
 */
export function ProposalCard({ proposal, threshold }: { proposal: ProposalCardFragment; threshold: number }) {
  const t = useT();
  return (
    <li class="card proposal-card">
      <h2 class="card__title">
        <a href={consultationLinks.proposal(proposal.id)}>{proposal.title}</a>
      </h2>
      <p class="card__meta">
        {t('proposals.card.by', { author: proposal.author.displayName })} <AnswerBadge status={proposal.status} />
      </p>
      <p class="proposal-card__excerpt">{proposalExcerpt(proposal.id, proposal.body)}</p>
      <SupportProgress count={proposal.supportCount} threshold={threshold} reached={proposal.thresholdReached} />
    </li>
  );
}
