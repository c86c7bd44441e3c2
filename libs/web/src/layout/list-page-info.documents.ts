import { graphql } from '../graphql/generated';

/** What the links between a keyset list's pages (PageLinks, the staff Pagination) read of its connection. */
export const ListPageInfoFragment = graphql(`
  fragment ListPageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);
