import { graphql } from '../graphql/generated';
import type { ProposalQuery } from '../graphql/generated/graphql';

export const ProposalCardFragment = graphql(`
  fragment ProposalCard on Proposal {
    id
    title
    body
    status
    supportCount
    thresholdReached
    author {
      displayName
    }
  }
`);

/**
 * The proposals of a consultation: its frame (title, categories, the support threshold, the same for every card)
 * and one page of cards; only what the page shows.
 */
export const proposalsQuery = graphql(`
  query Proposals(
    $consultationId: ID!
    $filter: ProposalFilterInput
    $orderBy: ProposalOrder!
    $seed: Float
    $after: String
  ) {
    ...LayoutData
    ...Districts
    consultation(id: $consultationId) {
      id
      title
      supportThreshold
      categories {
        id
        name
      }
    }
    proposals(
      consultationId: $consultationId
      filter: $filter
      orderBy: $orderBy
      seed: $seed
      after: $after
      first: 20
    ) {
      totalCount
      edges {
        node {
          ...ProposalCard
        }
      }
      pageInfo {
        ...ListPageInfo
      }
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    bodyHtml
    createdAt
    author {
      displayName
    }
  }
`);

/** The proposal page, in one execution: the proposal, its consultation's phases, and one page of comments with their replies. */
export const proposalQuery = graphql(`
  query Proposal($id: ID!, $commentOrder: CommentOrder!, $after: String, $signedIn: Boolean!) {
    ...LayoutData
    viewer: me @include(if: $signedIn) {
      id
    }
    ...Districts
    proposal(id: $id) {
      id
      title
      bodyHtml
      status
      address
      districtId
      createdAt
      publishedAt
      supportCount
      supportThreshold
      thresholdReached
      supportedByMe
      editable
      hidden
      withdrawalReason
      category {
        name
      }
      author {
        id
        displayName
      }
      answer {
        status
        answerHtml
        publishedAt
      }
      consultation {
        id
        title
        currentPhase
        supportLimit
        population
        minAge
        maxAge
        phases {
          kind
          startsAt
          endsAt
        }
      }
    }
    comments(proposalId: $id, orderBy: $commentOrder, after: $after, first: 20) {
      totalCount
      edges {
        node {
          ...CommentFields
          replies {
            ...CommentFields
          }
        }
      }
      pageInfo {
        ...ListPageInfo
      }
    }
  }
`);

/** The report form's data: the proposal and which consultation it belongs to. */
export const proposalConsultationQuery = graphql(`
  query ProposalConsultation($id: ID!) {
    ...LayoutData
    proposal(id: $id) {
      id
      title
      consultationId
    }
  }
`);

export const supportProposalMutation = graphql(`
  mutation SupportProposal($id: ID!) {
    supportProposal(proposalId: $id) {
      id
    }
  }
`);

export const withdrawSupportMutation = graphql(`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(proposalId: $id) {
      id
    }
  }
`);

export const addCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export const reportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input)
  }
`);

/** The proposal page's data, its consultation lifted beside the proposal (the page cannot exist without it). */
export type ProposalPageData = ProposalQuery & {
  consultation: NonNullable<ProposalQuery['proposal']['consultation']>;
};
