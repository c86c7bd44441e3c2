import { graphql } from '../../graphql/generated';

export const moderationQueueQuery = graphql(`
  query StaffModerationQueue($hidden: Boolean, $after: String) {
    ...LayoutData
    moderationQueue(hidden: $hidden, after: $after, first: 20) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          targetType
          targetId
          excerpt
          hidden
          pendingReview
          reviewedAt
          reportCount
          reportsFromNewAccounts
          reasons {
            reason
            count
          }
          reports {
            reason
            details
            reportedAt
            fromNewAccount
          }
        }
      }
    }
  }
`);

export const hideContentMutation = graphql(`
  mutation StaffHideContent($id: ID!) {
    hideContent(moderationId: $id)
  }
`);

export const restoreContentMutation = graphql(`
  mutation StaffRestoreContent($id: ID!) {
    restoreContent(moderationId: $id)
  }
`);

export const dismissReportsMutation = graphql(`
  mutation StaffDismissReports($id: ID!) {
    dismissReports(moderationId: $id)
  }
`);

export const blockAuthorMutation = graphql(`
  mutation StaffBlockAuthor($id: ID!) {
    blockAuthor(moderationId: $id)
  }
`);
