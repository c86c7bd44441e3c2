import { graphql } from '../../graphql/generated';

/** The triage list: the filters' choices, the map's settings, then one keyset page of reports with their last public note. */
export const staffTriageReportsQuery = graphql(`
  query StaffTriageReports(
    $statuses: [IssueReportStatus!]
    $categoryCodes: [String!]
    $districtId: ID
    $department: String
    $createdTo: DateTime
    $after: String
  ) {
    ...LayoutData
    ...MapSettings
    reportCategories {
      code
      name
    }
    ...Districts
    triageReports(
      statuses: $statuses
      categoryCodes: $categoryCodes
      districtId: $districtId
      department: $department
      createdTo: $createdTo
      after: $after
      first: 25
    ) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          id
          description
          address
          latitude
          longitude
          status
          department
          districtName
          createdAt
          category {
            name
          }
          updates {
            note
            createdAt
          }
        }
      }
    }
  }
`);

export const staffBulkReportStatusMutation = graphql(`
  mutation StaffBulkReportStatus($input: BulkUpdateIssueReportStatusInput!) {
    bulkUpdateIssueReportStatus(input: $input) {
      id
    }
  }
`);

export const staffAssignReportDepartmentMutation = graphql(`
  mutation StaffAssignReportDepartment($input: AssignReportDepartmentInput!) {
    assignReportDepartment(input: $input) {
      id
    }
  }
`);
