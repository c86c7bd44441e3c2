import { graphql } from '../../graphql/generated';

export const moderationQueueQuery = graphql(`
  query StaffModerationQueue($hidden: Boolean, $after: String) {
    ...LayoutData
    moderationQueue(hidden: $hidden, after: $after, first: 20) {
      totalCount
      pageInfo {
        ...ListPageInfo
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
          history {
            action
            reason
            decidedAt
          }
        }
      }
    }
  }
`);

export const hideContentMutation = graphql(`
  mutation StaffHideContent($id: ID!, $reason: String) {
    hideContent(moderationId: $id, reason: $reason)
  }
`);

export const restoreContentMutation = graphql(`
  mutation StaffRestoreContent($id: ID!, $reason: String) {
    restoreContent(moderationId: $id, reason: $reason)
  }
`);

export const dismissReportsMutation = graphql(`
  mutation StaffDismissReports($id: ID!, $reason: String) {
    dismissReports(moderationId: $id, reason: $reason)
  }
`);

export const blockAuthorMutation = graphql(`
  mutation StaffBlockAuthor($id: ID!, $reason: String) {
    blockAuthor(moderationId: $id, reason: $reason)
  }
`);
