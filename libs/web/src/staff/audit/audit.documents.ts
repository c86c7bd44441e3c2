import { graphql } from '../../graphql/generated';

export const staffAuditLogQuery = graphql(`
  query StaffAuditLog($action: String, $after: String, $verify: Boolean!) {
    ...LayoutData
    auditChainStatus @include(if: $verify) {
      intact
      checkedEntries
      brokenAtSequence
      reason
      checkedAt
    }
    auditHead {
      sequence
      hash
    }
    auditLog(action: $action, after: $after, first: 50) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          sequence
          occurredAt
          action
          actorKind
          subjectType
          subjectId
          isPublic
          hash
        }
      }
    }
  }
`);
