import type { ProposalStatus } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';

const TONE: Partial<Record<ProposalStatus, string>> = {
  ACCEPTED: 'badge--success',
  REJECTED: 'badge--neutral',
  EVALUATING: 'badge--info',
  WITHDRAWN: 'badge--neutral',
};

/** The town hall's answer (or its absence) in a word; the colour only repeats the word. */
export function AnswerBadge({ status }: { status: ProposalStatus }) {
  const t = useT();
  return <span class={`badge ${TONE[status] ?? 'badge--plain'}`}>{t('proposals.status', { status })}</span>;
}
