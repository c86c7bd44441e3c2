import { graphql } from '../graphql/generated';

export const MyProposalItemFragment = graphql(`
  fragment MyProposalItem on Proposal {
    id
    title
    status
    editable
    hidden
    supportCount
    supportThreshold
    createdAt
    publishedAt
  }
`);

/** A page of either list (my proposals, the ones I support), as MyProposalList shows it. */
export const MyProposalPageFragment = graphql(`
  fragment MyProposalPage on ProposalConnection {
    totalCount
    pageInfo {
      ...ListPageInfo
    }
    edges {
      node {
        ...MyProposalItem
      }
    }
  }
`);

export const myProposalsQuery = graphql(`
  query MyProposals($after: String) {
    ...LayoutData
    myProposals(first: 20, after: $after) {
      ...MyProposalPage
    }
  }
`);

export const mySupportsQuery = graphql(`
  query MySupports($after: String) {
    ...LayoutData
    mySupports(first: 20, after: $after) {
      ...MyProposalPage
    }
  }
`);
