import { isUuid } from '@quorum/common';
import type { CommentOrder } from '../graphql/generated/graphql';
import { consultationLinks } from '../routes/paths';

/** What the proposal page's address chooses: the comments' order and page, and the comment being replied to. */
export interface ProposalPageState {
  order: CommentOrder;
  after?: string;
  replyTo?: string;
}

export function readPageState(query: (name: string) => string | undefined): ProposalPageState {
  const replyTo = query('repondre');
  return {
    order: query('ordre') === 'recents' ? 'NEWEST' : 'OLDEST',
    after: query('commentaires') || undefined,
    replyTo: replyTo && isUuid(replyTo) ? replyTo : undefined,
  };
}

export function proposalUrl(id: string, state: Partial<ProposalPageState>): string {
  const search = new URLSearchParams();
  if (state.order === 'NEWEST') search.set('ordre', 'recents');
  if (state.after) search.set('commentaires', state.after);
  if (state.replyTo) search.set('repondre', state.replyTo);
  const text = search.toString();
  return text ? `${consultationLinks.proposal(id)}?${text}` : consultationLinks.proposal(id);
}
