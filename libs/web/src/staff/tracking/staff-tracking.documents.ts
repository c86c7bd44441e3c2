import { graphql } from '../../graphql/generated';

/** The back office's list: the items with the API's filters (status, district, year), and the districts for the filter. */
export const staffTrackedItemsQuery = graphql(`
  query StaffTrackedItems($statuses: [TrackedItemStatus!], $districtId: ID, $year: Int, $after: String) {
    ...LayoutData
    ...Districts
    trackedItems(statuses: $statuses, districtId: $districtId, year: $year, first: 50, after: $after) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          id
          title
          sourceType
          status
          progressPercent
          districtId
          year
          department
          updatedAt
        }
      }
    }
  }
`);

/** One item as staff change it: every field the update takes, its news and its deliberations, and the map's settings. */
export const staffTrackedItemQuery = graphql(`
  query StaffTrackedItem($id: ID!) {
    ...LayoutData
    ...MapSettings
    ...Districts
    trackedItem(id: $id) {
      ...TrackedItemFacts
      latitude
      longitude
      updatedAt
      ...TrackedItemRecord
    }
  }
`);

export const staffUpdateTrackedItemMutation = graphql(`
  mutation StaffUpdateTrackedItem($input: UpdateTrackedItemInput!) {
    updateTrackedItem(input: $input) {
      id
    }
  }
`);

export const staffAddTrackedItemUpdateMutation = graphql(`
  mutation StaffAddTrackedItemUpdate($input: AddTrackedItemUpdateInput!) {
    addTrackedItemUpdate(input: $input) {
      id
    }
  }
`);

export const staffLinkDeliberationMutation = graphql(`
  mutation StaffLinkDeliberation($input: LinkDeliberationInput!) {
    linkDeliberation(input: $input) {
      id
    }
  }
`);
