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

export const myProposalsQuery = graphql(`
  query MyProposals($after: String) {
    ...LayoutData
    myProposals(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyProposalItem
        }
      }
    }
  }
`);

export const mySupportsQuery = graphql(`
  query MySupports($after: String) {
    ...LayoutData
    mySupports(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyProposalItem
        }
      }
    }
  }
`);
