import { DomainException } from '@quorum/common';
import { ProposalErrorCode } from './proposal-error-code';

export class ProposalException extends DomainException<ProposalErrorCode> {}

export const proposalErrors = {
  supportLimitReached: (limit: number) =>
    new ProposalException(
      ProposalErrorCode.SUPPORT_LIMIT_REACHED,
      `You have used all ${limit} supports of this consultation`,
      { limit },
    ),
  proposalLimitReached: (limit: number) =>
    new ProposalException(
      ProposalErrorCode.PROPOSAL_LIMIT_REACHED,
      `You may submit at most ${limit} proposals in this consultation`,
      { limit },
    ),
  locked: () =>
    new ProposalException(
      ProposalErrorCode.PROPOSAL_LOCKED,
      'This proposal can no longer be edited: it has supports or an official answer',
    ),
  rejected: () =>
    new ProposalException(ProposalErrorCode.PROPOSAL_REJECTED, 'This proposal was rejected and cannot be supported'),
  notSupportable: () =>
    new ProposalException(
      ProposalErrorCode.PROPOSAL_NOT_SUPPORTABLE,
      'Only published, visible proposals can be supported',
    ),
  alreadyReported: () =>
    new ProposalException(ProposalErrorCode.ALREADY_REPORTED, 'You have already reported this content'),
};
