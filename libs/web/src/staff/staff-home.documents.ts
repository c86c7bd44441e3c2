import { graphql } from '../graphql/generated';

/** The back office's home: how much waits in each section. */
export const staffHomeQuery = graphql(`
  query StaffHome {
    ...LayoutData
    moderationQueue(first: 1) {
      totalCount
    }
    hiddenContent: moderationQueue(hidden: true, first: 1) {
      totalCount
    }
  }
`);
