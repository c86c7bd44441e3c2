import { graphql } from '../graphql/generated';

/** The categories the form offers, with the questions (Open311 attributes) each asks. */
export const newReportQuery = graphql(`
  query NewReport {
    ...LayoutData
    ...MapSettings
    municipality {
      inseeCode
    }
    reportCategories {
      code
      name
      description
      group
      attributes {
        code
        datatype
        required
        order
        description
        datatypeDescription
        values {
          key
          name
        }
      }
    }
  }
`);

/** "Has this already been reported?": open reports of the same category around the chosen place. */
export const nearbySameCategoryQuery = graphql(`
  query NearbySameCategory($latitude: Float!, $longitude: Float!, $categoryCode: String!) {
    nearbyReports(
      latitude: $latitude
      longitude: $longitude
      categoryCode: $categoryCode
      radiusMeters: 250
      limit: 10
    ) {
      id
      description
      address
      status
      distanceMeters
      createdAt
    }
  }
`);

export const submitIssueReportMutation = graphql(`
  mutation SubmitIssueReport($input: SubmitIssueReportInput!) {
    submitIssueReport(input: $input) {
      id
    }
  }
`);

/** A report's page: what anyone may see of it, and its history with the public notes. */
export const issueReportQuery = graphql(`
  query IssueReportPage($id: ID!) {
    ...LayoutData
    issueReport(id: $id) {
      id
      description
      latitude
      longitude
      address
      districtName
      status
      attributes
      createdAt
      updatedAt
      followedByMe
      category {
        code
        name
        attributes {
          code
          description
          datatype
          values {
            key
            name
          }
        }
      }
      photos {
        id
        url
        width
        height
      }
      updates {
        id
        status
        note
        createdAt
      }
    }
  }
`);

export const ReportListItemFragment = graphql(`
  fragment ReportListItem on IssueReport {
    id
    description
    address
    latitude
    longitude
    districtName
    status
    createdAt
    distanceMeters
    category {
      code
      name
    }
  }
`);

/** The public list, newest first, filtered by category, status, district or circle around a point, in keyset pages. */
export const issueReportsQuery = graphql(`
  query IssueReports(
    $categoryCodes: [String!]
    $statuses: [IssueReportStatus!]
    $districtId: ID
    $near: NearPointInput
    $after: String
  ) {
    ...LayoutData
    ...MapSettings
    reportCategories {
      code
      name
      group
    }
    ...Districts
    municipality {
      inseeCode
    }
    issueReports(
      first: 20
      after: $after
      categoryCodes: $categoryCodes
      statuses: $statuses
      districtId: $districtId
      near: $near
    ) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...ReportListItem
        }
      }
    }
  }
`);

/** The same reports as the list, counted per cell of a grid: the map's groups when they fill more than a page. */
export const issueReportGroupsQuery = graphql(`
  query IssueReportGroups(
    $categoryCodes: [String!]
    $statuses: [IssueReportStatus!]
    $districtId: ID
    $near: NearPointInput
    $box: BoundingBoxInput
  ) {
    issueReportGroups(
      categoryCodes: $categoryCodes
      statuses: $statuses
      districtId: $districtId
      near: $near
      box: $box
      divisions: 6
    ) {
      count
      latitude
      longitude
      south
      west
      north
      east
    }
  }
`);

export const myIssueReportsQuery = graphql(`
  query MyIssueReports {
    ...LayoutData
    myReports {
      ...ReportListItem
    }
  }
`);

export const followIssueReportMutation = graphql(`
  mutation FollowIssueReport($input: FollowIssueReportInput!) {
    followIssueReport(input: $input)
  }
`);

export const unfollowIssueReportMutation = graphql(`
  mutation UnfollowIssueReport($input: UnfollowIssueReportInput!) {
    unfollowIssueReport(input: $input)
  }
`);

/** What steers an address search to the commune (GeocodeBias): asked before the list's own query. */
export const geocodeBiasQuery = graphql(`
  query GeocodeBias {
    municipality {
      inseeCode
      bounds {
        south
        west
        north
        east
      }
    }
  }
`);
