import { AuthenticatedUser } from '@quorum/access';
import { isStaff } from '@quorum/consultations';
import { ProposalState } from '../types/proposal-state.enum';

/** What decides whether a proposal or comment exists for a caller. */
export interface VisibleContent {
  authorId: string;
  hiddenAt: Date | null;
  /** Proposals only: comments have no draft state. */
  state?: ProposalState;
}

/**
 * Drafts exist for their author only; hidden content for its author and staff
 * only. Content that does not exist for a caller answers NOT_FOUND to every
 * operation, reads and writes alike, so that a write cannot probe for it.
 */
export function isVisibleTo(content: VisibleContent, viewer: AuthenticatedUser | null): boolean {
  const own = viewer?.id === content.authorId;
  if (content.state === ProposalState.DRAFT) return own;
  return !content.hiddenAt || own || isStaff(viewer);
}
