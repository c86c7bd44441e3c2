import { graphql } from '../graphql/generated';

export const searchQuery = graphql(`
  query Search($query: String!, $after: String) {
    ...LayoutData
    searchProposals(query: $query, first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          publishedAt
          supportCount
          author {
            displayName
          }
        }
      }
      pageInfo {
        ...ListPageInfo
      }
    }
  }
`);
